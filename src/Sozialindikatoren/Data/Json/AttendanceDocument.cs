namespace Sozialindikatoren.Data.Json;

/// <summary>A provider's attendance at a meeting (<em>Teilnahme</em>).</summary>
/// <threadsafety>Mutable transfer object; not thread-safe.</threadsafety>
public sealed class AttendanceDocument
{
    /// <summary>The meeting id.</summary>
    public string? MeetingId { get; set; }
    /// <summary>The provider id.</summary>
    public string? ProviderId { get; set; }
}
