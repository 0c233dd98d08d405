using System.Globalization;
using Sozialindikatoren.Cli;

namespace Sozialindikatoren.Tests.Access;

public sealed class AccessCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "access-cli-" + Guid.NewGuid().ToString("N"));

    public AccessCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name, string text)
    {
        var p = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(p, text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return p;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var e = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        int code = CliApp.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private (string Demand, string Supply, string Costs) HandCase() => (
        File("demand.csv", "id,demand\nA,100\nB,50\nC,10\n"),
        File("supply.csv", "id,capacity\nX,10\nY,5\n"),
        File("costs.csv", "origin,destination,cost\nA,X,5\nA,Y,20\nB,Y,10\n"));

    [Fact]
    public void TwoStep_FromCostsFile_WritesIdValueInInputOrder()
    {
        var (d, s, c) = HandCase();
        var (code, output, err) = Run("access", "--demand", d, "--supply", s, "--costs", c, "--method", "2sfca");
        Assert.Equal(0, code);
        // Standard error holds only the summary: one note per input naming its encoding, delimiter and number format.
        Assert.Equal(
            ["note: demand.csv: read as UTF-8, delimiter ',', number format invariant.", "note: supply.csv: read as UTF-8, delimiter ',', number format invariant.",
             "note: costs.csv: read as UTF-8, delimiter ',', number format invariant."],
            err.TrimEnd('\n').Split('\n'));
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("id,value", lines[0]);
        Assert.Equal("A," + (0.1 + 5.0 / 150).ToString("R", CultureInfo.InvariantCulture), lines[1]);
        Assert.Equal("B," + (5.0 / 150).ToString("R", CultureInfo.InvariantCulture), lines[2]);
        Assert.Equal("C,", lines[3]); // no access → empty cell
        var zero = Run("access", "--demand", d, "--supply", s, "--costs", c, "--method", "2sfca", "--no-access", "zero", "--radius", "15");
        Assert.Equal(["id,value", "A,0.1", "B,0.1", "C,0"], zero.Out.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void E2sfca_NeedsSteps_AndUsesBandEdges()
    {
        var (d, s, c) = HandCase();
        var bad = Run("access", "--demand", d, "--supply", s, "--costs", c, "--method", "e2sfca");
        Assert.Equal(2, bad.Code);
        Assert.Contains("steps", bad.Err, StringComparison.Ordinal);
        var right = Run("access", "--demand", d, "--supply", s, "--costs", c, "--method", "e2sfca", "--decay", "steps:10=1,20=0.68,30=0.22");
        var left = Run("access", "--demand", d, "--supply", s, "--costs", c, "--method", "e2sfca", "--decay", "steps:10=1,20=0.68,30=0.22", "--band-edges", "left");
        Assert.Equal(0, right.Code);
        double ry = 5.0 / (100 * 0.68 + 50), ryl = 5.0 / (100 * 0.22 + 50 * 0.68);
        Assert.Contains("B," + ry.ToString("R", CultureInfo.InvariantCulture) + "\n", right.Out, StringComparison.Ordinal);
        Assert.Contains("B," + (0.68 * ryl).ToString("R", CultureInfo.InvariantCulture) + "\n", left.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Coordinates_Closest_Cumulative_Huff_Allocation()
    {
        var d = File("dp.csv", "id,demand,x,y\nA,4,0,0\nB,6,10,0\n");
        var s = File("sp.csv", "id,capacity,x,y\nX,5,3,4\nY,0,10,1\n");
        var closest = Run("access", "--demand", d, "--supply", s, "--coordinates", "planar", "--method", "closest", "--detour", "1.2");
        Assert.Equal(0, closest.Code);
        double bx = Math.Sqrt(49 + 16) * 1.2;
        Assert.Equal(["id,value", "A,6", "B," + bx.ToString("R", CultureInfo.InvariantCulture)], closest.Out.TrimEnd('\n').Split('\n'));
        var cum = Run("access", "--demand", d, "--supply", s, "--coordinates", "planar", "--method", "cumulative", "--radius", "6");
        Assert.Equal(["id,value", "A,5", "B,0"], cum.Out.TrimEnd('\n').Split('\n'));
        var huff = Run("access", "--demand", d, "--supply", s, "--coordinates", "planar", "--method", "huff");
        Assert.Equal(["id,expected,overload", "X,10,5", "Y,0,0"], huff.Out.TrimEnd('\n').Split('\n'));
        var outFile = Path.Combine(_dir, "alloc.csv");
        var alloc = Run("access", "--demand", d, "--supply", s, "--coordinates", "planar", "--method", "allocation", "--out", outFile);
        Assert.Equal(0, alloc.Code);
        Assert.Equal("id,served,unmet\nA,4,0\nB,1,5\n", System.IO.File.ReadAllText(outFile));
    }

    [Fact]
    public void Wgs84_MinutesWithSpeed()
    {
        var d = File("dw.csv", "id,demand,lat,lon\nA,1,0,0\n");
        var s = File("sw.csv", "id,capacity,lat,lon\nX,1,0,1\n");
        var r = Run("access", "--demand", d, "--supply", s, "--coordinates", "wgs84", "--method", "closest", "--speed", "60");
        Assert.Equal(0, r.Code);
        double minutes = 6371.0088 * Math.PI / 180;
        var v = double.Parse(r.Out.TrimEnd('\n').Split('\n')[1].Split(',')[1], CultureInfo.InvariantCulture);
        Assert.Equal(minutes, v, 9);
    }

    [Fact]
    public void InvalidInput_NamesFileLineFieldValue()
    {
        var (_, s, c) = HandCase();
        var d = File("bad.csv", "id,demand\nA,100\nB,-5\nC,10\n");
        var r = Run("access", "--demand", d, "--supply", s, "--costs", c, "--method", "2sfca");
        Assert.Equal(1, r.Code);
        Assert.Contains("bad.csv, line 3, column 2 (demand), value '-5': must be ≥ 0", r.Err, StringComparison.Ordinal);
        var d2 = File("d2.csv", "id,demand\nA,1\nB,2\nC,3\n");
        var unknown = File("unknown.csv", "origin,destination,cost\nA,X,1\nQ,X,2\n");
        var u = Run("access", "--demand", d2, "--supply", s, "--costs", unknown, "--method", "2sfca");
        Assert.Equal(1, u.Code);
        Assert.Contains("unknown.csv, line 3, column 1 (origin), value 'Q': unknown demand id", u.Err, StringComparison.Ordinal);
        var dup = File("dup.csv", "origin,destination,cost\nA,X,1\nA,X,2\n");
        var du = Run("access", "--demand", d2, "--supply", s, "--costs", dup, "--method", "2sfca");
        Assert.Equal(1, du.Code);
        Assert.Contains("line 3, column 1 (origin), value 'A → X': duplicate pair, first on line 2", du.Err, StringComparison.Ordinal);
        var nan = File("nan.csv", "origin,destination,cost\nA,X,abc\n");
        var na = Run("access", "--demand", d2, "--supply", s, "--costs", nan, "--method", "2sfca");
        Assert.Equal(1, na.Code);
        Assert.Contains("(cost), value 'abc': not a number", na.Err, StringComparison.Ordinal);
        var missing = Run("access", "--demand", Path.Combine(_dir, "none.csv"), "--supply", s, "--costs", c, "--method", "2sfca");
        Assert.Equal(1, missing.Code);
    }

    [Fact]
    public void ThreeStepSelectionAll_WithCoordinates_UsesPairsBeyondTheRadius()
    {
        var d = File("d3.csv", "id,demand,x,y\nA,10,0,0\nB,20,4,0\n");
        var s = File("s3.csv", "id,capacity,x,y\nX,5,1,0\nY,7,9,0\n");
        var all = Run("access", "--demand", d, "--supply", s, "--coordinates", "planar", "--method", "3sfca", "--decay", "gaussian:5", "--radius", "6", "--selection", "all");
        var costs = global::Sozialindikatoren.Access.TravelCosts.FromCoordinates(["A", "B"], [0.0, 4.0], [0.0, 0.0], ["X", "Y"], [1.0, 9.0], [0.0, 0.0],
            global::Sozialindikatoren.Access.CoordinateSystem.Planar, double.PositiveInfinity);
        var lib = global::Sozialindikatoren.Access.Accessibility.ThreeStep(costs, [10, 20], [5, 7], global::Sozialindikatoren.Access.DecayFunction.Gaussian(5),
            global::Sozialindikatoren.Access.SelectionScope.AllSites, new global::Sozialindikatoren.Access.AccessOptions(radius: 6));
        Assert.Equal(0, all.Code);
        Assert.Equal(["id,value", "A," + lib[0].ToString("R", CultureInfo.InvariantCulture), "B," + lib[1].ToString("R", CultureInfo.InvariantCulture)], all.Out.TrimEnd('\n').Split('\n'));
        var catchment = Run("access", "--demand", d, "--supply", s, "--coordinates", "planar", "--method", "3sfca", "--decay", "gaussian:5", "--radius", "6");
        Assert.NotEqual(all.Out, catchment.Out);
    }

    [Fact]
    public void Help_ListsEveryOption()
    {
        var r = Run("access", "--help");
        Assert.Equal(0, r.Code);
        foreach (var o in new[] { "--demand", "--supply", "--costs", "--coordinates", "--method", "--radius", "--decay", "--band-edges", "--selection", "--alpha", "--beta", "--increment", "--n", "--no-access", "--normalise", "--detour", "--speed", "--min-cost", "--out" })
            Assert.Contains(o, r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void UsageErrors_ExitTwo()
    {
        var (d, s, c) = HandCase();
        Assert.Equal(2, Run("access", "--demand", d, "--supply", s, "--method", "2sfca").Code);
        Assert.Equal(2, Run("access", "--demand", d, "--supply", s, "--costs", c, "--coordinates", "planar", "--method", "2sfca").Code);
        Assert.Equal(2, Run("access", "--demand", d, "--supply", s, "--costs", c, "--method", "nonsense").Code);
        Assert.Equal(2, Run("access", "--demand", d, "--supply", s, "--costs", c, "--method", "2sfca", "--decay", "gaussian").Code);
        Assert.Equal(2, Run("access", "--demand", d, "--supply", s, "--costs", c, "--method", "2sfca", "--speed", "50").Code);
        Assert.Equal(2, Run("access", "--demand", d, "--supply", s, "--costs", c, "--method", "2sfca", "--decay", "steps:10=1,5=2").Code);
    }

    [Fact]
    public void AllMeasureMethodsRun_AndAgreeWithTheLibrary()
    {
        var (d, s, c) = HandCase();
        foreach (var m in new[] { "3sfca", "m2sfca", "bfca", "availability", "hansen", "balancing" })
        {
            var r = Run("access", "--demand", d, "--supply", s, "--costs", c, "--method", m, "--decay", "gaussian:10", "--radius", "25", "--normalise");
            Assert.Equal(0, r.Code);
            Assert.Equal(4, r.Out.TrimEnd('\n').Split('\n').Length);
        }
        var all = Run("access", "--demand", d, "--supply", s, "--costs", c, "--method", "3sfca", "--decay", "gaussian:10", "--radius", "15", "--selection", "all");
        var costs = global::Sozialindikatoren.Access.TravelCosts.FromPairs(["A", "B", "C"], ["X", "Y"], [("A", "X", 5.0), ("A", "Y", 20.0), ("B", "Y", 10.0)]);
        var lib = global::Sozialindikatoren.Access.Accessibility.ThreeStep(costs, [100, 50, 10], [10, 5], global::Sozialindikatoren.Access.DecayFunction.Gaussian(10),
            global::Sozialindikatoren.Access.SelectionScope.AllSites, new global::Sozialindikatoren.Access.AccessOptions(radius: 15));
        Assert.Contains("A," + lib[0].ToString("R", CultureInfo.InvariantCulture) + "\n", all.Out, StringComparison.Ordinal);
    }
}
