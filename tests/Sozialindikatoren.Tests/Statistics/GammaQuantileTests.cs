using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.Distributions;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Tests.Statistics;

/// <summary>
/// The regularised incomplete gamma function and its inverse (exact Poisson limits) against 50-digit mpmath values
/// (TestData/rates/gamma_quantiles.csv, eng/gamma/quantile_fixture.py), MathNet, Byar and the independent tail sums.
/// </summary>
public class GammaQuantileTests
{
    private static readonly List<Dictionary<string, string>> Fixture = FixtureCsv.Read("gamma_quantiles.csv");

    private static double Solve(long a, double tail, bool upper) =>
        GammaQuantile.Quantile(a, new GammaQuantile.Target(tail, upper));

    [Fact]
    public void Quantiles_MatchFortyDigitValues_To1e12_ForShapes1To1e9()
    {
        Assert.Equal(392, Fixture.Count);
        foreach (var r in Fixture)
        {
            var a = r.L("shape");
            var tail = r.D("tail");
            var upper = r["side"] == "upper";
            var x = Solve(a, tail, upper);
            var d = FixtureCsv.RelDiff(x, r.D("x"));
            Assert.True(d <= 1e-12, $"shape {a}, {r["side"]} tail {tail:R}: x = {x:R}, expected {r["x"]} (relative {d:E2}).");
        }
    }

    [Fact]
    public void IncompleteGamma_MatchesFiftyDigitValues_SmallTailRelative()
    {
        // P and Q at exactly representable arguments: the smaller tail to 1e-13 relative, the larger to 5e-15 absolute.
        foreach (var r in Fixture)
        {
            var a = r.L("shape");
            var x = r.D("xd");
            var (p, q) = GammaQuantile.Regularized(a, x);
            double ep = r.D("P"), eq = r.D("Q");
            var what = $"shape {a}, x {x:R}";
            if (ep < eq)
            {
                FixtureCsv.Close(p, ep, what + " P", 1e-13);
                Assert.True(Math.Abs(q - eq) <= 5e-15, what + $" Q {q:R} vs {eq:R}");
            }
            else
            {
                FixtureCsv.Close(q, eq, what + " Q", 1e-13);
                Assert.True(Math.Abs(p - ep) <= 5e-15, what + $" P {p:R} vs {ep:R}");
            }
        }
    }

    [Theory]
    [InlineData(20L, 14.0)]
    [InlineData(25L, 40.5)]
    [InlineData(100L, 80.0)]
    [InlineData(100L, 125.0)]
    [InlineData(5001L, 4800.0)]
    [InlineData(250_000L, 251_500.0)]
    [InlineData(3_000_000L, 2_995_000.0)]
    public void TemmeExpansion_AgreesWithTailSums(long a, double x)
    {
        // Two independent algorithms for the same function: Temme's expansion (a ≥ 20) and the Poisson tail sums.
        var (p, q) = GammaQuantile.Regularized(a, x);
        var small = x > a ? q : p;
        FixtureCsv.Close(small, GammaQuantile.TailSum(a, x, upper: x > a), $"shape {a}, x {x}", 1e-13);
    }

