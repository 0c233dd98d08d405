using System.Globalization;

namespace Sozialindikatoren.Monitoring;

/// <summary>The default rule table (<em>Standard-Regeltabelle</em>).</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public static class WarningRules
{
    /// <summary>Worsening trend, crossing the county value, widening gap to the county, NRW and Germany, and series
    /// breaks, for every indicator with a polarity. No fixed thresholds: there are no sourced ones; add your own with
    /// <see cref="WarningRule.FixedThreshold"/>.</summary>
    public static IReadOnlyList<WarningRule> Default { get; } =
    [
        WarningRule.WorseningTrend(),
        WarningRule.CountyThreshold(),
        WarningRule.WideningGap(ReferenceArea.County),
        WarningRule.WideningGap(ReferenceArea.Nrw),
        WarningRule.WideningGap(ReferenceArea.Germany),
        WarningRule.SeriesBreak(),
    ];
}
