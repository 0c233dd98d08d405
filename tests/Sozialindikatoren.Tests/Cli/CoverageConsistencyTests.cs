using Sozialindikatoren.Cli;

namespace Sozialindikatoren.Tests.Cli;

/// <summary>
/// One model of demand and supply: <c>gaps</c>, <c>cuts</c> and <c>report</c>, run in process through the CLI on the
/// embedded sample with their default options, write the same coverage before the cuts for every (space, domain, unit):
/// <c>coverage_pct</c> of the gaps CSV and of the report's <c>versorgung.csv</c>, <c>coverage_before</c> of cuts'
/// <c>spaces.csv</c> and of the report's <c>raeume_nach_kuerzung.csv</c>, all in percent, as identical text.
/// </summary>
public sealed class CoverageConsistencyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coverage-consistency-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static void Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = CliApp.Run(args, o, e);
        Assert.True(code == 0, $"{string.Join(' ', args)}: exit {code}: {e}");
    }

    /// <summary>(space_id, domain, unit) → the value of <paramref name="column"/>, from a CSV without quoted commas in these columns.</summary>
    private static Dictionary<(string, string, string), string> Read(string path, string column)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        int Col(string name)
        {
            var i = Array.IndexOf(header, name);
            Assert.True(i >= 0, $"{Path.GetFileName(path)}: no column {name}");
            return i;
        }
        int s = Col("space_id"), d = Col("domain"), u = Col("unit"), c = Col(column);
        var result = new Dictionary<(string, string, string), string>();
        foreach (var line in lines.Skip(1))
        {
            // The gaps CSV quotes space names with commas; the key and value columns never contain one.
            var f = System.Text.RegularExpressions.Regex.Split(line, ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            Assert.DoesNotContain("/", f[d]);   // the bare domain code
            Assert.True(result.TryAdd((f[s], f[d], f[u]), f[c]), $"{Path.GetFileName(path)}: duplicate row {f[s]}/{f[d]}/{f[u]}");
        }
        return result;
    }

    [Fact]
    public void Gaps_cuts_and_report_write_identical_coverage_before_the_cuts()
    {
        var gapsCsv = Path.Combine(_dir, "gaps.csv");
        var cutsDir = Path.Combine(_dir, "cuts");
        var reportDir = Path.Combine(_dir, "report");
        Run("gaps", "--out", gapsCsv);
        Run("cuts", "--draws", "20", "--out", cutsDir);
        Run("report", "--draws", "20", "--out", reportDir);

        var gaps = Read(gapsCsv, "coverage_pct");
        var versorgung = Read(Path.Combine(reportDir, "versorgung.csv"), "coverage_pct");
        var spaces = Read(Path.Combine(cutsDir, "spaces.csv"), "coverage_before");
        var raeume = Read(Path.Combine(reportDir, "raeume_nach_kuerzung.csv"), "coverage_before");

        Assert.Equal(gaps, versorgung);
        Assert.Equal(spaces, raeume);
        Assert.True(spaces.Count > 100, $"only {spaces.Count} cells");
        foreach (var (key, value) in spaces) Assert.True(gaps.TryGetValue(key, out var g) && g == value, $"{key}: gaps {g}, cuts {value}");
        // Every base row with a coverage appears in the cuts table (only rows with neither supply nor demand are left out).
        var baseSpaces = spaces.Keys.Select(k => k.Item1).ToHashSet();
        foreach (var (key, value) in gaps.Where(x => baseSpaces.Contains(x.Key.Item1) && x.Value != ""))
            Assert.True(spaces.ContainsKey(key), $"{key}: coverage {value} in gaps but no row in spaces.csv");
    }
}
