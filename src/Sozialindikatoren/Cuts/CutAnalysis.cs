using System.Globalization;
using MathNet.Numerics.Distributions;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Cuts;

/// <summary>
/// The cut analysis (<em>Kürzungsfolgenanalyse</em>): applies a scenario to a data set at a date, models each provider's
/// response, and reports losses, supply, coverage, unmet demand, impact scores and the Monte Carlo over uncertain responses.
/// </summary>
/// <remarks>
/// <para>Supply model: each offering's capacity is shared over the leaf spaces it serves (its served spaces expanded to their
/// leaves) in proportion to population (equally when no population is known), or, with
/// <see cref="CutOptions.SplitSupplyByDemand"/> and the group's demand given, in proportion to the required capacity of those
/// leaves (the split of the gap analysis' served-area supply). Cells are leaf × (domain, unit); capacities
/// of different units are never added. Unmet demand is local: max(0, demand − supply) per cell. Demand comes from
/// <see cref="CutOptions.Demand"/> or, without it, is relative (each domain's total supply spread over the leaves pro rata to
/// population, so 100 % = the region's average).</para>
/// <para>Deterministic: same inputs and seed give bit-identical results for any <see cref="CutOptions.MaxThreads"/>.</para>
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class CutAnalysis
{
    /// <summary>Runs the analysis.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="scenario">The scenario (use <see cref="CutScenario.Scale"/> for deeper or milder cuts).</param>
    /// <param name="options">Options; default <c>new CutOptions()</c>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An invalid option (named).</exception>
    public static CutResult Run(PlanningData data, CutScenario scenario, CutOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= new CutOptions();
        Validate(options);
        var model = new CutModel(data, scenario, options);
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

    /// <summary>
    /// Demand per base space, domain and unit from a gap analysis (<em>Bedarf aus der Versorgungsanalyse</em>), for
    /// <see cref="CutOptions.Demand"/>: every non-aggregate row whose demand is known (≥ 0). Rows with unknown demand are left
    /// out; a (domain, unit) without any known row then gets relative demand in the cut analysis (documented there).
    /// </summary>
    /// <param name="gaps">The gap analysis, e.g. <c>GapAnalysis.Run(data, SupplyNorms.Default, asOf)</c>.</param>
    /// <returns>The demand entries in row order.</returns>
    public static IReadOnlyList<DemandEntry> DemandFrom(Gaps.GapAnalysisResult gaps)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        return gaps.Rows.Where(r => !r.IsAggregate && r.Demand is >= 0)
            .Select(r => new DemandEntry(r.Space.Id, r.Domain, r.Unit, r.Demand!.Value)).ToArray();
    }

    /// <summary>
    /// Need per space from a social index (<em>Sozialindex</em>): the status z-score of every space that has one (higher =
    /// more need), for <see cref="CutOptions.Need"/>. Spaces without a status (excluded, too few indicators) are left out
    /// and get average need (z = 0) in the analysis.
    /// </summary>
    /// <param name="index">The social index result, e.g. <c>SocialIndex.Compute(data, SocialIndexOptions.StatusOnly)</c>.</param>
    /// <returns>Space → status z.</returns>
    public static IReadOnlyDictionary<SpaceId, double> NeedFrom(Composite.SocialIndexResult index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var result = new Dictionary<SpaceId, double>();
        foreach (var e in index.Entries)
            if (e.HasStatus && !e.Excluded) result[e.Space] = e.StatusZ;
        return result;
    }

    private static void Validate(CutOptions options)
    {
        var o = options;
        ValidateCore(o);
    }

    private static void ValidateCore(CutOptions options)
    {
        var o = options;
        if (o.Draws < 0) throw new ArgumentOutOfRangeException(nameof(options), o.Draws, $"CutOptions.Draws: must be >= 0, was {o.Draws.ToString(CultureInfo.InvariantCulture)}.");
        if (o.MaxThreads < 1) throw new ArgumentOutOfRangeException(nameof(options), o.MaxThreads, $"CutOptions.MaxThreads: must be >= 1, was {o.MaxThreads.ToString(CultureInfo.InvariantCulture)}.");
        if (o.AllocationRadiusKm is { } rad && !(rad >= 0)) throw new ArgumentOutOfRangeException(nameof(options), rad, "CutOptions.AllocationRadiusKm: must be >= 0 or null.");
        if (o.MaxCellDrawValues < 0) throw new ArgumentOutOfRangeException(nameof(options), o.MaxCellDrawValues, "CutOptions.MaxCellDrawValues: must be >= 0.");
        ArgumentNullException.ThrowIfNull(o.Risk, nameof(CutOptions.Risk));
        ArgumentNullException.ThrowIfNull(o.Response, nameof(CutOptions.Response));
        ArgumentNullException.ThrowIfNull(o.Impact, nameof(CutOptions.Impact));
        ArgumentNullException.ThrowIfNull(o.Coverage, nameof(CutOptions.Coverage));
        ArgumentNullException.ThrowIfNull(o.CategoryRule, nameof(CutOptions.CategoryRule));
        o.Risk.Validate();
        o.Response.Validate();
        o.Impact.Validate();
        o.Coverage.Validate();
        CheckRange(o.AbsorbableShare, 0, 1, "AbsorbableShare");
        CheckRange(o.Elasticity, 0, double.MaxValue, "Elasticity");
        CheckRange(o.ViabilityThreshold, 0, 1, "ViabilityThreshold");
    }

    private static void CheckRange(ParameterDistribution d, double lo, double hi, string name)
    {
        if (d.Min < lo || d.Max > hi)
            throw new ArgumentOutOfRangeException(nameof(d), d.ToString(), string.Create(CultureInfo.InvariantCulture, $"CutOptions.{name}: support must lie in [{lo}, {hi}], was {d}."));
    }
}

