using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Offerings;

/// <summary>
/// A provider's statement in the provider survey (<em>Träger-Abfrage</em>): "we expect to cut X from date D" for one
/// offering. Overrides the modelled provider response for that offering in cut scenarios when it applies: the scenario
/// cuts the offering and the statement's <see cref="Condition"/> (if any) holds.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ProviderStatement
{
    /// <summary>Creates a statement.</summary>
    /// <param name="offeringId">The offering.</param>
    /// <param name="effectiveFrom">From when the expected change applies.</param>
    /// <param name="capacityReduction">Expected reduction of capacity as a share in [0, 1] (1 = closure).</param>
    /// <param name="text">The statement (summary).</param>
    /// <param name="reportedOn">When it was reported.</param>
    /// <param name="expectedFundingLossPerYear">Expected loss of funding in EUR per year, if stated (≥ 0).</param>
    /// <param name="provenance">Real or illustrative.</param>
    /// <param name="condition">The cut the statement is about (funder, programme, minimum share), or null: then it applies
    /// whenever the scenario cuts the offering.</param>
    /// <exception cref="ArgumentException">Empty id or text, share out of range, negative loss.</exception>
    public ProviderStatement(string offeringId, LocalDate effectiveFrom, double capacityReduction, string text, LocalDate reportedOn,
        decimal? expectedFundingLossPerYear = null, Provenance? provenance = null, StatementCondition? condition = null)
    {
        if (string.IsNullOrWhiteSpace(offeringId)) throw new ArgumentException("provider statement offeringId: must not be empty.", nameof(offeringId));
        if (!double.IsFinite(capacityReduction) || capacityReduction < 0 || capacityReduction > 1)
            throw new ArgumentOutOfRangeException(nameof(capacityReduction), capacityReduction, $"provider statement for '{offeringId}' capacityReduction: must be in [0, 1], was {capacityReduction.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        if (string.IsNullOrWhiteSpace(text)) throw new ArgumentException($"provider statement for '{offeringId}' text: must not be empty.", nameof(text));
        if (expectedFundingLossPerYear is < 0) throw new ArgumentOutOfRangeException(nameof(expectedFundingLossPerYear), expectedFundingLossPerYear, $"provider statement for '{offeringId}' expectedFundingLossPerYear: must be >= 0.");
        if (expectedFundingLossPerYear is { } loss && PlausibleRange.CheckAmount(loss) is { } lossProblem)
            throw new ArgumentOutOfRangeException(nameof(expectedFundingLossPerYear), loss, $"provider statement for '{offeringId}' expectedFundingLossPerYear: {lossProblem}");
        OfferingId = offeringId;
        EffectiveFrom = effectiveFrom;
        CapacityReduction = capacityReduction;
        Text = text.Trim();
        ReportedOn = reportedOn;
        ExpectedFundingLossPerYear = expectedFundingLossPerYear;
        Provenance = provenance;
        Condition = condition;
    }

    /// <summary>The condition (which cut line, at what share), or null for a statement that applies whenever the scenario
    /// cuts the offering.</summary>
    public StatementCondition? Condition { get; }

    /// <summary>The offering.</summary>
    public string OfferingId { get; }

    /// <summary>From when the change applies.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Expected capacity reduction as a share (1 = closure).</summary>
    public double CapacityReduction { get; }

    /// <summary>Whether the provider expects to close the offering.</summary>
    public bool IsClosure => CapacityReduction >= 1;

    /// <summary>The statement.</summary>
    public string Text { get; }

    /// <summary>When it was reported.</summary>
    public LocalDate ReportedOn { get; }

    /// <summary>Expected loss of funding in EUR per year, if stated.</summary>
    public decimal? ExpectedFundingLossPerYear { get; }

    /// <summary>Provenance.</summary>
    public Provenance? Provenance { get; }

    /// <summary>The id of the meeting (<em>Sitzung</em>) where this was said or reported, or null (see
    /// <c>Participation.ParticipationRecord</c>; the data set checks that the meeting exists).</summary>
    public string? MeetingId { get; init; }
}
