using System.Buffers;
using System.Globalization;

namespace Sozialindikatoren.Statistics;

/// <summary>
/// Crude rates <em>(rohe Raten)</em> count / denominator × per with Poisson confidence intervals: exact (Garwood),
/// Byar, or the public-health rule (<see cref="IntervalMethod.Auto"/>: exact below 10 events, Byar from 10).
/// </summary>
/// <remarks>
/// <para>Exact Poisson limits of a count x (Garwood 1936): lower = χ²_{α/2; 2x}/2 (0 when x = 0), upper =
/// χ²_{1−α/2; 2x+2}/2. They are computed through the equivalent gamma quantiles (χ²_{p; 2k}/2 = Γ⁻¹(p; shape k,
/// rate 1)): Halley steps on the regularised incomplete gamma function (Temme's uniform asymptotic expansion from
/// shape 20, Poisson tail sums below) from the Wilson–Hilferty start, which is Byar's limit itself. Checked against
/// R's <c>qchisq</c> (fixture rates.csv, counts to 25,000), against 25-digit mpmath quantiles for shapes 1 to 10⁹ at levels
/// 50–99.9 % (fixture gamma_quantiles.csv: ≤ 1e-12 relative), and against Byar's approximation at 10⁶ to 4·10⁷
/// events (tests).</para>
/// <para>Byar: lower = x(1 − 1/(9x) − z/(3√x))³, upper = (x+1)(1 − 1/(9(x+1)) + z/(3√(x+1)))³. The lower limit is
/// undefined for x = 0 and then 0; a negative value (possible for x ≤ 1 at high levels) is set to 0.</para>
/// <para>Rate limits are count limits / denominator × per. Inputs: count ≥ 0 (integer), denominator &gt; 0 and finite
/// (person-years allowed; the count may exceed it), per &gt; 0. Source: PHEindicatormethods (R/utils.R, R/Rates.R);
/// docs/methodology.md, "Poisson intervals".</para>
/// </remarks>
/// <threadsafety>All members are pure and thread-safe.</threadsafety>
public static class Rates
{
    /// <summary>The count below which <see cref="IntervalMethod.Auto"/> uses exact limits (10).</summary>
    public const int AutoExactBelow = 10;

    /// <summary>A crude rate with its confidence interval.</summary>
    /// <param name="count">The event count x, ≥ 0.</param>
    /// <param name="denominator">The denominator (population, person-years), &gt; 0.</param>
    /// <param name="method">Exact, Byar or Auto (Wilson is for <see cref="Proportions"/> and is also accepted here: then the count must not exceed the denominator and <paramref name="per"/> scales the proportion).</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="per">The multiplier (see <see cref="RateScale"/>), &gt; 0; default 1.</param>
    /// <returns>The rate and its limits; <see cref="ConfidenceInterval.Method"/> is the method used.</returns>
    /// <exception cref="ArgumentOutOfRangeException">negative count, denominator not positive, invalid per or method.</exception>
    public static ConfidenceInterval Interval(long count, double denominator, IntervalMethod method, ConfidenceLevel level, double per = 1)
    {
        level.EnsureValid(nameof(level));
        CheckPer(per);
        if (method == IntervalMethod.Wilson)
        {
            var w = Proportions.Wilson(count, denominator, level);
            return new ConfidenceInterval(w.Estimate * per, w.Lower * per, w.Upper * per, IntervalMethod.Wilson, level.Level);
        }
        Validate(count, denominator);
        var used = Resolve(method, count);
        var (lo, hi) = used == IntervalMethod.ExactPoisson ? ExactCountLimits(count, level) : ByarCountLimits(count, level.Z);
        var value = RateScale.Apply(count, denominator, per);
        return new ConfidenceInterval(value, Math.Min(RateScale.Apply(lo, denominator, per), value), Math.Max(RateScale.Apply(hi, denominator, per), value), used, level.Level);
    }

    /// <summary>Exact Poisson (Garwood) interval of a rate.</summary>
    /// <param name="count">The event count, ≥ 0.</param>
    /// <param name="denominator">The denominator, &gt; 0.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="per">The multiplier, &gt; 0.</param>
    /// <returns>The rate and its exact limits.</returns>
    public static ConfidenceInterval Exact(long count, double denominator, ConfidenceLevel level, double per = 1) =>
        Interval(count, denominator, IntervalMethod.ExactPoisson, level, per);

