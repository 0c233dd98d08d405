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
    internal SocialIndexResult(SocialIndexEntry[] entries, string[] statusIds, string[] dynamicsIds, LocalDate statusPeriod, LocalDate? dynamicsFrom, string[] notes)
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
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The entry of a space.</summary>
    /// <param name="space">The space.</param>
    /// <exception cref="KeyNotFoundException">Unknown space.</exception>
    public SocialIndexEntry this[SpaceId space] => Entries.FirstOrDefault(e => e.Space == space) ?? throw new KeyNotFoundException($"space: '{space}' is not in the result.");

    /// <summary>Count of spaces per group code (all 12 codes, zeros included).</summary>
    /// <returns>Code → count.</returns>
    public IReadOnlyDictionary<string, int> GroupCounts() =>
        MssGroup.All.ToDictionary(g => g.Code, g => Entries.Count(e => e.Group == g), StringComparer.Ordinal);

    /// <summary>A German Markdown table: Sozialraum, Status-z, Statusklasse, Dynamik-z, Dynamikklasse, Gruppe.</summary>
    /// <returns>The table.</returns>
    public string ToMarkdownTable()
    {
        var sb = new StringBuilder();
        sb.Append("| Sozialraum | Status (z) | Statusklasse | Dynamik (z) | Dynamikklasse | Gruppe |\n|---|---:|---|---:|---|---|\n");
        foreach (var e in Entries)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {e.Space} | {(e.HasStatus ? e.StatusZ.ToString("0.00", CultureInfo.InvariantCulture) : "–")} | {StatusName(e.Status)} | ");
            sb.Append(CultureInfo.InvariantCulture, $"{(e.HasDynamics ? e.DynamicsZ.ToString("0.00", CultureInfo.InvariantCulture) : "–")} | {DynamicsName(e.Dynamics)} | {e.Group?.Code ?? (e.Excluded ? "ausgeschlossen" : "–")} |\n");
        }
        return sb.ToString();
    }

    /// <summary>German class name (<c>1 hoch</c> … <c>4 sehr niedrig</c>).</summary>
    /// <param name="c">The class.</param>
    /// <returns>The name.</returns>
    public static string StatusName(StatusClass c) => c switch
    {
        StatusClass.High => "1 hoch",
        StatusClass.Medium => "2 mittel",
        StatusClass.Low => "3 niedrig",
        StatusClass.VeryLow => "4 sehr niedrig",
        _ => "–",
    };

    /// <summary>German class name (<c>+ positiv</c>, <c>± stabil</c>, <c>- negativ</c>).</summary>
    /// <param name="c">The class.</param>
    /// <returns>The name.</returns>
    public static string DynamicsName(DynamicsClass c) => c switch
    {
        DynamicsClass.Positive => "+ positiv",
        DynamicsClass.Stable => "± stabil",
        DynamicsClass.Negative => "- negativ",
        _ => "–",
    };
}
