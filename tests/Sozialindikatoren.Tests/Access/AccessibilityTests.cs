using FsCheck.Xunit;
using X = global::Sozialindikatoren.Access;

namespace Sozialindikatoren.Tests.Access;

public class AccessibilityTests
{
    private static readonly X.DecayFunction Binary = X.DecayFunction.Binary();

    private static bool Close(double a, double b, double tol = 1e-9) =>
        (double.IsNaN(a) && double.IsNaN(b)) || Math.Abs(a - b) <= tol * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    private static bool AllClose(IReadOnlyList<double> a, IReadOnlyList<double> b, double tol = 1e-9) =>
        a.Count == b.Count && Enumerable.Range(0, a.Count).All(k => Close(a[k], b[k], tol));

    /// <summary>pysal's test grid: 5×5 integer points (ids 1..25), value 1, Euclidean costs.</summary>
    private static X.TravelCosts Grid(out double[] ones)
    {
        var ids = Enumerable.Range(1, 25).Select(k => k.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var x = Enumerable.Range(0, 25).Select(k => (double)(k % 5)).ToArray();
        var y = Enumerable.Range(0, 25).Select(k => (double)(k / 5)).ToArray();
        ones = Enumerable.Repeat(1.0, 25).ToArray();
        return X.TravelCosts.FromCoordinates(ids, x, y, ids, x, y, X.CoordinateSystem.Planar, double.PositiveInfinity);
    }

    [Fact]
    public void TwoStep_CatchmentCoveringEverything_GivesTotalSupplyOverTotalDemand()
    {
        var costs = Grid(out var ones);
        var supply = Enumerable.Range(0, 25).Select(k => 1.0 + k % 3).ToArray();
        var r = X.Accessibility.TwoStep(costs, ones, supply, Binary, new X.AccessOptions(radius: 100));
        double expected = supply.Sum() / 25.0;
        Assert.All(r.Values, v => Assert.Equal(expected, v, 12));
    }

    [Fact]
    public void TwoStep_CatchmentCoveringOnlyOwnSite_GivesThatSitesRatio()
    {
        var costs = Grid(out _);
        var demand = Enumerable.Range(0, 25).Select(k => 10.0 + k).ToArray();
        var supply = Enumerable.Range(0, 25).Select(k => 1.0 + k % 4).ToArray();
        var r = X.Accessibility.TwoStep(costs, demand, supply, Binary, new X.AccessOptions(radius: 0.9));
        for (int k = 0; k < 25; k++) Assert.Equal(supply[k] / demand[k], r[k], 12);
    }

    [Fact]
    public void TwoStep_NegativeCatchmentIsRejected_AndZeroCatchmentWithoutSelfPairsGivesNoAccess()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new X.AccessOptions(radius: -1));
        var costs = X.TravelCosts.FromPairs(["a", "b"], ["s"], [("a", "s", 5.0)]);
        var r = X.Accessibility.TwoStep(costs, [1, 1], [3], Binary, new X.AccessOptions(radius: 4));
        Assert.True(double.IsNaN(r[0]) && double.IsNaN(r[1]));
        Assert.Equal(2, r.NoAccessCount);
        var z = X.Accessibility.TwoStep(costs, [1, 1], [3], Binary, new X.AccessOptions(radius: 4, noAccess: X.NoAccessPolicy.Zero));
        Assert.Equal([0.0, 0.0], z.Values);
        Assert.False(z.HasAccess[0]);
    }

    [Fact]
    public void TwoStep_HandComputedCase()
    {
        // zones A (P=100), B (P=50); sites X (S=10), Y (S=5); A reaches X (5) and Y (20); B reaches Y (10).
        var costs = X.TravelCosts.FromPairs(["A", "B"], ["X", "Y"], [("A", "X", 5.0), ("A", "Y", 20.0), ("B", "Y", 10.0)]);
        var r = X.Accessibility.TwoStep(costs, [100, 50], [10, 5], Binary);
        // R_X = 10/100 = 0.1, R_Y = 5/150; A_A = 0.1 + 1/30, A_B = 1/30
        Assert.Equal(0.1 + 1.0 / 30, r[0], 14);
        Assert.Equal(1.0 / 30, r[1], 14);
        Assert.Equal(0.1, r.SiteRatios[0], 14);
        // radius 15 drops A–Y: R_Y = 5/50 = 0.1, A_A = 0.1, A_B = 0.1
        var r15 = X.Accessibility.TwoStep(costs, [100, 50], [10, 5], Binary, new X.AccessOptions(radius: 15));
        Assert.Equal([0.1, 0.1], r15.Values);
        // E2SFCA, Luo & Qi bands right-closed: A–X 5 → 1, A–Y 20 → 0.68, B–Y 10 → 1
        var e = X.Accessibility.EnhancedTwoStep(costs, [100, 50], [10, 5], X.DecayFunction.LuoQi2009());
        double rx = 10.0 / 100, ry = 5.0 / (100 * 0.68 + 50 * 1);
        Assert.Equal(rx + 0.68 * ry, e[0], 14);
        Assert.Equal(ry, e[1], 14);
        // left-closed: B–Y 10 → 0.68, A–Y 20 → 0.22
        var el = X.Accessibility.EnhancedTwoStep(costs, [100, 50], [10, 5], X.DecayFunction.LuoQi2009(X.BandEdges.Left));
        double ryl = 5.0 / (100 * 0.22 + 50 * 0.68);
        Assert.Equal(rx + 0.22 * ryl, el[0], 14);
        Assert.Equal(0.68 * ryl, el[1], 14);
    }

    [Fact]
    public void ClosedSiteInCatchment_GivesZeroNotNoAccess()
    {
        var costs = X.TravelCosts.FromPairs(["A"], ["X"], [("A", "X", 1.0)]);
        var r = X.Accessibility.TwoStep(costs, [10], [0], Binary);
        Assert.Equal(0, r[0]);
        Assert.True(r.HasAccess[0]);
    }

    [Fact]
    public void Normalise_GivesPopulationWeightedMeanOne_AndKeepsNoAccessPopulationInDenominator()
    {
        var costs = X.TravelCosts.FromPairs(["A", "B", "C"], ["X"], [("A", "X", 1.0), ("B", "X", 1.0)]);
        var raw = X.Accessibility.TwoStep(costs, [10, 30, 60], [8], Binary);
        var n = X.Accessibility.TwoStep(costs, [10, 30, 60], [8], Binary, new X.AccessOptions(normalise: true));
        // raw 0.2 for A and B; weighted mean = (10*0.2 + 30*0.2) / 100 = 0.08; normalised = 2.5
        Assert.Equal(0.2, raw[0], 14);
        Assert.Equal(2.5, n[0], 12);
        Assert.Equal(2.5, n[1], 12);
        Assert.True(double.IsNaN(n[2]));
        Assert.True(n.Normalised);
    }

    [Fact]
    public void Hansen_Cumulative_Closest_Balancing_HandComputed()
    {
        var costs = X.TravelCosts.FromPairs(["A", "B"], ["X", "Y", "Z"],
            [("A", "X", 2.0), ("A", "Y", 2.0), ("A", "Z", 7.5), ("B", "Z", 3.0)]);
        double[] s = [1, 2, 4];
        var h = X.Accessibility.Hansen(costs, s, X.DecayFunction.Exponential(0.1));
        Assert.Equal(1 * Math.Exp(-0.2) + 2 * Math.Exp(-0.2) + 4 * Math.Exp(-0.75), h[0], 14);
        Assert.Equal(4 * Math.Exp(-0.3), h[1], 14);
        var cum = X.Accessibility.Cumulative(costs, s, 3);
        Assert.Equal([3.0, 4.0], cum.Values);
        var c1 = X.Accessibility.CostToClosest(costs, s, 1);
        Assert.Equal([2.0, 3.0], c1.Values);
        var c4 = X.Accessibility.CostToClosest(costs, s, 4);
        Assert.Equal(7.5, c4[0]);
        Assert.Equal(3.0, c4[1]);
        var c8 = X.Accessibility.CostToClosest(costs, s, 8, new X.AccessOptions(noAccess: X.NoAccessPolicy.Zero));
        Assert.True(double.IsNaN(c8[0]) && double.IsNaN(c8[1])); // cost measures: always NaN when unreachable
        // balancing: A with P=3 needs capacity > 3: at 2 only 3 → next 7.5 → grid 8 (increment 1) / 7.5 (increment 2.5)
        var b = X.Accessibility.BalancingCost(costs, [3, 0], s, 1);
        Assert.Equal([8.0, 0.0], b.Values);
        var b25 = X.Accessibility.BalancingCost(costs, [2, 5], s, 2.5);
        Assert.Equal(2.5, b25[0]);
        Assert.True(double.IsNaN(b25[1]));
    }

    [Fact]
    public void SpatialAvailability_AlphaOne_EqualsPopulationTimesTwoStep()
    {
        var c = new AccessCase(12345, 8, 6);
        var f = X.DecayFunction.Exponential(0.1);
        var sa = X.Accessibility.SpatialAvailability(c.Costs, c.Demand, c.Capacity, f, 1.0);
        var tw = X.Accessibility.TwoStep(c.Costs, c.Demand, c.Capacity, f);
        for (int i = 0; i < c.Zones; i++) Assert.True(Close(sa[i], c.Demand[i] * tw[i], 1e-12) || (double.IsNaN(sa[i]) && double.IsNaN(tw[i])));
    }

    // ---- against the independent straightforward implementations -------------------------------------------

    private static readonly (string Name, X.DecayFunction Decay, Func<double, double> F)[] Decays =
    [
        ("binary", X.DecayFunction.Binary(), _ => 1.0),
        ("gaussian", X.DecayFunction.Gaussian(10), t => Math.Exp(-t * t / 200)),
        ("steps-right", X.DecayFunction.Steps([10, 20, 30], [1, 0.68, 0.22], X.BandEdges.Right), t => t <= 10 ? 1 : t <= 20 ? 0.68 : t <= 30 ? 0.22 : 0),
        ("steps-left", X.DecayFunction.Steps([10, 20, 30], [1, 0.68, 0.22], X.BandEdges.Left), t => t < 10 ? 1 : t < 20 ? 0.68 : t < 30 ? 0.22 : 0),
        ("exponential", X.DecayFunction.Exponential(0.1), t => Math.Exp(-0.1 * t)),
        ("linear", X.DecayFunction.Linear(25), t => Math.Max(0, 1 - t / 25)),
    ];

    [Property]
    public bool TwoStep_MatchesNaive(AccessCase c) => Decays.All(d =>
        AllClose(X.Accessibility.TwoStep(c.Costs, c.Demand, c.Capacity, d.Decay, new X.AccessOptions(radius: 30)).Values,
                 Naive.TwoStep(c.Dense, c.Demand, c.Capacity, d.F, 30)));

    [Property]
    public bool ModifiedTwoStep_MatchesNaive(AccessCase c) => Decays.All(d =>
        AllClose(X.Accessibility.ModifiedTwoStep(c.Costs, c.Demand, c.Capacity, d.Decay, new X.AccessOptions(radius: 25)).Values,
                 Naive.TwoStep(c.Dense, c.Demand, c.Capacity, d.F, 25, exponent2: 2)));

    [Property]
    public bool ThreeStep_MatchesNaive_BothSelectionScopes(AccessCase c) => Decays.All(d =>
        AllClose(X.Accessibility.ThreeStep(c.Costs, c.Demand, c.Capacity, d.Decay, X.SelectionScope.Catchment, new X.AccessOptions(radius: 25)).Values,
                 Naive.ThreeStep(c.Dense, c.Demand, c.Capacity, d.F, 25, allSites: false))
        && AllClose(X.Accessibility.ThreeStep(c.Costs, c.Demand, c.Capacity, d.Decay, X.SelectionScope.AllSites, new X.AccessOptions(radius: 25)).Values,
                 Naive.ThreeStep(c.Dense, c.Demand, c.Capacity, d.F, 25, allSites: true)));

    [Property]
    public bool Balanced_MatchesNaive(AccessCase c) => Decays.All(d =>
        AllClose(X.Accessibility.Balanced(c.Costs, c.Demand, c.Capacity, d.Decay, new X.AccessOptions(radius: 30)).Values,
                 Naive.Balanced(c.Dense, c.Demand, c.Capacity, d.F, 30)));

    [Property]
    public bool SpatialAvailability_MatchesNaive(AccessCase c) => Decays.All(d =>
        AllClose(X.Accessibility.SpatialAvailability(c.Costs, c.Demand, c.Capacity, d.Decay, 1.5, new X.AccessOptions(radius: 30)).Values,
                 Naive.SpatialAvailability(c.Dense, c.Demand, c.Capacity, d.F, 30, 1.5)));

    [Property]
    public bool Hansen_MatchesNaive(AccessCase c) => Decays.All(d =>
        AllClose(X.Accessibility.Hansen(c.Costs, c.Capacity, d.Decay, new X.AccessOptions(radius: 30)).Values,
                 Naive.Hansen(c.Dense, c.Capacity, d.F, 30)));

    [Property]
    public bool CostMeasures_MatchNaive(AccessCase c) =>
        AllClose(X.Accessibility.CostToClosest(c.Costs, c.Capacity, 1, new X.AccessOptions(radius: 30)).Values, Naive.Closest(c.Dense, c.Capacity, 1, 30))
        && AllClose(X.Accessibility.CostToClosest(c.Costs, c.Capacity, 25).Values, Naive.Closest(c.Dense, c.Capacity, 25, double.PositiveInfinity))
        && AllClose(X.Accessibility.BalancingCost(c.Costs, c.Demand, c.Capacity, 3, new X.AccessOptions(radius: 35)).Values, Naive.Balancing(c.Dense, c.Demand, c.Capacity, 3, 35))
        && AllClose(X.Accessibility.BalancingCost(c.Costs, c.Demand, c.Capacity, 0.7).Values, Naive.Balancing(c.Dense, c.Demand, c.Capacity, 0.7, double.PositiveInfinity))
        // cumulative opportunities is a count: a zone with nothing in reach has 0, not NaN
        && AllClose(X.Accessibility.Cumulative(c.Costs, c.Capacity, 20).Values, Naive.Hansen(c.Dense, c.Capacity, _ => 1, 20).Select(v => double.IsNaN(v) ? 0 : v).ToArray());

    // ---- properties from the issue -------------------------------------------------------------------------

    [Property]
    public bool TwoStep_PreservesTotalSupply_WhenEverySiteHasDemandInReach(AccessCase c)
    {
        var r = X.Accessibility.TwoStep(c.Costs, c.Demand, c.Capacity, X.DecayFunction.Gaussian(15));
        double expected = 0;
        for (int j = 0; j < c.Sites; j++) if (!double.IsNaN(r.SiteRatios[j])) expected += c.Capacity[j];
        bool everySiteServed = Enumerable.Range(0, c.Sites).All(j => c.Capacity[j] == 0 || !double.IsNaN(r.SiteRatios[j]));
        double total = Enumerable.Range(0, c.Zones).Where(i => r.HasAccess[i]).Sum(i => c.Demand[i] * r[i]);
        return Close(total, expected, 1e-10) && (!everySiteServed || Close(total, c.Capacity.Sum(), 1e-10));
    }

    [Property]
    public bool SpatialAvailability_SumsToTotalSupply(AccessCase c)
    {
        var r = X.Accessibility.SpatialAvailability(c.Costs, c.Demand, c.Capacity, X.DecayFunction.Exponential(0.05), 0.8);
        double reached = 0;
        for (int j = 0; j < c.Sites; j++) if (!double.IsNaN(r.SiteRatios[j])) reached += c.Capacity[j];
        double total = r.Values.Where(v => !double.IsNaN(v)).Sum();
        return Close(total, reached, 1e-10);
    }

    [Property]
    public bool Balanced_DoesNotInflateDemand(AccessCase c)
    {
        // Σ_j Σ_i P_i W^i_ij = Σ_i P_i over zones with access; checked through R_j = S_j / D_j.
        var r = X.Accessibility.Balanced(c.Costs, c.Demand, c.Capacity, X.DecayFunction.Linear(35));
        double spread = 0;
        for (int j = 0; j < c.Sites; j++)
        {
            double rj = r.SiteRatios[j];
            if (!double.IsNaN(rj) && c.Capacity[j] > 0) spread += c.Capacity[j] / rj;
        }
        // sites with capacity 0 also absorb demand: recompute their share directly
        double zeroSites = 0;
        for (int i = 0; i < c.Zones; i++)
        {
            var sites = c.Costs.RowSites(i);
            var costs = c.Costs.RowCosts(i);
            double row = 0, toZero = 0;
            for (int k = 0; k < sites.Length; k++)
            {
                double w = Math.Max(0, 1 - costs[k] / 35);
                row += w;
                if (c.Capacity[sites[k]] == 0) toZero += w;
            }
            if (row > 0) zeroSites += c.Demand[i] * toZero / row;
        }
        double withAccess = Enumerable.Range(0, c.Zones).Where(i => r.HasAccess[i]).Sum(i => c.Demand[i]);
        return Close(spread + zeroSites, withAccess, 1e-10);
    }

    [Property]
    public bool TwoStep_ScalesWithCapacity(AccessCase c)
    {
        var a = X.Accessibility.TwoStep(c.Costs, c.Demand, c.Capacity, X.DecayFunction.Gaussian(12));
        var b = X.Accessibility.TwoStep(c.Costs, c.Demand, c.Capacity.Select(s => 2.5 * s).ToArray(), X.DecayFunction.Gaussian(12));
        return Enumerable.Range(0, c.Zones).All(i => Close(b[i], 2.5 * a[i], 1e-12));
    }

    [Property]
    public bool TwoStep_MoreCapacityNeverLowers_MoreDemandNeverRaises(AccessCase c, FsCheck.PositiveInt pick, FsCheck.PositiveInt amount)
    {
        var f = X.DecayFunction.Exponential(0.05);
        var baseR = X.Accessibility.TwoStep(c.Costs, c.Demand, c.Capacity, f);
        var cap = (double[])c.Capacity.Clone();
        cap[pick.Get % c.Sites] += amount.Get % 20 + 1;
        var more = X.Accessibility.TwoStep(c.Costs, c.Demand, cap, f);
        var dem = (double[])c.Demand.Clone();
        dem[pick.Get % c.Zones] += amount.Get % 20 + 1;
        var moreDemand = X.Accessibility.TwoStep(c.Costs, dem, c.Capacity, f);
        // Convention: a site without weighted demand in reach has no ratio and adds nothing; demand that first reaches
        // it makes its capacity count. The demand half of the property therefore holds where every site has demand.
        bool everySiteHasDemand = baseR.SiteRatios.All(r => !double.IsNaN(r));
        for (int i = 0; i < c.Zones; i++)
        {
            if (double.IsNaN(baseR[i])) continue;
            if (more[i] < baseR[i] * (1 - 1e-12)) return false;
            if (everySiteHasDemand && moreDemand[i] > baseR[i] * (1 + 1e-12)) return false;
        }
        return true;
    }

    [Property]
    public bool Measures_InvariantUnderReorderingOfZonesAndSites(AccessCase c)
    {
        var rng = new Random(c.Seed ^ 0x5bd1e995);
        var zp = Enumerable.Range(0, c.Zones).OrderBy(_ => rng.Next()).ToArray(); // new position k holds old zone zp[k]
        var sp = Enumerable.Range(0, c.Sites).OrderBy(_ => rng.Next()).ToArray();
        var sInv = new int[c.Sites];
        for (int k = 0; k < c.Sites; k++) sInv[sp[k]] = k;
        var o = new List<int>(); var d = new List<int>(); var t = new List<double>();
        for (int k = 0; k < c.Zones; k++)
            for (int j = 0; j < c.Sites; j++)
                if (!double.IsPositiveInfinity(c.Dense[zp[k], j])) { o.Add(k); d.Add(sInv[j]); t.Add(c.Dense[zp[k], j]); }
        var costs2 = X.TravelCosts.FromIndexedPairs(zp.Select(i => c.ZoneIds[i]).ToArray(), sp.Select(j => c.SiteIds[j]).ToArray(), o.ToArray(), d.ToArray(), t.ToArray());
        var dem2 = zp.Select(i => c.Demand[i]).ToArray();
        var cap2 = sp.Select(j => c.Capacity[j]).ToArray();
        var f = X.DecayFunction.Gaussian(10);
        var opt = new X.AccessOptions(radius: 30);
        Func<X.TravelCosts, double[], double[], X.AccessibilityResult>[] measures =
        [
            (k, p, s) => X.Accessibility.TwoStep(k, p, s, f, opt),
            (k, p, s) => X.Accessibility.ThreeStep(k, p, s, f, X.SelectionScope.Catchment, opt),
            (k, p, s) => X.Accessibility.ModifiedTwoStep(k, p, s, f, opt),
            (k, p, s) => X.Accessibility.Balanced(k, p, s, f, opt),
            (k, p, s) => X.Accessibility.SpatialAvailability(k, p, s, f, 1, opt),
            (k, p, s) => X.Accessibility.Hansen(k, s, f, opt),
            (k, p, s) => X.Accessibility.CostToClosest(k, s, 10, opt),
            (k, p, s) => X.Accessibility.BalancingCost(k, p, s, 2, opt),
        ];
        foreach (var m in measures)
        {
            var a = m(c.Costs, c.Demand, c.Capacity);
            var b = m(costs2, dem2, cap2);
            for (int k = 0; k < c.Zones; k++) if (!Close(b[k], a[zp[k]], 1e-12)) return false;
        }
        return true;
    }

    [Fact]
    public void LargeMatrix_ChunkedParallelKernel_MatchesNaive_AndIsBitIdenticalBetweenRuns()
    {
        // 2,000 × 200 dense = 400,000 pairs: several chunks on the thread pool; six-band steps use the general path.
        var rng = new Random(3);
        int nz = 2000, ns = 200;
        var dense = new double[nz, ns];
        var o = new int[nz * ns]; var d = new int[nz * ns]; var t = new double[nz * ns];
        for (int i = 0, k = 0; i < nz; i++)
            for (int j = 0; j < ns; j++, k++) { dense[i, j] = rng.Next(0, 700) / 10.0; o[k] = i; d[k] = j; t[k] = dense[i, j]; }
        var p = Enumerable.Range(0, nz).Select(_ => (double)rng.Next(0, 100)).ToArray();
        var s = Enumerable.Range(0, ns).Select(_ => (double)rng.Next(0, 50)).ToArray();
        var costs = X.TravelCosts.FromIndexedPairs(Enumerable.Range(0, nz).Select(i => "z" + i).ToArray(), Enumerable.Range(0, ns).Select(j => "s" + j).ToArray(), o, d, t);
        var six = X.DecayFunction.Steps([5, 10, 20, 30, 45, 60], [1, 0.9, 0.7, 0.5, 0.2, 0.1], X.BandEdges.Left);
        double F(double x) => x < 5 ? 1 : x < 10 ? 0.9 : x < 20 ? 0.7 : x < 30 ? 0.5 : x < 45 ? 0.2 : x < 60 ? 0.1 : 0;
        var a = X.Accessibility.TwoStep(costs, p, s, six, new X.AccessOptions(radius: 50));
        Assert.True(AllClose(a.Values, Naive.TwoStep(dense, p, s, F, 50), 1e-11));
        var g1 = X.Accessibility.TwoStep(costs, p, s, X.DecayFunction.Gaussian(12));
        var g2 = X.Accessibility.TwoStep(costs, p, s, X.DecayFunction.Gaussian(12));
        Assert.True(AllClose(g1.Values, Naive.TwoStep(dense, p, s, x => Math.Exp(-x * x / 288), double.PositiveInfinity), 1e-11));
        Assert.Equal(g1.Values.Select(BitConverter.DoubleToInt64Bits), g2.Values.Select(BitConverter.DoubleToInt64Bits));
        var m = X.Accessibility.ModifiedTwoStep(costs, p, s, X.DecayFunction.Linear(40), new X.AccessOptions(radius: 35));
        Assert.True(AllClose(m.Values, Naive.TwoStep(dense, p, s, x => Math.Max(0, 1 - x / 40), 35, exponent2: 2), 1e-11));
    }

    [Fact]
    public void Hansen_WithRisingGravityWeight_ReproducesPysalGridValues()
    {
        // pysal test_weighted_catchment: gravity(scale=60, alpha=1) = t/60 on the full 5×5 grid, supply 1 everywhere
        var costs = Grid(out var ones);
        var r = X.Accessibility.Hansen(costs, ones, X.DecayFunction.Custom(t => t / 60, "gravity(60,1)"));
        Assert.Equal(1.322340210, r[0], 1e-9); // pysal prints 9 decimals (truncated)
        Assert.Equal(1.322340210, r[4], 1e-9);
        Assert.Equal(0.780985109, r[12], 1e-9);
        Assert.Equal(0.925540119, r[18], 1e-9);
        Assert.Equal(1.133733026, r[23], 1e-9);
    }

    [Fact]
    public void OtherMeasures_HandComputedCase()
    {
        // zones A (P=100), B (P=50); sites X (S=10), Y (S=5); A–X 5, A–Y 20, B–Y 10.
        var costs = X.TravelCosts.FromPairs(["A", "B"], ["X", "Y"], [("A", "X", 5.0), ("A", "Y", 20.0), ("B", "Y", 10.0)]);
        double[] p = [100, 50], s = [10, 5];
        // 3SFCA, binary, selection within the catchment: G_AX = G_AY = 1/2, G_BY = 1; R_X = 10/50, R_Y = 5/100
        var three = X.Accessibility.ThreeStep(costs, p, s, Binary, X.SelectionScope.Catchment);
        Assert.Equal(0.5 * 0.2 + 0.5 * 0.05, three[0], 14);
        Assert.Equal(0.05, three[1], 14);
        // BFCA, binary: row sums A 2, B 1; column sums X 1, Y 2; R_X = 10/50, R_Y = 5/(50 + 50)
        var bfca = X.Accessibility.Balanced(costs, p, s, Binary);
        Assert.Equal(0.2 + 0.5 * 0.05, bfca[0], 14);
        Assert.Equal(0.5 * 0.05, bfca[1], 14);
        // M2SFCA, linear c = 40: W_AX = 0.875, W_AY = 0.5, W_BY = 0.75; D_X = 87.5, D_Y = 50 + 37.5 = 87.5
        var m2 = X.Accessibility.ModifiedTwoStep(costs, p, s, X.DecayFunction.Linear(40));
        Assert.Equal(0.875 * 0.875 * 10 / 87.5 + 0.25 * 5 / 87.5, m2[0], 14);
        Assert.Equal(0.5625 * 5 / 87.5, m2[1], 14);
        // spatial availability, α = 1, binary: V_A = 10 + 5·100/150, V_B = 5·50/150; Σ V = 15 = Σ S
        var sa = X.Accessibility.SpatialAvailability(costs, p, s, Binary, 1);
        Assert.Equal(10 + 5 * 100.0 / 150, sa[0], 12);
        Assert.Equal(5 * 50.0 / 150, sa[1], 12);
        // α = 0: demand size ignored, Y splits evenly
        var sa0 = X.Accessibility.SpatialAvailability(costs, p, s, Binary, 0);
        Assert.Equal(12.5, sa0[0], 12);
        Assert.Equal(2.5, sa0[1], 12);
    }

    [Fact]
    public void InvalidInputs_NameTheFieldAndValue()
    {
        var costs = X.TravelCosts.FromPairs(["A"], ["X"], [("A", "X", 1.0)]);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => X.Accessibility.TwoStep(costs, [-1], [1], Binary));
        Assert.Contains("demand: zone 'A'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("-1", ex.Message, StringComparison.Ordinal);
        var ex2 = Assert.Throws<ArgumentException>(() => X.Accessibility.TwoStep(costs, [1, 2], [1], Binary));
        Assert.Contains("expected 1 values", ex2.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => X.Accessibility.EnhancedTwoStep(costs, [1], [1], X.DecayFunction.Gaussian(3)));
    }
}