/// <summary>The engine: arrays over offerings and cells; shared by the result, the Monte Carlo and the rescue planner.</summary>
internal sealed class CutModel
{
    internal readonly PlanningData Data;
    internal readonly CutScenario Scenario;
    internal readonly CutOptions Options;
    internal readonly Offering[] Off;
    internal readonly IReadOnlyList<LineCut[]> LineCuts;
    internal readonly CutExposure[] Exposures;
    internal readonly ResponseParameters[] Parameters;
    internal readonly ProviderStatement?[] Statements;
    internal readonly double[] Capacity;
    internal readonly SpaceId[] Leaves;
    internal readonly double[] LeafPopulation;
    internal readonly double[] LeafNeed;
    internal readonly (ServiceDomain Domain, CapacityUnit Unit)[] Groups;
    internal readonly int GroupCount;
    internal readonly double[] Demand;
    internal readonly double[] GroupDemand;
    internal readonly double[] SupplyBefore;
    internal readonly double[] NeedWeight;
    internal readonly int[] OffStart;
    internal readonly int[] OffCell;
    internal readonly double[] OffWeight;
    internal readonly double[] RemainingNominal;
    internal readonly double[] AbsorbedNominal;
    internal readonly ResponseKind[] KindNominal;
    internal readonly double[] SupplyAfterNominal;
    internal readonly string DemandMethod;
    internal double[]? AllocUnmetBefore;
    internal double[]? AllocUnmetAfter;
    internal string UnmetMethod = "lokal: max(0, Bedarf − Angebot) je Sozialraum und Handlungsfeld";

    internal int CellCount => Demand.Length;

