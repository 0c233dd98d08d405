using FsCheck.Xunit;
using X = global::Sozialindikatoren.Access;

namespace Sozialindikatoren.Tests.Access;

public class AllocationTests
{
    [Fact]
    public void Allocate_HandComputedCase()
    {
        // A (P=10) reaches X (cost 1) and Y (cost 4); B (P=6) reaches X (cost 2). X has 8, Y has 5.
        // Maximal service fills both sites (13): A→Y 5, A→X a, B→X 8 − a with a ≤ 5; cost 20 + a + 2(8 − a) is least
        // for a = 5: A→X 5, B→X 3, B unmet 3; cost 20 + 5 + 6 = 31.
        var costs = X.TravelCosts.FromPairs(["A", "B"], ["X", "Y"], [("A", "X", 1.0), ("A", "Y", 4.0), ("B", "X", 2.0)]);
        var r = X.CapacityAllocation.Allocate(costs, [10, 6], [8, 5]);
        Assert.Equal([10.0, 3.0], r.Served);
        Assert.Equal([0.0, 3.0], r.Unmet);
        Assert.Equal([8.0, 5.0], r.Used);
        Assert.Equal(31.0, r.TotalCost);
        Assert.Equal(3.0, r.TotalUnmet);
        Assert.Equal([1.0, 1.0], r.Utilisation);
    }

    [Fact]
    public void Allocate_TieRule_CheaperFirst_ThenLowerZone_ThenLowerSite()
    {
        var equal = X.TravelCosts.FromPairs(["A", "B"], ["X"], [("A", "X", 5.0), ("B", "X", 5.0)]);
        var r = X.CapacityAllocation.Allocate(equal, [1, 1], [1]);
        Assert.Equal([1.0, 0.0], r.Served);
        var cheaperB = X.TravelCosts.FromPairs(["A", "B"], ["X"], [("A", "X", 5.0), ("B", "X", 4.0)]);
        Assert.Equal([0.0, 1.0], X.CapacityAllocation.Allocate(cheaperB, [1, 1], [1]).Served);
        var twoSites = X.TravelCosts.FromPairs(["A"], ["X", "Y"], [("A", "X", 3.0), ("A", "Y", 3.0)]);
        var s = X.CapacityAllocation.Allocate(twoSites, [2], [5, 5]);
        Assert.Equal([2.0, 0.0], s.Used);
        var f = Assert.Single(s.Flows);
        Assert.Equal((0, 0, 2.0), (f.Zone, f.Site, f.Amount));
    }

    [Fact]
    public void Allocate_ClosedSitesRadiusAndZeroDemand()
    {
        var costs = X.TravelCosts.FromPairs(["A", "B"], ["X", "Y"], [("A", "X", 1.0), ("A", "Y", 40.0), ("B", "Y", 2.0)]);
        var r = X.CapacityAllocation.Allocate(costs, [5, 0], [0, 10], radius: 30);
        Assert.Equal([0.0, 0.0], r.Served);
        Assert.Equal([5.0, 0.0], r.Unmet);
        Assert.True(double.IsNaN(r.Utilisation[0]));
        Assert.Equal(0.0, r.Utilisation[1]);
        var all = X.CapacityAllocation.Allocate(costs, [5, 0], [0, 10]);
        Assert.Equal(5.0, all.Served[0]);
    }

    [Property(MaxTest = 300)]
    public bool Allocate_UnmetEqualsTotalMinusMaxFlow_AndCostIsMinimal(AccessCase c)
    {
        var r = X.CapacityAllocation.Allocate(c.Costs, c.Demand, c.Capacity, 30);
        double maxFlow = Naive.MaxFlow(c.Dense, c.Demand, c.Capacity, 30);
        var (flow, cost) = Naive.MinCostMaxFlow(c.Dense, c.Demand, c.Capacity, 30);
        bool feasible = Enumerable.Range(0, c.Zones).All(i => Math.Abs(r.Served[i] + r.Unmet[i] - c.Demand[i]) < 1e-9)
            && Enumerable.Range(0, c.Sites).All(j => r.Used[j] <= c.Capacity[j] + 1e-9)
            && r.Flows.All(f => f.Amount > 0 && f.Cost <= 30 && c.Dense[f.Zone, f.Site] == f.Cost);
        return feasible
            && Math.Abs(r.TotalUnmet - (c.Demand.Sum() - maxFlow)) < 1e-9
            && Math.Abs(flow - maxFlow) < 1e-9
            && Math.Abs(r.TotalCost - cost) < 1e-7;
    }

