using System.Globalization;
using System.Text;

namespace Sozialindikatoren.Access;

public sealed partial class TravelCosts
{
    /// <summary>
    /// Builds the matrix from point coordinates: cost = distance × <paramref name="detourFactor"/>, in km, or in minutes
    /// (× 60 / <paramref name="speedKmh"/>) when a speed is given. Only pairs with cost ≤ <paramref name="radius"/> are
    /// computed and stored; a uniform grid over the zones (cell size = the radius in distance units) finds them
    /// without visiting all pairs.
    /// </summary>
    /// <param name="zoneIds">Zone ids, unique.</param>
    /// <param name="zoneX">Zone x (planar, km) or latitude (WGS84, degrees).</param>
    /// <param name="zoneY">Zone y (planar, km) or longitude (WGS84, degrees).</param>
    /// <param name="siteIds">Site ids, unique.</param>
    /// <param name="siteX">Site x (planar, km) or latitude (WGS84, degrees).</param>
    /// <param name="siteY">Site y (planar, km) or longitude (WGS84, degrees).</param>
    /// <param name="system">Planar km (Euclidean distance) or WGS84 degrees (great-circle distance with
    /// R = 6371.0088 km; latitude in [−90, 90], longitude in [−180, 360]).</param>
    /// <param name="radius">Inclusive radius applied to the final cost (after detour factor and speed); +∞ keeps
    /// every pair (dense, zones × sites pairs).</param>
    /// <param name="detourFactor">Network detour factor (<em>Umwegfaktor</em>) ≥ 1 is usual; must be &gt; 0 (default 1).</param>
    /// <param name="speedKmh">Travel speed in km/h (&gt; 0) to express costs in minutes; <c>null</c> keeps km.</param>
    /// <returns>The matrix; rows sorted by site index.</returns>
    /// <exception cref="ArgumentException">Lengths differ, duplicate or invalid ids, non-finite or out-of-range
    /// coordinates (message names the point), or invalid radius, detour factor or speed.</exception>
    public static TravelCosts FromCoordinates(
        IReadOnlyList<string> zoneIds, ReadOnlySpan<double> zoneX, ReadOnlySpan<double> zoneY,
        IReadOnlyList<string> siteIds, ReadOnlySpan<double> siteX, ReadOnlySpan<double> siteY,
        CoordinateSystem system, double radius, double detourFactor = 1.0, double? speedKmh = null)
    {
        var zones = ValidateIds(zoneIds, "zone");
        var sites = ValidateIds(siteIds, "site");
        ValidateRadius(radius, nameof(radius));
        if (!Enum.IsDefined(system)) throw new ArgumentOutOfRangeException(nameof(system), system, "system: unknown coordinate system.");
        if (!(detourFactor > 0) || !double.IsFinite(detourFactor))
            throw new ArgumentOutOfRangeException(nameof(detourFactor), detourFactor, $"detourFactor: must be finite and > 0, was {Format(detourFactor)}.");
        if (speedKmh is { } sp && (!(sp > 0) || !double.IsFinite(sp)))
            throw new ArgumentOutOfRangeException(nameof(speedKmh), sp, $"speedKmh: must be finite and > 0, was {Format(sp)}.");
        if (zoneX.Length != zones.Length || zoneY.Length != zones.Length)
            throw new ArgumentException($"zone coordinates: {zones.Length} ids but {zoneX.Length} x and {zoneY.Length} y values.", nameof(zoneX));
        if (siteX.Length != sites.Length || siteY.Length != sites.Length)
            throw new ArgumentException($"site coordinates: {sites.Length} ids but {siteX.Length} x and {siteY.Length} y values.", nameof(siteX));

        // cost = dist * scale; dist in km.
        double scale = detourFactor * (speedKmh is { } s ? 60.0 / s : 1.0);
        var problems = new List<string>();
        var zp = ToPoints(zones, zoneX, zoneY, system, "zone", problems);
        var spnt = ToPoints(sites, siteX, siteY, system, "site", problems);
        ThrowIfAny(problems);
        var builder = new PointPairBuilder(zp, spnt, system, scale, radius);
        var (rowStart, site, cost) = builder.Build();
        return new TravelCosts(zones, sites, rowStart, site, cost, radius);
    }