    internal CutModel(PlanningData data, CutScenario scenario, CutOptions options)
    {
        Data = data;
        Scenario = scenario;
        Options = options;
        Off = data.Offerings.ToArray();
        var n = Off.Length;
        var region = data.Region;

        // Leaves in region order.
        var leafIndex = new Dictionary<SpaceId, int>();
        var leaves = new List<SpaceId>();
        foreach (var s in region.Spaces)
        {
            if (region.ChildrenOf(s.Id).Count > 0) continue;
            leafIndex[s.Id] = leaves.Count;
            leaves.Add(s.Id);
        }
        Leaves = leaves.ToArray();
        LeafPopulation = Leaves.Select(id => (double)(region.AggregatePopulationTotal(id) ?? 0)).ToArray();
        LeafNeed = Leaves.Select(id => Normal.CDF(0, 1, NeedZ(region, id, options.Need))).ToArray();
        var leavesOf = new Dictionary<SpaceId, int[]>();
        int[] LeavesOfSpace(SpaceId id)
        {
            if (!leavesOf.TryGetValue(id, out var arr))
            {
                arr = region.LeavesOf(id).Select(s => leafIndex[s.Id]).ToArray();
                leavesOf[id] = arr;
            }
            return arr;
        }

        // Groups (domain, unit): from offerings, then from demand entries; sorted by domain taxonomy order then unit.
        var groupSet = new HashSet<(ServiceDomain, CapacityUnit)>();
        foreach (var o in Off) groupSet.Add((o.Domain, o.Capacity.Unit));
        if (options.Demand is { } dem) foreach (var e in dem) groupSet.Add((e.Domain, e.Unit));
        Groups = groupSet.OrderBy(g => g.Item1).ThenBy(g => g.Item2).ToArray();
        GroupCount = Groups.Length;
        var groupIndex = new Dictionary<(ServiceDomain, CapacityUnit), int>();
        for (var g = 0; g < Groups.Length; g++) groupIndex[Groups[g]] = g;
        var cells = Leaves.Length * GroupCount;

        // Demand first: given entries (spread over a space's leaves by population); groups without any entry get relative
        // demand below (the group's supply spread by population).
        Demand = new double[cells];
        var totalPop = LeafPopulation.Sum();
        var given = new bool[GroupCount];
        if (options.Demand is { } entries)
        {
            foreach (var e in entries)
            {
                if (!region.Contains(e.Space)) throw new ArgumentOutOfRangeException(nameof(options), e.Space.Value, $"CutOptions.Demand: unknown space '{e.Space}'.");
                var g = groupIndex[(e.Domain, e.Unit)];
                given[g] = true;
                var ls = LeavesOfSpace(e.Space);
                double p = 0;
                foreach (var l in ls) p += LeafPopulation[l];
                foreach (var l in ls) Demand[l * GroupCount + g] += e.Amount * (p > 0 ? LeafPopulation[l] / p : 1.0 / ls.Length);
            }
        }
        // Offering → cells (CSR). Weights by population; with CutOptions.SplitSupplyByDemand and the group's demand given, in
        // proportion to the required capacity of the served leaves (as the gap analysis' served-area supply does).
        Capacity = new double[n];
        OffStart = new int[n + 1];
        var cellList = new List<int>();
        var weightList = new List<double>();
        SupplyBefore = new double[cells];
        for (var i = 0; i < n; i++)
        {
            var o = Off[i];
            Capacity[i] = o.Capacity.Amount;
            var g = groupIndex[(o.Domain, o.Capacity.Unit)];
            var served = new List<int>();
            var seen = new HashSet<int>();
            foreach (var s in o.ServedSpaces)
                foreach (var l in LeavesOfSpace(s))
                    if (seen.Add(l)) served.Add(l);
            served.Sort();
            double pop = 0, need = 0;
            foreach (var l in served)
            {
                pop += LeafPopulation[l];
                if (options.SplitSupplyByDemand && given[g]) need += Demand[l * GroupCount + g];
            }
            foreach (var l in served)
            {
                var w = need > 0 ? Demand[l * GroupCount + g] / need : pop > 0 ? LeafPopulation[l] / pop : 1.0 / served.Count;
                var c = l * GroupCount + g;
                cellList.Add(c);
                weightList.Add(w);
                SupplyBefore[c] += Capacity[i] * w;
            }
            OffStart[i + 1] = cellList.Count;
        }
        OffCell = cellList.ToArray();
        OffWeight = weightList.ToArray();

        var relative = 0;
        for (var g = 0; g < GroupCount; g++)
        {
            if (given[g]) continue;
            relative++;
            double total = 0;
            for (var l = 0; l < Leaves.Length; l++) total += SupplyBefore[l * GroupCount + g];
            for (var l = 0; l < Leaves.Length; l++)
                Demand[l * GroupCount + g] = total * (totalPop > 0 ? LeafPopulation[l] / totalPop : 1.0 / Leaves.Length);
        }
        GivenDemand = given;
        DemandMethod = relative == 0 ? "gegeben (CutOptions.Demand)"
            : relative == GroupCount ? "relativ: Angebot des Handlungsfelds im Kreis anteilig nach Einwohnern verteilt (100 % = Kreisdurchschnitt)"
            : string.Create(CultureInfo.InvariantCulture, $"gegeben (CutOptions.Demand) für {GroupCount - relative} Handlungsfelder; relativ (100 % = Kreisdurchschnitt) für {relative} ohne Bedarfsangabe");
        GroupDemand = new double[GroupCount];
        for (var c = 0; c < cells; c++) GroupDemand[c % GroupCount] += Demand[c];
        NeedWeight = new double[cells];
        for (var c = 0; c < cells; c++)
        {
            var gd = GroupDemand[c % GroupCount];
            NeedWeight[c] = gd > 0 ? 2 * LeafNeed[c / GroupCount] / gd : 0;
        }

        // Scenario and nominal response.
        LineCuts = scenario.Apply(Off, options.AsOf);
        var statements = new Dictionary<string, ProviderStatement>(StringComparer.Ordinal);
        foreach (var st in data.ProviderStatements)
            if (!statements.TryGetValue(st.OfferingId, out var prev) || st.ReportedOn >= prev.ReportedOn) statements[st.OfferingId] = st;
        Exposures = new CutExposure[n];
        Parameters = new ResponseParameters[n];
        Statements = new ProviderStatement?[n];
        RemainingNominal = new double[n];
        AbsorbedNominal = new double[n];
        KindNominal = new ResponseKind[n];
        for (var i = 0; i < n; i++)
        {
            data.ProvidersById.TryGetValue(Off[i].ProviderId, out var provider);
            var p = options.Response.For(provider);
            statements.TryGetValue(Off[i].Id, out var statement);
            Parameters[i] = p;
            Statements[i] = statement;
            Exposures[i] = CutExposure.Build(Off[i], options.AsOf, LineCuts[i], p, options.Response, statement);
            KindNominal[i] = Exposures[i].Respond(p, options.Response.CapAbsorptionAtOwnFunds, out RemainingNominal[i], out AbsorbedNominal[i]);
        }
        SupplyAfterNominal = SupplyAfter(RemainingNominal);
    }