public class AccessibilityParallelKernelTests
{
    /// <summary>The scalar reference of the fused 2SFCA: one thread, the same row chunks, weights by row (the same
    /// vectorised evaluation per row), D_j summed per chunk in zone order and the chunks added in order.</summary>
    private static double[] ScalarTwoStep(X.TravelCosts costs, double[] p, double[] s, X.DecayFunction decay, double radius)
    {
        var chunks = X.Accessibility.RowChunks(costs);
        int ns = costs.SiteCount, nz = costs.ZoneCount;
        var w = new double[costs.PairCount];
        int at = 0;
        for (int i = 0; i < nz; i++)
        {
            var c = costs.RowCosts(i);
            var row = w.AsSpan(at, c.Length);
            if (decay.IsConstantOne) row.Fill(1.0); else decay.Evaluate(c, row);
            for (int q = 0; q < c.Length; q++) if (c[q] > radius) row[q] = 0;
            at += c.Length;
        }
        var dsum = new double[ns];
        for (int k = 0; k + 1 < chunks.Length; k++)
        {
            var d = new double[ns];
            for (int i = chunks[k]; i < chunks[k + 1]; i++)
            {
                var sites = costs.RowSites(i);
                int a = costs.RowStartArray[i];
                for (int q = 0; q < sites.Length; q++) d[sites[q]] += p[i] * w[a + q];
            }
            for (int j = 0; j < ns; j++) dsum[j] += d[j];
        }
        var rr = new double[ns];
        for (int j = 0; j < ns; j++) rr[j] = dsum[j] > 0 ? s[j] / dsum[j] : 0;
        var result = new double[nz];
        for (int i = 0; i < nz; i++)
        {
            var sites = costs.RowSites(i);
            int a = costs.RowStartArray[i];
            double sum = 0;
            for (int q = 0; q < sites.Length; q++) sum += w[a + q] * rr[sites[q]];
            bool any = false;
            for (int q = 0; q < sites.Length; q++) any |= w[a + q] > 0;
            result[i] = any ? sum : double.NaN;
        }
        return result;
    }

