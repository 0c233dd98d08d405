using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Tests.Spaces;

/// <summary>ETRS89 / UTM 32N against PROJ 9.1.1 (TestData/geo/utm32-proj.csv, how computed: its header).</summary>
public class TransverseMercatorTests
{
    private static readonly TransverseMercator Utm32 = TransverseMercator.Etrs89Utm32N;

    public static TheoryData<string, double, double, double, double> ReferencePoints()
    {
        var data = new TheoryData<string, double, double, double, double>();
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "geo", "utm32-proj.csv")))
        {
            if (line.StartsWith('#')) continue;
            var f = line.Split(';');
            double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
            data.Add(f[0], D(1), D(2), D(3), D(4));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ReferencePoints))]
    public void Agrees_with_PROJ_to_a_millimetre(string direction, double lat, double lon, double easting, double northing)
    {
        if (direction == "forward")
        {
            var p = Utm32.Forward(new GeoPoint(lat, lon));
            Assert.InRange(Math.Abs(p.Easting - easting), 0, 0.001);
            Assert.InRange(Math.Abs(p.Northing - northing), 0, 0.001);
        }
        else
        {
            var g = Utm32.Inverse(new ProjectedPoint(easting, northing));
            // Degrees to metres on the ellipsoid: 1° of latitude ≈ 111.2 km, of longitude ≈ 111.3 km · cos φ (upper bounds).
            Assert.InRange(Math.Abs(g.Latitude - lat) * 111_700, 0, 0.001);
            Assert.InRange(Math.Abs(g.Longitude - lon) * 111_400 * Math.Cos(lat * Math.PI / 180), 0, 0.001);
        }
    }

    [Fact]
    public void Central_meridian_maps_to_the_false_easting_and_the_equator_to_zero()
    {
        var p = Utm32.Forward(new GeoPoint(0, 9));
        Assert.Equal(500_000, p.Easting, 9);
        Assert.Equal(0, p.Northing, 9);
        Assert.Equal(new GeoPoint(0, 9), Utm32.Inverse(new ProjectedPoint(500_000, 0)));
    }

    [Fact]
    public void Zone_parameters_follow_the_UTM_definition()
    {
        Assert.Equal(9, Utm32.CentralMeridian);
        Assert.Equal(3, TransverseMercator.Utm(31).CentralMeridian);
        Assert.Equal(0.9996, Utm32.ScaleFactor);
        Assert.Equal(500_000, Utm32.FalseEasting);
        Assert.Throws<ArgumentOutOfRangeException>(() => TransverseMercator.Utm(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TransverseMercator(6_378_137, 0.5, 9, 0.9996, 500_000, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Utm32.Forward(new GeoPoint(50, -100)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProjectedPoint(double.NaN, 0));
    }

    [Property(MaxTest = 500)]
    public Property Round_trip_is_exact_to_a_micrometre()
    {
        var points = from lat in Gen.Choose(-700_000, 800_000)
                     from lon in Gen.Choose(-3_000_000, 21_000_000)
                     select new GeoPoint(lat / 10_000.0, lon / 1_000_000.0);
        return Prop.ForAll(points.ToArbitrary(), p =>
        {
            var back = Utm32.Inverse(Utm32.Forward(p));
            return Math.Abs(back.Latitude - p.Latitude) * 111_700 < 1e-6 && Math.Abs(back.Longitude - p.Longitude) * 111_400 < 1e-6;
        });
    }
}
