using System.Globalization;
using System.Text;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Cuts;

/// <summary>A summary row over a group of offerings (<em>Auswertung je Finanzierungskategorie / Handlungsfeld</em>).</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class GroupImpact
{
    internal GroupImpact(string key, string label, int offerings, int affected, int closed, decimal budget, decimal lostFunding,
        double lostCapacityShare, double meanRisk, double meanImpact, int newlyUnderSupplied, double unmetBefore, double unmetAfter)
    {
        Key = key;
        Label = label;
        Offerings = offerings;
        Affected = affected;
        Closed = closed;
        Budget = budget;
        LostFunding = lostFunding;
        LostCapacityShare = lostCapacityShare;
        MeanRisk = meanRisk;
        MeanImpact = meanImpact;
        NewlyUnderSupplied = newlyUnderSupplied;
        UnmetBefore = unmetBefore;
        UnmetAfter = unmetAfter;
    }

    /// <summary>The key: a category code (<c>voll</c>, <c>teil</c>, <c>traeger</c>, <c>none</c>) or a domain code.</summary>
    public string Key { get; }

    /// <summary>A German label.</summary>
    public string Label { get; }

    /// <summary>Number of offerings.</summary>
    public int Offerings { get; }

    /// <summary>Number cut by the scenario.</summary>
    public int Affected { get; }

    /// <summary>Number closed.</summary>
    public int Closed { get; }

    /// <summary>Budget at the date, EUR per year.</summary>
    public decimal Budget { get; }

    /// <summary>Lost funding, EUR per year.</summary>
    public decimal LostFunding { get; }

    /// <summary>Capacity-weighted mean of the offerings' lost capacity shares: Σ Cᵢ(1 − remainingᵢ) / Σ Cᵢ (capacity amounts as given; 0 without capacity).</summary>
    public double LostCapacityShare { get; }

    /// <summary>Mean funding risk (0 for an empty group).</summary>
    public double MeanRisk { get; }

    /// <summary>Mean cut-impact score (0 for an empty group).</summary>
    public double MeanImpact { get; }

    /// <summary>For a domain: cells newly under-supplied; for a category: 0.</summary>
    public int NewlyUnderSupplied { get; }

    /// <summary>For a domain: unmet demand before (in the domain's units); for a category: 0.</summary>
    public double UnmetBefore { get; }

    /// <summary>For a domain: unmet demand after; for a category: 0.</summary>
    public double UnmetAfter { get; }
}
