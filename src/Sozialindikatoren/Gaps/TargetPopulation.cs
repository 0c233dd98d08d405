using System.Globalization;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Gaps;

/// <summary>Where the size of a target population comes from (<em>Bezugsgröße der Zielgruppe</em>).</summary>
public enum TargetPopulationKind
{
    /// <summary>Persons in an age band of the space's population (<see cref="Region.AggregatePopulation"/>); exact counts.</summary>
    AgeBand = 0,
    /// <summary>The numerator count of an indicator record (e.g. SGB II recipients, people in need of care), with a
    /// Poisson interval for the count.</summary>
    IndicatorCount = 1,
}

/// <summary>
/// The target population of a demand model (<em>Zielgruppe</em>, <em>Bezugsgröße</em>): persons in an age band (all
/// inhabitants, under 3, 80 and older …) or the count of an indicator (SGB II recipients, people in need of care …).
/// </summary>
/// <remarks>
/// <para>Age-band targets are read from the space's population (its own, or the sum over its children) and are exact;
/// a band the population cannot answer (it cuts through a given band) makes the target missing.</para>
/// <para>Indicator targets use the numerator of the latest record of <see cref="IndicatorId"/> for the space with a
/// reference date on or before the analysis date. A count with a value gets a confidence interval from
/// <see cref="Statistics.Rates.Interval"/> (exact Poisson below 10 events, Byar from 10) with denominator 1, i.e. an
/// interval for the expected count; a suppressed, missing or not-yet-available count makes the target missing (never zero).</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class TargetPopulation : IEquatable<TargetPopulation>
{
    private TargetPopulation(TargetPopulationKind kind, AgeBand band, string? indicatorId, string germanLabel, string englishLabel)
    {
        Kind = kind;
        Band = band;
        IndicatorId = indicatorId;
        GermanLabel = germanLabel;
        EnglishLabel = englishLabel;
    }

    /// <summary>Persons in an age band.</summary>
    /// <param name="band">The band, e.g. <c>AgeBand.Under(3)</c> or <c>AgeBand.FromAge(80)</c>.</param>
    /// <param name="germanLabel">A German label, e.g. <c>Kinder unter 3 Jahren</c>; default: from the band (<c>Einwohner unter 3</c>).</param>
    /// <param name="englishLabel">An English label; default: from the band (<c>residents under 3</c>).</param>
    /// <returns>The target population.</returns>
    public static TargetPopulation Ages(AgeBand band, string? germanLabel = null, string? englishLabel = null) =>
        new(TargetPopulationKind.AgeBand, band, null,
            string.IsNullOrWhiteSpace(germanLabel) ? (band == AgeBand.All ? "Einwohner" : "Einwohner " + Labels.AgeRange(band.From, band.To)) : germanLabel.Trim(),
            string.IsNullOrWhiteSpace(englishLabel) ? (band == AgeBand.All ? "residents" : "residents " + Labels.AgeRange(band.From, band.To, Language.English)) : englishLabel.Trim());

    /// <summary>All inhabitants (<em>Einwohner</em>), the age band [0, ∞).</summary>
    public static TargetPopulation Inhabitants { get; } = Ages(AgeBand.All, "Einwohner");

    /// <summary>The numerator count of an indicator (e.g. <c>sgb2_quote</c> → SGB II recipients).</summary>
    /// <param name="indicatorId">The indicator id of the records (non-empty).</param>
    /// <param name="germanLabel">A German label, e.g. <c>Pflegebedürftige</c> (non-empty).</param>
    /// <param name="englishLabel">An English label, e.g. <c>people in need of care</c>; default: the German label (it is data).</param>
    /// <returns>The target population.</returns>
    /// <exception cref="ArgumentException">Empty id or label.</exception>
    public static TargetPopulation FromIndicator(string indicatorId, string germanLabel, string? englishLabel = null)
    {
        if (string.IsNullOrWhiteSpace(indicatorId)) throw new ArgumentException("target population indicatorId: must not be empty.", nameof(indicatorId));
        if (string.IsNullOrWhiteSpace(germanLabel)) throw new ArgumentException($"target population '{indicatorId}' germanLabel: must not be empty.", nameof(germanLabel));
        return new(TargetPopulationKind.IndicatorCount, AgeBand.All, indicatorId.Trim(), germanLabel.Trim(),
            string.IsNullOrWhiteSpace(englishLabel) ? germanLabel.Trim() : englishLabel.Trim());
    }

    /// <summary>The kind.</summary>
    public TargetPopulationKind Kind { get; }

    /// <summary>The age band (for <see cref="TargetPopulationKind.AgeBand"/>; <see cref="AgeBand.All"/> otherwise).</summary>
    public AgeBand Band { get; }

    /// <summary>The indicator id (for <see cref="TargetPopulationKind.IndicatorCount"/>), else null.</summary>
    public string? IndicatorId { get; }

    /// <summary>The German label, e.g. <c>Einwohner 80 und älter</c>.</summary>
    public string GermanLabel { get; }

    /// <summary>The English label, e.g. <c>residents 80 and over</c> (for an indicator target without one: the German label).</summary>
    public string EnglishLabel { get; }

    /// <summary>The label in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns><see cref="GermanLabel"/> or <see cref="EnglishLabel"/>.</returns>
    public string LabelIn(Language language) => language == Language.English ? EnglishLabel : GermanLabel;

    /// <inheritdoc />
    public bool Equals(TargetPopulation? other) =>
        other is not null && Kind == other.Kind && Band == other.Band && IndicatorId == other.IndicatorId && GermanLabel == other.GermanLabel;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TargetPopulation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Band, IndicatorId, GermanLabel);

    /// <summary>A compact code: <c>ages:80+</c> or <c>indicator:pflegequote</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Kind == TargetPopulationKind.AgeBand
        ? "ages:" + Band.ToString()
        : "indicator:" + IndicatorId;

    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