    private static double NeedZ(Region region, SpaceId id, IReadOnlyDictionary<SpaceId, double>? need)
    {
        if (need is null) return 0;
        if (need.TryGetValue(id, out var z) && double.IsFinite(z)) return z;
        foreach (var a in region.AncestorsOf(id))
            if (need.TryGetValue(a.Id, out var za) && double.IsFinite(za)) return za;
        return 0;
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

    internal CoverageClass ClassOf(int c, double supply) =>
        !GivenDemand[c % GroupCount] ? CoverageClass.Unknown : Options.Coverage.Classify(Demand[c] > 0 ? 100 * supply / Demand[c] : double.NaN);

    /// <summary>Per group: whether its demand was given (absolute) rather than relative.</summary>
    internal readonly bool[] GivenDemand;

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
            var risk = FundingRisk.ComputeValidated(Off[i], o.AsOf, o.Risk, riskWeights);
            var category = o.CategoryRule.Classify(Off[i].Funding, o.AsOf);
            var comp = Components(i, RemainingNominal[i], after);
            var impact = comp.SupplyLostShare * (iw.Base + iw.Need * comp.Need + iw.LackOfAlternatives * comp.LackOfAlternatives + iw.Vulnerability * comp.Vulnerability) / iwSum;
            var lines = LineCuts[i].Where(c => c.ScenarioLine >= 0 && c.AmountPerYear > 0).Select(c => c.ScenarioLine).Distinct().Order().ToArray();
            offerings[i] = new OfferingImpact(Off[i], category, risk, Exposures[i], KindNominal[i], RemainingNominal[i], AbsorbedNominal[i], comp, impact, lines);
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
            if (sb == 0 && Demand[c] == 0) continue;
            var cb = ClassOf(c, sb);
            var ca = ClassOf(c, sa);
            var affected = sb > 0 ? LeafPopulation[l] * (sb - sa) / sb : 0;
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
                pu = ca == CoverageClass.Unknown ? double.NaN : ca.IsUnderSupplied() ? 1 : 0;
                var cov = Demand[c] > 0 ? 100 * sa / Demand[c] : double.NaN;
                p05 = p50 = p95 = mean = cov;
            }
            if (!GivenDemand[g]) pu = double.NaN;   // relative demand: no absolute statement about under-supply
            cells.Add(new CellImpact(Leaves[l], Groups[g].Domain, Groups[g].Unit, Demand[c], sb, sa, cb, ca,
                AllocUnmetBefore?[c] ?? Math.Max(0, Demand[c] - sb), AllocUnmetAfter?[c] ?? Math.Max(0, Demand[c] - sa), affected, LeafNeed[l], pu, p05, p50, p95, mean));
        }

        var byDomain = new List<GroupImpact>();
        foreach (var domain in Groups.Select(g => g.Domain).Distinct())
        {
            var members = Enumerable.Range(0, n).Where(i => Off[i].Domain == domain).ToArray();
            var dc = cells.Where(x => x.Domain == domain).ToArray();
            byDomain.Add(Group(domain.Code, domain.GermanName, members, offerings, dc.Count(x => x.NewlyUnderSupplied), dc.Sum(x => x.UnmetBefore), dc.Sum(x => x.UnmetAfter)));
        }
        var byCategory = new List<GroupImpact>();
        foreach (var cat in new[] { FundingCategory.Full, FundingCategory.Partial, FundingCategory.ProviderFinanced, FundingCategory.NotClassifiable })
        {
            var members = Enumerable.Range(0, n).Where(i => offerings[i].Category == cat).ToArray();
            if (cat == FundingCategory.NotClassifiable && members.Length == 0) continue;
            byCategory.Add(Group(cat.ToCode(), cat.ToGermanLabel(), members, offerings, 0, 0, 0));
        }
        return new CutResult(Data, Scenario, Options, offerings, cells, byDomain, byCategory, mc?.Summary, this);
    }

    /// <summary>Unmet demand before and after through the capacity-constrained allocation (min-cost flow), per group.</summary>
    private void Allocate(double radius)
    {
        var region = Data.Region;
        var zoneLat = new double[Leaves.Length];
        var zoneLon = new double[Leaves.Length];
        for (var l = 0; l < Leaves.Length; l++)
        {
            if (region[Leaves[l]].Centroid is not { } p) { UnmetMethod += " (Zuordnung nicht möglich: Raum ohne Mittelpunkt)"; return; }
            zoneLat[l] = p.Latitude;
            zoneLon[l] = p.Longitude;
        }
        var siteLat = new double[Off.Length];
        var siteLon = new double[Off.Length];
        for (var i = 0; i < Off.Length; i++)
        {
            if ((Off[i].Point ?? region[Off[i].Location].Centroid) is not { } p) { UnmetMethod += " (Zuordnung nicht möglich: Angebot ohne Koordinaten)"; return; }
            siteLat[i] = p.Latitude;
            siteLon[i] = p.Longitude;
        }
        var zoneIds = Leaves.Select(x => x.Value).ToArray();
        var before = new double[CellCount];
        var after = new double[CellCount];
        var demand = new double[Leaves.Length];
        for (var g = 0; g < GroupCount; g++)
        {
            var members = Enumerable.Range(0, Off.Length).Where(i => GroupOf(i) == g).ToArray();
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
        UnmetMethod = string.Create(CultureInfo.InvariantCulture,
            $"Zuordnung mit Kapazitätsgrenzen (Min-Cost-Flow, Access.CapacityAllocation), Radius {radius} km Luftlinie, nur Nominallauf; Monte Carlo lokal");
    }

    private int GroupOf(int i) => Array.IndexOf(Groups, (Off[i].Domain, Off[i].Capacity.Unit));

    private GroupImpact Group(string key, string label, int[] members, OfferingImpact[] offerings, int newly, double unmetBefore, double unmetAfter)
    {
        decimal budget = 0, lost = 0;
        double capBefore = 0, capLost = 0, risk = 0, impact = 0;
        int affected = 0, closed = 0;
        foreach (var i in members)
        {
            var r = offerings[i];
            budget += r.Exposure.Budget;
            lost += r.LostFunding;
            capBefore += Capacity[i];
            capLost += Capacity[i] * (1 - r.RemainingShare);
            risk += r.Risk.Score;
            impact += r.Impact;
            if (r.LostFunding > 0) affected++;
            if (r.Closed) closed++;
        }
        var m = members.Length;
        return new GroupImpact(key, label, m, affected, closed, budget, lost, capBefore > 0 ? capLost / capBefore : 0,
            m > 0 ? risk / m : 0, m > 0 ? impact / m : 0, newly, unmetBefore, unmetAfter);
    }

    /// <summary>Impact components of offering i at its remaining share, given the supply after the cut.</summary>
    internal ImpactComponents Components(int i, double remaining, ReadOnlySpan<double> after)
    {
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
        var lost = Capacity[i] * (1 - remaining);
        var s = supplyServed > 0 ? Math.Min(1, lost / supplyServed) : 0;
        var a = demandServed > 0 ? 1 - Math.Min(1, others / demandServed) : 0;
        var v = Off[i].TargetGroup?.Vulnerable == true ? 1.0 : 0.0;
        return new ImpactComponents(s, need, a, v);
    }
}
