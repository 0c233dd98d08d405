using System.Globalization;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Composite;

/// <summary>What kind of computation note a social index carries (<em>Rechenhinweis</em>).</summary>
public enum SocialIndexNoteKind
{
    /// <summary>A space has no population, so the minimum-population rule was not applied to it.</summary>
    NoPopulation = 0,

    /// <summary>A space was excluded: its population is below the minimum (<see cref="SocialIndexNote.Value"/> &lt; <see cref="SocialIndexNote.Threshold"/>).</summary>
    ExcludedSmall = 1,

    /// <summary>The panel has no population indicator (<see cref="SocialIndexNote.Indicator"/>): the minimum-population rule was not applied at all.</summary>
    PopulationIndicatorMissing = 2,

    /// <summary>An optional indicator slot was skipped: none of its alternatives (<see cref="SocialIndexNote.Indicator"/>, <c>|</c>-separated) is in the panel.</summary>
    SlotSkipped = 3,

    /// <summary>An alternative indicator (<see cref="SocialIndexNote.Indicator"/>) was used in place of the slot's first choice (<see cref="SocialIndexNote.Replaced"/>).</summary>
    Substituted = 4,

    /// <summary>A space gets no index: only <see cref="SocialIndexNote.Available"/> of <see cref="SocialIndexNote.Total"/> indicators have a value
    /// (availability threshold <see cref="SocialIndexNote.Threshold"/>).</summary>
    NoIndex = 5,
}

/// <summary>The part of the social index a note concerns.</summary>
public enum SocialIndexPart
{
    /// <summary>The status index (<em>Statusindex</em>).</summary>
    Status = 0,

    /// <summary>The dynamics index (<em>Dynamikindex</em>).</summary>
    Dynamics = 1,
}

/// <summary>
/// A computation note of the social index (<em>Rechenhinweis</em>): what was skipped, substituted or excluded, as a
/// kind with its numbers (never silently). Text in German or English comes from the report layer
/// (<c>Reporting.ResultTables.IndexNote</c>); <see cref="ToString"/> is a compact English form for logs.
/// </summary>
/// <param name="Kind">The kind.</param>
/// <param name="Part">The index part (status or dynamics), or null for notes about the population rule.</param>
/// <param name="Space">The space concerned, or null.</param>
/// <param name="Indicator">The indicator used (or, for <see cref="SocialIndexNoteKind.SlotSkipped"/>, the alternatives), or null.</param>
/// <param name="Replaced">The first-choice indicator that was replaced, or null.</param>
/// <param name="Available">Indicators with a value (for <see cref="SocialIndexNoteKind.NoIndex"/>), else 0.</param>
/// <param name="Total">Indicators of the index part (for <see cref="SocialIndexNoteKind.NoIndex"/>), else 0.</param>
/// <param name="Value">The population (for <see cref="SocialIndexNoteKind.ExcludedSmall"/>), or null.</param>
/// <param name="Threshold">The minimum population or availability threshold, or null.</param>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed record SocialIndexNote(SocialIndexNoteKind Kind, SocialIndexPart? Part = null, SpaceId? Space = null, string? Indicator = null,
    string? Replaced = null, int Available = 0, int Total = 0, double? Value = null, double? Threshold = null)
{
    /// <summary>A compact English form, e.g. <c>status: 'sgb2_quote' used in place of 'transferbezug'</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var what = Part == SocialIndexPart.Dynamics ? "dynamics" : "status";
        return Kind switch
        {
            SocialIndexNoteKind.NoPopulation => $"{Space}: no population given, minimum population rule not applied",
            SocialIndexNoteKind.ExcludedSmall => string.Create(CultureInfo.InvariantCulture, $"{Space}: excluded, population {Value:0} < {Threshold:0}"),
            SocialIndexNoteKind.PopulationIndicatorMissing => $"minimum population rule not applied: the panel has no '{Indicator}' indicator",
            SocialIndexNoteKind.SlotSkipped => $"{what}: optional slot {Indicator} skipped, not in the panel",
            SocialIndexNoteKind.Substituted => $"{what}: '{Indicator}' used in place of '{Replaced}'",
            _ => string.Create(CultureInfo.InvariantCulture, $"{Space}: no {what} index, {Available} of {Total} indicators have a value (availability threshold {Threshold:0.##})"),
        };
    }
}
