using Sozialindikatoren.Spaces;
using C = global::Sozialindikatoren.Composite;

namespace Sozialindikatoren.Tests.Composite;

public sealed class PipelineStepTests
{
    private static C.IndicatorTable Table(params double[][] cols) =>
        new(Enumerable.Range(0, cols[0].Length).Select(i => new SpaceId("u" + i)).ToArray(), cols.Select((_, j) => "i" + j).ToArray(), cols);

    private static readonly double NaN = double.NaN;

    [Fact]
    public void Mean_median_and_group_imputation_fill_only_missing_cells()
    {
        var t = Table([1, 2, NaN, 10, NaN]);
        Assert.Equal([1, 2, 13 / 3.0, 10, 13 / 3.0], C.Imputation.Apply(t, C.ImputationMethod.Mean).Table.Column(0).ToArray());
        Assert.Equal([1, 2, 2, 10, 2], C.Imputation.Apply(t, C.ImputationMethod.Median).Table.Column(0).ToArray());
        var g = C.Imputation.Apply(t, C.ImputationMethod.GroupMedian, ["a", "a", "a", "b", "c"]);
        Assert.Equal([1, 2, 1.5, 10, NaN], g.Table.Column(0).ToArray());
        Assert.Equal(1, g.ImputedCount);
        Assert.Equal(1, g.RemainingMissingCount);
        Assert.Throws<ArgumentException>(() => C.Imputation.Apply(t, C.ImputationMethod.GroupMean));
    }

    [Fact]
    public void Panel_imputation_latest_constant_linear_and_single_observation()
    {
        double[] years = [2019, 2020, 2021, 2022, 2023];
        double[] v = [NaN, 2, NaN, 6, NaN];
        Assert.Equal([NaN, 2, 2, 6, 6], C.Imputation.ImputeSeries(years, v, C.PanelImputationMethod.Latest));
        Assert.Equal([2, 2, 2, 6, 6], C.Imputation.ImputeSeries(years, v, C.PanelImputationMethod.Constant));
        Assert.Equal([NaN, 2, 4, 6, NaN], C.Imputation.ImputeSeries(years, v, C.PanelImputationMethod.Linear));
        Assert.Equal([2, 2, 4, 6, 6], C.Imputation.ImputeSeries(years, v, C.PanelImputationMethod.LinearConstant));
        double[] one = [NaN, NaN, 5, NaN, NaN];
        Assert.Equal([NaN, NaN, 5, NaN, NaN], C.Imputation.ImputeSeries(years, one, C.PanelImputationMethod.Linear));
        Assert.Equal([5, 5, 5, 5, 5], C.Imputation.ImputeSeries(years, one, C.PanelImputationMethod.LinearConstant));
    }

    [Fact]
    public void Screening_by_zeros_and_forced_units()
    {
        var t = Table([0, 1, NaN], [0, 2, NaN], [0, 3, 4]);
        var s = C.Screening.Apply(t, 0.5, C.ScreeningRule.ByMissingAndZeros, nonZeroThreshold: 0.5, forceInclude: ["u0"]);
        Assert.Equal(["u2"], s.Removed.Select(u => u.Value));
        Assert.Equal(1.0 / 3, s.Availability[2], 12);
        Assert.Equal(0, s.NonZeroShare[0]);
    }

    [Fact]
    public void Denomination_divides_and_gives_missing_for_zero_denominators()
    {
        var data = Table([10, 20, 30]);
        var den = new C.IndicatorTable(data.Units, ["pop"], [[100.0, 0, NaN]]);
        var r = C.Denomination.ApplyMap(data, den, new Dictionary<string, string> { ["i0"] = "pop" }, 1000);
        Assert.Equal([100, NaN, NaN], r.Column(0).ToArray());
    }

