using NodaTime;

namespace Sozialindikatoren.Data.Json;

/// <summary>A social-space conference statement; <c>rating</c> ∈ <c>overSupplied</c>, <c>adequate</c>, <c>underSupplied</c>, <c>severelyUnderSupplied</c>.</summary>
/// <threadsafety>Mutable transfer object; not thread-safe.</threadsafety>
public sealed class ConferenceStatementDocument
{
    /// <summary>The space id.</summary>
    public string? Space { get; set; }
    /// <summary>The domain code.</summary>
    public string? Domain { get; set; }
    /// <summary>The rating.</summary>
    public string? Rating { get; set; }
    /// <summary>What was said.</summary>
    public string? Text { get; set; }
    /// <summary>Date.</summary>
    public LocalDate Date { get; set; }
    /// <summary>Source.</summary>
    public string? Source { get; set; }
    /// <summary>The meeting where it was said or reported (optional).</summary>
    public string? MeetingId { get; set; }
    /// <summary>Provenance.</summary>
    public ProvenanceDocument? Provenance { get; set; }
}
