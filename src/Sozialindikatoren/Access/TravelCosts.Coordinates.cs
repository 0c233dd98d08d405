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

    /// <summary>Finds pairs within the radius with uniform 3-D grids over zones and sites and builds CSR rows sorted by site.</summary>
    /// <remarks>Zone-major: the zones are grouped by grid cell; for each zone cell the sites that can be in reach of the
    /// cell's bounding box are collected in ascending index, and each zone of the cell scans them in that order, so every
    /// row comes out sorted by site and is written front to back into its place of the final arrays. Two passes over the
    /// zone cells (count, then fill), each in parallel over the cells: every cell writes only its own zones' counts and
    /// rows, so the arrays do not depend on the scheduling. The cost of a pair is the same expression as in a plain
    /// all-pairs scan (zone − site differences, squared and summed in x, y, z order, <c>Math.Sqrt</c>, times the scale):
    /// the matrix equals the all-pairs reference bit for bit. Temporary memory: the zone order and cell keys (12 bytes per
    /// zone), one count per zone, the site grid (about 4 bytes per site) and one candidate list per worker.</remarks>
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
            double extent = 0;
            for (int k = 0; k < zones.Length; k++) extent = Math.Max(extent, Math.Abs(zones[k]));
            for (int k = 0; k < sites.Length; k++) extent = Math.Max(extent, Math.Abs(sites[k]));
            // Cells of a quarter of the reach (the box of a cell plus the reach holds few sites beyond the reach), but not
            // so small that indices overflow.
            double cell = Math.Max(chordMax / 4, Math.Max(extent, 1e-9) / 1e6);
            var keys = new long[nz];
            var order = new int[nz];
            for (int i = 0; i < nz; i++)
            {
                keys[i] = CellKey(Cell(zones[3 * i], cell), Cell(zones[3 * i + 1], cell), Cell(zones[3 * i + 2], cell));
                order[i] = i;
            }
            Array.Sort(keys, order);
            var starts = new List<int>();
            for (int a = 0; a < nz; a++) if (a == 0 || keys[a] != keys[a - 1]) starts.Add(a);
            starts.Add(nz);
            // Sites per cell, ascending index.
            var siteCells = new Dictionary<long, List<int>>();
            for (int j = 0; j < ns; j++)
            {
                long key = CellKey(Cell(sites[3 * j], cell), Cell(sites[3 * j + 1], cell), Cell(sites[3 * j + 2], cell));
                if (!siteCells.TryGetValue(key, out var list)) siteCells[key] = list = [];
                list.Add(j);
            }
            // Pairs whose squared distance is below this are within the radius whatever the rounding of sqrt and scale
            // (margin 1e-10 against errors of ~1e-16): the counting pass skips their cost (planar only).
            double inner2 = system == CoordinateSystem.Planar ? dmax * dmax * (1 - 1e-10) : -1;
            var ctx = new ScanContext(zones, sites, order, [.. starts], siteCells, cell, chordMax, chordMax2, inner2, system, scale, radius);
            int cells = starts.Count - 1;
            var counts = new int[nz];
            ForCells(ctx, cells, (scratch, c) => ScanCell(ctx, scratch, c, counts, null, null, null));
            var rowStart = new int[nz + 1];
            long total = 0;
            for (int i = 0; i < nz; i++)
            {
                total += counts[i];
                if (total > Array.MaxLength)
                    throw new ArgumentException($"radius: more than {Array.MaxLength} pairs within the radius exceed the maximum array size; use a smaller radius.");
                rowStart[i + 1] = (int)total;
            }
            var site = new int[total];
            var costs = new double[total];
            ForCells(ctx, cells, (scratch, c) => ScanCell(ctx, scratch, c, null, rowStart, site, costs));
            return (rowStart, site, costs);
        }

        private sealed record ScanContext(
            double[] Zones, double[] Sites, int[] Order, int[] Starts, Dictionary<long, List<int>> SiteCells,
            double Cell, double ChordMax, double ChordMax2, double Inner2, CoordinateSystem System, double Scale, double Radius);

        /// <summary>The candidate sites of one zone cell: indices ascending and their coordinates, contiguous.</summary>
        private sealed class Scratch
        {
            public int[] Index = new int[256];
            public double[] X = new double[256], Y = new double[256], Z = new double[256];
            public int Count;

            public void Add(int j, double x, double y, double z)
            {
                if (Count == Index.Length)
                {
                    int n = 2 * Count;
                    Array.Resize(ref Index, n);
                    Array.Resize(ref X, n);
                    Array.Resize(ref Y, n);
                    Array.Resize(ref Z, n);
                }
                Index[Count] = j;
                X[Count] = x;
                Y[Count] = y;
                Z[Count] = z;
                Count++;
            }
        }

        private static void ForCells(ScanContext ctx, int cells, Action<Scratch, int> body)
        {
            if (cells < 4 || ctx.Order.Length < 4096)
            {
                var scratch = new Scratch();
                for (int c = 0; c < cells; c++) body(scratch, c);
                return;
            }
            System.Threading.Tasks.Parallel.For(0, cells, () => new Scratch(), (c, _, scratch) =>
            {
                body(scratch, c);
                return scratch;
            }, _ => { });
        }

        /// <summary>One zone cell: with <paramref name="counts"/> counts each zone's pairs, else writes each zone's row
        /// from <paramref name="rowStart"/> on. Both passes see the same pairs in the same order.</summary>
        private static void ScanCell(ScanContext c, Scratch s, int cellIndex, int[]? counts, int[]? rowStart, int[]? site, double[]? cost)
        {
            var zones = c.Zones;
            var sites = c.Sites;
            var order = c.Order;
            int a = c.Starts[cellIndex], b = c.Starts[cellIndex + 1];
            // The bounding box of the cell's zones.
            double x0 = double.MaxValue, y0 = double.MaxValue, z0 = double.MaxValue, x1 = double.MinValue, y1 = double.MinValue, z1 = double.MinValue;
            for (int k = a; k < b; k++)
            {
                int i = order[k];
                double x = zones[3 * i], y = zones[3 * i + 1], z = zones[3 * i + 2];
                x0 = Math.Min(x0, x); x1 = Math.Max(x1, x);
                y0 = Math.Min(y0, y); y1 = Math.Max(y1, y);
                z0 = Math.Min(z0, z); z1 = Math.Max(z1, z);
            }
            // Candidate sites: every site of the grid cells overlapping the box grown by the reach whose distance to the
            // box is within the reach (with a margin against rounding), ascending index.
            double reach = c.ChordMax * (1 + 1e-9) + 1e-9, cellSize = c.Cell;
            double box2 = c.ChordMax2 * (1 + 1e-9) + 1e-9;
            bool planar = c.System == CoordinateSystem.Planar;
            int cx0 = Cell(x0 - reach, cellSize), cx1 = Cell(x1 + reach, cellSize);
            int cy0 = Cell(y0 - reach, cellSize), cy1 = Cell(y1 + reach, cellSize);
            int cz0 = planar ? Cell(0, cellSize) : Cell(z0 - reach, cellSize), cz1 = planar ? cz0 : Cell(z1 + reach, cellSize);
            s.Count = 0;
            for (int gx = cx0; gx <= cx1; gx++)
            for (int gy = cy0; gy <= cy1; gy++)
            for (int gz = cz0; gz <= cz1; gz++)
            {
                if (!c.SiteCells.TryGetValue(CellKey(gx, gy, gz), out var list)) continue;
                foreach (int j in list)
                {
                    double px = sites[3 * j], py = sites[3 * j + 1], pz = sites[3 * j + 2];
                    double dx = Math.Max(0, Math.Max(x0 - px, px - x1));
                    double dy = Math.Max(0, Math.Max(y0 - py, py - y1));
                    double dz = Math.Max(0, Math.Max(z0 - pz, pz - z1));
                    if (dx * dx + dy * dy + dz * dz <= box2) s.Add(j, px, py, pz);
                }
            }
            SortCandidates(s);
            int n = s.Count;
            var ix = s.Index;
            var sx = s.X; var sy = s.Y; var sz = s.Z;
            double chordMax2 = c.ChordMax2, inner2 = c.Inner2, scale = c.Scale, radius = c.Radius;
            for (int k = a; k < b; k++)
            {
                int i = order[k];
                double zx = zones[3 * i], zy = zones[3 * i + 1], zz = zones[3 * i + 2];
                if (counts is not null)
                {
                    int found = 0;
                    for (int q = 0; q < n; q++)
                    {
                        double ex = zx - sx[q], ey = zy - sy[q], ez = zz - sz[q];
                        double c2 = ex * ex + ey * ey + ez * ez;
                        if (c2 > chordMax2) continue;
                        if (c2 <= inner2 || Cost(c2, planar, scale) <= radius) found++;
                    }
                    counts[i] = found;
                }
                else
                {
                    int r = rowStart![i];
                    for (int q = 0; q < n; q++)
                    {
                        double ex = zx - sx[q], ey = zy - sy[q], ez = zz - sz[q];
                        double c2 = ex * ex + ey * ey + ez * ez;
                        if (c2 > chordMax2) continue;
                        double t = Cost(c2, planar, scale);
                        if (t > radius) continue;
                        site![r] = ix[q];
                        cost![r] = t;
                        r++;
                    }
                }
            }
        }

        /// <summary>The cost of a pair from its squared chord length: planar distance or great-circle arc, times the scale.</summary>
        private static double Cost(double c2, bool planar, double scale)
        {
            double dist = planar
                ? Math.Sqrt(c2)
                : 2 * EarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(c2) / (2 * EarthRadiusKm)));
            return dist * scale;
        }

        /// <summary>Sorts the candidates by site index (they come cell by cell, each cell ascending).</summary>
        private static void SortCandidates(Scratch s)
        {
            int n = s.Count;
            if (n < 2) return;
            var perm = new int[n];
            for (int q = 0; q < n; q++) perm[q] = q;
            var keys = s.Index.AsSpan(0, n).ToArray();
            Array.Sort(keys, perm);
            var x = new double[s.X.Length];
            var y = new double[s.Y.Length];
            var z = new double[s.Z.Length];
            for (int q = 0; q < n; q++)
            {
                x[q] = s.X[perm[q]];
                y[q] = s.Y[perm[q]];
                z[q] = s.Z[perm[q]];
            }
            keys.CopyTo(s.Index, 0);
            s.X = x;
            s.Y = y;
            s.Z = z;
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
