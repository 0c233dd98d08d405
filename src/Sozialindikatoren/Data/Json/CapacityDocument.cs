using NodaTime;

namespace Sozialindikatoren.Data.Json;

/// <summary>A capacity: amount and unit (<c>places</c>, <c>fte</c>, <c>hours_per_week</c>, <c>cases_per_year</c>).</summary>
/// <threadsafety>Mutable transfer object; not thread-safe.</threadsafety>
public sealed class CapacityDocument
{
    /// <summary>The amount.</summary>
    public double Amount { get; set; }
    /// <summary>The unit code.</summary>
    public string? Unit { get; set; }
}
