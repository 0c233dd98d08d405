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
/// The components of the cut-impact score of one offering (<em>Kürzungsfolgen-Score</em>), each in [0, 1].
/// </summary>
/// <remarks>
/// impact = S · (w₀ + w_N·N + w_A·A + w_V·V) / (w₀ + w_N + w_A + w_V), with S the share of the domain's supply lost in the
/// spaces the offering serves (its lost capacity over the domain supply before the cut in those spaces), N the need of
/// those spaces (population-share-weighted mean of Φ(z) of the social index z; Φ = standard normal CDF), A the lack of
/// alternatives within reach after the cut (1 − min(1, remaining supply of the other offerings in the served spaces / demand
/// there); 0 without demand) and V = 1 for a target group marked vulnerable, else 0. A zero loss gives impact 0.
/// </remarks>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct ImpactComponents : IEquatable<ImpactComponents>
{
    /// <summary>Creates components.</summary>
    /// <param name="supplyLostShare">S.</param>
    /// <param name="need">N.</param>
    /// <param name="lackOfAlternatives">A.</param>
    /// <param name="vulnerability">V.</param>
    public ImpactComponents(double supplyLostShare, double need, double lackOfAlternatives, double vulnerability)
    {
        SupplyLostShare = supplyLostShare;
        Need = need;
        LackOfAlternatives = lackOfAlternatives;
        Vulnerability = vulnerability;
    }

    /// <summary>S: share of the domain supply lost in the served spaces.</summary>
    public double SupplyLostShare { get; }

    /// <summary>N: need of the served spaces, Φ(z) weighted.</summary>
    public double Need { get; }

    /// <summary>A: lack of alternatives within reach after the cut.</summary>
    public double LackOfAlternatives { get; }

    /// <summary>V: vulnerability of the target group (1 or 0).</summary>
    public double Vulnerability { get; }

    /// <inheritdoc />
    public bool Equals(ImpactComponents other) => SupplyLostShare.Equals(other.SupplyLostShare) && Need.Equals(other.Need) && LackOfAlternatives.Equals(other.LackOfAlternatives) && Vulnerability.Equals(other.Vulnerability);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImpactComponents c && Equals(c);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SupplyLostShare, Need, LackOfAlternatives, Vulnerability);

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(ImpactComponents left, ImpactComponents right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ImpactComponents left, ImpactComponents right) => !left.Equals(right);
}

/// <summary>The result of the cut analysis for one offering (<em>Kürzungsfolgen je Angebot</em>), nominal response parameters.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class OfferingImpact
{
    internal OfferingImpact(Offering offering, FundingCategory category, FundingRisk risk, CutExposure exposure, ResponseKind response,
        double remainingShare, double absorbed, ImpactComponents components, double impact, IReadOnlyList<int> scenarioLines)
    {
        Offering = offering;
        Category = category;
        Risk = risk;
        Exposure = exposure;
        Response = response;
        RemainingShare = remainingShare;
        Absorbed = absorbed;
        Components = components;
        Impact = impact;
        ScenarioLines = scenarioLines;
    }

    /// <summary>The offering.</summary>
    public Offering Offering { get; }

    /// <summary>The derived funding category at the date.</summary>
    public FundingCategory Category { get; }

    /// <summary>The funding risk before the scenario.</summary>
    public FundingRisk Risk { get; }

    /// <summary>Budget, losses, co-financing and statement.</summary>
    public CutExposure Exposure { get; }

    /// <summary>The lost funding, EUR per year (direct cut plus co-financing loss).</summary>
    public decimal LostFunding => Exposure.LostFunding;

    /// <summary>The response (absorbed, shrunk, closed, statement).</summary>
    public ResponseKind Response { get; }

    /// <summary>The remaining capacity share in [0, 1].</summary>
    public double RemainingShare { get; }

    /// <summary>The loss absorbed from own funds, EUR per year.</summary>
    public double Absorbed { get; }

    /// <summary>Capacity before the cut.</summary>
    public Capacity CapacityBefore => Offering.Capacity;

    /// <summary>Capacity after the cut.</summary>
    public Capacity CapacityAfter => Offering.Capacity.Scale(RemainingShare);

    /// <summary>Whether the offering closes.</summary>
    public bool Closed => Response is ResponseKind.ClosedBelowViability or ResponseKind.ClosedCoFinancing || (Response == ResponseKind.ProviderStatement && RemainingShare <= 0);

    /// <summary>The impact score components.</summary>
    public ImpactComponents Components { get; }

    /// <summary>The cut-impact score in [0, 1] (higher = worse).</summary>
    public double Impact { get; }

    /// <summary>Indexes of the scenario lines that cut this offering (ascending), to trace sources and <em>Annahme</em> flags.</summary>
    public IReadOnlyList<int> ScenarioLines { get; }

    /// <summary>e.g. <c>Schuldnerberatung Siegen (sb-si): −12,000 EUR/a, capacity 2 → 1.6 fte, impact 0.21</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Offering}: −{LostFunding:0} EUR/a, capacity {CapacityBefore.Amount:0.##} → {CapacityAfter.Amount:0.##} {CapacityBefore.Unit.ToCode()}{(Closed ? " (closed)" : "")}, impact {Impact:0.###}");
}

