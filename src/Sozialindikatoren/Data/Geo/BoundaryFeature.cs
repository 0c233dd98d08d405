using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Data.Geo;

/// <summary>
/// One area read from a boundary file (<em>Gebietsgrenze</em>, a GeoJSON feature or a shapefile record): its
/// attributes, its boundary in WGS84 and the centroid and area computed from its geometry.
/// </summary>
/// <remarks>
/// <para>Centroid and area are computed on ETRS89 / UTM 32N (<see cref="TransverseMercator.Etrs89Utm32N"/>) plane
/// coordinates, over all parts of a multi-part area; the centroid is the area-weighted centre of mass (it may lie
/// outside a strongly concave area).</para>
/// <para><see cref="Boundary"/> holds one polygon: for a multi-part area (an exclave) the largest part
/// (<see cref="PartCount"/> tells how many there were).</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class BoundaryFeature
{
    internal BoundaryFeature(int index, IReadOnlyDictionary<string, string> attributes, GeoPolygon boundary, GeoPoint centroid, double areaKm2, int partCount)
    {
        Index = index;
        Attributes = attributes;
        Boundary = boundary;
        Centroid = centroid;
        AreaKm2 = areaKm2;
        PartCount = partCount;
    }

    /// <summary>The 0-based position in the file (GeoJSON <c>features[i]</c>, shapefile record i + 1).</summary>
    public int Index { get; }

    /// <summary>The attributes (<em>Attribute</em>: GeoJSON <c>properties</c> and <c>id</c>, shapefile DBF fields) as
    /// invariant text (whole numbers without decimals, other numbers round-trip); a null or empty value is left out.
    /// Names compare case-insensitively.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; }

    /// <summary>The boundary in WGS84 (the largest part of a multi-part area), exterior ring counter-clockwise, holes clockwise.</summary>
    public GeoPolygon Boundary { get; }

    /// <summary>The area-weighted centroid (<em>Flächenschwerpunkt</em>) of all parts, WGS84.</summary>
    public GeoPoint Centroid { get; }

    /// <summary>The area in km² of all parts (on the UTM 32N plane: the area scale error is below 0.1 % within 250 km of 9° E, which covers NRW, and below 0.4 % across Germany).</summary>
    public double AreaKm2 { get; }

    /// <summary>The number of polygon parts the feature had (1 for a simple polygon).</summary>
    public int PartCount { get; }
}
