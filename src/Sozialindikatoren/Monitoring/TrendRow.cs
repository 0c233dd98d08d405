using System.Globalization;
using NodaTime;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Monitoring;

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
