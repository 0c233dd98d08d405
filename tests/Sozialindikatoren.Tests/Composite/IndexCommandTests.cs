using System.Globalization;
using Sozialindikatoren.Cli;

namespace Sozialindikatoren.Tests.Composite;

/// <summary>The <c>index</c> command: COINr's ASEM example through the CLI, and its error handling.</summary>
public sealed class IndexCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter(CultureInfo.InvariantCulture);
        var e = new StringWriter(CultureInfo.InvariantCulture);
        var code = CliApp.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void Coinr_default_pipeline_through_the_cli_matches_the_aggregated_fixture_and_ranks()
    {
        var (code, output, err) = Run("index", "--data", AsemFixture.PathOf("asem_idata.csv"), "--meta", AsemFixture.PathOf("asem_imeta.csv"),
            "--denominate", "--impute", "groupmean:EurAsia_group", "--screen-threshold", "0.9", "--treat", "default",
            "--normalise", "minmax:0:100", "--weights", "meta", "--aggregate", "amean");
        Assert.True(code == 0, err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        Assert.Equal(["uCode", "Physical", "ConEcFin", "Political", "Instit", "P2P", "Environ", "Social", "SusEcFin", "Conn", "Sust", "Index", "rank"], header);
        Assert.Equal(52, lines.Length);
        // Input order is kept: asem_idata.csv starts with Austria.
        Assert.StartsWith("AUT,", lines[1], StringComparison.Ordinal);
        var expected = AsemFixture.ReadStage("asem_aggregated.csv");
        var ranks = AsemFixture.ReadRaw("asem_final_ranks.csv").Rows.ToDictionary(r => r[0], r => r[2]);
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',');
            for (var j = 1; j < header.Length - 1; j++)
            {
                var e = expected[f[0]][header[j]];
                Assert.True(Math.Abs(double.Parse(f[j], CultureInfo.InvariantCulture) - e) <= 1e-9, $"{f[0]}/{header[j]}: {f[j]} vs {e:R}");
            }
            Assert.Equal(ranks[f[0]], f[^1]);
        }
    }

    [Fact]
    public void Stages_option_writes_every_COINr_stage_and_the_treatment_log()
    {
        var dir = Directory.CreateTempSubdirectory("index-stages");
        try
        {
            var (code, _, err) = Run("index", "--data", AsemFixture.PathOf("asem_idata.csv"), "--meta", AsemFixture.PathOf("asem_imeta.csv"),
                "--denominate", "--impute", "groupmean:EurAsia_group", "--screen-threshold", "0.9", "--treat", "default", "--stages", dir.FullName);
            Assert.True(code == 0, err);
            foreach (var stage in new[] { "raw", "denominated", "imputed", "screened", "treated", "normalised", "aggregated" })
            {
                var expected = AsemFixture.ReadStage("asem_" + stage + ".csv");
                var actual = ReadCsv(Path.Combine(dir.FullName, stage + ".csv"));
                Assert.Equal(expected.Count, actual.Count);
                foreach (var (unit, cols) in expected)
                    foreach (var (col, e) in cols)
                    {
                        var a = actual[unit][col];
                        if (double.IsNaN(e)) Assert.True(a.Length == 0, $"{stage}: {unit}/{col} should be empty");
                        else Assert.True(Math.Abs(double.Parse(a, CultureInfo.InvariantCulture) - e) <= 1e-9, $"{stage}: {unit}/{col}: {a} vs {e:R}");
                    }
            }
            var log = File.ReadAllLines(Path.Combine(dir.FullName, "treatment_log.csv"));
            var header = log[0].Split(',');
            var expectedLog = AsemFixture.ReadRaw("asem_treatment_log.csv");
            Assert.Equal(50, log.Length);
            foreach (var row in expectedLog.Rows)
            {
                var mine = log.Select(l => l.Split(',')).Single(f => f[0] == row[0]);
                foreach (var column in new[] { "passed_initial_test", "winsorised_points_total", "winsorised_high", "winsorised_low", "passed_after_winsorisation", "log_transform_applied" })
                    Assert.Equal(row[Array.IndexOf(expectedLog.Header, column)], mine[Array.IndexOf(header, column)]);
            }
        }
        finally
        {
            dir.Delete(true);
        }
    }

    private static Dictionary<string, Dictionary<string, string>> ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        var h = lines[0].Split(',');
        return lines.Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0], f => h.Skip(1).Select((c, j) => (c, v: f[j + 1])).ToDictionary(t => t.c, t => t.v));
    }

    [Fact]
    public void Out_option_writes_the_same_csv_to_a_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "index-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            var args = new[] { "index", "--data", AsemFixture.PathOf("asem_idata.csv"), "--meta", AsemFixture.PathOf("asem_imeta.csv") };
            var (code, output, _) = Run(args);
            Assert.Equal(0, code);
            var (code2, output2, _) = Run([.. args, "--out", path]);
            Assert.Equal(0, code2);
            Assert.Equal("", output2);
            Assert.Equal(output, File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Defaults_without_imputation_leave_units_with_missing_data_scored_over_available_children()
    {
        var (code, output, _) = Run("index", "--data", AsemFixture.PathOf("asem_idata.csv"), "--meta", AsemFixture.PathOf("asem_imeta.csv"));
        Assert.Equal(0, code);
        Assert.Equal(52, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Screening_without_imputation_drops_five_units()
    {
        var (code, output, _) = Run("index", "--data", AsemFixture.PathOf("asem_idata.csv"), "--meta", AsemFixture.PathOf("asem_imeta.csv"), "--denominate", "--screen-threshold", "0.9");
        Assert.Equal(0, code);
        var units = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToArray();
        Assert.Equal(46, units.Length);
        Assert.DoesNotContain("LAO", units);
    }

    [Fact]
    public void A_bad_number_is_invalid_input_naming_file_line_field_and_value()
    {
        var dir = Directory.CreateTempSubdirectory("index-cli");
        try
        {
            var lines = File.ReadAllLines(AsemFixture.PathOf("asem_idata.csv"));
            var header = lines[0].Split(',');
            var lpi = Array.IndexOf(header, "LPI");
            var row = lines[3].Split(',');
            Assert.Equal(header.Length, row.Length);
            row[lpi] = "abc";
            lines[3] = string.Join(',', row);
            var data = Path.Combine(dir.FullName, "data.csv");
            File.WriteAllLines(data, lines);
            var (code, _, err) = Run("index", "--data", data, "--meta", AsemFixture.PathOf("asem_imeta.csv"));
            Assert.Equal(1, code);
            Assert.Contains($"data.csv, line 4, column {lpi + 1} (LPI), value 'abc'", err, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void A_bad_meta_type_is_invalid_input()
    {
        var dir = Directory.CreateTempSubdirectory("index-cli");
        try
        {
            var lines = File.ReadAllLines(AsemFixture.PathOf("asem_imeta.csv"));
            lines[2] = lines[2].Replace(",Indicator,", ",Indikator,", StringComparison.Ordinal);
            var meta = Path.Combine(dir.FullName, "meta.csv");
            File.WriteAllLines(meta, lines);
            var (code, _, err) = Run("index", "--data", AsemFixture.PathOf("asem_idata.csv"), "--meta", meta);
            Assert.Equal(1, code);
            Assert.Contains($"meta.csv, line 3, column {Array.IndexOf(lines[0].Split(','), "Type") + 1} (Type), value 'Indikator'", err, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Theory]
    [InlineData("--normalise", "minmax:5")]
    [InlineData("--aggregate", "mode")]
    [InlineData("--impute", "groupmean:Nope")]
    [InlineData("--treat", "always")]
    [InlineData("--weights", "magic")]
    public void Bad_option_values_are_usage_errors(string option, string value)
    {
        var (code, _, err) = Run("index", "--data", AsemFixture.PathOf("asem_idata.csv"), "--meta", AsemFixture.PathOf("asem_imeta.csv"), option, value);
        Assert.Equal(2, code);
        Assert.Contains(option, err, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_option_is_a_usage_error()
    {
        var (code, _, _) = Run("index", "--data", AsemFixture.PathOf("asem_idata.csv"));
        Assert.Equal(2, code);
    }
}
