namespace Sozialindikatoren.Statistics;

/// <summary>
/// The status of a statistical value (<em>Zeichenerklärung</em> of official German statistics): whether a number
/// exists, and how far it can be trusted.
/// </summary>
/// <remarks>
/// <para>Official symbols (GENESIS, Statistische Berichte) map as follows:
/// <c>-</c> → <see cref="ExactZero"/>, <c>0</c> → <see cref="RoundedZero"/>, <c>.</c> → <see cref="Suppressed"/>,
/// <c>...</c> → <see cref="NotYetAvailable"/>, <c>x</c> → <see cref="NotApplicable"/>, <c>/</c> →
/// <see cref="Unreliable"/>, <c>( )</c> → <see cref="Uncertain"/>, <c>p</c> → <see cref="Provisional"/>,
/// <c>r</c> → <see cref="Revised"/>, <c>s</c> → <see cref="Estimated"/>, <c>|</c> → <see cref="SeriesBreak"/>.</para>
/// <para>The statuses <see cref="Suppressed"/>, <see cref="NotYetAvailable"/>, <see cref="NotApplicable"/>,
/// <see cref="Unreliable"/> and <see cref="Missing"/> carry no number (see <see cref="ValueStatusExtensions.HasValue"/>).
/// <c>-</c> is an exact zero, never missing. The enum order is not a severity order; use
/// <see cref="ValueStatusExtensions.Severity"/> for combining.</para>
/// </remarks>
public enum ValueStatus
{
    /// <summary>An exact, published number (no symbol).</summary>
    Exact = 0,
    /// <summary><c>-</c>: exactly zero, nothing present (<em>genau null</em>). The value is 0 and real.</summary>
    ExactZero = 1,
    /// <summary><c>0</c>: more than zero but less than half the smallest unit shown (<em>weniger als die Hälfte von 1 in der letzten besetzten Stelle</em>).</summary>
    RoundedZero = 2,
    /// <summary><c>.</c>: unknown or secret (<em>Zahlenwert unbekannt oder geheim zu halten</em>). No number.</summary>
    Suppressed = 3,
    /// <summary><c>...</c>: not yet available at press time (<em>Angabe fällt später an</em>). No number.</summary>
    NotYetAvailable = 4,
    /// <summary><c>x</c>: not applicable, the cell is blocked because a statement makes no sense (<em>Tabellenfach gesperrt</em>). No number.</summary>
    NotApplicable = 5,
    /// <summary><c>/</c>: no figure because it is not reliable enough (<em>keine Angabe, da Zahlenwert nicht sicher genug</em>). No number.</summary>
    Unreliable = 6,
    /// <summary><c>( )</c>: statistically uncertain, limited informative value (<em>Aussagewert eingeschränkt</em>); the number is given.</summary>
    Uncertain = 7,
    /// <summary><c>p</c>: provisional (<em>vorläufig</em>); the number is given.</summary>
    Provisional = 8,
    /// <summary><c>r</c>: revised (<em>berichtigt</em>); the number is given.</summary>
    Revised = 9,
    /// <summary><c>s</c>: estimated (<em>geschätzt</em>); the number is given.</summary>
    Estimated = 10,
    /// <summary><c>|</c>: break in the series (<em>Bruch in der Zeitreihe</em>); the number is given but not comparable with earlier periods.</summary>
    SeriesBreak = 11,
    /// <summary>No value and no official symbol (an empty cell, a value never collected).</summary>
    Missing = 12,
}

/// <summary>Queries on <see cref="ValueStatus"/>.</summary>
/// <threadsafety>All members are pure and thread-safe.</threadsafety>
public static class ValueStatusExtensions
{
    /// <summary>Whether a value with this status carries a number (<c>true</c> for exact, zeros and flagged numbers).</summary>
    /// <param name="status">The status.</param>
    /// <returns><c>false</c> for suppressed, not yet available, not applicable, unreliable and missing.</returns>
    public static bool HasValue(this ValueStatus status) => status switch
    {
        ValueStatus.Suppressed or ValueStatus.NotYetAvailable or ValueStatus.NotApplicable
            or ValueStatus.Unreliable or ValueStatus.Missing => false,
        _ => true,
    };

