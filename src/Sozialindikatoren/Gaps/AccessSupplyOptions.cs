using System.Globalization;

namespace Sozialindikatoren.Gaps;

/// <summary>
/// Options of the catchment-based supply (<em>erreichbares Angebot</em>): travel costs from the space centroids to the
/// offerings (their point, else the centroid of their location space) and the catchment radius.
/// </summary>
/// <remarks>Defaults are planning assumptions (<em>Annahmen</em>), documented in docs/gaps.md: straight-line distance ×
/// detour factor 1.3, at 50 km/h, catchment 30 minutes (inclusive).</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class AccessSupplyOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="radiusMinutes">Catchment radius in minutes (inclusive), finite and &gt; 0 (default 30).</param>
    /// <param name="speedKmh">Travel speed in km/h, finite and &gt; 0 (default 50).</param>
    /// <param name="detourFactor">Network detour factor (<em>Umwegfaktor</em>), finite and ≥ 1 (default 1.3).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value out of range.</exception>
    public AccessSupplyOptions(double radiusMinutes = 30, double speedKmh = 50, double detourFactor = 1.3)
    {
        if (!double.IsFinite(radiusMinutes) || radiusMinutes <= 0)
            throw new ArgumentOutOfRangeException(nameof(radiusMinutes), radiusMinutes, $"access radiusMinutes: must be finite and > 0, was {F(radiusMinutes)}.");
        if (!double.IsFinite(speedKmh) || speedKmh <= 0)
            throw new ArgumentOutOfRangeException(nameof(speedKmh), speedKmh, $"access speedKmh: must be finite and > 0, was {F(speedKmh)}.");
        if (!double.IsFinite(detourFactor) || detourFactor < 1)
            throw new ArgumentOutOfRangeException(nameof(detourFactor), detourFactor, $"access detourFactor: must be finite and >= 1, was {F(detourFactor)}.");
        RadiusMinutes = radiusMinutes;
        SpeedKmh = speedKmh;
        DetourFactor = detourFactor;
    }

    /// <summary>The defaults (30 minutes, 50 km/h, detour factor 1.3).</summary>
    public static AccessSupplyOptions Default { get; } = new();

    /// <summary>Catchment radius in minutes (inclusive).</summary>
    public double RadiusMinutes { get; }

    /// <summary>Travel speed in km/h.</summary>
    public double SpeedKmh { get; }

    /// <summary>Detour factor.</summary>
    public double DetourFactor { get; }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"radius {RadiusMinutes} min, {SpeedKmh} km/h, detour {DetourFactor}");

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