    [Property(MaxTest = 200)]
    public Property Quantile_RoundTrip_ThroughTailSums_ImpliesRelativeError1e12()
    {
        // Random shapes 1..10^7 (log-uniform) and levels 80–99.9 %: the tail at the computed quantile, evaluated with
        // the independent tail sums, differs from the target by less than the density times 1e-12 x.
        var gen =
            from e in Gen.Choose(0, 7000)
            from l in Gen.Choose(800, 999)
            from side in Gen.Elements(false, true)
            select (A: Math.Max(1L, (long)Math.Pow(10, e / 1000.0)), Tail: (1 - l / 1000.0) / 2, Upper: side);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var x = Solve(c.A, c.Tail, c.Upper);
            var t = GammaQuantile.TailSum(c.A, x, c.Upper);
            var density = Math.Exp((c.A - 1) * Math.Log(x) - x - MathNet.Numerics.SpecialFunctions.GammaLn(c.A));
            var implied = Math.Abs(t - c.Tail) / (density * x);
            return (implied <= 1e-12).Label($"shape {c.A}, tail {c.Tail:R}, upper {c.Upper}: x {x:R}, tail there {t:R}, implied relative error {implied:E2}");
        });
    }

    [Theory]
    [InlineData(64910L)] // MathNet 5.0.0's Gamma.InvCDF throws here at p = 0.001
    [InlineData(50L)]
    [InlineData(49L)]
    [InlineData(1234L)]
    [InlineData(99_999L)]
    public void ExactLimits_RoundTripThroughMathNetsGammaCdf(long x)
    {
        // MathNet's incomplete gamma function is accurate to ~1e-12 at these shapes: an independent check of the inversion.
        foreach (var level in new[] { 0.5, 0.95, 0.998, 0.999999 })
        {
            var l = new ConfidenceLevel(level);
            var (lo, hi) = Rates.ExactCountLimits(x, l);
            var pLo = MathNet.Numerics.SpecialFunctions.GammaLowerRegularized(x, lo);
            var qHi = MathNet.Numerics.SpecialFunctions.GammaUpperRegularized(x + 1, hi);
            Assert.True(Math.Abs(pLo - l.Alpha / 2) <= 1e-9 * l.Alpha, $"x={x} level={level}: P(x, lower) = {pLo:R}");
            Assert.True(Math.Abs(qHi - l.Alpha / 2) <= 1e-9 * l.Alpha, $"x={x} level={level}: Q(x+1, upper) = {qHi:R}");
        }
    }

    [Theory]
    [InlineData(1_000_000L)]
    [InlineData(3_000_000L)]
    [InlineData(40_000_000L)]
    [InlineData(1_000_000_000L)]
    public void ExactLimits_AgreeWithByar_AtVeryLargeCounts_AtEveryLevel(long x)
    {
        // Byar's (Wilson–Hilferty) limits converge to the exact ones with relative error O(1/x): at 25,000 events they
        // differ by 4e-9 (fixture), at 10^6 by about 2e-10 (99.8 %). A quantile that lost precision would differ by far more.
        foreach (var level in new[] { 0.5, 0.95, 0.998, 0.999999 })
        {
            var l = new ConfidenceLevel(level);
            var (el, eu) = Rates.ExactCountLimits(x, l);
            var (bl, bu) = Rates.ByarCountLimits(x, l.Z);
            FixtureCsv.Close(el, bl, $"x={x} level={level} lower", 1e-9);
            FixtureCsv.Close(eu, bu, $"x={x} level={level} upper", 1e-9);
        }
    }

    [Theory]
    [InlineData(60L, 55.5)]
    [InlineData(500L, 530.25)]
    [InlineData(20_000L, 19_800)]
    public void IncompleteGamma_MatchesMathNet_AtModerateShapes(long a, double x)
    {
        // MathNet's own accuracy degrades slowly with the shape (about 2e-11 at 20,000).
        var (p, q) = GammaQuantile.Regularized(a, x);
        FixtureCsv.Close(p, MathNet.Numerics.SpecialFunctions.GammaLowerRegularized(a, x), "P", 1e-10);
        FixtureCsv.Close(q, MathNet.Numerics.SpecialFunctions.GammaUpperRegularized(a, x), "Q", 1e-10);
    }

    [Property(MaxTest = 300)]
    public bool ExactLimits_NeverThrow_AndBracketTheCount(PositiveInt x, StatisticsLevelCase l)
    {
        var (lo, hi) = Rates.ExactCountLimits(x.Get, new ConfidenceLevel(l.Level));
        return lo < x.Get && hi > x.Get && lo > 0;
    }

    [Fact]
    public void ExactLimits_OfZero_AreZeroAndMinusLogTail()
    {
        // P(N = 0 | μ) = e^−μ = α/2 gives the upper limit of a zero count in closed form.
        foreach (var level in new[] { 0.8, 0.95, 0.999 })
        {
            var l = new ConfidenceLevel(level);
            var (lo, hi) = Rates.ExactCountLimits(0, l);
            Assert.Equal(0, lo);
            FixtureCsv.Close(hi, -Math.Log(l.Alpha / 2), $"level {level}", 1e-15);
        }
    }
}
