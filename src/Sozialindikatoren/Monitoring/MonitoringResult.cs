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

/// <summary>One value of a time series with its sampling interval (<em>Zeitreihenwert</em>).</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class SeriesPoint
{
    internal SeriesPoint(string seriesId, SpaceId? space, ReferenceArea? area, string indicatorId, LocalDate period, Observation value,
        double lower, double upper, double count, double denominator)
    {
        SeriesId = seriesId;
        Space = space;
        Area = area;
        IndicatorId = indicatorId;
        Period = period;
        Value = value;
        Lower = lower;
        Upper = upper;
        Count = count;
        Denominator = denominator;
    }

    /// <summary>The series id as written to CSV: the space id, or <c>nrw</c> / <c>de</c> for a reference value.</summary>
    public string SeriesId { get; }

    /// <summary>The space, or null for an NRW/Germany reference value.</summary>
    public SpaceId? Space { get; }

    /// <summary>The reference area when this is a reference (county, NRW, Germany), else null.</summary>
    public ReferenceArea? Area { get; }

    /// <summary>The indicator.</summary>
    public string IndicatorId { get; }

    /// <summary>The reference date.</summary>
    public LocalDate Period { get; }

    /// <summary>The value in the indicator's scale, with status.</summary>
    public Observation Value { get; }

    /// <summary>Lower bound of the sampling interval (Wilson for shares, exact/Byar Poisson for rates), in the
    /// indicator's scale; NaN when there is none (direct values, reference values, no number).</summary>
    public double Lower { get; }

    /// <summary>Upper bound of the sampling interval; NaN when there is none.</summary>
    public double Upper { get; }

    /// <summary>The count behind the value, or NaN.</summary>
    public double Count { get; }

    /// <summary>The denominator behind the value, or NaN.</summary>
    public double Denominator { get; }

    /// <summary>Whether a sampling interval exists.</summary>
    public bool HasInterval => !double.IsNaN(Lower) && !double.IsNaN(Upper);

    /// <summary>E.g. <c>05970040 sgb2_quote 2024-12-31: 10.1 [9.9, 10.3]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{SeriesId} {IndicatorId} {Period:yyyy-MM-dd}: {Value}{(HasInterval ? $" [{Lower:0.###}, {Upper:0.###}]" : "")}");
}

/// <summary>The change and trend of one indicator in one space over one window (<em>Veränderung und Trend</em>).</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class TrendRow
{
    internal TrendRow(SpaceId space, string indicatorId, LocalDate from, LocalDate to, int periods, Observation change, TrendMethod method,
        double slope, double slopeLower, double slopeUpper, double pValue, double minimumChange, double dispersion, TrendDirection direction, bool isReference)
    {
        Space = space;
        IndicatorId = indicatorId;
        From = from;
        To = to;
        Periods = periods;
        Change = change;
        Method = method;
        Slope = slope;
        SlopeLower = slopeLower;
        SlopeUpper = slopeUpper;
        PValue = pValue;
        MinimumChangePerYear = minimumChange;
        Dispersion = dispersion;
        Direction = direction;
        IsReference = isReference;
    }

    /// <summary>The space.</summary>
    public SpaceId Space { get; }

    /// <summary>The indicator.</summary>
    public string IndicatorId { get; }

    /// <summary>First period of the window.</summary>
    public LocalDate From { get; }

    /// <summary>Last period of the window.</summary>
    public LocalDate To { get; }

    /// <summary>Periods with a value in the window (used in the fit).</summary>
    public int Periods { get; }

    /// <summary>Change value(To) − value(From) in the indicator's units (percentage points for shares in %), with status.</summary>
    public Observation Change { get; }

    /// <summary>How the trend was estimated.</summary>
    public TrendMethod Method { get; }

    /// <summary>Slope in the indicator's units per year at the window's centre: β·dμ/dη (GLM) or the OLS slope; NaN without a fit.</summary>
    public double Slope { get; }

    /// <summary>Lower bound of the slope interval (indicator units per year); NaN without an interval.</summary>
    public double SlopeLower { get; }

    /// <summary>Upper bound of the slope interval; NaN without an interval.</summary>
    public double SlopeUpper { get; }

    /// <summary>Two-sided p-value of "no trend"; NaN without an interval.</summary>
    public double PValue { get; }

    /// <summary>The minimum relevant change per year used (indicator units).</summary>
    public double MinimumChangePerYear { get; }

    /// <summary>The dispersion φ of the fit (1 for OLS and for pure sampling error).</summary>
    public double Dispersion { get; }

    /// <summary>The direction.</summary>
    public TrendDirection Direction { get; }

    /// <summary>Whether the space is a reference series (county).</summary>
    public bool IsReference { get; }

    /// <summary>E.g. <c>05970040 sgb2_quote 2019-12-31–2024-12-31: +0.31/yr [0.22, 0.40] rising</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Space} {IndicatorId} {From:yyyy-MM-dd}–{To:yyyy-MM-dd}: {Slope:+0.###;-0.###;0}/yr [{SlopeLower:0.###}, {SlopeUpper:0.###}] {Direction.ToCode()}");
}

