using System.Globalization;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Cuts;

/// <summary>
/// A rescue plan (<em>Ausgleichsplan</em>): which cut offerings to back-fill, fully or partly, within a budget per year, to
/// minimise need-weighted unmet demand.
/// </summary>
/// <remarks>
/// <para>Objective: need-weighted unmet demand U = Σ_cells 2Φ(z)·max(0, demand − supply) / (the domain's total demand), a
/// unit-free measure in which each domain counts by its share of unmet demand and a space of average need has weight 1.</para>
/// <para>Options: back-filling share f of offering o's scenario cut costs f·cut (cents) and re-runs o's response with its line
/// cuts scaled by (1 − f) (so a co-financing condition can hold again; a provider statement stands unless f = 1). Its value
/// vₒ(f) is the reduction of U in o's cells with all other offerings at their cut state. The plan maximises Σ vₒ(fₒ) subject
/// to Σ cost ≤ budget: an additive model that ignores interactions between offerings serving the same cell;
/// <see cref="RemainingRecomputed"/> evaluates the chosen plan jointly as a check.</para>
/// <para>Greedy: from f = 0 everywhere, repeatedly take the upgrade (o, f → f′) with the highest value gain per euro that fits
/// (ties: data order, then the smaller f′). Exact: dynamic programming over offerings keeping the Pareto-optimal (cost, value)
/// states; exact for the additive model. Greedy is not guaranteed to be monotone in the budget; exact is.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class RescuePlan
{
    internal RescuePlan(decimal budget, RescueMethod method, IReadOnlyList<RescueChoice> choices, double before, double after, double recomputed)
    {
        BudgetPerYear = budget;
        Method = method;
        // One order for every output (CSV, report, JSON, "Vorrangig sichern"): impact avoided per euro, ties by offering id.
        Choices = choices.OrderByDescending(c => c.ImpactAvoidedPerEuro).ThenBy(c => c.OfferingId, StringComparer.Ordinal).ToArray();
        ImpactAfterCut = after;
        ImpactBeforeCut = before;
        RemainingRecomputed = recomputed;
    }

    /// <summary>The budget, EUR per year.</summary>
    public decimal BudgetPerYear { get; }

    /// <summary>The method used (greedy or exact).</summary>
    public RescueMethod Method { get; }

    /// <summary>The choices, in descending impact avoided per euro (ties by offering id, ordinal): the order of
    /// <c>rescue.csv</c>/<c>rettungsplan.csv</c>, the report and "Vorrangig sichern".</summary>
    public IReadOnlyList<RescueChoice> Choices { get; }

    /// <summary>Money spent, EUR per year.</summary>
    public decimal Spent => Choices.Aggregate(0m, (s, c) => s + c.BackfillPerYear);

    /// <summary>Need-weighted unmet demand before the cut.</summary>
    public double ImpactBeforeCut { get; }

    /// <summary>Need-weighted unmet demand after the cut without rescue.</summary>
    public double ImpactAfterCut { get; }

    /// <summary>Impact avoided in the additive model: Σ of the choices.</summary>
    public double ImpactAvoided => Choices.Sum(c => c.ImpactAvoided);

    /// <summary>Remaining impact in the additive model: after cut − avoided (≥ 0).</summary>
    public double RemainingImpact => Math.Max(0, ImpactAfterCut - ImpactAvoided);

    /// <summary>Remaining need-weighted unmet demand with all choices applied together (the check of the additive model).</summary>
    public double RemainingRecomputed { get; }

    /// <summary>A compact language-neutral summary: budget, method, back-fill used, impact before/after the cut and after
    /// the plan, and each choice.</summary>
    /// <returns>The text, invariant culture.</returns>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"RescuePlan {BudgetPerYear:0} EUR/a ({Method}): {Choices.Count} back-fills, {Choices.Aggregate(0m, (s, c) => s + c.BackfillPerYear):0} EUR/a used; ")
          .Append(CultureInfo.InvariantCulture, $"impact {ImpactBeforeCut:0.####} before, {ImpactAfterCut:0.####} after the cut, {RemainingRecomputed:0.####} with the plan");
        foreach (var c in Choices) sb.AppendLine().Append(c);
        return sb.ToString();
    }
}
