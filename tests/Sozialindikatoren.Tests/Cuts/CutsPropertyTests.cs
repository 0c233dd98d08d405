using FsCheck.Xunit;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Tests.Arbitraries;
using Sozialindikatoren.Gaps;
using C = global::Sozialindikatoren.Cuts;

namespace Sozialindikatoren.Tests.Cuts;

public sealed class CutsPropertyTests
{
    private static readonly C.CutScenario Both = new("NRW-Entwurf + Bund", C.CutScenarios.NrwDraft2025.Lines.Concat(C.CutScenarios.Bund2025.Lines));

    private static C.CutResult Run(PlanningData data, C.CutScenario scenario, int draws = 0, ulong seed = 1, int threads = 2) =>
        C.CutAnalysis.Run(GapAnalysis.Run(data, SupplyNorms.Default, new NodaTime.LocalDate(2025, 1, 1)), scenario,
            new C.CutOptions { Draws = draws, Seed = seed, MaxThreads = threads });

    private static void AssertUnchanged(C.CutResult r)
    {
        Assert.All(r.Offerings, o =>
        {
            Assert.Equal(0m, o.LostFunding);
            Assert.Equal(1.0, o.RemainingShare);
            Assert.Equal(o.CapacityBefore, o.CapacityAfter);
            Assert.False(o.Closed);
            Assert.Equal(0.0, o.Impact);
            Assert.Equal(C.ResponseKind.NotAffected, o.Response);
        });
        Assert.All(r.Cells, c =>
        {
            Assert.Equal(c.SupplyBefore, c.SupplyAfter);
            Assert.Equal(c.ClassBefore, c.ClassAfter);
            Assert.Equal(c.UnmetBefore, c.UnmetAfter);
            Assert.Equal(0.0, c.PeopleAffected);
        });
        Assert.Equal(r.UnmetShareBefore, r.UnmetShareAfter);
    }

    [Property]
    public void Zero_cut_changes_nothing(CutsCase c) => AssertUnchanged(Run(c.Data, Both.Scale(0m), draws: 20, seed: c.Seed));

    [Property]
    public void Cut_on_an_unused_source_changes_nothing(CutsCase c)
    {
        // The generator never uses EU/ESF, foundations, social insurance or the Kommune.
        var unused = new C.CutScenario("unbenutzt",
        [
            new C.CutLine("ESF", FundingSource.EuEsf, null, null, null, C.CutKind.Share, 1m, new NodaTime.LocalDate(2024, 1, 1), C.CutLineStatus.Assumption),
            new C.CutLine("Kommune", FundingSource.Kommune, null, null, null, C.CutKind.AmountPerYear, 1_000_000m, new NodaTime.LocalDate(2024, 1, 1), C.CutLineStatus.Assumption),
        ]);
        AssertUnchanged(Run(c.Data, unused, draws: 20, seed: c.Seed));
    }

    [Property]
    public void Deeper_cut_never_lowers_lost_funding_capacity_or_unmet_demand(CutsCase c)
    {
        var mild = Run(c.Data, Both.Scale(c.Scale1));
        var deep = Run(c.Data, Both.Scale(c.Scale2));
        Assert.True(mild.TotalLostFunding <= deep.TotalLostFunding);
        for (var i = 0; i < mild.Offerings.Count; i++)
        {
            Assert.True(mild.Offerings[i].LostFunding <= deep.Offerings[i].LostFunding);
            Assert.True(mild.Offerings[i].RemainingShare >= deep.Offerings[i].RemainingShare);
        }
        for (var k = 0; k < mild.ByDomain.Count; k++)
        {
            Assert.Equal((mild.ByDomain[k].Domain, mild.ByDomain[k].Unit), (deep.ByDomain[k].Domain, deep.ByDomain[k].Unit));
            Assert.True((mild.ByDomain[k].LostCapacityShare ?? 0) <= (deep.ByDomain[k].LostCapacityShare ?? 0));
            Assert.True(mild.ByDomain[k].CapacityAfter >= deep.ByDomain[k].CapacityAfter);
        }
        Assert.True(mild.UnmetShareAfter <= deep.UnmetShareAfter);
        for (var k = 0; k < mild.Cells.Count; k++) Assert.True(mild.Cells[k].UnmetAfter <= deep.Cells[k].UnmetAfter);
    }

    [Property]
    public void Larger_budget_never_raises_the_remaining_impact(CutsCase c)
    {
        var r = Run(c.Data, Both.Scale(c.Scale2));
        var exact = new C.RescueOptions { Method = C.RescueMethod.Exact };
        var small = C.RescuePlanner.Plan(r, c.Budget1, exact);
        var large = C.RescuePlanner.Plan(r, c.Budget2, exact);
        Assert.True(large.RemainingImpact <= small.RemainingImpact);
        Assert.True(small.Spent <= c.Budget1 && large.Spent <= c.Budget2);
    }

    [Property(MaxTest = 50)]
    public void Same_seed_gives_identical_results_with_any_thread_count(CutsCase c)
    {
        var one = Run(c.Data, Both.Scale(c.Scale2), draws: 300, seed: c.Seed, threads: 1);
        var four = Run(c.Data, Both.Scale(c.Scale2), draws: 300, seed: c.Seed, threads: 4);
        var again = Run(c.Data, Both.Scale(c.Scale2), draws: 300, seed: c.Seed, threads: 3);
        foreach (var other in new[] { four, again })
        {
            var a = one.MonteCarlo!;
            var b = other.MonteCarlo!;
            Assert.Equal(a.UnabsorbedLoss, b.UnabsorbedLoss);
            Assert.Equal(a.LostCapacityShareByUnit, b.LostCapacityShareByUnit);
            Assert.Equal(a.Closures, b.Closures);
            Assert.Equal(a.LocatedGaps, b.LocatedGaps);
            Assert.Equal(a.UnmetDemand, b.UnmetDemand);
            for (var k = 0; k < one.Cells.Count; k++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(one.Cells[k].ProbabilityUnderSupplied), BitConverter.DoubleToInt64Bits(other.Cells[k].ProbabilityUnderSupplied));
                Assert.Equal(BitConverter.DoubleToInt64Bits(one.Cells[k].CoverageAfterMean), BitConverter.DoubleToInt64Bits(other.Cells[k].CoverageAfterMean));
                Assert.Equal(BitConverter.DoubleToInt64Bits(one.Cells[k].CoverageAfterP50), BitConverter.DoubleToInt64Bits(other.Cells[k].CoverageAfterP50));
            }
        }
    }
}
