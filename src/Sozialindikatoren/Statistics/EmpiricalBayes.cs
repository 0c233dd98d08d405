using System.Globalization;

namespace Sozialindikatoren.Statistics;

/// <summary>
/// Empirical-Bayes smoothing of rates for small areas (<em>empirische Bayes-Glättung</em>), after Marshall (1991),
/// "Mapping disease and mortality rates using empirical Bayes estimators", Appl. Stat. 40:283–294 (method of moments;
/// as spdep's <c>EBest</c> and <c>EBlocal</c>).
/// </summary>
/// <remarks>
/// <para>Global: rᵢ = xᵢ/nᵢ, m = Σx/Σn, s² = Σnᵢ(rᵢ − m)²/Σn, n̄ = Σn/k, a = max(0, s² − m/n̄),
/// Cᵢ = a/(a + m/nᵢ), EBᵢ = m + Cᵢ(rᵢ − m). A small area (small nᵢ) is pulled strongly towards m; a large one keeps
/// its own rate. When m = 0 (no events anywhere) every rate is 0 and Cᵢ = 0.</para>
/// <para>Local: the same with m, s², n̄ computed over the neighbourhood of i (i and its neighbours from a
/// <see cref="NeighbourList"/>), so each area is pulled towards its surroundings.</para>
/// <para>Results are rates per unit (multiply by per, e.g. 1,000). Inputs: counts ≥ 0, populations &gt; 0.</para>
/// </remarks>
/// <threadsafety>All members are pure and thread-safe.</threadsafety>
public static class EmpiricalBayes
{
    /// <summary>Global Marshall smoothing towards the overall rate.</summary>
    /// <param name="counts">Event counts per area, ≥ 0.</param>
    /// <param name="populations">Populations at risk per area, &gt; 0; same length.</param>
    /// <returns>Raw and smoothed rates with the shrinkage factors.</returns>
    /// <exception cref="ArgumentException">The lengths differ or there are no areas.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or a population not positive.</exception>
    public static SmoothedRates Global(ReadOnlySpan<double> counts, ReadOnlySpan<double> populations)
    {
        Validate(counts, populations);
        var k = counts.Length;
        double sx = 0, sn = 0;
        for (var i = 0; i < k; i++) { sx += counts[i]; sn += populations[i]; }
        var m = sx / sn;
        double ss = 0;
        for (var i = 0; i < k; i++)
        {
            var d = counts[i] / populations[i] - m;
            ss += populations[i] * d * d;
        }
        var s2 = ss / sn;
        var a = Math.Max(0, s2 - m / (sn / k));
        var raw = new double[k];
        var smoothed = new double[k];
        var shrink = new double[k];
        var prior = new double[k];
        for (var i = 0; i < k; i++)
        {
            var r = counts[i] / populations[i];
            var denom = a + m / populations[i];
            var c = denom > 0 ? a / denom : 0;
            raw[i] = r;
            shrink[i] = c;
            prior[i] = m;
            smoothed[i] = m + c * (r - m);
        }
        return new SmoothedRates(raw, smoothed, shrink, prior);
    }

    /// <summary>Local Marshall smoothing towards the neighbourhood rate (area plus its neighbours).</summary>
    /// <param name="counts">Event counts per area, ≥ 0.</param>
    /// <param name="populations">Populations per area, &gt; 0.</param>
    /// <param name="neighbours">The neighbour list over the same areas.</param>
    /// <returns>Raw and smoothed rates, shrinkage factors and local prior means.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static SmoothedRates Local(ReadOnlySpan<double> counts, ReadOnlySpan<double> populations, NeighbourList neighbours)
    {
        ArgumentNullException.ThrowIfNull(neighbours);
        Validate(counts, populations);
        var k = counts.Length;
        if (neighbours.Count != k) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"neighbours: covers {neighbours.Count} areas, the counts {k}."), nameof(neighbours));
        var raw = new double[k];
        var smoothed = new double[k];
        var shrink = new double[k];
        var prior = new double[k];
        for (var i = 0; i < k; i++) raw[i] = counts[i] / populations[i];
        for (var i = 0; i < k; i++)
        {
            var nb = neighbours[i];
            double sx = counts[i], sn = populations[i];
            foreach (var j in nb) { sx += counts[j]; sn += populations[j]; }
            var m = sx / sn;
            var d0 = raw[i] - m;
            var ss = populations[i] * d0 * d0;
            foreach (var j in nb)
            {
                var d = raw[j] - m;
                ss += populations[j] * d * d;
            }
            var s2 = ss / sn;
            var a = Math.Max(0, s2 - m / (sn / (nb.Length + 1)));
            var denom = a + m / populations[i];
            var c = denom > 0 ? a / denom : 0;
            shrink[i] = c;
            prior[i] = m;
            smoothed[i] = m + c * (raw[i] - m);
        }
        return new SmoothedRates(raw, smoothed, shrink, prior);
    }

    private static void Validate(ReadOnlySpan<double> counts, ReadOnlySpan<double> populations)
    {
        if (counts.Length != populations.Length) throw new ArgumentException("populations: length differs from counts.", nameof(populations));
        if (counts.Length == 0) throw new ArgumentException("counts: no areas.", nameof(counts));
        for (var i = 0; i < counts.Length; i++)
        {
            if (!(counts[i] >= 0) || !double.IsFinite(counts[i]))
                throw new ArgumentOutOfRangeException(nameof(counts), counts[i], string.Create(CultureInfo.InvariantCulture, $"counts[{i}]: negative count or not finite ({counts[i]:R})."));
            if (!(populations[i] > 0) || !double.IsFinite(populations[i]))
                throw new ArgumentOutOfRangeException(nameof(populations), populations[i], string.Create(CultureInfo.InvariantCulture, $"populations[{i}]: denominator not positive ({populations[i]:R})."));
        }
    }
}