    [Fact]
    public void Treatment_is_safe_for_fewer_than_four_values_and_for_zeros()
    {
        var small = Table([1, 100, NaN, NaN]);
        var r = C.OutlierTreatment.Apply(small);
        Assert.Equal(C.TreatmentOutcome.NotTestable, r.Records[0].Outcome);
        Assert.Equal(small.Column(0).ToArray(), r.Table.Column(0).ToArray());
        var zeros = Table(Enumerable.Repeat(0.0, 20).Append(1).ToArray());
        var z = C.OutlierTreatment.Apply(zeros);
        // Winsorising the single 1 leaves a constant column: no variance, no crash (COINr #45), reported as winsorised.
        Assert.Equal(C.TreatmentOutcome.Winsorised, z.Records[0].Outcome);
        Assert.All(z.Table.Column(0).ToArray(), v => Assert.Equal(0, v));
        var zerosLog = Table([.. Enumerable.Repeat(0.0, 15), 1, 2, 1000, 2000]);
        var zl = C.OutlierTreatment.Apply(zerosLog, new C.TreatmentOptions(winsorisationLimit: 1));
        Assert.Equal(C.TreatmentOutcome.LogTransformed, zl.Records[0].Outcome);
        Assert.All(zl.Table.Column(0).ToArray(), v => Assert.True(double.IsFinite(v)));
        Assert.Equal(Math.Log(0.01 * 2000), zl.Table.Column(0)[0], 12);
        var constant = Table([3, 3, 3, 3, 3]);
        Assert.Equal(C.TreatmentOutcome.NotTestable, C.OutlierTreatment.Apply(constant).Records[0].Outcome);
    }

    [Fact]
    public void COINr_behavioural_cases_winsorise_one_point_or_fall_through_to_log()
    {
        // COINr tests: c(1:10, 100) → winsorising 100 to 10 passes.
        var a = Table([.. Enumerable.Range(1, 10).Select(i => (double)i), 100]);
        var ra = C.OutlierTreatment.Apply(a);
        Assert.Equal(C.TreatmentOutcome.Winsorised, ra.Records[0].Outcome);
        Assert.Equal(10, ra.Table.Column(0)[10]);
        Assert.Equal(1, ra.Records[0].WinsorisedHigh);
        // c(1:20, 100, 200) with winmax 1 fails, log applied.
        var b = Table([.. Enumerable.Range(1, 20).Select(i => (double)i), 100, 200]);
        var rb = C.OutlierTreatment.Apply(b, new C.TreatmentOptions(winsorisationLimit: 1));
        Assert.Equal(C.TreatmentOutcome.LogTransformed, rb.Records[0].Outcome);
        var x = b.Column(0);
        Assert.Equal(Math.Log(1 - 1 + 0.01 * 199), rb.Table.Column(0)[0], 12);
        Assert.Equal(Math.Log(200 - 1 + 0.01 * 199), rb.Table.Column(0)[21], 12);
        Assert.Equal(22, x.Length);
        // Without a log transform the failing column is reported, not hidden.
        var rc = C.OutlierTreatment.Apply(b, new C.TreatmentOptions(winsorisationLimit: 1, logTransform: C.LogTransform.None));
        Assert.Equal(C.TreatmentOutcome.StillFailing, rc.Records[0].Outcome);
    }

