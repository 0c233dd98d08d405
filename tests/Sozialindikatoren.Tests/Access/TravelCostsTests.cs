using FsCheck.Xunit;
using X = global::Sozialindikatoren.Access;

namespace Sozialindikatoren.Tests.Access;

public class TravelCostsTests
{
    [Fact]
    public void FromPairs_SortsRows_KeepsAsymmetry_AndAppliesInclusiveRadius()
    {
        var c = X.TravelCosts.FromPairs(["a", "b"], ["x", "y"],
            [("a", "y", 7.0), ("a", "x", 3.0), ("b", "x", 10.0), ("b", "y", 10.5)], radius: 10);
        Assert.Equal(3, c.PairCount);
        Assert.Equal([0, 1], c.RowSites(0).ToArray());
        Assert.Equal([3.0, 7.0], c.RowCosts(0).ToArray());
        Assert.True(c.TryGetCost(1, 0, out var t) && t == 10.0); // inclusive
        Assert.False(c.TryGetCost(1, 1, out var inf));
        Assert.True(double.IsPositiveInfinity(inf));
        Assert.Equal(1, c.ZoneIndex("b"));
        Assert.Equal(-1, c.SiteIndex("nope"));
        Assert.Equal(10.0, c.MaxCost);
        Assert.Equal(2, c.WithinRadius(7).PairCount);
    }

