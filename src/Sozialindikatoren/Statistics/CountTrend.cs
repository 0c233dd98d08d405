using System.Globalization;
using MathNet.Numerics.Distributions;

namespace Sozialindikatoren.Statistics;

/// <summary>
/// Binomial and Poisson regression of counts on time (<em>GLM-Trendschätzung</em>), fitted by iteratively reweighted
/// least squares (IRLS, Fisher scoring), so that a trend's significance reflects each value's sampling error: a small
/// space with few cases gets a wide interval, a large space a narrow one.
/// </summary>
/// <remarks>
/// <para><b>Model.</b> Binomial: x_t ~ Bin(n_t, p_t), logit p_t = α + β(t − t̄). Poisson: x_t ~ Poi(n_t λ_t),
/// log λ_t = α + β(t − t̄) (offset log n_t). t̄ = mean of the used times (centring makes α and β nearly uncorrelated
/// and the iteration stable; β does not depend on it).</para>
/// <para><b>IRLS</b> (McCullagh &amp; Nelder 1989, §2.5; R's <c>glm.fit</c>): start at β = 0, α = link(Σx/Σn); repeat
/// μ_t = n_t·g⁻¹(η_t), working weights w_t = μ_t (Poisson) or n_t p_t(1 − p_t) (binomial), working response
/// z_t = η_t + (x_t − μ_t)/w_t (η without offset), solve the weighted least-squares 2 × 2 system for (α, β); stop when
/// the deviance changes by less than 1e-10·(|D| + 0.1) or the parameters by less than 1e-12·(1 + |α|) (the deviance of
/// an exact fit is rounding noise; at most 100 iterations).</para>
/// <para><b>Uncertainty.</b> Var(β̂) = φ·[(XᵀWX)⁻¹]₁₁ = φ·S₀₀/(S₀₀S₁₁ − S₀₁²) with S₀₀ = Σw, S₀₁ = Σw(t − t̄),
/// S₁₁ = Σw(t − t̄)². Pearson χ² = Σ(x − μ)²/V(μ), V = μ (Poisson) or n p(1 − p) (binomial); φ̂ = χ²/(n − 2)
/// (quasi-likelihood, Wedderburn 1974; McCullagh &amp; Nelder §9.2). With <see cref="DispersionHandling.None"/> or fewer
/// than 3 periods φ = 1 and the normal quantile is used; otherwise Student-t with n − 2 degrees of freedom (as R's
/// <c>summary.glm</c> for estimated dispersion). Interval β ± q·SE (Wald); p = 2·(1 − F(|β|/SE)).</para>
/// <para><b>Inputs.</b> Periods whose count or denominator is NaN, or whose denominator is ≤ 0, are skipped. No fit
/// (null) with fewer than 2 usable periods, no spread in time, a total count of 0 (or, binomial, all counts equal to
/// their denominators: the MLE of β is not finite), or when the iteration does not converge.</para>
/// </remarks>
/// <threadsafety>Pure static functions; thread-safe.</threadsafety>
public static class CountTrend
{
    private const int MaxIterations = 100;

