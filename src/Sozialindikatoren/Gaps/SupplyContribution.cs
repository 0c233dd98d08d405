using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Gaps;

/// <summary>One offering's contribution to the supply of a row (<em>Angebot im Bestand</em>).</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class SupplyContribution
{
    internal SupplyContribution(Offering offering, double amount, ContributionKind how)
    {
        Offering = offering;
        Amount = amount;
        How = how;
    }

    /// <summary>The offering.</summary>
    public Offering Offering { get; }

    /// <summary>Capacity counted for the row, in the row's unit.</summary>
    public double Amount { get; }

    /// <summary>The share of the offering's capacity counted (Amount / capacity; 1 for a located offering), NaN-free: 0 when the capacity is 0.</summary>
    public double Share => Offering.Capacity.Amount > 0 ? Amount / Offering.Capacity.Amount : 0;

    /// <summary>How it is counted (located, split from above, shared over the served area, reachable); labels in
    /// <see cref="Text.Labels"/>.</summary>
    public ContributionKind How { get; }

    /// <summary>A compact language-neutral summary, e.g. <c>schuldner-siegen: 2.5 fte (Located)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Offering.Id}: {Amount:R} {Offering.Capacity.Unit.ToCode()} ({How})");
}
