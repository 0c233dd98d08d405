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
