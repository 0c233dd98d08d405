using System.Globalization;
using MathNet.Numerics.Distributions;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Cuts;

/// <summary>
/// The cut analysis (<em>Kürzungsfolgenanalyse</em>): applies a scenario to the supply of a gap analysis, models each
/// provider's response, and reports losses, supply, coverage, unmet demand, impact scores and the Monte Carlo over
/// uncertain responses.
/// </summary>
/// <remarks>
/// <para>One model of demand and supply: the cells are the base rows of the gap analysis (base space × norm, i.e. domain
/// and unit), with its demand, its need index, its supply attribution (each offering's contribution to each row, as the
/// gap analysis' <see cref="SupplyMode"/> counted it), its coverage thresholds and classes. Coverage before the cut
/// is the gap analysis' coverage, bit for bit. After the cut, each offering's contributions shrink with its remaining
/// capacity share (exact for all three supply modes: the 2SFCA supply is linear in each site's capacity). Capacities of
/// different units are never added. A row with unknown demand has class unknown before and after. An offering the gap
/// analysis did not count (no norm for its domain and unit, or not placeable) has no cells: its funding, response and
/// capacity are reported, its impact uses its own lost share (see <see cref="ImpactComponents"/>).</para>
/// <para>Deterministic: same inputs and seed give bit-identical results for any <see cref="CutOptions.MaxThreads"/>.</para>
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class CutAnalysis
{
    /// <summary>Runs the analysis on the supply and demand of a gap analysis.</summary>
    /// <param name="gaps">The gap analysis before the cut (data set, date, demand, supply, thresholds, need index).</param>
    /// <param name="scenario">The scenario (use <see cref="CutScenario.Scale"/> for deeper or milder cuts).</param>
    /// <param name="options">Options; default <c>new CutOptions()</c>.</param>
    /// <param name="progress">Monte Carlo progress (one report per block of draws), or null.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An invalid option (named).</exception>
    public static CutResult Run(GapAnalysisResult gaps, CutScenario scenario, CutOptions? options = null, IProgress<MonteCarloProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= new CutOptions();
        options.Validate();
        var model = new CutModel(gaps, scenario, options, progress);
        return model.BuildResult();
    }

    /// <summary>Computes the funding risk of every offering at a date, before any scenario.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="date">The date.</param>
    /// <param name="options">Risk options; default <see cref="FundingRiskOptions.Default"/>.</param>
    /// <returns>One risk per offering, in data order.</returns>
    public static IReadOnlyList<FundingRisk> Risks(PlanningData data, LocalDate date, FundingRiskOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= FundingRiskOptions.Default;
        options.Validate();
        var w = options.Weights();
        return data.Offerings.Select(o => FundingRisk.ComputeValidated(o, date, options, w)).ToArray();
    }
}

/// <summary>The engine: arrays over offerings and cells; shared by the result, the Monte Carlo and the rescue planner.</summary>
internal sealed class CutModel
{
    internal readonly PlanningData Data;
    internal readonly GapAnalysisResult GapResult;
    internal readonly LocalDate AsOf;
    internal readonly CutScenario Scenario;
    internal readonly CutOptions Options;
    internal readonly IProgress<MonteCarloProgress>? Progress;
    internal readonly Offering[] Off;
    internal readonly IReadOnlyList<LineCut[]> LineCuts;
    internal readonly CutExposure[] Exposures;
    internal readonly ResponseParameters[] Parameters;
    /// <summary>Per offering: its provider statements (data order).</summary>
    internal readonly ProviderStatement[][] Statements;
    /// <summary>Every provider statement of the data set with its status, in data order.</summary>
    internal readonly StatementOutcome[] StatementOutcomes;
    internal readonly double[] Capacity;
    /// <summary>Base spaces of the gap analysis, in its order.</summary>
    internal readonly SpaceId[] Leaves;
    internal readonly double[] LeafPopulation;
    internal readonly double[] LeafNeed;
    /// <summary>The norms' (domain, unit), in catalogue order; cell c = base position × GroupCount + norm index, the gap analysis' row index.</summary>
    internal readonly (ServiceDomain Domain, CapacityUnit Unit)[] Groups;
    internal readonly int GroupCount;
    /// <summary>Demand per cell (0 where unknown; see <see cref="DemandKnown"/>).</summary>
    internal readonly double[] Demand;
    internal readonly bool[] DemandKnown;

