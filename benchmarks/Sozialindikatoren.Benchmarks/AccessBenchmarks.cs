using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Sozialindikatoren.Access;

namespace Sozialindikatoren.Benchmarks;

/// <summary>
/// The benchmark B: 50,000 demand points × 1,000 sites uniform in 100 × 100 km (seed 42), cost = 1.2 ×
/// Euclidean km, radius 30 (about 7.9 million pairs), P in 50..4,999, S in 1..49. Each library call is compared with a
/// straightforward implementation over a long origin–destination list (what a first C# port of pysal's approach
/// looks like: one list of (origin, destination, cost) records, a weight delegate per pair, two passes).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AccessBenchmarks
{
    private const int Zones = 50_000, Sites = 1_000;
    private const double Radius = 30, Detour = 1.2;
    private string[] _zoneIds = [], _siteIds = [];
    private double[] _zx = [], _zy = [], _sx = [], _sy = [], _p = [], _s = [];
    private TravelCosts _costs = null!;
    private (int Origin, int Destination, double Cost)[] _list = [];
    private static readonly DecayFunction Steps = DecayFunction.LuoQi2009();
    private static readonly DecayFunction Gauss = DecayFunction.Gaussian(10);

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        _zoneIds = Enumerable.Range(0, Zones).Select(i => "z" + i).ToArray();
        _siteIds = Enumerable.Range(0, Sites).Select(j => "s" + j).ToArray();
        _zx = Enumerable.Range(0, Zones).Select(_ => rng.NextDouble() * 100).ToArray();
        _zy = Enumerable.Range(0, Zones).Select(_ => rng.NextDouble() * 100).ToArray();
        _sx = Enumerable.Range(0, Sites).Select(_ => rng.NextDouble() * 100).ToArray();
        _sy = Enumerable.Range(0, Sites).Select(_ => rng.NextDouble() * 100).ToArray();
        _p = Enumerable.Range(0, Zones).Select(_ => (double)rng.Next(50, 5000)).ToArray();
        _s = Enumerable.Range(0, Sites).Select(_ => (double)rng.Next(1, 50)).ToArray();
        _costs = TravelCosts.FromCoordinates(_zoneIds, _zx, _zy, _siteIds, _sx, _sy, CoordinateSystem.Planar, Radius, Detour);
        var list = new List<(int, int, double)>(_costs.PairCount);
        for (int i = 0; i < Zones; i++)
        {
            var sites = _costs.RowSites(i);
            var c = _costs.RowCosts(i);
            for (int k = 0; k < sites.Length; k++) list.Add((i, sites[k], c[k]));
        }
        _list = [.. list];
    }

    // ---- matrix build ------------------------------------------------------------------------------------------

    /// <summary>Baseline: every zone against every site (50 million distances), keeping those within the radius.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("build")]
    public int BuildAllPairsBaseline()
    {
        var list = new List<(int, int, double)>();
        for (int i = 0; i < Zones; i++)
        {
            for (int j = 0; j < Sites; j++)
            {
                double dx = _zx[i] - _sx[j], dy = _zy[i] - _sy[j];
                double t = Math.Sqrt(dx * dx + dy * dy) * Detour;
                if (t <= Radius) list.Add((i, j, t));
            }
        }
        return list.Count;
    }

    [Benchmark, BenchmarkCategory("build")]
    public int BuildTravelCosts() =>
        TravelCosts.FromCoordinates(_zoneIds, _zx, _zy, _siteIds, _sx, _sy, CoordinateSystem.Planar, Radius, Detour).PairCount;

    // ---- 2SFCA, E2SFCA, Gaussian -------------------------------------------------------------------------------

    [Benchmark(Baseline = true), BenchmarkCategory("2sfca")]
    public double TwoStepBinaryBaseline() => NaiveTwoStep(_ => 1.0)[0];

    [Benchmark, BenchmarkCategory("2sfca")]
    public double TwoStepBinary() => Accessibility.TwoStep(_costs, _p, _s, DecayFunction.Binary(), new AccessOptions(Radius))[0];

    [Benchmark(Baseline = true), BenchmarkCategory("e2sfca")]
    public double EnhancedBaseline() => NaiveTwoStep(t => t <= 10 ? 1 : t <= 20 ? 0.68 : t <= 30 ? 0.22 : 0)[0];

    [Benchmark, BenchmarkCategory("e2sfca")]
    public double Enhanced() => Accessibility.EnhancedTwoStep(_costs, _p, _s, Steps, new AccessOptions(Radius))[0];

    [Benchmark(Baseline = true), BenchmarkCategory("gaussian")]
    public double GaussianBaseline() => NaiveTwoStep(t => Math.Exp(-t * t / 200))[0];

    [Benchmark, BenchmarkCategory("gaussian")]
    public double Gaussian() => Accessibility.TwoStep(_costs, _p, _s, Gauss, new AccessOptions(Radius))[0];

    private double[] NaiveTwoStep(Func<double, double> f)
    {
        var d = new double[Sites];
        foreach (var (o, j, t) in _list) if (t <= Radius) d[j] += _p[o] * f(t);
        var a = new double[Zones];
        foreach (var (o, j, t) in _list) if (t <= Radius && d[j] > 0) a[o] += f(t) * _s[j] / d[j];
        return a;
    }
}

