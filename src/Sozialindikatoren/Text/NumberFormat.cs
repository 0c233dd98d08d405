using System.Globalization;
using NodaTime;

namespace Sozialindikatoren.Text;

/// <summary>
/// Number, percent, currency and date formatting for planner-facing output (<em>Zahlenformat</em>): German
/// (<c>1.234,5</c>, <c>31.12.2024</c>) or English (<c>1,234.5</c>, <c>2024-12-31</c>), independent of the machine's
/// culture settings and ICU data, so reports are byte-identical everywhere. The one display formatter of the library.
/// </summary>
/// <remarks>Undefined numbers (NaN) print as <c>–</c>; the minus sign is U+2212. Machine-readable output never uses
/// this class: it uses <see cref="Invariant"/>.</remarks>
/// <threadsafety>Pure; thread-safe.</threadsafety>
public static class NumberFormat
{
    private static readonly NumberFormatInfo De = new()
    {
        NumberDecimalSeparator = ",", NumberGroupSeparator = ".", PercentDecimalSeparator = ",", PercentGroupSeparator = ".",
        NumberGroupSizes = [3], NegativeSign = "−", NaNSymbol = "–", PositiveInfinitySymbol = "∞", NegativeInfinitySymbol = "−∞",
    };

    private static readonly NumberFormatInfo En = new()
    {
        NumberDecimalSeparator = ".", NumberGroupSeparator = ",", PercentDecimalSeparator = ".", PercentGroupSeparator = ",",
        NumberGroupSizes = [3], NegativeSign = "−", NaNSymbol = "–", PositiveInfinitySymbol = "∞", NegativeInfinitySymbol = "−∞",
    };

    /// <summary>The number format info for a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The format.</returns>
    public static NumberFormatInfo For(Language language) => language == Language.English ? En : De;

    /// <summary>A number with a fixed number of decimals and thousands separators; NaN as "–".</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">Decimals (0–10).</param>
    /// <param name="language">The language.</param>
    /// <returns>e.g. <c>1.234,5</c>.</returns>
    public static string Number(double value, int decimals = 1, Language language = Language.German) =>
        double.IsNaN(value) ? "–" : value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), For(language));

    /// <summary>A number with thousands separators and at most <paramref name="maxDecimals"/> decimals, trailing zeros
    /// dropped (<c>1.234,5</c>, <c>0,25</c>, <c>3</c>); NaN and ±∞ as "–"; a rounded negative zero as <c>0</c>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="maxDecimals">The most decimals shown (0–10).</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string Compact(double value, int maxDecimals, Language language = Language.German)
    {
        if (!double.IsFinite(value)) return "–";
        var pattern = maxDecimals <= 0 ? "#,##0" : "#,##0." + new string('#', maxDecimals);
        var s = value.ToString(pattern, For(language));
        return s == "−0" ? "0" : s;
    }

    /// <summary>A decimal amount with thousands separators (e.g. euros), no decimals by default.</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">Decimals.</param>
    /// <param name="language">The language.</param>
    /// <returns>e.g. <c>250.000</c>.</returns>
    public static string Amount(decimal value, int decimals = 0, Language language = Language.German) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), For(language));

    /// <summary>Euros: <c>250.000 €</c> (German) or <c>€250,000</c> (English).</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string Euro(decimal value, Language language = Language.German) =>
        language == Language.English ? "€" + Amount(value, 0, language) : Amount(value, 0, language) + " €";

    /// <summary>A percentage of a value already in percent: <c>62,0 %</c> (German) or <c>62.0%</c> (English).</summary>
    /// <param name="percent">The value in percent.</param>
    /// <param name="decimals">Decimals.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text; NaN as "–".</returns>
    public static string Percent(double percent, int decimals = 1, Language language = Language.German) =>
        double.IsNaN(percent) ? "–" : Number(percent, decimals, language) + (language == Language.English ? "%" : " %");

    /// <summary>A date: <c>31.12.2024</c> (German) or <c>2024-12-31</c> (English, ISO).</summary>
    /// <param name="date">The date.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string Date(LocalDate date, Language language = Language.German) =>
        date.ToString(language == Language.English ? "yyyy-MM-dd" : "dd.MM.yyyy", CultureInfo.InvariantCulture);
}
