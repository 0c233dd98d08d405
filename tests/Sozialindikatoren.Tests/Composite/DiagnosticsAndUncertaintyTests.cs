using Sozialindikatoren.Spaces;
using C = global::Sozialindikatoren.Composite;

namespace Sozialindikatoren.Tests.Composite;

public sealed class DiagnosticsTests
{
    private static C.IndicatorTable T(params double[][] cols) =>
        new(Enumerable.Range(0, cols[0].Length).Select(i => new SpaceId("u" + i)).ToArray(), cols.Select((_, j) => "c" + j).ToArray(), cols);

    [Fact]
    public void Pearson_and_spearman_known_values()
    {
        double[] x = [1, 2, 3, 4, 5];
        double[] y = [1, 4, 9, 16, 25];
        Assert.Equal(1, C.Diagnostics.Spearman(x, y), 12);
        Assert.Equal(60 / Math.Sqrt(3740), C.Diagnostics.Pearson(x, y), 12);
        Assert.Equal(-1, C.Diagnostics.Pearson(x, [5, 4, 3, 2, 1]), 12);
        Assert.True(double.IsNaN(C.Diagnostics.Pearson([1, 2], [2, 1])));
        var m = C.Diagnostics.Correlations(T(x, y, [2, 1, 4, 3, double.NaN]), C.CorrelationMethod.Spearman);
        Assert.Equal(1, m["c0", "c1"], 12);
        Assert.Equal(0.6, m["c0", "c2"], 12);
    }

    [Fact]
    public void Cronbach_alpha_known_value_and_pca_shares()
    {
        // Two identical items: alpha = 1; items x and x + noise give a high alpha.
        double[] x = [1, 2, 3, 4, 5, 6];
        Assert.Equal(1, C.Diagnostics.CronbachAlpha(T(x, x), ["c0", "c1"]), 12);
        // k = 3 items: alpha = k/(k-1)·(1 − Σ item variances / variance of the sum).
        double[] a = [2, 4, 3, 5, 1];
        double[] b = [3, 5, 3, 4, 2];
        double[] c = [3, 4, 2, 5, 1];
        var t = T(a, b, c);
        var sumVar = new[] { a, b, c }.Sum(v => Var(v));
        var tot = Var(Enumerable.Range(0, 5).Select(i => a[i] + b[i] + c[i]).ToArray());
        Assert.Equal(1.5 * (1 - sumVar / tot), C.Diagnostics.CronbachAlpha(t, ["c0", "c1", "c2"]), 12);
        var (ev, share) = C.Diagnostics.PcaExplainedVariance(t, ["c0", "c1", "c2"]);
        Assert.Equal(3, ev.Sum(), 9);
        Assert.Equal(1, share.Sum(), 9);
        Assert.True(ev[0] >= ev[1] && ev[1] >= ev[2]);
    }

    private static double Var(double[] v)
    {
        var m = v.Average();
        return v.Sum(x => (x - m) * (x - m)) / (v.Length - 1);
    }

    [Fact]
    public void Flags_on_the_ASEM_normalised_data()
    {
        var fw = AsemFixture.Framework();
        var r = C.CompositePipeline.Run(AsemFixture.Data(fw), fw, C.CompositeOptions.CoinrExample);
        var flags = C.Diagnostics.CorrelationFlags(r.Normalised, fw);
        Assert.Contains(flags, f => f.Kind == C.CorrelationFlagKind.Negative);
        Assert.All(flags.Where(f => f.Kind == C.CorrelationFlagKind.Collinear), f => Assert.True(Math.Abs(f.R) >= 0.9));
        Assert.All(flags, f => Assert.Equal(f.Parent, fw[f.First].Parent));
        var alphas = C.Diagnostics.CronbachAlphaByAggregate(r.Aggregated, fw);
        Assert.Equal(11, alphas.Count);
        Assert.All(alphas.Values, a => Assert.True(a <= 1));
    }
}

public sealed class UncertaintyTests
{
    private static readonly C.IndexFramework Fw = AsemFixture.Framework();
    private static readonly C.CompositeData Data = AsemFixture.Data(Fw);

    private static C.UncertaintyFactors AllFactors() => new(
        weightNoise: 0.25,
        normalisers: [C.Normaliser.MinMax(0, 100), C.Normaliser.Rank, C.Normaliser.PercentRank],
        aggregators: [C.Aggregator.ArithmeticMean, C.Aggregator.GeometricMean],
        imputations: [C.ImputationMethod.GroupMean, C.ImputationMethod.Mean],
        treatmentOnOff: true);

