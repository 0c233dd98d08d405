using Sozialindikatoren.Analysis;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Samples;

namespace Sozialindikatoren.Tests.Cuts;

/// <summary>The rescue planner's alternative objective: net public cost avoided per euro (follow-up costs avoided − back-fill).</summary>
public sealed class RescueNetCostTests
{
    private static readonly Lazy<PlanningAnalysisResult> Sample = new(() => PlanningAnalysis.Run(SiegenWittgenstein.Load(),
        new PlanningAnalysisOptions(asOf: SiegenWittgenstein.AsOf, scenario: CutScenarios.NrwDraft2025, cuts: new CutOptions { Draws = 0 })));

    private static double Net(RescuePlan p) => p.Choices.Sum(c => c.NetPublicCostAvoided!.Value);

    [Fact]
    public void Net_objective_needs_a_value_vector()
    {
        var cuts = Sample.Value.Cuts!;
        var e = Assert.Throws<ArgumentException>(() => RescuePlanner.Plan(cuts, 100_000m, new RescueOptions { Objective = RescueObjective.NetPublicCostAvoided }));
        Assert.Contains("ValuePerCapacityUnit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_no_follow_up_value_nothing_pays_for_itself_so_the_net_plan_is_empty()
    {
        // Every back-fill costs money and avoids no follow-up cost: net = −back-fill < 0 for every option.
        var cuts = Sample.Value.Cuts!;
        var zero = cuts.Data.Offerings.ToDictionary(o => o.Id, _ => 0.0, StringComparer.Ordinal);
        var plan = RescuePlanner.Plan(cuts, 250_000m, new RescueOptions { Objective = RescueObjective.NetPublicCostAvoided, Method = RescueMethod.Exact }, zero);
        Assert.Empty(plan.Choices);
        Assert.NotEmpty(RescuePlanner.Plan(cuts, 250_000m, new RescueOptions { Method = RescueMethod.Exact }, zero).Choices);
    }

    [Fact]
    public void Exact_net_plan_avoids_at_least_the_net_cost_of_the_impact_plan_within_the_same_budget()
    {
        var a = Sample.Value;
        var value = a.FollowUp!.ValuePerCapacityUnit;
        foreach (var budget in new[] { 50_000m, 150_000m, 400_000m })
        {
            var byNet = RescuePlanner.Plan(a.Cuts!, budget, new RescueOptions { Objective = RescueObjective.NetPublicCostAvoided, Method = RescueMethod.Exact }, value);
            var byImpact = RescuePlanner.Plan(a.Cuts!, budget, new RescueOptions { Method = RescueMethod.Exact }, value);
            Assert.True(byNet.Choices.Sum(c => c.BackfillPerYear) <= budget);
            Assert.All(byNet.Choices, c => Assert.True(c.NetPublicCostAvoided > 0, c.ToString()));
            Assert.True(Net(byNet) >= Net(byImpact) - 1e-6, $"budget {budget}: net plan {Net(byNet)} < impact plan {Net(byImpact)}");
        }
    }

    [Fact]
    public void One_offering_with_a_large_follow_up_value_is_backfilled_first()
    {
        var cuts = Sample.Value.Cuts!;
        var candidate = cuts.Offerings.Where(o => o.Exposure.ScenarioLoss > 0 && o.CapacityAfter.Amount < o.CapacityBefore.Amount)
            .OrderBy(o => o.Offering.Id, StringComparer.Ordinal).First();
        var value = cuts.Data.Offerings.ToDictionary(o => o.Id, o => o.Id == candidate.Offering.Id ? 1e9 : 0.0, StringComparer.Ordinal);
        var plan = RescuePlanner.Plan(cuts, candidate.Exposure.ScenarioLoss, new RescueOptions { Objective = RescueObjective.NetPublicCostAvoided }, value);
        var choice = Assert.Single(plan.Choices);
        Assert.Equal(candidate.Offering.Id, choice.OfferingId);
        Assert.Equal(1.0, choice.Share, 9);
    }
}
