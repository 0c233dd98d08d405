using System.Globalization;

namespace Sozialindikatoren.Offerings;

/// <summary>The capacity of an offering (<em>Kapazität</em>): an amount in a unit.</summary>
/// <remarks>
/// <para>The amount is finite and ≥ 0 (0 = currently no capacity, e.g. closed).</para>
/// <para>Unit-safe arithmetic: <c>+</c>, <c>−</c>, the comparisons and <see cref="Sum"/> accept only capacities of one
/// unit and throw <see cref="InvalidOperationException"/> naming both units otherwise (2,867 Kita places and 37 FTE have
/// no sum). To total capacities of several units, use <see cref="CapacityTotals"/> (one total per unit).</para>
/// </remarks>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct Capacity : IEquatable<Capacity>, IComparable<Capacity>
{
    /// <summary>Creates a capacity.</summary>
    /// <param name="amount">The amount, finite and ≥ 0.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative or non-finite amount, or unknown unit.</exception>
    public Capacity(double amount, CapacityUnit unit)
    {
        if (!double.IsFinite(amount) || amount < 0)
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"capacity amount: must be a finite number >= 0, was {amount.ToString(CultureInfo.InvariantCulture)}.");
        if (!Enum.IsDefined(unit)) throw new ArgumentOutOfRangeException(nameof(unit), unit, "capacity unit: unknown value.");
        Amount = amount;
        Unit = unit;
    }

    /// <summary>The amount.</summary>
    public double Amount { get; }

    /// <summary>The unit.</summary>
    public CapacityUnit Unit { get; }

    /// <summary>A capacity of the same unit scaled by a factor ≥ 0.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The scaled capacity.</returns>
    public Capacity Scale(double factor) => new(Amount * factor, Unit);

    /// <summary>A zero capacity of a unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>0 in that unit.</returns>
    public static Capacity Zero(CapacityUnit unit) => new(0, unit);

    /// <summary>The sum of capacities of one unit (Σ amounts); an empty sequence gives 0 in <paramref name="unit"/>.</summary>
    /// <param name="values">The capacities, all in <paramref name="unit"/>.</param>
    /// <param name="unit">The unit of the sum.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="InvalidOperationException">A capacity of another unit (both units named).</exception>
    public static Capacity Sum(IEnumerable<Capacity> values, CapacityUnit unit)
    {
        ArgumentNullException.ThrowIfNull(values);
        var total = Zero(unit);
        foreach (var v in values) total += v;
        return total;
    }

    /// <summary>The sum of two capacities of the same unit.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The sum in their unit.</returns>
    /// <exception cref="InvalidOperationException">The units differ (both named).</exception>
    public static Capacity operator +(Capacity left, Capacity right)
    {
        SameUnit(left, right, "add");
        return new(left.Amount + right.Amount, left.Unit);
    }

    /// <summary>The difference of two capacities of the same unit (must not be negative).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand, ≤ <paramref name="left"/>.</param>
    /// <returns>The difference in their unit.</returns>
    /// <exception cref="InvalidOperationException">The units differ (both named).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The difference is negative.</exception>
    public static Capacity operator -(Capacity left, Capacity right)
    {
        SameUnit(left, right, "subtract");
        return new(left.Amount - right.Amount, left.Unit);
    }

    /// <summary>The sum of two capacities of the same unit (same as <c>+</c>).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The sum.</returns>
    public static Capacity Add(Capacity left, Capacity right) => left + right;

    /// <summary>The difference of two capacities of the same unit (same as <c>−</c>).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The difference.</returns>
    public static Capacity Subtract(Capacity left, Capacity right) => left - right;

    /// <summary>Compares the amounts of two capacities of the same unit.</summary>
    /// <param name="other">The other capacity, same unit.</param>
    /// <returns>&lt; 0, 0 or &gt; 0 as for the amounts.</returns>
    /// <exception cref="InvalidOperationException">The units differ (both named).</exception>
    public int CompareTo(Capacity other)
    {
        SameUnit(this, other, "compare");
        return Amount.CompareTo(other.Amount);
    }

    /// <summary>Less than (same unit).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left &lt; right.</returns>
    /// <exception cref="InvalidOperationException">The units differ.</exception>
    public static bool operator <(Capacity left, Capacity right) => left.CompareTo(right) < 0;

    /// <summary>Greater than (same unit).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left &gt; right.</returns>
    /// <exception cref="InvalidOperationException">The units differ.</exception>
    public static bool operator >(Capacity left, Capacity right) => left.CompareTo(right) > 0;

    /// <summary>Less than or equal (same unit).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left ≤ right.</returns>
    /// <exception cref="InvalidOperationException">The units differ.</exception>
    public static bool operator <=(Capacity left, Capacity right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than or equal (same unit).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left ≥ right.</returns>
    /// <exception cref="InvalidOperationException">The units differ.</exception>
    public static bool operator >=(Capacity left, Capacity right) => left.CompareTo(right) >= 0;

    private static void SameUnit(Capacity left, Capacity right, string what)
    {
        if (left.Unit != right.Unit)
            throw new InvalidOperationException($"capacity: cannot {what} {left} and {right}: units differ ({left.Unit.ToCode()} vs {right.Unit.ToCode()}); capacities of different units are never combined.");
    }

    /// <inheritdoc />
    public bool Equals(Capacity other) => Amount.Equals(other.Amount) && Unit == other.Unit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Capacity c && Equals(c);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amount, Unit);

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(Capacity left, Capacity right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Capacity left, Capacity right) => !left.Equals(right);

    /// <summary>e.g. <c>2.5 fte</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Amount.ToString("R", CultureInfo.InvariantCulture) + " " + Unit.ToCode();
}
