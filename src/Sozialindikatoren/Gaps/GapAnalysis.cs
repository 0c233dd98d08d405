using System.Globalization;
using NodaTime;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Gaps;

/// <summary>
/// Gap detection (<em>Bestands-Bedarfs-Abgleich</em>, <em>Versorgungslückenanalyse</em>): demand per space and domain from
/// planning norms, supply from the offering inventory, coverage (<em>Versorgungsgrad</em>), under-supply classes, gaps,
/// ranked findings with evidence, conference statements, and aggregation to planning regions and the county.
/// </summary>
/// <remarks>
/// <para><b>Spaces.</b> The base spaces are the leaves of the region (or the spaces of <see cref="GapOptions.BaseLevel"/>);
/// every ancestor of a base space is an aggregate whose figures are sums over its base spaces, so planning-region and
/// county totals are consistent with the spaces by construction.</para>
/// <para><b>Demand</b> per base space b and norm k (domain × unit): D = T × r × f with T the target population (age
/// band of the space's population, or the numerator of the latest indicator record on or before <c>asOf</c>),
/// r = the norm's need rate, f = clamp(1 + s·z_b, 0.5, 2) (s from the options, default 0 = off; z from
/// <see cref="GapOptions.NeedIndex"/>). Interval: [T_lo × r_lo × f, T_hi × r_hi × f] (count interval of indicator
/// targets: exact Poisson below 10 events, Byar from 10; norm range when <see cref="GapOptions.IncludeNormRange"/>).
/// Units are analysed separately, never added.</para>
/// <para><b>Supply</b> per base space: see <see cref="SupplyMode"/>. Offerings are processed in ordinal order of their id,
/// so results do not depend on the order of the inventory (bit-identical sums). An offering whose domain and unit have no
/// norm is not counted and is listed in <see cref="GapAnalysisResult.OfferingsWithoutNorm"/>.</para>
/// <para><b>Coverage</b> c = S / D × 100, classes by <see cref="CoverageThresholds"/>, gap G = D − S, people not covered =
/// max(G, 0) × T / D, certainty from the demand interval (<see cref="GapCertainty"/>).</para>
/// <para><b>Findings</b>: base rows with an at least possible under-supply, ranked by (max(G, 0) / D) × people not covered × f.</para>
/// <para><b>Conference statements</b> dated on or before <c>asOf</c> are compared with the class of their space and domain
/// (a statement about a space below the base level with its base ancestor).</para>
/// <para>Formulas and sources: docs/methodology.md, section "Versorgungslücken"; norms: docs/gaps.md.</para>
/// </remarks>
/// <threadsafety>All members are pure and thread-safe.</threadsafety>
public static class GapAnalysis
{
    /// <summary>Runs a gap analysis.</summary>
    /// <param name="data">The planning data set.</param>
    /// <param name="norms">The norm catalogue, e.g. <see cref="SupplyNorms.Default"/>.</param>
    /// <param name="asOf">The analysis date: selects indicator records and conference statements dated on or before it.</param>
    /// <param name="options">Options (default <see cref="GapOptions.Default"/>).</param>
    /// <returns>The immutable result.</returns>
    /// <exception cref="ArgumentException">The region has no base spaces (e.g. <see cref="GapOptions.BaseLevel"/> matches no space).</exception>
    public static GapAnalysisResult Run(PlanningData data, SupplyNorms norms, LocalDate asOf, GapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(norms);
        options ??= GapOptions.Default;
        var layout = SpaceLayout.Build(data.Region, options.BaseLevel);
        var demand = DemandTable.Build(data, layout, norms, asOf, options);
        var offerings = data.Offerings.OrderBy(o => o.Id, StringComparer.Ordinal).ToArray();
        var supply = SupplyTable.Build(offerings, data.Region, layout, norms, demand, options);
        return new GapAnalysisResult(data, norms, asOf, options, layout, demand, supply, offerings);
    }

