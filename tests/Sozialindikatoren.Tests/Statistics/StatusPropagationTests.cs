using FsCheck.Xunit;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Tests.Statistics;

public class StatusPropagationTests
{
    private static Observation[] All(Observation a, Observation b) =>
    [
        a + b, a - b, a * b, a / b, Observation.Rate(a, b, 1000), Observation.Sum([a, b]), Observation.Sum(new List<Observation> { a, b }),
    ];

    [Property]
    public bool MissingOrSuppressedInput_NeverBecomesAPlainNumber(Observation a, Observation b)
    {
        if (a.HasValue && b.HasValue) return true;
        return All(a, b).All(r => !r.HasValue && double.IsNaN(r.Value));
    }

    [Property]
    public bool SuppressedInput_GivesSuppressedResult(Observation a, Observation b)
    {
        if (a.Status != ValueStatus.Suppressed && b.Status != ValueStatus.Suppressed) return true;
        return All(a, b).All(r => r.Status == ValueStatus.Suppressed);
    }

    [Property]
    public bool FlaggedInput_NeverBecomesExact(Observation a, Observation b)
    {
        // A result may only be unflagged (exact or a zero) when both inputs are unflagged numbers.
        var flagged = a.Status.Severity() > 1 || b.Status.Severity() > 1;
        if (!flagged) return true;
        return All(a, b).All(r => r.Status.Severity() > 1);
    }

    [Fact]
    public void ExactZero_StaysARealZero()
    {
        var z = Observation.ExactZero;
        var five = Observation.Of(5);
        Assert.Equal(ValueStatus.ExactZero, (z + z).Status);
        Assert.Equal(five, z + five);
        Assert.Equal(ValueStatus.ExactZero, (z * five).Status);
        var rate = Observation.Rate(z, Observation.Of(6800), 1000);
        Assert.True(rate.HasValue);
        Assert.Equal(0, rate.Value);
        Assert.Equal(ValueStatus.ExactZero, rate.Status);
    }

    [Fact]
    public void Sum_WithSuppressedPart_IsSuppressed_AndRateOfSuppressedIsSuppressed()
    {
        var s = Observation.Sum([Observation.Of(4), Observation.Suppressed, Observation.Of(7)]);
        Assert.Equal(Observation.Suppressed, s);
        var r = Rates.Estimate(Observation.Suppressed, Observation.Of(6800), IntervalMethod.Auto, ConfidenceLevel.Percent95, 1000);
        Assert.Equal(ValueStatus.Suppressed, r.Value.Status);
        Assert.Null(r.Interval);
    }

    [Fact]
    public void Divide_ByZero_IsNotApplicable()
    {
        Assert.Equal(ValueStatus.NotApplicable, (Observation.Of(3) / Observation.ExactZero).Status);
        Assert.Equal(ValueStatus.NotApplicable, (Observation.Of(3) / Observation.Of(0)).Status);
    }

    [Fact]
    public void Flags_TakeHighestSeverity()
    {
        var p = new Observation(3, ValueStatus.Provisional);
        var e = new Observation(4, ValueStatus.Estimated);
        Assert.Equal(new Observation(7, ValueStatus.Estimated), p + e);
        Assert.Equal(new Observation(7, ValueStatus.Provisional), p + Observation.Of(4));
        Assert.Equal(ValueStatus.RoundedZero, (new Observation(0, ValueStatus.RoundedZero) + Observation.ExactZero).Status);
        Assert.Equal(ValueStatus.Exact, (new Observation(0, ValueStatus.RoundedZero) + Observation.Of(2)).Status);
    }

    [Fact]
    public void Estimate_WithFlaggedDenominator_KeepsFlag_AndInterval()
    {
        var r = Rates.Estimate(Observation.Of(12), new Observation(6800, ValueStatus.Provisional), IntervalMethod.Auto, ConfidenceLevel.Percent95, 1000);
        Assert.Equal(ValueStatus.Provisional, r.Value.Status);
        Assert.NotNull(r.Interval);
        Assert.Equal(IntervalMethod.Byar, r.Interval!.Value.Method);
        Assert.Throws<ArgumentOutOfRangeException>(() => Rates.Estimate(Observation.Of(2.5), Observation.Of(10), IntervalMethod.Auto, ConfidenceLevel.Percent95));
    }
}
