using NodaTime;

namespace Sozialindikatoren.Data.Json;

// Wire-format documents of the canonical JSON data set (docs/data-format.md). They are plain, mutable transfer objects:
// all validation happens when they are mapped to the domain model (PlanningDataJson.FromDocument), which collects every
// problem with its JSON path. Enumerations travel as lower-camel-case strings so that files stay readable and a bad
// value gets a message naming it.

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
}

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

/// <summary>A point: latitude and longitude in WGS84 degrees.</summary>
/// <threadsafety>Mutable transfer object; not thread-safe.</threadsafety>
public sealed class PointDocument
{
    /// <summary>Latitude.</summary>
    public double Lat { get; set; }
    /// <summary>Longitude.</summary>
    public double Lon { get; set; }
}

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
    /// <summary>A representative point.</summary>
    public PointDocument? Centroid { get; set; }
    /// <summary>The boundary as GeoJSON polygon coordinates: rings of <c>[lon, lat]</c> pairs, exterior first.</summary>
    public List<List<double[]>>? Boundary { get; set; }
    /// <summary>The population.</summary>
    public PopulationDocument? Population { get; set; }
    /// <summary>Provenance.</summary>
    public ProvenanceDocument? Provenance { get; set; }
}

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

/// <summary>Persons in one age band: <c>band</c> as <c>0-3</c> ([0,3)) or <c>80+</c>.</summary>
/// <threadsafety>Mutable transfer object; not thread-safe.</threadsafety>
public sealed class AgeBandCountDocument
{
    /// <summary>The band.</summary>
    public string? Band { get; set; }
    /// <summary>Persons.</summary>
    public long Count { get; set; }
}

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

/// <summary>A capacity: amount and unit (<c>places</c>, <c>fte</c>, <c>hours_per_week</c>, <c>cases_per_year</c>).</summary>
/// <threadsafety>Mutable transfer object; not thread-safe.</threadsafety>
public sealed class CapacityDocument
{
    /// <summary>The amount.</summary>
    public double Amount { get; set; }
    /// <summary>The unit code.</summary>
    public string? Unit { get; set; }
}

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

/// <summary>A funding line.</summary>
/// <threadsafety>Mutable transfer object; not thread-safe.</threadsafety>
public sealed class FundingLineDocument
{
    /// <summary>The source: <c>bund</c>, <c>land</c>, <c>kreis</c>, <c>kommune</c>, <c>euEsf</c>, <c>socialInsurance</c>, <c>foundationLottery</c>, <c>ownFunds</c>, <c>donations</c>.</summary>
    public string? Source { get; set; }
    /// <summary>The programme name.</summary>
    public string? Programme { get; set; }
    /// <summary>The instrument: <c>fullFunding</c>, <c>shareFunding</c>, <c>deficitFunding</c>, <c>fixedAmount</c>, <c>serviceFee</c>, <c>ownResources</c>.</summary>
    public string? Instrument { get; set; }
    /// <summary>EUR per year.</summary>
    public decimal AmountPerYear { get; set; }
    /// <summary>First day of the period.</summary>
    public LocalDate Start { get; set; }
    /// <summary>Last day of the period (inclusive).</summary>
    public LocalDate End { get; set; }
    /// <summary>Provenance.</summary>
    public ProvenanceDocument? Provenance { get; set; }
}

/// <summary>A raw indicator datum. Status codes as in <see cref="Statistics.ValueStatusExtensions.ToCode"/>; default <c>exact</c>.</summary>
/// <threadsafety>Mutable transfer object; not thread-safe.</threadsafety>
public sealed class IndicatorRecordDocument
{
    /// <summary>The space id.</summary>
    public string? Space { get; set; }
    /// <summary>The indicator id.</summary>
    public string? Indicator { get; set; }
    /// <summary>The reference date.</summary>
    public LocalDate Date { get; set; }
    /// <summary>The numerator or direct value (null when the status carries no number).</summary>
    public double? Value { get; set; }
    /// <summary>The numerator's status code.</summary>
    public string? Status { get; set; }
    /// <summary>The denominator, or null for a direct value.</summary>
    public double? Denominator { get; set; }
    /// <summary>The denominator's status code (when the denominator is missing or flagged).</summary>
    public string? DenominatorStatus { get; set; }
    /// <summary>Provenance.</summary>
    public ProvenanceDocument? Provenance { get; set; }
}

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
    /// <summary>Provenance.</summary>
    public ProvenanceDocument? Provenance { get; set; }
}

/// <summary>A provider survey statement.</summary>
/// <threadsafety>Mutable transfer object; not thread-safe.</threadsafety>
public sealed class ProviderStatementDocument
{
    /// <summary>The offering id.</summary>
    public string? OfferingId { get; set; }
    /// <summary>From when.</summary>
    public LocalDate EffectiveFrom { get; set; }
    /// <summary>Expected capacity reduction share in [0, 1].</summary>
    public double CapacityReduction { get; set; }
    /// <summary>Expected funding loss in EUR per year.</summary>
    public decimal? ExpectedFundingLossPerYear { get; set; }
    /// <summary>The statement.</summary>
    public string? Text { get; set; }
    /// <summary>When reported.</summary>
    public LocalDate ReportedOn { get; set; }
    /// <summary>Provenance.</summary>
    public ProvenanceDocument? Provenance { get; set; }
}