    /// <summary>Whether the cell's norm is marked not surveyed (class <see cref="CoverageClass.NotSurveyed"/> before and after).</summary>
    internal readonly bool[] NotSurveyed;
    internal readonly double[] GroupDemand;
    internal readonly double[] SupplyBefore;
    internal readonly double[] NeedWeight;
    internal readonly int[] OffStart;
    internal readonly int[] OffCell;
    internal readonly double[] OffWeight;
    /// <summary>Per offering: the norm index whose cells it supplies, or −1 when the gap analysis did not count it.</summary>
    internal readonly int[] OffGroup;
    internal readonly double[] RemainingNominal;
    internal readonly double[] AbsorbedNominal;
    internal readonly ResponseKind[] KindNominal;
    internal readonly double[] SupplyAfterNominal;
    internal double[]? AllocUnmetBefore;
    internal double[]? AllocUnmetAfter;
    internal UnmetDemandMethod UnmetMethod = UnmetDemandMethod.Local;

    internal int CellCount => Demand.Length;

    internal CutModel(GapAnalysisResult gaps, CutScenario scenario, CutOptions options, IProgress<MonteCarloProgress>? progress)
    {
        GapResult = gaps;
        Data = gaps.Data;
        AsOf = gaps.AsOf;
        Scenario = scenario;
        Options = options;
        Progress = progress;
        Off = Data.Offerings.ToArray();
        var n = Off.Length;
        var region = Data.Region;
        var layout = gaps.Layout;
        var bCount = layout.BaseCount;
        var norms = gaps.Norms.Norms;
        GroupCount = norms.Count;
        Groups = norms.Select(x => (x.Domain, x.Unit)).ToArray();

        // Base spaces, their population and need (Φ of the gap analysis' need index z; z = 0 where it has none).
        Leaves = layout.Bases.Select(i => layout.Spaces[i].Id).ToArray();
        LeafPopulation = Leaves.Select(id => (double)(region.AggregatePopulationTotal(id) ?? 0)).ToArray();
        var z = gaps.DemandTable.Z;
        LeafNeed = z.Select(v => Normal.CDF(0, 1, double.IsNaN(v) ? 0 : v)).ToArray();

        // Cells = the gap analysis' base rows (row index b * K + k).
        var cells = bCount * GroupCount;
        Demand = new double[cells];
        DemandKnown = new bool[cells];
        NotSurveyed = new bool[cells];
        SupplyBefore = new double[cells];
        for (var c = 0; c < cells; c++)
        {
            var row = gaps.Rows[c];
            DemandKnown[c] = row.Demand is not null && !row.Norm.NotSurveyed;
            NotSurveyed[c] = row.Norm.NotSurveyed;
            Demand[c] = DemandKnown[c] ? row.Demand!.Value : 0;   // unknown or not surveyed: no unmet demand
            SupplyBefore[c] = row.Supply;
        }

        // Offering → cells (CSR in data order) from the gap analysis' supply attribution: weight = contribution / capacity.
        var dataIndex = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++) dataIndex[Off[i].Id] = i;
        var sorted = gaps.SortedOfferings;
        var supply = gaps.SupplyTable;
        var perOffering = new List<(int Cell, double Amount)>[n];
        for (var key = 0; key < supply.ContributionStart.Length - 1; key++)
        {
            var k = key / bCount;
            var b = key % bCount;
            for (var q = supply.ContributionStart[key]; q < supply.ContributionStart[key + 1]; q++)
            {
                var i = dataIndex[sorted[supply.ContributionOffering[q]].Id];
                (perOffering[i] ??= []).Add((b * GroupCount + k, supply.ContributionAmount[q]));
            }
        }
        Capacity = new double[n];
        OffStart = new int[n + 1];
        OffGroup = new int[n];
        var cellList = new List<int>();
        var weightList = new List<double>();
        for (var i = 0; i < n; i++)
        {
            Capacity[i] = Off[i].Capacity.Amount;
            OffGroup[i] = -1;
            if (perOffering[i] is { } list)
            {
                list.Sort((x, y) => x.Cell.CompareTo(y.Cell));
                foreach (var (c, amount) in list)
                {
                    cellList.Add(c);
                    weightList.Add(Capacity[i] > 0 ? amount / Capacity[i] : 0);
                }
                OffGroup[i] = list[0].Cell % GroupCount;
            }
            OffStart[i + 1] = cellList.Count;
        }
        OffCell = cellList.ToArray();
        OffWeight = weightList.ToArray();

