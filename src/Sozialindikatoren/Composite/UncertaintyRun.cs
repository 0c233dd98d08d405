using System.Globalization;

namespace Sozialindikatoren.Composite;

/// <summary>The choices of one run (COINr issue #31 asked for them).</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class UncertaintyRun
{
    internal UncertaintyRun(int weightSet, Normaliser normaliser, Aggregator aggregator, ImputationMethod imputation, bool treated)
    {
        WeightSet = weightSet;
        Normaliser = normaliser;
        Aggregator = aggregator;
        Imputation = imputation;
        Treated = treated;
    }

    /// <summary>Index of the noisy weight set (−1 = nominal weights).</summary>
    public int WeightSet { get; }

    /// <summary>The normaliser.</summary>
    public Normaliser Normaliser { get; }

    /// <summary>The aggregator.</summary>
    public Aggregator Aggregator { get; }

    /// <summary>The imputation method.</summary>
    public ImputationMethod Imputation { get; }

    /// <summary>Whether outlier treatment ran.</summary>
    public bool Treated { get; }

    /// <summary>E.g. <c>w17 minmax:0:100 amean GroupMean treat</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"w{WeightSet} {Normaliser} {Aggregator} {Imputation} {(Treated ? "treat" : "no-treat")}");
}
