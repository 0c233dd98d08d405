using System.Text;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Geo;

namespace Sozialindikatoren.Tests.Data;

/// <summary>Boundary files: GeoJSON and shapefiles (EPSG:25832 and 4326), coordinate systems, malformed files.</summary>
public sealed class BoundaryFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("boundaries-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var p = Path.Combine(_dir, name);
        File.WriteAllText(p, text, Encoding.UTF8);
        return p;
    }

    /// <summary>Area of a longitude/latitude rectangle on the sphere of mean radius: R² Δλ (sin φ₂ − sin φ₁).</summary>
    private static double SphereRectangleKm2(double lon0, double lat0, double lon1, double lat1)
    {
        const double r = 6371.0088, rad = Math.PI / 180;
        return r * r * (lon1 - lon0) * rad * (Math.Sin(lat1 * rad) - Math.Sin(lat0 * rad));
    }

    [Fact]
    public void GeoJson_IsRead_WithAttributesCentroidAndArea()
    {
        var features = BoundaryFile.Read(GeoTestFiles.MusterkreisGeoJson);
        Assert.Equal(6, features.Count);
        var adorf = features[0];
        Assert.Equal(0, adorf.Index);
        Assert.Equal("5999004", adorf.Attributes["schluessel"]);   // a JSON number, written without decimals
        Assert.Equal("Adorf", adorf.Attributes["NAME"]);             // attribute names compare case-insensitively
        Assert.Equal(1, adorf.PartCount);
        // 0.1° × 0.1° at 51° N ≈ 77.8 km² (sphere); the UTM plane area agrees to well under 1 %.
        Assert.Equal(SphereRectangleKm2(7.9, 50.9, 8.0, 51.0), adorf.AreaKm2, SphereRectangleKm2(7.9, 50.9, 8.0, 51.0) * 0.01);
        // The centroid of a small rectangle lies at its centre, to a few metres.
        Assert.InRange(adorf.Centroid.DistanceKm(new Sozialindikatoren.Spaces.GeoPoint(50.95, 7.95)), 0, 0.01);
        Assert.Equal(6, features[0].Boundary.Exterior.Count);
    }

    [Fact]
    public void Shapefile_InEpsg25832_GivesTheSameBoundariesAsTheGeoJson()
    {
        var shp = GeoTestFiles.WriteShapefile(_dir, "grenzen");
        var fromShp = BoundaryFile.Read(shp);
        var fromJson = BoundaryFile.Read(GeoTestFiles.MusterkreisGeoJson);
        Assert.Equal(fromJson.Count, fromShp.Count);
        for (var i = 0; i < fromJson.Count; i++)
        {
            Assert.Equal(fromJson[i].Attributes["schluessel"], fromShp[i].Attributes["schluessel"]);
            Assert.Equal(fromJson[i].Attributes["name"], fromShp[i].Attributes["name"]);   // UTF-8 DBF with .cpg: "Bestadt-Süd"
            Assert.Equal(fromJson[i].AreaKm2, fromShp[i].AreaKm2, 1e-6);
            Assert.InRange(fromJson[i].Centroid.DistanceKm(fromShp[i].Centroid), 0, 1e-6);
            var a = fromJson[i].Boundary.Exterior;
            var b = fromShp[i].Boundary.Exterior;
            Assert.Equal(a.Count, b.Count);
            // Exterior rings come out counter-clockwise from both (the shapefile's are clockwise): same order of points,
            // and the UTM round trip is exact to far below a millimetre (1e-9° ≈ 0.1 mm).
            for (var k = 0; k < a.Count; k++)
            {
                Assert.Equal(a[k].Latitude, b[k].Latitude, 1e-9);
                Assert.Equal(a[k].Longitude, b[k].Longitude, 1e-9);
            }
        }
    }

    [Fact]
    public void Shapefile_InWgs84_IsRead()
    {
        var shp = GeoTestFiles.WriteShapefile(_dir, "wgs", "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]", geographic: true);
        var features = BoundaryFile.Read(shp);
        Assert.Equal(6, features.Count);
        Assert.InRange(features[0].Centroid.DistanceKm(new Sozialindikatoren.Spaces.GeoPoint(50.95, 7.95)), 0, 0.01);
    }

    [Fact]
    public void Shapefile_WithAnotherSystem_IsAnErrorNamingThePrj()
    {
        var shp = GeoTestFiles.WriteShapefile(_dir, "gk", GeoTestFiles.GaussKruegerWkt);
        var ex = Assert.Throws<DataProblemException>(() => BoundaryFile.Read(shp));
        var p = Assert.Single(ex.Problems);
        Assert.Equal("gk.prj", p.Source);
        Assert.Contains("DHDN_3_Degree_Gauss_Zone_2", p.Value, StringComparison.Ordinal);
        Assert.Contains("EPSG:25832", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shapefile_WithoutPrj_IsAnError()
    {
        var shp = GeoTestFiles.WriteShapefile(_dir, "noprj", prj: null);
        var p = Assert.Single(Assert.Throws<DataProblemException>(() => BoundaryFile.Read(shp)).Problems);
        Assert.Equal("noprj.prj", p.Source);
        Assert.Contains("no .prj", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shapefile_WithoutDbf_IsAnError()
    {
        var shp = GeoTestFiles.WriteShapefile(_dir, "nodbf");
        File.Delete(Path.ChangeExtension(shp, ".dbf"));
        var p = Assert.Single(Assert.Throws<DataProblemException>(() => BoundaryFile.Read(shp)).Problems);
        Assert.Equal("nodbf.dbf", p.Source);
    }

    [Fact]
    public void Shapefile_Truncated_IsAnErrorNotACrash()
    {
        var shp = GeoTestFiles.WriteShapefile(_dir, "cut");
        var bytes = File.ReadAllBytes(shp);
        File.WriteAllBytes(shp, bytes[..(bytes.Length / 2)]);
        var ex = Assert.Throws<DataProblemException>(() => BoundaryFile.Read(shp));
        Assert.All(ex.Problems, p => Assert.StartsWith("cut.", p.Source, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(GeoTestFiles.Utm32Wkt, "Utm32N")]
    [InlineData("PROJCS[\"ETRS89 / UTM zone 32N\",GEOGCS[\"ETRS89\",DATUM[\"European_Terrestrial_Reference_System_1989\",SPHEROID[\"GRS 1980\",6378137,298.257222101]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",9],PARAMETER[\"scale_factor\",0.9996],PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1],AUTHORITY[\"EPSG\",\"25832\"]]", "Utm32N")]
    [InlineData("PROJCRS[\"ETRS89 / UTM zone 32N\",BASEGEOGCRS[\"ETRS89\"],CONVERSION[\"UTM zone 32N\",METHOD[\"Transverse Mercator\"],PARAMETER[\"False easting\",500000]],ID[\"EPSG\",25832]]", "Utm32N")]
    [InlineData("PROJCS[\"ETRS_1989_UTM_Zone_32N_zE-N\",GEOGCS[\"GCS_ETRS_1989\"],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",32500000.0]]", null)]
    [InlineData(GeoTestFiles.GaussKruegerWkt, null)]
    [InlineData("PROJCS[\"ETRS_1989_UTM_Zone_33N\",GEOGCS[\"GCS_ETRS_1989\"],PARAMETER[\"False_Easting\",500000.0]]", null)]
    [InlineData("GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]]]", "Geographic")]
    [InlineData("GEOGCS[\"ETRS89\",DATUM[\"European_Terrestrial_Reference_System_1989\"]]", "Geographic")]
    [InlineData("GEOGCS[\"DHDN\",DATUM[\"Deutsches_Hauptdreiecksnetz\"]]", null)]
    public void Prj_IsRecognised(string wkt, string? expected) =>
        Assert.Equal(expected, BoundaryFile.CrsOfWkt(wkt)?.ToString());

    [Theory]
    [InlineData("urn:ogc:def:crs:OGC:1.3:CRS84", "Geographic")]
    [InlineData("urn:ogc:def:crs:EPSG::4326", "Geographic")]
    [InlineData("EPSG:25832", "Utm32N")]
    [InlineData("urn:ogc:def:crs:EPSG::25832", "Utm32N")]
    [InlineData("urn:ogc:def:crs:EPSG::31466", null)]
    public void GeoJsonCrsName_IsRecognised(string name, string? expected) =>
        Assert.Equal(expected, BoundaryFile.CrsOfName(name)?.ToString());

    [Fact]
    public void GeoJson_WithUtmCrsMember_IsUnprojected()
    {
        var e = Sozialindikatoren.Spaces.TransverseMercator.Etrs89Utm32N.Forward(new Sozialindikatoren.Spaces.GeoPoint(50.9, 7.9));
        var (x, y) = (e.Easting, e.Northing);
        var ring = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[[{x},{y}],[{x + 7000},{y}],[{x + 7000},{y + 11000}],[{x},{y + 11000}],[{x},{y}]]");
        var path = Write("utm.geojson", "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::25832\"}},"
            + "\"features\":[{\"type\":\"Feature\",\"id\":\"a\",\"properties\":null,\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}]}");
        var f = Assert.Single(BoundaryFile.Read(path));
        Assert.Equal("a", f.Attributes["id"]);                    // the feature id counts as an attribute
        Assert.Equal(77, f.AreaKm2, 1e-6);                         // exactly the plane area: 7 km × 11 km
        Assert.Equal(50.9, f.Boundary.Exterior[0].Latitude, 1e-9);
        Assert.Equal(7.9, f.Boundary.Exterior[0].Longitude, 1e-9);
    }

    [Fact]
    public void GeoJson_ProjectedCoordinatesWithoutCrs_AreAnErrorNamingThePosition()
    {
        var path = Write("bad.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"properties\":{\"id\":\"a\"},\n\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[431000,5636000],[432000,5636000],[432000,5637000],[431000,5636000]]]}}]}");
        var p = Assert.Single(Assert.Throws<DataProblemException>(() => BoundaryFile.Read(path)).Problems);
        Assert.Equal(("bad.geojson", 2, "features[0].geometry.coordinates[0][0]", "[431000, 5636000]"), (p.Source, p.Line, p.Field, p.Value));
        Assert.Contains("WGS84", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GeoJson_UnclosedRing_PointGeometry_AndMissingGeometry_AreNamedByFeature()
    {
        var path = Write("mixed.geojson", """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "Polygon", "coordinates": [[[8,51],[8.1,51],[8.1,51.1],[8,51.1]]]}},
              {"type": "Feature", "properties": {"id": "b"}, "geometry": {"type": "Point", "coordinates": [8,51]}},
              {"type": "Feature", "properties": {"id": "c"}, "geometry": null}
            ]}
            """);
        var notes = new List<DataProblem>();
        var ex = Assert.Throws<DataProblemException>(() => BoundaryFile.Read(path, notes));
        Assert.Equal(2, ex.Problems.Count);
        Assert.Equal(("features[0].geometry.coordinates[0]", 2), (ex.Problems[0].Field, ex.Problems[0].Line));
        Assert.Contains("not closed", ex.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(("features[1].geometry.type", "Point", 3), (ex.Problems[1].Field, ex.Problems[1].Value, ex.Problems[1].Line));
    }

    [Fact]
    public void GeoJson_FeatureWithoutGeometry_IsAWarning_AndMultiPolygonKeepsItsLargestPart()
    {
        var path = Write("multi.geojson", """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"id": "c"}, "geometry": null},
              {"type": "Feature", "properties": {"id": "m"}, "geometry": {"type": "MultiPolygon", "coordinates": [
                [[[8,51],[8.01,51],[8.01,51.01],[8,51.01],[8,51]]],
                [[[8.1,51],[8.2,51],[8.2,51.1],[8.1,51.1],[8.1,51]]]]}}
            ]}
            """);
        var notes = new List<DataProblem>();
        var f = Assert.Single(BoundaryFile.Read(path, notes));
        var w = Assert.Single(notes);
        Assert.Equal((ProblemSeverity.Warning, "features[0].geometry"), (w.Severity, w.Field));
        Assert.Equal(2, f.PartCount);
        Assert.Equal(8.1, f.Boundary.Exterior.Min(p => p.Longitude), 12);        // the larger part is drawn
        var parts = SphereRectangleKm2(8, 51, 8.01, 51.01) + SphereRectangleKm2(8.1, 51, 8.2, 51.1);
        Assert.Equal(parts, f.AreaKm2, parts * 0.01);                             // the area counts both
    }

    [Fact]
    public void GeoJson_InvalidJson_NamesLineAndColumn()
    {
        var path = Write("broken.geojson", "{\"type\": \"FeatureCollection\",\n \"features\": [ {,} ]}");
        var p = Assert.Single(Assert.Throws<DataProblemException>(() => BoundaryFile.Read(path)).Problems);
        Assert.Equal(("broken.geojson", 2), (p.Source, p.Line));
        Assert.True(p.Column > 0);
    }

    [Fact]
    public void GeoJson_NotAFeatureCollection_IsAnError()
    {
        var path = Write("geom.geojson", "{\"type\": \"Polygon\", \"coordinates\": [[[8,51],[8.1,51],[8.1,51.1],[8,51]]]}");
        var p = Assert.Single(Assert.Throws<DataProblemException>(() => BoundaryFile.Read(path)).Problems);
        Assert.Equal(("$.type", "Polygon"), (p.Field, p.Value));
    }

    [Fact]
    public void UnknownExtension_AndMissingFile_AreErrors()
    {
        Assert.Throws<DataProblemException>(() => BoundaryFile.Read(Write("grenzen.kml", "<kml/>")));
        Assert.Throws<DataProblemException>(() => BoundaryFile.Read(Path.Combine(_dir, "none.geojson")));
    }
}
