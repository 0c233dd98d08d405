using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Statistics;

/// <summary>
/// Adapters from a <see cref="Region"/> hierarchy to the table structures of disclosure control
/// (<see cref="AdditiveTable"/>, <em>Tabellenstruktur für die Geheimhaltung</em>): cell i is <c>region.Spaces[i]</c>.
/// </summary>
/// <threadsafety>All members are pure and thread-safe.</threadsafety>
public static class RegionTables
{
    /// <summary>The parent index of every space in <see cref="Region.Spaces"/> order (−1 for a root).</summary>
    /// <param name="region">The region.</param>
    /// <returns>One parent index per space.</returns>
    public static int[] ParentIndices(this Region region)
    {
        ArgumentNullException.ThrowIfNull(region);
        var spaces = region.Spaces;
        var parents = new int[spaces.Count];
        for (var i = 0; i < spaces.Count; i++)
            parents[i] = region.ParentOf(spaces[i].Id) is { } p ? region.IndexOf(p.Id) : -1;
        return parents;
    }

    /// <summary>The hierarchy as an additive table: every space with children is the sum of its children
    /// (e.g. Kreis = Σ Gemeinden). Cell i is <c>region.Spaces[i]</c>.</summary>
    /// <param name="region">The region.</param>
    /// <returns>The table structure (<see cref="AdditiveTable.IsHierarchy"/> is true).</returns>
    public static AdditiveTable ToAdditiveTable(this Region region) => AdditiveTable.FromParents(region.ParentIndices());

    /// <summary>A two-way table spaces × columns (e.g. age bands with a total column): cell (i, c) has index
    /// <c>i · columns + c</c> (<see cref="AdditiveTable.TwoWayIndex"/>), relations along the hierarchy and along the columns.</summary>
    /// <param name="region">The region (rows).</param>
    /// <param name="columnParents">The column hierarchy, e.g. <c>[-1, 0, 0, 0]</c> for a total column 0 and three bands.</param>
    /// <returns>The table structure.</returns>
    public static AdditiveTable ToTwoWayTable(this Region region, ReadOnlySpan<int> columnParents) =>
        AdditiveTable.TwoWay(region.ParentIndices(), columnParents);

    /// <summary>
    /// Neighbours of the given spaces from their boundaries (<see cref="SocialSpace.Boundary"/>), for local
    /// empirical-Bayes smoothing: see <see cref="NeighbourList.FromPolygons"/> (shared vertex = queen, shared edge = rook).
    /// </summary>
    /// <param name="spaces">The spaces, e.g. <c>region.AtLevel(SpaceLevel.Municipality)</c>; area i is <c>spaces[i]</c>.</param>
    /// <param name="contiguity">Queen or rook contiguity.</param>
    /// <param name="tolerance">Snapping grid in degrees, &gt; 0.</param>
    /// <returns>The neighbour list; a space without a boundary has no neighbours.</returns>
    public static NeighbourList Neighbours(IReadOnlyList<SocialSpace> spaces, Contiguity contiguity = Contiguity.Queen, double tolerance = 1e-7)
    {
        ArgumentNullException.ThrowIfNull(spaces);
        var areas = new IReadOnlyList<double[]>[spaces.Count];
        for (var i = 0; i < spaces.Count; i++)
        {
            if (spaces[i].Boundary is not { } b) { areas[i] = []; continue; }
            var rings = new List<double[]> { Flatten(b.Exterior) };
            foreach (var hole in b.Holes) rings.Add(Flatten(hole));
            areas[i] = rings;
        }
        return NeighbourList.FromPolygons(areas, contiguity, tolerance);
    }

    private static double[] Flatten(IReadOnlyList<GeoPoint> ring)
    {
        var flat = new double[ring.Count * 2];
        for (var i = 0; i < ring.Count; i++)
        {
            flat[2 * i] = ring[i].Longitude;
            flat[2 * i + 1] = ring[i].Latitude;
        }
        return flat;
    }
}
