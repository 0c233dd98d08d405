using System.Globalization;
using System.Text;

namespace Sozialindikatoren.Access;

/// <summary>
/// Sparse travel costs (<em>Reisezeiten / Reisekosten</em>, <em>Erreichbarkeitsmatrix</em>) from demand zones
/// (<em>Nachfrageorte</em>, rows) to supply sites (<em>Angebotsstandorte</em>, columns), stored compressed by row (CSR):
/// only the pairs that exist (within the radius, or listed in an origin–destination list) are held.
/// </summary>
/// <remarks>
/// <para>Costs are finite and non-negative (minutes, kilometres or any unit; all measures only compare and weigh
/// them). Costs may be asymmetric: the cost is always read from zone to site. A pair that is not stored is
/// unreachable (infinite cost). Within a row, pairs are ordered by site index, so a given matrix gives bit-identical
/// results whatever order its input had.</para>
/// <para>Memory: 12 bytes per stored pair (a 4-byte site index and an 8-byte cost) plus 4 bytes per zone. Built from
/// coordinates, the pairs are written straight into these arrays, row by row (a counting pass, then a filling pass over
/// the candidate sites of each zone's grid cell); the build's temporary memory is the zone order and cell keys, one count
/// per zone, the grid over the sites and one candidate list per worker, far below the result.</para>
/// <para>Zones and sites are identified by ordinal, case-sensitive strings; their position (index) in
/// <see cref="ZoneIds"/> and <see cref="SiteIds"/> is the index used by every array-based method of this namespace
/// (demand per zone, capacity per site).</para>
/// </remarks>
/// <threadsafety>Immutable after construction; all members are thread-safe.</threadsafety>
public sealed partial class TravelCosts
{
    /// <summary>The mean Earth radius in kilometres used for great-circle distances (IUGG mean radius R1 = 6371.0088 km).</summary>
    public const double EarthRadiusKm = 6371.0088;

    private readonly string[] _zoneIds;
    private readonly string[] _siteIds;
    private readonly int[] _rowStart;
    private readonly int[] _site;
    private readonly double[] _cost;
    private Dictionary<string, int>? _zoneIndex;
    private Dictionary<string, int>? _siteIndex;

    private TravelCosts(string[] zoneIds, string[] siteIds, int[] rowStart, int[] site, double[] cost, double radius)
    {
        _zoneIds = zoneIds;
        _siteIds = siteIds;
        _rowStart = rowStart;
        _site = site;
        _cost = cost;
        Radius = radius;
        double max = 0;
        foreach (var c in cost) if (c > max) max = c;
        MaxCost = max;
    }

    /// <summary>The demand zone ids (rows), in input order.</summary>
    public IReadOnlyList<string> ZoneIds => Array.AsReadOnly(_zoneIds);

    /// <summary>The supply site ids (columns), in input order.</summary>
    public IReadOnlyList<string> SiteIds => Array.AsReadOnly(_siteIds);

    /// <summary>The number of demand zones.</summary>
    public int ZoneCount => _zoneIds.Length;

    /// <summary>The number of supply sites.</summary>
    public int SiteCount => _siteIds.Length;

    /// <summary>The number of stored (reachable) zone–site pairs.</summary>
    public int PairCount => _site.Length;

    /// <summary>The inclusive radius the matrix was built with (<see cref="double.PositiveInfinity"/> when none):
    /// every stored cost is at most this.</summary>
    public double Radius { get; }

    /// <summary>The largest stored cost (0 for an empty matrix).</summary>
    public double MaxCost { get; }

    /// <summary>Approximate memory held by the matrix in bytes (ids excluded).</summary>
    public long MemoryBytes => 4L * _rowStart.Length + 12L * _site.Length;

    internal int[] RowStartArray => _rowStart;
    internal int[] SiteArray => _site;
    internal double[] CostArray => _cost;

