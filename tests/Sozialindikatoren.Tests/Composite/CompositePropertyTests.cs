using FsCheck.Xunit;
using Sozialindikatoren.Tests.Arbitraries;
using C = global::Sozialindikatoren.Composite;

namespace Sozialindikatoren.Tests.Composite;

/// <summary>The properties the issue asks for (normalisation, aggregation, ranks, classification, seeded sensitivity).</summary>
public sealed class CompositePropertyTests
{
    private static double[] Normalise(double[] x, C.Normaliser n, int direction = 1)
    {
        var y = new double[x.Length];
        C.Normalisation.NormaliseColumn(x, y, n, direction);
        return y;
    }

    [Property]
    public bool MinMax_output_lies_within_l_and_u(CompositeColumnCase c)
    {
        foreach (var (l, u) in new[] { (0.0, 100.0), (1.0, 100.0), (-3.0, 7.5) })
        {
            var y = Normalise(c.Values, C.Normaliser.MinMax(l, u));
            for (var i = 0; i < y.Length; i++)
            {
                if (double.IsNaN(c.Values[i])) { if (!double.IsNaN(y[i])) return false; continue; }
                if (y[i] < l - 1e-9 || y[i] > u + 1e-9) return false;
            }
            var present = y.Where(v => !double.IsNaN(v)).ToArray();
            if (Math.Abs(present.Min() - l) > 1e-9 || Math.Abs(present.Max() - u) > 1e-9) return false;
        }
        return true;
    }

    [Property]
    public bool ZScores_have_mean_0_and_sample_sd_1(CompositeColumnCase c)
    {
        var y = Normalise(c.Values, C.Normaliser.ZScore()).Where(v => !double.IsNaN(v)).ToArray();
        var mean = y.Average();
        var sd = Math.Sqrt(y.Sum(v => (v - mean) * (v - mean)) / (y.Length - 1));
        return Math.Abs(mean) < 1e-9 && Math.Abs(sd - 1) < 1e-9;
    }

    [Property]
    public bool Affine_invariant_normalisers_ignore_positive_affine_maps(CompositeAffineCase c)
    {
        var mapped = c.Values.Select(v => c.A * v + c.B).ToArray();
        foreach (var n in new[] { C.Normaliser.MinMax(0, 100), C.Normaliser.ZScore(), C.Normaliser.Rank, C.Normaliser.PercentRank, C.Normaliser.Borda, C.Normaliser.DistanceToMax })
        {
            if (!n.IsAffineInvariant) return false;
            foreach (var dir in new[] { 1, -1 })
            {
                var a = Normalise(c.Values, n, dir);
                var b = Normalise(mapped, n, dir);
                for (var i = 0; i < a.Length; i++)
                {
                    if (double.IsNaN(a[i]) != double.IsNaN(b[i])) return false;
                    if (!double.IsNaN(a[i]) && Math.Abs(a[i] - b[i]) > 1e-6 * Math.Max(1, Math.Abs(a[i]))) return false;
                }
            }
        }
        return true;
    }

    [Property]
    public bool Aggregating_equal_values_returns_that_value(CompositePositiveCase c)
    {
        var v = c.Values[0];
        var same = Enumerable.Repeat(v, c.Values.Length).ToArray();
        foreach (var a in new[] { C.Aggregator.ArithmeticMean, C.Aggregator.GeometricMean, C.Aggregator.HarmonicMean, C.Aggregator.WeightedMedian, C.Aggregator.GeneralisedMean(2), C.Aggregator.GeneralisedMean(-0.5) })
        {
            var r = C.Aggregation.Combine(same, c.Weights, a);
            if (Math.Abs(r - v) > 1e-9 * Math.Max(1, v)) return false;
        }
        return true;
    }

    [Property]
    public bool Arithmetic_mean_is_at_least_geometric_which_is_at_least_harmonic(CompositePositiveCase c)
    {
        var am = C.Aggregation.Combine(c.Values, c.Weights, C.Aggregator.ArithmeticMean);
        var gm = C.Aggregation.Combine(c.Values, c.Weights, C.Aggregator.GeometricMean);
        var hm = C.Aggregation.Combine(c.Values, c.Weights, C.Aggregator.HarmonicMean);
        var tol = 1e-9 * am;
        return am >= gm - tol && gm >= hm - tol;
    }

