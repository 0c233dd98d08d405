using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Tests.Statistics;

public class RegionTablesTests
{
    private static GeoPolygon Square(double lon, double lat) =>
        new([new GeoPoint(lat, lon), new GeoPoint(lat, lon + 1), new GeoPoint(lat + 1, lon + 1), new GeoPoint(lat + 1, lon), new GeoPoint(lat, lon)]);

    private static Region Kreis() => new(
    [
        new SocialSpace("05970000", "Kreis", SpaceLevel.County),
        new SocialSpace("north", "Nord", SpaceLevel.PlanningRegion, "05970000"),
        new SocialSpace("a", "A", SpaceLevel.Municipality, "north", boundary: Square(8, 50)),
        new SocialSpace("b", "B", SpaceLevel.Municipality, "north", boundary: Square(9, 50)),
        new SocialSpace("c", "C", SpaceLevel.Municipality, "05970000", boundary: Square(8, 51)),
    ]);

    [Fact]
    public void Region_BecomesAHierarchyTable_AndSuppressionProtectsIt()
    {
        var region = Kreis();
        Assert.Equal([-1, 0, 1, 1, 0], region.ParentIndices());
        var table = region.ToAdditiveTable();
        Assert.True(table.IsHierarchy);
        Assert.Equal(2, table.Relations.Count);
        long[] counts = [2 + 30 + 7, 2 + 30, 2, 30, 7];
        var r = DisclosureControl.Suppress(table, counts, DisclosureOptions.Default);
        Assert.Equal(CellSuppression.Primary, r.States[2]);
        Assert.Equal(CellSuppression.Secondary, r.States[3]);
        Assert.Equal(CellSuppression.None, r.States[1]);
    }

    [Fact]
    public void Region_TwoWayTable_AndNeighboursFromBoundaries()
    {
        var region = Kreis();
        var table = region.ToTwoWayTable([-1, 0, 0]);
        Assert.Equal(15, table.CellCount);
        Assert.False(table.IsHierarchy);
        var municipalities = region.AtLevel(SpaceLevel.Municipality);
        var queen = RegionTables.Neighbours(municipalities);
        var rook = RegionTables.Neighbours(municipalities, Contiguity.Rook);
        Assert.Equal([1, 2], queen[0].ToArray());
        Assert.Equal([0, 2], queen[1].ToArray()); // B and C touch at one corner
        Assert.Equal([0], rook[1].ToArray());
        var smoothed = EmpiricalBayes.Local([3, 10, 1], [900, 1200, 400], rook);
        Assert.Equal(3, smoothed.Smoothed.Length);
    }
}
