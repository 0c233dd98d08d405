using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Sozialindikatoren.Statistics;

/// <summary>
/// Quantiles of the gamma distribution with rate 1 (χ²_{p; 2a}/2) for the exact Poisson limits, accurate at large shapes.
/// </summary>
/// <remarks>
/// <para>MathNet.Numerics 5.0.0's <c>Gamma.InvCDF</c> is accurate for small shapes (≤ 1e-13 relative against R's qchisq
/// in the rates fixture) but its Newton iteration can step to a negative argument at large shapes (shape 64,910 at
/// p = 0.001 throws), and its incomplete gamma function loses about 1e-9 relative at shapes of a few million.</para>
/// <para>Here: shapes below 50 use MathNet. Larger (integer) shapes use the identity Q(a, x) = P(N ≤ a − 1) for
/// N ~ Poisson(x): the smaller tail is summed from its start outward with Loader's saddle-point Poisson density
/// (stirlerr and bd0, as in R's dpois), accurate to about 1e-14 relative. The quantile starts at the Wilson–Hilferty
/// value and is refined by safeguarded Newton steps (bisection inside a bracket when a step leaves it).</para>
/// </remarks>
internal static class GammaQuantile
{
    private const double Ln2Pi = 1.8378770664093454835606594728112;

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
            // f increases with x: P(a, x) − p, or (1 − p) − Q(a, x).
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

    /// <summary>(P(a, x), Q(a, x)) for an integer shape a ≥ 1 via Poisson tail sums.</summary>
    internal static (double Lower, double Upper) Regularized(long a, double x)
    {
        if (a - 1 < x)
        {
            // Q = P(N ≤ a − 1): terms decrease downward from j = a − 1.
            var q = SumDown(a - 1, x);
            return (1 - q, q);
        }
        var pUp = SumUp(a, x);
        return (pUp, 1 - pUp);
    }

    private static double SumDown(long start, double x)
    {
        var t = PoissonDensity(start, x);
        double sum = 0;
        for (var j = start; j >= 0 && t > 0; j--)
        {
            sum += t;
            if (t < 1e-18 * sum) break;
            t *= j / x;
        }
        return sum;
    }

    private static double SumUp(long start, double x)
    {
        var t = PoissonDensity(start, x);
        double sum = 0;
        for (var j = start; t > 0; j++)
        {
            sum += t;
            if (t < 1e-18 * sum) break;
            t *= x / (j + 1);
        }
        return sum;
    }

    /// <summary>Poisson probability P(N = k), N ~ Poisson(λ), by Loader (2000): exp(−stirlerr(k) − bd0(k, λ)) / √(2πk).</summary>
    internal static double PoissonDensity(long k, double lambda)
    {
        if (k == 0) return Math.Exp(-lambda);
        double kk = k;
        return Math.Exp(-StirlingError(kk) - Bd0(kk, lambda)) / Math.Sqrt(2 * Math.PI * kk);
    }

    /// <summary>ln Γ(n+1) − (n + ½) ln n + n − ½ ln(2π).</summary>
    private static double StirlingError(double n)
    {
        const double s0 = 1.0 / 12, s1 = 1.0 / 360, s2 = 1.0 / 1260, s3 = 1.0 / 1680, s4 = 1.0 / 1188;
        if (n <= 15) return SpecialFunctions.GammaLn(n + 1) - (n + 0.5) * Math.Log(n) + n - 0.5 * Ln2Pi;
        var nn = n * n;
        if (n > 500) return (s0 - s1 / nn) / n;
        if (n > 80) return (s0 - (s1 - s2 / nn) / nn) / n;
        if (n > 35) return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n;
        return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n;
    }

    /// <summary>x ln(x/m) + m − x, computed without cancellation when x ≈ m.</summary>
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
