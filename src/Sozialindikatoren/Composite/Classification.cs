using System.Globalization;

namespace Sozialindikatoren.Composite;

/// <summary>Sample quantile definitions of Hyndman &amp; Fan (1996), as in R's <c>quantile(type = …)</c>.</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum QuantileDefinition
{
    /// <summary>Type 6: h = (n + 1)p (Minitab, SPSS).</summary>
    R6 = 6,
    /// <summary>Type 7: h = (n − 1)p + 1 (R's default, Excel PERCENTILE.INC).</summary>
    R7 = 7,
    /// <summary>Type 9: h = (n + 1/4)p + 3/8 (approximately unbiased for normal data; used by GISD).</summary>
    R9 = 9,
}

/// <summary>
/// Classification of index values (<em>Klassenbildung</em>): standardisation, MSS status and dynamics classes,
/// quantile classes (quintiles, deciles, GISD's 3 classes).
/// </summary>
/// <remarks>
/// <para>Quantiles (Hyndman &amp; Fan 1996): with sorted x₍₁₎…x₍ₙ₎ and h from the definition, Q(p) = x₍⌊h⌋₎ +
/// (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎), h clamped to [1, n].</para>
/// <para>Quantile classes (k classes): inner breaks b_j = Q(j/k), j = 1…k−1; class = 1 + #{j : x ≥ b_j}, i.e.
/// intervals closed on the left like R's <c>findInterval(all.inside = TRUE)</c>; class 1 holds the lowest values.
/// This reproduces GISD's <c>gisd_5</c>/<c>gisd_10</c> with type 9 (composite-and-rates.md §c row 4). GISD's
/// <c>gisd_k</c>: 1 = lowest quintile, 2 = quintiles 2–4, 3 = highest quintile. Missing values get class 0.</para>
/// </remarks>
/// <threadsafety>Pure static functions; thread-safe.</threadsafety>
public static class Classification
{
    /// <summary>The status class of a standardised need index value.</summary>
    /// <param name="z">The value (NaN → unclassified).</param>
    /// <param name="cutoffs">Cut-offs (default <see cref="ClassCutoffs.Default"/>).</param>
    /// <returns>The class.</returns>
    public static StatusClass ClassifyStatus(double z, ClassCutoffs? cutoffs = null)
    {
        cutoffs ??= ClassCutoffs.Default;
        if (double.IsNaN(z)) return StatusClass.Unclassified;
        if (z < cutoffs.Status1) return StatusClass.High;
        if (z <= cutoffs.Status2) return StatusClass.Medium;
        if (z <= cutoffs.Status3) return StatusClass.Low;
        return StatusClass.VeryLow;
    }

    /// <summary>The dynamics class of a standardised need-change value.</summary>
    /// <param name="z">The value (NaN → unclassified).</param>
    /// <param name="cutoffs">Cut-offs (default <see cref="ClassCutoffs.Default"/>).</param>
    /// <returns>The class.</returns>
    public static DynamicsClass ClassifyDynamics(double z, ClassCutoffs? cutoffs = null)
    {
        cutoffs ??= ClassCutoffs.Default;
        if (double.IsNaN(z)) return DynamicsClass.Unclassified;
        if (z < cutoffs.DynamicsLower) return DynamicsClass.Positive;
        if (z <= cutoffs.DynamicsUpper) return DynamicsClass.Stable;
        return DynamicsClass.Negative;
    }

