using System.Globalization;
using System.Text;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Cuts;

/// <summary>
/// The result of a cut analysis (<em>Ergebnis der Kürzungsanalyse</em>): per offering, per space × domain, per domain and per
/// funding category, with the Monte Carlo summary, the scenario (its sources and <em>Annahme</em> flags) and the options.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class CutResult
{
    internal CutResult(GapAnalysisResult gaps, CutScenario scenario, CutOptions options, IReadOnlyList<OfferingImpact> offerings, IReadOnlyList<CellImpact> cells,
        IReadOnlyList<DomainImpact> byDomain, IReadOnlyList<CategoryImpact> byCategory, MonteCarloSummary? monteCarlo, CutModel model)
    {
        Gaps = gaps;
        Scenario = scenario;
        Options = options;
        Offerings = offerings;
        Cells = cells;
        ByDomain = byDomain;
        ByFundingCategory = byCategory;
        MonteCarlo = monteCarlo;
        Model = model;
    }

    internal CutModel Model { get; }

    /// <summary>The gap analysis whose demand, supply attribution, thresholds and need index the cut analysis used.</summary>
    public GapAnalysisResult Gaps { get; }

    /// <summary>The data set.</summary>
    public PlanningData Data => Gaps.Data;

    /// <summary>The scenario (with its sources and <em>Annahme</em> flags).</summary>
    public CutScenario Scenario { get; }

    /// <summary>The options.</summary>
    public CutOptions Options { get; }

    /// <summary>The evaluation date.</summary>
    public LocalDate AsOf => Gaps.AsOf;

    /// <summary>Per offering, in data order.</summary>
    public IReadOnlyList<OfferingImpact> Offerings { get; }

    /// <summary>Per base space × norm (domain, unit), in the gap analysis' row order (space, then norm catalogue order); rows with neither supply nor demand are left out.</summary>
    public IReadOnlyList<CellImpact> Cells { get; }

    /// <summary>Per domain and capacity unit (domain in taxonomy order, then unit): every (domain, unit) of a norm or an
    /// offering; capacities of different units are never added.</summary>
    public IReadOnlyList<DomainImpact> ByDomain { get; }

    /// <summary>Per funding category: voll, teil, traeger (always these three, in this order), then none when present.</summary>
    public IReadOnlyList<CategoryImpact> ByFundingCategory { get; }

    /// <summary>The Monte Carlo summary, or null when no draws ran.</summary>
    public MonteCarloSummary? MonteCarlo { get; }

    /// <summary>Total lost funding, EUR per year.</summary>
    public decimal TotalLostFunding => Offerings.Aggregate(0m, (s, o) => s + o.LostFunding);

    /// <summary>People affected in total (<em>Betroffene</em>): Σ over base spaces of min(inhabitants, Σ
    /// <see cref="CellImpact.PeopleAffected"/> of the space's rows); unknown rows left out. Never above the county's population.</summary>
    public double PeopleAffected => Model.PeopleAffectedTotal(Cells);

    /// <summary>Total budget at the date, EUR per year.</summary>
    public decimal TotalBudget => Offerings.Aggregate(0m, (s, o) => s + o.Exposure.Budget);

    /// <summary>Total cuttable funds (<em>kürzbare Mittel</em>) at the date, EUR per year: Σ <see cref="OfferingImpact.CuttableBudget"/>.</summary>
    public decimal TotalCuttableBudget => Offerings.Aggregate(0m, (s, o) => s + o.CuttableBudget);

    /// <summary>The scenario's own cut of the funding lines, EUR per year: Σ <see cref="CutExposure.ScenarioLoss"/>.
    /// Provider-reported losses are not yet separated from it (issue 12 point 1).</summary>
    public decimal TotalScenarioCut => Offerings.Aggregate(0m, (s, o) => s + o.Exposure.ScenarioLoss);

    /// <summary>Consequential losses, EUR per year: deficit-funding lines lost because a co-financing condition failed
    /// (Σ <see cref="CutExposure.CoFinancingLoss"/>).</summary>
    public decimal TotalConsequentialLoss => Offerings.Aggregate(0m, (s, o) => s + o.Exposure.CoFinancingLoss);

    /// <summary>The loss providers report beyond the model, EUR per year: Σ <see cref="CutExposure.ProviderReportedLoss"/>.</summary>
    public decimal TotalProviderReportedLoss => Offerings.Aggregate(0m, (s, o) => s + o.Exposure.ProviderReportedLoss);

    /// <summary>The lost funding of all offerings by part and funder level (<see cref="LossAttribution"/>);
    /// <c>Attribution.Total</c> = <see cref="TotalLostFunding"/>.</summary>
    public LossAttribution Attribution => LossAttribution.Sum(Offerings.Select(o => o.Exposure.Attribution));

    /// <summary>Whether the co-funder withdrawal is assumed (<see cref="ProviderResponseOptions.AssumeCofunderWithdrawal"/>):
    /// the consequential loss is then an assumption (<em>Annahme</em>), not a fact.</summary>
    public bool AssumesCofunderWithdrawal => Options.Response.AssumeCofunderWithdrawal;

    /// <summary>Every provider statement of the data set with whether it applies under the scenario and why not
    /// (<see cref="StatementOutcome"/>), in data order.</summary>
    public IReadOnlyList<StatementOutcome> Statements => Model.StatementOutcomes;

    /// <summary>The lost funding as a share of the whole budget (0–1), or null when the budget is 0.</summary>
    public double? CutShareOfBudget => TotalBudget > 0 ? (double)(TotalLostFunding / TotalBudget) : null;

    /// <summary>The lost funding as a share of the cuttable funds (0–1), or null when there are none.</summary>
    public double? CutShareOfCuttable => TotalCuttableBudget > 0 ? (double)(TotalLostFunding / TotalCuttableBudget) : null;

    /// <summary>The offerings that fulfil an individual legal claim (<see cref="Offering.IsLegalClaim"/>) and that the
    /// model closes or shrinks (remaining share below 1), in data order: counted separately, because the duty to provide
    /// the service (and its cost) stays with the public body.</summary>
    public IReadOnlyList<OfferingImpact> LegalClaimReduced => Offerings.Where(o => o.Offering.IsLegalClaim && o.RemainingShare < 1).ToArray();

    /// <summary>Total unmet demand before the cut as a share of each domain's demand, summed over domains (unit-free).</summary>
    public double UnmetShareBefore => Model.UnmetShare(Model.SupplyBefore);

    /// <summary>Total unmet demand after the cut (nominal), same measure.</summary>
    public double UnmetShareAfter => Model.UnmetShare(Model.SupplyAfterNominal);

    /// <summary>Need-weighted unmet demand after the cut (Σ 2Φ(z)·unmet/domain demand; the rescue planner's objective).</summary>
    public double NeedWeightedUnmetAfter => Model.NeedWeightedUnmet(Model.SupplyAfterNominal);

    /// <summary>Need-weighted unmet demand before the cut.</summary>
    public double NeedWeightedUnmetBefore => Model.NeedWeightedUnmet(Model.SupplyBefore);

    /// <summary>How the unmet demand of <see cref="CellImpact.UnmetBefore"/>/<see cref="CellImpact.UnmetAfter"/> was computed:
    /// the capacity-constrained allocation (nominal run, radius <see cref="CutOptions.AllocationRadiusKm"/>) or the local
    /// measure (also when the allocation lacked coordinates: the member says why). Demand itself always comes from the
    /// gap analysis' norms, with its supply mode.</summary>
    public UnmetDemandMethod UnmetDemandMethod => Model.UnmetMethod;

    /// <summary>A compact language-neutral summary: scenario, lost funding, affected and closed offerings, the (domain,
    /// unit) rows with a capacity loss, and the Monte Carlo draws (planner text and tables: <c>Reporting.ResultTables</c>,
    /// the committee report).</summary>
    /// <returns>The text, invariant culture.</returns>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder();
        var lost = Offerings.Aggregate(0m, (s, o) => s + o.LostFunding);
        sb.Append(CultureInfo.InvariantCulture, $"CutResult '{Scenario.Name}', as of {AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: lost funding {lost:0} EUR/a, ")
          .Append(CultureInfo.InvariantCulture, $"{Offerings.Count(o => o.LostFunding > 0)} of {Offerings.Count} offerings affected, {Offerings.Count(o => o.Closed)} closed");
        if (MonteCarlo is { } mc) sb.Append(CultureInfo.InvariantCulture, $", Monte Carlo {mc.Draws} draws (seed {mc.Seed})");
        foreach (var d in ByDomain.Where(d => d.LostCapacityShare > 0).OrderByDescending(d => d.LostCapacityShare))
            sb.AppendLine().Append(CultureInfo.InvariantCulture, $"{d.Domain.Code} ({d.Unit.ToCode()}): {d.CapacityBefore.Amount:0.##} -> {d.CapacityAfter.Amount:0.##}, lost {d.LostFunding:0} EUR/a, {d.Closed} closed");
        return sb.ToString();
    }
}
