using System.Globalization;
using MathNet.Numerics.Distributions;
using NodaTime;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Indicators;

/// <summary>A fitted linear trend of one indicator in one space (<em>linearer Trend</em>).</summary>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct LinearTrend : IEquatable<LinearTrend>
{
    internal LinearTrend(int n, double slope, double intercept, double standardError, double lower, double upper, double level)
    {
        Count = n;
        Slope = slope;
        Intercept = intercept;
        StandardError = standardError;
        SlopeLower = lower;
        SlopeUpper = upper;
        Level = level;
    }

    /// <summary>Number of periods with a value used in the fit.</summary>
    public int Count { get; }

    /// <summary>Slope b in indicator units per year (ordinary least squares).</summary>
    public double Slope { get; }

    /// <summary>Intercept: fitted value at the first period of the panel.</summary>
    public double Intercept { get; }

    /// <summary>Standard error of the slope, √(Σe²/(n−2) / Σ(t−t̄)²); NaN when n &lt; 3.</summary>
    public double StandardError { get; }

    /// <summary>Lower bound of the slope's confidence interval, b − t_{1−α/2, n−2}·SE; NaN when n &lt; 3.</summary>
    public double SlopeLower { get; }

    /// <summary>Upper bound of the slope's confidence interval; NaN when n &lt; 3.</summary>
    public double SlopeUpper { get; }

    /// <summary>Confidence level of the interval (e.g. 0.95).</summary>
    public double Level { get; }

    /// <summary>Whether an interval exists (n ≥ 3).</summary>
    public bool HasInterval => Count >= 3 && double.IsFinite(StandardError);

    /// <summary>Whether the interval excludes 0 (a significant trend at the chosen level).</summary>
    public bool IsSignificant => HasInterval && (SlopeLower > 0 || SlopeUpper < 0);

    /// <inheritdoc />
    public bool Equals(LinearTrend other) => Count == other.Count && Slope.Equals(other.Slope) && Intercept.Equals(other.Intercept)
        && StandardError.Equals(other.StandardError) && Level.Equals(other.Level);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LinearTrend t && Equals(t);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Count, Slope, Intercept, StandardError);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(LinearTrend left, LinearTrend right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(LinearTrend left, LinearTrend right) => !left.Equals(right);

    /// <summary>E.g. <c>+0.42/yr [0.10, 0.74] (n = 5)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => HasInterval
        ? string.Create(CultureInfo.InvariantCulture, $"{Slope:+0.###;-0.###;0}/yr [{SlopeLower:0.###}, {SlopeUpper:0.###}] (n = {Count})")
        : string.Create(CultureInfo.InvariantCulture, $"{Slope:+0.###;-0.###;0}/yr (n = {Count}, no interval)");
}
