using System.Globalization;
using MathNet.Numerics.Distributions;

namespace Sozialindikatoren.Statistics;

/// <summary>The classification of a space against a reference value in a funnel plot (<em>Trichterdiagramm</em>).</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum FunnelClass
{
    /// <summary>Not assessed: the value carries no number (suppressed, missing) or the denominator is not positive.</summary>
    NotAssessed = 0,
    /// <summary>Significantly below the reference (<em>signifikant niedriger</em>): observed value below the lower control limit.</summary>
    SignificantlyBelow = 1,
    /// <summary>Not significantly different (<em>nicht signifikant verschieden</em>): inside the control limits (limits included).</summary>
    NotDifferent = 2,
    /// <summary>Significantly above the reference (<em>signifikant höher</em>): observed value above the upper control limit.</summary>
    SignificantlyAbove = 3,
}

/// <summary>The data type of a funnel plot: proportions (binomial) or rates (Poisson).</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum FunnelKind
{
    /// <summary>A proportion x/n; exact binomial control limits around the reference proportion.</summary>
    Proportion = 0,
    /// <summary>A rate x/n × per; exact Poisson control limits around the reference rate.</summary>
    Rate = 1,
}

/// <summary>
/// Funnel-plot control limits and classification against a reference value (the Kreis or NRW), after
/// Spiegelhalter (2005), "Funnel plots for comparing institutional performance", Stat Med 24:1185–1202.
/// </summary>
/// <remarks>
/// <para>For a reference value θ₀ and denominator n, the exact control limit at tail probability p is found from the
/// discrete distribution of the count Y (binomial Bin(n, θ₀) for proportions, Poisson(n·θ₀/per) for rates): r_p is the
/// smallest integer with P(Y ≤ r_p) ≥ p, and the limit is interpolated between integers (Spiegelhalter 2005,
/// Appendix A.1.1) as (r_p − α)/n with α = (P(Y ≤ r_p) − p)/(P(Y ≤ r_p) − P(Y ≤ r_p − 1)), times per for rates.
/// Lower limits use p = α/2, upper limits 1 − α/2 of the level (95 % and 99.8 % by convention: 2 and 3 standard
/// deviations). A space is classified significantly above when its observed value exceeds the upper limit, below when
/// it falls under the lower limit; values on a limit count as not different. See docs/methodology.md, "Funnel plots".</para>
/// <para>For proportions the denominator must be an integer ≥ 1; for rates any positive denominator is allowed.</para>
/// </remarks>
/// <threadsafety>All members are pure and thread-safe.</threadsafety>
public static class Funnel
{
    /// <summary>The lower and upper control limits for one denominator.</summary>
    /// <param name="kind">Proportion or rate.</param>
    /// <param name="reference">The reference value θ₀ (a proportion in [0, 1], or a rate on the scale of <paramref name="per"/>), ≥ 0.</param>
    /// <param name="denominator">The denominator n, &gt; 0 (an integer for proportions).</param>
    /// <param name="level">The control level, e.g. <see cref="ConfidenceLevel.Percent95"/> or <see cref="ConfidenceLevel.Percent998"/>.</param>
    /// <param name="per">The rate multiplier (ignored for proportions), &gt; 0.</param>
    /// <returns>(lower, upper) on the scale of the reference.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An input is out of range.</exception>
    public static (double Lower, double Upper) Limits(FunnelKind kind, double reference, double denominator, ConfidenceLevel level, double per = 1)
    {
        level.EnsureValid(nameof(level));
        Check(kind, reference, denominator, per);
        var a2 = level.Alpha / 2;
        return (Limit(kind, reference, denominator, a2, per), Limit(kind, reference, denominator, 1 - a2, per));
    }

