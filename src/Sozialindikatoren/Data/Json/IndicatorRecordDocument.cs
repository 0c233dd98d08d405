using NodaTime;

namespace Sozialindikatoren.Data.Json;

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
    /// <summary>Whether the count is confidential (<em>vertraulich</em>): the committee report publishes the indicator's
    /// counts only after disclosure control; omitted = false.</summary>
    public bool? Confidential { get; set; }
    /// <summary>Provenance.</summary>
    public ProvenanceDocument? Provenance { get; set; }
}