    /// <summary>The site indices reachable from a zone, ascending.</summary>
    /// <param name="zone">The zone index.</param>
    /// <returns>A read-only view of the row.</returns>
    public ReadOnlySpan<int> RowSites(int zone)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(zone);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(zone, ZoneCount);
        return _site.AsSpan(_rowStart[zone], _rowStart[zone + 1] - _rowStart[zone]);
    }

    /// <summary>The costs of a zone's row, aligned with <see cref="RowSites"/>.</summary>
    /// <param name="zone">The zone index.</param>
    /// <returns>A read-only view of the row's costs.</returns>
    public ReadOnlySpan<double> RowCosts(int zone)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(zone);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(zone, ZoneCount);
        return _cost.AsSpan(_rowStart[zone], _rowStart[zone + 1] - _rowStart[zone]);
    }

    /// <summary>The cost from a zone to a site, if the pair is stored.</summary>
    /// <param name="zone">The zone index.</param>
    /// <param name="site">The site index.</param>
    /// <param name="cost">The cost, or <see cref="double.PositiveInfinity"/> when the pair is not stored.</param>
    /// <returns>Whether the pair is stored (reachable).</returns>
    public bool TryGetCost(int zone, int site, out double cost)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(site);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(site, SiteCount);
        var sites = RowSites(zone);
        int k = sites.BinarySearch(site);
        if (k >= 0)
        {
            cost = _cost[_rowStart[zone] + k];
            return true;
        }
        cost = double.PositiveInfinity;
        return false;
    }

    /// <summary>The index of a zone id.</summary>
    /// <param name="zoneId">The id.</param>
    /// <returns>The index, or −1 when unknown.</returns>
    public int ZoneIndex(string zoneId)
    {
        _zoneIndex ??= BuildIndex(_zoneIds);
        return _zoneIndex.TryGetValue(zoneId, out var i) ? i : -1;
    }

    /// <summary>The index of a site id.</summary>
    /// <param name="siteId">The id.</param>
    /// <returns>The index, or −1 when unknown.</returns>
    public int SiteIndex(string siteId)
    {
        _siteIndex ??= BuildIndex(_siteIds);
        return _siteIndex.TryGetValue(siteId, out var i) ? i : -1;
    }

    /// <summary>A copy restricted to pairs with cost ≤ <paramref name="radius"/> (inclusive).</summary>
    /// <param name="radius">The inclusive radius; not negative, not NaN.</param>
    /// <returns>The restricted matrix (the same instance when nothing is removed).</returns>
    public TravelCosts WithinRadius(double radius)
    {
        ValidateRadius(radius, nameof(radius));
        if (radius >= MaxCost && radius >= Radius) return this;
        var rowStart = new int[_rowStart.Length];
        int count = 0;
        for (int i = 0; i < ZoneCount; i++)
        {
            for (int p = _rowStart[i]; p < _rowStart[i + 1]; p++) if (_cost[p] <= radius) count++;
            rowStart[i + 1] = count;
        }
        var site = new int[count];
        var cost = new double[count];
        int q = 0;
        for (int p = 0; p < _cost.Length; p++)
        {
            if (_cost[p] <= radius)
            {
                site[q] = _site[p];
                cost[q] = _cost[p];
                q++;
            }
        }
        return new TravelCosts(_zoneIds, _siteIds, rowStart, site, cost, Math.Min(radius, Radius));
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"TravelCosts: {ZoneCount} zones × {SiteCount} sites, {PairCount} pairs, radius {Radius}");

    // ------------------------------------------------------------------------------------------------------------
    // Construction from an origin–destination list
    // ------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// Builds the matrix from an origin–destination list given by indices (the fast path).
    /// </summary>
    /// <param name="zoneIds">Zone ids (rows); unique, non-empty.</param>
    /// <param name="siteIds">Site ids (columns); unique, non-empty.</param>
    /// <param name="origins">Zone index per pair.</param>
    /// <param name="destinations">Site index per pair.</param>
    /// <param name="costs">Cost per pair: finite and ≥ 0.</param>
    /// <param name="radius">Inclusive radius: pairs with a larger cost are dropped (default: keep all).</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentException">Lengths differ, an index is out of range, a cost is negative, NaN or
    /// infinite, or a pair occurs twice. The message lists every problem found (up to 20), each with its pair
    /// position.</exception>
    public static TravelCosts FromIndexedPairs(
        IReadOnlyList<string> zoneIds, IReadOnlyList<string> siteIds,
        ReadOnlySpan<int> origins, ReadOnlySpan<int> destinations, ReadOnlySpan<double> costs,
        double radius = double.PositiveInfinity)
    {
        var zones = ValidateIds(zoneIds, "zone");
        var sites = ValidateIds(siteIds, "site");
        ValidateRadius(radius, nameof(radius));
        if (origins.Length != destinations.Length || origins.Length != costs.Length)
            throw new ArgumentException($"pairs: origins ({origins.Length}), destinations ({destinations.Length}) and costs ({costs.Length}) must have the same length.", nameof(costs));
        var problems = new List<string>();
        var rowCount = new int[zones.Length + 1];
        for (int p = 0; p < origins.Length; p++)
        {
            int o = origins[p], d = destinations[p];
            double c = costs[p];
            bool ok = true;
            if ((uint)o >= (uint)zones.Length) { AddProblem(problems, $"pair {p}: origin index {o} is not a zone index (0..{zones.Length - 1})"); ok = false; }
            if ((uint)d >= (uint)sites.Length) { AddProblem(problems, $"pair {p}: destination index {d} is not a site index (0..{sites.Length - 1})"); ok = false; }
            if (!double.IsFinite(c) || c < 0) { AddProblem(problems, $"pair {p}: cost must be finite and ≥ 0, was {Format(c)}"); ok = false; }
            if (ok && c <= radius) rowCount[o + 1]++;
        }
        ThrowIfAny(problems);
        for (int i = 0; i < zones.Length; i++) rowCount[i + 1] += rowCount[i];
        var rowStart = (int[])rowCount.Clone();
        var fill = (int[])rowCount.Clone();
        var site = new int[rowStart[zones.Length]];
        var cost = new double[site.Length];
        var position = new int[site.Length];
        for (int p = 0; p < origins.Length; p++)
        {
            if (costs[p] > radius) continue;
            int q = fill[origins[p]]++;
            site[q] = destinations[p];
            cost[q] = costs[p] + 0.0; // −0 becomes +0, so band edges at 0 treat it as 0
            position[q] = p;
        }
        SortRowsAndCheckDuplicates(zones, sites, rowStart, site, cost, position, problems);
        ThrowIfAny(problems);
        return new TravelCosts(zones, sites, rowStart, site, cost, radius);
    }

    /// <summary>
    /// Builds the matrix from an origin–destination list given by ids (<c>origin,destination,cost</c>).
    /// </summary>
    /// <param name="zoneIds">Zone ids (rows), unique; defines the zone order.</param>
    /// <param name="siteIds">Site ids (columns), unique; defines the site order.</param>
    /// <param name="pairs">The list: origin = zone id, destination = site id, cost finite and ≥ 0. A pair not
    /// listed is unreachable.</param>
    /// <param name="radius">Inclusive radius: pairs with a larger cost are dropped (default: keep all).</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentException">Unknown ids, invalid costs or duplicate pairs; the message lists every
    /// problem found (up to 20) with the pair's position in <paramref name="pairs"/>.</exception>
    public static TravelCosts FromPairs(
        IReadOnlyList<string> zoneIds, IReadOnlyList<string> siteIds,
        IEnumerable<(string Origin, string Destination, double Cost)> pairs,
        double radius = double.PositiveInfinity)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var zones = ValidateIds(zoneIds, "zone");
        var sites = ValidateIds(siteIds, "site");
        var zi = BuildIndex(zones);
        var si = BuildIndex(sites);
        var o = new List<int>();
        var d = new List<int>();
        var c = new List<double>();
        var problems = new List<string>();
        int p = 0;
        foreach (var (origin, destination, cost) in pairs)
        {
            int a = origin is not null && zi.TryGetValue(origin, out var ia) ? ia : -1;
            int b = destination is not null && si.TryGetValue(destination, out var ib) ? ib : -1;
            if (a < 0) AddProblem(problems, $"pair {p}: unknown origin (zone) id '{origin}'");
            if (b < 0) AddProblem(problems, $"pair {p}: unknown destination (site) id '{destination}'");
            if (!double.IsFinite(cost) || cost < 0) AddProblem(problems, $"pair {p}: cost must be finite and ≥ 0, was {Format(cost)}");
            o.Add(a);
            d.Add(b);
            c.Add(cost);
            p++;
        }
        ThrowIfAny(problems);
        return FromIndexedPairs(zones, sites, o.ToArray(), d.ToArray(), c.ToArray(), radius);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Construction from coordinates
    // ------------------------------------------------------------------------------------------------------------

    internal static void ValidateRadius(double radius, string name)
    {
        if (double.IsNaN(radius) || radius < 0)
            throw new ArgumentOutOfRangeException(name, radius, $"{name}: must be ≥ 0 (or +∞ for none), was {Format(radius)}.");
    }

    internal static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string[] ValidateIds(IReadOnlyList<string> ids, string what)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var arr = new string[ids.Count];
        var seen = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        var problems = new List<string>();
        for (int i = 0; i < arr.Length; i++)
        {
            var id = ids[i];
            if (string.IsNullOrEmpty(id)) { AddProblem(problems, $"{what} {i}: id must not be empty"); continue; }
            if (!seen.TryAdd(id, i)) AddProblem(problems, $"{what} {i}: duplicate id '{id}' (first at {seen[id]})");
            arr[i] = id;
        }
        ThrowIfAny(problems);
        return arr;
    }

    private static Dictionary<string, int> BuildIndex(string[] ids)
    {
        var d = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (int i = 0; i < ids.Length; i++) d[ids[i]] = i;
        return d;
    }

    internal static void AddProblem(List<string> problems, string message)
    {
        if (problems.Count < 21) problems.Add(message);
    }

    internal static void ThrowIfAny(List<string> problems)
    {
        if (problems.Count == 0) return;
        var sb = new StringBuilder("travel costs: invalid input: ");
        for (int i = 0; i < Math.Min(20, problems.Count); i++)
        {
            if (i > 0) sb.Append("; ");
            sb.Append(problems[i]);
        }
        if (problems.Count > 20) sb.Append("; … (more problems)");
        sb.Append('.');
        throw new ArgumentException(sb.ToString());
    }

    private static void SortRowsAndCheckDuplicates(string[] zones, string[] sites, int[] rowStart, int[] site, double[] cost, int[] position, List<string> problems)
    {
        for (int i = 0; i < zones.Length; i++)
        {
            int a = rowStart[i], n = rowStart[i + 1] - a;
            bool sorted = true;
            for (int q = a + 1; q < a + n; q++) if (site[q] <= site[q - 1]) { sorted = false; break; }
            if (sorted) continue;
            // Sort by (site, input position) so duplicates sit side by side and the first occurrence comes first.
            var keys = new long[n];
            var idx = new int[n];
            for (int q = 0; q < n; q++)
            {
                keys[q] = ((long)site[a + q] << 32) | (uint)position[a + q];
                idx[q] = a + q;
            }
            Array.Sort(keys, idx);
            var s2 = new int[n];
            var c2 = new double[n];
            var p2 = new int[n];
            for (int q = 0; q < n; q++) { s2[q] = site[idx[q]]; c2[q] = cost[idx[q]]; p2[q] = position[idx[q]]; }
            for (int q = 0; q < n; q++)
            {
                site[a + q] = s2[q]; cost[a + q] = c2[q]; position[a + q] = p2[q];
                if (q > 0 && s2[q] == s2[q - 1])
                    AddProblem(problems, $"pair {p2[q]}: duplicate pair ('{zones[i]}', '{sites[s2[q]]}'), first given as pair {p2[q - 1]}");
            }
        }
    }
}
