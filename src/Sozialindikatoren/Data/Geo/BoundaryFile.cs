using System.Globalization;
using System.Text.RegularExpressions;
using Sozialindikatoren.Common;

namespace Sozialindikatoren.Data.Geo;

/// <summary>
/// Reads a boundary file (<em>Grenzdatei</em>): GeoJSON (<c>.geojson</c>, <c>.json</c>; RFC 7946, WGS84) or an Esri
/// shapefile (<c>.shp</c> with <c>.shx</c>, <c>.dbf</c>, <c>.prj</c>; ETRS89 / UTM 32N as Geobasis NRW ships it, or
/// WGS84). Each polygon feature becomes a <see cref="BoundaryFeature"/> with its attributes, boundary, centroid and area.
/// Match the features to a data set's spaces with <see cref="BoundaryMatching"/>.
/// </summary>
/// <remarks>
/// <para>Coordinate systems: WGS84 (EPSG:4326) and ETRS89 geographic (EPSG:4258) are taken as the same, as are
/// ETRS89 and WGS84 in <see cref="Spaces.TransverseMercator"/> (they differ by less than 1 m in Germany); EPSG:25832 is
/// unprojected with <see cref="Spaces.TransverseMercator.Etrs89Utm32N"/>. Any other system is an error naming the
/// <c>.prj</c> (or the GeoJSON <c>crs</c> member).</para>
/// <para>Errors (not a polygon, an unclosed ring, coordinates out of range, malformed JSON or shapefile) name the file,
/// the feature (<c>features[3]</c>, <c>record 4</c>), the field and the value, and are thrown together as one
/// <see cref="DataProblemException"/>; warnings (a feature without geometry, an invalid geometry) go to the notes.</para>
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static partial class BoundaryFile
{
    /// <summary>The file names a data folder's boundaries are found under, in this order.</summary>
    public static IReadOnlyList<string> FolderFileNames { get; } = ["grenzen.geojson", "grenzen.json", "grenzen.shp", "boundaries.geojson", "boundaries.shp"];

    /// <summary>Reads a boundary file.</summary>
    /// <param name="path">A <c>.geojson</c>/<c>.json</c> or <c>.shp</c> file.</param>
    /// <param name="notes">Receives warnings, or null.</param>
    /// <param name="maxInputBytes">Size limit of a GeoJSON file or a <c>.shp</c> (each read whole), default 200 MB.</param>
    /// <returns>The polygon features in file order.</returns>
    /// <exception cref="DataProblemException">A missing or malformed file, an unsupported coordinate system (all problems listed).</exception>
    public static IReadOnlyList<BoundaryFeature> Read(string path, ICollection<DataProblem>? notes = null, long maxInputBytes = Csv.CsvReadOptions.DefaultMaxInputBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        var problems = new List<DataProblem>();
        if (!File.Exists(path)) throw new DataProblemException(new DataProblem(path, "--boundaries", path, "no such file"));
        var ext = Path.GetExtension(path).ToLowerInvariant();
        IReadOnlyList<BoundaryFeature> features;
        if (ext is ".geojson" or ".json" or ".shp")
        {
            // Both are read whole (the shapefile's record structure is checked on its bytes before it is parsed).
            var size = new FileInfo(path).Length;
            if (size > maxInputBytes)
                throw new DataProblemException(new DataProblem(Path.GetFileName(path), null, size.ToString(CultureInfo.InvariantCulture),
                    $"the file is larger than the limit of {maxInputBytes.ToString(CultureInfo.InvariantCulture)} bytes (--max-input-mb)"));
        }
        if (ext is ".geojson" or ".json") features = GeoJsonBoundaries.Read(path, File.ReadAllBytes(path), problems);
        else if (ext == ".shp") features = ShapefileBoundaries.Read(path, problems);
        else throw new DataProblemException(new DataProblem(Path.GetFileName(path), "--boundaries", path, "expected a GeoJSON (.geojson, .json) or shapefile (.shp) file"));
        var errors = problems.Where(p => p.Severity == ProblemSeverity.Error).ToArray();
        if (errors.Length > 0) throw new DataProblemException(errors);
        if (notes is not null) foreach (var p in problems) notes.Add(p);
        if (features.Count == 0) throw new DataProblemException(new DataProblem(Path.GetFileName(path), null, null, "the file holds no polygon feature"));
        return features;
    }

    /// <summary>A number as attribute text: whole numbers without decimals (5970040.0 → <c>5970040</c>), others round-trip.</summary>
    internal static string NumberText(double value) =>
        Math.Abs(value) < 1e15 && value == Math.Floor(value)
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The system of a GeoJSON <c>crs</c> name (<c>urn:ogc:def:crs:EPSG::25832</c>, <c>EPSG:4326</c>,
    /// <c>urn:ogc:def:crs:OGC:1.3:CRS84</c>), or null when unsupported.</summary>
    internal static BoundaryCrs? CrsOfName(string? name)
    {
        if (name is null) return null;
        var n = name.Trim().ToUpperInvariant();
        if (n.EndsWith("CRS84", StringComparison.Ordinal)) return BoundaryCrs.Geographic;
        var code = EpsgCode().Match(n);
        if (!code.Success) return null;
        return code.Groups[1].Value switch
        {
            "4326" or "4258" => BoundaryCrs.Geographic,
            "25832" => BoundaryCrs.Utm32N,
            _ => null,
        };
    }

    /// <summary>The system of a <c>.prj</c> text (Esri WKT, OGC WKT 1 or WKT 2), or null when unsupported: a projected
    /// system must be ETRS89 / UTM zone 32N with false easting 500 000 m (by name or EPSG code 25832); a geographic
    /// one WGS84 or ETRS89.</summary>
    internal static BoundaryCrs? CrsOfWkt(string wkt)
    {
        var text = wkt.Trim();
        var upper = text.ToUpperInvariant();
        var squashed = NonAlphanumeric().Replace(upper, "");
        if (upper.StartsWith("PROJCS", StringComparison.Ordinal) || upper.StartsWith("PROJCRS", StringComparison.Ordinal))
        {
            var named = (squashed.Contains("ETRS1989", StringComparison.Ordinal) || squashed.Contains("ETRS89", StringComparison.Ordinal))
                        && squashed.Contains("UTMZONE32N", StringComparison.Ordinal);
            var coded = squashed.Contains("EPSG25832", StringComparison.Ordinal);
            if (!named && !coded) return null;
            var fe = FalseEasting().Match(upper);
            if (fe.Success && double.TryParse(fe.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var e) && e != 500_000) return null;
            return BoundaryCrs.Utm32N;
        }
        if (upper.StartsWith("GEOGCS", StringComparison.Ordinal) || upper.StartsWith("GEOGCRS", StringComparison.Ordinal) || upper.StartsWith("GEODCRS", StringComparison.Ordinal))
        {
            return squashed.Contains("WGS84", StringComparison.Ordinal) || squashed.Contains("WGS1984", StringComparison.Ordinal)
                || squashed.Contains("ETRS89", StringComparison.Ordinal) || squashed.Contains("ETRS1989", StringComparison.Ordinal)
                ? BoundaryCrs.Geographic : null;
        }
        return null;
    }

    [GeneratedRegex("EPSG:+(?:[0-9.]*:)?([0-9]+)$")]
    private static partial Regex EpsgCode();

    [GeneratedRegex("[^A-Z0-9]")]
    private static partial Regex NonAlphanumeric();

    [GeneratedRegex("PARAMETER\\[\\s*\"FALSE[ _]EASTING\"\\s*,\\s*([-0-9.E+]+)")]
    private static partial Regex FalseEasting();
}
