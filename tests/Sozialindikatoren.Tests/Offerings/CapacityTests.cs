using FsCheck.Xunit;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Tests.Offerings;

public sealed class CapacityTests
{
    private static readonly CapacityUnit[] Units = Enum.GetValues<CapacityUnit>();

    /// <summary>Capacities from generated (amount, unit index) pairs: amounts 0 … 10,000 in quarters, any of the four units.</summary>
    private static Capacity[] From((ushort Amount, byte Unit)[] raw) =>
        raw.Select(x => new Capacity(x.Amount / 4.0 % 10_000, Units[x.Unit % Units.Length])).ToArray();

    [Property(MaxTest = 200)]
    public bool Totals_are_per_unit_and_conserve_the_total_of_each_unit((ushort, byte)[] raw)
    {
        var values = From(raw);
        var totals = CapacityTotals.Of(values);
        var present = values.Select(v => v.Unit).Distinct().Order().ToArray();
        return totals.Units.SequenceEqual(present)
            && totals.Count == present.Length
            && totals.All(t => t.Amount == values.Where(v => v.Unit == t.Unit).Sum(v => v.Amount))   // quarters: exact in double
            && Units.Where(u => !present.Contains(u)).All(u => totals[u] == Capacity.Zero(u));
    }

    [Property(MaxTest = 200)]
    public bool Sum_of_one_unit_equals_the_total_of_that_unit((ushort, byte)[] raw, byte unitIndex)
    {
        var unit = Units[unitIndex % Units.Length];
        var same = From(raw).Where(v => v.Unit == unit).ToArray();
        return Capacity.Sum(same, unit) == CapacityTotals.Of(same)[unit];
    }

    [Property(MaxTest = 200)]
    public void Mixing_units_throws_naming_both((ushort, byte)[] raw, byte a, byte b)
    {
        var ua = Units[a % Units.Length];
        var ub = Units[(a + 1 + b % (Units.Length - 1)) % Units.Length];   // ≠ ua
        var left = new Capacity(3, ua);
        var right = new Capacity(2, ub);
        foreach (var act in new Action[] { () => _ = left + right, () => _ = left - right, () => _ = left < right, () => _ = left >= right, () => left.CompareTo(right) })
        {
            var e = Assert.Throws<InvalidOperationException>(act);
            Assert.Contains(ua.ToCode(), e.Message, StringComparison.Ordinal);
            Assert.Contains(ub.ToCode(), e.Message, StringComparison.Ordinal);
        }
        var mixed = From(raw).Append(right).Append(left).ToArray();
        var sum = Assert.Throws<InvalidOperationException>(() => Capacity.Sum(mixed, ua));
        Assert.Contains(ua.ToCode(), sum.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arithmetic_and_comparison_within_one_unit()
    {
        var a = new Capacity(2.5, CapacityUnit.FullTimeEquivalents);
        var b = new Capacity(1.5, CapacityUnit.FullTimeEquivalents);
        Assert.Equal(new Capacity(4, CapacityUnit.FullTimeEquivalents), a + b);
        Assert.Equal(new Capacity(1, CapacityUnit.FullTimeEquivalents), a - b);
        Assert.True(b < a && a > b && a >= new Capacity(2.5, CapacityUnit.FullTimeEquivalents) && b <= new Capacity(1.5, CapacityUnit.FullTimeEquivalents));
        Assert.Throws<ArgumentOutOfRangeException>(() => b - a);   // a capacity is never negative
        Assert.Equal(Capacity.Zero(CapacityUnit.Places), Capacity.Sum([], CapacityUnit.Places));
        var totals = CapacityTotals.Of([new Capacity(2867, CapacityUnit.Places), a, b]);
        Assert.Equal("2867 places; 4 fte", totals.ToString());
        Assert.Equal(new Capacity(4, CapacityUnit.FullTimeEquivalents), totals[CapacityUnit.FullTimeEquivalents]);
        Assert.Equal(new Capacity(5, CapacityUnit.FullTimeEquivalents), totals.Add(new Capacity(1, CapacityUnit.FullTimeEquivalents))[CapacityUnit.FullTimeEquivalents]);
    }
}
