using System.Globalization;
using NodaTime;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Gaps;


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
    /// <summary>Offerings whose funding periods all ended before the Stichtag: not counted as supply.</summary>
    public int[] FundingEnded { get; private set; } = [];

    /// <summary>Whether every funding line of an offering ended before the date (an offering without lines is kept: no
    /// funding information is not an ended period).</summary>
    internal static bool FundingEndedBefore(Offering offering, LocalDate asOf) =>
        offering.Funding.Lines.Count > 0 && offering.Funding.Lines.All(l => l.Period.End < asOf);

    public static SupplyTable Build(Offering[] offerings, Region region, SpaceLayout layout, SupplyNorms norms, DemandTable demand, GapOptions options, LocalDate asOf)
    {
        var ended = new bool[offerings.Length];
        for (var o = 0; o < offerings.Length; o++) ended[o] = FundingEndedBefore(offerings[o], asOf);
        var table = options.Supply == SupplyMode.Access ? BuildAccess(offerings, region, layout, norms, demand, options, ended) : BuildLocal(offerings, region, layout, norms, demand, options, ended);
        table.FundingEnded = Enumerable.Range(0, offerings.Length).Where(o => ended[o]).ToArray();
        return table;
    }

    private static SupplyTable BuildLocal(Offering[] offerings, Region region, SpaceLayout layout, SupplyNorms norms, DemandTable demand, GapOptions options, bool[] ended)
    {
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
            if (ended[o]) continue;
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
    private static SupplyTable BuildAccess(Offering[] offerings, Region region, SpaceLayout layout, SupplyNorms norms, DemandTable demand, GapOptions options, bool[] ended)
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
            if (ended[o]) continue;
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
