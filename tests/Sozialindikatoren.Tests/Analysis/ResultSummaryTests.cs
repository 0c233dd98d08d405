using Sozialindikatoren.Analysis;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Samples;

namespace Sozialindikatoren.Tests.Analysis;

/// <summary>Every result of the analysis prints a summary, not its type name (#13 packaging).</summary>
public sealed class ResultSummaryTests
{
    [Fact]
    public void Results_summarise_themselves_with_their_figures()
    {
        var a = PlanningAnalysis.Run(SiegenWittgenstein.Load(), new PlanningAnalysisOptions(asOf: SiegenWittgenstein.AsOf,
            scenario: CutScenarios.NrwDraft2025, cuts: new CutOptions { Draws = 20, Seed = 7 }, budgetPerYear: 100_000m));
        var lost = a.Cuts!.Offerings.Aggregate(0m, (s, o) => s + o.LostFunding);
        var cuts = a.Cuts.ToString();
        Assert.StartsWith($"CutResult '{CutScenarios.NrwDraft2025.Name}', as of 2025-01-01: lost funding {lost:0} EUR/a", cuts, StringComparison.Ordinal);
        Assert.Contains("Monte Carlo 20 draws (seed 7)", cuts, StringComparison.Ordinal);
        Assert.Contains($"{a.Rescue!.Choices.Count} back-fills", a.Rescue.ToString(), StringComparison.Ordinal);
        Assert.Equal(a.Rescue.Choices.Count + 1, a.Rescue.ToString().Split('\n').Length);
        Assert.Contains($"{a.Index!.Entries.Count} entries", a.Index.ToString(), StringComparison.Ordinal);
        Assert.Contains($"{a.FollowUp!.Offerings.Count} offerings with parameters", a.FollowUp.ToString(), StringComparison.Ordinal);
        var all = a.ToString();
        Assert.StartsWith("PlanningAnalysisResult " + SiegenWittgenstein.Name, all, StringComparison.Ordinal);
        foreach (var head in new object[] { a.Index, a.Gaps, a.Cuts, a.Rescue, a.FollowUp })
            Assert.Contains(head.ToString()!.Split('\n')[0], all, StringComparison.Ordinal);
        Assert.DoesNotContain("Sozialindikatoren.", all, StringComparison.Ordinal);
    }
}
