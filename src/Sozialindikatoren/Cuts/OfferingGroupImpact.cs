namespace Sozialindikatoren.Cuts;

/// <summary>
/// The counts, money and mean scores of a group of offerings after a cut scenario (<em>Auswertung einer Angebotsgruppe</em>):
/// the part that <see cref="CategoryImpact"/> (one funding category) and <see cref="DomainImpact"/> (one domain and unit)
/// share, computed here once from the group's <see cref="OfferingImpact"/> rows.
/// </summary>
/// <remarks>Unit-free: money in EUR per year at the evaluation date, scores as defined on <see cref="OfferingImpact"/>. An
/// empty group has counts and money 0 and mean scores 0.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public abstract class OfferingGroupImpact
{
    private protected OfferingGroupImpact(int[] members, OfferingImpact[] offerings)
    {
        decimal budget = 0, lost = 0, cuttable = 0;
        double risk = 0, impact = 0;
        int affected = 0, closed = 0;
        foreach (var i in members)
        {
            var r = offerings[i];
            budget += r.Exposure.Budget;
            lost += r.LostFunding;
            cuttable += r.CuttableBudget;
            risk += r.Risk.Score;
            impact += r.Impact;
            if (r.LostFunding > 0) affected++;
            if (r.Closed) closed++;
        }
        var m = members.Length;
        Offerings = m;
        Affected = affected;
        Closed = closed;
        Budget = budget;
        LostFunding = lost;
        CuttableBudget = cuttable;
        MeanRisk = m > 0 ? risk / m : 0;
        MeanImpact = m > 0 ? impact / m : 0;
    }

    /// <summary>Number of offerings in the group.</summary>
    public int Offerings { get; }

    /// <summary>Number cut by the scenario (lost funding &gt; 0).</summary>
    public int Affected { get; }

    /// <summary>Number closed.</summary>
    public int Closed { get; }

    /// <summary>Budget at the date, EUR per year: Σ <see cref="CutExposure.Budget"/> of the members.</summary>
    public decimal Budget { get; }

    /// <summary>Lost funding, EUR per year: Σ <see cref="OfferingImpact.LostFunding"/> of the members.</summary>
    public decimal LostFunding { get; }

    /// <summary>The cuttable funds (<em>kürzbare Mittel</em>) at the date, EUR per year: the sum over its offerings of
    /// <see cref="OfferingImpact.CuttableBudget"/> (grants and own funds; service fees on legal-claim offerings excluded).</summary>
    public decimal CuttableBudget { get; }

    /// <summary>The lost funding as a share of the whole budget (0–1), or null when the budget is 0.</summary>
    public double? CutShareOfBudget => Budget > 0 ? (double)(LostFunding / Budget) : null;

    /// <summary>The lost funding as a share of the cuttable funds (0–1, may exceed 1 when a cut reaches lines outside
    /// the cuttable funds), or null when there are no cuttable funds.</summary>
    public double? CutShareOfCuttable => CuttableBudget > 0 ? (double)(LostFunding / CuttableBudget) : null;

    /// <summary>Mean funding risk of the members, 0–1 (0 for an empty group).</summary>
    public double MeanRisk { get; }

    /// <summary>Mean cut-impact score of the members (0 for an empty group).</summary>
    public double MeanImpact { get; }
}