    /// <summary>Byar interval of a rate.</summary>
    /// <param name="count">The event count, ≥ 0.</param>
    /// <param name="denominator">The denominator, &gt; 0.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="per">The multiplier, &gt; 0.</param>
    /// <returns>The rate and its Byar limits (lower 0 for a count of 0).</returns>
    public static ConfidenceInterval Byar(long count, double denominator, ConfidenceLevel level, double per = 1) =>
        Interval(count, denominator, IntervalMethod.Byar, level, per);

    /// <summary>Interval of a rate by the public-health rule: exact below 10 events, Byar from 10.</summary>
    /// <param name="count">The event count, ≥ 0.</param>
    /// <param name="denominator">The denominator, &gt; 0.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="per">The multiplier, &gt; 0.</param>
    /// <returns>The rate and its limits.</returns>
    public static ConfidenceInterval Auto(long count, double denominator, ConfidenceLevel level, double per = 1) =>
        Interval(count, denominator, IntervalMethod.Auto, level, per);

    /// <summary>The exact (Garwood) Poisson limits of a count (not divided by a denominator).</summary>
    /// <param name="count">The count x, ≥ 0.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>(lower, upper); lower = 0 for x = 0.</returns>
    public static (double Lower, double Upper) ExactCountLimits(long count, ConfidenceLevel level)
    {
        level.EnsureValid(nameof(level));
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "count: negative count.");
        var (lower, upper) = ExactTargets(level);
        return ExactCountLimits(count, lower, upper);
    }

    /// <summary>The two gamma-quantile targets of the exact limits: P(x, lower) = α/2 and Q(x + 1, upper) = α/2.</summary>
    internal static (GammaQuantile.Target Lower, GammaQuantile.Target Upper) ExactTargets(ConfidenceLevel level) =>
        (new GammaQuantile.Target(level.Alpha / 2, upper: false), new GammaQuantile.Target(level.Alpha / 2, upper: true));

    internal static (double Lower, double Upper) ExactCountLimits(long count, in GammaQuantile.Target lower, in GammaQuantile.Target upper)
    {
        var lo = count == 0 ? 0 : GammaQuantile.Quantile(count, lower);
        var hi = GammaQuantile.Quantile(count + 1, upper);
        return (lo, hi);
    }

    /// <summary>Byar's approximate Poisson limits of a count (not divided by a denominator).</summary>
    /// <param name="count">The count x, ≥ 0.</param>
    /// <param name="z">The two-sided critical value (<see cref="ConfidenceLevel.Z"/>), &gt; 0.</param>
    /// <returns>(lower, upper); lower = 0 for x = 0 (undefined) and when the formula is negative.</returns>
    public static (double Lower, double Upper) ByarCountLimits(long count, double z)
    {
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "count: negative count.");
        double x = count;
        double lo = 0;
        if (count > 0)
        {
            var b = 1 - 1 / (9 * x) - z / (3 * Math.Sqrt(x));
            lo = b <= 0 ? 0 : x * b * b * b;
        }
        var x1 = x + 1;
        var c = 1 - 1 / (9 * x1) + z / (3 * Math.Sqrt(x1));
        return (lo, x1 * c * c * c);
    }

    /// <summary>
    /// Rates and intervals for many (count, denominator) pairs at once, without per-element allocation. With
    /// <see cref="IntervalMethod.Auto"/> or <see cref="IntervalMethod.ExactPoisson"/> the exact limits of counts 0–9
    /// are computed once per call and reused; with <see cref="IntervalMethod.ExactPoisson"/> and at least 32,768 rows
    /// also those of every distinct count below 16,384 (the same values as row by row).
    /// </summary>
    /// <param name="counts">The counts, each ≥ 0.</param>
    /// <param name="denominators">The denominators, each &gt; 0; same length.</param>
    /// <param name="method">The method (Wilson treats each row as a proportion scaled by <paramref name="per"/>).</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="per">The multiplier, &gt; 0.</param>
    /// <param name="values">Receives the rates.</param>
    /// <param name="lower">Receives the lower limits.</param>
    /// <param name="upper">Receives the upper limits.</param>
    /// <param name="methodsUsed">Receives the method used per row; may be empty to skip.</param>
    /// <exception cref="ArgumentException">Span lengths do not match.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An input is invalid; the message names its index.</exception>
    public static void Intervals(ReadOnlySpan<long> counts, ReadOnlySpan<double> denominators, IntervalMethod method,
        ConfidenceLevel level, double per, Span<double> values, Span<double> lower, Span<double> upper, Span<IntervalMethod> methodsUsed) =>
        Intervals(counts, denominators, method, level, per, values, lower, upper, methodsUsed, null);

    /// <summary>A memo of exact limits for <see cref="Intervals(ReadOnlySpan{long}, ReadOnlySpan{double}, IntervalMethod, ConfidenceLevel, double, Span{double}, Span{double}, Span{double}, Span{IntervalMethod}, double[])"/>
    /// calls of one level (all NaN: nothing computed yet).</summary>
    internal static double[] NewExactMemo()
    {
        var memo = new double[2 * MemoCounts];
        memo.AsSpan().Fill(double.NaN);
        return memo;
    }

    /// <summary>As the public overload; <paramref name="exactMemo"/> (from <see cref="NewExactMemo"/>, always with the same
    /// level) keeps the exact limits of the distinct counts below 16,384 across calls of any length (a streamed job's
    /// blocks), or null for the memo of one call of at least 32,768 rows.</summary>
    internal static void Intervals(ReadOnlySpan<long> counts, ReadOnlySpan<double> denominators, IntervalMethod method,
        ConfidenceLevel level, double per, Span<double> values, Span<double> lower, Span<double> upper, Span<IntervalMethod> methodsUsed,
        double[]? exactMemo)
    {
        level.EnsureValid(nameof(level));
        CheckPer(per);
        CheckLengths(counts.Length, denominators.Length, values.Length, lower.Length, upper.Length);
        if (!methodsUsed.IsEmpty && methodsUsed.Length < counts.Length)
            throw new ArgumentException("methodsUsed: shorter than counts.", nameof(methodsUsed));
        if (!Enum.IsDefined(method)) throw new ArgumentOutOfRangeException(nameof(method), method, "method: unknown interval method.");
        var z = level.Z;
        if (method == IntervalMethod.Wilson)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                Proportions.Validate(counts[i], denominators[i], i);
                var (p, lo, hi) = Proportions.WilsonCore(counts[i], denominators[i], z);
                values[i] = p * per; lower[i] = lo * per; upper[i] = hi * per;
                if (!methodsUsed.IsEmpty) methodsUsed[i] = IntervalMethod.Wilson;
            }
            return;
        }
        // Exact limits are a pure function of the count: computed once per distinct count below the memo size (counts
        // 0–9 always; up to MemoCounts − 1 for long inputs, where repeated counts are the rule), the same values as
        // computed row by row.
        Span<double> exLo = stackalloc double[AutoExactBelow];
        Span<double> exHi = stackalloc double[AutoExactBelow];
        var (tLower, tUpper) = method == IntervalMethod.Byar ? default : ExactTargets(level);
        if (method != IntervalMethod.Byar)
        {
            for (var k = 0; k < AutoExactBelow; k++) (exLo[k], exHi[k]) = ExactCountLimits(k, tLower, tUpper);
        }
        double[]? memo = method == IntervalMethod.ExactPoisson ? exactMemo : null;
        var rented = false;
        if (memo is null && method == IntervalMethod.ExactPoisson && counts.Length >= MemoFromRows)
        {
            memo = ArrayPool<double>.Shared.Rent(2 * MemoCounts);
            memo.AsSpan(0, 2 * MemoCounts).Fill(double.NaN);
            rented = true;
        }
        try
        {
            for (var i = 0; i < counts.Length; i++)
            {
                var x = counts[i];
                var n = denominators[i];
                Validate(x, n, i);
                var used = Resolve(method, x);
                double lo, hi;
                if (used == IntervalMethod.ExactPoisson)
                {
                    if (x < AutoExactBelow) (lo, hi) = (exLo[(int)x], exHi[(int)x]);
                    else if (memo is not null && x < MemoCounts)
                    {
                        var m = 2 * (int)x;
                        if (double.IsNaN(memo[m])) (memo[m], memo[m + 1]) = ExactCountLimits(x, tLower, tUpper);
                        (lo, hi) = (memo[m], memo[m + 1]);
                    }
                    else (lo, hi) = ExactCountLimits(x, tLower, tUpper);
                }
                else
                    (lo, hi) = ByarCountLimits(x, z);
                var v = RateScale.Apply(x, n, per);
                values[i] = v;
                lower[i] = Math.Min(RateScale.Apply(lo, n, per), v);
                upper[i] = Math.Max(RateScale.Apply(hi, n, per), v);
                if (!methodsUsed.IsEmpty) methodsUsed[i] = used;
            }
        }
        finally
        {
            if (rented) ArrayPool<double>.Shared.Return(memo!);
        }
    }

    /// <summary>Counts below this have their exact limits memoised in long batches.</summary>
    private const int MemoCounts = 1 << 14;

    /// <summary>Batches from this length use the memo (its 256 KB are then small against the inputs).</summary>
    private const int MemoFromRows = 1 << 15;

    /// <summary>
    /// A rate with status propagation: the count and denominator are observations; a suppressed or missing input gives
    /// a rate with that status and no interval (rates from suppressed counts are suppressed).
    /// </summary>
    /// <param name="count">The count; when it carries a number, it must be a non-negative integer.</param>
    /// <param name="denominator">The denominator; when it carries a number, it must be positive.</param>
    /// <param name="method">The interval method.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="per">The multiplier, &gt; 0.</param>
    /// <returns>The rate as an observation (status by <see cref="StatusPropagation"/>), and its interval when the rate carries a number.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number-carrying input is invalid.</exception>
    public static RateEstimate Estimate(Observation count, Observation denominator, IntervalMethod method, ConfidenceLevel level, double per = 1)
    {
        var rate = Observation.Rate(count, denominator, per);
        if (!rate.HasValue) return new RateEstimate(rate, null);
        var c = count.Value;
        if (c < 0 || c != Math.Floor(c) || c > long.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(count), c, string.Create(CultureInfo.InvariantCulture, $"count: must be a non-negative integer, was {c:R}."));
        var ci = Interval((long)c, denominator.Value, method, level, per);
        return new RateEstimate(new Observation(ci.Estimate, rate.Status), ci);
    }

    internal static IntervalMethod Resolve(IntervalMethod method, long count) => method switch
    {
        IntervalMethod.Auto => count < AutoExactBelow ? IntervalMethod.ExactPoisson : IntervalMethod.Byar,
        IntervalMethod.ExactPoisson or IntervalMethod.Byar => method,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "method: unknown interval method for a Poisson rate."),
    };

    internal static void Validate(long count, double denominator, int index = -1)
    {
        // Fast path without allocation; messages are only built on failure.
        if (count >= 0 && denominator > 0 && double.IsFinite(denominator)) return;
        var at = index >= 0 ? string.Create(CultureInfo.InvariantCulture, $" at index {index}") : "";
        if (count < 0)
            throw new ArgumentOutOfRangeException(nameof(count), count, string.Create(CultureInfo.InvariantCulture, $"count{at}: negative count ({count})."));
        if (!(denominator > 0) || !double.IsFinite(denominator))
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, string.Create(CultureInfo.InvariantCulture, $"denominator{at}: denominator not positive ({denominator:R})."));
    }

    internal static void CheckPer(double per)
    {
        if (!(per > 0) || !double.IsFinite(per))
            throw new ArgumentOutOfRangeException(nameof(per), per, string.Create(CultureInfo.InvariantCulture, $"per: the multiplier must be finite and positive, was {per:R}."));
    }

    internal static void CheckLengths(int counts, int denominators, int values, int lower, int upper)
    {
        if (denominators != counts) throw new ArgumentException("denominators: length differs from counts.", nameof(denominators));
        if (values < counts) throw new ArgumentException("values: shorter than counts.", nameof(values));
        if (lower < counts) throw new ArgumentException("lower: shorter than counts.", nameof(lower));
        if (upper < counts) throw new ArgumentException("upper: shorter than counts.", nameof(upper));
    }
}
