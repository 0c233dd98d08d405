using NodaTime;

namespace Sozialindikatoren.Data.Json;

/// <summary>A provider survey statement.</summary>
/// <threadsafety>Mutable transfer object; not thread-safe.</threadsafety>
public sealed class ProviderStatementDocument
{
    /// <summary>The offering id.</summary>
    public string? OfferingId { get; set; }
    /// <summary>From when.</summary>
    public LocalDate EffectiveFrom { get; set; }
    /// <summary>Expected capacity reduction share in [0, 1].</summary>
    public double CapacityReduction { get; set; }
    /// <summary>Expected funding loss in EUR per year.</summary>
    public decimal? ExpectedFundingLossPerYear { get; set; }
    /// <summary>The statement.</summary>
    public string? Text { get; set; }
    /// <summary>When reported.</summary>
    public LocalDate ReportedOn { get; set; }
    /// <summary>The meeting where it was said or reported (optional).</summary>
    public string? MeetingId { get; set; }
    /// <summary>Provenance.</summary>
    public ProvenanceDocument? Provenance { get; set; }
    /// <summary>Condition: the funder whose cut the statement is about (source code, e.g. <c>land</c>, <c>bund</c>), or null for none.</summary>
    public string? ConditionSource { get; set; }
    /// <summary>Condition: the programme (substring of the funding line's programme), or null for every line of the source.</summary>
    public string? ConditionProgramme { get; set; }
    /// <summary>Condition: the minimum cut share in [0, 1] (default 0 = any cut).</summary>
    public double? ConditionMinShare { get; set; }
}