    /// <summary>
    /// z-standardisation over the included values: z = (x − x̄)/s with the mean and sample SD (n − 1) of the
    /// included, non-missing values; excluded and missing values get NaN.
    /// </summary>
    /// <param name="x">Values (NaN = missing).</param>
    /// <param name="include">Which values enter (and receive) the standardisation; null = all.</param>
    /// <returns>The z values (all 0 when the included values do not vary; NaN with fewer than 2 included values).</returns>
    public static double[] Standardise(ReadOnlySpan<double> x, ReadOnlySpan<bool> include = default)
    {
        var all = include.IsEmpty;
        if (!all && include.Length != x.Length) throw new ArgumentException("include: must have the length of x.", nameof(include));
        double sum = 0;
        var n = 0;
        for (var i = 0; i < x.Length; i++)
            if ((all || include[i]) && !double.IsNaN(x[i])) { sum += x[i]; n++; }
        var z = new double[x.Length];
        if (n < 2) { Array.Fill(z, double.NaN); return z; }
        var mean = sum / n;
        double ss = 0;
        for (var i = 0; i < x.Length; i++)
            if ((all || include[i]) && !double.IsNaN(x[i])) ss += (x[i] - mean) * (x[i] - mean);
        var sd = Math.Sqrt(ss / (n - 1));
        for (var i = 0; i < x.Length; i++)
            z[i] = (all || include[i]) && !double.IsNaN(x[i]) ? (sd > 0 ? (x[i] - mean) / sd : 0) : double.NaN;
        return z;
    }

    /// <summary>The sample quantile Q(p) of sorted values.</summary>
    /// <param name="sorted">Ascending values without NaN.</param>
    /// <param name="p">Probability in [0, 1].</param>
    /// <param name="definition">The definition (default R-7).</param>
    /// <returns>The quantile (NaN for no values).</returns>
    public static double Quantile(ReadOnlySpan<double> sorted, double p, QuantileDefinition definition = QuantileDefinition.R7)
    {
        if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "p: must be in [0, 1].");
        var n = sorted.Length;
        if (n == 0) return double.NaN;
        var h = definition switch
        {
            QuantileDefinition.R6 => (n + 1) * p,
            QuantileDefinition.R7 => (n - 1) * p + 1,
            QuantileDefinition.R9 => (n + 0.25) * p + 0.375,
            _ => throw new ArgumentOutOfRangeException(nameof(definition), definition, "definition: unknown quantile definition."),
        };
        h = Math.Clamp(h, 1, n);
        var lo = (int)Math.Floor(h);
        if (lo >= n) return sorted[n - 1];
        return sorted[lo - 1] + (h - lo) * (sorted[lo] - sorted[lo - 1]);
    }

    /// <summary>Quantile classes 1…k (1 = lowest values); missing values get 0.</summary>
    /// <param name="x">Values (NaN = missing).</param>
    /// <param name="classes">k ≥ 2 (5 = quintiles, 10 = deciles).</param>
    /// <param name="definition">Quantile definition (GISD: R-9).</param>
    /// <returns>One class per value.</returns>
    public static int[] QuantileClasses(ReadOnlySpan<double> x, int classes, QuantileDefinition definition = QuantileDefinition.R7)
    {
        if (classes < 2) throw new ArgumentOutOfRangeException(nameof(classes), classes, "classes: need at least 2 classes.");
        var sorted = new List<double>(x.Length);
        foreach (var v in x) if (!double.IsNaN(v)) sorted.Add(v);
        sorted.Sort();
        var s = sorted.ToArray();
        var breaks = new double[classes - 1];
        for (var j = 1; j < classes; j++) breaks[j - 1] = Quantile(s, (double)j / classes, definition);
        var result = new int[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i])) continue;
            var c = 1;
            foreach (var b in breaks) if (x[i] >= b) c++;
            result[i] = c;
        }
        return result;
    }

    /// <summary>GISD's 3 classes from quintiles: 1 = lowest quintile, 2 = quintiles 2–4, 3 = highest quintile (0 = missing).</summary>
    /// <param name="x">Values (NaN = missing).</param>
    /// <param name="definition">Quantile definition (GISD: R-9).</param>
    /// <returns>One class per value.</returns>
    public static int[] GisdClasses(ReadOnlySpan<double> x, QuantileDefinition definition = QuantileDefinition.R9)
    {
        var q = QuantileClasses(x, 5, definition);
        for (var i = 0; i < q.Length; i++) q[i] = q[i] switch { 0 => 0, 1 => 1, 5 => 3, _ => 2 };
        return q;
    }
}
