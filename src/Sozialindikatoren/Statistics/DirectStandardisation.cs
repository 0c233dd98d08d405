using System.Globalization;

namespace Sozialindikatoren.Statistics;

/// <summary>
/// Directly age-standardised rates <em>(direkt altersstandardisierte Raten)</em> with Dobson confidence intervals.
/// </summary>
/// <remarks>
/// <para>For age bands i with count xᵢ, population nᵢ and standard weight wᵢ, total count X = Σxᵢ:
/// DSR = Σ(xᵢ/nᵢ·wᵢ)/Σwᵢ × per; var = Σ(wᵢ²·xᵢ/nᵢ²)/(Σwᵢ)²; each limit = DSR + √(var/X)·(X_lim − X) × per, where
/// X_lim is the lower or upper Poisson limit of X by the <see cref="IntervalMethod.Auto"/> rule (Byar from 10 events,
/// exact below). Source: Dobson, Kuulasmaa, Eberle, Scherer (1991), Stat Med 10:457–462; PHEindicatormethods
/// <c>calculate_dsr</c> (R/DSR.R); docs/methodology.md, "Directly standardised rates".</para>
/// <para>Not published below a minimum total count (default 10 events): the value then has status
/// <see cref="ValueStatus.Unreliable"/> (<c>/</c>, "Zahlenwert nicht sicher genug") and no interval; the totals are
/// still reported.</para>
/// </remarks>
/// <threadsafety>All members are pure and thread-safe.</threadsafety>
public static class DirectStandardisation
{
    /// <summary>The default minimum total count for publication (10).</summary>
    public const int DefaultMinimumEvents = 10;

    /// <summary>Computes a directly standardised rate with its Dobson interval.</summary>
    /// <param name="counts">Event counts per age band (≥ 0), in the order of the standard's bands.</param>
    /// <param name="populations">Populations per age band (&gt; 0), same order.</param>
    /// <param name="standard">The standard population, e.g. <see cref="StandardPopulation.European2013"/>.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="per">The multiplier, default 100,000.</param>
    /// <param name="minimumEvents">The minimum total count to publish, ≥ 1; default 10.</param>
    /// <returns>The standardised rate.</returns>
    /// <exception cref="ArgumentException">The number of bands differs from the standard.</exception>
    /// <exception cref="ArgumentOutOfRangeException">negative count, denominator not positive (naming the band), or invalid per / minimum.</exception>
    public static StandardisedRate Compute(ReadOnlySpan<long> counts, ReadOnlySpan<double> populations, StandardPopulation standard,
        ConfidenceLevel level, double per = RateScale.Per100000, int minimumEvents = DefaultMinimumEvents)
    {
        ArgumentNullException.ThrowIfNull(standard);
        level.EnsureValid(nameof(level));
        Rates.CheckPer(per);
        if (minimumEvents < 1) throw new ArgumentOutOfRangeException(nameof(minimumEvents), minimumEvents, "minimumEvents: must be at least 1.");
        var k = standard.BandCount;
        if (counts.Length != k) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"counts: {counts.Length} bands, the standard {standard.Name} has {k}."), nameof(counts));
        if (populations.Length != k) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"populations: {populations.Length} bands, the standard {standard.Name} has {k}."), nameof(populations));
        var w = standard.Weights;
        var sw = standard.TotalWeight;
        long total = 0;
        double totalPop = 0, weighted = 0, varSum = 0;
        for (var i = 0; i < k; i++)
        {
            var x = counts[i];
            var n = populations[i];
            if (x < 0) throw new ArgumentOutOfRangeException(nameof(counts), x, string.Create(CultureInfo.InvariantCulture, $"counts[{i}] (band {standard.BandLabels[i]}): negative count ({x})."));
            if (!(n > 0) || !double.IsFinite(n)) throw new ArgumentOutOfRangeException(nameof(populations), n, string.Create(CultureInfo.InvariantCulture, $"populations[{i}] (band {standard.BandLabels[i]}): denominator not positive ({n:R})."));
            total = checked(total + x);
            totalPop += n;
            weighted += x / n * w[i];
            varSum += w[i] * w[i] * x / (n * n);
        }
        if (total < minimumEvents)
            return new StandardisedRate(new Observation(double.NaN, ValueStatus.Unreliable), null, total, totalPop);
        var dsr = weighted / sw * per;
        var variance = varSum / (sw * sw);
        var used = Rates.Resolve(IntervalMethod.Auto, total);
        var (xl, xu) = used == IntervalMethod.ExactPoisson ? Rates.ExactCountLimits(total, level) : Rates.ByarCountLimits(total, level.Z);
        var f = Math.Sqrt(variance / total);
        var lo = dsr + f * (xl - total) * per;
        var hi = dsr + f * (xu - total) * per;
        var ci = new ConfidenceInterval(dsr, Math.Min(lo, dsr), Math.Max(hi, dsr), IntervalMethod.Dobson, level.Level);
        return new StandardisedRate(Observation.Of(dsr), ci, total, totalPop);
    }
}