    [Fact]
    public void Normalisers_follow_their_formulas_with_direction()
    {
        double[] x = [2, 4, 6, 10];
        double[] Norm(C.Normaliser n, int d = 1, double target = double.NaN, int reference = -1)
        {
            var y = new double[x.Length];
            C.Normalisation.NormaliseColumn(x, y, n, d, target, reference);
            return y;
        }
        Assert.Equal([0, 25, 50, 100], Norm(C.Normaliser.MinMax()));
        Assert.Equal([100, 75, 50, 0], Norm(C.Normaliser.MinMax(), -1));
        Assert.Equal([1, 2, 3, 4], Norm(C.Normaliser.Rank));
        Assert.Equal([0, 1 / 3.0, 2 / 3.0, 1], Norm(C.Normaliser.PercentRank));
        Assert.Equal([0, 1, 2, 3], Norm(C.Normaliser.Borda));
        Assert.Equal([0.2, 0.4, 0.6, 1], Norm(C.Normaliser.FractionOfMax));
        Assert.Equal([0, 0.25, 0.5, 1], Norm(C.Normaliser.DistanceToMax));
        Assert.Equal([0, 0.5, 1, 2], Norm(C.Normaliser.DistanceToReference("u2"), reference: 2));
        Assert.Equal([0, 0.5, 1, 1], Norm(C.Normaliser.DistanceToReference("u2", cap: true), reference: 2));
        Assert.Equal([0, 0.5, 1, 2], Norm(C.Normaliser.DistanceToTarget(), target: 6));
        Assert.Equal([1, 0.75, 0.5, 0], Norm(C.Normaliser.DistanceToTarget(), -1, target: 2));
        Assert.Equal([0, 0, 50, 100], Norm(C.Normaliser.Goalposts(4, 8)));
        Assert.Equal([100, 100, 50, 0], Norm(C.Normaliser.Goalposts(4, 8), -1));
        Assert.Equal([20, 40, 60, 100], Norm(C.Normaliser.Scaled(0, 10)));
        var z = Norm(C.Normaliser.ZScore(100, 10));
        Assert.Equal(100, z.Average(), 12);
        Assert.Equal([2, 4, 6, 10], Norm(C.Normaliser.None));
        Assert.Equal([-2, -4, -6, -10], Norm(C.Normaliser.None, -1));
    }

    [Fact]
    public void Normaliser_and_aggregator_text_forms_round_trip()
    {
        foreach (var s in new[] { "minmax:0:100", "zscore:0:1", "scaled:0:10", "rank", "prank", "borda", "dist2max", "fracmax", "dist2ref:AUT", "dist2ref:AUT:cap", "dist2targ", "dist2targ:cap", "goalposts:1:5:100", "none" })
            Assert.Equal(s, C.Normaliser.Parse(s).ToString());
        foreach (var s in new[] { "amean", "gmean", "hmean", "median", "copeland", "genmean:2" })
            Assert.Equal(s, C.Aggregator.Parse(s).ToString());
        Assert.Throws<FormatException>(() => C.Normaliser.Parse("minmax:5:1"));
        Assert.Throws<FormatException>(() => C.Aggregator.Parse("genmean"));
    }

    [Fact]
    public void Aggregators_renormalise_weights_and_respect_the_availability_threshold()
    {
        Assert.Equal(3, C.Aggregation.Combine([1, NaN, 4], [1, 5, 2], C.Aggregator.ArithmeticMean), 12);
        Assert.True(double.IsNaN(C.Aggregation.Combine([1, NaN, NaN], [1, 1, 1], C.Aggregator.ArithmeticMean, 0.5)));
        Assert.Equal(1, C.Aggregation.Combine([1, NaN, NaN], [1, 1, 1], C.Aggregator.ArithmeticMean, 0.3));
        Assert.True(double.IsNaN(C.Aggregation.Combine([NaN, NaN], [1, 1], C.Aggregator.ArithmeticMean)));
        Assert.Equal(Math.Sqrt(8), C.Aggregation.Combine([2, 4], [1, 1], C.Aggregator.GeometricMean), 12);
        Assert.Equal(0, C.Aggregation.Combine([0, 4], [1, 1], C.Aggregator.GeometricMean));
        Assert.Equal(0, C.Aggregation.Combine([0, 4], [1, 1], C.Aggregator.HarmonicMean));
        Assert.Equal(8 / 3.0, C.Aggregation.Combine([2, 4], [1, 1], C.Aggregator.HarmonicMean), 12);
        Assert.Equal(Math.Sqrt(10), C.Aggregation.Combine([2, 4], [1, 1], C.Aggregator.GeneralisedMean(2)), 12);
        Assert.Equal(2, C.Aggregation.Combine([1, 2, 9], [1, 1, 1], C.Aggregator.WeightedMedian));
        Assert.Equal(9, C.Aggregation.Combine([1, 2, 9], [1, 1, 5], C.Aggregator.WeightedMedian));
        Assert.Equal(1.5, C.Aggregation.Combine([1, 2], [1, 1], C.Aggregator.WeightedMedian));
        Assert.Throws<ArgumentOutOfRangeException>(() => C.Aggregation.Combine([-1, 4], [1, 1], C.Aggregator.GeometricMean));
    }

