using NodaTime;

namespace Sozialindikatoren.Data.Json;

/// <summary>The whole data set (<em>Datensatz</em>) as stored in <c>dataset.json</c>.</summary>
/// <threadsafety>Mutable transfer object; not thread-safe.</threadsafety>
public sealed class DataSetDocument
{
    /// <summary>Format marker, always <c>sozialindikatoren/dataset</c>.</summary>
    public string Format { get; set; } = PlanningDataJson.FormatName;
    /// <summary>Format version, currently 1.</summary>
    public int Version { get; set; } = PlanningDataJson.FormatVersion;
    /// <summary>Name of the data set.</summary>
    public string? Name { get; set; }
    /// <summary>Description and provenance notes.</summary>
    public string? Description { get; set; }
    /// <summary>The spaces (any order; parents are referenced by id).</summary>
    public List<SpaceDocument> Spaces { get; set; } = [];
    /// <summary>The providers.</summary>
    public List<ProviderDocument> Providers { get; set; } = [];
    /// <summary>The offerings.</summary>
    public List<OfferingDocument> Offerings { get; set; } = [];
    /// <summary>Raw indicator data.</summary>
    public List<IndicatorRecordDocument> Indicators { get; set; } = [];
    /// <summary>Social-space conference statements.</summary>
    public List<ConferenceStatementDocument> ConferenceStatements { get; set; } = [];
    /// <summary>Provider survey statements.</summary>
    public List<ProviderStatementDocument> ProviderStatements { get; set; } = [];
    /// <summary>Meetings with the providers (<em>Sitzungen</em>; optional).</summary>
    public List<MeetingDocument> Meetings { get; set; } = [];
    /// <summary>Who took part (<em>Teilnahmen</em>; optional).</summary>
    public List<AttendanceDocument> Attendances { get; set; } = [];
    /// <summary>Agreements from the meetings (<em>Vereinbarungen</em>; optional).</summary>
    public List<AgreementDocument> Agreements { get; set; } = [];
}
