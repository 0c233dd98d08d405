using Sozialindikatoren.Cli;
using Sozialindikatoren.Tests.Data;

namespace Sozialindikatoren.Tests.Cli;

/// <summary><c>--boundaries</c>, <c>--boundaries-key</c> and <c>--tolerance</c> on the commands that read a data set.</summary>
public sealed class BoundariesCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cli-boundaries-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        return (CliApp.Run(args, stdout, stderr), stdout.ToString(), stderr.ToString());
    }

    /// <summary>The Musterkreis CSVs without the folder's grenzen.geojson.</summary>
    private string PlainFolder()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_dir, "daten")).FullName;
        foreach (var f in Directory.EnumerateFiles(GeoTestFiles.Musterkreis, "*.csv")) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        return dir;
    }

    [Fact]
    public void Validate_FolderWithGrenzen_WarnsAndCountsBoundaries()
    {
        var (code, output, err) = Run("validate", "--data", GeoTestFiles.Musterkreis);
        Assert.Equal(0, code);
        Assert.Contains("Grenzen: 5 von 6 Räumen", output, StringComparison.Ordinal);
        Assert.Contains("warning: grenzen.geojson (schluessel), value '5999099'", err, StringComparison.Ordinal);
        Assert.Contains("differs from the sum over its children (15410, difference +7)", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Tolerance_InPercent_SilencesASmallDifference()
    {
        var (code, _, err) = Run("validate", "--data", GeoTestFiles.Musterkreis, "--tolerance", "0.1");
        Assert.Equal(0, code);
        Assert.DoesNotContain("sum over its children", err, StringComparison.Ordinal);
        Assert.Equal(2, Run("validate", "--data", GeoTestFiles.Musterkreis, "--tolerance", "-1").Code);
    }

    [Fact]
    public void Validate_ShapefileOption_WithAndWithoutKey()
    {
        var shp = GeoTestFiles.WriteShapefile(_dir, "gemeinden");
        var data = PlainFolder();
        Assert.Contains("Grenzen: 0 von 6", Run("validate", "--data", data).Out, StringComparison.Ordinal);
        var (code, output, _) = Run("validate", "--data", data, "--boundaries", shp);
        Assert.Equal(0, code);
        Assert.Contains("Grenzen: 5 von 6", output, StringComparison.Ordinal);
        var wrongKey = Run("validate", "--data", data, "--boundaries", shp, "--boundaries-key", "GEN");
        Assert.Equal(1, wrongKey.Code);
        Assert.Contains("gemeinden.shp (--boundaries-key), value 'GEN'", wrongKey.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsupportedPrj_IsExitOneNamingThePrj()
    {
        var shp = GeoTestFiles.WriteShapefile(_dir, "gk", GeoTestFiles.GaussKruegerWkt);
        var (code, _, err) = Run("gaps", "--data", PlainFolder(), "--boundaries", shp);
        Assert.Equal(1, code);
        Assert.Contains("gk.prj", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithShapefile_DrawsTheStadtteile()
    {
        var shp = GeoTestFiles.WriteShapefile(_dir, "grenzen");
        var output = Path.Combine(_dir, "bericht");
        var (code, _, err) = Run("report", "--data", PlainFolder(), "--boundaries", shp, "--out", output, "--draws", "20");
        Assert.True(code == 0, err);
        var html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("data-id=\"bestadt-nord\"", html, StringComparison.Ordinal);
        Assert.Contains("data-id=\"bestadt-sued\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Cuts_AcceptsTheOptions_AndTheSampleTakesABoundaryFileToo()
    {
        Assert.Equal(0, Run("cuts", "--data", GeoTestFiles.Musterkreis, "--boundaries-key", "schluessel", "--draws", "10").Code);
        // The embedded sample's spaces match no Musterkreis feature: a clear error, not silence.
        var (code, _, err) = Run("validate", "--boundaries", GeoTestFiles.MusterkreisGeoJson);
        Assert.Equal(1, code);
        Assert.Contains("no attribute's values match the space ids", err, StringComparison.Ordinal);
    }
}
