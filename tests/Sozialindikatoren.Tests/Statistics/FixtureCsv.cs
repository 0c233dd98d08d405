using System.Globalization;

namespace Sozialindikatoren.Tests.Statistics;

/// <summary>Reads the reference fixtures in TestData/rates (simple CSV: no quoted fields, as their README states).</summary>
internal static class FixtureCsv
{
    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "rates", file);

    public static List<Dictionary<string, string>> Read(string file)
    {
        var lines = File.ReadAllLines(PathOf(file));
        var header = lines[0].Split(',');
        var rows = new List<Dictionary<string, string>>();
        foreach (var line in lines.Skip(1))
        {
            if (line.Length == 0) continue;
            var cells = line.Split(',');
            Assert.Equal(header.Length, cells.Length);
            rows.Add(header.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        }
        return rows;
    }

    public static double D(this Dictionary<string, string> row, string column) =>
        double.Parse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture);

    public static long L(this Dictionary<string, string> row, string column) =>
        long.Parse(row[column], NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>Relative difference (absolute when the expected value is 0).</summary>
    public static double RelDiff(double actual, double expected) =>
        expected == 0 ? Math.Abs(actual) : Math.Abs(actual - expected) / Math.Abs(expected);

    public static void Close(double actual, double expected, string what, double tolerance = 1e-9)
    {
        var d = RelDiff(actual, expected);
        Assert.True(d <= tolerance, $"{what}: expected {expected:R}, got {actual:R} (relative difference {d:E2} > {tolerance:E0}).");
    }
}
