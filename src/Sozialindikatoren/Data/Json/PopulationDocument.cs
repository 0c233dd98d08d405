using NodaTime;

namespace Sozialindikatoren.Data.Json;

/// <summary>A population by age band.</summary>
/// <threadsafety>Mutable transfer object; not thread-safe.</threadsafety>
public sealed class PopulationDocument
{
    /// <summary>The reference date.</summary>
    public LocalDate ReferenceDate { get; set; }
    /// <summary>Counts per band.</summary>
    public List<AgeBandCountDocument> Bands { get; set; } = [];
    /// <summary>Provenance.</summary>
    public ProvenanceDocument? Provenance { get; set; }
}
