using System.Globalization;

namespace Sozialindikatoren.Gaps;

/// <summary>German number formatting without relying on ICU culture data (decimal comma, dot as group separator).</summary>
internal static class GermanFormat
{
    private static readonly NumberFormatInfo De = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
        NegativeSign = "−",
    };

    /// <summary>Formats with grouping and at most <paramref name="maxDecimals"/> decimals (trailing zeros dropped).</summary>
    public static string Number(double value, int maxDecimals)
    {
        if (!double.IsFinite(value)) return "–";
        var pattern = maxDecimals <= 0 ? "#,##0" : "#,##0." + new string('#', maxDecimals);
        var s = value.ToString(pattern, De);
        return s == "−0" ? "0" : s;
    }

    /// <summary>Formats with exactly <paramref name="decimals"/> decimals.</summary>
    public static string Fixed(double value, int decimals)
    {
        if (!double.IsFinite(value)) return "–";
        return value.ToString("#,##0." + new string('0', Math.Max(1, decimals)), De);
    }

    /// <summary>A date as dd.MM.yyyy.</summary>
    public static string Date(NodaTime.LocalDate date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