    [Fact]
    public void Uncertainty_analysis_on_ASEM_is_bit_identical_for_a_seed_in_parallel_and_sequentially()
    {
        var a = C.UncertaintyAnalysis.Run(Data, Fw, C.CompositeOptions.CoinrExample, AllFactors(), 200, 7);
        var b = C.UncertaintyAnalysis.Run(Data, Fw, C.CompositeOptions.CoinrExample, AllFactors(), 200, 7, maxDegreeOfParallelism: 1);
        Assert.Equal(a.MedianRanks, b.MedianRanks);
        Assert.Equal(a.Rank5, b.Rank5);
        Assert.Equal(a.Rank95, b.Rank95);
        Assert.Equal(a.Runs.Select(r => r.ToString()), b.Runs.Select(r => r.ToString()));
        var c = C.UncertaintyAnalysis.Run(Data, Fw, C.CompositeOptions.CoinrExample, AllFactors(), 200, 8);
        Assert.NotEqual(a.Runs.Select(r => r.ToString()), c.Runs.Select(r => r.ToString()));
        Assert.Equal(["weights", "normalisation", "aggregation", "imputation", "treatment"], a.FactorNames);
        // Nominal ranks are COINr's.
        var che = a.Units.ToList().IndexOf("CHE");
        Assert.Equal(1, a.NominalRanks[che]);
        for (var u = 0; u < a.Units.Count; u++) Assert.True(a.Rank5[u] <= a.MedianRanks[u] && a.MedianRanks[u] <= a.Rank95[u]);
        // Every factor actually varies across runs (nothing silently fixed).
        Assert.True(a.Runs.Select(r => r.Normaliser).Distinct().Count() == 3);
        Assert.True(a.Runs.Select(r => r.Aggregator).Distinct().Count() == 2);
        Assert.True(a.Runs.Select(r => r.Imputation).Distinct().Count() == 2);
        Assert.True(a.Runs.Select(r => r.Treated).Distinct().Count() == 2);
        Assert.True(a.Runs.Select(r => r.WeightSet).Distinct().Count() > 50);
    }

    [Fact]
    public void Weight_noise_alone_keeps_top_units_near_the_top()
    {
        var r = C.UncertaintyAnalysis.Run(Data, Fw, C.CompositeOptions.CoinrExample, new C.UncertaintyFactors(0.1), 100, 1);
        var che = r.Units.ToList().IndexOf("CHE");
        Assert.InRange(r.MedianRanks[che], 1, 3);
    }

    [Fact]
    public void Sensitivity_names_the_driver_and_is_reproducible()
    {
        var f = new C.UncertaintyFactors(0.05, normalisers: [C.Normaliser.MinMax(0, 100), C.Normaliser.Rank], aggregators: [C.Aggregator.ArithmeticMean, C.Aggregator.Copeland]);
        var s = C.UncertaintyAnalysis.Sensitivity(Data, Fw, C.CompositeOptions.CoinrExample, f, 64, 3, bootstrap: 50);
        Assert.Equal(64 * 5, s.RunCount);
        Assert.Equal(["weights", "normalisation", "aggregation"], s.Indices.Select(i => i.Factor));
        Assert.All(s.Indices, i => Assert.True(i.Total >= -0.05 && i.FirstOrder <= 1.2, i.ToString()));
        var weights = s.Indices[0];
        Assert.True(weights.Total < s.Indices.Max(i => i.Total), "light weight noise should not be the main driver");
        Assert.NotEqual("weights", s.MainDriver);
        var again = C.UncertaintyAnalysis.Sensitivity(Data, Fw, C.CompositeOptions.CoinrExample, f, 64, 3, bootstrap: 50, maxDegreeOfParallelism: 1);
        Assert.Equal(s.Indices, again.Indices);
    }

    [Fact]
    public void Impossible_combinations_are_rejected_before_running()
    {
        var f = new C.UncertaintyFactors(0, normalisers: [C.Normaliser.ZScore(), C.Normaliser.MinMax()], aggregators: [C.Aggregator.GeometricMean, C.Aggregator.ArithmeticMean]);
        var e = Assert.Throws<ArgumentException>(() => C.UncertaintyAnalysis.Run(Data, Fw, C.CompositeOptions.CoinrExample, f, 10, 1));
        Assert.Contains("zscore", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => C.UncertaintyAnalysis.Sensitivity(Data, Fw, C.CompositeOptions.CoinrExample, new C.UncertaintyFactors(0), 10, 1));
    }
}

public sealed class WhatIfTests
{
    [Fact]
    public void Removing_each_pillar_shifts_ranks_and_removing_nothing_would_not()
    {
        var fw = AsemFixture.Framework();
        var data = AsemFixture.Data(fw);
        var shifts = C.UncertaintyAnalysis.RemoveElements(data, fw, C.CompositeOptions.CoinrExample, level: 2);
        Assert.Equal(fw.AggregatesAt(2), shifts.Select(s => s.Key));
        Assert.All(shifts, s => Assert.True(s.Value > 0, s.Key));
        var indicators = C.UncertaintyAnalysis.RemoveElements(data, fw, C.CompositeOptions.CoinrExample);
        Assert.Equal(49, indicators.Count);
        Assert.True(shifts.Max(s => s.Value) > indicators.Max(s => s.Value), "a pillar weighs more than any single indicator");
        Assert.Throws<ArgumentException>(() => C.UncertaintyAnalysis.RemoveElements(data, fw, C.CompositeOptions.CoinrExample, level: 4));
    }
}