    [Fact]
    public void FromPairs_ReportsEveryProblem()
    {
        var ex = Assert.Throws<ArgumentException>(() => X.TravelCosts.FromPairs(["a", "b"], ["x"],
            [("a", "x", -1.0), ("c", "x", 1.0), ("b", "q", double.NaN)]));
        Assert.Contains("pair 0: cost must be finite and ≥ 0, was -1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("pair 1: unknown origin (zone) id 'c'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("pair 2: unknown destination (site) id 'q'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("pair 2: cost must be finite and ≥ 0, was NaN", ex.Message, StringComparison.Ordinal);
        var dup = Assert.Throws<ArgumentException>(() => X.TravelCosts.FromPairs(["a"], ["x", "y"],
            [("a", "y", 1.0), ("a", "x", 2.0), ("a", "y", 3.0)]));
        Assert.Contains("pair 2: duplicate pair ('a', 'y'), first given as pair 0", dup.Message, StringComparison.Ordinal);
        var ids = Assert.Throws<ArgumentException>(() => X.TravelCosts.FromPairs(["a", "a"], ["x"], []));
        Assert.Contains("duplicate id 'a'", ids.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCoordinates_Planar_DetourAndSpeed()
    {
        // 3-4-5 triangle: distance 5 km, detour 1.2 → 6 km, at 36 km/h → 10 minutes
        var c = X.TravelCosts.FromCoordinates(["z"], [0.0], [0.0], ["s"], [3.0], [4.0], X.CoordinateSystem.Planar, 10, 1.2, 36);
        Assert.True(c.TryGetCost(0, 0, out var t));
        Assert.Equal(10.0, t, 12);
        // the radius applies to the final cost, inclusive
        var none = X.TravelCosts.FromCoordinates(["z"], [0.0], [0.0], ["s"], [3.0], [4.0], X.CoordinateSystem.Planar, 5.9, 1.2);
        Assert.Equal(0, none.PairCount);
        var edge = X.TravelCosts.FromCoordinates(["z"], [0.0], [0.0], ["s"], [3.0], [4.0], X.CoordinateSystem.Planar, 5);
        Assert.Equal(1, edge.PairCount);
    }

    [Fact]
    public void FromCoordinates_Wgs84_OneDegreeOfLongitudeAtTheEquator_AndAcrossTheAntimeridian()
    {
        double oneDegree = X.TravelCosts.EarthRadiusKm * Math.PI / 180; // 111.19508... km
        var c = X.TravelCosts.FromCoordinates(["z", "w"], [0.0, 0.0], [0.0, 179.9], ["s", "e"], [0.0, 0.0], [1.0, -179.9], X.CoordinateSystem.Wgs84, 120);
        Assert.True(c.TryGetCost(0, 0, out var t));
        Assert.Equal(oneDegree, t, 9);
        Assert.True(c.TryGetCost(1, 1, out var t2));
        Assert.Equal(0.2 * oneDegree, t2, 6);
        Assert.Equal(2, c.PairCount);
        // Siegen (50.8748, 8.0243) – Bad Berleburg (51.0497, 8.3922): haversine with R = 6371.0088
        double expected = X.TravelCosts.GreatCircleKm(50.8748, 8.0243, 51.0497, 8.3922);
        var sb = X.TravelCosts.FromCoordinates(["siegen"], [50.8748], [8.0243], ["bb"], [51.0497], [8.3922], X.CoordinateSystem.Wgs84, 100);
        Assert.True(sb.TryGetCost(0, 0, out var t3));
        Assert.Equal(expected, t3, 9);
        Assert.InRange(expected, 32, 33);
    }

    [Fact]
    public void FromCoordinates_InvalidInputs()
    {
        var ex = Assert.Throws<ArgumentException>(() => X.TravelCosts.FromCoordinates(["z"], [95.0], [0.0], ["s"], [0.0], [0.0], X.CoordinateSystem.Wgs84, 10));
        Assert.Contains("zone 'z': latitude", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => X.TravelCosts.FromCoordinates(["z"], [double.NaN], [0.0], ["s"], [0.0], [0.0], X.CoordinateSystem.Planar, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => X.TravelCosts.FromCoordinates(["z"], [0.0], [0.0], ["s"], [0.0], [0.0], X.CoordinateSystem.Planar, 10, detourFactor: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => X.TravelCosts.FromCoordinates(["z"], [0.0], [0.0], ["s"], [0.0], [0.0], X.CoordinateSystem.Planar, 10, speedKmh: -5));
        Assert.Throws<ArgumentOutOfRangeException>(() => X.TravelCosts.FromCoordinates(["z"], [0.0], [0.0], ["s"], [0.0], [0.0], X.CoordinateSystem.Planar, double.NaN));
    }

    [Fact]
    public void FromCoordinates_Wgs84_NearThePole_FindsEveryPairWithinReach()
    {
        // points on the 89.9° N circle (about 11 km from the pole) at every 30° of longitude, sites at the pole and on 89.95° N
        var zl = Enumerable.Range(0, 12).Select(k => -180.0 + 30 * k).ToArray();
        var zlat = Enumerable.Repeat(89.9, 12).ToArray();
        var ids = Enumerable.Range(0, 12).Select(k => "z" + k).ToArray();
        var c = X.TravelCosts.FromCoordinates(ids, zlat, zl, ["pole", "near"], [90.0, 89.95], [0.0, 170.0], X.CoordinateSystem.Wgs84, 15);
        for (int i = 0; i < 12; i++)
        {
            for (int j = 0; j < 2; j++)
            {
                double expected = X.TravelCosts.GreatCircleKm(89.9, zl[i], j == 0 ? 90.0 : 89.95, j == 0 ? 0.0 : 170.0);
                Assert.Equal(expected <= 15, c.TryGetCost(i, j, out var got));
                if (expected <= 15) Assert.Equal(expected, got, 9);
            }
        }
        Assert.All(Enumerable.Range(0, 12), i => Assert.True(c.TryGetCost(i, 0, out _))); // the pole is 11.1 km from every zone
    }

    [Theory]
    [InlineData(5.0, 1.0)]
    [InlineData(6.0, 1.2)]
    [InlineData(0.0, 1.0)]
    public void FromCoordinates_LatticeWithPairsExactlyAtTheRadius_CountAndFillPassesAgree(double radius, double detour)
    {
        // Integer lattice: many pairs at exactly the radius (3-4-5 triangles). The count pass decides by squared
        // distance away from the boundary and exactly near it; the fill pass always exactly. Rows must hold exactly
        // the pairs with sqrt(dx² + dy²) · detour ≤ radius, sorted by site, with no unfilled slot.
        var zx = new List<double>();
        var zy = new List<double>();
        for (var x = 0; x <= 40; x++)
            for (var y = 0; y <= 40; y++) { zx.Add(x); zy.Add(y); }
        var sx = new List<double>();
        var sy = new List<double>();
        for (var x = 0; x <= 40; x += 3)
            for (var y = 1; y <= 40; y += 4) { sx.Add(x); sy.Add(y); }
        var zi = zx.Select((_, i) => "z" + i).ToArray();
        var si = sx.Select((_, j) => "s" + j).ToArray();
        var c = X.TravelCosts.FromCoordinates(zi, [.. zx], [.. zy], si, [.. sx], [.. sy], X.CoordinateSystem.Planar, radius, detour);
        var expected = 0;
        for (var i = 0; i < zi.Length; i++)
        {
            var row = new List<(int, double)>();
            for (var j = 0; j < si.Length; j++)
            {
                double dx = zx[i] - sx[j], dy = zy[i] - sy[j];
                var t = Math.Sqrt(dx * dx + dy * dy) * detour;
                if (t <= radius) row.Add((j, t));
            }
            expected += row.Count;
            Assert.Equal(row.Select(r => r.Item1), c.RowSites(i).ToArray());
            Assert.Equal(row.Select(r => r.Item2), c.RowCosts(i).ToArray());
        }
        Assert.Equal(expected, c.PairCount);
        Assert.True(radius == 0 || expected > 0);
    }

    [Property(MaxTest = 50)]
    public bool FromCoordinates_GridFindsExactlyTheBruteForcePairs(FsCheck.PositiveInt seedArg, bool wgs84)
    {
        var rng = new Random(seedArg.Get);
        int nz = rng.Next(1, 300), ns = rng.Next(1, 40);
        double radius = rng.Next(1, 40);
        double detour = 1 + rng.NextDouble();
        double? speed = rng.Next(2) == 0 ? null : 30 + rng.Next(60);
        double[] zx, zy, sx, sy;
        if (wgs84)
        {
            zx = Enumerable.Range(0, nz).Select(_ => 50 + rng.NextDouble()).ToArray();
            zy = Enumerable.Range(0, nz).Select(_ => 7.5 + rng.NextDouble()).ToArray();
            sx = Enumerable.Range(0, ns).Select(_ => 50 + rng.NextDouble()).ToArray();
            sy = Enumerable.Range(0, ns).Select(_ => 7.5 + rng.NextDouble()).ToArray();
        }
        else
        {
            zx = Enumerable.Range(0, nz).Select(_ => rng.NextDouble() * 100).ToArray();
            zy = Enumerable.Range(0, nz).Select(_ => rng.NextDouble() * 100).ToArray();
            sx = Enumerable.Range(0, ns).Select(_ => rng.NextDouble() * 100).ToArray();
            sy = Enumerable.Range(0, ns).Select(_ => rng.NextDouble() * 100).ToArray();
        }
        var zi = Enumerable.Range(0, nz).Select(i => "z" + i).ToArray();
        var si = Enumerable.Range(0, ns).Select(i => "s" + i).ToArray();
        var sys = wgs84 ? X.CoordinateSystem.Wgs84 : X.CoordinateSystem.Planar;
        var c = X.TravelCosts.FromCoordinates(zi, zx, zy, si, sx, sy, sys, radius, detour, speed);
        double scale = detour * (speed is { } s ? 60 / s : 1);
        int count = 0;
        for (int i = 0; i < nz; i++)
        {
            for (int j = 0; j < ns; j++)
            {
                double d = wgs84 ? X.TravelCosts.GreatCircleKm(zx[i], zy[i], sx[j], sy[j]) : Math.Sqrt((zx[i] - sx[j]) * (zx[i] - sx[j]) + (zy[i] - sy[j]) * (zy[i] - sy[j]));
                double t = d * scale;
                bool stored = c.TryGetCost(i, j, out var got);
                // pairs within 1e-9 of the radius may fall either way by rounding
                if (Math.Abs(t - radius) < 1e-9) { if (stored) count++; continue; }
                if ((t <= radius) != stored) return false;
                if (stored) { count++; if (Math.Abs(got - t) > 1e-9 * Math.Max(1, t)) return false; }
            }
        }
        return count == c.PairCount;
    }
}

public class TravelCostsBitExactTests
{
    /// <summary>The zone-major grid build equals the all-pairs matrix (radius +∞, every pair's cost by the same
    /// expression) cut at the radius, bit for bit: the same pairs, rows in site order, the same cost bits.</summary>
    [Property(MaxTest = 60)]
    public bool FromCoordinates_EqualsAllPairsCutAtTheRadius_BitForBit(FsCheck.PositiveInt seedArg, bool wgs84)
    {
        var rng = new Random(seedArg.Get);
        int nz = rng.Next(1, 5000), ns = rng.Next(1, 60);
        double radius = rng.Next(0, 4) == 0 ? rng.Next(0, 3) : rng.Next(1, 60) + rng.NextDouble();
        double detour = rng.Next(2) == 0 ? 1 : 1 + rng.NextDouble();
        double span = wgs84 ? 1 + rng.Next(3) : 100;
        double[] Coord(int n, double at) => Enumerable.Range(0, n).Select(_ => at + (rng.Next(5) == 0 ? Math.Round(rng.NextDouble() * span) : rng.NextDouble() * span)).ToArray();
        double[] zx = Coord(nz, wgs84 ? 50 : 0), zy = Coord(nz, wgs84 ? 7 : 0), sx = Coord(ns, wgs84 ? 50 : 0), sy = Coord(ns, wgs84 ? 7 : 0);
        var zi = Enumerable.Range(0, nz).Select(i => "z" + i).ToArray();
        var si = Enumerable.Range(0, ns).Select(i => "s" + i).ToArray();
        var sys = wgs84 ? X.CoordinateSystem.Wgs84 : X.CoordinateSystem.Planar;
        var grid = X.TravelCosts.FromCoordinates(zi, zx, zy, si, sx, sy, sys, radius, detour);
        var all = X.TravelCosts.FromCoordinates(zi, zx, zy, si, sx, sy, sys, double.PositiveInfinity, detour);
        int pairs = 0;
        for (int i = 0; i < nz; i++)
        {
            var sites = all.RowSites(i);
            var costs = all.RowCosts(i);
            var expectSites = new List<int>();
            var expectBits = new List<long>();
            for (int k = 0; k < sites.Length; k++)
            {
                if (costs[k] > radius) continue;
                expectSites.Add(sites[k]);
                expectBits.Add(BitConverter.DoubleToInt64Bits(costs[k]));
            }
            if (!grid.RowSites(i).ToArray().SequenceEqual(expectSites)) return false;
            if (!grid.RowCosts(i).ToArray().Select(BitConverter.DoubleToInt64Bits).SequenceEqual(expectBits)) return false;
            pairs += expectSites.Count;
        }
        return pairs == grid.PairCount;
    }
}
