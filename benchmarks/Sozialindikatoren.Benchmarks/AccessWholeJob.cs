using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Sozialindikatoren.Access;
using Sozialindikatoren.Data;

namespace Sozialindikatoren.Benchmarks;

/// <summary>
/// The whole <c>access</c> job of docs/performance.md ("Whole jobs") in process, phase by phase, on the files of
/// <c>benchmarks/wholejob/generate.py</c> (50,000 demand points, 1,000 sites, planar, radius 30): read demand, read
/// supply, build the matrix, the 2SFCA kernel (binary and Gaussian σ 10), write 50,000 rows. The folder comes from the
/// environment variable <c>WHOLEJOB_DATA</c> (default <c>benchmarks/wholejob/data</c>); without those files the same
/// layout is generated (seeded) into a temporary folder, so the benchmark also runs on a fresh clone (CI dry run).
/// </summary>
[MemoryDiagnoser]
public class AccessWholeJobBenchmarks
{
    private string _demand = "", _supply = "";
    private string? _generated;
    private AccessPoints _zones = null!, _sites = null!;
    private TravelCosts _costs = null!;
    private AccessibilityResult _result = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dir = Environment.GetEnvironmentVariable("WHOLEJOB_DATA") ?? Path.Combine("benchmarks", "wholejob", "data");
        _demand = Path.Combine(dir, "access_demand.csv");
        _supply = Path.Combine(dir, "access_supply.csv");
        if (!File.Exists(_demand) || !File.Exists(_supply))
        {
            // No generated folder (a fresh clone, CI's dry run): the same layout, seeded, in a temporary folder.
            dir = Path.Combine(Path.GetTempPath(), "access-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(dir);
            _demand = Path.Combine(dir, "access_demand.csv");
            _supply = Path.Combine(dir, "access_supply.csv");
            _generated = dir;
            var rng = new Random(44);
            File.WriteAllText(_demand, Points("demand", "d", 50_000, 50, 4_999, rng));
            File.WriteAllText(_supply, Points("capacity", "s", 1_000, 1, 49, rng));
        }
        _zones = ReadDemand();
        _sites = ReadSupply();
        _costs = Build();
        _result = Gaussian();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_generated is not null) Directory.Delete(_generated, recursive: true);
    }

    private static string Points(string weight, string prefix, int count, int min, int max, Random rng)
    {
        var sb = new System.Text.StringBuilder("id,").Append(weight).Append(",x,y\n");
        for (int i = 0; i < count; i++)
            sb.Append(CultureInfo.InvariantCulture, $"{prefix}{i},{rng.Next(min, max + 1)},{rng.NextDouble() * 100:F4},{rng.NextDouble() * 100:F4}\n");
        return sb.ToString();
    }

    [Benchmark]
    public AccessPoints ReadDemand() => AccessCsv.ReadPoints(_demand, "demand", true, "x", "y");

    /// <summary>Baseline: the demand file through the general path (<see cref="Data.Csv.CsvInput"/>, a string per field).</summary>
    [Benchmark]
    public AccessPoints ReadDemandGeneral() => AccessCsv.ReadPoints(_demand, "demand", true, "x", "y", null, null, fastPath: false);

    [Benchmark]
    public AccessPoints ReadSupply() => AccessCsv.ReadPoints(_supply, "capacity", true, "x", "y");

    [Benchmark]
    public TravelCosts Build() => TravelCosts.FromCoordinates(_zones.Ids, _zones.X, _zones.Y, _sites.Ids, _sites.X, _sites.Y, CoordinateSystem.Planar, 30);

    [Benchmark]
    public AccessibilityResult Binary() => Accessibility.TwoStep(_costs, _zones.Values, _sites.Values, DecayFunction.Binary(), new AccessOptions(30));

    [Benchmark]
    public AccessibilityResult Gaussian() => Accessibility.TwoStep(_costs, _zones.Values, _sites.Values, DecayFunction.Gaussian(10), new AccessOptions(30));

    [Benchmark]
    public long Write()
    {
        using var w = new StreamWriter(Stream.Null);
        AccessCsv.WriteValues(w, _costs.ZoneIds, _result.Values);
        return w.BaseStream.Length;
    }

    /// <summary>Baseline: the CLI's writing before issue 15.4 (an interpolated string per line into a StringWriter, then one
    /// string to the file).</summary>
    [Benchmark]
    public long WriteStringPerLine()
    {
        var sb = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        sb.WriteLine("id,value");
        var ids = _costs.ZoneIds;
        for (int i = 0; i < ids.Count; i++) sb.WriteLine($"{Text.Csv.Field(ids[i])},{Text.Invariant.Number(_result[i])}");
        using var w = new StreamWriter(Stream.Null);
        w.Write(sb.ToString());
        return w.BaseStream.Length;
    }

    [Benchmark]
    public long WholeJobGaussian()
    {
        var z = ReadDemand();
        var s = ReadSupply();
        var c = TravelCosts.FromCoordinates(z.Ids, z.X, z.Y, s.Ids, s.X, s.Y, CoordinateSystem.Planar, 30);
        var r = Accessibility.TwoStep(c, z.Values, s.Values, DecayFunction.Gaussian(10), new AccessOptions(30));
        using var w = new StreamWriter(Stream.Null);
        AccessCsv.WriteValues(w, c.ZoneIds, r.Values);
        return c.PairCount;
    }

    /// <summary><c>access-phases DIR [RUNS]</c>: each phase RUNS times (default 15) after a warm-up, median and minimum in ms.</summary>
    public static int RunPhases(string[] args)
    {
        Environment.SetEnvironmentVariable("WHOLEJOB_DATA", args[0]);
        int runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
        var b = new AccessWholeJobBenchmarks();
        b.Setup();
        var phases = new (string Name, Action Run)[]
        {
            ("read demand, general path", () => b.ReadDemandGeneral()),
            ("read demand (50,000 points)", () => b.ReadDemand()),
            ("read supply (1,000 points)", () => b.ReadSupply()),
            ("build matrix (radius 30)", () => b.Build()),
            ("2SFCA binary kernel", () => b.Binary()),
            ("2SFCA Gaussian kernel", () => b.Gaussian()),
            ("write 50,000 rows (string per line)", () => b.WriteStringPerLine()),
            ("write 50,000 rows", () => b.Write()),
            ("whole job Gaussian", () => b.WholeJobGaussian()),
        };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pairs {b._costs.PairCount}, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        foreach (var (name, run) in phases)
        {
            run();
            var t = new double[runs];
            for (int k = 0; k < runs; k++)
            {
                var sw = Stopwatch.StartNew();
                run();
                t[k] = sw.Elapsed.TotalMilliseconds;
            }
            Array.Sort(t);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-32} median {t[runs / 2],8:F1} ms   min {t[0],8:F1} ms"));
        }
        return 0;
    }
}