    internal static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>Index structures over the region: base spaces, aggregates and the mapping of every space to them.</summary>
internal sealed class SpaceLayout
{
    public required SocialSpace[] Spaces { get; init; }
    public required int[] Parent { get; init; }
    /// <summary>Region index of each base space, in region order.</summary>
    public required int[] Bases { get; init; }
    /// <summary>Per region index: base position of the space or its base ancestor, else -1.</summary>
    public required int[] BaseOf { get; init; }
    /// <summary>Per region index: aggregate position, else -1.</summary>
    public required int[] AggregateOf { get; init; }
    /// <summary>Region index of each aggregate, in output order (finer levels first, then region order).</summary>
    public required int[] Aggregates { get; init; }
    /// <summary>Base positions below each aggregate (ascending).</summary>
    public required int[][] Members { get; init; }
    /// <summary>Per region index: whether it is a base space.</summary>
    public required bool[] IsBase { get; init; }

    public int BaseCount => Bases.Length;

    public static SpaceLayout Build(Region region, SpaceLevel? baseLevel)
    {
        var spaces = region.Spaces.ToArray();
        var n = spaces.Length;
        var parent = new int[n];
        var hasChildren = new bool[n];
        for (var i = 0; i < n; i++)
        {
            parent[i] = spaces[i].Parent is { } p ? region.IndexOf(p) : -1;
            if (parent[i] >= 0) hasChildren[parent[i]] = true;
        }
        var isBase = new bool[n];
        var bases = new List<int>();
        var basePos = new int[n];
        Array.Fill(basePos, -1);
        for (var i = 0; i < n; i++)
        {
            isBase[i] = baseLevel is { } lvl ? spaces[i].Level == lvl : !hasChildren[i];
            if (isBase[i])
            {
                basePos[i] = bases.Count;
                bases.Add(i);
            }
        }
        if (bases.Count == 0)
            throw new ArgumentException($"gap analysis: no base spaces (base level {(baseLevel?.ToString() ?? "leaves")}).", nameof(baseLevel));
        var baseOf = new int[n];
        for (var i = 0; i < n; i++)
        {
            var j = i;
            while (j >= 0 && !isBase[j]) j = parent[j];
            baseOf[i] = j >= 0 ? basePos[j] : -1;
        }
        var aggOf = new int[n];
        Array.Fill(aggOf, -1);
        var aggList = new List<int>();
        var members = new List<List<int>>();
        for (var b = 0; b < bases.Count; b++)
        {
            for (var p = parent[bases[b]]; p >= 0; p = parent[p])
            {
                if (aggOf[p] < 0)
                {
                    aggOf[p] = aggList.Count;
                    aggList.Add(p);
                    members.Add([]);
                }
                members[aggOf[p]].Add(b);
            }
        }
        // Output order: finer levels first (districts, municipalities, planning regions, county), region order within a level.
        var order = Enumerable.Range(0, aggList.Count)
            .OrderByDescending(a => (int)spaces[aggList[a]].Level).ThenBy(a => aggList[a]).ToArray();
        var aggregates = order.Select(a => aggList[a]).ToArray();
        var orderedMembers = order.Select(a => members[a].ToArray()).ToArray();
        for (var a = 0; a < aggregates.Length; a++) aggOf[aggregates[a]] = a;
        return new SpaceLayout
        {
            Spaces = spaces, Parent = parent, Bases = bases.ToArray(), BaseOf = baseOf, AggregateOf = aggOf,
            Aggregates = aggregates, Members = orderedMembers, IsBase = isBase,
        };
    }
}

/// <summary>Demand per norm k and base position b, flattened as k * B + b.</summary>
internal sealed class DemandTable
{
    public required double[] Target { get; init; }
    public required double[] TargetLower { get; init; }
    public required double[] TargetUpper { get; init; }
    public required double[] Demand { get; init; }
    public required double[] DemandLower { get; init; }
    public required double[] DemandUpper { get; init; }
    public required double[] Factor { get; init; }
    public required double[] Sensitivity { get; init; }
    /// <summary>z per base position (NaN when none).</summary>
    public required double[] Z { get; init; }
    public required IndicatorRecord?[][] Records { get; init; }
    public required Dictionary<string, int> RecordColumns { get; init; }
    public required SpaceId[] SpacesWithoutNeedIndex { get; init; }

