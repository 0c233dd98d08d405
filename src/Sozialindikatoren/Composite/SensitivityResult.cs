using System.Globalization;

namespace Sozialindikatoren.Composite;

/// <summary>Result of a variance-based sensitivity analysis.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class SensitivityResult
{
    internal SensitivityResult(SensitivityIndex[] indices, double variance, int runs, int baseSamples, UncertaintyResult uncertainty)
    {
        Indices = indices;
        OutputVariance = variance;
        RunCount = runs;
        BaseSamples = baseSamples;
        Uncertainty = uncertainty;
    }

    /// <summary>First-order (Saltelli 2010) and total (Jansen 1999) indices per factor, with bootstrap 5–95 % intervals.</summary>
    public IReadOnlyList<SensitivityIndex> Indices { get; }

    /// <summary>Var(Y) of the output over the A and B samples.</summary>
    public double OutputVariance { get; }

    /// <summary>Total number of pipeline runs, N·(d + 2).</summary>
    public int RunCount { get; }

    /// <summary>N, the base sample size.</summary>
    public int BaseSamples { get; }

    /// <summary>Rank statistics over all runs of the design.</summary>
    public UncertaintyResult Uncertainty { get; }

    /// <summary>The factor with the largest total index (the main driver of rank changes).</summary>
    public string MainDriver => Indices.OrderByDescending(i => i.Total).First().Factor;
}
