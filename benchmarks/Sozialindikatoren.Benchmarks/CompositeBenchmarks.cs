using System.Globalization;
using BenchmarkDotNet.Attributes;
using Sozialindikatoren.Composite;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Benchmarks;

/// <summary>
/// The full composite pipeline (treat, normalise, aggregate, classify) for 11,000 spaces × 50 indicators in 3 levels
/// (50 indicators → 10 domains → 1 index). Goal: under 100 ms. Baseline: a straightforward list/LINQ implementation of
/// the same steps (same treatment rules, min-max 0–100, arithmetic mean, z-standardisation and status classes).
/// </summary>
[MemoryDiagnoser]
public class CompositePipelineBenchmarks
{
    private CompositeData _data = null!;
    private IndexFramework _framework = null!;
    private readonly CompositeOptions _options = new() { Treatment = TreatmentOptions.Default };

    [Params(11_000)]
    public int Spaces { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        const int k = 50;
        var rng = new Random(20261124);
        var units = Enumerable.Range(0, Spaces).Select(i => new SpaceId("s" + i.ToString(CultureInfo.InvariantCulture))).ToArray();
        var codes = Enumerable.Range(0, k).Select(j => "i" + j.ToString(CultureInfo.InvariantCulture)).ToArray();
        var cols = new double[k][];
        for (var j = 0; j < k; j++)
        {
            cols[j] = new double[Spaces];
            for (var i = 0; i < Spaces; i++)
            {
                // Every fifth indicator is heavily skewed (log-normal with a few extreme points), others roughly normal.
                var g = Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
                cols[j][i] = j % 5 == 0 ? Math.Exp(1.5 * g) : 50 + 10 * g;
                if (rng.Next(200) == 0) cols[j][i] = double.NaN;
            }
        }
        _data = new CompositeData(new IndicatorTable(units, codes, cols));
        var elements = new List<FrameworkElement>();
        for (var j = 0; j < k; j++) elements.Add(new FrameworkElement(codes[j], FrameworkElementType.Indicator, 1, "d" + (j / 5).ToString(CultureInfo.InvariantCulture), j % 7 == 0 ? -1 : 1));
        for (var d = 0; d < 10; d++) elements.Add(new FrameworkElement("d" + d.ToString(CultureInfo.InvariantCulture), FrameworkElementType.Aggregate, 2, "index"));
        elements.Add(new FrameworkElement("index", FrameworkElementType.Aggregate, 3, null));
        _framework = new IndexFramework(elements);
    }

    [Benchmark]
    public int Pipeline()
    {
        var result = CompositePipeline.Run(_data, _framework, _options);
        var z = Classification.Standardise(result.Scores);
        var high = 0;
        foreach (var v in z) if (Classification.ClassifyStatus(-v) == StatusClass.VeryLow) high++;
        return high;
    }

    [Benchmark(Baseline = true)]
    public int Straightforward()
    {
        var t = _data.Indicators;
        var normalised = new Dictionary<string, List<double>>();
        for (var j = 0; j < t.IndicatorCount; j++)
        {
            var x = t.Column(j).ToArray().ToList();
            var treated = NaiveTreat(x);
            var present = treated.Where(v => !double.IsNaN(v)).ToList();
            var dir = _framework[t.Codes[j]].Direction;
            var min = present.Select(v => dir * v).Min();
            var max = present.Select(v => dir * v).Max();
            normalised[t.Codes[j]] = treated.Select(v => double.IsNaN(v) ? double.NaN : (dir * v - min) / (max - min) * 100).ToList();
        }
        var values = new Dictionary<string, List<double>>(normalised);
        foreach (var agg in _framework.Aggregates)
        {
            var children = _framework.Children(agg);
            var col = new List<double>();
            for (var i = 0; i < t.UnitCount; i++)
            {
                var avail = children.Where(c => !double.IsNaN(values[c][i])).ToList();
                col.Add(avail.Count == 0 ? double.NaN : avail.Sum(c => _framework[c].Weight * values[c][i]) / avail.Sum(c => _framework[c].Weight));
            }
            values[agg] = col;
        }
        var top = values["index"].Where(v => !double.IsNaN(v)).ToList();
        var mean = top.Average();
        var sd = Math.Sqrt(top.Sum(v => (v - mean) * (v - mean)) / (top.Count - 1));
        return top.Count(v => -(v - mean) / sd > 1.5);
    }

