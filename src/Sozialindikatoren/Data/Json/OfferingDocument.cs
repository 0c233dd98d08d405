using NodaTime;

namespace Sozialindikatoren.Data.Json;

/// <summary>An offering.</summary>
/// <threadsafety>Mutable transfer object; not thread-safe.</threadsafety>
public sealed class OfferingDocument
{
    /// <summary>The id.</summary>
    public string? Id { get; set; }
    /// <summary>The name.</summary>
    public string? Name { get; set; }
    /// <summary>The domain code, e.g. <c>Schulden</c>.</summary>
    public string? Domain { get; set; }
    /// <summary>The offering type code (<em>Angebotsart</em>), e.g. <c>schuldnerberatung</c>; optional (format version 1).</summary>
    public string? Type { get; set; }
    /// <summary>The provider id.</summary>
    public string? ProviderId { get; set; }
    /// <summary>The location space id.</summary>
    public string? Location { get; set; }
    /// <summary>The exact location.</summary>
    public PointDocument? Point { get; set; }
    /// <summary>The capacity.</summary>
    public CapacityDocument? Capacity { get; set; }
    /// <summary>The target group.</summary>
    public TargetGroupDocument? TargetGroup { get; set; }
    /// <summary>The served spaces (default: the location).</summary>
    public List<string>? ServedSpaces { get; set; }
    /// <summary>The obligation: <c>individualLegalClaim</c>, <c>objectiveLegalDuty</c>, <c>dutyForTargetGroup</c>, <c>voluntary</c>, <c>timeLimitedProgramme</c>.</summary>
    public string? Obligation { get; set; }
    /// <summary>The recorded category (<c>voll</c>, <c>teil</c>, <c>traeger</c>), or null.</summary>
    public string? RecordedCategory { get; set; }
    /// <summary>The funding lines.</summary>
    public List<FundingLineDocument> Funding { get; set; } = [];
    /// <summary>Provenance.</summary>
    public ProvenanceDocument? Provenance { get; set; }
}
