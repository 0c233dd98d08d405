using FsCheck;
using FsCheck.Xunit;
using Sozialindikatoren.Statistics;
using Sozialindikatoren.Tests.Arbitraries;

namespace Sozialindikatoren.Tests.Statistics;

public class IntervalPropertyTests
{
    private static readonly IntervalMethod[] PoissonMethods = [IntervalMethod.ExactPoisson, IntervalMethod.Byar, IntervalMethod.Auto];

    [Property]
    public bool Wilson_ContainsEstimate_AndStaysInUnitInterval(StatisticsProportionCase c, StatisticsLevelCase l)
    {
        var ci = Proportions.Wilson(c.X, c.N, new ConfidenceLevel(l.Level));
        return ci.Contains(ci.Estimate) && ci.Lower >= 0 && ci.Upper <= 1 && ci.Lower <= ci.Upper;
    }

    [Property]
    public bool Wilson_IsSymmetric_UnderXToNMinusX(StatisticsProportionCase c, StatisticsLevelCase l)
    {
        var level = new ConfidenceLevel(l.Level);
        var a = Proportions.Wilson(c.X, c.N, level);
        var b = Proportions.Wilson(c.N - c.X, c.N, level);
        return Math.Abs(a.Lower - (1 - b.Upper)) <= 1e-12 && Math.Abs(a.Upper - (1 - b.Lower)) <= 1e-12;
    }

    [Property]
    public bool Wilson_Narrows_AsNGrows_AtFixedProportion(StatisticsProportionCase c, PositiveInt k)
    {
        var f = Math.Min(k.Get % 50 + 2, 1000);
        var small = Proportions.Wilson(c.X, c.N, ConfidenceLevel.Percent95);
        var large = Proportions.Wilson(c.X * f, c.N * f, ConfidenceLevel.Percent95);
        return large.Width < small.Width;
    }

    [Property]
    public bool Wilson998_Contains95(StatisticsProportionCase c)
    {
        var a = Proportions.Wilson(c.X, c.N, ConfidenceLevel.Percent95);
        var b = Proportions.Wilson(c.X, c.N, ConfidenceLevel.Percent998);
        return b.Lower <= a.Lower && b.Upper >= a.Upper;
    }

    [Property]
    public bool Poisson_ContainsEstimate_ForEveryMethod(StatisticsRateCase c, StatisticsLevelCase l)
    {
        var level = new ConfidenceLevel(l.Level);
        foreach (var m in PoissonMethods)
        {
            var ci = Rates.Interval(c.X, c.Denominator, m, level, RateScale.Per1000);
            if (!ci.Contains(ci.Estimate) || ci.Lower < 0) return false;
        }
        return true;
    }

    [Property]
    public bool Poisson998_Contains95_ForEveryMethod(StatisticsRateCase c)
    {
        foreach (var m in PoissonMethods)
        {
            var a = Rates.Interval(c.X, c.Denominator, m, ConfidenceLevel.Percent95);
            var b = Rates.Interval(c.X, c.Denominator, m, ConfidenceLevel.Percent998);
            if (b.Lower > a.Lower || b.Upper < a.Upper) return false;
        }
        return true;
    }

    [Property]
    public bool Poisson_Value_IsCountOverDenominatorTimesPer_OneByOneAndInBatches(StatisticsRateCase c, StatisticsLevelCase l)
    {
        // Bug: the value was count × (per / denominator), which can differ from count / denominator × per (the
        // documented formula, Wilson's estimate, Funnel) in the last bit — 2263 / 11556 is one such row.
        var level = new ConfidenceLevel(l.Level);
        var v = new double[1];
        var lo = new double[1];
        var hi = new double[1];
        foreach (var per in new[] { RateScale.PerOne, RateScale.Per1000, RateScale.Per100000 })
            foreach (var m in PoissonMethods)
            {
                var one = Rates.Interval(c.X, c.Denominator, m, level, per);
                Rates.Intervals([c.X], [c.Denominator], m, level, per, v, lo, hi, Span<IntervalMethod>.Empty);
                if (one.Estimate != c.X / c.Denominator * per || v[0] != one.Estimate || lo[0] != one.Lower || hi[0] != one.Upper)
                    return false;
            }
        return true;
    }

    [Fact]
    public void RateValue_EqualsWilsonEstimate_WhereTheOldProductWasOneBitOff()
    {
        var wilson = Rates.Interval(2263, 11556, IntervalMethod.Wilson, ConfidenceLevel.Percent95);
        var byar = Rates.Interval(2263, 11556, IntervalMethod.Byar, ConfidenceLevel.Percent95);
        var exact = Rates.Interval(2263, 11556, IntervalMethod.ExactPoisson, ConfidenceLevel.Percent95);
        Assert.Equal(2263.0 / 11556, wilson.Estimate);
        Assert.Equal(wilson.Estimate, byar.Estimate);
        Assert.Equal(wilson.Estimate, exact.Estimate);
        Assert.NotEqual(2263 * (1.0 / 11556), byar.Estimate); // the old product, one bit above
    }

    [Property]
    public bool Poisson_Narrows_AsDenominatorGrows_AtFixedRate(StatisticsRateCase c, PositiveInt k)
    {
        var f = k.Get % 20 + 2;
        foreach (var m in new[] { IntervalMethod.ExactPoisson, IntervalMethod.Byar })
        {
            var small = Rates.Interval(c.X, c.Denominator, m, ConfidenceLevel.Percent95, RateScale.Per100000);
            var large = Rates.Interval(c.X * f, c.Denominator * f, m, ConfidenceLevel.Percent95, RateScale.Per100000);
            if (!(large.Width < small.Width)) return false;
        }
        return true;
    }

    [Property]
    public bool Auto_UsesExactBelowTen_AndByarFromTen(StatisticsRateCase c)
    {
        var ci = Rates.Auto(c.X, c.Denominator, ConfidenceLevel.Percent95);
        return ci.Method == (c.X < 10 ? IntervalMethod.ExactPoisson : IntervalMethod.Byar);
    }

    [Fact]
    public void ConfidenceLevel_RejectsOutOfRange_AndDefault()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceLevel(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceLevel(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceLevel(double.NaN));
        Assert.Throws<ArgumentException>(() => Rates.Auto(3, 100, default));
    }

    [Fact]
    public void PerMultiplier_ScalesValueAndLimits()
    {
        var one = Rates.Auto(57, 2400, ConfidenceLevel.Percent95);
        var k = Rates.Auto(57, 2400, ConfidenceLevel.Percent95, RateScale.Per1000);
        Assert.Equal(one.Estimate * 1000, k.Estimate, 12);
        Assert.Equal(one.Lower * 1000, k.Lower, 12);
        Assert.Equal(one.Upper * 1000, k.Upper, 12);
    }
}