    [Fact]
    public void Copeland_counts_pairwise_majorities()
    {
        // Unit 0 beats unit 1 on 2 of 3 criteria; unit 2 is worst everywhere.
        var r = C.Aggregation.CombineColumns([[3, 2, 1], [3, 2, 1], [1, 2, 0]], [1, 1, 1], C.Aggregator.Copeland);
        Assert.Equal([2, 0, -2], r);
    }

    [Fact]
    public void Geometric_mean_on_negative_values_names_unit_and_aggregate()
    {
        var (data, fw) = CompositePropertyTests.SmallCase();
        var e = Assert.Throws<ArgumentException>(() => C.CompositePipeline.Run(data, fw, new C.CompositeOptions { Normaliser = C.Normaliser.ZScore(), Aggregator = C.Aggregator.GeometricMean }));
        Assert.Contains("aggregate 'P1', unit 's", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hierarchies_of_depth_two_and_five_aggregate_level_by_level()
    {
        var units = new SpaceId[] { "a", "b" };
        var flat = new C.IndexFramework([new("x", C.FrameworkElementType.Indicator, 1, "I"), new("y", C.FrameworkElementType.Indicator, 1, "I", weight: 3), new("I", C.FrameworkElementType.Aggregate, 2, null)]);
        var t = new C.IndicatorTable(units, ["x", "y"], [[0.0, 100], [100.0, 0]]);
        var r = C.Aggregation.Aggregate(t, flat, C.Aggregator.ArithmeticMean);
        Assert.Equal([75, 25], r.Column("I").ToArray());
        var deep = new C.IndexFramework([
            new("x", C.FrameworkElementType.Indicator, 1, "L2"), new("y", C.FrameworkElementType.Indicator, 1, "L2b"),
            new("L2", C.FrameworkElementType.Aggregate, 2, "L3"), new("L2b", C.FrameworkElementType.Aggregate, 2, "L3"),
            new("L3", C.FrameworkElementType.Aggregate, 3, "L4"), new("L4", C.FrameworkElementType.Aggregate, 4, "L5"),
            new("L5", C.FrameworkElementType.Aggregate, 5, null)]);
        var d = C.Aggregation.Aggregate(t, deep, C.Aggregator.ArithmeticMean);
        Assert.Equal(["x", "y", "L2", "L2b", "L3", "L4", "L5"], d.Codes);
        Assert.Equal([50, 50], d.Column("L5").ToArray());
        Assert.Equal(5, deep.MaxLevel);
    }

    [Fact]
    public void Framework_validation_lists_every_problem()
    {
        var e = Assert.Throws<ArgumentException>(() => new C.IndexFramework([
            new("x", C.FrameworkElementType.Indicator, 1, "Nope"), new("y", C.FrameworkElementType.Indicator, 1, "I"),
            new("I", C.FrameworkElementType.Aggregate, 3, null), new("E", C.FrameworkElementType.Aggregate, 2, "I")]));
        Assert.Contains("parent 'Nope' of 'x' does not exist", e.Message, StringComparison.Ordinal);
        Assert.Contains("must be exactly one level up", e.Message, StringComparison.Ordinal);
        Assert.Contains("aggregate 'E' has no children", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pca_weights_are_oriented_and_reported()
    {
        var units = Enumerable.Range(0, 8).Select(i => new SpaceId("u" + i)).ToArray();
        double[] a = [1, 2, 3, 4, 5, 6, 7, 8];
        double[] b = [2, 1, 4, 3, 6, 5, 8, 7];
        double[] c = [8, 7, 6, 5, 4, 3, 2, 1.5];
        var t = new C.IndicatorTable(units, ["a", "b", "c"], [a, b, c]);
        var fw = new C.IndexFramework([new("a", C.FrameworkElementType.Indicator, 1, "I"), new("b", C.FrameworkElementType.Indicator, 1, "I"), new("c", C.FrameworkElementType.Indicator, 1, "I"), new("I", C.FrameworkElementType.Aggregate, 2, null)]);
        var w = C.Weighting.Pca(t, fw);
        Assert.True(w.Weights["a"] > 0);
        Assert.True(w.Weights["b"] > 0);
        Assert.Equal(0, w.Weights["c"]);
        Assert.Equal(["c"], w.NegativeLoadings);
        Assert.InRange(w.ExplainedVarianceShare["I"], 0.8, 1);
        var noisy1 = C.Weighting.Noisy(fw.GetWeights(), 0.2, 42);
        var noisy2 = C.Weighting.Noisy(fw.GetWeights(), 0.2, 42);
        Assert.Equal(noisy1.OrderBy(k => k.Key, StringComparer.Ordinal), noisy2.OrderBy(k => k.Key, StringComparer.Ordinal));
        Assert.All(noisy1.Values, v => Assert.InRange(v, 0.8, 1.2));
    }

    [Fact]
    public void Ranking_ties()
    {
        double[] x = [5, 3, 5, NaN, 1];
        Assert.Equal([1, 3, 1, NaN, 4], C.Ranking.Rank(x, C.TieMethod.Min, descending: true));
        Assert.Equal([3.5, 2, 3.5, NaN, 1], C.Ranking.Rank(x, C.TieMethod.Average));
        Assert.Equal([4, 2, 4, NaN, 1], C.Ranking.Rank(x, C.TieMethod.Max));
    }
}

public sealed class PanelImputationTests
{
    [Fact]
    public void Panel_imputation_marks_imputed_cells_as_estimated_and_never_fills_suppressed_cells()
    {
        var y = new[] { new NodaTime.LocalDate(2020, 12, 31), new NodaTime.LocalDate(2021, 12, 31), new NodaTime.LocalDate(2022, 12, 31) };
        var p = new global::Sozialindikatoren.Indicators.IndicatorPanelBuilder()
            .Set("a", "sgb2_quote", y[0], global::Sozialindikatoren.Statistics.Observation.Of(10))
            .Set("a", "sgb2_quote", y[2], global::Sozialindikatoren.Statistics.Observation.Of(14))
            .Set("b", "sgb2_quote", y[0], global::Sozialindikatoren.Statistics.Observation.Of(5))
            .Set("b", "sgb2_quote", y[1], global::Sozialindikatoren.Statistics.Observation.Suppressed)
            .Set("b", "sgb2_quote", y[2], global::Sozialindikatoren.Statistics.Observation.Of(7))
            .Build();
        var (q, n) = C.Imputation.ImputePanel(p, C.PanelImputationMethod.Linear);
        Assert.Equal(1, n);
        var a1 = q["a", "sgb2_quote", y[1]];
        Assert.Equal(global::Sozialindikatoren.Statistics.ValueStatus.Estimated, a1.Status);
        Assert.Equal(12, a1.Value, 12);
        Assert.Equal(global::Sozialindikatoren.Statistics.ValueStatus.Suppressed, q["b", "sgb2_quote", y[1]].Status);
        Assert.Equal(14, q["a", "sgb2_quote", y[2]].Value);
        Assert.NotNull(q.Definition("sgb2_quote"));
    }

    [Fact]
    public void Availability_threshold_per_aggregate_in_the_pipeline()
    {
        var (data, fw) = CompositePropertyTests.SmallCase();
        var cols = data.Indicators.ToColumnArrays();
        cols[0][0] = double.NaN;
        var d = new C.CompositeData(new C.IndicatorTable(data.Indicators.Units, data.Indicators.Codes, cols));
        var loose = C.CompositePipeline.Run(d, fw);
        Assert.False(double.IsNaN(loose.Aggregated["s0", "P1"]));
        var strict = C.CompositePipeline.Run(d, fw, new C.CompositeOptions { AvailabilityThresholdPerAggregate = new Dictionary<string, double> { ["P1"] = 1 } });
        Assert.True(double.IsNaN(strict.Aggregated["s0", "P1"]));
        Assert.False(double.IsNaN(strict.Aggregated["s0", "Index"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new C.CompositeOptions { AvailabilityThresholdPerAggregate = new Dictionary<string, double> { ["P1"] = 2 } });
    }
}