    [Property]
    public bool Ranks_and_pipeline_scores_are_invariant_under_permutation_of_units(CompositeMatrixCase c)
    {
        var n = c.Columns[0].Length;
        var units = Enumerable.Range(0, n).Select(i => new global::Sozialindikatoren.Spaces.SpaceId("u" + i)).ToArray();
        var codes = Enumerable.Range(0, c.Columns.Length).Select(j => "i" + j).ToArray();
        var fw = new C.IndexFramework(codes.Select(code => new C.FrameworkElement(code, C.FrameworkElementType.Indicator, 1, "Index"))
            .Append(new C.FrameworkElement("Index", C.FrameworkElementType.Aggregate, 2, null)));
        var t1 = new C.IndicatorTable(units, codes, c.Columns);
        var t2 = t1.SelectUnits(c.Permutation);
        foreach (var options in new[] { C.CompositeOptions.Default, new C.CompositeOptions { Normaliser = C.Normaliser.Rank, Aggregator = C.Aggregator.Copeland }, new C.CompositeOptions { Treatment = C.TreatmentOptions.Default, Normaliser = C.Normaliser.ZScore() } })
        {
            var r1 = C.CompositePipeline.Run(new C.CompositeData(t1), fw, options);
            var r2 = C.CompositePipeline.Run(new C.CompositeData(t2), fw, options);
            for (var k = 0; k < n; k++)
            {
                var orig = c.Permutation[k];
                if (r1.Ranks[orig] != r2.Ranks[k]) return false;
                if (Math.Abs(r1.Scores[orig] - r2.Scores[k]) > 1e-9) return false;
            }
        }
        return true;
    }

    [Property]
    public bool Classification_is_monotone_in_the_index(CompositeOrderedPairCase p)
    {
        return C.Classification.ClassifyStatus(p.Low) <= C.Classification.ClassifyStatus(p.High)
            && C.Classification.ClassifyDynamics(p.Low) <= C.Classification.ClassifyDynamics(p.High);
    }

    [Property]
    public bool Quantile_classes_are_monotone(CompositeColumnCase c)
    {
        var classes = C.Classification.QuantileClasses(c.Values, 5, C.QuantileDefinition.R9);
        for (var i = 0; i < c.Values.Length; i++)
            for (var j = 0; j < c.Values.Length; j++)
                if (!double.IsNaN(c.Values[i]) && !double.IsNaN(c.Values[j]) && c.Values[i] < c.Values[j] && classes[i] > classes[j]) return false;
        return true;
    }

    [Property(MaxTest = 10)]
    public bool Seeded_sensitivity_runs_are_reproducible(ulong seed)
    {
        var (data, fw) = SmallCase();
        var factors = new C.UncertaintyFactors(0.3, [C.Normaliser.MinMax(0, 100), C.Normaliser.Rank], [C.Aggregator.ArithmeticMean, C.Aggregator.WeightedMedian]);
        var a = C.UncertaintyAnalysis.Sensitivity(data, fw, C.CompositeOptions.Default, factors, 16, seed, bootstrap: 20);
        var b = C.UncertaintyAnalysis.Sensitivity(data, fw, C.CompositeOptions.Default, factors, 16, seed, bootstrap: 20, maxDegreeOfParallelism: 1);
        return a.Indices.SequenceEqual(b.Indices) && a.Uncertainty.MedianRanks.SequenceEqual(b.Uncertainty.MedianRanks);
    }

    internal static (C.CompositeData, C.IndexFramework) SmallCase()
    {
        var units = Enumerable.Range(0, 12).Select(i => new global::Sozialindikatoren.Spaces.SpaceId("s" + i)).ToArray();
        var codes = new[] { "a", "b", "c", "d" };
        var cols = codes.Select((_, j) => units.Select((_, i) => (double)((i * 7 + j * 5) % 11 + j)).ToArray()).ToArray();
        var fw = new C.IndexFramework([
            new("a", C.FrameworkElementType.Indicator, 1, "P1"), new("b", C.FrameworkElementType.Indicator, 1, "P1", -1),
            new("c", C.FrameworkElementType.Indicator, 1, "P2"), new("d", C.FrameworkElementType.Indicator, 1, "P2"),
            new("P1", C.FrameworkElementType.Aggregate, 2, "Index"), new("P2", C.FrameworkElementType.Aggregate, 2, "Index", weight: 2),
            new("Index", C.FrameworkElementType.Aggregate, 3, null)]);
        return (new C.CompositeData(new C.IndicatorTable(units, codes, cols)), fw);
    }
}
