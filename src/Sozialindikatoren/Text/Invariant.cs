using System.Globalization;
using NodaTime;

namespace Sozialindikatoren.Text;

/// <summary>
/// Machine-readable formatting (<em>maschinenlesbares Format</em>) for CSV and JSON cells: invariant culture,
/// shortest round-trip doubles, ISO dates, and never <c>NaN</c> or <c>Infinity</c> (an undefined number is an empty
/// cell). Display text for planners is formatted elsewhere (German or English number formats).
/// </summary>
/// <threadsafety>Pure; thread-safe.</threadsafety>
public static class Invariant
{
    /// <summary>A double in the shortest form that reads back bit-identically (<see cref="RoundTrip"/>: .NET's <c>"R"</c>
    /// text, and the round trip also where .NET's misses it); empty for NaN and ±∞.</summary>
    /// <param name="value">The value.</param>
    /// <returns>e.g. <c>0.1</c>, <c>1E-07</c>; or empty.</returns>
    public static string Number(double value) => double.IsFinite(value) ? RoundTrip.ToString(value) : "";

    /// <summary>A nullable double as <see cref="Number(double)"/>; empty for null.</summary>
    /// <param name="value">The value or null.</param>
    /// <returns>The text.</returns>
    public static string Number(double? value) => value is { } v ? Number(v) : "";

    /// <summary>A decimal without trailing zeros (<c>250000</c>, <c>0.5</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Number(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>An integer.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An ISO date <c>yyyy-MM-dd</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
