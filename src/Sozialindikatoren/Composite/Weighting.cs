using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace Sozialindikatoren.Composite;

/// <summary>Where the weights of a pipeline run come from.</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum WeightingMethod
{
    /// <summary>The weights of the framework (meta file), explicit per element and level.</summary>
    Framework = 0,
    /// <summary>Equal weights (1) for every element: each parent is the plain mean of its children.</summary>
    Equal = 1,
    /// <summary>First principal component loadings per aggregation group (see <see cref="Weighting.Pca"/>).</summary>
    Pca = 2,
}

/// <summary>
/// Weights (<em>Gewichtung</em>): equal, explicit, PCA-based and noisy weights. A weight set maps element codes
/// (indicators and aggregates) to relative weights within their parent; aggregation renormalises them over the
/// available children.
/// </summary>
/// <remarks>
/// <para><b>PCA weights</b> (OECD/JRC Handbook §6.1; COINr <c>get_PCA</c>; GISD): for every aggregate whose children
/// are in the table, the correlation matrix of the children over the units with complete data is decomposed; the
/// weights are the entries of the first eigenvector (PC1). <b>Sign convention:</b> the eigenvector is oriented so that
/// the sum of its entries is positive (so that PC1 grows with the children on average; an eigenvector's sign is
/// otherwise arbitrary). Entries that are still negative (a child that runs against the others) are set to 0 and
/// listed in <see cref="PcaWeights.NegativeLoadings"/>, since a negative weight would reverse that child's polarity.
/// Groups with one child, fewer than 3 complete units, or zero-variance children keep weight 1 for all children and
/// are listed in <see cref="PcaWeights.EqualFallback"/>; nothing is skipped silently.</para>
/// <para><b>Noisy weights</b> (COINr <c>get_noisy_weights</c>): w' = w·(1 + f·u), u ~ U(−1, 1), independently per
/// element, from a seeded generator.</para>
/// </remarks>
/// <threadsafety>Pure static functions; thread-safe.</threadsafety>
public static class Weighting
{
    /// <summary>Weight 1 for every indicator and aggregate.</summary>
    /// <param name="framework">The framework.</param>
    /// <returns>The weights.</returns>
    public static IReadOnlyDictionary<string, double> Equal(IndexFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return framework.Indicators.Concat(framework.Aggregates).ToDictionary(c => c, _ => 1.0, StringComparer.Ordinal);
    }

    /// <summary>PCA weights per aggregation group (see the type remarks for the sign convention).</summary>
    /// <param name="table">Values of the children (normalised indicators, and aggregates where available).</param>
    /// <param name="framework">The framework.</param>
    /// <returns>The weights and diagnostics.</returns>
    public static PcaWeights Pca(IndicatorTable table, IndexFramework framework)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(framework);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var code in framework.Indicators.Concat(framework.Aggregates)) weights[code] = framework[code].Weight;
        var negative = new List<string>();
        var fallback = new List<string>();
        var explained = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var agg in framework.Aggregates)
        {
            var children = framework.Children(agg);
            if (children.Any(c => table.IndexOf(c) < 0)) continue;
            var cols = children.Select(c => table.ColumnArray(table.IndexOf(c))).ToArray();
            var pc = PrincipalComponents.First(cols);
            if (pc is null)
            {
                foreach (var c in children) weights[c] = 1;
                fallback.Add(agg);
                continue;
            }
            explained[agg] = pc.Value.ExplainedShare;
            for (var c = 0; c < children.Count; c++)
            {
                var w = pc.Value.Vector[c];
                if (w < 0) { negative.Add(children[c]); w = 0; }
                weights[children[c]] = w;
            }
        }
        return new PcaWeights(weights, negative.ToArray(), fallback.ToArray(), explained);
    }

    /// <summary>Noisy weights: w' = w·(1 + f·u), u ~ U(−1, 1) per element.</summary>
    /// <param name="nominal">The nominal weights.</param>
    /// <param name="noiseFactor">f in [0, 1).</param>
    /// <param name="seed">Seed of the generator; the same seed gives the same weights.</param>
    /// <returns>New weights (same keys; iteration over keys in ordinal order, so the result does not depend on dictionary order).</returns>
    public static IReadOnlyDictionary<string, double> Noisy(IReadOnlyDictionary<string, double> nominal, double noiseFactor, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(nominal);
        if (!(noiseFactor >= 0 && noiseFactor < 1))
            throw new ArgumentException($"noiseFactor: must be in [0, 1), was {noiseFactor.ToString(CultureInfo.InvariantCulture)}.", nameof(noiseFactor));
        var rng = new SplitMix64(seed);
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var key in nominal.Keys.OrderBy(k => k, StringComparer.Ordinal))
            result[key] = nominal[key] * (1 + noiseFactor * (2 * rng.NextDouble() - 1));
        return result;
    }
}

