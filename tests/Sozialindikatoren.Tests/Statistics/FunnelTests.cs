using FsCheck;
using FsCheck.Xunit;
using MathNet.Numerics.Distributions;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Tests.Statistics;

public class FunnelTests
{
    [Fact]
    public void PoissonLimit_FollowsSpiegelhaltersInterpolation()
    {
        // Expected count μ = 10 (reference 10 per 1,000 on a denominator of 1,000). Upper 95 % limit: r = 17 is the
        // smallest count with P(Y ≤ r) ≥ 0.975; α = (P(Y ≤ 17) − 0.975)/(P(Y ≤ 17) − P(Y ≤ 16)); limit = (17 − α)/n × per.
        double f17 = Poisson.CDF(10, 17), f16 = Poisson.CDF(10, 16);
        Assert.True(f16 < 0.975 && f17 >= 0.975);
        var expectedUpper = (17 - (f17 - 0.975) / (f17 - f16)) / 1000 * 1000;
        var (lo, hi) = Funnel.Limits(FunnelKind.Rate, 10, 1000, ConfidenceLevel.Percent95, 1000);
        Assert.Equal(expectedUpper, hi, 12);
        Assert.True(lo < 10 && lo > 3);
    }

    [Fact]
    public void BinomialLimits_ApproachTheNormalApproximation_AtLargeN()
    {
        const double p = 0.2, n = 1_000_000;
        var (lo, hi) = Funnel.Limits(FunnelKind.Proportion, p, n, ConfidenceLevel.Percent998);
        var half = ConfidenceLevel.Percent998.Z * Math.Sqrt(p * (1 - p) / n);
        Assert.Equal(p - half, lo, 6);
        Assert.Equal(p + half, hi, 6);
    }

    [Property(MaxTest = 100)]
    public bool Limits_BracketTheReference_Widen998_AndNarrowWithN(PositiveInt n, byte pct)
    {
        var p = (pct % 99 + 1) / 100.0;
        var d = n.Get % 5000 + 20;
        var (l95, h95) = Funnel.Limits(FunnelKind.Proportion, p, d, ConfidenceLevel.Percent95);
        var (l998, h998) = Funnel.Limits(FunnelKind.Proportion, p, d, ConfidenceLevel.Percent998);
        var (lBig, hBig) = Funnel.Limits(FunnelKind.Proportion, p, d * 4, ConfidenceLevel.Percent95);
        return l998 <= l95 && l95 <= p && p <= h95 && h95 <= h998 && hBig - lBig < h95 - l95;
    }

    [Fact]
    public void Compare_ClassifiesAgainstPooledReference_AndSkipsSuppressed()
    {
        Observation[] counts = [Observation.Of(30), Observation.Of(120), Observation.Of(60), Observation.Suppressed, Observation.Of(11)];
        Observation[] pops = [Observation.Of(6000), Observation.Of(6000), Observation.Of(6000), Observation.Of(500), Observation.Of(1000)];
        var r = Funnel.Compare(FunnelKind.Rate, counts, pops, per: 1000);
        Assert.Equal(221.0 / 19000 * 1000, r.Reference, 12);
        Assert.Equal(FunnelClass.SignificantlyBelow, r.Class998[0]);
        Assert.Equal(FunnelClass.SignificantlyAbove, r.Class998[1]);
        Assert.Equal(FunnelClass.NotDifferent, r.Class95[2]);
        Assert.Equal(FunnelClass.NotAssessed, r.Class95[3]);
        Assert.True(double.IsNaN(r.Lower95[3]));
        Assert.Equal(FunnelClass.NotDifferent, r.Class95[4]);
        Assert.Equal(FunnelClass.SignificantlyAbove, Funnel.Classify(FunnelKind.Proportion, 40, 100, 0.2, ConfidenceLevel.Percent998));
    }
}