/// <summary>The result for one space, domain and unit (<em>Versorgung je Sozialraum und Handlungsfeld</em>) before and after the cut.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class CellImpact
{
    internal CellImpact(CoverageRow row, double supplyBefore, double supplyAfter,
        CoverageClass classBefore, CoverageClass classAfter, double unmetBefore, double unmetAfter, double peopleAffected, double need,
        double probabilityUnderSupplied, double coverageP05, double coverageP50, double coverageP95, double coverageMean)
    {
        Row = row;
        SupplyBefore = supplyBefore;
        SupplyAfter = supplyAfter;
        ClassBefore = classBefore;
        ClassAfter = classAfter;
        UnmetBefore = unmetBefore;
        UnmetAfter = unmetAfter;
        PeopleAffected = peopleAffected;
        Need = need;
        ProbabilityUnderSupplied = probabilityUnderSupplied;
        CoverageAfterP05 = coverageP05;
        CoverageAfterP50 = coverageP50;
        CoverageAfterP95 = coverageP95;
        CoverageAfterMean = coverageMean;
    }

    /// <summary>The gap analysis' row of this cell before the cut (demand, supply, coverage, class, certainty, norm).</summary>
    public CoverageRow Row { get; }

    /// <summary>The space (a base space of the gap analysis).</summary>
    public SpaceId Space => Row.Space.Id;

    /// <summary>The domain.</summary>
    public ServiceDomain Domain => Row.Domain;

    /// <summary>The capacity unit.</summary>
    public CapacityUnit Unit => Row.Unit;

    /// <summary>Demand in the unit (the gap analysis' required capacity), or null when unknown.</summary>
    public double? Demand => Row.Demand;

    /// <summary>Supply before the cut: the gap analysis' supply of the row.</summary>
    public double SupplyBefore { get; }

    /// <summary>Supply after the cut (nominal response): every contribution scaled by its offering's remaining share.</summary>
    public double SupplyAfter { get; }

    /// <summary>Coverage before in % — the gap analysis' <see cref="CoverageRow.CoveragePercent"/>; NaN when demand is 0 or unknown.</summary>
    public double CoverageBefore => Row.CoveragePercent ?? double.NaN;

    /// <summary>Coverage after in % (same formula); NaN when demand is 0 or unknown.</summary>
    public double CoverageAfter => Demand is double d && d > 0 ? CoverageRow.Percent(SupplyAfter, d) : double.NaN;

    /// <summary>Class before.</summary>
    public CoverageClass ClassBefore { get; }

    /// <summary>Class after.</summary>
    public CoverageClass ClassAfter { get; }

    /// <summary>Whether the cell becomes under-supplied (<em>neu unterversorgt</em>): not under-supplied before, under or severe after.</summary>
    public bool NewlyUnderSupplied => !ClassBefore.IsUnderSupply() && ClassAfter.IsUnderSupply();

    /// <summary>Unmet demand before: from the capacity-constrained allocation when <see cref="CutOptions.AllocationRadiusKm"/>
    /// is set and coordinates are known, else max(0, demand − supply) (see <see cref="CutResult.UnmetDemandMethod"/>).</summary>
    public double UnmetBefore { get; }

    /// <summary>Unmet demand after (same method as <see cref="UnmetBefore"/>).</summary>
    public double UnmetAfter { get; }

    /// <summary>People affected (<em>Betroffene</em>): the space's population × the share of the domain's supply lost there.</summary>
    public double PeopleAffected { get; }

    /// <summary>Need of the space as Φ(z) in (0, 1).</summary>
    public double Need { get; }

    /// <summary>Monte Carlo: probability that the cell is under-supplied after the cut (share of draws); the nominal indicator when no draws ran.</summary>
    public double ProbabilityUnderSupplied { get; }

    /// <summary>Monte Carlo: 5th percentile of coverage after, % (NaN when not kept or no demand).</summary>
    public double CoverageAfterP05 { get; }

    /// <summary>Monte Carlo: median coverage after, % (NaN when not kept or no demand).</summary>
    public double CoverageAfterP50 { get; }

    /// <summary>Monte Carlo: 95th percentile of coverage after, % (NaN when not kept or no demand).</summary>
    public double CoverageAfterP95 { get; }

    /// <summary>Monte Carlo: mean coverage after, % (NaN without demand).</summary>
    public double CoverageAfterMean { get; }
}

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

