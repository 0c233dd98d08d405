using System.Globalization;

namespace Sozialindikatoren.Data.Csv;

/// <summary>
/// Numbers in CSV cells (<em>Zahlen in CSV-Zellen</em>), one rule for every numeric column of every reader.
/// </summary>
/// <remarks>
/// <para><see cref="CsvNumberFormat.German"/> (a <c>;</c> file): decimal comma; <c>.</c> only as thousands separator in
/// groups of three (<c>1.000</c> = 1000, <c>1.234,5</c> = 1234.5, <c>12.449.005</c>). A <c>.</c> that is not such a
/// separator (<c>4.0</c>, <c>1244900.5</c>, <c>0.33134</c>, <c>0.331</c>) is an error, never 40, 12,449,005 or 331.</para>
/// <para><see cref="CsvNumberFormat.Invariant"/> (a <c>,</c> file): decimal point; a <c>,</c> inside a (quoted) number
/// (<c>"1,5"</c>, <c>"1,000"</c>) is an error: it could be a decimal comma or a thousands separator.</para>
/// <para>Both: surrounding spaces and no-break spaces are ignored; a space, no-break space or narrow no-break space
/// may group thousands in threes (<c>1 234 567</c>); a sign <c>+</c>/<c>-</c>/<c>−</c> and an exponent
/// (<c>1,5E3</c> / <c>1.5E3</c>) are allowed; amounts (only where the caller allows it) may carry <c>€</c> or
/// <c>EUR</c> before or after the number. NaN, infinities and values beyond the range of the type are errors.</para>
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class CsvNumber
{
    private const int MaxLength = 128;

    /// <summary>Parses a double (finite).</summary>
    /// <param name="text">The cell.</param>
    /// <param name="format">German or Invariant (Auto counts as Invariant).</param>
    /// <param name="allowCurrency">Whether <c>€</c>/<c>EUR</c> may surround the number.</param>
    /// <param name="value">The value.</param>
    /// <param name="error">Why the cell is not a number (null on success).</param>
    /// <returns>Whether the cell is a number.</returns>
    public static bool TryParseDouble(ReadOnlySpan<char> text, CsvNumberFormat format, bool allowCurrency, out double value, out string? error)
    {
        if (TryParsePlain(text, format, out value))
        {
            error = null;
            return true;
        }
        return TryParseGeneral(text, format, allowCurrency, out value, out error);
    }

    /// <summary>The general path of <see cref="TryParseDouble"/> (every rule of the format; the reference the fast path
    /// <see cref="TryParsePlain"/> is tested against).</summary>
    internal static bool TryParseGeneral(ReadOnlySpan<char> text, CsvNumberFormat format, bool allowCurrency, out double value, out string? error)
    {
        value = 0;
        Span<char> buffer = stackalloc char[MaxLength];
        if (!Normalise(text, format, allowCurrency, buffer, out var length, out error)) return false;
        if (!double.TryParse(buffer[..length], NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            error = "beyond the range of a number (about ±1.8e308).";
            return false;
        }
        if (value == 0) value = 0; // no negative zero
        return true;
    }

    /// <summary>The fast path of <see cref="TryParseDouble"/> for the common cell: surrounding white space, at most 15
    /// digits, optionally one decimal separator of the format (<c>,</c> German, <c>.</c> otherwise) with digits on both
    /// sides; no sign, grouping, exponent or currency. Such a number is exact as a 53-bit integer, and so is 10^k for
    /// k ≤ 15: one IEEE division gives the correctly rounded value, the same double as the general path's
    /// <see cref="double.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out double)"/>. False means "not
    /// plain", never "not a number": the general path decides then.</summary>
    internal static bool TryParsePlain(ReadOnlySpan<char> text, CsvNumberFormat format, out double value)
    {
        value = 0;
        var s = Trim(text);
        if (s.Length is 0 or > 16) return false;
        var separator = format == CsvNumberFormat.German ? ',' : '.';
        ulong mantissa = 0;
        var digits = 0;
        var fraction = -1;
        foreach (var c in s)
        {
            var d = (uint)(c - '0');
            if (d <= 9)
            {
                mantissa = mantissa * 10 + d;
                digits++;
                if (fraction >= 0) fraction++;
            }
            else if (c == separator && fraction < 0 && digits > 0) fraction = 0;
            else return false;
        }
        if (fraction == 0 || digits > 15) return false;
        value = fraction > 0 ? mantissa / Pow10[fraction] : mantissa;
        return true;
    }

    private static ReadOnlySpan<double> Pow10 => [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>Parses a decimal (amounts in euro).</summary>
    /// <param name="text">The cell.</param>
    /// <param name="format">German or Invariant.</param>
    /// <param name="allowCurrency">Whether <c>€</c>/<c>EUR</c> may surround the number.</param>
    /// <param name="value">The value.</param>
    /// <param name="error">Why the cell is not a number (null on success).</param>
    /// <returns>Whether the cell is a number in the range of <see cref="decimal"/>.</returns>
    public static bool TryParseDecimal(ReadOnlySpan<char> text, CsvNumberFormat format, bool allowCurrency, out decimal value, out string? error)
    {
        value = 0;
        Span<char> buffer = stackalloc char[MaxLength];
        if (!Normalise(text, format, allowCurrency, buffer, out var length, out error)) return false;
        if (!decimal.TryParse(buffer[..length], NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            error = "beyond the range of an amount (about ±7.9e28).";
            return false;
        }
        return true;
    }

    /// <summary>Parses a whole number (a count) in the range of <see cref="long"/>; <c>1.000</c> is 1000 in German format,
    /// <c>12,0</c> / <c>12.0</c> are allowed when the fraction is zero.</summary>
    /// <param name="text">The cell.</param>
    /// <param name="format">German or Invariant.</param>
    /// <param name="value">The value.</param>
    /// <param name="error">Why the cell is not a whole number (null on success).</param>
    /// <returns>Whether the cell is a whole number.</returns>
    public static bool TryParseInteger(ReadOnlySpan<char> text, CsvNumberFormat format, out long value, out string? error)
    {
        var trimmed = text.Trim();
        if (trimmed.Length is > 0 and <= 18 && !trimmed.ContainsAnyExceptInRange('0', '9'))
        {
            value = long.Parse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture);
            error = null;
            return true;
        }
        value = 0;
        if (!TryParseDecimal(text, format, false, out var d, out error)) return false;
        if (d != decimal.Truncate(d)) { error = "not a whole number."; return false; }
        if (d is > long.MaxValue or < long.MinValue) { error = "beyond the range of a whole number."; return false; }
        value = (long)d;
        return true;
    }

    /// <summary>Rewrites a cell into invariant form (<c>-1234.5E3</c>) after checking it against the format.</summary>
    private static bool Normalise(ReadOnlySpan<char> text, CsvNumberFormat format, bool allowCurrency, Span<char> output, out int length, out string? error)
    {
        length = 0;
        error = null;
        var german = format == CsvNumberFormat.German;
        var s = Trim(text);
        if (s.Length == 0) { error = "empty, a number is required."; return false; }
        if (allowCurrency)
        {
            s = StripCurrency(s);
            if (s.Length == 0) { error = "not a number."; return false; }
        }
        if (s.Length > MaxLength - 8) { error = "too long for a number."; return false; }
        if (s[0] is '+' or '-' or '\u2212')
        {
            if (s[0] != '+') output[length++] = '-';
            s = Trim(s[1..]);
        }
        var i = 0;
        // Integer part with optional group separators.
        char group = '\0';
        var groupLength = 0;
        var groups = 0;
        var firstGroup = 0;
        var digits = 0;
        var startsWithZero = s.Length > 0 && s[0] == '0';
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                output[length++] = c;
                digits++;
                groupLength++;
                continue;
            }
            var isGroup = IsSpace(c) || (german && c == '.');
            if (!isGroup) break;
            if (groupLength == 0) return Fail(text, german, out error);
            if (group == '\0') { group = NormalSpace(c); firstGroup = groupLength; }
            else if (NormalSpace(c) != group || groupLength != 3) return Fail(text, german, out error);
            groups++;
            groupLength = 0;
        }
        if (digits == 0) { error = Describe(text, german, "not a number."); return false; }
        if (group != '\0' && (groupLength != 3 || firstGroup > 3 || startsWithZero)) return Fail(text, german, out error);
        // Fraction.
        if (i < s.Length && s[i] == (german ? ',' : '.'))
        {
            i++;
            output[length++] = '.';
            var fraction = 0;
            for (; i < s.Length && char.IsAsciiDigit(s[i]); i++) { output[length++] = s[i]; fraction++; }
            if (fraction == 0) return Fail(text, german, out error);
        }
        // Exponent.
        if (i < s.Length && s[i] is 'e' or 'E')
        {
            output[length++] = 'E';
            i++;
            if (i < s.Length && s[i] is '+' or '-') output[length++] = s[i++];
            var exponent = 0;
            for (; i < s.Length && char.IsAsciiDigit(s[i]); i++) { output[length++] = s[i]; exponent++; }
            if (exponent == 0) return Fail(text, german, out error);
        }
        if (i < s.Length) return Fail(text, german, out error);
        return true;
    }

    private static bool Fail(ReadOnlySpan<char> text, bool german, out string error)
    {
        error = Describe(text, german, null);
        return false;
    }

    private static string Describe(ReadOnlySpan<char> text, bool german, string? fallback)
    {
        if (german && text.Contains('.'))
            return "does not fit the number format de (decimal comma; '.' only separates thousands in groups of three, as in 1.234,5): "
                + "is the '.' a decimal point? Write it with a decimal comma, or read the file with --number-format invariant.";
        if (!german && text.Contains(','))
            return "a ',' in a number is ambiguous in the number format invariant (decimal comma or thousands separator?): "
                + "write a decimal point (1.5) and no thousands separator, or read the file with --number-format de.";
        return fallback ?? (german ? "not a number in the number format de (e.g. 1.234,5)." : "not a number in the number format invariant (e.g. 1234.5).");
    }

    private static ReadOnlySpan<char> StripCurrency(ReadOnlySpan<char> s)
    {
        if (s.StartsWith("€")) s = Trim(s[1..]);
        else if (s.StartsWith("EUR", StringComparison.OrdinalIgnoreCase)) s = Trim(s[3..]);
        if (s.EndsWith("€")) s = Trim(s[..^1]);
        else if (s.EndsWith("EUR", StringComparison.OrdinalIgnoreCase)) s = Trim(s[..^3]);
        return s;
    }

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> s) => s.Trim();

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';

    private static char NormalSpace(char c) => IsSpace(c) ? ' ' : c;
}
