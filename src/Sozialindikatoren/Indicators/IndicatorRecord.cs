using System.Globalization;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Indicators;

/// <summary>
/// One raw indicator datum of a data set (<em>Indikatorwert</em>, <em>Rohdatum</em>): the numerator count (or a direct
/// value) and, for rates, the denominator, for one space, indicator and reference date.
/// </summary>
/// <remarks>
/// <para>For a rate (e.g. SGB II-Quote) <see cref="Numerator"/> holds the count of cases and <see cref="Denominator"/> the
/// reference population; for a direct value (e.g. a GISD score) <see cref="Denominator"/> is null.</para>
/// <para>Values keep their <see cref="ValueStatus"/>: a suppressed count stays suppressed, never zero.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class IndicatorRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="space">The space.</param>
    /// <param name="indicatorId">The indicator id (catalogue id, e.g. <c>sgb2_quote</c>).</param>
    /// <param name="date">The reference date (<em>Stichtag</em>); yearly data use 31 December.</param>
    /// <param name="numerator">The count of cases or the direct value.</param>
    /// <param name="denominator">The reference population for a rate; null for a direct value.</param>
    /// <param name="provenance">Sourced or illustrative.</param>
    /// <param name="confidential">Whether the count is confidential (<em>vertraulich</em>, statistische Geheimhaltung):
    /// an indicator with any confidential record is published only through disclosure control (primary suppression of
    /// counts below the minimum, secondary suppression so that no suppressed count can be narrowed below the protection
    /// interval); default false.</param>
    /// <exception cref="ArgumentException">Empty indicator id; a negative count or denominator, or one beyond
    /// <see cref="PlausibleRange.MaxCount"/>; a denominator of 0 with cases (0 of 0 is allowed and gives no rate); for a share of the catalogue (scale 100) more cases than
    /// the denominator; a direct value beyond <see cref="PlausibleRange.MaxMagnitude"/>.</exception>
    public IndicatorRecord(SpaceId space, string indicatorId, LocalDate date, Observation numerator, Observation? denominator = null, Provenance? provenance = null, bool confidential = false)
    {
        if (string.IsNullOrEmpty(space.Value)) throw new ArgumentException("indicator record space: must be set.", nameof(space));
        if (string.IsNullOrWhiteSpace(indicatorId)) throw new ArgumentException("indicator record indicatorId: must not be empty.", nameof(indicatorId));
        if (denominator is { } d)
        {
            if (d.HasValue && d.Value < 0) throw new ArgumentOutOfRangeException(nameof(denominator), d.Value, $"indicator '{indicatorId}' at '{space}' denominator: must be >= 0.");
            if (numerator.HasValue && numerator.Value < 0) throw new ArgumentOutOfRangeException(nameof(numerator), numerator.Value, $"indicator '{indicatorId}' at '{space}' numerator: a count must be >= 0.");
            if (d.HasValue && PlausibleRange.CheckCount(d.Value) is { } dp) throw new ArgumentOutOfRangeException(nameof(denominator), d.Value, $"indicator '{indicatorId}' at '{space}' denominator: {dp}");
            if (numerator.HasValue && PlausibleRange.CheckCount(numerator.Value) is { } np) throw new ArgumentOutOfRangeException(nameof(numerator), numerator.Value, $"indicator '{indicatorId}' at '{space}' numerator: {np}");
            if (d.HasValue && d.Value == 0 && numerator.HasValue && numerator.Value > 0)
                throw new ArgumentOutOfRangeException(nameof(denominator), d.Value, $"indicator '{indicatorId}' at '{space}' denominator: 0 with cases in the numerator is impossible (0 of 0 is allowed: no rate, not applicable).");
            if (d.HasValue && numerator.HasValue && numerator.Value > d.Value && IndicatorCatalogue.Standard.TryGet(indicatorId.Trim(), out var definition) && definition.IsPercentage)
                throw new ArgumentOutOfRangeException(nameof(numerator), numerator.Value,
                    string.Create(CultureInfo.InvariantCulture, $"indicator '{indicatorId}' at '{space}' numerator: a share cannot have more cases than its denominator ({d.Value:R})."));
        }
        else if (numerator.HasValue && PlausibleRange.CheckMagnitude(numerator.Value) is { } vp)
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator.Value, $"indicator '{indicatorId}' at '{space}' value: {vp}");
        Space = space;
        IndicatorId = indicatorId.Trim();
        Date = date;
        Numerator = numerator;
        Denominator = denominator;
        Provenance = provenance;
        Confidential = confidential;
    }

    /// <summary>The space.</summary>
    public SpaceId Space { get; }

    /// <summary>The indicator id.</summary>
    public string IndicatorId { get; }

    /// <summary>The reference date.</summary>
    public LocalDate Date { get; }

    /// <summary>The numerator count or direct value, with status.</summary>
    public Observation Numerator { get; }

    /// <summary>The denominator for a rate, or null for a direct value.</summary>
    public Observation? Denominator { get; }

    /// <summary>Provenance.</summary>
    public Provenance? Provenance { get; }

    /// <summary>Whether the record is marked confidential (<em>vertraulich</em>; JSON <c>confidential</c>, CSV column
    /// <c>vertraulich</c>). The committee report protects every count of an indicator with a confidential record by
    /// disclosure control (<c>Statistics.DisclosureControl</c>).</summary>
    public bool Confidential { get; }
}
