using NodaTime;

namespace Sozialindikatoren.Data.Json;

/// <summary>Provenance: <c>kind</c> ∈ <c>sourced</c>, <c>derived</c>, <c>illustrative</c>, <c>assumption</c>.</summary>
/// <threadsafety>Mutable transfer object; not thread-safe.</threadsafety>
public sealed class ProvenanceDocument
{
    /// <summary>The kind.</summary>
    public string? Kind { get; set; }
    /// <summary>The source text.</summary>
    public string? Source { get; set; }
    /// <summary>The reference date (<em>Stand</em>).</summary>
    public LocalDate? Date { get; set; }
}
