using NodaTime;

namespace Sozialindikatoren.Data.Json;

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