    public static DemandTable Build(PlanningData data, SpaceLayout layout, SupplyNorms norms, LocalDate asOf, GapOptions options)
    {
        var region = data.Region;
        var bCount = layout.BaseCount;
        var kCount = norms.Count;
        var size = kCount * bCount;
        var t = new double[size];
        var tl = new double[size];
        var th = new double[size];
        var d = new double[size];
        var dl = new double[size];
        var dh = new double[size];
        var f = new double[size];

        // Latest indicator record on or before asOf per (indicator, base space), for the indicators the norms use.
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var n in norms.Norms)
            if (n.Target.IndicatorId is { } id && !columns.ContainsKey(id)) columns[id] = columns.Count;
        var records = new IndicatorRecord?[columns.Count][];
        for (var c = 0; c < records.Length; c++) records[c] = new IndicatorRecord?[bCount];
        if (columns.Count > 0)
        {
            foreach (var r in data.Indicators)
            {
                if (r.Date > asOf || !columns.TryGetValue(r.IndicatorId, out var c)) continue;
                var si = region.IndexOf(r.Space);
                if (!layout.IsBase[si]) continue;
                var b = layout.BaseOf[si];
                var cur = records[c][b];
                if (cur is null || r.Date > cur.Date) records[c][b] = r;
            }
        }

        // Target populations, computed once per distinct definition.
        var cache = new Dictionary<TargetPopulation, (double[] T, double[] Lo, double[] Hi)>();
        (double[] T, double[] Lo, double[] Hi) TargetsOf(TargetPopulation target)
        {
            if (cache.TryGetValue(target, out var hit)) return hit;
            var tv = new double[bCount];
            var lo = new double[bCount];
            var hi = new double[bCount];
            for (var b = 0; b < bCount; b++)
            {
                var space = layout.Spaces[layout.Bases[b]];
                if (target.Kind == TargetPopulationKind.AgeBand)
                {
                    var v = region.AggregatePopulation(space.Id, target.Band) is { } count ? count : double.NaN;
                    tv[b] = lo[b] = hi[b] = v;
                }
                else
                {
                    var rec = records[columns[target.IndicatorId!]][b];
                    if (rec is null || !rec.Numerator.HasValue || rec.Numerator.Value < 0)
                    {
                        tv[b] = lo[b] = hi[b] = double.NaN;
                        continue;
                    }
                    var x = rec.Numerator.Value;
                    var ci = Rates.Interval((long)Math.Round(x), 1, IntervalMethod.Auto, options.Confidence);
                    tv[b] = x;
                    lo[b] = Math.Min(ci.Lower, x);
                    hi[b] = Math.Max(ci.Upper, x);
                }
            }
            var result = (tv, lo, hi);
            cache[target] = result;
            return result;
        }

        var z = new double[bCount];
        var missingZ = new List<SpaceId>();
        var anySensitivity = options.NeedSensitivity != 0 || options.NeedSensitivityByDomain.Values.Any(s => s != 0);
        for (var b = 0; b < bCount; b++)
        {
            var id = layout.Spaces[layout.Bases[b]].Id;
            if (options.NeedIndex is { } ni && ni.TryGet(id, out var zv)) z[b] = zv;
            else
            {
                z[b] = double.NaN;
                if (anySensitivity) missingZ.Add(id);
            }
        }

        var sensitivity = new double[kCount];
        for (var k = 0; k < kCount; k++)
        {
            var norm = norms.Norms[k];
            var (tv, lo, hi) = TargetsOf(norm.Target);
            var s = options.SensitivityFor(norm.Domain);
            sensitivity[k] = s;
            var r = norm.Rate;
            var rl = options.IncludeNormRange ? norm.RateLower : r;
            var rh = options.IncludeNormRange ? norm.RateUpper : r;
            var off = k * bCount;
            for (var b = 0; b < bCount; b++)
            {
                var factor = s == 0 || double.IsNaN(z[b]) ? 1.0 : GapOptions.NeedFactor(s, z[b]);
                f[off + b] = factor;
                t[off + b] = tv[b];
                tl[off + b] = lo[b];
                th[off + b] = hi[b];
                d[off + b] = tv[b] * r * factor;
                dl[off + b] = lo[b] * rl * factor;
                dh[off + b] = hi[b] * rh * factor;
            }
        }
        return new DemandTable
        {
            Target = t, TargetLower = tl, TargetUpper = th, Demand = d, DemandLower = dl, DemandUpper = dh, Factor = f,
            Sensitivity = sensitivity, Z = z, Records = records, RecordColumns = columns, SpacesWithoutNeedIndex = missingZ.ToArray(),
        };
    }
}