/// <summary>Percentiles of a Monte Carlo quantity (<em>Perzentile</em>), type 7 (linear interpolation between order statistics, as R's default).</summary>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct PercentileSummary : IEquatable<PercentileSummary>
{
    /// <summary>Creates a summary.</summary>
    /// <param name="p05">5th percentile.</param>
    /// <param name="p50">Median.</param>
    /// <param name="p95">95th percentile.</param>
    /// <param name="mean">Mean.</param>
    public PercentileSummary(double p05, double p50, double p95, double mean)
    {
        P05 = p05;
        P50 = p50;
        P95 = p95;
        Mean = mean;
    }

    /// <summary>5th percentile.</summary>
    public double P05 { get; }

    /// <summary>Median.</summary>
    public double P50 { get; }

    /// <summary>95th percentile.</summary>
    public double P95 { get; }

    /// <summary>Mean.</summary>
    public double Mean { get; }

    /// <summary>Type-7 percentiles of a sample (sorted internally; the input is not changed).</summary>
    /// <param name="values">The sample (NaN-free).</param>
    /// <returns>The summary; NaN for an empty sample.</returns>
    public static PercentileSummary Of(ReadOnlySpan<double> values)
    {
        if (values.Length == 0) return new PercentileSummary(double.NaN, double.NaN, double.NaN, double.NaN);
        var sorted = values.ToArray();
        Array.Sort(sorted);
        double sum = 0;
        foreach (var v in values) sum += v;
        return new PercentileSummary(Quantile(sorted, 0.05), Quantile(sorted, 0.5), Quantile(sorted, 0.95), sum / values.Length);
    }

    internal static double Quantile(ReadOnlySpan<double> sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <inheritdoc />
    public bool Equals(PercentileSummary other) => P05.Equals(other.P05) && P50.Equals(other.P50) && P95.Equals(other.P95) && Mean.Equals(other.Mean);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PercentileSummary s && Equals(s);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(P05, P50, P95, Mean);

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(PercentileSummary left, PercentileSummary right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PercentileSummary left, PercentileSummary right) => !left.Equals(right);

    /// <summary>e.g. <c>P5 1.2 · P50 3.4 · P95 5.6</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"P5 {P05:0.###} · P50 {P50:0.###} · P95 {P95:0.###} · mean {Mean:0.###}");
}

/// <summary>The Monte Carlo summary (<em>Monte-Carlo-Auswertung</em>) over uncertain response parameters.</summary>
/// <remarks>
/// Per draw, every offering the model responds for (cut, no statement, no co-financing failure) draws a, e and v from the
/// option distributions; lost funding does not depend on them (it is the scenario's cut), the unabsorbed loss does.
/// Unmet demand per draw is the local measure Σ max(0, demand − supply) over cells (computed for every draw).
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class MonteCarloSummary
{
    internal MonteCarloSummary(int draws, ulong seed, PercentileSummary lostFunding, PercentileSummary unabsorbedLoss, PercentileSummary lostCapacityShare,
        PercentileSummary closures, PercentileSummary locatedGaps, PercentileSummary unmetDemand, bool cellPercentilesKept, string unmetDemandMethod)
    {
        Draws = draws;
        Seed = seed;
        LostFunding = lostFunding;
        UnabsorbedLoss = unabsorbedLoss;
        LostCapacityShare = lostCapacityShare;
        Closures = closures;
        LocatedGaps = locatedGaps;
        UnmetDemand = unmetDemand;
        CellPercentilesKept = cellPercentilesKept;
        UnmetDemandMethod = unmetDemandMethod;
    }

    /// <summary>Number of draws.</summary>
    public int Draws { get; }

    /// <summary>The master seed.</summary>
    public ulong Seed { get; }

    /// <summary>Total lost funding per draw, EUR per year.</summary>
    public PercentileSummary LostFunding { get; }

    /// <summary>Total unabsorbed loss per draw, EUR per year.</summary>
    public PercentileSummary UnabsorbedLoss { get; }

    /// <summary>Capacity-weighted lost capacity share per draw.</summary>
    public PercentileSummary LostCapacityShare { get; }

    /// <summary>Number of closures per draw.</summary>
    public PercentileSummary Closures { get; }

    /// <summary>Located gaps per draw: number of cells under-supplied (under or severe) after the cut.</summary>
    public PercentileSummary LocatedGaps { get; }

    /// <summary>Total unmet demand per draw as a share of each domain's demand, summed over domains (unit-free).</summary>
    public PercentileSummary UnmetDemand { get; }

    /// <summary>Whether per-cell coverage percentiles were kept (see <see cref="CutOptions.MaxCellDrawValues"/>).</summary>
    public bool CellPercentilesKept { get; }

    /// <summary>How unmet demand was computed, e.g. <c>local: max(0, demand − supply) per space, every draw</c>.</summary>
    public string UnmetDemandMethod { get; }
}

/// <summary>
/// The result of a cut analysis (<em>Ergebnis der Kürzungsanalyse</em>): per offering, per space × domain, per domain and per
/// funding category, with the Monte Carlo summary, the scenario (its sources and <em>Annahme</em> flags) and the options.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class CutResult
{
    internal CutResult(GapAnalysisResult gaps, CutScenario scenario, CutOptions options, IReadOnlyList<OfferingImpact> offerings, IReadOnlyList<CellImpact> cells,
        IReadOnlyList<GroupImpact> byDomain, IReadOnlyList<GroupImpact> byCategory, MonteCarloSummary? monteCarlo, CutModel model)
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

    /// <summary>Per domain (taxonomy order).</summary>
    public IReadOnlyList<GroupImpact> ByDomain { get; }

    /// <summary>Per funding category: voll, teil, traeger (always these three, in this order), then none when present.</summary>
    public IReadOnlyList<GroupImpact> ByFundingCategory { get; }

    /// <summary>The Monte Carlo summary, or null when no draws ran.</summary>
    public MonteCarloSummary? MonteCarlo { get; }

    /// <summary>Total lost funding, EUR per year.</summary>
    public decimal TotalLostFunding => Offerings.Aggregate(0m, (s, o) => s + o.LostFunding);

    /// <summary>Total unmet demand before the cut as a share of each domain's demand, summed over domains (unit-free).</summary>
    public double UnmetShareBefore => Model.UnmetShare(Model.SupplyBefore);

    /// <summary>Total unmet demand after the cut (nominal), same measure.</summary>
    public double UnmetShareAfter => Model.UnmetShare(Model.SupplyAfterNominal);

    /// <summary>Need-weighted unmet demand after the cut (Σ 2Φ(z)·unmet/domain demand; the rescue planner's objective).</summary>
    public double NeedWeightedUnmetAfter => Model.NeedWeightedUnmet(Model.SupplyAfterNominal);

    /// <summary>Need-weighted unmet demand before the cut.</summary>
    public double NeedWeightedUnmetBefore => Model.NeedWeightedUnmet(Model.SupplyBefore);

    /// <summary>How the unmet demand of <see cref="CellImpact.UnmetBefore"/>/<see cref="CellImpact.UnmetAfter"/> was computed:
    /// the capacity-constrained allocation (nominal run) or the local measure.</summary>
    public string UnmetDemandMethod => Model.UnmetMethod;

    /// <summary>How demand was obtained (given, or relative to the region's average).</summary>
    public string DemandMethod => Model.DemandMethod;
}

/// <summary>Markdown rendering of cut analysis tables (<em>Tabellen</em>), German headers.</summary>
/// <threadsafety>Pure; thread-safe.</threadsafety>
public static class CutTables
{
    private static readonly NumberFormatInfo German = new()
    {
        NumberDecimalSeparator = ",", NumberGroupSeparator = ".", NegativeSign = "−", NaNSymbol = "–",
    };

    /// <summary>A Markdown table of group rows (category or domain): Gruppe, Angebote, betroffen, geschlossen, Budget, Kürzung, Kapazitätsverlust, Risiko, Folgen.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdownTable(this IReadOnlyList<GroupImpact> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sb = new StringBuilder();
        sb.Append("| Gruppe | Angebote | betroffen | geschlossen | Budget (EUR/a) | Kürzung (EUR/a) | Kapazitätsverlust | mittl. Risiko | mittl. Folgen |\n");
        sb.Append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        var de = German;
        foreach (var r in rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {r.Label} | {r.Offerings} | {r.Affected} | {r.Closed} | ")
              .Append(r.Budget.ToString("N0", de)).Append(" | ")
              .Append(r.LostFunding.ToString("N0", de)).Append(" | ")
              .Append((r.LostCapacityShare * 100).ToString("0.0", de)).Append(" % | ")
              .Append(r.MeanRisk.ToString("0.000", de)).Append(" | ")
              .Append(r.MeanImpact.ToString("0.000", de)).Append(" |\n");
        }
        return sb.ToString();
    }
}
