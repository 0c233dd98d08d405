using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;
using Sozialindikatoren.Common;

namespace Sozialindikatoren.Data.Geo;

/// <summary>
/// Reads the polygons of an Esri shapefile (<c>.shp</c> with <c>.shx</c>, <c>.dbf</c> and <c>.prj</c>) with
/// NetTopologySuite.IO.Esri.Shapefile. The <c>.prj</c> must name ETRS89 / UTM 32N (EPSG:25832) or WGS84/ETRS89
/// geographic (EPSG:4326/4258); the DBF encoding comes from the <c>.cpg</c> file or the DBF header.
/// </summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class ShapefileBoundaries
{
    public static IReadOnlyList<BoundaryFeature> Read(string path, ICollection<DataProblem> problems)
    {
        var name = Path.GetFileName(path);
        var prj = Path.ChangeExtension(path, ".prj");
        if (!File.Exists(prj))
        {
            problems.Add(new DataProblem(Path.GetFileName(prj), null, null,
                $"the shapefile {name} has no .prj file: its coordinate system must be ETRS89 / UTM 32N (EPSG:25832) or WGS84 (EPSG:4326)"));
            return [];
        }
        var wkt = File.ReadAllText(prj);
        if (BoundaryFile.CrsOfWkt(wkt) is not { } crs)
        {
            problems.Add(new DataProblem(Path.GetFileName(prj), "PROJCS/GEOGCS", Shorten(wkt),
                "unsupported coordinate system: expected ETRS89 / UTM 32N (EPSG:25832) or WGS84 / ETRS89 geographic (EPSG:4326, EPSG:4258); reproject the file, e.g. in QGIS"));
            return [];
        }
        foreach (var part in new[] { ".shx", ".dbf" })
        {
            if (!File.Exists(Path.ChangeExtension(path, part)))
            {
                problems.Add(new DataProblem(Path.GetFileName(Path.ChangeExtension(path, part)), null, null, $"the shapefile {name} needs its {part} file beside it"));
                return [];
            }
        }
        var result = new List<BoundaryFeature>();
        try
        {
            using var reader = Shapefile.OpenRead(path, new ShapefileReaderOptions { GeometryBuilderMode = GeometryBuilderMode.Strict });
            if (reader.ShapeType is not (ShapeType.Polygon or ShapeType.PolygonM or ShapeType.PolygonZM))
            {
                problems.Add(new DataProblem(name, "shape type", reader.ShapeType.ToString(), "a boundary shapefile must hold polygons"));
                return [];
            }
            var index = 0;
            while (reader.Read(out var deleted))
            {
                var place = $"record {(index + 1).ToString(CultureInfo.InvariantCulture)}";
                if (deleted) { index++; continue; }
                var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var field in reader.Fields)
                {
                    if (Text(field.Value) is { Length: > 0 } v) attributes.TryAdd(field.Name, v);
                }
                var polygons = reader.Geometry switch
                {
                    Polygon p => [Rings(p)],
                    MultiPolygon mp => mp.Geometries.Cast<Polygon>().Select(Rings).ToList(),
                    _ => new List<IReadOnlyList<IReadOnlyList<(double X, double Y)>>>(),
                };
                if (polygons.Count == 0 || reader.Geometry.IsEmpty)
                    problems.Add(new DataProblem(name, place + ".geometry", null, "the record has no polygon (null shape); left out") { Severity = ProblemSeverity.Warning });
                else if (BoundaryGeometry.Build(name, place, 0, index, attributes, polygons, crs, problems) is { } built)
                    result.Add(built);
                index++;
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or NotSupportedException or FormatException or InvalidOperationException or IndexOutOfRangeException or EndOfStreamException)
        {
            problems.Add(new DataProblem(name, null, null, "not a readable shapefile (.shp/.shx/.dbf): " + e.Message));
            return [];
        }
        return result;
    }

    private static IReadOnlyList<IReadOnlyList<(double X, double Y)>> Rings(Polygon p) =>
        new[] { p.ExteriorRing }.Concat(p.InteriorRings).Select(r => (IReadOnlyList<(double X, double Y)>)r.Coordinates.Select(c => (c.X, c.Y)).ToArray()).ToArray();

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s.Trim(),
        double d => BoundaryFile.NumberText(d),
        float f => BoundaryFile.NumberText(f),
        decimal m => BoundaryFile.NumberText((double)m),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string Shorten(string wkt) => wkt.Length <= 120 ? wkt.Trim() : wkt[..120].Trim() + "…";
}
