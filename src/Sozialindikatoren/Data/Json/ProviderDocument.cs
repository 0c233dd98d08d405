using NodaTime;

namespace Sozialindikatoren.Data.Json;

/// <summary>A provider.</summary>
/// <threadsafety>Mutable transfer object; not thread-safe.</threadsafety>
public sealed class ProviderDocument
{
    /// <summary>The id.</summary>
    public string? Id { get; set; }
    /// <summary>The name.</summary>
    public string? Name { get; set; }
    /// <summary>The association: <c>awo</c>, <c>caritas</c>, <c>diakonie</c>, <c>drk</c>, <c>paritaetischer</c>, <c>zwst</c>, <c>publicBody</c>, <c>private</c>, <c>other</c>.</summary>
    public string? Association { get; set; }
    /// <summary>Provenance.</summary>
    public ProvenanceDocument? Provenance { get; set; }
}
