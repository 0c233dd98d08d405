using System.Globalization;
using System.Text.Json;
using Sozialindikatoren.Common;

namespace Sozialindikatoren.Data.Geo;

/// <summary>
/// Reads the polygons of a GeoJSON file (RFC 7946: a <c>FeatureCollection</c> or one <c>Feature</c>, geometries
/// <c>Polygon</c> or <c>MultiPolygon</c> in WGS84 longitude/latitude) with a <see cref="Utf8JsonReader"/> (no
/// reflection, trim- and AOT-safe). A legacy <c>crs</c> member naming EPSG:25832 (as QGIS writes for UTM data) is
/// honoured; EPSG:4326, EPSG:4258 and OGC CRS84 are WGS84; any other is an error.
/// </summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class GeoJsonBoundaries
{
    private sealed class Malformed(string field, string? value, string message, long offset) : Exception(message)
    {
        public string Field { get; } = field;
        public string? Value { get; } = value;
        public long Offset { get; } = offset;
    }

    private sealed record RawFeature(int Index, long Offset, Dictionary<string, string> Attributes, string? GeometryType, object? Coordinates, bool HasGeometry);

    public static IReadOnlyList<BoundaryFeature> Read(string path, byte[] bytes, ICollection<DataProblem> problems)
    {
        var name = Path.GetFileName(path);
        var features = new List<RawFeature>();
        var crs = BoundaryCrs.Geographic;
        // A UTF-8 byte order mark (as Windows editors write) is skipped; offsets below count from after it.
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (bom > 0) bytes = bytes[bom..];
        Csv.TextEncodingDetection.RequireUtf8(bytes, name);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            Next(ref reader);
            if (reader.TokenType != JsonTokenType.StartObject) throw new Malformed("$", null, "expected a GeoJSON object (FeatureCollection or Feature)", reader.TokenStartIndex);
            string? type = null;
            RawFeature? single = null;
            var singleProps = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            string? gType = null; object? gCoords = null; var hasGeometry = false;
            while (true)
            {
                Next(ref reader);
                if (reader.TokenType == JsonTokenType.EndObject) break;
                var member = reader.GetString()!;
                Next(ref reader);
                switch (member)
                {
                    case "type": type = String(ref reader, "$.type"); break;
                    case "features": ReadFeatures(ref reader, features); break;
                    case "crs": crs = ReadCrs(ref reader); break;
                    case "properties": ReadProperties(ref reader, singleProps, "$.properties"); break;
                    case "id": if (Scalar(ref reader) is { Length: > 0 } id) singleProps.TryAdd("id", id); break;
                    case "geometry": (gType, gCoords, hasGeometry) = ReadGeometry(ref reader, "$.geometry"); break;
                    default: reader.Skip(); break;
                }
            }
            if (type == "Feature") single = new RawFeature(0, 0, singleProps, gType, gCoords, hasGeometry);
            else if (type != "FeatureCollection") throw new Malformed("$.type", type, "expected \"FeatureCollection\" or \"Feature\"", 0);
            if (single is not null) features.Add(single);
        }
        catch (Malformed m)
        {
            problems.Add(new DataProblem(name, LineOf(bytes, m.Offset), 0, m.Field, m.Value, m.Message));
            return [];
        }
        catch (JsonException e)
        {
            problems.Add(new DataProblem(name, (int)(e.LineNumber ?? -1) + 1, (int)(e.BytePositionInLine ?? -1) + 1, null, null, "not valid JSON: " + e.Message));
            return [];
        }
        var result = new List<BoundaryFeature>();
        foreach (var f in features)
        {
            var place = $"features[{f.Index}]";
            var line = LineOf(bytes, f.Offset);
            if (!f.HasGeometry)
            {
                problems.Add(new DataProblem(name, line, 0, place + ".geometry", null, "the feature has no geometry; left out") { Severity = ProblemSeverity.Warning });
                continue;
            }
            var polygons = Polygons(name, place, line, f, problems);
            if (polygons is null) continue;
            if (BoundaryGeometry.Build(name, place, line, f.Index, f.Attributes, polygons, crs, problems) is { } built) result.Add(built);
        }
        return result;
    }

    private static void ReadFeatures(ref Utf8JsonReader reader, List<RawFeature> features)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new Malformed("$.features", null, "expected an array of features", reader.TokenStartIndex);
        var i = 0;
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray) return;
            var place = $"features[{i}]";
            var offset = reader.TokenStartIndex;
            if (reader.TokenType != JsonTokenType.StartObject) throw new Malformed(place, null, "expected a Feature object", offset);
            var props = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            string? type = null, gType = null, id = null;
            object? coords = null;
            var hasGeometry = false;
            while (true)
            {
                Next(ref reader);
                if (reader.TokenType == JsonTokenType.EndObject) break;
                var member = reader.GetString()!;
                Next(ref reader);
                switch (member)
                {
                    case "type": type = String(ref reader, place + ".type"); break;
                    case "properties": ReadProperties(ref reader, props, place + ".properties"); break;
                    case "id": id = Scalar(ref reader); break;
                    case "geometry": (gType, coords, hasGeometry) = ReadGeometry(ref reader, place + ".geometry"); break;
                    default: reader.Skip(); break;
                }
            }
            if (type != "Feature") throw new Malformed(place + ".type", type, "expected \"Feature\"", offset);
            if (id is { Length: > 0 }) props.TryAdd("id", id);
            features.Add(new RawFeature(i, offset, props, gType, coords, hasGeometry));
            i++;
        }
    }

    private static void ReadProperties(ref Utf8JsonReader reader, Dictionary<string, string> props, string place)
    {
        if (reader.TokenType == JsonTokenType.Null) return;
        if (reader.TokenType != JsonTokenType.StartObject) throw new Malformed(place, null, "expected an object or null", reader.TokenStartIndex);
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject) return;
            var key = reader.GetString()!;
            Next(ref reader);
            if (Scalar(ref reader) is { Length: > 0 } v) props.TryAdd(key, v);
        }
    }

    /// <summary>A string, number or boolean as invariant text; null, objects and arrays (skipped) give null.</summary>
    private static string? Scalar(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String: return reader.GetString()!.Trim();
            case JsonTokenType.Number: return BoundaryFile.NumberText(reader.TryGetInt64(out var l) ? l : reader.GetDouble());
            case JsonTokenType.True: return "true";
            case JsonTokenType.False: return "false";
            case JsonTokenType.StartObject or JsonTokenType.StartArray: reader.Skip(); return null;
            default: return null;
        }
    }

    private static (string? Type, object? Coordinates, bool HasGeometry) ReadGeometry(ref Utf8JsonReader reader, string place)
    {
        if (reader.TokenType == JsonTokenType.Null) return (null, null, false);
        if (reader.TokenType != JsonTokenType.StartObject) throw new Malformed(place, null, "expected a geometry object or null", reader.TokenStartIndex);
        string? type = null;
        object? coords = null;
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject) return (type, coords, true);
            var member = reader.GetString()!;
            Next(ref reader);
            if (member == "type") type = String(ref reader, place + ".type");
            else if (member == "coordinates") coords = Nested(ref reader, place + ".coordinates");
            else reader.Skip();
        }
    }

    /// <summary>Nested arrays of numbers: a double or a List&lt;object&gt;.</summary>
    private static object Nested(ref Utf8JsonReader reader, string place)
    {
        if (reader.TokenType == JsonTokenType.Number) return reader.GetDouble();
        if (reader.TokenType != JsonTokenType.StartArray) throw new Malformed(place, null, "expected nested arrays of numbers", reader.TokenStartIndex);
        var list = new List<object>();
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray) return list;
            list.Add(Nested(ref reader, place));
        }
    }

    private static BoundaryCrs ReadCrs(ref Utf8JsonReader reader)
    {
        var start = reader.TokenStartIndex;
        if (reader.TokenType == JsonTokenType.Null) return BoundaryCrs.Geographic;
        using var doc = JsonDocument.ParseValue(ref reader);
        var name = doc.RootElement.ValueKind == JsonValueKind.Object
            && doc.RootElement.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
            && p.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        return BoundaryFile.CrsOfName(name) ?? throw new Malformed("$.crs.properties.name", name,
            "unsupported coordinate system: expected WGS84 (EPSG:4326, OGC CRS84), ETRS89 (EPSG:4258) or ETRS89 / UTM 32N (EPSG:25832)", start);
    }

    private static List<IReadOnlyList<IReadOnlyList<(double X, double Y)>>>? Polygons(string name, string place, int line, RawFeature f, ICollection<DataProblem> problems)
    {
        var field = place + ".geometry.coordinates";
        try
        {
            return f.GeometryType switch
            {
                "Polygon" => [Polygon(f.Coordinates, field)],
                "MultiPolygon" => Array(f.Coordinates, field).Select((p, i) => Polygon(p, $"{field}[{i}]")).ToList(),
                null => throw new Malformed(place + ".geometry.type", null, "the geometry has no type", 0),
                _ => throw new Malformed(place + ".geometry.type", f.GeometryType, "a boundary must be a Polygon or MultiPolygon", 0),
            };
        }
        catch (Malformed m)
        {
            problems.Add(new DataProblem(name, line, 0, m.Field, m.Value, m.Message));
            return null;
        }
    }

    private static IReadOnlyList<IReadOnlyList<(double X, double Y)>> Polygon(object? coords, string field) =>
        Array(coords, field).Select((ring, r) => (IReadOnlyList<(double, double)>)Array(ring, $"{field}[{r}]").Select((pos, i) =>
        {
            var xy = Array(pos, $"{field}[{r}][{i}]");
            if (xy.Count < 2 || xy[0] is not double x || xy[1] is not double y)
                throw new Malformed($"{field}[{r}][{i}]", null, "a position is [longitude, latitude] (two numbers)", 0);
            return (x, y);
        }).ToArray()).ToArray();

    private static List<object> Array(object? value, string field) =>
        value as List<object> ?? throw new Malformed(field, value is double d ? d.ToString("R", CultureInfo.InvariantCulture) : null, "expected an array", 0);

    private static string? String(ref Utf8JsonReader reader, string place) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new Malformed(place, null, "expected a string", reader.TokenStartIndex);

    private static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read()) throw new Malformed("$", null, "the file ends inside the GeoJSON document", reader.BytesConsumed);
    }

    private static int LineOf(byte[] bytes, long offset)
    {
        var line = 1;
        for (long i = 0; i < offset && i < bytes.Length; i++) if (bytes[i] == (byte)'\n') line++;
        return line;
    }
}
