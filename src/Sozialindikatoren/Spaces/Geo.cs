using System.Globalization;

namespace Sozialindikatoren.Spaces;

/// <summary>A point in WGS84 (<em>Koordinate</em>): latitude and longitude in decimal degrees.</summary>
/// <remarks>Latitude in [−90, 90], longitude in [−180, 180], both finite.</remarks>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct GeoPoint : IEquatable<GeoPoint>
{
    /// <summary>Creates a point.</summary>
    /// <param name="latitude">Latitude in degrees north, −90 to 90.</param>
    /// <param name="longitude">Longitude in degrees east, −180 to 180.</param>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is out of range or not finite.</exception>
    public GeoPoint(double latitude, double longitude)
    {
        if (!double.IsFinite(latitude) || latitude < -90 || latitude > 90)
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, $"latitude: must be within -90 and 90 degrees, was {latitude.ToString(CultureInfo.InvariantCulture)}.");
        if (!double.IsFinite(longitude) || longitude < -180 || longitude > 180)
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, $"longitude: must be within -180 and 180 degrees, was {longitude.ToString(CultureInfo.InvariantCulture)}.");
        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Latitude in degrees north.</summary>
    public double Latitude { get; }

    /// <summary>Longitude in degrees east.</summary>
    public double Longitude { get; }

    /// <summary>Great-circle distance in km on a sphere of mean Earth radius 6371.0088 km (haversine formula).</summary>
    /// <param name="other">The other point.</param>
    /// <returns>The distance in km.</returns>
    public double DistanceKm(GeoPoint other)
    {
        const double r = 6371.0088;
        const double rad = Math.PI / 180;
        var dLat = (other.Latitude - Latitude) * rad;
        var dLon = (other.Longitude - Longitude) * rad;
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
              + Math.Cos(Latitude * rad) * Math.Cos(other.Latitude * rad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * r * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <inheritdoc />
    public bool Equals(GeoPoint other) => Latitude.Equals(other.Latitude) && Longitude.Equals(other.Longitude);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GeoPoint p && Equals(p);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Latitude, Longitude);

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(GeoPoint left, GeoPoint right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(GeoPoint left, GeoPoint right) => !left.Equals(right);

    /// <summary><c>lat,lon</c> in invariant culture, round-trip precision.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Latitude.ToString("R", CultureInfo.InvariantCulture) + "," + Longitude.ToString("R", CultureInfo.InvariantCulture);
}
