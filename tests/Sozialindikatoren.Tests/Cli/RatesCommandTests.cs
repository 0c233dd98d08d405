using System.Globalization;
using Sozialindikatoren.Cli;
using static Sozialindikatoren.Tests.Cli.CliRun;

namespace Sozialindikatoren.Tests.Cli;

public sealed class RatesCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rates-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var p = Path.Combine(_dir, name);
        File.WriteAllText(p, text);
        return p;
    }

    [Fact]
    public void RateBeyondTheDoubleRange_IsAnEmptyCell_NeverInfinity()
    {
        // Bug: a denominator near zero wrote "Infinity" into value, lower and upper.
        var input = Write("tiny.csv", "id,count,denominator\ng,1000000000,1e-300\nk,0,1E-320\nok,5,1000\n");
        var (code, output, err) = Run("rates", "--input", input, "--method", "byar");
        Assert.True(code == 0, err);
        Assert.DoesNotContain("Infinity", output, StringComparison.Ordinal);
        var lines = output.Split('\n');
        Assert.Equal("g,1000000000,1E-300,,,,byar", lines[1]);
        Assert.StartsWith("k,0,1E-320,0,0,,byar", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("ok,5,1000,0.005,", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void GoodFile_ReproducesRatesFixture_WithAutoRule()
    {
        var fixture = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "rates", "rates.csv")).Skip(1)
            .Select(l => l.Split(',')).Where(f => f[3] == "100000").ToList();
        var input = Write("in.csv", "id,count,denominator\n" + string.Concat(fixture.Select(f => $"{f[0]},{f[1]},{f[2]}\n")));
        var output = Path.Combine(_dir, "out.csv");
        var (code, _, err) = Run("rates", "--input", input, "--per", "100000", "--out", output);
        Assert.True(code == 0, err);
        var lines = File.ReadAllLines(output);
        Assert.Equal("id,count,denominator,value,lower,upper,method", lines[0]);
        Assert.Equal(fixture.Count, lines.Length - 1);
        for (var i = 0; i < fixture.Count; i++)
        {
            var got = lines[i + 1].Split(',');
            var exp = fixture[i];
            Assert.Equal(exp[0], got[0]);
            Assert.Equal(exp[1], got[1]);
            Assert.Equal(exp[5], got[6]);
            foreach (var (g, e) in new[] { (3, 4), (4, 6), (5, 7) }) // value, lower95, upper95
            {
                var a = double.Parse(got[g], CultureInfo.InvariantCulture);
                var x = double.Parse(exp[e], CultureInfo.InvariantCulture);
                var rel = x == 0 ? Math.Abs(a) : Math.Abs(a - x) / x;
                Assert.True(rel <= 1e-9, $"{exp[0]} column {g}: {a:R} vs {x:R}");
            }
        }
    }

    [Fact]
    public void RepeatedId_IsAnError_NamingBothLines_AndNothingIsWritten()
    {
        var input = Write("dup.csv", "id,count,denominator\na,5,1000\nb,3,200\n\"a\",7,900\n");
        var output = Path.Combine(_dir, "dup-out.csv");
        var (code, _, err) = Run("rates", "--input", input, "--out", output);
        Assert.Equal(1, code);
        Assert.Contains("dup.csv", err, StringComparison.Ordinal);
        Assert.Contains("line 4", err, StringComparison.Ordinal);
        Assert.Contains("repeated id 'a': already on line 2", err, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void DistinctIds_ThatDifferOnlyInCaseOrSpacing_AreNotRepeats()
    {
        var input = Write("nodup.csv", "id,count,denominator\na,5,1000\nA,3,200\n\"a b\",7,900\nab,1,10\n");
        var (code, stdout, err) = Run("rates", "--input", input);
        Assert.True(code == 0, err);
        Assert.Equal(5, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Wilson_WritesProportions_ToStdout_AndZeroLowerForZeroCount()
    {
        var input = Write("p.csv", "id,count,denominator\nP01,0,6\nP05,1,7\n");
        var (code, stdout, _) = Run("rates", "--input", input, "--method", "wilson");
        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("P01,0,6,0,0,0.39033428790216523,wilson", lines[1]);
        Assert.StartsWith("P05,1,7,0.14285714285714285,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Level998_AndByar_AreHonoured()
    {
        var input = Write("b.csv", "id,count,denominator\nR04,1,600\n");
        var (code, stdout, _) = Run("rates", "--input", input, "--method", "byar", "--level", "0.998", "--per", "1000");
        Assert.Equal(0, code);
        var f = stdout.Split('\n')[1].Split(',');
        Assert.Equal("byar", f[6]);
        var ci = global::Sozialindikatoren.Statistics.Rates.Byar(1, 600, global::Sozialindikatoren.Statistics.ConfidenceLevel.Percent998, 1000);
        Assert.Equal(ci.Upper.ToString("R", CultureInfo.InvariantCulture), f[5]);
    }

    [Theory]
    [InlineData("a,-1,50", "auto", "negative count")]
    [InlineData("a,3,0", "auto", "denominator not positive")]
    [InlineData("a,3,-20", "exact", "denominator not positive")]
    [InlineData("a,12,10", "wilson", "count greater than denominator")]
    [InlineData("a,2.5,10", "auto", "count not an integer")]
    [InlineData("a,abc,10", "byar", "count not a number")]
    [InlineData("a,4,ten", "auto", "denominator not a number")]
    public void BadRow_IsReportedWithLineNumber_ExitCode1_AndNothingWritten(string badRow, string method, string reason)
    {
        var input = Write("bad.csv", "id,count,denominator\nok1,3,100\nok2,4,200\n" + badRow + "\nok3,5,300\n");
        var output = Path.Combine(_dir, "never.csv");
        var (code, stdout, stderr) = Run("rates", "--input", input, "--method", method, "--out", output);
        Assert.Equal(1, code);
        Assert.Contains("bad.csv, line 4", stderr, StringComparison.Ordinal);
        Assert.Contains(reason, stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void CountAboveDenominator_IsAllowedForRates()
    {
        var input = Write("r39.csv", "id,count,denominator\nR39,250,180\n");
        var (code, stdout, _) = Run("rates", "--input", input, "--per", "1000");
        Assert.Equal(0, code);
        Assert.Contains(",byar", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralBadRows_AreAllReported()
    {
        var input = Write("many.csv", "id,count,denominator\na,x,1\nb,1,1\nc,1,0\n");
        var (code, stdout, stderr) = Run("rates", "--input", input);
        Assert.Equal(1, code);
        Assert.Contains("line 2", stderr, StringComparison.Ordinal);
        Assert.Contains("line 4", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("line 3", stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void MissingColumn_OrMissingFile_IsInvalidInput_AndBadOptionIsUsageError()
    {
        Assert.Equal(1, Run("rates", "--input", Write("h.csv", "id,count\na,1\n")).Code);
        Assert.Equal(1, Run("rates", "--input", Path.Combine(_dir, "none.csv")).Code);
        var good = Write("g.csv", "id,count,denominator\na,1,10\n");
        Assert.Equal(2, Run("rates", "--input", good, "--method", "poisson").Code);
        Assert.Equal(2, Run("rates", "--input", good, "--level", "1.5").Code);
        Assert.Equal(2, Run("rates", "--input", good, "--per", "0").Code);
        Assert.Equal(2, Run("rates").Code);
    }

    [Fact]
    public void GermanExcelFile_Windows1252_SemicolonAndGermanHeaders_GivesTheSameOutput()
    {
        var invariant = Write("inv.csv", "id,count,denominator\nMüsen,5,1000\nBad Laasphe,1200,13500.5\n");
        var german = Path.Combine(_dir, "de.csv");
        File.WriteAllBytes(german, System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("ID;Anzahl;Nenner\r\nMüsen;5;1.000\r\nBad Laasphe;1.200;13.500,5\r\n"));
        var a = Run("rates", "--input", invariant, "--per", "1000");
        var b = Run("rates", "--input", german, "--per", "1000");
        Assert.Equal(0, b.Code);
        Assert.Equal(a.Out, b.Out);
        Assert.Contains("Müsen,5,1000,5,", b.Out, StringComparison.Ordinal);
        Assert.Contains("note: de.csv: read as windows-1252, delimiter ';', number format de.", b.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void DecimalPointInASemicolonFile_IsAnError_NotTenTimesTheDenominator()
    {
        var input = Write("semi.csv", "id;count;denominator\na;5;1000.5\n");
        var (code, stdout, stderr) = Run("rates", "--input", input);
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("semi.csv, line 2, column 3 (denominator), value '1000.5': denominator not a number", stderr, StringComparison.Ordinal);
        Assert.Contains("--number-format invariant", stderr, StringComparison.Ordinal);
        Assert.Equal(0, Run("rates", "--input", input, "--number-format", "invariant").Code);
    }

    [Fact]
    public void ManyChunks_StreamTheSameRowsInOrder_AndAnErrorInALaterChunk_LeavesNoOutFile()
    {
        var rows = global::Sozialindikatoren.Data.RatesCsv.ChunkRows * 2 + 17;
        var sb = new System.Text.StringBuilder("id,count,denominator\n");
        for (var i = 0; i < rows; i++) sb.Append(CultureInfo.InvariantCulture, $"r{i},{i % 50},{1000 + i}\n");
        var input = Write("many.csv", sb.ToString());
        var output = Path.Combine(_dir, "many-out.csv");
        var (code, _, err) = Run("rates", "--input", input, "--out", output);
        Assert.True(code == 0, err);
        var lines = File.ReadAllLines(output);
        Assert.Equal(rows + 1, lines.Length);
        Assert.StartsWith("r0,0,1000,0,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"r{rows - 1},{(rows - 1) % 50},{1000 + rows - 1},", lines[^1], StringComparison.Ordinal);
        var single = Run("rates", "--input", Write("single.csv", $"id,count,denominator\nr{rows - 1},{(rows - 1) % 50},{1000 + rows - 1}\n"));
        Assert.Equal(single.Out.Split('\n')[1], lines[^1]); // the chunked stream computes every row as alone

        var broken = Write("broken.csv", sb.ToString() + "bad,-1,10\n");
        var failed = Path.Combine(_dir, "broken-out.csv");
        var (code2, _, err2) = Run("rates", "--input", broken, "--out", failed);
        Assert.Equal(1, code2);
        Assert.Contains($"broken.csv, line {rows + 2}", err2, StringComparison.Ordinal);
        Assert.Contains("nothing written", err2, StringComparison.Ordinal);
        Assert.False(File.Exists(failed));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }
}
