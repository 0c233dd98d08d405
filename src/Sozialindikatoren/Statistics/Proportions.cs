using System.Globalization;

namespace Sozialindikatoren.Statistics;

/// <summary>
/// Proportions <em>(Anteile)</em> x/n with Wilson score confidence intervals.
/// </summary>
/// <remarks>
/// <para>Wilson (1927): lower, upper = (2x + z² ∓ z·√(z² + 4x(1 − x/n))) / (2(n + z²)), with z = Φ⁻¹(1 − α/2).
/// At the boundaries the exact values are used: lower = 0 when x = 0 and upper = 1 when x = n (as R's
/// <c>prop.test(correct = FALSE)</c>). The limits are clamped to [0, 1] and to contain the estimate (rounding only).
/// Source: PHEindicatormethods <c>wilson_lower/upper</c>; docs/methodology.md, "Wilson score interval".</para>
/// <para>Inputs: count x ≥ 0 (an integer), denominator n &gt; 0 (finite; may be fractional, e.g. weighted), x ≤ n.
/// Values and limits are fractions between 0 and 1 (multiply by 100 for percent).</para>
/// </remarks>
/// <threadsafety>All members are pure and thread-safe.</threadsafety>
public static class Proportions
{
    /// <summary>The Wilson score interval of a proportion x/n.</summary>
    /// <param name="count">The count x (Zähler), ≥ 0.</param>
    /// <param name="denominator">The denominator n (Nenner), &gt; 0, ≥ x.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>The proportion x/n with its interval (method <see cref="IntervalMethod.Wilson"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">negative count, denominator not positive, count greater than denominator.</exception>
    public static ConfidenceInterval Wilson(long count, double denominator, ConfidenceLevel level)
    {
        level.EnsureValid(nameof(level));
        Validate(count, denominator);
        var (p, lo, hi) = WilsonCore(count, denominator, level.Z);
        return new ConfidenceInterval(p, lo, hi, IntervalMethod.Wilson, level.Level);
    }

    /// <summary>Wilson intervals for many proportions at once, without allocation (columnar).</summary>
    /// <param name="counts">The counts x, each ≥ 0.</param>
    /// <param name="denominators">The denominators n, each &gt; 0 and ≥ the count; same length.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="values">Receives x/n; at least as long as <paramref name="counts"/>.</param>
    /// <param name="lower">Receives the lower limits.</param>
    /// <param name="upper">Receives the upper limits.</param>
    /// <exception cref="ArgumentException">Span lengths do not match.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An input is invalid; the message names its index.</exception>
    public static void Wilson(ReadOnlySpan<long> counts, ReadOnlySpan<double> denominators, ConfidenceLevel level,
        Span<double> values, Span<double> lower, Span<double> upper)
    {
        level.EnsureValid(nameof(level));
        Rates.CheckLengths(counts.Length, denominators.Length, values.Length, lower.Length, upper.Length);
        var z = level.Z;
        for (var i = 0; i < counts.Length; i++)
        {
            Validate(counts[i], denominators[i], i);
            (values[i], lower[i], upper[i]) = WilsonCore(counts[i], denominators[i], z);
        }
    }

    internal static (double P, double Lower, double Upper) WilsonCore(long count, double n, double z)
    {
        double x = count;
        var p = x / n;
        var z2 = z * z;
        var root = z * Math.Sqrt(z2 + 4 * x * (1 - x / n));
        var denom = 2 * (n + z2);
        var lo = count == 0 ? 0 : (2 * x + z2 - root) / denom;
        var hi = x == n ? 1 : (2 * x + z2 + root) / denom;
        lo = Math.Clamp(lo, 0, p);
        hi = Math.Clamp(hi, p, 1);
        return (p, lo, hi);
    }

    internal static void Validate(long count, double denominator, int index = -1)
    {
        // Fast path without allocation; messages are only built on failure.
        if (count >= 0 && denominator > 0 && double.IsFinite(denominator) && count <= denominator) return;
        var at = index >= 0 ? string.Create(CultureInfo.InvariantCulture, $" at index {index}") : "";
        if (count < 0)
            throw new ArgumentOutOfRangeException(nameof(count), count, string.Create(CultureInfo.InvariantCulture, $"count{at}: negative count ({count})."));
        if (!(denominator > 0) || !double.IsFinite(denominator))
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, string.Create(CultureInfo.InvariantCulture, $"denominator{at}: denominator not positive ({denominator:R})."));
        throw new ArgumentOutOfRangeException(nameof(count), count, string.Create(CultureInfo.InvariantCulture, $"count{at}: count greater than denominator ({count} > {denominator:R})."));
    }
}
