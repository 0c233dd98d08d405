using System.Globalization;

namespace Sozialindikatoren.Statistics;

/// <summary>How two areas must touch to count as neighbours (<em>Nachbarschaftsdefinition</em>).</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum Contiguity
{
    /// <summary>Queen contiguity: at least one shared boundary point (vertex).</summary>
    Queen = 0,
    /// <summary>Rook contiguity: at least one shared boundary segment (two consecutive shared vertices).</summary>
    Rook = 1,
}

/// <summary>
/// A symmetric neighbour list over areas 0 … n−1 (<em>Nachbarschaftsliste</em>), stored compactly (CSR: offsets and
/// neighbour indices); used for local empirical-Bayes smoothing.
/// </summary>
/// <remarks>Neighbour lists are sorted, without duplicates and without self-loops; the relation is symmetric (a
/// neighbour of b is b's neighbour). Areas may have no neighbours (islands).</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class NeighbourList
{
    private readonly int[] _offsets;
    private readonly int[] _indices;

    /// <summary>Creates a neighbour list from one list per area; it is symmetrised (a pair given once counts both ways).</summary>
    /// <param name="neighbours">For each area, the indices of its neighbours (0 … n−1, not itself).</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range or refers to the area itself.</exception>
    public NeighbourList(IReadOnlyList<IReadOnlyList<int>> neighbours)
    {
        ArgumentNullException.ThrowIfNull(neighbours);
        var n = neighbours.Count;
        var sets = new SortedSet<int>[n];
        for (var i = 0; i < n; i++) sets[i] = [];
        for (var i = 0; i < n; i++)
        {
            ArgumentNullException.ThrowIfNull(neighbours[i]);
            foreach (var j in neighbours[i])
            {
                if (j < 0 || j >= n) throw new ArgumentOutOfRangeException(nameof(neighbours), j, string.Create(CultureInfo.InvariantCulture, $"neighbours[{i}]: index {j} is outside 0 … {n - 1}."));
                if (j == i) throw new ArgumentOutOfRangeException(nameof(neighbours), j, string.Create(CultureInfo.InvariantCulture, $"neighbours[{i}]: an area cannot be its own neighbour."));
                sets[i].Add(j);
                sets[j].Add(i);
            }
        }
        _offsets = new int[n + 1];
        for (var i = 0; i < n; i++) _offsets[i + 1] = _offsets[i] + sets[i].Count;
        _indices = new int[_offsets[n]];
        for (var i = 0; i < n; i++) sets[i].CopyTo(_indices, _offsets[i]);
    }

    /// <summary>The number of areas.</summary>
    public int Count => _offsets.Length - 1;

    /// <summary>The neighbours of area <paramref name="area"/>, sorted ascending.</summary>
    /// <param name="area">The area index.</param>
    /// <returns>A read-only span of neighbour indices.</returns>
    public ReadOnlySpan<int> this[int area] => _indices.AsSpan(_offsets[area], _offsets[area + 1] - _offsets[area]);

    /// <summary>
    /// Derives neighbours from polygon boundaries: areas are neighbours when their boundaries share a vertex (queen) or
    /// a segment (rook), with vertices compared after snapping to a grid of <paramref name="tolerance"/> degrees.
    /// </summary>
    /// <param name="areas">Per area its rings (outer and inner, any orientation); each ring is a flat array of
    /// coordinates <c>[lon₀, lat₀, lon₁, lat₁, …]</c> in degrees (WGS 84), closed or open.</param>
    /// <param name="contiguity">Queen (shared point) or rook (shared segment).</param>
    /// <param name="tolerance">The snapping grid in degrees, &gt; 0; default 1e-7 (about 1 cm).</param>
    /// <returns>The neighbour list.</returns>
    /// <remarks>Boundaries must be topologically consistent (shared borders carry the same vertices, as in official
    /// boundary data such as VG250); a vertex of one area lying in the middle of a neighbour's edge is not detected.
    /// Vertices within a tolerance of each other but on different sides of a grid line may fail to match; snap the
    /// source data if that matters.</remarks>
    /// <exception cref="ArgumentException">A ring has an odd number of coordinates or fewer than three points, or a coordinate is not finite.</exception>
    public static NeighbourList FromPolygons(IReadOnlyList<IReadOnlyList<double[]>> areas, Contiguity contiguity = Contiguity.Queen, double tolerance = 1e-7)
    {
        ArgumentNullException.ThrowIfNull(areas);
        if (!(tolerance > 0) || !double.IsFinite(tolerance)) throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "tolerance: must be finite and > 0.");
        var owners = new Dictionary<(long, long, long, long), List<int>>();
        for (var a = 0; a < areas.Count; a++)
        {
            ArgumentNullException.ThrowIfNull(areas[a]);
            for (var r = 0; r < areas[a].Count; r++)
            {
                var ring = areas[a][r];
                if (ring is null || ring.Length % 2 != 0 || ring.Length < 6)
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"areas[{a}][{r}]: a ring needs an even number of coordinates and at least three points."), nameof(areas));
                var points = ring.Length / 2;
                for (var p = 0; p < points; p++)
                {
                    var lon = ring[2 * p];
                    var lat = ring[2 * p + 1];
                    if (!double.IsFinite(lon) || !double.IsFinite(lat))
                        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"areas[{a}][{r}]: point {p} is not finite."), nameof(areas));
                    var v = Snap(lon, lat, tolerance);
                    (long, long, long, long) key;
                    if (contiguity == Contiguity.Queen)
                    {
                        key = (v.X, v.Y, long.MinValue, long.MinValue);
                    }
                    else
                    {
                        var q = (p + 1) % points;
                        var w = Snap(ring[2 * q], ring[2 * q + 1], tolerance);
                        if (w == v) continue;
                        key = v.CompareTo(w) < 0 ? (v.X, v.Y, w.X, w.Y) : (w.X, w.Y, v.X, v.Y);
                    }
                    if (!owners.TryGetValue(key, out var list)) owners[key] = list = new List<int>(2);
                    if (list.Count == 0 || list[^1] != a) list.Add(a);
                }
            }
        }
        var neighbours = new List<int>[areas.Count];
        for (var i = 0; i < neighbours.Length; i++) neighbours[i] = [];
        foreach (var list in owners.Values)
        {
            for (var i = 0; i < list.Count; i++)
                for (var j = i + 1; j < list.Count; j++)
                    if (list[i] != list[j]) neighbours[list[i]].Add(list[j]);
        }
        return new NeighbourList(neighbours);
    }

    private static (long X, long Y) Snap(double lon, double lat, double tolerance) =>
        ((long)Math.Round(lon / tolerance), (long)Math.Round(lat / tolerance));
}
