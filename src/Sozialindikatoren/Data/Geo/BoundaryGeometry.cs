using System.Globalization;
using NetTopologySuite.Geometries;
using Sozialindikatoren.Common;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Data.Geo;

/// <summary>The coordinate reference system of a boundary file (<em>Koordinatenreferenzsystem</em>).</summary>
internal enum BoundaryCrs
{
    /// <summary>Geographic longitude/latitude in degrees: WGS84 (EPSG:4326, GeoJSON) or ETRS89 (EPSG:4258).</summary>
    Geographic = 0,
    /// <summary>ETRS89 / UTM zone 32N (EPSG:25832): easting/northing in metres.</summary>
    Utm32N = 1,
}

/// <summary>
/// Turns the rings of one boundary feature, as read, into a <see cref="BoundaryFeature"/>: WGS84 boundary (largest
/// part), centroid and area computed with NetTopologySuite on UTM 32N plane coordinates. The one place where boundary
/// geometry is computed.
/// </summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class BoundaryGeometry
{
    private static readonly GeometryFactory Factory = new();

    /// <summary>Builds the feature, or adds problems and returns null.</summary>
    /// <param name="source">The file name for problems.</param>
    /// <param name="place">The feature's place for problems (<c>features[3]</c>, <c>record 4</c>).</param>
    /// <param name="line">The line of the feature (GeoJSON) or 0.</param>
    /// <param name="index">The 0-based feature index.</param>
    /// <param name="attributes">The attributes.</param>
    /// <param name="polygons">Polygons → rings → coordinate pairs (x, y) in <paramref name="crs"/>.</param>
    /// <param name="crs">The coordinates' system.</param>
    /// <param name="problems">Receives errors and warnings.</param>
    public static BoundaryFeature? Build(string source, string place, int line, int index, IReadOnlyDictionary<string, string> attributes,
        IReadOnlyList<IReadOnlyList<IReadOnlyList<(double X, double Y)>>> polygons, BoundaryCrs crs, ICollection<DataProblem> problems)
    {
        var plane = new List<Polygon>();
        var geographic = new List<GeoPolygon>();
        for (var p = 0; p < polygons.Count; p++)
        {
            var rings = polygons[p];
            if (rings.Count == 0) { problems.Add(Error(source, line, $"{place}.geometry.coordinates[{p}]", null, "a polygon needs at least an exterior ring")); return null; }
            var planeRings = new List<LinearRing>();
            var geoRings = new List<GeoPoint[]>();
            for (var r = 0; r < rings.Count; r++)
            {
                var field = polygons.Count == 1 ? $"{place}.geometry.coordinates[{r}]" : $"{place}.geometry.coordinates[{p}][{r}]";
                var ring = rings[r];
                if (ring.Count < 4) { problems.Add(Error(source, line, field, ring.Count.ToString(CultureInfo.InvariantCulture), "a ring needs at least 4 positions (closed: the first repeated as the last)")); return null; }
                if (ring[0] != ring[^1]) { problems.Add(Error(source, line, field, $"{Xy(ring[0])} … {Xy(ring[^1])}", "the ring is not closed (the last position must repeat the first)")); return null; }
                var geo = new GeoPoint[ring.Count];
                var xy = new Coordinate[ring.Count];
                for (var i = 0; i < ring.Count; i++)
                {
                    var (x, y) = ring[i];
                    if (!TryPoint(crs, x, y, out geo[i], out var projected, out var why))
                    {
                        problems.Add(Error(source, line, field + $"[{i}]", Xy(ring[i]), why));
                        return null;
                    }
                    xy[i] = new Coordinate(projected.Easting, projected.Northing);
                }
                // Orientation as RFC 7946 asks: exterior counter-clockwise, holes clockwise (also keeps SVG's nonzero fill right).
                var ccw = SignedArea(xy) > 0;
                if ((r == 0) != ccw) { Array.Reverse(xy); Array.Reverse(geo); }
                planeRings.Add(Factory.CreateLinearRing(xy));
                geoRings.Add(geo);
            }
            plane.Add(Factory.CreatePolygon(planeRings[0], planeRings.Skip(1).ToArray()));
            geographic.Add(new GeoPolygon(geoRings[0], geoRings.Skip(1)));
        }
        if (plane.Count == 0) { problems.Add(Error(source, line, $"{place}.geometry", null, "the geometry has no polygon")); return null; }
        Geometry all = plane.Count == 1 ? plane[0] : Factory.CreateMultiPolygon(plane.ToArray());
        if (!all.IsValid)
            problems.Add(new DataProblem(source, line, 0, $"{place}.geometry", null,
                "the geometry is not valid (self-intersecting ring or overlapping parts); area and centroid may be off") { Severity = ProblemSeverity.Warning });
        var area = all.Area;
        if (!(area > 0)) { problems.Add(Error(source, line, $"{place}.geometry", null, "the area is zero")); return null; }
        var largest = 0;
        for (var i = 1; i < plane.Count; i++) if (plane[i].Area > plane[largest].Area) largest = i;
        var c = all.Centroid.Coordinate;
        var centroid = TransverseMercator.Etrs89Utm32N.Inverse(new ProjectedPoint(c.X, c.Y));
        return new BoundaryFeature(index, attributes, geographic[largest], centroid, area / 1e6, plane.Count);
    }

    /// <summary>A coordinate pair as WGS84 and as UTM 32N; false with the reason when it is out of range.</summary>
    private static bool TryPoint(BoundaryCrs crs, double x, double y, out GeoPoint geo, out ProjectedPoint projected, out string why)
    {
        geo = default;
        projected = default;
        why = "";
        if (!double.IsFinite(x) || !double.IsFinite(y)) { why = "coordinates must be finite numbers"; return false; }
        try
        {
            if (crs == BoundaryCrs.Geographic)
            {
                if (Math.Abs(x) > 180 || Math.Abs(y) > 90)
                {
                    why = "not a longitude/latitude in degrees (GeoJSON is WGS84, RFC 7946; projected coordinates such as EPSG:25832 need a crs member or a shapefile with .prj)";
                    return false;
                }
                geo = new GeoPoint(y, x);
                projected = TransverseMercator.Etrs89Utm32N.Forward(geo);
            }
            else
            {
                projected = new ProjectedPoint(x, y);
                geo = TransverseMercator.Etrs89Utm32N.Inverse(projected);
            }
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            why = crs == BoundaryCrs.Geographic ? "the longitude is 90 degrees or more from 9° E (outside UTM zone 32's domain)" : "not an easting/northing in ETRS89 / UTM 32N";
            return false;
        }
    }

    private static double SignedArea(Coordinate[] ring)
    {
        double sum = 0;
        for (var i = 0; i + 1 < ring.Length; i++) sum += ring[i].X * ring[i + 1].Y - ring[i + 1].X * ring[i].Y;
        return sum / 2;
    }

    private static string Xy((double X, double Y) p) =>
        "[" + p.X.ToString("R", CultureInfo.InvariantCulture) + ", " + p.Y.ToString("R", CultureInfo.InvariantCulture) + "]";

    private static DataProblem Error(string source, int line, string field, string? value, string message) =>
        new(source, line, 0, field, value, message);
}
