using System.Globalization;
using Sozialindikatoren.Access;

namespace Sozialindikatoren.Gaps;

/// <summary>
/// Options of the catchment-based supply (<see cref="SupplyMode.Access"/>, <em>erreichbares Angebot</em>): the travel
/// costs from the base spaces to the offerings, the catchment radius and the distance decay of the two-step floating
/// catchment area method (2SFCA).
/// </summary>
/// <remarks>
/// <para>Without <see cref="Costs"/> the costs are computed from coordinates: great-circle distance (WGS84) from the
/// space centroid to the offering's point (else the centroid of its location space or of its nearest ancestor with one)
/// × <see cref="DetourFactor"/>, converted to minutes at <see cref="SpeedKmh"/>. These defaults are planning assumptions
/// (<em>Annahmen</em>), documented in docs/gaps.md: detour factor 1.3, 50 km/h, catchment 30 minutes (inclusive),
/// binary decay.</para>
/// <para>With <see cref="Costs"/> the given matrix is used as it is (zones = base space ids, sites = offering ids;
/// pairs not listed are unreachable; the radius applies on top).</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class AccessSupplyOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="radiusMinutes">Catchment radius in cost units (minutes for the coordinate costs), inclusive, finite and &gt; 0 (default 30).</param>
    /// <param name="speedKmh">Travel speed in km/h for the coordinate costs, finite and &gt; 0 (default 50).</param>
    /// <param name="detourFactor">Network detour factor (<em>Umwegfaktor</em>) for the coordinate costs, finite and ≥ 1 (default 1.3).</param>
    /// <param name="decay">Distance decay f of the 2SFCA (default <see cref="DecayFunction.Binary()"/>).</param>
    /// <param name="costs">A precomputed cost matrix (zones = base space ids, sites = offering ids), or null to compute from coordinates.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value out of range.</exception>
    public AccessSupplyOptions(double radiusMinutes = 30, double speedKmh = 50, double detourFactor = 1.3, DecayFunction? decay = null, TravelCosts? costs = null)
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
        Decay = decay ?? DecayFunction.Binary();
        Costs = costs;
    }

    /// <summary>The defaults (30 minutes, 50 km/h, detour factor 1.3, binary decay, costs from coordinates).</summary>
    public static AccessSupplyOptions Default { get; } = new();

    /// <summary>Catchment radius (inclusive), in the cost unit.</summary>
    public double RadiusMinutes { get; }

    /// <summary>Travel speed in km/h.</summary>
    public double SpeedKmh { get; }

    /// <summary>Detour factor.</summary>
    public double DetourFactor { get; }

    /// <summary>The distance decay of the 2SFCA.</summary>
    public DecayFunction Decay { get; }

    /// <summary>A precomputed cost matrix, or null.</summary>
    public TravelCosts? Costs { get; }

    /// <inheritdoc />
    public override string ToString() => Costs is null
        ? string.Create(CultureInfo.InvariantCulture, $"2SFCA {Decay.Name}, radius {RadiusMinutes} min, {SpeedKmh} km/h, detour {DetourFactor}")
        : string.Create(CultureInfo.InvariantCulture, $"2SFCA {Decay.Name}, radius {RadiusMinutes}, given costs ({Costs.PairCount} pairs)");

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