        GroupDemand = new double[GroupCount];
        for (var c = 0; c < cells; c++) GroupDemand[c % GroupCount] += Demand[c];
        NeedWeight = new double[cells];
        for (var c = 0; c < cells; c++)
        {
            var gd = GroupDemand[c % GroupCount];
            NeedWeight[c] = gd > 0 ? 2 * LeafNeed[c / GroupCount] / gd : 0;
        }

        // Scenario and nominal response.
        LineCuts = scenario.Apply(Off, AsOf);
        var statementIndex = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var allStatements = Data.ProviderStatements;
        for (var s = 0; s < allStatements.Count; s++)
        {
            if (!statementIndex.TryGetValue(allStatements[s].OfferingId, out var list)) statementIndex[allStatements[s].OfferingId] = list = [];
            list.Add(s);
        }
        var outcomes = new StatementOutcome?[allStatements.Count];
        Exposures = new CutExposure[n];
        Parameters = new ResponseParameters[n];
        Statements = new ProviderStatement[n][];
        RemainingNominal = new double[n];
        AbsorbedNominal = new double[n];
        KindNominal = new ResponseKind[n];
        for (var i = 0; i < n; i++)
        {
            Data.ProvidersById.TryGetValue(Off[i].ProviderId, out var provider);
            var p = options.Response.For(provider);
            var mine = statementIndex.TryGetValue(Off[i].Id, out var idx) ? idx.ToArray() : [];
            Parameters[i] = p;
            Statements[i] = mine.Select(k => allStatements[k]).ToArray();
            Exposures[i] = CutExposure.Build(Off[i], AsOf, LineCuts[i], p, options.Response, Statements[i], out var ev);
            for (var k = 0; k < mine.Length; k++) outcomes[mine[k]] = new StatementOutcome(allStatements[mine[k]], mine[k], ev.Status[k], ev.Share[k], ev.YearShare[k]);
            KindNominal[i] = Exposures[i].Respond(p, options.Response.CapAbsorptionAtOwnFunds, out RemainingNominal[i], out AbsorbedNominal[i]);
        }
        SupplyAfterNominal = SupplyAfter(RemainingNominal);
        // A statement about an offering the data set does not have (validation reports it): never applies.
        for (var s = 0; s < outcomes.Length; s++)
            outcomes[s] ??= new StatementOutcome(allStatements[s], s, StatementStatus.OfferingNotCut, null, StatementOutcome.YearShareOf(allStatements[s].EffectiveFrom, AsOf.Year));
        StatementOutcomes = outcomes!;
    }

    internal double[] SupplyAfter(ReadOnlySpan<double> remaining)
    {
        var s = (double[])SupplyBefore.Clone();
        for (var i = 0; i < Off.Length; i++)
        {
            var lost = Capacity[i] * (1 - remaining[i]);
            if (lost == 0) continue;
            for (var k = OffStart[i]; k < OffStart[i + 1]; k++) s[OffCell[k]] -= lost * OffWeight[k];
        }
        for (var c = 0; c < s.Length; c++) if (s[c] < 0) s[c] = 0;
        return s;
    }

    internal double UnmetShare(ReadOnlySpan<double> supply)
    {
        double u = 0;
        for (var c = 0; c < supply.Length; c++)
        {
            var gd = GroupDemand[c % GroupCount];
            if (gd > 0) u += Math.Max(0, Demand[c] - supply[c]) / gd;
        }
        return u;
    }

    internal double NeedWeightedUnmet(ReadOnlySpan<double> supply)
    {
        double u = 0;
        for (var c = 0; c < supply.Length; c++) u += NeedWeight[c] * Math.Max(0, Demand[c] - supply[c]);
        return u;
    }

    /// <summary>The class of cell c at a supply: the gap analysis' rule and thresholds.</summary>
    internal CoverageClass ClassOf(int c, double supply) => NotSurveyed[c] ? CoverageClass.NotSurveyed
        : CoverageRow.ClassOf(supply, Demand[c], DemandKnown[c], GapResult.Options.Thresholds);

    /// <summary>Coverage of cell c at a supply in percent (the gap analysis' formula), NaN without (known) demand.</summary>
    internal double CoverageOf(int c, double supply) => DemandKnown[c] && Demand[c] > 0 ? CoverageRow.Percent(supply, Demand[c]) : double.NaN;

    internal CutResult BuildResult()
    {
        var n = Off.Length;
        var o = Options;
        var riskWeights = o.Risk.Weights();
        var iw = o.Impact;
        var iwSum = iw.Base + iw.Need + iw.LackOfAlternatives + iw.Vulnerability;
        var offerings = new OfferingImpact[n];
        var after = SupplyAfterNominal;
        for (var i = 0; i < n; i++)
        {
            var risk = FundingRisk.ComputeValidated(Off[i], AsOf, o.Risk, riskWeights);
            var category = o.CategoryRule.Classify(Off[i].Funding, AsOf);
            var comp = Components(i, RemainingNominal[i], after);
            var impact = comp.SupplyLostShare * (iw.Base + iw.Need * comp.Need + iw.LackOfAlternatives * comp.LackOfAlternatives + iw.Vulnerability * comp.Vulnerability) / iwSum;
            var lines = LineCuts[i].Where(c => c.ScenarioLine >= 0 && c.AmountPerYear > 0).Select(c => c.ScenarioLine).Distinct().Order().ToArray();
            offerings[i] = new OfferingImpact(Off[i], category, risk, Exposures[i], KindNominal[i], RemainingNominal[i], AbsorbedNominal[i], comp, impact, lines)
            {
                CuttableBudget = OfferingImpact.Cuttable(Off[i], AsOf),
            };
        }

        MonteCarloOutput? mc = o.Draws > 0 ? MonteCarlo.Run(this) : null;
        if (o.AllocationRadiusKm is { } radius) Allocate(radius);

        var cells = new List<CellImpact>(CellCount);
        for (var c = 0; c < CellCount; c++)
        {
            var l = c / GroupCount;
            var g = c % GroupCount;
            var sb = SupplyBefore[c];
            var sa = after[c];
            if (sb == 0 && Demand[c] == 0) continue;   // no supply and no (known) demand: nothing to report
            var cb = ClassOf(c, sb);
            var ca = ClassOf(c, sa);
            var affected = PeopleAffected(GapResult.Rows[c], sb, sa);
            double pu, p05, p50, p95, mean;
            if (mc is { } m)
            {
                pu = m.ProbabilityUnder[c];
                p05 = m.CoverageP05[c];
                p50 = m.CoverageP50[c];
                p95 = m.CoverageP95[c];
                mean = m.CoverageMean[c];
            }
            else
            {
                pu = ca.IsUnderSupply() ? 1 : 0;
                p05 = p50 = p95 = mean = CoverageOf(c, sa);
            }
            if (!DemandKnown[c]) pu = double.NaN;   // unknown demand: no statement about under-supply
            cells.Add(new CellImpact(GapResult.Rows[c], sb, sa, cb, ca,
                AllocUnmetBefore?[c] ?? Math.Max(0, Demand[c] - sb), AllocUnmetAfter?[c] ?? Math.Max(0, Demand[c] - sa), affected, LeafNeed[l], pu, p05, p50, p95, mean));
        }

        // One row per (domain, unit): the norms' pairs and the offerings' pairs, in domain then unit order.
        var byDomain = new List<DomainImpact>();
        foreach (var (domain, unit) in Groups.Concat(Off.Select(x => (x.Domain, x.Capacity.Unit))).Distinct().OrderBy(g => g.Domain).ThenBy(g => g.Item2))
        {
            var members = Enumerable.Range(0, n).Where(i => Off[i].Domain == domain && Off[i].Capacity.Unit == unit).ToArray();
            var dc = cells.Where(x => x.Domain == domain && x.Unit == unit).ToArray();
            byDomain.Add(DomainGroup(domain, unit, members, offerings, dc.Count(x => x.NewlyUnderSupplied), dc.Sum(x => x.UnmetBefore), dc.Sum(x => x.UnmetAfter)));
        }
        var byCategory = new List<CategoryImpact>();
        var allLost = offerings.Aggregate(0m, (sum, x) => sum + x.LostFunding);
        var allClosed = offerings.Count(x => x.Closed);
        foreach (var cat in new[] { FundingCategory.Full, FundingCategory.Partial, FundingCategory.ProviderFinanced, FundingCategory.NotClassifiable })
        {
            var members = Enumerable.Range(0, n).Where(i => offerings[i].Category == cat).ToArray();
            if (cat == FundingCategory.NotClassifiable && members.Length == 0) continue;
            byCategory.Add(new CategoryImpact(cat, members, offerings, allLost, allClosed));
        }
        return new CutResult(GapResult, Scenario, Options, offerings, cells, byDomain, byCategory, mc?.Summary, this);
    }

    /// <summary>People affected in a cell: the row's target population T (the norm's target group, e.g. minors for family
    /// counselling) × the share of the row's supply lost, T × (S_before − S_after) / S_before; 0 when nothing is lost or
    /// there was no supply; NaN when something is lost and T is unknown.</summary>
    internal static double PeopleAffected(CoverageRow row, double supplyBefore, double supplyAfter)
    {
        if (supplyBefore <= 0 || supplyAfter >= supplyBefore) return 0;
        return row.TargetPopulation is { } t ? t * (supplyBefore - supplyAfter) / supplyBefore : double.NaN;
    }

    /// <summary>People affected in total: Σ over base spaces of min(population, Σ of the space's cells), unknown cells
    /// left out. A person in the target groups of several norms is counted once per norm, but never more often than
    /// the space has inhabitants, so the total never exceeds the county's population.</summary>
    internal double PeopleAffectedTotal(IReadOnlyList<CellImpact> cells)
    {
        var perSpace = new double[Leaves.Length];
        var index = new Dictionary<SpaceId, int>(Leaves.Length);
        for (var l = 0; l < Leaves.Length; l++) index[Leaves[l]] = l;
        foreach (var c in cells)
            if (!double.IsNaN(c.PeopleAffected) && index.TryGetValue(c.Space, out var l)) perSpace[l] += c.PeopleAffected;
        double total = 0;
        for (var l = 0; l < Leaves.Length; l++) total += Math.Min(LeafPopulation[l], perSpace[l]);
        return total;
    }

    /// <summary>Unmet demand before and after through the capacity-constrained allocation (min-cost flow), per group.</summary>
    private void Allocate(double radius)
    {
        var region = Data.Region;
        var zoneLat = new double[Leaves.Length];
        var zoneLon = new double[Leaves.Length];
        for (var l = 0; l < Leaves.Length; l++)
        {
            if (region[Leaves[l]].Centroid is not { } p) { UnmetMethod = UnmetDemandMethod.LocalSpaceWithoutCentroid; return; }
            zoneLat[l] = p.Latitude;
            zoneLon[l] = p.Longitude;
        }
        var siteLat = new double[Off.Length];
        var siteLon = new double[Off.Length];
        for (var i = 0; i < Off.Length; i++)
        {
            if ((Off[i].Point ?? region[Off[i].Location].Centroid) is not { } p) { UnmetMethod = UnmetDemandMethod.LocalOfferingWithoutCoordinates; return; }
            siteLat[i] = p.Latitude;
            siteLon[i] = p.Longitude;
        }
        var zoneIds = Leaves.Select(x => x.Value).ToArray();
        var before = new double[CellCount];
        var after = new double[CellCount];
        var demand = new double[Leaves.Length];
        for (var g = 0; g < GroupCount; g++)
        {
            var members = Enumerable.Range(0, Off.Length).Where(i => OffGroup[i] == g).ToArray();
            for (var l = 0; l < Leaves.Length; l++) demand[l] = Demand[l * GroupCount + g];
            if (members.Length == 0)
            {
                for (var l = 0; l < Leaves.Length; l++) before[l * GroupCount + g] = after[l * GroupCount + g] = demand[l];
                continue;
            }
            var costs = Access.TravelCosts.FromCoordinates(zoneIds, zoneLat, zoneLon, members.Select(i => Off[i].Id).ToArray(),
                members.Select(i => siteLat[i]).ToArray(), members.Select(i => siteLon[i]).ToArray(), Access.CoordinateSystem.Wgs84, radius);
            var capBefore = members.Select(i => Capacity[i]).ToArray();
            var capAfter = members.Select(i => Capacity[i] * RemainingNominal[i]).ToArray();
            var rb = Access.CapacityAllocation.Allocate(costs, demand, capBefore);
            var ra = Access.CapacityAllocation.Allocate(costs, demand, capAfter);
            for (var l = 0; l < Leaves.Length; l++)
            {
                before[l * GroupCount + g] = rb.Unmet[l];
                after[l * GroupCount + g] = ra.Unmet[l];
            }
        }
        AllocUnmetBefore = before;
        AllocUnmetAfter = after;
        UnmetMethod = UnmetDemandMethod.CapacityAllocation;
    }


    /// <summary>The row of one (domain, unit): capacities summed through <see cref="Offerings.Capacity.Sum"/>, which throws on a mixed unit.</summary>
    private static DomainImpact DomainGroup(ServiceDomain domain, CapacityUnit unit, int[] members, OfferingImpact[] offerings, int newly, double unmetBefore, double unmetAfter)
    {
        var before = Offerings.Capacity.Sum(members.Select(i => offerings[i].CapacityBefore), unit);
        var after = Offerings.Capacity.Sum(members.Select(i => offerings[i].CapacityAfter), unit);
        return new DomainImpact(domain, unit, members, offerings, before, after, newly, unmetBefore, unmetAfter);
    }

    /// <summary>Impact components of offering i at its remaining share, given the supply after the cut.</summary>
    internal ImpactComponents Components(int i, double remaining, ReadOnlySpan<double> after)
    {
        var v = Off[i].TargetGroup?.Vulnerable == true ? 1.0 : 0.0;
        var lost = Capacity[i] * (1 - remaining);
        if (OffStart[i] == OffStart[i + 1])
        {
            // Not in the coverage model (no norm for its domain and unit, or not placeable): its own lost share, the need
            // of its location's base space, and no statement about alternatives (no demand known).
            var loc = Data.Region.IndexOf(Off[i].Location);
            var b = loc >= 0 ? GapResult.Layout.BaseOf[loc] : -1;
            return new ImpactComponents(Capacity[i] > 0 ? Math.Min(1, lost / Capacity[i]) : 0, b >= 0 ? LeafNeed[b] : 0.5, 0, v);
        }
        double supplyServed = 0, demandServed = 0, others = 0, need = 0;
        var capAfter = Capacity[i] * remaining;
        for (var k = OffStart[i]; k < OffStart[i + 1]; k++)
        {
            var c = OffCell[k];
            supplyServed += SupplyBefore[c];
            demandServed += Demand[c];
            others += Math.Max(0, after[c] - capAfter * OffWeight[k]);
            need += OffWeight[k] * LeafNeed[c / GroupCount];
        }
        var s = supplyServed > 0 ? Math.Min(1, lost / supplyServed) : 0;
        var a = demandServed > 0 ? 1 - Math.Min(1, others / demandServed) : 0;
        return new ImpactComponents(s, need, a, v);
    }
}
