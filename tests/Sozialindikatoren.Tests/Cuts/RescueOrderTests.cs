using Sozialindikatoren.Analysis;
using Sozialindikatoren.Cuts;

namespace Sozialindikatoren.Tests.Cuts;

public class RescueOrderTests
{
    [Fact]
    public void Plan_ListsChoicesByImpactAvoidedPerEuro_SoEveryOutputSharesOneOrder()
    {
        // The order is the plan's own (not each writer's): a library caller sees what rettungsplan.csv shows.
        var data = global::Sozialindikatoren.Samples.SiegenWittgenstein.Load();
        var plan = PlanningAnalysis.Run(data, new PlanningAnalysisOptions(asOf: global::Sozialindikatoren.Samples.SiegenWittgenstein.AsOf,
            scenario: CutScenarios.NrwDraft2025, cuts: new CutOptions { Draws = 0 }, budgetPerYear: 100_000m)).Rescue!;
        Assert.True(plan.Choices.Count >= 2);
        for (var i = 1; i < plan.Choices.Count; i++)
        {
            var (a, b) = (plan.Choices[i - 1], plan.Choices[i]);
            Assert.True(a.ImpactAvoidedPerEuro > b.ImpactAvoidedPerEuro
                || (a.ImpactAvoidedPerEuro == b.ImpactAvoidedPerEuro && string.CompareOrdinal(a.OfferingId, b.OfferingId) < 0), $"{a.OfferingId} before {b.OfferingId}");
        }
    }
}
