using NodaTime;

namespace Sozialindikatoren.Data.Json;

/// <summary>A meeting with the providers (<em>Sitzung</em>); <c>body</c> ∈ <c>planungsbeirat</c>, <c>sozialraumkonferenz</c>,
/// <c>gespraech_kommune</c>, <c>traeger_abfrage</c>.</summary>
/// <threadsafety>Mutable transfer object; not thread-safe.</threadsafety>
public sealed class MeetingDocument
{
    /// <summary>The meeting id.</summary>
    public string? Id { get; set; }
    /// <summary>The date.</summary>
    public LocalDate Date { get; set; }
    /// <summary>The body code.</summary>
    public string? Body { get; set; }
    /// <summary>The space id, or null for the county.</summary>
    public string? Space { get; set; }
    /// <summary>Domain codes on the agenda (empty or null = all).</summary>
    public List<string>? Domains { get; set; }
    /// <summary>A title.</summary>
    public string? Title { get; set; }
    /// <summary>Provenance.</summary>
    public ProvenanceDocument? Provenance { get; set; }
}
