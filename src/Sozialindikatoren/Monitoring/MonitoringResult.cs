using System.Globalization;
using NodaTime;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Monitoring;

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
