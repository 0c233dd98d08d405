using Sozialindikatoren.Offerings;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Gaps;

/// <summary>One offering's contribution to the supply of a row (<em>Angebot im Bestand</em>).</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class SupplyContribution
{
    internal SupplyContribution(Offering offering, double amount, string how)
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

    /// <summary>How it is counted: <c>Standort</c>, <c>anteilig (Standort oberhalb der Analyseebene)</c>, <c>anteilig (Einzugsgebiet)</c>, <c>erreichbar</c>.</summary>
    public string How { get; }

    /// <summary>German text, e.g. <c>Schuldnerberatung Siegen (Diakonie): 2,5 VZÄ (Standort)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Offering.Name}: {NumberFormat.Compact(Amount, 2)} {Labels.Of(Offering.Capacity.Unit)} ({How})";
}