    [Theory]
    [InlineData("binary", 30.0)]
    [InlineData("gaussian:10", 30.0)]
    [InlineData("gaussian:10", 12.5)]
    [InlineData("exponential:0.1", double.PositiveInfinity)]
    public void ParallelKernel_EqualsTheScalarReference_BitForBit(string decayText, double radius)
    {
        var rng = new Random(11);
        int nz = 20_000, ns = 400;
        double[] R(int n, double m) => Enumerable.Range(0, n).Select(_ => rng.NextDouble() * m).ToArray();
        var costs = X.TravelCosts.FromCoordinates(Enumerable.Range(0, nz).Select(i => "z" + i).ToArray(), R(nz, 100), R(nz, 100),
            Enumerable.Range(0, ns).Select(j => "s" + j).ToArray(), R(ns, 100), R(ns, 100), X.CoordinateSystem.Planar, 35);
        Assert.True(X.Accessibility.RowChunks(costs).Length > 3); // several chunks on the thread pool
        var p = Enumerable.Range(0, nz).Select(_ => (double)rng.Next(0, 5000)).ToArray();
        var s = Enumerable.Range(0, ns).Select(_ => (double)rng.Next(0, 50)).ToArray();
        Assert.True(X.DecaySpec.TryParse(decayText, X.BandEdges.Right, out var decay, out _));
        var expected = ScalarTwoStep(costs, p, s, decay!, radius).Select(BitConverter.DoubleToInt64Bits).ToArray();
        // several calls at once, so the chunks run in different orders on different threads
        var runs = Enumerable.Range(0, 4).AsParallel().Select(_ => X.Accessibility.TwoStep(costs, p, s, decay!, new X.AccessOptions(radius))).ToArray();
        foreach (var r in runs) Assert.Equal(expected, r.Values.Select(BitConverter.DoubleToInt64Bits));
    }
}
