using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace Sozialindikatoren.Composite;

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