    private static List<double> NaiveTreat(List<double> x)
    {
        static (double Skew, double Kurt) Moments(List<double> v)
        {
            var p = v.Where(d => !double.IsNaN(d)).ToList();
            double n = p.Count, m = p.Average();
            var s2 = p.Sum(d => Math.Pow(d - m, 2));
            var s3 = p.Sum(d => Math.Pow(d - m, 3));
            var s4 = p.Sum(d => Math.Pow(d - m, 4));
            var skew = Math.Sqrt(n) * s3 / Math.Pow(s2, 1.5) * Math.Sqrt(n * (n - 1)) / (n - 2);
            var r = n * s4 / (s2 * s2);
            return (skew, ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2) * (n - 3)));
        }
        var (skew, kurt) = Moments(x);
        if (Math.Abs(skew) < 2 || kurt < 3.5) return x;
        var w = x.ToList();
        var count = 0;
        while (count < 5)
        {
            var p = w.Where(d => !double.IsNaN(d)).ToList();
            var hi = Moments(w).Skew >= 0;
            var extreme = hi ? p.Max() : p.Min();
            var next = hi ? p.Where(d => d != extreme).Max() : p.Where(d => d != extreme).Min();
            var idx = Enumerable.Range(0, w.Count).Where(i => w[i] == extreme).ToList();
            foreach (var i in idx) w[i] = next;
            count = idx.Count;
            (skew, kurt) = Moments(w);
            if (Math.Abs(skew) < 2 || kurt < 3.5) return w;
        }
        var min = x.Where(d => !double.IsNaN(d)).Min();
        var max = x.Where(d => !double.IsNaN(d)).Max();
        return x.Select(d => Math.Log(d - min + 0.01 * (max - min))).ToList();
    }
}

/// <summary>
/// A 1,000-replication uncertainty analysis on the ASEM example (51 units × 49 indicators, 4 levels) with all five
/// factors (weight noise, 3 normalisers, 2 aggregators, imputation on/off, treatment on/off). Goal: under 2 s.
/// Baseline: the same analysis on one thread.
/// </summary>
[MemoryDiagnoser]
public class CompositeUncertaintyBenchmarks
{
    private CompositeData _data = null!;
    private IndexFramework _framework = null!;
    private UncertaintyFactors _factors = null!;
    private readonly CompositeOptions _nominal = CompositeOptions.CoinrExample;

    [Params(1_000)]
    public int Replications { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var dir = FindAsem();
        var meta = ReadCsv(Path.Combine(dir, "asem_imeta.csv"));
        var h = meta[0];
        int C(string name) => Array.IndexOf(h, name);
        var elements = meta.Skip(1).Select(r =>
        {
            var type = Enum.Parse<FrameworkElementType>(r[C("Type")]);
            var tree = type is FrameworkElementType.Indicator or FrameworkElementType.Aggregate;
            return new FrameworkElement(r[C("iCode")], type, tree ? int.Parse(r[C("Level")], CultureInfo.InvariantCulture) : 0, r[C("Parent")],
                type == FrameworkElementType.Indicator ? int.Parse(r[C("Direction")], CultureInfo.InvariantCulture) : 1,
                tree ? double.Parse(r[C("Weight")], CultureInfo.InvariantCulture) : 1, denominator: r[C("Denominator")]);
        });
        _framework = new IndexFramework(elements);
        var data = ReadCsv(Path.Combine(dir, "asem_idata.csv"));
        var dh = data[0];
        var rows = data.Skip(1).ToArray();
        var units = rows.Select(r => new SpaceId(r[Array.IndexOf(dh, "uCode")])).ToArray();
        double[] Col(string code) => rows.Select(r => r[Array.IndexOf(dh, code)] is { Length: > 0 } s ? double.Parse(s, CultureInfo.InvariantCulture) : double.NaN).ToArray();
        var ind = new IndicatorTable(units, _framework.Indicators, _framework.Indicators.Select(Col).ToArray());
        var den = new IndicatorTable(units, _framework.Denominators, _framework.Denominators.Select(Col).ToArray());
        var groups = new Dictionary<string, IReadOnlyList<string?>> { ["EurAsia_group"] = rows.Select(r => (string?)r[Array.IndexOf(dh, "EurAsia_group")]).ToArray() };
        _data = new CompositeData(ind, den, groups);
        _factors = new UncertaintyFactors(0.25, [Normaliser.MinMax(0, 100), Normaliser.Rank, Normaliser.PercentRank],
            [Aggregator.ArithmeticMean, Aggregator.GeometricMean], [ImputationMethod.GroupMean, ImputationMethod.Mean], treatmentOnOff: true);
    }

    [Benchmark]
    public double Parallel() => UncertaintyAnalysis.Run(_data, _framework, _nominal, _factors, Replications, 7).MedianRanks[0];

    [Benchmark(Baseline = true)]
    public double Sequential() => UncertaintyAnalysis.Run(_data, _framework, _nominal, _factors, Replications, 7, maxDegreeOfParallelism: 1).MedianRanks[0];

    private static string FindAsem()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var p = Path.Combine(d.FullName, "tests", "Sozialindikatoren.Tests", "TestData", "asem");
            if (Directory.Exists(p)) return p;
        }
        throw new DirectoryNotFoundException("tests/Sozialindikatoren.Tests/TestData/asem not found above " + AppContext.BaseDirectory);
    }

    private static List<string[]> ReadCsv(string path)
    {
        var rows = new List<string[]>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0) continue;
            var fields = new List<string>();
            var sb = new System.Text.StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else sb.Append(c);
                }
                else if (c == '"') quoted = true;
                else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
                else sb.Append(c);
            }
            fields.Add(sb.ToString());
            rows.Add(fields.ToArray());
        }
        return rows;
    }
}
