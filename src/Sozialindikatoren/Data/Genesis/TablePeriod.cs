using System.Globalization;
using NodaTime;

namespace Sozialindikatoren.Data.Genesis;

/// <summary>Whether a <see cref="TablePeriod"/> is a calendar year or a reference date.</summary>
public enum TablePeriodKind
{
    /// <summary>A calendar year (<em>Jahr</em>, e.g. <c>2023</c>): flows over the year, or the year of a yearly table.</summary>
    Year = 0,

    /// <summary>A reference date (<em>Stichtag</em>, e.g. <c>31.12.2023</c>): stocks counted on that day.</summary>
    Date = 1,
}

/// <summary>
/// The period of an official table value (<em>Berichtszeitraum</em> or <em>Stichtag</em>): a calendar year or a reference
/// date.
/// </summary>
/// <remarks>
/// <para>Parsed from <c>yyyy</c> (a year), <c>dd.MM.yyyy</c> (the German date as printed in GENESIS tables) or ISO
/// <c>yyyy-MM-dd</c>. Printed as ISO <c>yyyy-MM-dd</c> for a date and <c>yyyy</c> for a year (invariant, four-digit
/// years 1000–9999).</para>
/// <para>Immutable; equality is by kind and value. The default value (the year 1) is produced by no parser
/// and no factory method; do not use it as a period.</para>
/// </remarks>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct TablePeriod : IEquatable<TablePeriod>, IComparable<TablePeriod>
{
    private const int MinYear = 1000;
    private const int MaxYear = 9999;
    private readonly LocalDate _date;

    private TablePeriod(TablePeriodKind kind, LocalDate date)
    {
        Kind = kind;
        _date = date;
    }

    /// <summary>Whether the period is a year or a reference date.</summary>
    public TablePeriodKind Kind { get; }

    /// <summary>The calendar year (of the date, for a reference date).</summary>
    public int Year => _date.Year;

    /// <summary>The reference date, or null for a year.</summary>
    public LocalDate? Date => Kind == TablePeriodKind.Date ? _date : null;

    /// <summary>A calendar year.</summary>
    /// <param name="year">The year, 1000–9999.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1000–9999.</exception>
    public static TablePeriod OfYear(int year)
    {
        if (year is < MinYear or > MaxYear)
            throw new ArgumentOutOfRangeException(nameof(year), year, $"year: must be between {MinYear} and {MaxYear}, was {year.ToString(CultureInfo.InvariantCulture)}.");
        return new TablePeriod(TablePeriodKind.Year, new LocalDate(year, 1, 1));
    }

    /// <summary>A reference date (<em>Stichtag</em>).</summary>
    /// <param name="date">The date; its year must be 1000–9999.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1000–9999.</exception>
    public static TablePeriod OfDate(LocalDate date)
    {
        if (date.Year is < MinYear or > MaxYear)
            throw new ArgumentOutOfRangeException(nameof(date), date, $"date: the year must be between {MinYear} and {MaxYear}, was {date.Year.ToString(CultureInfo.InvariantCulture)}.");
        return new TablePeriod(TablePeriodKind.Date, date);
    }

    /// <summary>Parses <c>yyyy</c>, <c>dd.MM.yyyy</c> or <c>yyyy-MM-dd</c> (surrounding white space is ignored).</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period, when the text is one.</param>
    /// <returns>Whether the text is a valid year or date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out TablePeriod period)
    {
        period = default;
        text = text.Trim();
        if (text.Length == 4)
        {
            if (!TryDigits(text, out var y) || y < MinYear) return false;
            period = new TablePeriod(TablePeriodKind.Year, new LocalDate(y, 1, 1));
            return true;
        }
        if (text.Length != 10) return false;
        int year, month, day;
        if (text[2] == '.' && text[5] == '.')
        {
            if (!TryDigits(text[..2], out day) || !TryDigits(text.Slice(3, 2), out month) || !TryDigits(text[6..], out year)) return false;
        }
        else if (text[4] == '-' && text[7] == '-')
        {
            if (!TryDigits(text[..4], out year) || !TryDigits(text.Slice(5, 2), out month) || !TryDigits(text[8..], out day)) return false;
        }
        else
        {
            return false;
        }
        if (year < MinYear || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month)) return false;
        period = new TablePeriod(TablePeriodKind.Date, new LocalDate(year, month, day));
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9') return false;
            value = (value * 10) + (c - '0');
        }
        return text.Length > 0;
    }

    /// <summary>ISO text: <c>yyyy-MM-dd</c> for a reference date, <c>yyyy</c> for a year.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind == TablePeriodKind.Date
        ? _date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture)
        : _date.Year.ToString("D4", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(TablePeriod other) => Kind == other.Kind && _date == other._date;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TablePeriod p && Equals(p);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _date);

    /// <summary>Orders by start (1 January for a year), then years before dates.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>The comparison.</returns>
    public int CompareTo(TablePeriod other)
    {
        var c = _date.CompareTo(other._date);
        return c != 0 ? c : Kind.CompareTo(other.Kind);
    }

    /// <summary>Equality by kind and value.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(TablePeriod left, TablePeriod right) => left.Equals(right);

    /// <summary>Inequality by kind and value.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TablePeriod left, TablePeriod right) => !left.Equals(right);

    /// <summary>Ordering (see <see cref="CompareTo"/>).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left is earlier.</returns>
    public static bool operator <(TablePeriod left, TablePeriod right) => left.CompareTo(right) < 0;

    /// <summary>Ordering (see <see cref="CompareTo"/>).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left is later.</returns>
    public static bool operator >(TablePeriod left, TablePeriod right) => left.CompareTo(right) > 0;

    /// <summary>Ordering (see <see cref="CompareTo"/>).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left is not later.</returns>
    public static bool operator <=(TablePeriod left, TablePeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering (see <see cref="CompareTo"/>).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left is not earlier.</returns>
    public static bool operator >=(TablePeriod left, TablePeriod right) => left.CompareTo(right) >= 0;
}
