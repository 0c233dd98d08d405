using Sozialindikatoren.Cli;
using Sozialindikatoren.Statistics;
using static Sozialindikatoren.Tests.Cli.CliRun;

namespace Sozialindikatoren.Tests.Cli;

public sealed class SuppressCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("suppress-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var p = Path.Combine(_dir, name);
        File.WriteAllText(p, text);
        return p;
    }

    private const string Counterexample = "row,col,value\nr1,c1,0\nr1,c2,0\nr1,c3,0\nr2,c1,0\nr2,c2,2\nr2,c3,3\nr3,c1,3\nr3,c2,5\nr3,c3,0\n";

    [Fact]
    public void IssueCounterexample_WritesEveryInteriorAndMarginCell_AndTheExactAuditHolds()
    {
        var input = Write("t.csv", Counterexample);
        var output = Path.Combine(_dir, "out.csv");
        var (code, _, err) = Run("suppress", "--input", input, "--out", output);
        Assert.True(code == 0, err);
        var lines = File.ReadAllLines(output);
        Assert.Equal("row,col,value,status", lines[0]);
        Assert.Equal(16, lines.Length - 1);
        Assert.Contains("r2,c2,,primary", lines);
        Assert.Contains("r3,c3,,secondary", lines);
        Assert.Contains("r1,Insgesamt,0,published", lines);
        Assert.Contains("Insgesamt,Insgesamt,13,published", lines);
        Assert.Equal("Insgesamt,Insgesamt,13,published", lines[^1]);

        // Re-read what an attacker sees and audit it independently of the command.
        var interior = new long[,] { { 0, 0, 0 }, { 0, 2, 3 }, { 3, 5, 0 } };
        var (table, counts) = Statistics.DisclosureIntervalTests.WithMargins(interior);
        var suppressed = new bool[counts.Length];
        string[] keys = ["Insgesamt", "r1", "r2", "r3"], colKeys = ["Insgesamt", "c1", "c2", "c3"];
        foreach (var f in lines.Skip(1).Select(l => l.Split(',')))
        {
            var i = AdditiveTable.TwoWayIndex(Array.IndexOf(keys, f[0]), Array.IndexOf(colKeys, f[1]), 4);
            suppressed[i] = f[3] != "published";
            Assert.Equal(suppressed[i], f[2].Length == 0);
            if (!suppressed[i]) Assert.Equal(counts[i].ToString(System.Globalization.CultureInfo.InvariantCulture), f[2]);
        }
        var intervals = Statistics.DisclosureIntervalTests.BruteForce(interior, counts, suppressed);
        Assert.True(intervals[AdditiveTable.TwoWayIndex(2, 2, 4)].Width >= 3);
    }

    [Fact]
    public void GermanFile_ReadsThousandsSeparators_AndRejectsDecimals()
    {
        var good = Write("de.csv", "row;col;value\nA;x;1.000\nA;y;2\nB;x;40\nB;y;7\n");
        var output = Path.Combine(_dir, "de-out.csv");
        var (code, _, err) = Run("suppress", "--input", good, "--out", output, "--min", "5");
        Assert.True(code == 0, err);
        Assert.Contains("A,Insgesamt,1002,published", File.ReadAllLines(output));   // 1.000 is one thousand
        Assert.Contains("A,y,,primary", File.ReadAllLines(output));

        var bad = Write("bad.csv", "row;col;value\nA;x;4.0\nA;y;2\n");
        var (code2, _, err2) = Run("suppress", "--input", bad, "--out", Path.Combine(_dir, "x.csv"));
        Assert.Equal(1, code2);
        Assert.Contains("bad.csv, line 2, column 3 (value), value '4.0'", err2, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "x.csv")));
    }

    [Theory]
    [InlineData("row,col,value\nA,x,1\nA,x,2\n", "line 3", "twice (also on line 2)")]
    [InlineData("row,col,value\nA,x,1\nB,y,2\n", "value 'A,y'", "missing")]
    [InlineData("row,col,value\nInsgesamt,x,1\n", "line 2", "reserved")]
    [InlineData("row,col,value\nA,x,-1\n", "value '-1'", "negative")]
    [InlineData("row,col,count\nA,x,1\n", "line 1", "'Wert' (value) is missing")]
    [InlineData("", "empty file", "header line")]
    public void BadInput_IsExit1_WithFileLineFieldAndValue(string text, string where, string what)
    {
        var input = Write("in.csv", text);
        var (code, _, err) = Run("suppress", "--input", input, "--out", Path.Combine(_dir, "o.csv"));
        Assert.Equal(1, code);
        Assert.Contains("in.csv", err, StringComparison.Ordinal);
        Assert.Contains(where, err, StringComparison.Ordinal);
        Assert.Contains(what, err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void UsageErrors_AreExit2()
    {
        var input = Write("in.csv", Counterexample);
        Assert.Equal(2, Run("suppress", "--input", input, "--out", Path.Combine(_dir, "o.csv"), "--min", "0").Code);
        Assert.Equal(2, Run("suppress", "--input", input, "--out", Path.Combine(_dir, "o.csv"), "--protection", "-1").Code);
        Assert.Equal(2, Run("suppress", "--input", input).Code);
        Assert.Equal(1, Run("suppress", "--input", Path.Combine(_dir, "missing.csv"), "--out", Path.Combine(_dir, "o.csv")).Code);
    }

    [Fact]
    public void OutputOverTheInput_IsRefused_EvenWithForce_AndForeignFilesOnlyWithForce()
    {
        var input = Write("in.csv", Counterexample);
        var (code, _, err) = Run("suppress", "--input", input, "--out", input, "--force");
        Assert.Equal(2, code);
        Assert.Contains("input", err, StringComparison.Ordinal);
        Assert.Equal(Counterexample, File.ReadAllText(input));

        var foreign = Write("foreign.csv", "keep me\n");
        Assert.Equal(2, Run("suppress", "--input", input, "--out", foreign).Code);
        Assert.Equal("keep me\n", File.ReadAllText(foreign));
        Assert.Equal(0, Run("suppress", "--input", input, "--out", foreign, "--force").Code);
        Assert.Equal(0, Run("suppress", "--input", input, "--out", foreign).Code);   // now ours: a rerun works
        Assert.StartsWith("row,col,value,status\n", File.ReadAllText(foreign), StringComparison.Ordinal);
    }
}