/// <summary>
/// Capacity-constrained allocation, 10,000 zones × 500 sites uniform in 100 × 100 km within radius 30 (cost = 1.2 ×
/// Euclidean km; about 780,000 pairs), P in 50..4,999 (seed 42). <c>Tight</c>: capacities scaled so that Σ S = 0.9 Σ P
/// (most demand can be served, sites compete); <c>Scarce</c>: S in 1..49 as in the benchmark A (Σ S ≪ Σ P).
/// The baseline is a textbook successive-shortest-path solver (Dijkstra with potentials, one augmenting path per
/// search) on a 1,000 × 50 instance of the same kind, where it still finishes; the network simplex runs on both.
/// </summary>
[MemoryDiagnoser]
public class AccessAllocationBenchmarks
{
    private TravelCosts _tight = null!, _scarce = null!, _small = null!;
    private double[] _p = [], _sTight = [], _sScarce = [], _pSmall = [], _sSmall = [];

    [GlobalSetup]
    public void Setup()
    {
        (_tight, _p, _sTight) = Make(10_000, 500, 42, tight: true);
        (_scarce, _, _sScarce) = Make(10_000, 500, 42, tight: false);
        (_small, _pSmall, _sSmall) = Make(1_000, 50, 7, tight: true);
    }

    private static (TravelCosts, double[], double[]) Make(int nz, int ns, int seed, bool tight)
    {
        var rng = new Random(seed);
        var zi = Enumerable.Range(0, nz).Select(i => "z" + i).ToArray();
        var si = Enumerable.Range(0, ns).Select(j => "s" + j).ToArray();
        var zx = Enumerable.Range(0, nz).Select(_ => rng.NextDouble() * 100).ToArray();
        var zy = Enumerable.Range(0, nz).Select(_ => rng.NextDouble() * 100).ToArray();
        var sx = Enumerable.Range(0, ns).Select(_ => rng.NextDouble() * 100).ToArray();
        var sy = Enumerable.Range(0, ns).Select(_ => rng.NextDouble() * 100).ToArray();
        var p = Enumerable.Range(0, nz).Select(_ => (double)rng.Next(50, 5000)).ToArray();
        var s = Enumerable.Range(0, ns).Select(_ => (double)rng.Next(1, 50)).ToArray();
        if (tight)
        {
            double f = 0.9 * p.Sum() / s.Sum();
            s = s.Select(x => Math.Round(x * f)).ToArray();
        }
        return (TravelCosts.FromCoordinates(zi, zx, zy, si, sx, sy, CoordinateSystem.Planar, 30, 1.2), p, s);
    }

    [Benchmark]
    public double Tight10kBy500() => CapacityAllocation.Allocate(_tight, _p, _sTight).TotalUnmet;

    [Benchmark]
    public double Scarce10kBy500() => CapacityAllocation.Allocate(_scarce, _p, _sScarce).TotalUnmet;

    [Benchmark(Baseline = true)]
    public double Small1kBy50SuccessiveShortestPathBaseline() => SuccessiveShortestPath(_small, _pSmall, _sSmall);

    [Benchmark]
    public double Small1kBy50() => CapacityAllocation.Allocate(_small, _pSmall, _sSmall).TotalUnmet;

    /// <summary>Min-cost max-flow by successive shortest paths (Dijkstra on reduced costs); returns the unmet demand.</summary>
    private static double SuccessiveShortestPath(TravelCosts costs, double[] p, double[] s)
    {
        int nz = costs.ZoneCount, ns = costs.SiteCount, src = nz + ns, snk = src + 1, n = snk + 1;
        var to = new List<int>();
        var cap = new List<double>();
        var cost = new List<double>();
        var adj = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        void Arc(int u, int v, double c, double w)
        {
            adj[u].Add(to.Count); to.Add(v); cap.Add(c); cost.Add(w);
            adj[v].Add(to.Count); to.Add(u); cap.Add(0); cost.Add(-w);
        }
        for (int i = 0; i < nz; i++) Arc(src, i, p[i], 0);
        for (int j = 0; j < ns; j++) Arc(nz + j, snk, s[j], 0);
        for (int i = 0; i < nz; i++)
        {
            var sites = costs.RowSites(i);
            var c = costs.RowCosts(i);
            for (int k = 0; k < sites.Length; k++) Arc(i, nz + sites[k], double.PositiveInfinity, c[k]);
        }
        var pi = new double[n];
        var dist = new double[n];
        var prevArc = new int[n];
        double flow = 0;
        while (true)
        {
            Array.Fill(dist, double.PositiveInfinity);
            Array.Fill(prevArc, -1);
            dist[src] = 0;
            var pq = new PriorityQueue<int, double>();
            pq.Enqueue(src, 0);
            while (pq.TryDequeue(out int u, out double du))
            {
                if (du > dist[u]) continue;
                foreach (int e in adj[u])
                {
                    if (cap[e] <= 1e-12) continue;
                    int v = to[e];
                    double nd = du + cost[e] + pi[u] - pi[v];
                    if (nd < dist[v] - 1e-12) { dist[v] = nd; prevArc[v] = e; pq.Enqueue(v, nd); }
                }
            }
            if (double.IsPositiveInfinity(dist[snk])) break;
            for (int v = 0; v < n; v++) if (!double.IsPositiveInfinity(dist[v])) pi[v] += dist[v];
            double b = double.PositiveInfinity;
            for (int v = snk; v != src; v = to[prevArc[v] ^ 1]) b = Math.Min(b, cap[prevArc[v]]);
            for (int v = snk; v != src; v = to[prevArc[v] ^ 1]) { cap[prevArc[v]] -= b; cap[prevArc[v] ^ 1] += b; }
            flow += b;
        }
        return p.Sum() - flow;
    }
}
