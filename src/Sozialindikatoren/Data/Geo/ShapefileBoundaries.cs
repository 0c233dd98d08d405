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
        if (CheckRecords(path) is { } broken)
        {
            problems.Add(broken);
            return [];
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

    /// <summary>
    /// Checks the record structure of the <c>.shp</c> before NetTopologySuite reads it: every record lies inside the file,
    /// and a polygon record's part and point counts fit its content length (44 + 4 × parts + 16 × points bytes; the
    /// optional Z/M ranges are not required), with part starts ascending below the point count. A record that claims two billion points in 144 bytes
    /// made the reader run for minutes (found by fuzzing); it is now a problem naming the record, field and value.
    /// </summary>
    /// <returns>The first problem found, or null when the structure is sound.</returns>
    internal static DataProblem? CheckRecords(string path)
    {
        var name = Path.GetFileName(path);
        var b = File.ReadAllBytes(path);
        if (b.Length < 100) return new DataProblem(name, "header", b.Length.ToString(CultureInfo.InvariantCulture) + " bytes", "a shapefile has a 100-byte header; the file is shorter");
        long offset = 100;
        for (var record = 1; offset < b.Length; record++)
        {
            var place = "record " + record.ToString(CultureInfo.InvariantCulture);
            if (offset + 8 > b.Length) return new DataProblem(name, place, null, "the file ends inside a record header");
            long length = 2L * System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(b.AsSpan((int)offset + 4, 4));
            if (length < 4 || offset + 8 + length > b.Length)
                return new DataProblem(name, place + ".content length", length.ToString(CultureInfo.InvariantCulture),
                    "the record's content length does not fit the file");
            var content = b.AsSpan((int)offset + 8, (int)length);
            var type = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(content);
            if (type is 5 or 15 or 25 or 3 or 13 or 23)
            {
                if (length < 44) return new DataProblem(name, place + ".content length", length.ToString(CultureInfo.InvariantCulture), "too short for a polygon record");
                int parts = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(content[36..]);
                int points = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(content[40..]);
                if (parts < 0 || points < 0 || 44 + 4L * parts + 16L * points > length)
                    return new DataProblem(name, place + ".points", points.ToString(CultureInfo.InvariantCulture),
                        string.Create(CultureInfo.InvariantCulture, $"{parts} parts and {points} points do not fit the record's {length} bytes"));
                long previous = -1;
                for (int k = 0; k < parts; k++)
                {
                    int start = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(content[(44 + 4 * k)..]);
                    if (start <= previous || start >= points || (k == 0 && start != 0))
                        return new DataProblem(name, place + ".parts", start.ToString(CultureInfo.InvariantCulture),
                            "part starts must begin at 0, ascend and lie below the point count");
                    previous = start;
                }
            }
            offset += 8 + length;
        }
        return null;
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
