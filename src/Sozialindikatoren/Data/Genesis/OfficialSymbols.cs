using Sozialindikatoren.Data.Csv;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Data.Genesis;

/// <summary>
/// Reads the cells of official statistical tables (<em>Zeichenerklärung</em> of GENESIS, Regionalstatistik,
/// Landesdatenbank NRW, Statistische Berichte, and the BA's <c>*</c>) into <see cref="Observation"/>s.
/// </summary>
/// <remarks>
/// <para>Cell grammar (surrounding white space, including no-break spaces, is ignored):</para>
/// <list type="table">
/// <listheader><term>cell</term><description>result</description></listheader>
/// <item><term>empty</term><description><see cref="ValueStatus.Missing"/> (no number, no symbol)</description></item>
/// <item><term><c>-</c>, <c>–</c>, <c>—</c></term><description><see cref="ValueStatus.ExactZero"/>, value 0 (<em>genau null</em>; never missing)</description></item>
/// <item><term><c>0</c>, <c>0,0</c>, … (any printed zero)</term><description><see cref="ValueStatus.RoundedZero"/>, value 0 (<em>weniger als die Hälfte von 1 in der letzten besetzten Stelle, jedoch mehr als nichts</em>)</description></item>
/// <item><term><c>.</c></term><description><see cref="ValueStatus.Suppressed"/> (<em>Zahlenwert unbekannt oder geheim zu halten</em>)</description></item>
/// <item><term><c>*</c></term><description><see cref="ValueStatus.Suppressed"/> (BA: value below 10, suppressed)</description></item>
/// <item><term><c>...</c>, <c>…</c></term><description><see cref="ValueStatus.NotYetAvailable"/> (<em>Angabe fällt später an</em>)</description></item>
/// <item><term><c>x</c>, <c>X</c></term><description><see cref="ValueStatus.NotApplicable"/> (<em>Tabellenfach gesperrt, weil Aussage nicht sinnvoll</em>)</description></item>
/// <item><term><c>/</c></term><description><see cref="ValueStatus.Unreliable"/> (<em>keine Angabe, da Zahlenwert nicht sicher genug</em>)</description></item>
/// <item><term><c>(12,3)</c></term><description><see cref="ValueStatus.Uncertain"/>, value 12.3 (<em>Aussagewert eingeschränkt</em>)</description></item>
/// <item><term><c>12,3 p</c> / <c>v</c></term><description><see cref="ValueStatus.Provisional"/> (<em>vorläufig</em>)</description></item>
/// <item><term><c>12,3 r</c></term><description><see cref="ValueStatus.Revised"/> (<em>berichtigt</em>)</description></item>
/// <item><term><c>12,3 s</c></term><description><see cref="ValueStatus.Estimated"/> (<em>geschätzt</em>)</description></item>
/// <item><term><c>12,3 D</c></term><description><see cref="ValueStatus.Exact"/> (<em>Durchschnitt</em>: an average; no status of its own)</description></item>
/// <item><term><c>| 12,3</c> or <c>12,3 |</c></term><description><see cref="ValueStatus.SeriesBreak"/> (<em>grundsätzliche Änderung innerhalb einer Reihe</em>)</description></item>
/// </list>
/// <para>Numbers: an optional sign (<c>-</c>, <c>+</c>, <c>−</c>), digits, and at most one decimal separator (comma or
/// point) followed by digits; no thousands separators and no exponent. Several markers on one number (e.g.
/// <c>(5) p</c>) give the status of highest <see cref="ValueStatusExtensions.Severity"/>. A negative printed zero
/// (<c>-0</c>) is stored as +0.</para>
/// </remarks>
/// <threadsafety>All members are pure and thread-safe.</threadsafety>
public static class OfficialSymbols
{
    private const int MaxNumberLength = 64;

    /// <summary>Parses one table cell.</summary>
    /// <param name="text">The cell text.</param>
    /// <param name="observation">The observation, when the cell is valid.</param>
    /// <returns>Whether the cell is valid.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Observation observation) =>
        TryParseCell(text, out observation, out _, out _);

