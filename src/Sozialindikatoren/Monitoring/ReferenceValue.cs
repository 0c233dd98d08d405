using System.Globalization;
using NodaTime;

namespace Sozialindikatoren.Monitoring;

/// <summary>
/// A published reference value (<em>Vergleichswert</em>) of an indicator for NRW or Germany at one reference date, with
/// its source. Reference values are data, never invented: an indicator and period without a sourced value has none.
/// </summary>
/// <remarks>The value is in the indicator's scale (e.g. percent for a share with scale 100). A reference value carries
/// no sampling interval (official totals of a whole Land or of Germany); rules compare against the point value.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ReferenceValue
{
    /// <summary>Creates a reference value.</summary>
    /// <param name="indicatorId">The indicator id (catalogue id).</param>
    /// <param name="area"><see cref="ReferenceArea.Nrw"/> or <see cref="ReferenceArea.Germany"/>.</param>
    /// <param name="period">The reference date (31 December for yearly values).</param>
    /// <param name="value">The value in the indicator's scale; finite.</param>
    /// <param name="source">The source (publisher, table or article, access), non-empty.</param>
    /// <exception cref="ArgumentException">Empty id or source, a county area (the county comes from the data), or a non-finite value.</exception>
    public ReferenceValue(string indicatorId, ReferenceArea area, LocalDate period, double value, string source)
    {
        if (string.IsNullOrWhiteSpace(indicatorId)) throw new ArgumentException("indicatorId: must not be empty.", nameof(indicatorId));
        if (area is not (ReferenceArea.Nrw or ReferenceArea.Germany))
            throw new ArgumentException($"area: a reference value is for NRW or Germany (the county series comes from the data), was {area}.", nameof(area));
        if (!double.IsFinite(value)) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"value: reference value of '{indicatorId}' must be finite, was {value}."), nameof(value));
        if (string.IsNullOrWhiteSpace(source)) throw new ArgumentException($"source: reference value of '{indicatorId}' needs its source.", nameof(source));
        IndicatorId = indicatorId.Trim();
        Area = area;
        Period = period;
        Value = value;
        Source = source.Trim();
    }

    /// <summary>The indicator id.</summary>
    public string IndicatorId { get; }

    /// <summary>NRW or Germany.</summary>
    public ReferenceArea Area { get; }

    /// <summary>The reference date.</summary>
    public LocalDate Period { get; }

    /// <summary>The value in the indicator's scale.</summary>
    public double Value { get; }

    /// <summary>The source.</summary>
    public string Source { get; }

    /// <summary>E.g. <c>ueberschuldungsquote nrw 2016-12-31: 11.7 (fbsb-nrw.de …)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{IndicatorId} {Area.ToCode()} {Period:yyyy-MM-dd}: {Value:R} ({Source})");
}
