using System.Buffers;
using System.Globalization;
using Sozialindikatoren.Access;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Csv;

namespace Sozialindikatoren.Data;

/// <summary>Inputs of the accessibility measures as CSV (<em>Nachfrage- und Angebotspunkte, Reisezeiten</em>), read
/// through the one CSV path (encoding, delimiter and number format detected; German headers accepted).</summary>
/// <remarks>Every problem of a file is collected (file, line, field, value) and thrown together as one
/// <see cref="DataProblemException"/>; warnings (unknown columns) and the note naming the encoding, delimiter and number
/// format go to the <c>notes</c> collection.</remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class AccessCsv
{
    private static CsvColumn Column(string name, bool required) => name.ToLowerInvariant() switch
    {
        "id" => new("id", "ID", required, "kennung", "schluessel"),
        "demand" => new(name, "Nachfrage", required, "bedarf"),
        "capacity" => new(name, "Kapazität", required, "angebot"),
        "x" => new(name, "X", required, "rechtswert", "ost"),
        "y" => new(name, "Y", required, "hochwert", "nord"),
        "lat" => new(name, "Breite", required, "breitengrad", "latitude"),
        "lon" => new(name, "Länge", required, "laengengrad", "longitude", "lng"),
        "origin" => new("origin", "Start", required, "von", "herkunft_id"),
        "destination" => new("destination", "Ziel", required, "nach", "ziel_id"),
        "cost" => new("cost", "Kosten", required, "zeit", "minuten", "distanz", "entfernung"),
        _ => new(name, name, required),
    };

    /// <summary>Reads demand or supply points: an <c>id</c> column (unique, not empty), a value column (≥ 0) and, with
    /// coordinates, x and y columns (header names case-insensitive; see docs/data-format.md for the German headers).</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="valueName">The value column, e.g. <c>demand</c> or <c>capacity</c>.</param>
    /// <param name="withCoordinates">Whether x and y are read.</param>
    /// <param name="xName">The x (or latitude) column.</param>
    /// <param name="yName">The y (or longitude) column.</param>
    /// <returns>The points.</returns>
    /// <exception cref="DataProblemException">Every problem, with file, line, field and value.</exception>
    public static AccessPoints ReadPoints(string path, string valueName, bool withCoordinates, string xName, string yName) =>
        ReadPoints(path, valueName, withCoordinates, xName, yName, null, null);

    /// <summary>Reads demand or supply points (see the other overload) with the given encoding and number format.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="valueName">The value column, e.g. <c>demand</c> or <c>capacity</c>.</param>
    /// <param name="withCoordinates">Whether x and y are read.</param>
    /// <param name="xName">The x (or latitude) column.</param>
    /// <param name="yName">The y (or longitude) column.</param>
    /// <param name="options">Encoding and number format, or null to detect both.</param>
    /// <param name="notes">Receives warnings and the format note, or null.</param>
    /// <returns>The points.</returns>
    /// <exception cref="DataProblemException">Every problem, with file, line, field and value.</exception>
    public static AccessPoints ReadPoints(string path, string valueName, bool withCoordinates, string xName, string yName, CsvReadOptions? options, ICollection<DataProblem>? notes) =>
        ReadPoints(path, valueName, withCoordinates, xName, yName, options, notes, fastPath: true);

    /// <summary>Reads demand or supply points; <paramref name="fastPath"/> false always takes the general path (the tests
    /// check that both give the same points, and the benchmarks compare them).</summary>
    internal static AccessPoints ReadPoints(string path, string valueName, bool withCoordinates, string xName, string yName, CsvReadOptions? options, ICollection<DataProblem>? notes, bool fastPath)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(valueName);
        using var input = CsvInput.Open(path, options);
        CsvColumn[] schema = withCoordinates
            ? [Column("id", true), Column(valueName, true), Column(xName, true), Column(yName, true)]
            : [Column("id", true), Column(valueName, true), Column(xName, false), Column(yName, false)];
        var col = CsvHeader.Bind(input, schema);
        input.ThrowIfErrors();
        int idCol = col["id"], valueCol = col[valueName], xCol = col[xName], yCol = col[yName];
        var points = fastPath ? AccessPointsFastPath.TryRead(path, input, idCol, valueCol, withCoordinates, xCol, yCol, xName == "lat") : null;
        points ??= ReadPointsGeneral(input, withCoordinates, xName, idCol, valueCol, xCol, yCol);
        if (points.Values.Length > 0 && Array.TrueForAll(points.Values, v => v == 0))
            input.Problems.Add(new DataProblem(input.Source, 0, valueCol + 1, input.FieldName(valueCol), "0",
                $"every {valueName} is 0: no zone has access to anything.") { Severity = ProblemSeverity.Warning });
        Notes(input, notes);
        return points;
    }

    /// <summary>The records of a point file through <see cref="CsvInput"/> (every problem collected, then thrown).</summary>
    private static AccessPoints ReadPointsGeneral(CsvInput input, bool withCoordinates, string xName, int idCol, int valueCol, int xCol, int yCol)
    {
        var ids = new List<string>();
        var values = new List<double>();
        var xs = new List<double>();
        var ys = new List<double>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (input.Read())
        {
            var id = input[idCol];
            var ok = true;
            if (id.Length == 0) { input.Error(idCol, null, "", "must not be empty."); ok = false; }
            else if (!seen.TryAdd(id, input.Line)) { input.Error(idCol, null, id, $"duplicate id (first on line {seen[id]})."); ok = false; }
            ok &= Plausible(input, valueCol, PlausibleRange.CheckCount, out var v);
            double x = 0, y = 0;
            if (withCoordinates)
            {
                var both = input.TryNumber(xCol, out x) & input.TryNumber(yCol, out y);
                ok &= both && Coordinates(input, xCol, yCol, xName, x, y);
            }
            if (!ok) continue;
            ids.Add(id);
            values.Add(v);
            if (withCoordinates) { xs.Add(x); ys.Add(y); }
        }
        input.ThrowIfErrors();
        return new AccessPoints([.. ids], [.. values], [.. xs], [.. ys]);
    }

    /// <summary>Reads an origin–destination cost list (<c>origin</c>, <c>destination</c>, <c>cost</c> ≥ 0; each pair once)
    /// for the given demand and supply ids.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="zoneIds">The demand ids (origins).</param>
    /// <param name="siteIds">The supply ids (destinations).</param>
    /// <returns>The sparse travel-cost matrix.</returns>
    /// <exception cref="DataProblemException">Every problem, with file, line, field and value.</exception>
    public static TravelCosts ReadCosts(string path, string[] zoneIds, string[] siteIds) => ReadCosts(path, zoneIds, siteIds, null, null);

    /// <summary>Reads an origin–destination cost list (see the other overload) with the given encoding and number format.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="zoneIds">The demand ids (origins).</param>
    /// <param name="siteIds">The supply ids (destinations).</param>
    /// <param name="options">Encoding and number format, or null to detect both.</param>
    /// <param name="notes">Receives warnings and the format note, or null.</param>
    /// <returns>The sparse travel-cost matrix.</returns>
    /// <exception cref="DataProblemException">Every problem, with file, line, field and value.</exception>
    public static TravelCosts ReadCosts(string path, string[] zoneIds, string[] siteIds, CsvReadOptions? options, ICollection<DataProblem>? notes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(zoneIds);
        ArgumentNullException.ThrowIfNull(siteIds);
        using var input = CsvInput.Open(path, options);
        var col = CsvHeader.Bind(input, [Column("origin", true), Column("destination", true), Column("cost", true)]);
        input.ThrowIfErrors();
        int oCol = col["origin"], dCol = col["destination"], cCol = col["cost"];
        var zi = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < zoneIds.Length; i++) zi[zoneIds[i]] = i;
        var si = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int j = 0; j < siteIds.Length; j++) si[siteIds[j]] = j;
        var o = new List<int>();
        var d = new List<int>();
        var c = new List<double>();
        var firstLine = new Dictionary<long, int>();
        while (input.Read())
        {
            var origin = input[oCol];
            var destination = input[dCol];
            var ok = true;
            if (!zi.TryGetValue(origin, out int a)) { input.Error(oCol, null, origin, "unknown demand id."); ok = false; }
            if (!si.TryGetValue(destination, out int b)) { input.Error(dCol, null, destination, "unknown supply id."); ok = false; }
            ok &= Plausible(input, cCol, PlausibleRange.CheckTravelCost, out var cost);
            if (!ok) continue;
            long key = ((long)a << 32) | (uint)b;
            if (!firstLine.TryAdd(key, input.Line))
            {
                input.Error(oCol, null, origin + " → " + destination, $"duplicate pair, first on line {firstLine[key]}.");
                continue;
            }
            o.Add(a);
            d.Add(b);
            c.Add(cost);
        }
        input.ThrowIfErrors();
        Notes(input, notes);
        return TravelCosts.FromIndexedPairs(zoneIds, siteIds, o.ToArray(), d.ToArray(), c.ToArray());
    }

    /// <summary>Writes an <c>id,value</c> table (the accessibility measures' CSV output): the header <c>id,value</c>, then one
    /// line per zone, the id as an RFC 4180 field (<see cref="Text.Csv.Field"/>) and the value in the shortest form that reads
    /// back bit-identically (<see cref="Text.Invariant.Number(double)"/>: invariant culture, <c>"R"</c>; NaN and ±∞ as an
    /// empty cell), lines ended by LF.</summary>
    /// <remarks>Formats with <see cref="Text.RoundTrip.TryFormat(double, Span{char}, out int)"/> into one
    /// pooled character buffer (64 Ki characters) that reaches <paramref name="output"/> in large blocks: no string per
    /// cell or line. The text is the same, character for character, as formatting each cell with
    /// <see cref="Text.Invariant.Number(double)"/> and <see cref="Text.Csv.Field"/>.</remarks>
    /// <param name="output">The writer (not flushed).</param>
    /// <param name="ids">The zone ids.</param>
    /// <param name="values">The value per zone (same length as <paramref name="ids"/>).</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <threadsafety>Thread-safe for different writers.</threadsafety>
    public static void WriteValues(TextWriter output, IReadOnlyList<string> ids, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(values);
        if (ids.Count != values.Count) throw new ArgumentException($"values: {ids.Count} ids but {values.Count} values.", nameof(values));
        const int size = 1 << 16;
        var buffer = ArrayPool<char>.Shared.Rent(size);
        try
        {
            "id,value\n".CopyTo(buffer);
            int n = 9;
            for (int i = 0; i < values.Count; i++)
            {
                var id = ids[i].AsSpan();
                // Room for the longest line: the id quoted with every character doubled, a comma, 32 digits, LF.
                if (2 * id.Length + 40 > size - n)
                {
                    output.Write(buffer, 0, n);
                    n = 0;
                    if (2 * id.Length + 40 > size)
                    {
                        output.Write(Text.Csv.Field(ids[i]));
                        output.Write(',');
                        output.Write(Text.Invariant.Number(values[i]));
                        output.Write('\n');
                        continue;
                    }
                }
                n += WriteField(id, buffer.AsSpan(n));
                buffer[n++] = ',';
                double v = values[i];
                if (double.IsFinite(v))
                {
                    if (!Text.RoundTrip.TryFormat(v, buffer.AsSpan(n), out int w))
                        throw new InvalidOperationException("a double did not fit 32 characters.");
                    n += w;
                }
                buffer[n++] = '\n';
            }
            output.Write(buffer, 0, n);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>An RFC 4180 field into <paramref name="target"/> (quoted when <see cref="Text.Csv.NeedsQuoting"/>, quotes
    /// doubled: the rule of <see cref="Text.Csv.Field"/>); returns the characters written.</summary>
    private static int WriteField(ReadOnlySpan<char> s, Span<char> target)
    {
        if (!Text.Csv.NeedsQuoting(s))
        {
            s.CopyTo(target);
            return s.Length;
        }
        int n = 0;
        target[n++] = '"';
        foreach (var c in s)
        {
            if (c == '"') target[n++] = '"';
            target[n++] = c;
        }
        target[n++] = '"';
        return n;
    }

    /// <summary>A number within its plausible range (<see cref="PlausibleRange"/>; negative values included).</summary>
    private static bool Plausible(CsvInput input, int col, Func<double, string?> check, out double value)
    {
        if (!input.TryNumber(col, out value)) return false;
        if (value < 0) { input.Error(col, null, input[col], "must be ≥ 0."); return false; }
        if (check(value) is not { } problem) return true;
        input.Error(col, null, input[col], problem);
        return false;
    }

    /// <summary>Coordinates in range: latitude in [−90, 90] and longitude in [−180, 360] when the columns are
    /// <c>lat</c>/<c>lon</c> (WGS84), else planar km within ±10¹⁵.</summary>
    private static bool Coordinates(CsvInput input, int xCol, int yCol, string xName, double x, double y)
    {
        if (CoordinatesInRange(xName == "lat", x, y)) return true;
        if (xName == "lat")
        {
            if (x is < -90 or > 90) { input.Error(xCol, null, input[xCol], "a latitude must be in [-90, 90]."); return false; }
            if (y is < -180 or > 360) { input.Error(yCol, null, input[yCol], "a longitude must be in [-180, 360]."); return false; }
            return true;
        }
        if (PlausibleRange.CheckMagnitude(x) is { } px) { input.Error(xCol, null, input[xCol], px); return false; }
        if (PlausibleRange.CheckMagnitude(y) is { } py) { input.Error(yCol, null, input[yCol], py); return false; }
        return true;
    }

    /// <summary>The coordinate rule of <see cref="Coordinates"/> as a predicate (the fast path uses it; the general path
    /// names the failing field).</summary>
    internal static bool CoordinatesInRange(bool latLon, double x, double y) => latLon
        ? x is >= -90 and <= 90 && y is >= -180 and <= 360
        : PlausibleRange.CheckMagnitude(x) is null && PlausibleRange.CheckMagnitude(y) is null;

    private static void Notes(CsvInput input, ICollection<DataProblem>? notes)
    {
        if (notes is null) return;
        foreach (var p in input.Problems) notes.Add(p);
        notes.Add(input.FormatNote);
    }
}
