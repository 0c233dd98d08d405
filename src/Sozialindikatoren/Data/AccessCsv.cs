using System.Globalization;
using Sozialindikatoren.Access;
using Sozialindikatoren.Common;
using Sylvan.Data.Csv;

namespace Sozialindikatoren.Data;

/// <summary>Inputs of the accessibility measures as CSV (<em>Nachfrage- und Angebotspunkte, Reisezeiten</em>).</summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class AccessCsv
{
    private static DataProblemException Problem(string path, int line, string? field, string? value, string message) =>
        new(new DataProblem(Path.GetFileName(path), line, 0, field, value, message));

    private static CsvDataReader OpenCsv(string path)
    {
        if (!File.Exists(path)) throw Problem(path, 0, null, null, "file not found.");
        return CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true });
    }

    private static int Column(CsvDataReader csv, string path, string name)
    {
        for (int k = 0; k < csv.FieldCount; k++)
            if (string.Equals(csv.GetName(k).Trim(), name, StringComparison.OrdinalIgnoreCase)) return k;
        throw Problem(path, 1, name, null, "column is missing.");
    }

    private static double Number(CsvDataReader csv, int col, string path, int line, string field, bool nonNegative)
    {
        string raw = csv.GetString(col).Trim();
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            throw Problem(path, line, field, raw, "is not a finite number.");
        if (nonNegative && v < 0)
            throw Problem(path, line, field, raw, "must be ≥ 0.");
        return v;
    }

    /// <summary>Reads demand or supply points: an <c>id</c> column (unique, not empty), a value column (≥ 0) and, with
    /// coordinates, x and y columns (header names case-insensitive; comma-separated, invariant numbers).</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="valueName">The value column, e.g. <c>demand</c> or <c>capacity</c>.</param>
    /// <param name="withCoordinates">Whether x and y are read.</param>
    /// <param name="xName">The x (or latitude) column.</param>
    /// <param name="yName">The y (or longitude) column.</param>
    /// <returns>The points.</returns>
    /// <exception cref="DataProblemException">The first problem, with file, line, field and value.</exception>
    public static AccessPoints ReadPoints(string path, string valueName, bool withCoordinates, string xName, string yName)
    {
        using var csv = OpenCsv(path);
        int idCol = Column(csv, path, "id");
        int valueCol = Column(csv, path, valueName);
        int xCol = withCoordinates ? Column(csv, path, xName) : -1;
        int yCol = withCoordinates ? Column(csv, path, yName) : -1;
        var ids = new List<string>();
        var values = new List<double>();
        var xs = new List<double>();
        var ys = new List<double>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int line = 1;
        while (csv.Read())
        {
            line++;
            string id = csv.GetString(idCol).Trim();
            if (id.Length == 0) throw Problem(path, line, "id", "", "must not be empty.");
            if (!seen.TryAdd(id, line)) throw Problem(path, line, "id", id, $"duplicate id (first on line {seen[id]}).");
            ids.Add(id);
            values.Add(Number(csv, valueCol, path, line, valueName, nonNegative: true));
            if (withCoordinates)
            {
                xs.Add(Number(csv, xCol, path, line, xName, nonNegative: false));
                ys.Add(Number(csv, yCol, path, line, yName, nonNegative: false));
            }
        }
        return new AccessPoints([.. ids], [.. values], [.. xs], [.. ys]);
    }

    /// <summary>Reads an origin–destination cost list (<c>origin</c>, <c>destination</c>, <c>cost</c> ≥ 0; each pair once)
    /// for the given demand and supply ids.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="zoneIds">The demand ids (origins).</param>
    /// <param name="siteIds">The supply ids (destinations).</param>
    /// <returns>The sparse travel-cost matrix.</returns>
    /// <exception cref="DataProblemException">The first problem, with file, line, field and value.</exception>
    public static TravelCosts ReadCosts(string path, string[] zoneIds, string[] siteIds)
    {
        using var csv = OpenCsv(path);
        int oCol = Column(csv, path, "origin");
        int dCol = Column(csv, path, "destination");
        int cCol = Column(csv, path, "cost");
        var zi = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < zoneIds.Length; i++) zi[zoneIds[i]] = i;
        var si = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int j = 0; j < siteIds.Length; j++) si[siteIds[j]] = j;
        var o = new List<int>();
        var d = new List<int>();
        var c = new List<double>();
        var firstLine = new Dictionary<long, int>();
        int line = 1;
        while (csv.Read())
        {
            line++;
            string origin = csv.GetString(oCol).Trim();
            string destination = csv.GetString(dCol).Trim();
            if (!zi.TryGetValue(origin, out int a)) throw Problem(path, line, "origin", origin, "unknown demand id.");
            if (!si.TryGetValue(destination, out int b)) throw Problem(path, line, "destination", destination, "unknown supply id.");
            double cost = Number(csv, cCol, path, line, "cost", nonNegative: true);
            long key = ((long)a << 32) | (uint)b;
            if (!firstLine.TryAdd(key, line))
                throw Problem(path, line, "origin", origin + " → " + destination, $"duplicate pair, first on line {firstLine[key]}.");
            o.Add(a);
            d.Add(b);
            c.Add(cost);
        }
        return TravelCosts.FromIndexedPairs(zoneIds, siteIds, o.ToArray(), d.ToArray(), c.ToArray());
    }
}
