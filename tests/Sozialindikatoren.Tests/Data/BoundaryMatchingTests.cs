using Sozialindikatoren.Common;
using Sozialindikatoren.Data;
using Sozialindikatoren.Data.Geo;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Tests.Data;

/// <summary>Matching boundary features to spaces: the key, leading zeros, warnings, centroids and contiguity.</summary>
public sealed class BoundaryMatchingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("matching-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>The Musterkreis folder without its grenzen.geojson (copied), so the tests choose the boundaries.</summary>
    private PlanningData Plain()
    {
        foreach (var f in Directory.EnumerateFiles(GeoTestFiles.Musterkreis, "*.csv")) File.Copy(f, Path.Combine(_dir, Path.GetFileName(f)));
        return PlanningDataSource.LoadWith(_dir, DataLoadOptions.Default, null);
    }

    [Fact]
    public void Folder_FindsGrenzenGeojson_MatchesByTheKeyWhoseValuesAreSpaceIds()
    {
        var notes = new List<DataProblem>();
        var data = PlanningDataSource.LoadWith(GeoTestFiles.Musterkreis, DataLoadOptions.Default, notes);
        foreach (var id in new[] { "05999004", "05999008", "bestadt-nord", "bestadt-sued", "05999012" })
            Assert.NotNull(data.Region[id].Boundary);
        Assert.Null(data.Region["05999000"].Boundary);
        var note = Assert.Single(notes, n => n.Severity == ProblemSeverity.Note && n.Source == "grenzen.geojson");
        Assert.Equal("schluessel", note.Field);   // not "name", whose values match nothing
        Assert.Contains("5 of 6 spaces, 3 after restoring leading zeros", note.Message, StringComparison.Ordinal);
        var unmatched = Assert.Single(notes, n => n.Severity == ProblemSeverity.Warning && n.Source == "grenzen.geojson");
        Assert.Equal("5999099", unmatched.Value);
        Assert.Contains("1 feature(s) match no space", unmatched.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Centroid_AndMissingArea_ComeFromTheGeometry()
    {
        var data = PlanningDataSource.LoadWith(GeoTestFiles.Musterkreis, DataLoadOptions.Default, null);
        var nord = data.Region["bestadt-nord"];
        Assert.InRange(nord.Centroid!.Value.DistanceKm(new GeoPoint(50.975, 8.05)), 0, 0.01);
        Assert.InRange(nord.AreaKm2!.Value, 38, 40);   // 0.1° × 0.05° at 51° N ≈ 38.9 km²
    }

    [Fact]
    public void Contiguity_ComesFromTheGeometry()
    {
        var data = PlanningDataSource.LoadWith(GeoTestFiles.Musterkreis, DataLoadOptions.Default, null);
        var leaves = data.Region.LeavesOf("05999000");   // Adorf, Nord, Süd, Cedorf
        Assert.Equal(["05999004", "bestadt-nord", "bestadt-sued", "05999012"], leaves.Select(s => s.Id.Value));
        var rook = RegionTables.Neighbours(leaves, Contiguity.Rook);
        Assert.Equal([1, 2], rook[0].ToArray());        // Adorf borders both Stadtteile along 8° E
        Assert.Equal([0, 2, 3], rook[1].ToArray());     // Nord: Adorf, Süd, Cedorf
        Assert.Equal([1, 2], rook[3].ToArray());        // Cedorf: both Stadtteile, not Adorf
    }

    [Fact]
    public void Shapefile_OnTheCommandLine_GivesTheSameSpacesAsTheFoldersGeojson()
    {
        var shp = GeoTestFiles.WriteShapefile(_dir, "gemeinden");
        var plain = Plain();
        var notes = new List<DataProblem>();
        var fromShp = BoundaryMatching.ApplyFile(plain, shp, null, notes);
        var fromJson = PlanningDataSource.LoadWith(GeoTestFiles.Musterkreis, DataLoadOptions.Default, null);
        foreach (var s in fromJson.Region.Spaces.Where(s => s.Boundary is not null))
            Assert.InRange(fromShp.Region[s.Id].Centroid!.Value.DistanceKm(s.Centroid!.Value), 0, 1e-6);
        Assert.Contains(notes, n => n.Severity == ProblemSeverity.Warning && n.Value == "5999099");
    }

    [Fact]
    public void ExplicitKey_IsUsed_AndAnUnknownKeyListsTheAttributes()
    {
        var plain = Plain();
        var features = BoundaryFile.Read(GeoTestFiles.MusterkreisGeoJson);
        var notes = new List<DataProblem>();
        var byName = BoundaryMatching.Apply(plain, features, "grenzen.geojson", "NAME", notes);
        Assert.Contains(notes, n => n.Severity == ProblemSeverity.Note && n.Message.Contains("attribute 'name': 0 of 6", StringComparison.Ordinal));
        Assert.Null(byName.Region["05999004"].Boundary);
        // Every space at a matched level would get a warning; with no match at all there is no matched level.
        var ex = Assert.Throws<DataProblemException>(() => BoundaryMatching.Apply(plain, features, "grenzen.geojson", "AGS", null));
        var p = Assert.Single(ex.Problems);
        Assert.Equal(("--boundaries-key", "AGS"), (p.Field, p.Value));
        Assert.Contains("schluessel, name", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SpacesWithoutAFeature_AtAMatchedLevel_AreWarnings()
    {
        var plain = Plain();
        var features = BoundaryFile.Read(GeoTestFiles.MusterkreisGeoJson).Where(f => f.Attributes["name"] != "Bestadt-Süd").ToArray();
        var notes = new List<DataProblem>();
        BoundaryMatching.Apply(plain, features, "grenzen.geojson", null, notes);
        var w = Assert.Single(notes, n => n.Severity == ProblemSeverity.Warning && n.Value == "bestadt-sued");
        Assert.Contains("Bestadt-Süd", w.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(notes, n => n.Severity == ProblemSeverity.Warning && n.Value == "05999000");   // the Kreis: a note only
    }

    [Fact]
    public void NoAttributeMatching_IsAnErrorWithExamples()
    {
        var path = Path.Combine(_dir, "other.geojson");
        File.WriteAllText(path, """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"GEN":"Irgendwo","RS":"09162000"},"geometry":{"type":"Polygon","coordinates":[[[8,51],[8.1,51],[8.1,51.1],[8,51]]]}}]}""");
        var p = Assert.Single(Assert.Throws<DataProblemException>(() => BoundaryMatching.ApplyFile(Plain(), path, null, null)).Problems);
        Assert.Equal("other.geojson", p.Source);
        Assert.Contains("GEN (e.g. 'Irgendwo')", p.Message, StringComparison.Ordinal);
        Assert.Contains("--boundaries-key", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Regionalschluessel_MatchesItsAgs_AndTheLargerOfTwoFeaturesIsUsed()
    {
        var path = Path.Combine(_dir, "ars.geojson");
        // ARS 059990008008 → AGS 05999008; 59990004004 lost its leading zero → 05999004; two features for Adorf.
        File.WriteAllText(path, """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"ARS":"059990008008"},"geometry":{"type":"Polygon","coordinates":[[[8,50.9],[8.1,50.9],[8.1,51],[8,51],[8,50.9]]]}},
             {"type":"Feature","properties":{"ARS":59990004004},"geometry":{"type":"Polygon","coordinates":[[[7.9,50.9],[8,50.9],[8,51],[7.9,51],[7.9,50.9]]]}},
             {"type":"Feature","properties":{"ARS":59990004004},"geometry":{"type":"Polygon","coordinates":[[[7.9,50.9],[7.91,50.9],[7.91,50.91],[7.9,50.9]]]}}
            ]}
            """);
        var notes = new List<DataProblem>();
        var data = BoundaryMatching.ApplyFile(Plain(), path, null, notes);
        Assert.NotNull(data.Region["05999008"].Boundary);
        Assert.Equal(7.9, data.Region["05999004"].Boundary!.Exterior.Min(p => p.Longitude), 12);
        Assert.Equal(8.0, data.Region["05999004"].Boundary!.Exterior.Max(p => p.Longitude), 12);   // the large one
        Assert.Contains(notes, n => n.Severity == ProblemSeverity.Warning && n.Message.Contains("two features (feature 1, feature 2)", StringComparison.Ordinal));
    }
}
