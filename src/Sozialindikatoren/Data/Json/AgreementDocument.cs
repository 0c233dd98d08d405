using NodaTime;

namespace Sozialindikatoren.Data.Json;

/// <summary>An agreement from a meeting (<em>Vereinbarung</em>); <c>status</c> ∈ <c>open</c>, <c>done</c>, <c>dropped</c> (default open).</summary>
/// <threadsafety>Mutable transfer object; not thread-safe.</threadsafety>
public sealed class AgreementDocument
{
    /// <summary>The meeting id.</summary>
    public string? MeetingId { get; set; }
    /// <summary>What was agreed.</summary>
    public string? Text { get; set; }
    /// <summary>Who is responsible.</summary>
    public string? Owner { get; set; }
    /// <summary>Due date.</summary>
    public LocalDate? Due { get; set; }
    /// <summary>Status code.</summary>
    public string? Status { get; set; }
}
