using NodaTime;

namespace Sozialindikatoren.Data.Json;

/// <summary>A social space.</summary>
/// <threadsafety>Mutable transfer object; not thread-safe.</threadsafety>
public sealed class SpaceDocument
{
    /// <summary>The id.</summary>
    public string? Id { get; set; }
    /// <summary>The name.</summary>
    public string? Name { get; set; }
    /// <summary>The level: <c>state</c>, <c>county</c>, <c>planningRegion</c>, <c>municipality</c>, <c>district</c>, <c>gridCell</c>.</summary>
    public string? Level { get; set; }
    /// <summary>The parent's id, or null.</summary>
    public string? Parent { get; set; }
    /// <summary>The AGS (8 digits), or null.</summary>
    public string? Ags { get; set; }
    /// <summary>Area in km².</summary>
    public double? AreaKm2 { get; set; }
    /// <summary>Whether the municipality has its own youth office (<em>eigenes Jugendamt</em>); null or absent = false.</summary>
    public bool? OwnYouthOffice { get; set; }
    /// <summary>A representative point.</summary>
    public PointDocument? Centroid { get; set; }
    /// <summary>The boundary as GeoJSON polygon coordinates: rings of <c>[lon, lat]</c> pairs, exterior first.</summary>
    public List<List<double[]>>? Boundary { get; set; }
    /// <summary>The population.</summary>
    public PopulationDocument? Population { get; set; }
    /// <summary>Provenance.</summary>
    public ProvenanceDocument? Provenance { get; set; }
}
