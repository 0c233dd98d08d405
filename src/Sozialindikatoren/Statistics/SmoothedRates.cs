using System.Globalization;

namespace Sozialindikatoren.Statistics;

/// <summary>Raw and empirical-Bayes smoothed rates per area (columnar, read-only arrays), rates per unit.</summary>
/// <threadsafety>Immutable after construction (do not write to the arrays); thread-safe for reading.</threadsafety>
public sealed class SmoothedRates
{
    internal SmoothedRates(double[] raw, double[] smoothed, double[] shrinkage, double[] priorMean)
    {
        Raw = raw;
        Smoothed = smoothed;
        Shrinkage = shrinkage;
        PriorMean = priorMean;
    }

    /// <summary>The raw rates xᵢ/nᵢ.</summary>
    public double[] Raw { get; }

    /// <summary>The smoothed rates EBᵢ = mᵢ + Cᵢ(rᵢ − mᵢ).</summary>
    public double[] Smoothed { get; }

    /// <summary>The shrinkage factors Cᵢ in [0, 1] (1: keep the raw rate, 0: take the prior mean).</summary>
    public double[] Shrinkage { get; }

    /// <summary>The prior means mᵢ (global: the same overall rate for all; local: the neighbourhood rate).</summary>
    public double[] PriorMean { get; }
}