    /// <summary>
    /// The precedence of a status when values are combined: the result of a sum or rate takes the status of highest
    /// severity among its inputs (see docs/methodology.md, "Status propagation").
    /// </summary>
    /// <param name="status">The status.</param>
    /// <returns>0 for exact values (including exact zero) up to 9 for suppressed.</returns>
    /// <remarks>Order (low to high): Exact = ExactZero &lt; RoundedZero &lt; Revised &lt; Provisional &lt; SeriesBreak
    /// &lt; Estimated &lt; Uncertain &lt; Missing &lt; NotYetAvailable &lt; NotApplicable &lt; Unreliable &lt; Suppressed. A suppressed input always wins,
    /// so confidentiality is never undone by arithmetic.</remarks>
    public static int Severity(this ValueStatus status) => status switch
    {
        ValueStatus.Exact => 0,
        ValueStatus.ExactZero => 0,
        ValueStatus.RoundedZero => 1,
        ValueStatus.Revised => 2,
        ValueStatus.Provisional => 3,
        ValueStatus.SeriesBreak => 4,
        ValueStatus.Estimated => 5,
        ValueStatus.Uncertain => 6,
        ValueStatus.Missing => 7,
        ValueStatus.NotYetAvailable => 8,
        ValueStatus.NotApplicable => 9,
        ValueStatus.Unreliable => 10,
        ValueStatus.Suppressed => 11,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown value status."),
    };

    /// <summary>The official symbol of a status (<c>-</c>, <c>0</c>, <c>.</c>, <c>...</c>, <c>x</c>, <c>/</c>, <c>()</c>, <c>p</c>, <c>r</c>, <c>s</c>, <c>|</c>), or an empty string for exact and missing values.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The symbol.</returns>
    public static string Symbol(this ValueStatus status) => status switch
    {
        ValueStatus.ExactZero => "-",
        ValueStatus.RoundedZero => "0",
        ValueStatus.Suppressed => ".",
        ValueStatus.NotYetAvailable => "...",
        ValueStatus.NotApplicable => "x",
        ValueStatus.Unreliable => "/",
        ValueStatus.Uncertain => "()",
        ValueStatus.Provisional => "p",
        ValueStatus.Revised => "r",
        ValueStatus.Estimated => "s",
        ValueStatus.SeriesBreak => "|",
        _ => "",
    };

    /// <summary>The machine-readable code used in CSV output (<c>exact</c>, <c>exact_zero</c>, <c>rounded_zero</c>, <c>suppressed</c>,
    /// <c>not_yet_available</c>, <c>not_applicable</c>, <c>unreliable</c>, <c>uncertain</c>, <c>provisional</c>, <c>revised</c>,
    /// <c>estimated</c>, <c>series_break</c>, <c>missing</c>).</summary>
    /// <param name="status">The status.</param>
    /// <returns>The snake-case code.</returns>
    public static string ToCode(this ValueStatus status) => status switch
    {
        ValueStatus.Exact => "exact",
        ValueStatus.ExactZero => "exact_zero",
        ValueStatus.RoundedZero => "rounded_zero",
        ValueStatus.Suppressed => "suppressed",
        ValueStatus.NotYetAvailable => "not_yet_available",
        ValueStatus.NotApplicable => "not_applicable",
        ValueStatus.Unreliable => "unreliable",
        ValueStatus.Uncertain => "uncertain",
        ValueStatus.Provisional => "provisional",
        ValueStatus.Revised => "revised",
        ValueStatus.Estimated => "estimated",
        ValueStatus.SeriesBreak => "series_break",
        ValueStatus.Missing => "missing",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown value status."),
    };

    /// <summary>Parses a code written by <see cref="ToCode"/>.</summary>
    /// <param name="code">The code, e.g. <c>exact_zero</c>.</param>
    /// <param name="status">The status, when the code is known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParseCode(string? code, out ValueStatus status)
    {
        foreach (var s in Enum.GetValues<ValueStatus>())
        {
            if (string.Equals(s.ToCode(), code, StringComparison.Ordinal))
            {
                status = s;
                return true;
            }
        }
        status = ValueStatus.Missing;
        return false;
    }
}
