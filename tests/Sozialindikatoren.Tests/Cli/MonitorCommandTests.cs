using System.Globalization;
using Sozialindikatoren.Cli;
using static Sozialindikatoren.Tests.Cli.CliRun;

namespace Sozialindikatoren.Tests.Cli;

public sealed class MonitorCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("monitor-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Sample_WritesTheThreeCsvFilesWithTheirExactColumns_AndTheSection()
    {
        var (code, stdout, err) = Run("monitor", "--from", "2019", "--out", _dir);
        Assert.True(code == 0, err);
        Assert.Contains("zeitreihen.csv", stdout, StringComparison.Ordinal);
        var series = File.ReadAllLines(Path.Combine(_dir, "zeitreihen.csv"));
        var trends = File.ReadAllLines(Path.Combine(_dir, "trends.csv"));
        var warnings = File.ReadAllLines(Path.Combine(_dir, "warnungen.csv"));
        Assert.Equal("space_id,indicator,period,value,lower,upper,status", series[0]);
        Assert.Equal("space_id,indicator,from,to,change,slope,slope_lower,slope_upper,p_value,direction", trends[0]);
        Assert.Equal("space_id,indicator,rule,period,value,reference,certainty,text", warnings[0]);
        foreach (var line in series.Concat(trends).Concat(warnings))
        {
            Assert.DoesNotContain("NaN", line, StringComparison.Ordinal);
            Assert.DoesNotContain("Infinity", line, StringComparison.Ordinal);
        }
        // Periods are ISO dates from 2019 on; values parse with the invariant culture.
        foreach (var row in series.Skip(1).Select(l => l.Split(',')))
        {
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", row[2]);
            Assert.True(int.Parse(row[2][..4], CultureInfo.InvariantCulture) >= 2019);
            if (row[3].Length > 0) double.Parse(row[3], NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        var directions = new HashSet<string> { "rising", "falling", "stable", "uncertain", "insufficient" };
        Assert.All(trends.Skip(1), l => Assert.Contains(l.Split(',')[^1], directions));
        Assert.True(warnings.Length > 1);
        Assert.DoesNotContain(warnings.Skip(1), l => l.StartsWith("05970000,", StringComparison.Ordinal));
        var html = File.ReadAllText(Path.Combine(_dir, "entwicklung.html"));
        Assert.Contains("<section id=\"entwicklung\">", html, StringComparison.Ordinal);
        Assert.Contains("## Entwicklung und Frühwarnung", File.ReadAllText(Path.Combine(_dir, "entwicklung.md")), StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("illustrativ", File.ReadAllText(Path.Combine(_dir, "entwicklung.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void BadYears_AreUsageErrors_AndAnEmptyWindowIsInvalidInput()
    {
        Assert.Equal(CliApp.UsageError, Run("monitor", "--from", "2024", "--to", "2020", "--out", _dir).Code);
        Assert.Equal(CliApp.UsageError, Run("monitor", "--from", "20", "--out", _dir).Code);
        var (code, _, err) = Run("monitor", "--from", "2100", "--out", _dir);
        Assert.Equal(CliApp.InvalidInput, code);
        Assert.Contains("no period", err, StringComparison.Ordinal);
    }
}
