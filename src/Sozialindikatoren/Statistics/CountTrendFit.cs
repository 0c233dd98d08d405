using System.Globalization;
using MathNet.Numerics.Distributions;

namespace Sozialindikatoren.Statistics;

/// <summary>The distribution family of a count trend (<em>Verteilungsannahme der Trendregression</em>).</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum CountFamily
{
    /// <summary>Binomial counts x of n trials with logit link: logit p(t) = α + β·t. For shares (<em>Anteile</em>) whose
    /// numerator is part of the denominator; e<sup>β</sup> is the odds ratio per year.</summary>
    Binomial = 0,
    /// <summary>Poisson counts with log link and offset log n: log E[x(t)] = log n(t) + α + β·t. For rates
    /// (<em>Raten</em>, e.g. cases per 1,000); e<sup>β</sup> is the rate ratio per year.</summary>
    Poisson = 1,
}

/// <summary>How extra-binomial / extra-Poisson variation (<em>Überdispersion</em>) enters the slope's uncertainty.</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum DispersionHandling
{
    /// <summary>Pure binomial/Poisson sampling error: φ = 1, normal quantiles (R: <c>glm(family = poisson)</c>).</summary>
    None = 0,
    /// <summary>Quasi-likelihood: φ̂ = Pearson χ²/(n − 2), SE × √φ̂, Student-t quantiles with n − 2 degrees of freedom
    /// (R: <c>family = quasipoisson</c> / <c>quasibinomial</c>); φ̂ &lt; 1 narrows the interval.</summary>
    Quasi = 1,
    /// <summary>As <see cref="Quasi"/> but with φ = max(1, φ̂): never narrower than the sampling error alone (the default).</summary>
    QuasiAtLeastOne = 2,
}

/// <summary>
/// A fitted trend of counts over time (<em>Trend der Fallzahlen</em>): the slope β of a binomial (logit) or Poisson (log)
/// regression of counts on time in years, with a Wald confidence interval and a two-sided p-value.
/// </summary>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct CountTrendFit : IEquatable<CountTrendFit>
{
    internal CountTrendFit(CountFamily family, int count, double centre, double intercept, double slope, double standardError,
        double lower, double upper, double pValue, double dispersion, double degreesOfFreedom, int iterations, double level,
        double interceptVariance, double covariance)
    {
        InterceptVariance = interceptVariance;
        Covariance = covariance;
        Family = family;
        Count = count;
        Centre = centre;
        Intercept = intercept;
        Slope = slope;
        StandardError = standardError;
        SlopeLower = lower;
        SlopeUpper = upper;
        PValue = pValue;
        Dispersion = dispersion;
        DegreesOfFreedom = degreesOfFreedom;
        Iterations = iterations;
        Level = level;
    }

    /// <summary>The family.</summary>
    public CountFamily Family { get; }

    /// <summary>Number of periods used (those with a count and a positive denominator).</summary>
    public int Count { get; }

    /// <summary>The centre t̄ of time (mean of the used times, in years): the model is η = α + β·(t − t̄).</summary>
    public double Centre { get; }

    /// <summary>α: the linear predictor at t̄ (log rate per unit of denominator, or log-odds).</summary>
    public double Intercept { get; }

    /// <summary>β: change of the log rate (Poisson) or log-odds (binomial) per year.</summary>
    public double Slope { get; }

    /// <summary>Standard error of β, √(φ·[(XᵀWX)⁻¹]₁₁).</summary>
    public double StandardError { get; }

    /// <summary>Lower bound of β's Wald interval, β − q·SE (q normal or Student-t, see <see cref="DegreesOfFreedom"/>).</summary>
    public double SlopeLower { get; }

    /// <summary>Upper bound of β's Wald interval.</summary>
    public double SlopeUpper { get; }

    /// <summary>Two-sided p-value of H₀: β = 0, from the same reference distribution as the interval.</summary>
    public double PValue { get; }

    /// <summary>The dispersion φ used (1 for <see cref="DispersionHandling.None"/> and for fewer than 3 periods).</summary>
    public double Dispersion { get; }

    /// <summary>Degrees of freedom of the Student-t reference distribution, or +∞ when the normal distribution is used.</summary>
    public double DegreesOfFreedom { get; }

    /// <summary>IRLS iterations to convergence.</summary>
    public int Iterations { get; }

    /// <summary>The confidence level of the interval, e.g. 0.95.</summary>
    public double Level { get; }

    /// <summary>Var(α̂) = φ·S₁₁/(S₀₀S₁₁ − S₀₁²).</summary>
    internal double InterceptVariance { get; }

    /// <summary>Cov(α̂, β̂) = −φ·S₀₁/(S₀₀S₁₁ − S₀₁²).</summary>
    internal double Covariance { get; }

    /// <summary>Variance of the linear predictor α̂ + β̂(t − t̄) at time t (φ included).</summary>
    /// <param name="time">Time in years.</param>
    /// <returns>The variance.</returns>
    internal double PredictorVariance(double time)
    {
        var d = time - Centre;
        return InterceptVariance + d * d * StandardError * StandardError + 2 * d * Covariance;
    }

    /// <summary>The fitted probability (binomial) or rate per unit of denominator (Poisson) at time t.</summary>
    /// <param name="time">Time in years (same origin as the fit's input).</param>
    /// <returns>p(t) or λ(t) (not scaled).</returns>
    public double FittedAt(double time)
    {
        var eta = Intercept + Slope * (time - Centre);
        return Family == CountFamily.Poisson ? Math.Exp(eta) : 1 / (1 + Math.Exp(-eta));
    }

    /// <summary>The slope interval at another confidence level (same SE and reference distribution).</summary>
    /// <param name="level">The level.</param>
    /// <returns>(lower, upper).</returns>
    public (double Lower, double Upper) IntervalAt(ConfidenceLevel level)
    {
        level.EnsureValid(nameof(level));
        var q = CountTrend.Quantile(level, DegreesOfFreedom);
        return (Slope - q * StandardError, Slope + q * StandardError);
    }

    /// <inheritdoc />
    public bool Equals(CountTrendFit other) => Family == other.Family && Count == other.Count && Slope.Equals(other.Slope)
        && Intercept.Equals(other.Intercept) && StandardError.Equals(other.StandardError) && Level.Equals(other.Level);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CountTrendFit f && Equals(f);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Family, Count, Slope, Intercept, StandardError);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(CountTrendFit left, CountTrendFit right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(CountTrendFit left, CountTrendFit right) => !left.Equals(right);

    /// <summary>E.g. <c>poisson β = 0.0693/yr [0.031, 0.108], p = 0.0004, φ = 1.3 (n = 6)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Family.ToString().ToLowerInvariant()} β = {Slope:0.####}/yr [{SlopeLower:0.####}, {SlopeUpper:0.####}], p = {PValue:0.####}, φ = {Dispersion:0.##} (n = {Count})");
}
