using System.Globalization;
using NodaTime;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Monitoring;

/// <summary>The direction of a trend judged against its interval and the minimum relevant change (<em>Trendrichtung</em>).</summary>
/// <remarks>Codes (CSV): <c>rising</c>, <c>falling</c>, <c>stable</c>, <c>uncertain</c>, <c>insufficient</c>.</remarks>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum TrendDirection
{
    /// <summary>Too few periods or no fit (<em>zu wenige Werte</em>).</summary>
    Insufficient = 0,
    /// <summary>The interval reaches both into the relevant range and below it (<em>unklar</em>): noise cannot be ruled out.</summary>
    Uncertain = 1,
    /// <summary>The whole interval lies within ± the minimum relevant change (<em>stabil</em>), even when it excludes 0.</summary>
    Stable = 2,
    /// <summary>The whole interval lies above + the minimum relevant change (<em>steigend</em>).</summary>
    Rising = 3,
    /// <summary>The whole interval lies below − the minimum relevant change (<em>fallend</em>).</summary>
    Falling = 4,
}

/// <summary>How a trend was estimated.</summary>
/// <remarks>Codes: <c>glm_binomial</c>, <c>glm_poisson</c>, <c>ols</c>.</remarks>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum TrendMethod
{
    /// <summary>Binomial (logit) regression of the counts on time (<see cref="CountTrend"/>), for shares in %.</summary>
    Binomial = 0,
    /// <summary>Poisson (log) regression with the denominator as offset (<see cref="CountTrend"/>), for other rates.</summary>
    Poisson = 1,
    /// <summary>Ordinary least squares of the values on time (<see cref="Indicators.IndicatorTrend"/>), for direct values without a denominator.</summary>
    LeastSquares = 2,
}

/// <summary>The certainty of an early-warning flag (<em>Sicherheit</em>).</summary>
/// <remarks>Codes (CSV): <c>medium</c>, <c>high</c>, <c>reported</c>.</remarks>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum WarningCertainty
{
    /// <summary>The rule holds beyond the intervals at <see cref="MonitoringOptions.Level"/> (default 95 %), not at the high level.</summary>
    Medium = 0,
    /// <summary>The rule also holds at <see cref="MonitoringOptions.HighCertaintyLevel"/> (default 99 %).</summary>
    High = 1,
    /// <summary>Reported by the source (a value flagged as a series break), not inferred.</summary>
    Reported = 2,
}

/// <summary>Codes of the monitoring enums.</summary>
/// <threadsafety>Pure functions; thread-safe.</threadsafety>
public static class MonitoringCodes
{
    /// <summary>The code of a direction.</summary>
    /// <param name="direction">The direction.</param>
    /// <returns><c>rising</c>, <c>falling</c>, <c>stable</c>, <c>uncertain</c> or <c>insufficient</c>.</returns>
    public static string ToCode(this TrendDirection direction) => direction switch
    {
        TrendDirection.Insufficient => "insufficient",
        TrendDirection.Uncertain => "uncertain",
        TrendDirection.Stable => "stable",
        TrendDirection.Rising => "rising",
        TrendDirection.Falling => "falling",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "direction: unknown value."),
    };

    /// <summary>The code of a method.</summary>
    /// <param name="method">The method.</param>
    /// <returns><c>glm_binomial</c>, <c>glm_poisson</c> or <c>ols</c>.</returns>
    public static string ToCode(this TrendMethod method) => method switch
    {
        TrendMethod.Binomial => "glm_binomial",
        TrendMethod.Poisson => "glm_poisson",
        TrendMethod.LeastSquares => "ols",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "method: unknown value."),
    };

    /// <summary>The code of a certainty.</summary>
    /// <param name="certainty">The certainty.</param>
    /// <returns><c>medium</c>, <c>high</c> or <c>reported</c>.</returns>
    public static string ToCode(this WarningCertainty certainty) => certainty switch
    {
        WarningCertainty.Medium => "medium",
        WarningCertainty.High => "high",
        WarningCertainty.Reported => "reported",
        _ => throw new ArgumentOutOfRangeException(nameof(certainty), certainty, "certainty: unknown value."),
    };
}