    /// <summary>Parses one table cell or throws.</summary>
    /// <param name="text">The cell text.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="FormatException">The cell is neither a number nor an official symbol.</exception>
    public static Observation Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParseCell(text, out var o, out _, out var error))
            throw new FormatException($"'{text}': {error}");
        return o;
    }

    /// <summary>
    /// Applies a quality column (<c>value_q</c> or <c>…__q</c> of the flat-file format) to an observation read from the
    /// value column: <c>e</c> (<em>endgültig</em>) or empty keep it; <c>p</c>/<c>v</c>, <c>r</c>, <c>s</c>, <c>|</c>
    /// add their status; a value-replacing symbol (<c>-</c>, <c>0</c>, <c>.</c>, <c>...</c>, <c>x</c>, <c>/</c>,
    /// <c>*</c>) sets the status when the value column agrees (is empty or holds the same symbol, or 0 for
    /// <c>-</c>/<c>0</c>).
    /// </summary>
    /// <param name="observation">The observation from the value column.</param>
    /// <param name="quality">The quality cell.</param>
    /// <param name="result">The combined observation.</param>
    /// <returns>Whether the quality cell is known and consistent with the value.</returns>
    public static bool TryApplyQuality(Observation observation, ReadOnlySpan<char> quality, out Observation result) =>
        TryApplyQuality(observation, quality, out result, out _);

    internal static bool TryApplyQuality(Observation observation, ReadOnlySpan<char> quality, out Observation result, out string? error)
    {
        result = observation;
        error = null;
        var q = quality.Trim();
        if (q.Length == 0 || q is "e" or "E") return true;
        ValueStatus flag;
        switch (q)
        {
            case "p" or "v": flag = ValueStatus.Provisional; break;
            case "r": flag = ValueStatus.Revised; break;
            case "s": flag = ValueStatus.Estimated; break;
            case "D": return true;
            case "|": flag = ValueStatus.SeriesBreak; break;
            default:
                if (!TryParseSymbol(q, out var symbolStatus))
                {
                    error = "unknown quality flag (expected e, p, v, r, s, D, |, -, 0, ., ..., x, /, *)";
                    return false;
                }
                if (symbolStatus is ValueStatus.ExactZero or ValueStatus.RoundedZero)
                {
                    if (observation.Status == ValueStatus.Missing || (observation.HasValue && observation.Value == 0))
                    {
                        result = new Observation(0, symbolStatus);
                        return true;
                    }
                }
                else if (observation.Status == ValueStatus.Missing || observation.Status == symbolStatus)
                {
                    result = new Observation(double.NaN, symbolStatus);
                    return true;
                }
                error = "the quality flag contradicts the value";
                return false;
        }
        if (observation.HasValue && flag.Severity() > observation.Status.Severity())
            result = new Observation(observation.Value, flag);
        return true;
    }

    private static bool TryParseSymbol(ReadOnlySpan<char> t, out ValueStatus status)
    {
        switch (t)
        {
            case "-" or "–" or "—": status = ValueStatus.ExactZero; return true;
            case "0": status = ValueStatus.RoundedZero; return true;
            case "." or "*": status = ValueStatus.Suppressed; return true;
            case "..." or "…": status = ValueStatus.NotYetAvailable; return true;
            case "x" or "X": status = ValueStatus.NotApplicable; return true;
            case "/": status = ValueStatus.Unreliable; return true;
            default: status = ValueStatus.Missing; return false;
        }
    }

    /// <summary>Parses a cell; reports the decimal separator used (<c>'\0'</c> when none) and an error text.</summary>
    internal static bool TryParseCell(ReadOnlySpan<char> text, out Observation observation, out char separator, out string? error)
    {
        observation = default;
        separator = '\0';
        error = null;
        var t = text.Trim();
        if (t.Length == 0)
        {
            observation = Observation.Missing;
            return true;
        }
        if (TryParseSymbol(t, out var symbol) && symbol != ValueStatus.RoundedZero)
        {
            observation = new Observation(symbol == ValueStatus.ExactZero ? 0 : double.NaN, symbol);
            return true;
        }

        var status = ValueStatus.Exact;
        // Markers around the number: series break '|' before or after, flags p/v/r/s/D after.
        while (true)
        {
            if (t.Length > 1 && t[0] == '|')
            {
                status = Max(status, ValueStatus.SeriesBreak);
                t = t[1..].TrimStart();
                continue;
            }
            if (t.Length > 1 && t[^1] == '|')
            {
                status = Max(status, ValueStatus.SeriesBreak);
                t = t[..^1].TrimEnd();
                continue;
            }
            if (t.Length > 1 && IsFlag(t[^1], out var flag) && (char.IsAsciiDigit(t[^2]) || t[^2] == ')' || char.IsWhiteSpace(t[^2])))
            {
                status = Max(status, flag);
                t = t[..^1].TrimEnd();
                continue;
            }
            break;
        }
        var uncertain = false;
        if (t.Length >= 2 && t[0] == '(' && t[^1] == ')')
        {
            uncertain = true;
            t = t[1..^1].Trim();
        }
        if (!TryParseNumber(t, out var value, out separator, out error))
            return false;
        var baseStatus = uncertain ? ValueStatus.Uncertain : value == 0 ? ValueStatus.RoundedZero : ValueStatus.Exact;
        if (value == 0) value = 0; // normalise -0
        observation = new Observation(value, Max(status, baseStatus));
        return true;
    }

    private static ValueStatus Max(ValueStatus a, ValueStatus b) => b.Severity() > a.Severity() ? b : a;

    private static bool IsFlag(char c, out ValueStatus status)
    {
        switch (c)
        {
            case 'p' or 'v': status = ValueStatus.Provisional; return true;
            case 'r': status = ValueStatus.Revised; return true;
            case 's': status = ValueStatus.Estimated; return true;
            case 'D': status = ValueStatus.Exact; return true;
            default: status = ValueStatus.Exact; return false;
        }
    }

    /// <summary>Checks the number grammar of a cell (sign, digits, at most one decimal comma or point, no grouping, no
    /// exponent) and converts it with the CSV inputs' one number rule, <see cref="CsvNumber"/> (German for a comma,
    /// invariant otherwise), which accepts everything this grammar lets through.</summary>
    private static bool TryParseNumber(ReadOnlySpan<char> t, out double value, out char separator, out string? error)
    {
        value = 0;
        separator = '\0';
        error = null;
        if (t.Length == 0 || t.Length > MaxNumberLength)
        {
            error = t.Length == 0 ? "no number inside the markers" : "not a number (too long)";
            return false;
        }
        var i = t[0] is '-' or '+' or '−' ? 1 : 0;
        var intStart = i;
        while (i < t.Length && char.IsAsciiDigit(t[i])) i++;
        if (i == intStart)
        {
            error = "not a number or official symbol (expected digits or one of - 0 . ... x / * ( ) p r s |)";
            return false;
        }
        if (i < t.Length && t[i] is ',' or '.')
        {
            separator = t[i];
            var fracStart = ++i;
            while (i < t.Length && char.IsAsciiDigit(t[i])) i++;
            if (i == fracStart)
            {
                error = "not a number (no digits after the decimal separator)";
                return false;
            }
        }
        if (i != t.Length)
        {
            error = t[i] is ',' or '.'
                ? "not a number (thousands separators are not supported; use a plain decimal comma or point)"
                : "not a number or official symbol (expected digits or one of - 0 . ... x / * ( ) p r s |)";
            return false;
        }
        if (!CsvNumber.TryParseDouble(t, separator == ',' ? CsvNumberFormat.German : CsvNumberFormat.Invariant, allowCurrency: false, out value, out _))
        {
            error = "not a finite number";
            return false;
        }
        return true;
    }
}
