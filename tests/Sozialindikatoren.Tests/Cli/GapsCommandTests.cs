using System.Globalization;
using Sozialindikatoren.Cli;
using Sozialindikatoren.Data.Json;
using Sozialindikatoren.Tests.Gaps;
using static Sozialindikatoren.Tests.Cli.CliRun;

namespace Sozialindikatoren.Tests.Cli;

public sealed class GapsCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gaps-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteData()
    {
        var path = Path.Combine(_dir, "dataset.json");
        File.WriteAllText(path, PlanningDataJson.WriteString(GapTestData.DataSet()));
        return path;
    }

    [Fact]
    public void DataFile_WritesCsvWithOneRowPerSpaceDomainUnit_AndPrintsFindingsInGerman()
    {
        var data = WriteData();
        var output = Path.Combine(_dir, "gaps.csv");
        var (code, stdout, err) = Run("gaps", "--data", data, "--out", output);
        Assert.True(code == 0, err);
        var lines = File.ReadAllLines(output);
        Assert.Equal("space_id,space,domain,target_population,demand,supply,unit,coverage_pct,class,gap", lines[0]);
        // The default catalogue has 21 norms; 3 municipalities, 2 planning regions and the county.
        Assert.Equal(1 + 6 * 21, lines.Length);
        Assert.Equal(["A", "B", "C", "N", "S", "K"], lines.Skip(1).Select(l => l.Split(',')[0]).Distinct().ToArray());
        var schuldenA = lines.Single(l => l.StartsWith("A,Astadt,Schulden,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("10000", schuldenA[3]);
        Assert.Equal(0.4, double.Parse(schuldenA[4], CultureInfo.InvariantCulture), 1e-12);
        Assert.Equal("0.25", schuldenA[5]);
        Assert.Equal("fte", schuldenA[6]);
        Assert.Equal("under", schuldenA[8]);
        Assert.Contains("Cheim · Schuldnerberatung: 0 % Versorgungsgrad", stdout);
        Assert.Contains("\n1. Cheim · ", stdout);   // the largest municipality without most offerings ranks first
        Assert.Contains("Hinweis: Annahmen statt veröffentlichter Richtwerte", stdout);
    }

    [Fact]
    public void WithoutOut_CsvGoesToStdout_FindingsToStderr()
    {
        var (code, stdout, err) = Run("gaps", "--data", WriteData(), "--as-of", "2025-01-01", "--supply", "served");
        Assert.Equal(0, code);
        Assert.StartsWith("space_id,space,domain,", stdout);
        Assert.Contains("Versorgungslücken – Testkreis, Stand 01.01.2025", err);
    }

    [Fact]
    public void InvalidData_ListsProblemsOnStderr_Exit1()
    {
        var path = Path.Combine(_dir, "bad.json");
        var json = PlanningDataJson.WriteString(GapTestData.DataSet()).Replace("\"location\": \"A\"", "\"location\": \"Q\"", StringComparison.Ordinal);
        File.WriteAllText(path, json);
        var (code, _, err) = Run("gaps", "--data", path);
        Assert.Equal(1, code);
        Assert.Contains("location", err);
        Assert.Contains("'Q'", err);
    }

    [Fact]
    public void UsageErrors_Exit2()
    {
        Assert.Equal(2, Run("gaps", "--data", WriteData(), "--supply", "teleport").Code);
        Assert.Equal(2, Run("gaps", "--data", WriteData(), "--as-of", "1.1.2025").Code);
    }
}

public sealed class GapsCommandSampleTests
{
    [Fact]
    public void WithoutData_UsesTheEmbeddedSample_AllSupplyModesAndNeedAdjustment()
    {
        foreach (var mode in new[] { "located", "served", "access" })
        {
            var o = new StringWriter();
            var e = new StringWriter();
            var code = CliApp.Run(["gaps", "--supply", mode, "--need-sensitivity", "0.2"], o, e);
            Assert.True(code == 0, e.ToString());
            var lines = o.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            // 11 municipalities + 2 planning regions + county, 21 norms each.
            Assert.Equal(1 + 14 * 21, lines.Length);
            Assert.StartsWith("05970004,Bad Berleburg,KinderJugend,", lines[1]);
            Assert.StartsWith("05970000,Kreis Siegen-Wittgenstein,", lines[^1]);
            Assert.Contains("Bedarfsanpassung: Faktor 1 + 0,2·z aus Sozialindex", e.ToString());
            Assert.Contains("Sozialraumkonferenz", e.ToString());
        }
    }
}