/// <summary>
/// One early-warning flag (<em>Frühwarnhinweis</em>): which rule fired for which space, indicator and period, with the
/// numbers it compared and its certainty.
/// </summary>
/// <remarks>What <see cref="Value"/> and <see cref="Reference"/> hold depends on the rule: worsening trend — slope and
/// minimum relevant change per year; thresholds — value and threshold (or county value); widening gap — the gap at the
/// end and the gap at the start (unfavourable positive); series break — value and the value expected from the earlier
/// trend (or the previous value when the break was reported).</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class EarlyWarning
{
    internal EarlyWarning(SpaceId space, string indicatorId, WarningRule rule, LocalDate from, LocalDate period, double value, double reference,
        double lower, double upper, WarningCertainty certainty)
    {
        Space = space;
        IndicatorId = indicatorId;
        Rule = rule;
        From = from;
        Period = period;
        Value = value;
        Reference = reference;
        Lower = lower;
        Upper = upper;
        Certainty = certainty;
    }

    /// <summary>The space.</summary>
    public SpaceId Space { get; }

    /// <summary>The indicator.</summary>
    public string IndicatorId { get; }

    /// <summary>The rule that fired.</summary>
    public WarningRule Rule { get; }

    /// <summary>Start of the compared span (the previous period for crossings and breaks).</summary>
    public LocalDate From { get; }

    /// <summary>The period at which the rule holds.</summary>
    public LocalDate Period { get; }

    /// <summary>The tested number (see remarks), in the indicator's units.</summary>
    public double Value { get; }

    /// <summary>What it was compared with (see remarks), in the indicator's units; NaN when there is none.</summary>
    public double Reference { get; }

    /// <summary>Lower bound of the tested quantity's interval at the base level; NaN when reported.</summary>
    public double Lower { get; }

    /// <summary>Upper bound of the tested quantity's interval; NaN when reported.</summary>
    public double Upper { get; }

    /// <summary>The certainty.</summary>
    public WarningCertainty Certainty { get; }

    /// <summary>E.g. <c>05970040 sgb2_quote trend 2024-12-31: 0.31 vs 0.16 (high)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Space} {IndicatorId} {Rule.Code} {Period:yyyy-MM-dd}: {Value:0.###} vs {Reference:0.###} ({Certainty.ToCode()})");
}

/// <summary>The result of <see cref="SocialMonitoring.Run(MonitoringPanel, MonitoringOptions?)"/> (<em>Ergebnis des Sozialmonitorings</em>).</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class MonitoringResult
{
    internal MonitoringResult(MonitoringPanel panel, MonitoringOptions options, IReadOnlyList<string> indicators, IReadOnlyList<LocalDate> periods,
        IReadOnlyList<SeriesPoint> series, IReadOnlyList<TrendRow> trends, IReadOnlyList<EarlyWarning> warnings)
    {
        Panel = panel;
        Options = options;
        Indicators = indicators;
        Periods = periods;
        Series = series;
        Trends = trends;
        Warnings = warnings;
    }

    /// <summary>The input panel.</summary>
    public MonitoringPanel Panel { get; }

    /// <summary>The options used.</summary>
    public MonitoringOptions Options { get; }

    /// <summary>The indicators with at least one value in the window, in panel order.</summary>
    public IReadOnlyList<string> Indicators { get; }

    /// <summary>The periods in the window, ascending.</summary>
    public IReadOnlyList<LocalDate> Periods { get; }

    /// <summary>Every value in the window (spaces in region order, then NRW and Germany reference values), by indicator, space, period.</summary>
    public IReadOnlyList<SeriesPoint> Series { get; }

    /// <summary>Changes and trends: per indicator and space the whole window, then the last 1/3/5 years where those periods exist.</summary>
    public IReadOnlyList<TrendRow> Trends { get; }

    /// <summary>The early-warning flags, by indicator, space and rule.</summary>
    public IReadOnlyList<EarlyWarning> Warnings { get; }

    /// <summary>Whether any figure is illustrative (reports then carry a label).</summary>
    public bool HasIllustrativeFigures => Panel.HasIllustrativeFigures;

    /// <summary>E.g. <c>Monitoring 14 spaces × 12 indicators × 27 periods: 60 trends rising, 12 warnings</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"Monitoring {Panel.Values.Spaces.Count} spaces × {Indicators.Count} indicators × {Periods.Count} periods: {Trends.Count} trend rows, {Warnings.Count} warnings");
}
