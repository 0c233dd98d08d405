using System.Globalization;

namespace Sozialindikatoren.Spaces;

/// <summary>
/// A boundary polygon in WGS84 (<em>Gebietsgrenze</em>): one exterior ring and optional holes, each ring closed
/// (first point = last point) with at least 4 points, as in GeoJSON (RFC 7946).
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class GeoPolygon
{
    /// <summary>Creates a polygon.</summary>
    /// <param name="exterior">The exterior ring, closed.</param>
    /// <param name="holes">Interior rings, closed; may be null.</param>
    /// <exception cref="ArgumentException">A ring has fewer than 4 points or is not closed.</exception>
    public GeoPolygon(IEnumerable<GeoPoint> exterior, IEnumerable<IEnumerable<GeoPoint>>? holes = null)
    {
        ArgumentNullException.ThrowIfNull(exterior);
        Exterior = CheckRing(exterior.ToArray(), "exterior");
        Holes = (holes ?? []).Select((h, i) => (IReadOnlyList<GeoPoint>)CheckRing(h.ToArray(), $"holes[{i}]")).ToArray();
    }

    /// <summary>The exterior ring (closed).</summary>
    public IReadOnlyList<GeoPoint> Exterior { get; }

    /// <summary>The interior rings (closed), possibly empty.</summary>
    public IReadOnlyList<IReadOnlyList<GeoPoint>> Holes { get; }

    private static GeoPoint[] CheckRing(GeoPoint[] ring, string name)
    {
        if (ring.Length < 4)
            throw new ArgumentException($"polygon {name}: a ring needs at least 4 points (closed), had {ring.Length}.", name);
        if (ring[0] != ring[^1])
            throw new ArgumentException($"polygon {name}: ring is not closed (first point {ring[0]} differs from last point {ring[^1]}).", name);
        return ring;
    }
}
