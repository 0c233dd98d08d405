using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Sozialindikatoren.Data.Csv;

/// <summary>Which day of a period (<c>2025</c>, <c>03/2025</c>) stands for it where a date is expected.</summary>
internal enum PeriodEnd
{
    /// <summary>The first day (a start date: <c>2025</c> → 2025-01-01).</summary>
    Start,
    /// <summary>The last day (an end date or a reference date, Stichtag: <c>2025</c> → 2025-12-31).</summary>
    End,
}

/// <summary>
/// Dates, periods and yes/no cells of CSV inputs (<em>Datum, Zeitraum, Ja/Nein</em>), one rule for every reader.
/// </summary>
/// <remarks>Dates: ISO <c>yyyy-MM-dd</c> or German <c>dd.MM.yyyy</c> (also <c>d.M.yyyy</c>). Where a period is
/// accepted, also a year (<c>2025</c>) or a month (<c>03/2025</c>, <c>3/2025</c>, <c>03.2025</c>, <c>2025-03</c>),
/// which stands for its first or last day (<see cref="PeriodEnd"/>). Yes/no: <c>ja</c>, <c>j</c>, <c>x</c>,
/// <c>true</c>, <c>wahr</c>, <c>yes</c>, <c>1</c> are yes; <c>nein</c>, <c>n</c>, <c>false</c>, <c>falsch</c>,
/// <c>no</c>, <c>0</c> and the empty cell are no (case-insensitive).</remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class CsvValues
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;
    private static readonly LocalDatePattern German = LocalDatePattern.CreateWithInvariantCulture("d'.'M'.'uuuu");

    /// <summary>The text of a failed date.</summary>
    public const string DateError = "expected a date yyyy-MM-dd or dd.MM.yyyy.";

    /// <summary>The text of a failed date or period.</summary>
    public const string PeriodError = "expected a date (yyyy-MM-dd, dd.MM.yyyy), a year (2025) or a month (03/2025, 2025-03).";

    /// <summary>The text of a failed yes/no cell.</summary>
    public const string BooleanError = "expected ja/nein (also x or empty, true/false, 1/0).";

    /// <summary>Parses a date.</summary>
    public static bool TryParseDate(string text, out LocalDate date)
    {
        var t = text.Trim();
        var r = Iso.Parse(t);
        if (!r.Success) r = German.Parse(t);
        date = r.Success ? r.Value : default;
        return r.Success;
    }

    /// <summary>Parses a date, or a year or month standing for its first or last day.</summary>
    public static bool TryParsePeriod(string text, PeriodEnd end, out LocalDate date)
    {
        if (TryParseDate(text, out date)) return true;
        var t = text.Trim();
        int year, month = 0;
        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out year)) { }
        else if (t.Length == 7 && t[4] == '-' && int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year)
                 && int.TryParse(t.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out month)) { }
        else if (t.IndexOfAny(['/', '.']) is var sep && sep is 1 or 2 && t.Length == sep + 5
                 && int.TryParse(t.AsSpan(0, sep), NumberStyles.None, CultureInfo.InvariantCulture, out month)
                 && int.TryParse(t.AsSpan(sep + 1), NumberStyles.None, CultureInfo.InvariantCulture, out year)) { }
        else return false;
        if (year is < 1000 or > 9999 || month is < 0 or > 12) return false;
        if (month == 0) date = end == PeriodEnd.Start ? new LocalDate(year, 1, 1) : new LocalDate(year, 12, 31);
        else
        {
            var first = new LocalDate(year, month, 1);
            date = end == PeriodEnd.Start ? first : first.PlusMonths(1).PlusDays(-1);
        }
        return true;
    }

    /// <summary>Parses a yes/no cell (see remarks; the empty cell is no).</summary>
    public static bool TryParseBoolean(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "" or "nein" or "n" or "false" or "falsch" or "no" or "0": value = false; return true;
            case "ja" or "j" or "x" or "true" or "wahr" or "yes" or "1": value = true; return true;
            default: value = false; return false;
        }
    }
}