    /// <summary>Fits the trend of one series of counts.</summary>
    /// <param name="years">Time of each period in years (any origin).</param>
    /// <param name="counts">Counts x_t ≥ 0 (NaN = missing, skipped); need not be integers (e.g. estimated counts).</param>
    /// <param name="denominators">Denominators n_t &gt; 0 (trials or population at risk); binomial needs x_t ≤ n_t.</param>
    /// <param name="family">Binomial (shares) or Poisson (rates).</param>
    /// <param name="level">Confidence level of the slope interval.</param>
    /// <param name="dispersion">How overdispersion is handled (default φ = max(1, φ̂)).</param>
    /// <returns>The fit, or null (see remarks).</returns>
    /// <exception cref="ArgumentException">Span lengths differ, a count is negative, or (binomial) a count exceeds its denominator.</exception>
    public static CountTrendFit? Fit(ReadOnlySpan<double> years, ReadOnlySpan<double> counts, ReadOnlySpan<double> denominators,
        CountFamily family, ConfidenceLevel level, DispersionHandling dispersion = DispersionHandling.QuasiAtLeastOne)
    {
        level.EnsureValid(nameof(level));
        if (counts.Length != years.Length || denominators.Length != years.Length)
            throw new ArgumentException("counts, denominators: must have the length of years.", nameof(counts));
        if (!Enum.IsDefined(family)) throw new ArgumentOutOfRangeException(nameof(family), family, "family: unknown count family.");
        if (!Enum.IsDefined(dispersion)) throw new ArgumentOutOfRangeException(nameof(dispersion), dispersion, "dispersion: unknown handling.");
        var m = years.Length;
        var t = new double[m];
        var x = new double[m];
        var n = new double[m];
        var k = 0;
        double sx = 0, sn = 0, st = 0;
        for (var i = 0; i < m; i++)
        {
            if (double.IsNaN(counts[i]) || double.IsNaN(denominators[i]) || !(denominators[i] > 0) || !double.IsFinite(years[i])) continue;
            if (counts[i] < 0 || !double.IsFinite(counts[i]))
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"counts[{i}]: a count must be finite and >= 0, was {counts[i]:R}."), nameof(counts));
            if (family == CountFamily.Binomial && counts[i] > denominators[i])
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"counts[{i}]: a binomial count must not exceed its denominator, was {counts[i]:R} > {denominators[i]:R}."), nameof(counts));
            t[k] = years[i];
            x[k] = counts[i];
            n[k] = denominators[i];
            sx += x[k];
            sn += n[k];
            st += t[k];
            k++;
        }
        if (k < 2 || !(sx > 0) || (family == CountFamily.Binomial && sx >= sn)) return null;
        var centre = st / k;
        double spread = 0;
        for (var i = 0; i < k; i++)
        {
            t[i] -= centre;
            spread += t[i] * t[i];
        }
        if (!(spread > 0)) return null;

        var p0 = sx / sn;
        double a = family == CountFamily.Poisson ? Math.Log(p0) : Math.Log(p0 / (1 - p0));
        double b = 0;
        var deviance = Deviance(family, x, n, t, k, a, b);
        var iterations = 0;
        var converged = false;
        double s00 = 0, s01 = 0, s11 = 0;
        while (iterations < MaxIterations)
        {
            iterations++;
            s00 = s01 = s11 = 0;
            double r0 = 0, r1 = 0;
            for (var i = 0; i < k; i++)
            {
                var eta = a + b * t[i];
                var (mu, w) = MeanAndWeight(family, eta, n[i]);
                if (!(w > 0)) w = 1e-300;
                var z = eta + (x[i] - mu) / w;
                s00 += w;
                s01 += w * t[i];
                s11 += w * t[i] * t[i];
                r0 += w * z;
                r1 += w * t[i] * z;
            }
            var det = s00 * s11 - s01 * s01;
            if (!(det > 0) || !double.IsFinite(det)) return null;
            var na = (s11 * r0 - s01 * r1) / det;
            var nb = (s00 * r1 - s01 * r0) / det;
            if (!double.IsFinite(na) || !double.IsFinite(nb)) return null;
            var step = Math.Abs(na - a) + Math.Abs(nb - b);
            a = na;
            b = nb;
            var d = Deviance(family, x, n, t, k, a, b);
            if (Math.Abs(d - deviance) < 1e-10 * (Math.Abs(d) + 0.1) || step < 1e-12 * (1 + Math.Abs(a)))
            {
                deviance = d;
                converged = true;
                break;
            }
            deviance = d;
        }
        if (!converged) return null;

        // Information at the solution and Pearson χ².
        s00 = s01 = s11 = 0;
        double pearson = 0;
        for (var i = 0; i < k; i++)
        {
            var (mu, w) = MeanAndWeight(family, a + b * t[i], n[i]);
            s00 += w;
            s01 += w * t[i];
            s11 += w * t[i] * t[i];
            if (w > 0) pearson += (x[i] - mu) * (x[i] - mu) / w;
        }
        var information = s00 * s11 - s01 * s01;
        if (!(information > 0)) return null;
        var phi = 1.0;
        var df = double.PositiveInfinity;
        if (dispersion != DispersionHandling.None && k >= 3)
        {
            df = k - 2;
            phi = pearson / df;
            if (dispersion == DispersionHandling.QuasiAtLeastOne) phi = Math.Max(1, phi);
        }
        var se = Math.Sqrt(phi * s00 / information);
        var q = Quantile(level, df);
        var stat = Math.Abs(b) / se;
        var pValue = double.IsPositiveInfinity(df) ? 2 * (1 - Normal.CDF(0, 1, stat)) : 2 * (1 - StudentT.CDF(0, 1, df, stat));
        if (se == 0) pValue = b == 0 ? 1 : 0;
        return new CountTrendFit(family, k, centre, a, b, se, b - q * se, b + q * se, Math.Clamp(pValue, 0, 1), phi, df, iterations, level.Level,
            phi * s11 / information, -phi * s01 / information);
    }

    internal static double Quantile(ConfidenceLevel level, double df) =>
        double.IsPositiveInfinity(df) ? level.Z : StudentT.InvCDF(0, 1, df, 1 - level.Alpha / 2);

    private static (double Mean, double Weight) MeanAndWeight(CountFamily family, double eta, double n)
    {
        if (family == CountFamily.Poisson)
        {
            var mu = n * Math.Exp(eta);
            return (mu, mu);
        }
        var p = 1 / (1 + Math.Exp(-eta));
        return (n * p, n * p * (1 - p));
    }

    private static double Deviance(CountFamily family, double[] x, double[] n, double[] t, int k, double a, double b)
    {
        double d = 0;
        for (var i = 0; i < k; i++)
        {
            var (mu, _) = MeanAndWeight(family, a + b * t[i], n[i]);
            d += family == CountFamily.Poisson
                ? 2 * (XLogXOverY(x[i], mu) - (x[i] - mu))
                : 2 * (XLogXOverY(x[i], mu) + XLogXOverY(n[i] - x[i], n[i] - mu));
        }
        return d;
    }

    private static double XLogXOverY(double x, double y) => x > 0 ? x * Math.Log(x / y) : 0;
}
