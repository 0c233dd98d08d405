using System.Globalization;

namespace Sozialindikatoren.Statistics;

/// <content>Publication steps of disclosure control: rounding to multiples of 5 or 10 and rates with small-denominator flags.</content>
public static partial class DisclosureControl
{
    /// <summary>Rounds a count to the nearest multiple of a base, halves up (5 → 5, 2 → 0, 3 → 5 for base 5).</summary>
    /// <param name="value">The count, ≥ 0.</param>
    /// <param name="roundingBase">5 or 10 (0 returns the value).</param>
    /// <returns>The rounded count.</returns>
    public static long RoundToMultiple(long value, int roundingBase)
    {
        if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), value, "value: negative count.");
        if (roundingBase is not (0 or 5 or 10)) throw new ArgumentOutOfRangeException(nameof(roundingBase), roundingBase, "roundingBase: must be 0, 5 or 10.");
        if (roundingBase == 0) return value;
        var r = value % roundingBase;
        return 2 * r >= roundingBase ? value - r + roundingBase : value - r;
    }

    /// <summary>Rounds published observations to multiples of 5 or 10; cells without a number stay as they are, an exact zero stays <c>-</c>, a positive value rounded to 0 becomes <c>0</c> (rounded zero). Flags are kept.</summary>
    /// <param name="cells">The cells; numbers must be non-negative integers.</param>
    /// <param name="roundingBase">5 or 10 (0 copies).</param>
    /// <returns>The rounded cells.</returns>
    public static Observation[] Round(ReadOnlySpan<Observation> cells, int roundingBase)
    {
        var result = new Observation[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            var c = cells[i];
            if (!c.HasValue || roundingBase == 0) { result[i] = c; continue; }
            if (c.Value < 0 || c.Value != Math.Floor(c.Value))
                throw new ArgumentOutOfRangeException(nameof(cells), c.Value, string.Create(CultureInfo.InvariantCulture, $"cells[{i}]: rounding needs a non-negative integer count, was {c.Value:R}."));
            var rounded = RoundCount((long)c.Value, roundingBase);
            result[i] = c.Status is ValueStatus.Exact or ValueStatus.ExactZero or ValueStatus.RoundedZero ? rounded : new Observation(rounded.Value, c.Status);
        }
        return result;
    }

    /// <summary>
    /// Rates for publication: count / denominator × per with status propagation (a rate from a suppressed count is
    /// suppressed), and "nicht aussagekräftig" (<see cref="DisclosureOptions.SmallDenominatorStatus"/>) when the
    /// denominator is below <see cref="DisclosureOptions.MinimumDenominator"/> (default 300).
    /// </summary>
    /// <param name="counts">The counts (e.g. after <see cref="SuppressionResult.ToObservations"/>).</param>
    /// <param name="denominators">The denominators (population), same length.</param>
    /// <param name="per">The multiplier, &gt; 0.</param>
    /// <param name="options">The options.</param>
    /// <returns>One rate per cell.</returns>
    public static Observation[] Rates(ReadOnlySpan<Observation> counts, ReadOnlySpan<Observation> denominators, double per, DisclosureOptions? options = null)
    {
        options ??= DisclosureOptions.Default;
        if (counts.Length != denominators.Length) throw new ArgumentException("denominators: length differs from counts.", nameof(denominators));
        var result = new Observation[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            var r = Observation.Rate(counts[i], denominators[i], per);
            if (r.HasValue && denominators[i].Value < options.MinimumDenominator)
                r = options.SmallDenominatorStatus == ValueStatus.Unreliable ? new Observation(double.NaN, ValueStatus.Unreliable) : r.WithFlag(ValueStatus.Uncertain);
            result[i] = r;
        }
        return result;
    }

    internal static Observation RoundCount(long x, int roundingBase)
    {
        if (x == 0) return Observation.ExactZero;
        var r = RoundToMultiple(x, roundingBase);
        return r == 0 ? new Observation(0, ValueStatus.RoundedZero) : Observation.Of(r);
    }
}