/// <summary>How an offering's capacity was counted for a row.</summary>
internal enum ContributionKind : byte
{
    Located = 0,
    SplitFromAbove = 1,
    ServedArea = 2,
    Reachable = 3,
}

/// <summary>Supply per norm k and base position b (k * B + b), with the contributions in CSR form for the evidence.</summary>
internal sealed class SupplyTable
{
    public required double[] Supply { get; init; }
    /// <summary>CSR over row keys (k * B + b): start offsets into the contribution arrays.</summary>
    public required int[] ContributionStart { get; init; }
    public required int[] ContributionOffering { get; init; }
    public required double[] ContributionAmount { get; init; }
    public required ContributionKind[] ContributionKinds { get; init; }
    public required int[] WithoutNorm { get; init; }
    public required int[] Unassigned { get; init; }

    public static SupplyTable Build(Offering[] offerings, Region region, SpaceLayout layout, SupplyNorms norms, DemandTable demand, GapOptions options)
    {
        if (options.Supply == SupplyMode.Access) return BuildAccess(offerings, region, layout, norms, demand, options);
        var bCount = layout.BaseCount;
        var kCount = norms.Count;
        var keyIndex = new Dictionary<(ServiceDomain, CapacityUnit), int>();
        for (var k = 0; k < kCount; k++) keyIndex[(norms.Norms[k].Domain, norms.Norms[k].Unit)] = k;
        var supply = new double[kCount * bCount];
        var cOff = new List<int>(offerings.Length);
        var cKey = new List<int>(offerings.Length);
        var cAmt = new List<double>(offerings.Length);
        var cKind = new List<ContributionKind>(offerings.Length);
        var withoutNorm = new List<int>();
        var unassigned = new List<int>();
        var stamp = new int[bCount];
        var stampValue = 0;
        var targets = new List<int>();
        double[]? populationTotals = null;

        void Add(int o, int key, double amount, ContributionKind kind)
        {
            supply[key] += amount;
            cOff.Add(o);
            cKey.Add(key);
            cAmt.Add(amount);
            cKind.Add(kind);
        }

        void Split(int o, int k, double amount, List<int> bases, ContributionKind kind)
        {
            var off = k * bCount;
            double sum = 0;
            foreach (var b in bases)
            {
                var w = demand.Demand[off + b];
                if (double.IsFinite(w) && w > 0) sum += w;
            }
            if (sum > 0)
            {
                foreach (var b in bases)
                {
                    var w = demand.Demand[off + b];
                    if (double.IsFinite(w) && w > 0) Add(o, off + b, amount * (w / sum), kind);
                }
                return;
            }
            populationTotals ??= layout.Bases.Select(i => (double)(region.AggregatePopulationTotal(layout.Spaces[i].Id) ?? 0)).ToArray();
            foreach (var b in bases) sum += populationTotals[b];
            foreach (var b in bases)
            {
                var share = sum > 0 ? populationTotals[b] / sum : 1.0 / bases.Count;
                if (share > 0) Add(o, off + b, amount * share, kind);
            }
        }

        for (var o = 0; o < offerings.Length; o++)
        {
            var offering = offerings[o];
            if (!keyIndex.TryGetValue((offering.Domain, offering.Capacity.Unit), out var k) || !norms.Norms[k].Counts(offering))
            {
                withoutNorm.Add(o);
                continue;
            }
            var amount = offering.Capacity.Amount;
            if (options.Supply == SupplyMode.Located)
            {
                var loc = region.IndexOf(offering.Location);
                if (layout.BaseOf[loc] is var b && b >= 0)
                {
                    Add(o, k * bCount + b, amount, ContributionKind.Located);
                }
                else if (layout.AggregateOf[loc] is var a && a >= 0)
                {
                    targets.Clear();
                    targets.AddRange(layout.Members[a]);
                    Split(o, k, amount, targets, ContributionKind.SplitFromAbove);
                }
                else
                {
                    unassigned.Add(o);
                }
            }
            else
            {
                stampValue++;
                targets.Clear();
                foreach (var s in offering.ServedSpaces)
                {
                    var si = region.IndexOf(s);
                    if (layout.BaseOf[si] is var b && b >= 0)
                    {
                        if (stamp[b] != stampValue) { stamp[b] = stampValue; targets.Add(b); }
                    }
                    else if (layout.AggregateOf[si] is var a && a >= 0)
                    {
                        foreach (var m in layout.Members[a])
                            if (stamp[m] != stampValue) { stamp[m] = stampValue; targets.Add(m); }
                    }
                }
                if (targets.Count == 0) unassigned.Add(o);
                else if (targets.Count == 1)
                {
                    // Serving only the base space it is located in: that is located supply, and the evidence says so.
                    var own = layout.BaseOf[region.IndexOf(offering.Location)];
                    Add(o, k * bCount + targets[0], amount, targets[0] == own ? ContributionKind.Located : ContributionKind.ServedArea);
                }
                else
                {
                    targets.Sort();
                    Split(o, k, amount, targets, ContributionKind.ServedArea);
                }
            }
        }
        return FromContributions(supply, kCount * bCount, cOff, cKey, cAmt, cKind, withoutNorm, unassigned);
    }

