using Sozialindikatoren.Funding;

namespace Sozialindikatoren.Cuts;

/// <summary>A summary row over the offerings of one funding category (<em>Auswertung je Finanzierungskategorie</em>).</summary>
/// <remarks>Counts, money and scores only: a category mixes offerings of every unit (Kita places, FTE, cases per year),
/// so it carries no capacity figure; the capacity consequences are in <see cref="DomainImpact"/>, one row per domain and
/// unit.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class CategoryImpact
{
    internal CategoryImpact(FundingCategory category, int offerings, int affected, int closed, decimal budget, decimal lostFunding, double meanRisk, double meanImpact)
    {
        Category = category;
        Offerings = offerings;
        Affected = affected;
        Closed = closed;
        Budget = budget;
        LostFunding = lostFunding;
        MeanRisk = meanRisk;
        MeanImpact = meanImpact;
    }

    /// <summary>The funding category (code via <see cref="FundingCategoryCodes.ToCode"/>: <c>voll</c>, <c>teil</c>, <c>traeger</c>, <c>none</c>).</summary>
    public FundingCategory Category { get; }

    /// <summary>Number of offerings.</summary>
    public int Offerings { get; }

    /// <summary>Number cut by the scenario (lost funding &gt; 0).</summary>
    public int Affected { get; }

    /// <summary>Number closed.</summary>
    public int Closed { get; }

    /// <summary>The cuttable funds (<em>kürzbare Mittel</em>) at the date, EUR per year: the sum over its offerings of
    /// <see cref="OfferingImpact.CuttableBudget"/> (grants and own funds; service fees on legal-claim offerings excluded).</summary>
    public decimal CuttableBudget { get; internal init; }

    /// <summary>The lost funding as a share of the whole budget (0–1), or null when the budget is 0.</summary>
    public double? CutShareOfBudget => Budget > 0 ? (double)(LostFunding / Budget) : null;

    /// <summary>The lost funding as a share of the cuttable funds (0–1, may exceed 1 when a cut reaches lines outside
    /// the cuttable funds), or null when there are no cuttable funds.</summary>
    public double? CutShareOfCuttable => CuttableBudget > 0 ? (double)(LostFunding / CuttableBudget) : null;

    /// <summary>The lost funding of all offerings (every category), EUR per year: the base of <see cref="ShareOfTotalCut"/>.</summary>
    internal decimal AllLostFunding { get; init; }

    /// <summary>The closures of all offerings (every category): the base of <see cref="ShareOfClosures"/>.</summary>
    internal int AllClosed { get; init; }

    /// <summary>The share of the whole scenario's lost funding this category carries (<em>Anteil an der Kürzung</em>, 0–1):
    /// <see cref="LostFunding"/> ÷ the lost funding of all offerings; null when nothing is cut.</summary>
    public double? ShareOfTotalCut => AllLostFunding > 0 ? (double)(LostFunding / AllLostFunding) : null;

    /// <summary>The share of all closures that fall in this category (<em>Anteil an den Schließungen</em>, 0–1):
    /// <see cref="Closed"/> ÷ the closed offerings of all categories; null when none closes.</summary>
    public double? ShareOfClosures => AllClosed > 0 ? (double)Closed / AllClosed : null;

    /// <summary>Budget at the date, EUR per year.</summary>
    public decimal Budget { get; }

    /// <summary>Lost funding, EUR per year.</summary>
    public decimal LostFunding { get; }

    /// <summary>Mean funding risk (0 for an empty group).</summary>
    public double MeanRisk { get; }

    /// <summary>Mean cut-impact score (0 for an empty group).</summary>
    public double MeanImpact { get; }
}
