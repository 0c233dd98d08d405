using System.Globalization;

namespace Sozialindikatoren.Composite;

/// <summary>Rank uncertainty per unit (COINr <c>plot_uncertainty</c>): nominal rank, mean, median and the 5–95 % interval.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class UncertaintyResult
{
    private readonly double[][] _ranks;

    internal UncertaintyResult(Spaces.SpaceId[] units, double[] nominal, double[][] ranks, UncertaintyRun[] runs, IReadOnlyList<string> factors)
    {
        Units = units;
        NominalRanks = nominal;
        _ranks = ranks;
        Runs = runs;
        FactorNames = factors;
        var n = units.Length;
        var median = new double[n];
        var mean = new double[n];
        var q5 = new double[n];
        var q95 = new double[n];
        var buf = new List<double>(ranks.Length);
        for (var u = 0; u < n; u++)
        {
            buf.Clear();
            foreach (var r in ranks) if (!double.IsNaN(r[u])) buf.Add(r[u]);
            buf.Sort();
            var s = buf.ToArray();
            mean[u] = s.Length == 0 ? double.NaN : s.Average();
            median[u] = Classification.Quantile(s, 0.5, QuantileDefinition.R7);
            q5[u] = Classification.Quantile(s, 0.05, QuantileDefinition.R7);
            q95[u] = Classification.Quantile(s, 0.95, QuantileDefinition.R7);
        }
        MedianRanks = median;
        MeanRanks = mean;
        Rank5 = q5;
        Rank95 = q95;
    }

    /// <summary>Units (those of the nominal run, in input order).</summary>
    public IReadOnlyList<Spaces.SpaceId> Units { get; }

    /// <summary>Nominal ranks (1 = highest score).</summary>
    public IReadOnlyList<double> NominalRanks { get; }

    /// <summary>Median rank over the runs .</summary>
    public IReadOnlyList<double> MedianRanks { get; }

    /// <summary>Mean rank over the runs.</summary>
    public IReadOnlyList<double> MeanRanks { get; }

    /// <summary>5 % quantile of the rank .</summary>
    public IReadOnlyList<double> Rank5 { get; }

    /// <summary>95 % quantile of the rank .</summary>
    public IReadOnlyList<double> Rank95 { get; }

    /// <summary>The choices of every run, in run order.</summary>
    public IReadOnlyList<UncertaintyRun> Runs { get; }

    /// <summary>The factors that varied.</summary>
    public IReadOnlyList<string> FactorNames { get; }

    /// <summary>The rank of a unit in a run (NaN when the unit was screened out or had no score in that run).</summary>
    /// <param name="run">Run index.</param>
    /// <param name="unit">Unit index.</param>
    /// <returns>The rank.</returns>
    public double RankOf(int run, int unit) => _ranks[run][unit];
}
