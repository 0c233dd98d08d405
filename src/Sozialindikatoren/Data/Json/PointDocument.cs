using NodaTime;

namespace Sozialindikatoren.Data.Json;

/// <summary>A point: latitude and longitude in WGS84 degrees.</summary>
/// <threadsafety>Mutable transfer object; not thread-safe.</threadsafety>
public sealed class PointDocument
{
    /// <summary>Latitude.</summary>
    public double Lat { get; set; }
    /// <summary>Longitude.</summary>
    public double Lon { get; set; }
}