    /// <summary>Classifies one observed value against the control limits.</summary>
    /// <param name="kind">Proportion or rate.</param>
    /// <param name="count">The observed count, ≥ 0.</param>
    /// <param name="denominator">The denominator, &gt; 0.</param>
    /// <param name="reference">The reference value θ₀ (same scale as the observed value).</param>
    /// <param name="level">The control level.</param>
    /// <param name="per">The rate multiplier, &gt; 0.</param>
    /// <returns>The class.</returns>
    public static FunnelClass Classify(FunnelKind kind, long count, double denominator, double reference, ConfidenceLevel level, double per = 1)
    {
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "count: negative count.");
        var (lo, hi) = Limits(kind, reference, denominator, level, per);
        var value = kind == FunnelKind.Proportion ? count / denominator : RateScale.Apply(count, denominator, per);
        return value > hi ? FunnelClass.SignificantlyAbove : value < lo ? FunnelClass.SignificantlyBelow : FunnelClass.NotDifferent;
    }

    /// <summary>
    /// Funnel limits at 95 % and 99.8 % and the classification of every space (columnar). Spaces whose count or
    /// denominator carries no number, or whose denominator is not positive, are <see cref="FunnelClass.NotAssessed"/>
    /// with NaN limits (documented: NaN marks "no limit" only in this result's limit arrays).
    /// </summary>
    /// <param name="kind">Proportion or rate.</param>
    /// <param name="counts">The observed counts (observations; numbers must be non-negative integers).</param>
    /// <param name="denominators">The denominators (observations), same length.</param>
    /// <param name="reference">The reference value θ₀; when <c>null</c>, the pooled value Σx/Σn (× per) over the assessed spaces.</param>
    /// <param name="per">The rate multiplier, &gt; 0.</param>
    /// <returns>The funnel result.</returns>
    public static FunnelResult Compare(FunnelKind kind, ReadOnlySpan<Observation> counts, ReadOnlySpan<Observation> denominators, double? reference = null, double per = 1)
    {
        if (counts.Length != denominators.Length) throw new ArgumentException("denominators: length differs from counts.", nameof(denominators));
        Rates.CheckPer(per);
        var k = counts.Length;
        var assessed = new bool[k];
        double sx = 0, sn = 0;
        for (var i = 0; i < k; i++)
        {
            var c = counts[i];
            var d = denominators[i];
            if (!c.HasValue || !d.HasValue || !(d.Value > 0)) continue;
            if (c.Value < 0 || c.Value != Math.Floor(c.Value))
                throw new ArgumentOutOfRangeException(nameof(counts), c.Value, string.Create(CultureInfo.InvariantCulture, $"counts[{i}]: must be a non-negative integer, was {c.Value:R}."));
            if (kind == FunnelKind.Proportion && (d.Value != Math.Floor(d.Value) || c.Value > d.Value))
                throw new ArgumentOutOfRangeException(nameof(denominators), d.Value, string.Create(CultureInfo.InvariantCulture, $"denominators[{i}]: a proportion needs an integer denominator ≥ the count, was {d.Value:R} for count {c.Value:R}."));
            assessed[i] = true;
            sx += c.Value;
            sn += d.Value;
        }
        var theta = reference ?? (sn > 0 ? (kind == FunnelKind.Proportion ? sx / sn : RateScale.Apply(sx, sn, per)) : double.NaN);
        if (!double.IsFinite(theta)) throw new ArgumentException("reference: no reference given and no space can be assessed to pool one.", nameof(reference));
        var values = new double[k];
        var lo95 = new double[k];
        var hi95 = new double[k];
        var lo998 = new double[k];
        var hi998 = new double[k];
        var c95 = new FunnelClass[k];
        var c998 = new FunnelClass[k];
        for (var i = 0; i < k; i++)
        {
            if (!assessed[i])
            {
                values[i] = lo95[i] = hi95[i] = lo998[i] = hi998[i] = double.NaN;
                continue;
            }
            var n = denominators[i].Value;
            var v = kind == FunnelKind.Proportion ? counts[i].Value / n : RateScale.Apply(counts[i].Value, n, per);
            values[i] = v;
            (lo95[i], hi95[i]) = Limits(kind, theta, n, ConfidenceLevel.Percent95, per);
            (lo998[i], hi998[i]) = Limits(kind, theta, n, ConfidenceLevel.Percent998, per);
            c95[i] = v > hi95[i] ? FunnelClass.SignificantlyAbove : v < lo95[i] ? FunnelClass.SignificantlyBelow : FunnelClass.NotDifferent;
            c998[i] = v > hi998[i] ? FunnelClass.SignificantlyAbove : v < lo998[i] ? FunnelClass.SignificantlyBelow : FunnelClass.NotDifferent;
        }
        return new FunnelResult(kind, theta, values, lo95, hi95, lo998, hi998, c95, c998);
    }

    private static double Limit(FunnelKind kind, double reference, double n, double p, double per)
    {
        if (kind == FunnelKind.Proportion)
        {
            var trials = (int)n;
            if (reference <= 0) return 0;
            if (reference >= 1) return 1;
            var r = Quantile(k => Binomial.CDF(reference, trials, k), trials * reference, Math.Sqrt(trials * reference * (1 - reference)), p, trials);
            return Interpolate(k => Binomial.CDF(reference, trials, k), r, p) / n;
        }
        var mu = reference / per * n;
        if (mu <= 0) return 0;
        var rr = Quantile(k => Poisson.CDF(mu, k), mu, Math.Sqrt(mu), p, long.MaxValue);
        return RateScale.Apply(Interpolate(k => Poisson.CDF(mu, k), rr, p), n, per);
    }

    /// <summary>The smallest integer r with cdf(r) ≥ p, searched from a normal start value.</summary>
    private static long Quantile(Func<double, double> cdf, double mean, double sd, double p, long max)
    {
        var r = (long)Math.Clamp(Math.Floor(mean + Normal.InvCDF(0, 1, p) * sd), 0, max);
        while (r > 0 && cdf(r - 1) >= p) r--;
        while (r < max && cdf(r) < p) r++;
        return r;
    }

    private static double Interpolate(Func<double, double> cdf, long r, double p)
    {
        var fr = cdf(r);
        var fr1 = r > 0 ? cdf(r - 1) : 0;
        var alpha = fr > fr1 ? (fr - p) / (fr - fr1) : 0;
        return Math.Max(r - alpha, 0);
    }

    private static void Check(FunnelKind kind, double reference, double n, double per)
    {
        if (!Enum.IsDefined(kind)) throw new ArgumentOutOfRangeException(nameof(kind), kind, "kind: unknown funnel kind.");
        if (!(reference >= 0) || !double.IsFinite(reference)) throw new ArgumentOutOfRangeException(nameof(reference), reference, "reference: must be finite and ≥ 0.");
        if (!(n > 0) || !double.IsFinite(n)) throw new ArgumentOutOfRangeException(nameof(n), n, "denominator: denominator not positive.");
        Rates.CheckPer(per);
        if (kind == FunnelKind.Proportion)
        {
            if (reference > 1) throw new ArgumentOutOfRangeException(nameof(reference), reference, "reference: a proportion must lie in [0, 1].");
            if (n != Math.Floor(n) || n > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(n), n, "denominator: a proportion needs an integer denominator.");
        }
    }
}
