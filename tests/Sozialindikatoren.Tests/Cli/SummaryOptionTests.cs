using System.Text.Json;
using Sozialindikatoren.Cli;
using static Sozialindikatoren.Tests.Cli.CliRun;

namespace Sozialindikatoren.Tests.Cli;

/// <summary>Issue 16.5: <c>index</c>, <c>gaps</c> and <c>access</c> write their warnings into a machine-readable
/// summary (<c>--summary FILE.json</c>, the <c>warnings</c> member of the cuts <c>summary.json</c>) and print every one
/// to stderr.</summary>
public sealed class SummaryOptionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summary-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var p = Path.Combine(_dir, name);
        File.WriteAllText(p, text);
        return p;
    }

    private static JsonElement Read(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.Clone();
    }

    /// <summary>Every warning of the summary is also a line of stderr.</summary>
    private static void AssertWarningsPrinted(JsonElement summary, string err)
    {
        foreach (var w in summary.GetProperty("warnings").EnumerateArray().Where(w => w.GetProperty("severity").GetString() == "warning"))
            Assert.Contains(w.GetProperty("message").GetString()!, err, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_WritesRowsAndTheUnknownColumnWarning()
    {
        var data = Write("d.csv", "uCode,a,b,extra\nu1,1,2,x\nu2,3,4,y\nu3,5,1,z\n");
        var meta = Write("m.csv", "iCode,Level,Parent,Direction,Weight,Type\na,1,I,1,1,Indicator\nb,1,I,1,1,Indicator\nI,2,,1,1,Aggregate\n");
        var summary = Path.Combine(_dir, "index.json");
        var (code, _, err) = Run("index", "--data", data, "--meta", meta, "--out", Path.Combine(_dir, "i.csv"), "--summary", summary);
        Assert.True(code == 0, err);
        var s = Read(summary);
        Assert.Equal("sozialindikatoren/index-summary", s.GetProperty("format").GetString());
        Assert.Equal("index", s.GetProperty("command").GetString());
        Assert.Equal(3, s.GetProperty("rows").GetInt64());
        var w = Assert.Single(s.GetProperty("warnings").EnumerateArray(), x => x.GetProperty("severity").GetString() == "warning");
        Assert.Equal("d.csv", w.GetProperty("source").GetString());
        Assert.Equal("extra", w.GetProperty("field").GetString());
        AssertWarningsPrinted(s, err);
    }

    [Fact]
    public void Access_WritesRowsAndWarnings_AndRefusesToReplaceAForeignFile()
    {
        var d = Write("d.csv", "id,demand,note\nz1,100,a\nz2,50,b\n");
        var s = Write("s.csv", "id,capacity\ns1,10\n");
        var c = Write("c.csv", "origin,destination,cost\nz1,s1,5\nz2,s1,8\n");
        var summary = Path.Combine(_dir, "access.json");
        var (code, stdout, err) = Run("access", "--demand", d, "--supply", s, "--costs", c, "--method", "2sfca", "--summary", summary);
        Assert.True(code == 0, err);
        Assert.StartsWith("id,value\n", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var json = Read(summary);
        Assert.Equal("sozialindikatoren/access-summary", json.GetProperty("format").GetString());
        Assert.Equal(2, json.GetProperty("rows").GetInt64());
        Assert.Contains(json.GetProperty("warnings").EnumerateArray(), x => x.GetProperty("severity").GetString() == "warning" && x.GetProperty("field").GetString() == "note");
        AssertWarningsPrinted(json, err);
        // Ours: a rerun replaces it; a foreign JSON file is refused (exit 2) unless --force.
        Assert.Equal(0, Run("access", "--demand", d, "--supply", s, "--costs", c, "--method", "2sfca", "--summary", summary).Code);
        var foreign = Write("foreign.json", "{\n  \"mine\": true\n}\n");
        Assert.Equal(2, Run("access", "--demand", d, "--supply", s, "--costs", c, "--method", "2sfca", "--summary", foreign).Code);
        Assert.Contains("mine", File.ReadAllText(foreign), StringComparison.Ordinal);
    }

    [Fact]
    public void Gaps_WritesTheReadingWarningsOfTheDataFolder()
    {
        var folder = Path.Combine(_dir, "folder");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "spaces.csv"), "id,name,level,parent\n05970000,Kreis,county,\n05970040,Siegen,municipality,05970000\n");
        File.WriteAllText(Path.Combine(folder, "angebote.csv"), "offering_id,offering_name,domain,provider_id,location,capacity,unit,obligation\nx,X,Sucht,p,5970040,1,fte,voluntary\n");
        var summary = Path.Combine(_dir, "gaps.json");
        var (code, _, err) = Run("gaps", "--data", folder, "--out", Path.Combine(_dir, "g.csv"), "--summary", summary);
        Assert.True(code == 0, err);
        var json = Read(summary);
        Assert.Equal("gaps", json.GetProperty("command").GetString());
        Assert.True(json.GetProperty("rows").GetInt64() > 0);
        var padded = Assert.Single(json.GetProperty("warnings").EnumerateArray(), x => x.TryGetProperty("value", out var v) && v.GetString() == "5970040");
        Assert.Equal("angebote.csv", padded.GetProperty("source").GetString());
        Assert.Equal(2, padded.GetProperty("line").GetInt32());
        Assert.Equal("location", padded.GetProperty("field").GetString());
        AssertWarningsPrinted(json, err);
    }
}
