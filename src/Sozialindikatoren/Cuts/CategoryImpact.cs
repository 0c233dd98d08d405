using Sozialindikatoren.Funding;

namespace Sozialindikatoren.Cuts;

/// <summary>A summary row over the offerings of one funding category (<em>Auswertung je Finanzierungskategorie</em>).</summary>
/// <remarks>Counts, money and scores only: a category mixes offerings of every unit (Kita places, FTE, cases per year),
/// so it carries no capacity figure; the capacity consequences are in <see cref="DomainImpact"/>, one row per domain and
/// unit.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class CategoryImpact : OfferingGroupImpact
{
    internal CategoryImpact(FundingCategory category, int[] members, OfferingImpact[] offerings, decimal allLostFunding, int allClosed)
        : base(members, offerings)
    {
        Category = category;
        AllLostFunding = allLostFunding;
        AllClosed = allClosed;
    }

    /// <summary>The funding category (code via <see cref="FundingCategoryCodes.ToCode"/>: <c>voll</c>, <c>teil</c>, <c>traeger</c>, <c>none</c>).</summary>
    public FundingCategory Category { get; }

    /// <summary>The lost funding of all offerings (every category), EUR per year: the base of <see cref="ShareOfTotalCut"/>.</summary>
    internal decimal AllLostFunding { get; }

    /// <summary>The closures of all offerings (every category): the base of <see cref="ShareOfClosures"/>.</summary>
    internal int AllClosed { get; }

    /// <summary>The share of the whole scenario's lost funding this category carries (<em>Anteil an der Kürzung</em>, 0–1):
    /// <see cref="OfferingGroupImpact.LostFunding"/> ÷ the lost funding of all offerings; null when nothing is cut.</summary>
    public double? ShareOfTotalCut => AllLostFunding > 0 ? (double)(LostFunding / AllLostFunding) : null;

    /// <summary>The share of all closures that fall in this category (<em>Anteil an den Schließungen</em>, 0–1):
    /// <see cref="OfferingGroupImpact.Closed"/> ÷ the closed offerings of all categories; null when none closes.</summary>
    public double? ShareOfClosures => AllClosed > 0 ? (double)Closed / AllClosed : null;
}