    /// <summary>Reachable supply by the 2SFCA with the required capacity as demand (see <see cref="SupplyMode.Access"/>).</summary>
    private static SupplyTable BuildAccess(Offering[] offerings, Region region, SpaceLayout layout, SupplyNorms norms, DemandTable demand, GapOptions options)
    {
        var bCount = layout.BaseCount;
        var kCount = norms.Count;
        var access = options.Access;
        var keyIndex = new Dictionary<(ServiceDomain, CapacityUnit), int>();
        for (var k = 0; k < kCount; k++) keyIndex[(norms.Norms[k].Domain, norms.Norms[k].Unit)] = k;
        var withoutNorm = new List<int>();
        var unassigned = new List<int>();
        var counted = new List<(int Offering, int Key)>();
        for (var o = 0; o < offerings.Length; o++)
        {
            if (keyIndex.TryGetValue((offerings[o].Domain, offerings[o].Capacity.Unit), out var k) && norms.Norms[k].Counts(offerings[o])) counted.Add((o, k));
            else withoutNorm.Add(o);
        }

        Access.TravelCosts costs;
        var zoneOfBase = new int[bCount];
        var siteOffering = new List<int>();   // costs site index -> offering index
        var siteKey = new List<int>();
        if (access.Costs is null)
        {
            var missing = new List<string>();
            var zoneIds = new string[bCount];
            var zx = new double[bCount];
            var zy = new double[bCount];
            for (var b = 0; b < bCount; b++)
            {
                var space = layout.Spaces[layout.Bases[b]];
                zoneIds[b] = space.Id.Value;
                zoneOfBase[b] = b;
                if (space.Centroid is { } c) { zx[b] = c.Latitude; zy[b] = c.Longitude; }
                else missing.Add(space.Id.Value);
            }
            if (missing.Count > 0)
                throw new ArgumentException($"gap analysis (access): base spaces need a centroid for the catchment costs; missing for {string.Join(", ", missing.Take(20))}{(missing.Count > 20 ? " …" : "")}.", nameof(options));
            var sx = new List<double>();
            var sy = new List<double>();
            var siteIds = new List<string>();
            foreach (var (o, k) in counted)
            {
                var point = offerings[o].Point;
                if (point is null)
                {
                    for (var si = region.IndexOf(offerings[o].Location); si >= 0 && point is null; si = layout.Parent[si])
                        point = layout.Spaces[si].Centroid;
                }
                if (point is not { } p)
                {
                    unassigned.Add(o);
                    continue;
                }
                siteIds.Add(offerings[o].Id);
                sx.Add(p.Latitude);
                sy.Add(p.Longitude);
                siteOffering.Add(o);
                siteKey.Add(k);
            }
            if (siteIds.Count == 0) return FromContributions(new double[kCount * bCount], kCount * bCount, [], [], [], [], withoutNorm, unassigned);
            costs = Access.TravelCosts.FromCoordinates(zoneIds, zx, zy, siteIds, sx.ToArray(), sy.ToArray(), Access.CoordinateSystem.Wgs84,
                access.RadiusMinutes, access.DetourFactor, access.SpeedKmh);
        }
        else
        {
            costs = access.Costs;
            for (var b = 0; b < bCount; b++) zoneOfBase[b] = costs.ZoneIndex(layout.Spaces[layout.Bases[b]].Id.Value);
            for (var j = 0; j < costs.SiteCount; j++) { siteOffering.Add(-1); siteKey.Add(-1); }
            foreach (var (o, k) in counted)
            {
                var j = costs.SiteIndex(offerings[o].Id);
                if (j < 0) { unassigned.Add(o); continue; }
                siteOffering[j] = o;
                siteKey[j] = k;
            }
        }

        var supply = new double[kCount * bCount];
        var cOff = new List<int>();
        var cKey = new List<int>();
        var cAmt = new List<double>();
        var cKind = new List<ContributionKind>();
        var demandArr = new double[costs.ZoneCount];
        var capacity = new double[costs.SiteCount];
        var accessOptions = new Access.AccessOptions(radius: access.RadiusMinutes, noAccess: Access.NoAccessPolicy.Zero);
        for (var k = 0; k < kCount; k++)
        {
            Array.Clear(capacity);
            var any = false;
            for (var j = 0; j < capacity.Length; j++)
            {
                if (siteKey[j] != k) continue;
                capacity[j] = offerings[siteOffering[j]].Capacity.Amount;
                any = true;
            }
            if (!any) continue;
            Array.Clear(demandArr);
            var off = k * bCount;
            for (var b = 0; b < bCount; b++)
            {
                var d = demand.Demand[off + b];
                if (zoneOfBase[b] >= 0 && double.IsFinite(d) && d > 0) demandArr[zoneOfBase[b]] = d;
            }
            var result = Access.Accessibility.TwoStep(costs, demandArr, capacity, access.Decay, accessOptions);
            var ratios = result.SiteRatios;
            for (var b = 0; b < bCount; b++)
            {
                var z = zoneOfBase[b];
                if (z < 0 || demandArr[z] == 0) continue;
                var sites = costs.RowSites(z);
                var tcost = costs.RowCosts(z);
                for (var q = 0; q < sites.Length; q++)
                {
                    var j = sites[q];
                    if (siteKey[j] != k || tcost[q] > access.RadiusMinutes) continue;
                    var w = access.Decay.Weight(tcost[q]);
                    var r = ratios[j];
                    if (!(w > 0) || double.IsNaN(r)) continue;
                    var amount = w * r * demandArr[z];
                    supply[off + b] += amount;
                    cOff.Add(siteOffering[j]);
                    cKey.Add(off + b);
                    cAmt.Add(amount);
                    cKind.Add(ContributionKind.Reachable);
                }
            }
            for (var j = 0; j < capacity.Length; j++)
                if (siteKey[j] == k && double.IsNaN(ratios[j]) && capacity[j] > 0) unassigned.Add(siteOffering[j]);
        }
        unassigned.Sort();
        return FromContributions(supply, kCount * bCount, cOff, cKey, cAmt, cKind, withoutNorm, unassigned);
    }

    internal static SupplyTable FromContributions(double[] supply, int keys, List<int> cOff, List<int> cKey, List<double> cAmt,
        List<ContributionKind> cKind, List<int> withoutNorm, List<int> unassigned)
    {
        var start = new int[keys + 1];
        foreach (var key in cKey) start[key + 1]++;
        for (var i = 0; i < keys; i++) start[i + 1] += start[i];
        var fill = (int[])start.Clone();
        var off = new int[cKey.Count];
        var amt = new double[cKey.Count];
        var kind = new ContributionKind[cKey.Count];
        for (var i = 0; i < cKey.Count; i++)
        {
            var q = fill[cKey[i]]++;
            off[q] = cOff[i];
            amt[q] = cAmt[i];
            kind[q] = cKind[i];
        }
        return new SupplyTable
        {
            Supply = supply, ContributionStart = start, ContributionOffering = off, ContributionAmount = amt, ContributionKinds = kind,
            WithoutNorm = withoutNorm.ToArray(), Unassigned = unassigned.ToArray(),
        };
    }
}
