using System.Text;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Tests.Data;

/// <summary>The Musterkreis test data (TestData/geo/musterkreis) and shapefiles written from its polygons with NTS.</summary>
internal static class GeoTestFiles
{
    public static string Musterkreis => Path.Combine(AppContext.BaseDirectory, "TestData", "geo", "musterkreis");

    public static string MusterkreisGeoJson => Path.Combine(Musterkreis, "grenzen.geojson");

    /// <summary>ETRS89 / UTM 32N as Esri WKT (what ArcGIS and QGIS write into a .prj for EPSG:25832).</summary>
    public const string Utm32Wkt =
        "PROJCS[\"ETRS_1989_UTM_Zone_32N\",GEOGCS[\"GCS_ETRS_1989\",DATUM[\"D_ETRS_1989\",SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],"
        + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],"
        + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",9.0],PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

    /// <summary>DHDN / 3-degree Gauss-Kruger zone 2 (EPSG:31466): not supported.</summary>
    public const string GaussKruegerWkt =
        "PROJCS[\"DHDN_3_Degree_Gauss_Zone_2\",GEOGCS[\"GCS_Deutsches_Hauptdreiecksnetz\",DATUM[\"D_Deutsches_Hauptdreiecksnetz\",SPHEROID[\"Bessel_1841\",6377397.155,299.1528128]],"
        + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",2500000.0],"
        + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",6.0],PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

    /// <summary>The Musterkreis polygons (lon/lat rings) with their <c>schluessel</c> and <c>name</c>, as in grenzen.geojson.</summary>
    public static IReadOnlyList<(object Key, string Name, (double Lon, double Lat)[] Ring)> Polygons { get; } =
    [
        (5999004L, "Adorf", [(7.9, 50.9), (8.0, 50.9), (8.0, 50.95), (8.0, 51.0), (7.9, 51.0), (7.9, 50.9)]),
        (5999008L, "Bestadt", [(8.0, 50.9), (8.1, 50.9), (8.1, 50.95), (8.1, 51.0), (8.0, 51.0), (8.0, 50.95), (8.0, 50.9)]),
        ("bestadt-nord", "Bestadt-Nord", [(8.0, 50.95), (8.1, 50.95), (8.1, 51.0), (8.0, 51.0), (8.0, 50.95)]),
        ("bestadt-sued", "Bestadt-Süd", [(8.0, 50.9), (8.1, 50.9), (8.1, 50.95), (8.0, 50.95), (8.0, 50.9)]),
        (5999012L, "Cedorf", [(8.1, 50.9), (8.2, 50.9), (8.2, 51.0), (8.1, 51.0), (8.1, 50.95), (8.1, 50.9)]),
        (5999099L, "Nachbargemeinde (nicht im Datensatz)", [(8.2, 50.9), (8.3, 50.9), (8.3, 51.0), (8.2, 51.0), (8.2, 50.9)]),
    ];

    /// <summary>Writes the Musterkreis polygons as a shapefile <c>name.shp</c> (+ .shx, .dbf, .cpg, .prj) in
    /// <paramref name="dir"/>: projected to EPSG:25832 with <see cref="TransverseMercator.Etrs89Utm32N"/> unless
    /// <paramref name="geographic"/>; the key as a DBF character field <c>schluessel</c> (numbers without leading zero).</summary>
    public static string WriteShapefile(string dir, string name, string? prj = Utm32Wkt, bool geographic = false)
    {
        var factory = new GeometryFactory();
        var features = Polygons.Select(p =>
        {
            var coords = p.Ring.Select(c =>
            {
                if (geographic) return new Coordinate(c.Lon, c.Lat);
                var e = TransverseMercator.Etrs89Utm32N.Forward(new GeoPoint(c.Lat, c.Lon));
                return new Coordinate(e.Easting, e.Northing);
            }).ToArray();
            // Shapefile exteriors are clockwise.
            Array.Reverse(coords);
            var attributes = new AttributesTable { { "schluessel", p.Key.ToString()! }, { "name", p.Name } };
            return (IFeature)new Feature(factory.CreatePolygon(coords), attributes);
        }).ToArray();
        var path = Path.Combine(dir, name + ".shp");
        Shapefile.WriteAllFeatures(features, path, null, Encoding.UTF8);
        if (prj is null) File.Delete(Path.ChangeExtension(path, ".prj"));
        else File.WriteAllText(Path.ChangeExtension(path, ".prj"), prj);
        return path;
    }
}
