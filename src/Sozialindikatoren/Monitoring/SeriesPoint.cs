using System.Globalization;
using NodaTime;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Monitoring;

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
