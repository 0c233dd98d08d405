using NodaTime;

namespace Sozialindikatoren.Data.Json;

/// <summary>Persons in one age band: <c>band</c> as <c>0-3</c> ([0,3)) or <c>80+</c>.</summary>
/// <threadsafety>Mutable transfer object; not thread-safe.</threadsafety>
public sealed class AgeBandCountDocument
{
    /// <summary>The band.</summary>
    public string? Band { get; set; }
    /// <summary>Persons.</summary>
    public long Count { get; set; }
}
