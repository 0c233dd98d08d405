using FsCheck.Xunit;
using X = global::Sozialindikatoren.Access;

namespace Sozialindikatoren.Tests.Access;

public class HuffAndClosureTests
{
    [Fact]
    public void Huff_HandComputed_AndClosureRedistributes()
    {
        // zone A (P=100): X at 2 (S=10), Y at 4 (S=20); zone B (P=50): Y at 1 (t_min 1 → 1)
        var costs = X.TravelCosts.FromPairs(["A", "B"], ["X", "Y"], [("A", "X", 2.0), ("A", "Y", 4.0), ("B", "Y", 0.5)]);
        var r = X.HuffModel.Redistribute(costs, [100, 50], [10, 20]);
        double ux = 10 / 4.0, uy = 20 / 16.0; // S^1 * t^-2
        double px = ux / (ux + uy);
        Assert.Equal(100 * px, r.Expected[0], 12);
        Assert.Equal(100 * (1 - px) + 50, r.Expected[1], 12);
        Assert.Equal(100 * px - 10, r.Overload[0], 12);
        Assert.Equal(100 * (1 - px) + 50 - 20, r.Overload[1], 12);
        // close Y: A goes entirely to X, B has nothing left
        var closed = X.HuffModel.Redistribute(costs, [100, 50], [10, 0]);
        Assert.Equal([100.0, 0.0], closed.Expected);
        Assert.Equal([0.0, 50.0], closed.Unreached);
        Assert.Equal(50.0, closed.TotalUnreached);
        // catchment 3: A only reaches X
        var within = X.HuffModel.Redistribute(costs, [100, 50], [10, 20], radius: 3);
        Assert.Equal([100.0, 50.0], within.Expected);
    }

    [Property]
    public bool Huff_ConservesDemand(AccessCase c)
    {
        var r = X.HuffModel.Redistribute(c.Costs, c.Demand, c.Capacity, alpha: 1.3, beta: 1.5, minCost: 0.5, radius: 30);
        return Math.Abs(r.Expected.Sum() + r.TotalUnreached - c.Demand.Sum()) < 1e-9 * Math.Max(1, c.Demand.Sum());
    }

    [Fact]
    public void ClosureTest_CountsAdditionalPeopleBeyondThreshold()
    {
        var costs = X.TravelCosts.FromPairs(["A", "B", "C"], ["H1", "H2"],
            [("A", "H1", 10.0), ("A", "H2", 35.0), ("B", "H1", 25.0), ("B", "H2", 28.0), ("C", "H2", 45.0)]);
        double[] pop = [4000, 3000, 500];
        Assert.Equal(500.0, X.ClosureTest.PeopleBeyond(costs, pop, [true, true], 30));
        var r = X.ClosureTest.Assess(costs, pop, [true, true], [false, true], 30);
        Assert.Equal([10.0, 25.0, 45.0], r.NearestBefore);
        Assert.Equal([35.0, 28.0, 45.0], r.NearestAfter);
        Assert.Equal(4000.0, r.AdditionalPeopleBeyond);
        Assert.Equal(4500.0, r.PeopleBeyondAfter);
        var none = X.ClosureTest.Assess(costs, pop, [true, true], [false, false], 30);
        Assert.Equal(7500.0, none.PeopleBeyondAfter);
        Assert.True(double.IsPositiveInfinity(none.NearestAfter[0]));
        // exactly at the threshold is not beyond ("more than 30 minutes")
        Assert.Equal(500.0, X.ClosureTest.PeopleBeyond(costs, pop, [false, true], 35));
    }
}