/// <summary>PCA weights with what happened to each group.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class PcaWeights
{
    internal PcaWeights(IReadOnlyDictionary<string, double> weights, string[] negative, string[] fallback, IReadOnlyDictionary<string, double> explained)
    {
        Weights = weights;
        NegativeLoadings = negative;
        EqualFallback = fallback;
        ExplainedVarianceShare = explained;
    }

    /// <summary>The weights by element code (groups not in the table keep their framework weight).</summary>
    public IReadOnlyDictionary<string, double> Weights { get; }

    /// <summary>Children whose oriented PC1 loading was negative (weight set to 0).</summary>
    public IReadOnlyList<string> NegativeLoadings { get; }

    /// <summary>Aggregates whose children got equal weights because PCA was not possible.</summary>
    public IReadOnlyList<string> EqualFallback { get; }

    /// <summary>Share of variance explained by PC1, per aggregate (λ₁/Σλ of the correlation matrix).</summary>
    public IReadOnlyDictionary<string, double> ExplainedVarianceShare { get; }
}

/// <summary>A small deterministic generator (SplitMix64, Steele et al. 2014): the same seed gives the same stream on every platform.</summary>
internal struct SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    public ulong NextULong()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, n).</summary>
    public int NextInt(int n) => (int)(NextDouble() * n);

    /// <summary>A seed for stream <paramref name="stream"/> derived from a master seed (independent of thread scheduling).</summary>
    public static ulong Derive(ulong seed, ulong stream)
    {
        var g = new SplitMix64(seed ^ (stream * 0xD1B54A32D192ED03UL + 0x2545F4914F6CDD1DUL));
        g.NextULong();
        return g.NextULong();
    }
}

/// <summary>First principal component of standardised columns (correlation-matrix PCA), complete cases only.</summary>
internal static class PrincipalComponents
{
    public readonly record struct Component(double[] Vector, double[] Eigenvalues, double ExplainedShare);

    /// <summary>Returns null when PCA is not possible (fewer than 2 columns, fewer than 3 complete rows, zero variance).</summary>
    public static Component? First(IReadOnlyList<double[]> cols)
    {
        var corr = Correlation(cols, out var complete);
        if (corr is null || cols.Count < 2 || complete < 3) return null;
        var evd = Matrix<double>.Build.DenseOfArray(corr).Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(c => c.Real).ToArray();
        var top = 0;
        for (var i = 1; i < values.Length; i++) if (values[i] > values[top]) top = i;
        var v = evd.EigenVectors.Column(top).ToArray();
        if (v.Sum() < 0) for (var i = 0; i < v.Length; i++) v[i] = -v[i];
        var sorted = values.OrderByDescending(x => x).ToArray();
        var total = sorted.Sum();
        return new Component(v, sorted, total > 0 ? sorted[0] / total : double.NaN);
    }

    public static double[,]? Correlation(IReadOnlyList<double[]> cols, out int complete)
    {
        var k = cols.Count;
        var n = k == 0 ? 0 : cols[0].Length;
        var rows = new List<int>(n);
        for (var i = 0; i < n; i++)
        {
            var ok = true;
            for (var c = 0; c < k && ok; c++) ok = !double.IsNaN(cols[c][i]);
            if (ok) rows.Add(i);
        }
        complete = rows.Count;
        if (complete < 2) return null;
        var z = new double[k][];
        for (var c = 0; c < k; c++)
        {
            double m = 0;
            foreach (var i in rows) m += cols[c][i];
            m /= complete;
            double ss = 0;
            foreach (var i in rows) ss += (cols[c][i] - m) * (cols[c][i] - m);
            var sd = Math.Sqrt(ss / (complete - 1));
            if (!(sd > 0)) return null;
            z[c] = rows.Select(i => (cols[c][i] - m) / sd).ToArray();
        }
        var r = new double[k, k];
        for (var a = 0; a < k; a++)
            for (var b = a; b < k; b++)
            {
                double s = 0;
                for (var t = 0; t < complete; t++) s += z[a][t] * z[b][t];
                r[a, b] = r[b, a] = a == b ? 1 : s / (complete - 1);
            }
        return r;
    }
}
