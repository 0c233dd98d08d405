using System.Globalization;
using System.Text;
using NodaTime;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Composite;

/// <summary>
/// The result of <see cref="SocialIndex.Compute(IndicatorPanel, SocialIndexOptions, IReadOnlyDictionary{SpaceId, double}?)"/>: status and dynamics indices, classes and groups per space,
/// with the indicators actually used and notes on everything that was skipped or excluded.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class SocialIndexResult
{
    internal SocialIndexResult(SocialIndexEntry[] entries, string[] statusIds, string[] dynamicsIds, LocalDate statusPeriod, LocalDate? dynamicsFrom, SocialIndexNote[] notes)
    {
        Entries = entries;
        StatusIndicators = statusIds;
        DynamicsIndicators = dynamicsIds;
        StatusPeriod = statusPeriod;
        DynamicsFrom = dynamicsFrom;
        Notes = notes;
    }

    /// <summary>One entry per space, in panel order.</summary>
    public IReadOnlyList<SocialIndexEntry> Entries { get; }

    /// <summary>Indicator ids used in the status index.</summary>
    public IReadOnlyList<string> StatusIndicators { get; }

    /// <summary>Indicator ids used in the dynamics index (empty when no dynamics).</summary>
    public IReadOnlyList<string> DynamicsIndicators { get; }

    /// <summary>The status reference date.</summary>
    public LocalDate StatusPeriod { get; }

    /// <summary>The earlier date of the dynamics, or null.</summary>
    public LocalDate? DynamicsFrom { get; }

    /// <summary>What was skipped, substituted or excluded (never silently).</summary>
    public IReadOnlyList<SocialIndexNote> Notes { get; }

    /// <summary>The entry of a space.</summary>
    /// <param name="space">The space.</param>
    /// <exception cref="KeyNotFoundException">Unknown space.</exception>
    public SocialIndexEntry this[SpaceId space] => Entries.FirstOrDefault(e => e.Space == space) ?? throw new KeyNotFoundException($"space: '{space}' is not in the result.");

    /// <summary>Count of spaces per group code (all 12 codes, zeros included).</summary>
    /// <returns>Code → count.</returns>
    public IReadOnlyDictionary<string, int> GroupCounts() =>
        MssGroup.All.ToDictionary(g => g.Code, g => Entries.Count(e => e.Group == g), StringComparer.Ordinal);

    /// <summary>A compact language-neutral summary: status date and indicators, dynamics base, entries and notes, then
    /// one line per entry (planner table: <c>Reporting.ResultTables.SocialIndex</c>).</summary>
    /// <returns>The text, invariant culture.</returns>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"SocialIndexResult status {StatusPeriod.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({StatusIndicators.Count} indicators), ")
          .Append(DynamicsFrom is { } from ? $"dynamics from {from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({DynamicsIndicators.Count} indicators)" : "no dynamics")
          .Append(CultureInfo.InvariantCulture, $": {Entries.Count} entries, {Notes.Count} notes");
        foreach (var e in Entries) sb.AppendLine().Append(e);
        return sb.ToString();
    }
}