    /// <summary>The great-circle distance in km between two WGS84 points (haversine form, R = 6371.0088 km).</summary>
    /// <param name="lat1">Latitude 1 in degrees.</param>
    /// <param name="lon1">Longitude 1 in degrees.</param>
    /// <param name="lat2">Latitude 2 in degrees.</param>
    /// <param name="lon2">Longitude 2 in degrees.</param>
    /// <returns>The distance in km.</returns>
    public static double GreatCircleKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double rad = Math.PI / 180.0;
        double p1 = lat1 * rad, p2 = lat2 * rad;
        double sdp = Math.Sin((p2 - p1) / 2), sdl = Math.Sin((lon2 - lon1) * rad / 2);
        double h = sdp * sdp + Math.Cos(p1) * Math.Cos(p2) * sdl * sdl;
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(h)));
    }

    // ------------------------------------------------------------------------------------------------------------
    // helpers
    // ------------------------------------------------------------------------------------------------------------

    /// <summary>Points in a metric 3-D embedding (km): planar (x, y, 0) or R × unit vector for WGS84.</summary>
    private static double[] ToPoints(string[] ids, ReadOnlySpan<double> x, ReadOnlySpan<double> y, CoordinateSystem system, string what, List<string> problems)
    {
        var p = new double[3 * ids.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            double a = x[i], b = y[i];
            if (!double.IsFinite(a) || !double.IsFinite(b))
            {
                AddProblem(problems, $"{what} '{ids[i]}': coordinates must be finite, were ({Format(a)}, {Format(b)})");
                continue;
            }
            if (system == CoordinateSystem.Planar)
            {
                p[3 * i] = a; p[3 * i + 1] = b; p[3 * i + 2] = 0;
            }
            else
            {
                if (a < -90 || a > 90 || b < -180 || b > 360)
                {
                    AddProblem(problems, $"{what} '{ids[i]}': latitude must be in [-90, 90] and longitude in [-180, 360], were ({Format(a)}, {Format(b)})");
                    continue;
                }
                const double rad = Math.PI / 180.0;
                double phi = a * rad, lam = b * rad;
                p[3 * i] = EarthRadiusKm * Math.Cos(phi) * Math.Cos(lam);
                p[3 * i + 1] = EarthRadiusKm * Math.Cos(phi) * Math.Sin(lam);
                p[3 * i + 2] = EarthRadiusKm * Math.Sin(phi);
            }
        }
        return p;
    }

    /// <summary>Finds pairs within the radius with a uniform 3-D grid over the zones and builds CSR rows sorted by site.</summary>
    private sealed class PointPairBuilder(double[] zones, double[] sites, CoordinateSystem system, double scale, double radius)
    {
        public (int[] RowStart, int[] Site, double[] Cost) Build()
        {
            int nz = zones.Length / 3, ns = sites.Length / 3;
            if (double.IsPositiveInfinity(radius) || nz == 0 || ns == 0) return Dense(nz, ns);
            double dmax = radius / scale; // in distance km
            // Bound on the straight-line (chord) length of pairs within reach; the grid works on it.
            double chordMax = system == CoordinateSystem.Planar
                ? dmax
                : 2 * EarthRadiusKm * Math.Sin(Math.Min(dmax / (2 * EarthRadiusKm), Math.PI / 2));
            double chordMax2 = chordMax * chordMax * (1 + 1e-9) + 1e-12;
            // Grid cells: side = chordMax, but not so small that indices overflow.
            double extent = 0;
            for (int k = 0; k < zones.Length; k++) extent = Math.Max(extent, Math.Abs(zones[k]));
            for (int k = 0; k < sites.Length; k++) extent = Math.Max(extent, Math.Abs(sites[k]));
            // Cells of half the reach, searched ±2 cells: fewer candidate pairs than cells of the full reach (±1).
            double cell = Math.Max(chordMax / 2, Math.Max(extent, 1e-9) / 1e6);
            const int range = 2;
            // Sort zones by cell.
            var keys = new long[nz];
            var order = new int[nz];
            for (int i = 0; i < nz; i++)
            {
                keys[i] = CellKey(Cell(zones[3 * i], cell), Cell(zones[3 * i + 1], cell), Cell(zones[3 * i + 2], cell));
                order[i] = i;
            }
            Array.Sort(keys, order);
            var cellRange = new Dictionary<long, (int Start, int End)>();
            for (int a = 0; a < nz;)
            {
                int b = a + 1;
                while (b < nz && keys[b] == keys[a]) b++;
                cellRange[keys[a]] = (a, b);
                a = b;
            }
            var sx = new double[nz];
            var sy = new double[nz];
            var sz = new double[nz];
            for (int k = 0; k < nz; k++) { int i = order[k]; sx[k] = zones[3 * i]; sy[k] = zones[3 * i + 1]; sz[k] = zones[3 * i + 2]; }

            // Two column passes (site-major) in fixed site chunks on the thread pool, straight into the final CSR arrays:
            // pass 1 counts the pairs per (chunk, zone), pass 2 writes each pair at its place. A zone's row holds the
            // chunks in site order and each chunk its sites in ascending order, so rows come out sorted by site whatever
            // the scheduling. Temporary memory: one int per (chunk, zone), no per-pair buffers.
            int zRange = system == CoordinateSystem.Planar ? 0 : range;
            int chunkCount = Math.Min(ns, 16);
            var slot = new int[chunkCount][];
            // Pairs whose squared distance is below this are within the radius whatever the rounding of sqrt and scale
            // (margin 1e-10 against errors of ~1e-16): the counting pass skips their cost (planar only).
            double inner2 = system == CoordinateSystem.Planar ? dmax * dmax * (1 - 1e-10) : -1;
            var ctx = new ScanContext(sites, sx, sy, sz, order, cellRange, cell, range, zRange, chordMax2, inner2, system, scale, radius);
            System.Threading.Tasks.Parallel.For(0, chunkCount, ch =>
            {
                var counter = new CountSink(new int[nz]);
                Scan(ctx, ChunkStart(ns, chunkCount, ch), ChunkStart(ns, chunkCount, ch + 1), ref counter);
                slot[ch] = counter.Counts;
            });
            // Row starts, and each (chunk, zone) count turned into that chunk's write position in the zone's row.
            var rowStart = new int[nz + 1];
            long total = 0;
            for (int i = 0; i < nz; i++)
            {
                for (int ch = 0; ch < chunkCount; ch++)
                {
                    int n = slot[ch][i];
                    slot[ch][i] = (int)Math.Min(total, int.MaxValue);
                    total += n;
                }
                if (total > Array.MaxLength)
                    throw new ArgumentException($"radius: more than {Array.MaxLength} pairs within the radius exceed the maximum array size; use a smaller radius.");
                rowStart[i + 1] = (int)total;
            }
            var site = new int[total];
            var costs = new double[total];
            System.Threading.Tasks.Parallel.For(0, chunkCount, ch =>
            {
                var writer = new FillSink(slot[ch], site, costs);
                Scan(ctx, ChunkStart(ns, chunkCount, ch), ChunkStart(ns, chunkCount, ch + 1), ref writer);
            });
            return (rowStart, site, costs);
        }

        private static int ChunkStart(int ns, int chunkCount, int ch) => (int)((long)ns * ch / chunkCount);

        private sealed record ScanContext(
            double[] Sites, double[] Sx, double[] Sy, double[] Sz, int[] Order, Dictionary<long, (int Start, int End)> CellRange,
            double Cell, int Range, int ZRange, double ChordMax2, double Inner2, CoordinateSystem System, double Scale, double Radius);

        private interface IPairSink
        {
            /// <summary>Whether the sink uses the cost (else pairs surely within the radius skip computing it).</summary>
            bool NeedsCost { get; }

            void Pair(int zone, int site, double cost);
        }

        private readonly struct CountSink(int[] counts) : IPairSink
        {
            public int[] Counts => counts;

            public bool NeedsCost => false;

            public void Pair(int zone, int site, double cost) => counts[zone]++;
        }

        private readonly struct FillSink(int[] next, int[] site, double[] cost) : IPairSink
        {
            public bool NeedsCost => true;

            public void Pair(int zone, int j, double c)
            {
                int r = next[zone]++;
                site[r] = j;
                cost[r] = c;
            }
        }

        /// <summary>Calls <paramref name="sink"/>.Pair(zone, site, cost) for every pair within the radius of the sites
        /// <paramref name="j0"/>..<paramref name="j1"/> − 1, site by site ascending; the same pairs in the same order on
        /// every call (both passes of <see cref="Build"/> rely on it).</summary>
        private static void Scan<TSink>(ScanContext c, int j0, int j1, ref TSink sink) where TSink : struct, IPairSink
        {
            var sites = c.Sites;
            var sx = c.Sx; var sy = c.Sy; var sz = c.Sz;
            var order = c.Order;
            var cellRange = c.CellRange;
            int range = c.Range, zRange = c.ZRange;
            double cellSize = c.Cell, chordMax2 = c.ChordMax2, inner2 = c.Inner2, scale = c.Scale, radius = c.Radius;
            bool planar = c.System == CoordinateSystem.Planar;
            for (int j = j0; j < j1; j++)
            {
                double px = sites[3 * j], py = sites[3 * j + 1], pz = sites[3 * j + 2];
                int cx = Cell(px, cellSize), cy = Cell(py, cellSize), cz = Cell(pz, cellSize);
                for (int dx = -range; dx <= range; dx++)
                for (int dy = -range; dy <= range; dy++)
                for (int dz = -zRange; dz <= zRange; dz++)
                {
                    if (!cellRange.TryGetValue(CellKey(cx + dx, cy + dy, cz + dz), out var rg)) continue;
                    for (int k = rg.Start; k < rg.End; k++)
                    {
                        double ex = sx[k] - px, ey = sy[k] - py, ez = sz[k] - pz;
                        double c2 = ex * ex + ey * ey + ez * ez;
                        if (c2 > chordMax2) continue;
                        if (!sink.NeedsCost && c2 <= inner2)
                        {
                            sink.Pair(order[k], j, 0);
                            continue;
                        }
                        double dist = planar
                            ? Math.Sqrt(c2)
                            : 2 * EarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(c2) / (2 * EarthRadiusKm)));
                        double cost = dist * scale;
                        if (cost > radius) continue;
                        sink.Pair(order[k], j, cost);
                    }
                }
            }
        }

        private (int[] RowStart, int[] Site, double[] Cost) Dense(int nz, int ns)
        {
            long total = (long)nz * ns;
            if (total > Array.MaxLength)
                throw new ArgumentException($"radius: without a radius {nz} zones × {ns} sites = {total} pairs exceed the maximum array size; give a radius.");
            var rowStart = new int[nz + 1];
            var site = new int[total];
            var cost = new double[total];
            int q = 0;
            for (int i = 0; i < nz; i++)
            {
                for (int j = 0; j < ns; j++)
                {
                    double ex = zones[3 * i] - sites[3 * j], ey = zones[3 * i + 1] - sites[3 * j + 1], ez = zones[3 * i + 2] - sites[3 * j + 2];
                    double chord = Math.Sqrt(ex * ex + ey * ey + ez * ez);
                    double dist = system == CoordinateSystem.Planar ? chord : 2 * EarthRadiusKm * Math.Asin(Math.Min(1.0, chord / (2 * EarthRadiusKm)));
                    site[q] = j;
                    cost[q] = dist * scale;
                    q++;
                }
                rowStart[i + 1] = q;
            }
            return (rowStart, site, cost);
        }

        private static int Cell(double v, double cell) => (int)Math.Floor(v / cell);

        private static long CellKey(int x, int y, int z) =>
            ((long)(x & 0x1FFFFF) << 42) | ((long)(y & 0x1FFFFF) << 21) | (long)(z & 0x1FFFFF);
    }
}
