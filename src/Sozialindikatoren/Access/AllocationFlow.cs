using System.Globalization;
using Sozialindikatoren.Optimisation;

namespace Sozialindikatoren.Access;

/// <summary>One positive flow of an allocation: demand of a zone served at a site.</summary>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct AllocationFlow : IEquatable<AllocationFlow>
{
    internal AllocationFlow(int zone, int site, double amount, double cost)
    {
        Zone = zone;
        Site = site;
        Amount = amount;
        Cost = cost;
    }

    /// <summary>The zone index.</summary>
    public int Zone { get; }

    /// <summary>The site index.</summary>
    public int Site { get; }

    /// <summary>The demand served (same unit as demand and capacity), &gt; 0.</summary>
    public double Amount { get; }

    /// <summary>The travel cost of the pair.</summary>
    public double Cost { get; }

    /// <inheritdoc />
    public bool Equals(AllocationFlow other) => Zone == other.Zone && Site == other.Site && Amount.Equals(other.Amount) && Cost.Equals(other.Cost);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AllocationFlow f && Equals(f);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Zone, Site, Amount, Cost);

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(AllocationFlow left, AllocationFlow right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(AllocationFlow left, AllocationFlow right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"zone {Zone} → site {Site}: {Amount} at cost {Cost}");
}
