using BenchmarkDotNet.Attributes;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Benchmarks;

/// <summary>
/// Exact (Garwood) Poisson intervals: 1,000,000 per call with the library (times are per interval, OperationsPerInvoke),
/// against the previous algorithm (MathNet below shape 50, Newton steps on Poisson tail sums above) on the first
/// 100,000 rows of the same data, which would take half a minute for all 1,000,000.
/// </summary>
[MemoryDiagnoser]
public class StatisticsExactPoissonBenchmarks
{
    private const int N = 1_000_000;
    private const int BaselineRows = 100_000;
    private long[] _mix = [];
    private long[] _large = [];
    private double[] _denominators = [];
    private double[] _values = [];
    private double[] _lower = [];
    private double[] _upper = [];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        _mix = new long[N];
        _large = new long[N];
        _denominators = new double[N];
        for (var i = 0; i < N; i++)
        {
            // Small-area mix (as StatisticsIntervalBenchmarks): a third below 10 events, the rest 10–5,000.
            _denominators[i] = rng.Next(5_000, 200_000);
            _mix[i] = rng.NextDouble() < 0.33 ? rng.Next(0, 10) : rng.Next(10, 5_000);
            // Counts 10 to 10^9, log-uniform: no count is small enough for the per-call cache of 0–9.
            _large[i] = (long)Math.Pow(10, 1 + 8 * rng.NextDouble());
        }
        _values = new double[N];
        _lower = new double[N];
        _upper = new double[N];
    }

    /// <summary>Baseline: the previous gamma quantile, row by row, first 100,000 rows of the mix.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = BaselineRows)]
    public double PreviousAlgorithmMix()
    {
        var level = ConfidenceLevel.Percent95;
        var a2 = level.Alpha / 2;
        double s = 0;
        for (var i = 0; i < BaselineRows; i++)
        {
            var x = _mix[i];
            var lo = x == 0 ? 0 : PreviousGammaQuantile.Inv(x, a2);
            s += PreviousGammaQuantile.Inv(x + 1.0, 1 - a2) - lo;
        }
        return s;
    }

    /// <summary><c>Rates.Intervals</c>, exact, 95 %, the small-area mix (limits of 0–9 computed once per call).</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public double ExactBatchMix()
    {
        Rates.Intervals(_mix, _denominators, IntervalMethod.ExactPoisson, ConfidenceLevel.Percent95, RateScale.Per1000, _values, _lower, _upper, []);
        return _upper[N - 1];
    }

    /// <summary><c>Rates.Intervals</c>, exact, 95 %, counts 10 to 10⁹.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public double ExactBatchLarge()
    {
        Rates.Intervals(_large, _denominators, IntervalMethod.ExactPoisson, ConfidenceLevel.Percent95, RateScale.Per1000, _values, _lower, _upper, []);
        return _upper[N - 1];
    }

    /// <summary><c>Rates.Intervals</c>, exact, 99.8 % (funnel limits), counts 10 to 10⁹.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public double ExactBatchLarge998()
    {
        Rates.Intervals(_large, _denominators, IntervalMethod.ExactPoisson, ConfidenceLevel.Percent998, RateScale.Per1000, _values, _lower, _upper, []);
        return _upper[N - 1];
    }
}

/// <summary>The gamma quantile before issue 15, kept as the benchmark baseline.</summary>
internal static class PreviousGammaQuantile
{
    public static double Inv(double shape, double p)
    {
        if (shape < 50 || shape != Math.Floor(shape)) return Gamma.InvCDF(shape, 1, p);
        var a = (long)shape;
        var upperTail = p > 0.5;
        var target = upperTail ? 1 - p : p;
        var z = Normal.InvCDF(0, 1, p);
        var c = 1 - 1 / (9 * shape) + z / (3 * Math.Sqrt(shape));
        var x = shape * c * c * c;
        if (!(x > 0)) x = shape * 0.5;
        double lo = 0, hi = double.PositiveInfinity;
        for (var iter = 0; iter < 100; iter++)
        {
            var (lower, upper) = Regularized(a, x);
            var f = upperTail ? target - upper : lower - target;
            if (f == 0) return x;
            if (f > 0) hi = x; else lo = x;
            var density = PoissonDensity(a - 1, x);
            var next = density > 0 ? x - f / density : double.NaN;
            if (!(next > lo && next < hi))
                next = double.IsPositiveInfinity(hi) ? x * 2 : (lo + hi) / 2;
            if (Math.Abs(next - x) <= 4e-16 * x) return next;
            x = next;
        }
        return x;
    }

    private static (double Lower, double Upper) Regularized(long a, double x)
    {
        if (a - 1 < x)
        {
            var q = Sum(a - 1, x, down: true);
            return (1 - q, q);
        }
        var pUp = Sum(a, x, down: false);
        return (pUp, 1 - pUp);
    }

    private static double Sum(long start, double x, bool down)
    {
        var t = PoissonDensity(start, x);
        double sum = 0;
        for (var j = start; j >= 0 && t > 0; j += down ? -1 : 1)
        {
            sum += t;
            if (t < 1e-18 * sum) break;
            t *= down ? j / x : x / (j + 1);
        }
        return sum;
    }

    private static double PoissonDensity(long k, double lambda)
    {
        if (k == 0) return Math.Exp(-lambda);
        double kk = k;
        return Math.Exp(-StirlingError(kk) - Bd0(kk, lambda)) / Math.Sqrt(2 * Math.PI * kk);
    }

    private static double StirlingError(double n)
    {
        const double s0 = 1.0 / 12, s1 = 1.0 / 360, s2 = 1.0 / 1260, s3 = 1.0 / 1680, s4 = 1.0 / 1188;
        if (n <= 15) return SpecialFunctions.GammaLn(n + 1) - (n + 0.5) * Math.Log(n) + n - 0.5 * 1.8378770664093454835606594728112;
        var nn = n * n;
        if (n > 500) return (s0 - s1 / nn) / n;
        if (n > 80) return (s0 - (s1 - s2 / nn) / nn) / n;
        if (n > 35) return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n;
        return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n;
    }

    private static double Bd0(double x, double m)
    {
        if (Math.Abs(x - m) < 0.1 * (x + m))
        {
            var v = (x - m) / (x + m);
            var s = (x - m) * v;
            var ej = 2 * x * v;
            var v2 = v * v;
            for (var j = 1; j < 1000; j++)
            {
                ej *= v2;
                var s1 = s + ej / (2 * j + 1);
                if (s1 == s) return s1;
                s = s1;
            }
            return s;
        }
        return x * Math.Log(x / m) + m - x;
    }
}