public class EmpiricalBayesTests
{
    private static double[] Oracle(double[] x, double[] n, int[][] nb)
    {
        // Straight transcription of Marshall (1991) with the neighbourhood N(i) = {i} ∪ neighbours(i).
        var r = x.Zip(n, (a, b) => a / b).ToArray();
        var result = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            var set = nb[i].Append(i).ToArray();
            var m = set.Sum(j => x[j]) / set.Sum(j => n[j]);
            var s2 = set.Sum(j => n[j] * (r[j] - m) * (r[j] - m)) / set.Sum(j => n[j]);
            var a = Math.Max(0, s2 - m / (set.Sum(j => n[j]) / set.Length));
            result[i] = a + m / n[i] > 0 ? m + a / (a + m / n[i]) * (r[i] - m) : m;
        }
        return result;
    }

    private static readonly double[] Counts = [2, 30, 3, 14, 0, 55, 9];
    private static readonly double[] Pops = [400, 2200, 900, 1500, 120, 3100, 700];

    [Fact]
    public void Global_MatchesMarshallFormula_AndShrinksSmallAreasMore()
    {
        var all = Enumerable.Range(0, Counts.Length).Select(i => Enumerable.Range(0, Counts.Length).Where(j => j != i).ToArray()).ToArray();
        var g = EmpiricalBayes.Global(Counts, Pops);
        var expected = Oracle(Counts, Pops, all);
        for (var i = 0; i < Counts.Length; i++)
        {
            Assert.Equal(expected[i], g.Smoothed[i], 14);
            Assert.InRange(g.Shrinkage[i], 0, 1);
            Assert.InRange(g.Smoothed[i], Math.Min(g.Raw[i], g.PriorMean[i]) - 1e-15, Math.Max(g.Raw[i], g.PriorMean[i]) + 1e-15);
        }
        Assert.True(g.Shrinkage[4] < g.Shrinkage[5]); // 120 inhabitants are pulled harder than 3,100
        // The complete neighbourhood gives the global estimator.
        var local = EmpiricalBayes.Local(Counts, Pops, new NeighbourList(all));
        for (var i = 0; i < Counts.Length; i++) Assert.Equal(g.Smoothed[i], local.Smoothed[i], 14);
    }

    [Fact]
    public void Local_MatchesMarshallFormula_OnAChain_AndIslandsKeepTheirRate()
    {
        int[][] chain = [[1], [0, 2], [1, 3], [2], [], [6], [5]];
        var l = EmpiricalBayes.Local(Counts, Pops, new NeighbourList(chain));
        var expected = Oracle(Counts, Pops, chain);
        for (var i = 0; i < Counts.Length; i++) Assert.Equal(expected[i], l.Smoothed[i], 14);
        Assert.Equal(0, l.Smoothed[4]); // island with no events: its own (zero) rate
    }

    [Fact]
    public void NoEventsAnywhere_GivesZeros()
    {
        var g = EmpiricalBayes.Global([0, 0, 0], [10, 20, 30]);
        Assert.All(g.Smoothed, v => Assert.Equal(0, v));
        Assert.Throws<ArgumentOutOfRangeException>(() => EmpiricalBayes.Global([1, -1], [10, 10]));
        Assert.Throws<ArgumentOutOfRangeException>(() => EmpiricalBayes.Global([1, 1], [10, 0]));
    }

    [Fact]
    public void Neighbours_FromPolygons_QueenAndRook()
    {
        // 2 × 2 grid of unit squares (lon, lat): 0 bottom-left, 1 bottom-right, 2 top-left, 3 top-right; 4 far away.
        static double[] Square(double x, double y) => [x, y, x + 1, y, x + 1, y + 1, x, y + 1, x, y];
        IReadOnlyList<double[]>[] areas = [[Square(7, 50)], [Square(8, 50)], [Square(7, 51)], [Square(8, 51)], [Square(20, 60)]];
        var queen = NeighbourList.FromPolygons(areas);
        var rook = NeighbourList.FromPolygons(areas, Contiguity.Rook);
        Assert.Equal([1, 2, 3], queen[0].ToArray());
        Assert.Equal([1, 2], rook[0].ToArray());
        Assert.Equal([0, 1, 2], queen[3].ToArray());
        Assert.Empty(queen[4].ToArray());
        Assert.Throws<ArgumentException>(() => NeighbourList.FromPolygons([[new double[] { 1, 2, 3 }]]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NeighbourList([[0]]));
    }
}
