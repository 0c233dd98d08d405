using BenchmarkDotNet.Attributes;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Benchmarks;

/// <summary>Confidence intervals for 1,000,000 (count, denominator) pairs: columnar batch vs a scalar loop.</summary>
[MemoryDiagnoser]
public class StatisticsIntervalBenchmarks
{
    private const int N = 1_000_000;
    private long[] _counts = [];
    private double[] _denominators = [];
    private double[] _values = [];
    private double[] _lower = [];
    private double[] _upper = [];
    private IntervalMethod[] _methods = [];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        _counts = new long[N];
        _denominators = new double[N];
        for (var i = 0; i < N; i++)
        {
            // Small-area mix: a third below 10 events, the rest up to a few thousand.
            _denominators[i] = rng.Next(5_000, 200_000);
            _counts[i] = rng.NextDouble() < 0.33 ? rng.Next(0, 10) : rng.Next(10, 5_000);
        }
        _values = new double[N];
        _lower = new double[N];
        _upper = new double[N];
        _methods = new IntervalMethod[N];
    }

    /// <summary>Baseline: the straightforward loop over the scalar API (exact limits recomputed per row).</summary>
    [Benchmark(Baseline = true)]
    public double AutoScalarLoop()
    {
        double s = 0;
        for (var i = 0; i < N; i++)
        {
            var ci = Rates.Auto(_counts[i], _denominators[i], ConfidenceLevel.Percent95, RateScale.Per1000);
            s += ci.Upper - ci.Lower;
        }
        return s;
    }

    [Benchmark]
    public double AutoBatch()
    {
        Rates.Intervals(_counts, _denominators, IntervalMethod.Auto, ConfidenceLevel.Percent95, RateScale.Per1000, _values, _lower, _upper, _methods);
        return _upper[N - 1];
    }

    [Benchmark]
    public double ByarBatch()
    {
        Rates.Intervals(_counts, _denominators, IntervalMethod.Byar, ConfidenceLevel.Percent95, RateScale.Per1000, _values, _lower, _upper, []);
        return _upper[N - 1];
    }

    [Benchmark]
    public double WilsonBatch()
    {
        Proportions.Wilson(_counts, _denominators, ConfidenceLevel.Percent95, _values, _lower, _upper);
        return _upper[N - 1];
    }
}

/// <summary>Primary + secondary suppression of an 11,000-municipality × 400-Kreis × 16-Land (+ Bund) table.</summary>
[MemoryDiagnoser]
public class StatisticsSuppressionBenchmarks
{
    private AdditiveTable _table = null!;
    private long[] _counts = [];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(7);
        const int laender = 16, kreise = 400, gemeinden = 11_000;
        var parents = new int[1 + laender + kreise + gemeinden];
        parents[0] = -1;
        for (var l = 0; l < laender; l++) parents[1 + l] = 0;
        for (var k = 0; k < kreise; k++) parents[1 + laender + k] = 1 + k % laender;
        for (var g = 0; g < gemeinden; g++) parents[1 + laender + kreise + g] = 1 + laender + (g < kreise ? g : rng.Next(kreise));
        _counts = new long[parents.Length];
        for (var g = 0; g < gemeinden; g++)
        {
            // A rare indicator: many municipalities with 0–5 cases.
            var cell = 1 + laender + kreise + g;
            long x = rng.NextDouble() < 0.6 ? rng.Next(0, 6) : rng.Next(6, 400);
            for (var c = cell; c >= 0; c = parents[c]) _counts[c] += x;
        }
        _table = AdditiveTable.FromParents(parents);
    }

    /// <summary>Baseline: sweep all relations until nothing changes (the textbook fixed-point loop).</summary>
    [Benchmark(Baseline = true)]
    public int SweepUntilStable()
    {
        var suppressed = new bool[_counts.Length];
        for (var i = 0; i < _counts.Length; i++) suppressed[i] = _counts[i] > 0 && _counts[i] < 3;
        var changed = true;
        var n = 0;
        while (changed)
        {
            changed = false;
            foreach (var rel in _table.Relations)
            {
                var k = suppressed[rel.Total] ? 1 : 0;
                foreach (var p in rel.Parts) if (suppressed[p]) k++;
                if (k != 1) continue;
                var best = -1;
                foreach (var p in rel.Parts)
                    if (!suppressed[p] && (best < 0 || _counts[p] < _counts[best])) best = p;
                if (best < 0) best = rel.Total;
                suppressed[best] = true;
                changed = true;
                n++;
            }
        }
        return n;
    }

    [Benchmark]
    public int Suppress() => DisclosureControl.Suppress(_table, _counts, DisclosureOptions.Default).SecondaryCount;

    [Benchmark]
    public int SuppressWithAudit() =>
        DisclosureControl.Suppress(_table, _counts, new DisclosureOptions(audit: DisclosureAudit.Always)).SecondaryCount;
}
