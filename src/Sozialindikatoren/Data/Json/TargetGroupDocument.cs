using NodaTime;

namespace Sozialindikatoren.Data.Json;

/// <summary>A target group.</summary>
/// <threadsafety>Mutable transfer object; not thread-safe.</threadsafety>
public sealed class TargetGroupDocument
{
    /// <summary>The description.</summary>
    public string? Description { get; set; }
    /// <summary>The age band (<c>0-3</c>, <c>65+</c>), or null.</summary>
    public string? Ages { get; set; }
    /// <summary>The condition code, or null.</summary>
    public string? Condition { get; set; }
    /// <summary>Whether particularly vulnerable.</summary>
    public bool Vulnerable { get; set; }
}
