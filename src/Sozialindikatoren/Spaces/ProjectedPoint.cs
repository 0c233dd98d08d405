using System.Globalization;

namespace Sozialindikatoren.Spaces;

/// <summary>
/// A point in a projected (plane) coordinate system (<em>Rechts- und Hochwert</em>): easting and northing in metres,
/// e.g. ETRS89 / UTM zone 32N (EPSG:25832) as shipped by the German surveying offices (Geobasis NRW, BKG).
/// </summary>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct ProjectedPoint : IEquatable<ProjectedPoint>
{
    /// <summary>Creates a point.</summary>
    /// <param name="easting">Easting (<em>Ostwert</em>) in metres, finite.</param>
    /// <param name="northing">Northing (<em>Nordwert</em>) in metres, finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is not finite.</exception>
    public ProjectedPoint(double easting, double northing)
    {
        if (!double.IsFinite(easting)) throw new ArgumentOutOfRangeException(nameof(easting), easting, "easting: must be finite.");
        if (!double.IsFinite(northing)) throw new ArgumentOutOfRangeException(nameof(northing), northing, "northing: must be finite.");
        Easting = easting;
        Northing = northing;
    }

    /// <summary>Easting in metres (including the false easting, e.g. 500 000 m at the central meridian of a UTM zone).</summary>
    public double Easting { get; }

    /// <summary>Northing in metres (distance from the equator along the central meridian, scaled, plus the false northing).</summary>
    public double Northing { get; }

    /// <inheritdoc />
    public bool Equals(ProjectedPoint other) => Easting.Equals(other.Easting) && Northing.Equals(other.Northing);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProjectedPoint p && Equals(p);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Easting, Northing);

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(ProjectedPoint left, ProjectedPoint right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ProjectedPoint left, ProjectedPoint right) => !left.Equals(right);

    /// <summary><c>easting,northing</c> in invariant culture, round-trip precision.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Easting.ToString("R", CultureInfo.InvariantCulture) + "," + Northing.ToString("R", CultureInfo.InvariantCulture);
}