    [Property(MaxTest = 200)]
    public bool Allocate_UnmetNeverFallsWhenCapacityIsRemoved(AccessCase c, FsCheck.PositiveInt pick)
    {
        var before = X.CapacityAllocation.Allocate(c.Costs, c.Demand, c.Capacity);
        var cap = (double[])c.Capacity.Clone();
        int j = pick.Get % c.Sites;
        cap[j] = Math.Floor(cap[j] / 2);
        var after = X.CapacityAllocation.Allocate(c.Costs, c.Demand, cap);
        return after.TotalUnmet >= before.TotalUnmet - 1e-9;
    }

    [Property(MaxTest = 100)]
    public bool Allocate_TotalsInvariantUnderReorderingOfZonesAndSites(AccessCase c)
    {
        var rng = new Random(c.Seed ^ 0x2545F491);
        var zp = Enumerable.Range(0, c.Zones).OrderBy(_ => rng.Next()).ToArray();
        var sp = Enumerable.Range(0, c.Sites).OrderBy(_ => rng.Next()).ToArray();
        var sInv = new int[c.Sites];
        for (int k = 0; k < c.Sites; k++) sInv[sp[k]] = k;
        var o = new List<int>(); var d = new List<int>(); var t = new List<double>();
        for (int k = 0; k < c.Zones; k++)
            for (int j = 0; j < c.Sites; j++)
                if (!double.IsPositiveInfinity(c.Dense[zp[k], j])) { o.Add(k); d.Add(sInv[j]); t.Add(c.Dense[zp[k], j]); }
        var costs2 = X.TravelCosts.FromIndexedPairs(zp.Select(i => c.ZoneIds[i]).ToArray(), sp.Select(j => c.SiteIds[j]).ToArray(), o.ToArray(), d.ToArray(), t.ToArray());
        var a = X.CapacityAllocation.Allocate(c.Costs, c.Demand, c.Capacity, 30);
        var b = X.CapacityAllocation.Allocate(costs2, zp.Select(i => c.Demand[i]).ToArray(), sp.Select(j => c.Capacity[j]).ToArray(), 30);
        return Math.Abs(a.TotalUnmet - b.TotalUnmet) < 1e-9 && Math.Abs(a.TotalCost - b.TotalCost) < 1e-7;
    }

    [Fact]
    public void Allocate_LargerRandomInstances_MatchReference()
    {
        for (int seed = 1; seed <= 6; seed++)
        {
            var rng = new Random(seed);
            int nz = 40, ns = 12;
            var dense = new double[nz, ns];
            var o = new List<int>(); var d = new List<int>(); var t = new List<double>();
            for (int i = 0; i < nz; i++)
                for (int j = 0; j < ns; j++)
                {
                    dense[i, j] = double.PositiveInfinity;
                    if (rng.NextDouble() < 0.4) { dense[i, j] = Math.Round(rng.NextDouble() * 50, 3); o.Add(i); d.Add(j); t.Add(dense[i, j]); }
                }
            var p = Enumerable.Range(0, nz).Select(_ => (double)rng.Next(0, 100)).ToArray();
            var s = Enumerable.Range(0, ns).Select(_ => (double)rng.Next(0, 300)).ToArray();
            var costs = X.TravelCosts.FromIndexedPairs(Enumerable.Range(0, nz).Select(i => "z" + i).ToArray(), Enumerable.Range(0, ns).Select(j => "s" + j).ToArray(), o.ToArray(), d.ToArray(), t.ToArray());
            var r = X.CapacityAllocation.Allocate(costs, p, s, 40);
            var (flow, cost) = Naive.MinCostMaxFlow(dense, p, s, 40);
            Assert.Equal(p.Sum() - flow, r.TotalUnmet, 9);
            Assert.Equal(cost, r.TotalCost, 6);
        }
    }
}
