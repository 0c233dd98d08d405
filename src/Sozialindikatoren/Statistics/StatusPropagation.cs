namespace Sozialindikatoren.Statistics;

/// <summary>
/// The rules by which a <see cref="ValueStatus"/> travels through arithmetic and aggregation
/// (<em>Fortschreibung der Zeichenerklärung</em>).
/// </summary>
/// <remarks>
/// <para>Rules (also in docs/methodology.md, "Status propagation"):</para>
/// <list type="number">
/// <item>If any input carries no number (suppressed <c>.</c>, not yet available <c>...</c>, not applicable <c>x</c>,
/// unreliable <c>/</c>, missing), the result carries no number and takes the status of highest
/// <see cref="ValueStatusExtensions.Severity"/> among those inputs. Suppressed always wins, so a sum with a suppressed
/// part is suppressed and a rate with a suppressed numerator is suppressed: confidentiality is never undone by arithmetic.</item>
/// <item>Otherwise the result carries a number. Among the value-carrying flags (uncertain, estimated, series break,
/// provisional, revised) the one of highest severity is kept.</item>
/// <item>Zeros: a sum of exact zeros (<c>-</c>) is an exact zero; a sum of zeros of which at least one is a rounded zero
/// (<c>0</c>) is a rounded zero; when any non-zero part is present, zeros count as exact. A product or quotient whose
/// numerator factor is an exact zero is an exact zero (0 × a = 0 exactly). A rounded-zero numerator gives a rounded zero.</item>
/// <item>A quotient whose denominator is zero (exact or rounded) is not applicable (<c>x</c>): the statement makes no sense.</item>
/// </list>
/// </remarks>
/// <threadsafety>All members are pure and thread-safe.</threadsafety>
public static class StatusPropagation
{
    /// <summary>The status of a result combined from two inputs, ignoring the special treatment of zeros (rule 1 and 2).</summary>
    /// <param name="left">The status of the first input.</param>
    /// <param name="right">The status of the second input.</param>
    /// <returns>The status of higher severity; <see cref="ValueStatus.ExactZero"/> and <see cref="ValueStatus.RoundedZero"/> count as <see cref="ValueStatus.Exact"/> when the other input carries a flag or a number.</returns>
    public static ValueStatus Combine(ValueStatus left, ValueStatus right)
    {
        var l = Normalise(left);
        var r = Normalise(right);
        return l.Severity() >= r.Severity() ? l : r;
    }

    /// <summary>Whether a status is a zero status (<see cref="ValueStatus.ExactZero"/> or <see cref="ValueStatus.RoundedZero"/>).</summary>
    /// <param name="status">The status.</param>
    /// <returns><c>true</c> for <c>-</c> and <c>0</c>.</returns>
    public static bool IsZeroStatus(this ValueStatus status) =>
        status is ValueStatus.ExactZero or ValueStatus.RoundedZero;

    /// <summary>Whether a status carries no number (the inverse of <see cref="ValueStatusExtensions.HasValue"/>).</summary>
    /// <param name="status">The status.</param>
    /// <returns><c>true</c> for suppressed, not yet available, not applicable, unreliable and missing.</returns>
    public static bool IsMissing(this ValueStatus status) => !status.HasValue();

    internal static ValueStatus Normalise(ValueStatus s) => s.IsZeroStatus() ? ValueStatus.Exact : s;
}
