using System.Globalization;
using System.Text;

namespace Sozialindikatoren.Access;

/// <summary>How coordinates are to be read when travel costs are computed from points.</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum CoordinateSystem
{
    /// <summary>Projected (planar) coordinates in kilometres (e.g. UTM/ETRS89 divided by 1,000); distance is Euclidean.</summary>
    Planar = 0,
    /// <summary>WGS84 latitude and longitude in degrees; distance is the great-circle distance on a sphere with the
    /// mean Earth radius <see cref="TravelCosts.EarthRadiusKm"/> = 6371.0088 km.</summary>
    Wgs84 = 1,
}
