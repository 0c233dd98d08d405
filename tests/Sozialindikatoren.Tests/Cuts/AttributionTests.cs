using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using C = global::Sozialindikatoren.Cuts;

namespace Sozialindikatoren.Tests.Cuts;

/// <summary>Issue 12.1 and 12.4: what is cut, and by whom; provider statements with condition and date; composed scenarios.</summary>
public sealed class AttributionTests
{
    private static PlanningData With(params ProviderStatement[] statements)
    {
        var d = CutsFixture.Data(withStatement: false);
        return new PlanningData(d.Name, d.Region, d.Providers, d.Offerings, providerStatements: statements);
    }

    private static C.CutResult Run(PlanningData data, bool withdrawal = false, C.CutScenario? scenario = null) =>
        CutsFixture.Run(data, scenario ?? C.CutScenarios.NrwDraft2025,
            new C.CutOptions { Draws = 0, Response = new C.ProviderResponseOptions { AssumeCofunderWithdrawal = withdrawal } });

    private static C.OfferingImpact O(C.CutResult r, string id) => r.Offerings.Single(o => o.Offering.Id == id);

    [Fact]
    public void Cofunder_withdrawal_is_off_by_default_and_the_offering_responds_to_the_scenario_cut_only()
    {
        // o3: Land Familienberatung 40,000 cut by 50 % = 20,000; Kreis Fehlbedarf 50,000; own 10,000; budget 100,000.
        var o3 = O(Run(With()), "o3");
        Assert.Equal(20_000m, o3.Exposure.Attribution.ScenarioCut);
        Assert.Equal(20_000m, o3.Exposure.Attribution.ScenarioCutBy(FunderLevel.Land));
        Assert.Equal(0m, o3.Exposure.Attribution.ConsequentialLoss);
        Assert.False(o3.Exposure.CoFinancingFailed);
        // a = 0.2: absorbed 4,000 (≤ own 10,000), unabsorbed 16,000, r = 16,000 / 100,000 = 0.16.
        Assert.Equal(C.ResponseKind.Shrunk, o3.Response);
        Assert.Equal(0.84, o3.RemainingShare, 12);
        Assert.Equal(20_000m, o3.LostFunding);
    }

    [Fact]
    public void Assumed_withdrawal_is_a_consequential_loss_at_the_deficit_funders_level()
    {
        var r = Run(With(), withdrawal: true);
        var a = O(r, "o3").Exposure.Attribution;
        Assert.Equal(20_000m, a.ScenarioCutBy(FunderLevel.Land));
        Assert.Equal(50_000m, a.ConsequentialLossBy(FunderLevel.Kreis));
        Assert.Equal(0m, a.ConsequentialLossBy(FunderLevel.Land));
        Assert.Equal(70_000m, a.Total);
        Assert.Equal(C.ResponseKind.ClosedCoFinancing, O(r, "o3").Response);
        Assert.True(r.AssumesCofunderWithdrawal);
        Assert.Equal(r.TotalLostFunding, r.Attribution.Total);
        Assert.Equal(r.TotalConsequentialLoss, r.Attribution.ConsequentialLoss);
        Assert.Equal(50_000m, r.Attribution.ConsequentialLossBy(FunderLevel.Kreis));
    }

    [Fact]
    public void Lost_funding_is_the_sum_of_the_three_parts_and_each_part_the_sum_over_funder_levels()
    {
        var statement = new ProviderStatement("o1", new LocalDate(2025, 1, 1), 0.5, "Halbierung.", new LocalDate(2024, 11, 1), 25_000m, null,
            new StatementCondition(FundingSource.Land, "Schuldnerberatung", 0.5));
        foreach (var withdrawal in new[] { false, true })
        {
            var r = Run(With(statement), withdrawal);
            foreach (var o in r.Offerings)
            {
                var a = o.Exposure.Attribution;
                Assert.Equal(o.LostFunding, a.ScenarioCut + a.ConsequentialLoss + a.ProviderReportedLoss);
                Assert.Equal(a.ScenarioCut, FunderLevels.All.Sum(l => a.ScenarioCutBy(l)));
                Assert.Equal(a.ConsequentialLoss, FunderLevels.All.Sum(l => a.ConsequentialLossBy(l)));
                Assert.Equal(a.ProviderReportedLoss, FunderLevels.All.Sum(l => a.ProviderReportedLossBy(l)));
            }
        }
    }

    [Fact]
    public void Provider_reported_loss_is_the_stated_loss_beyond_the_model_at_the_conditions_level()
    {
        // o1: Land Fachberatung 30,000 cut by 62 % = 18,600; the provider expects 25,000 → 6,400 beyond the model.
        var statement = new ProviderStatement("o1", new LocalDate(2025, 1, 1), 0.5, "Halbierung.", new LocalDate(2024, 11, 1), 25_000m, null,
            new StatementCondition(FundingSource.Land, "Schuldnerberatung", 0.5));
        var o1 = O(Run(With(statement)), "o1");
        Assert.Equal(18_600m, o1.Exposure.ScenarioLoss);
        Assert.Equal(6_400m, o1.Exposure.ProviderReportedLoss);
        Assert.Equal(6_400m, o1.Exposure.Attribution.ProviderReportedLossBy(FunderLevel.Land));
        Assert.Equal(25_000m, o1.LostFunding);
        Assert.Equal(C.ResponseKind.ProviderStatement, o1.Response);
        Assert.Equal(0.5, o1.RemainingShare, 12);
    }

    [Fact]
    public void A_statement_applies_only_when_its_condition_holds()
    {
        // o1's Land line is cut by 62 %: a condition of at least 70 % does not hold, so the model responds.
        var tooHigh = new ProviderStatement("o1", new LocalDate(2025, 1, 1), 0.5, "Erst ab 70 %.", new LocalDate(2024, 11, 1), null, null,
            new StatementCondition(FundingSource.Land, "Schuldnerberatung", 0.7));
        var federal = new ProviderStatement("o1", new LocalDate(2025, 1, 1), 0.5, "Wenn der Bund kürzt.", new LocalDate(2024, 11, 2), null, null,
            new StatementCondition(FundingSource.Bund, null, 0));
        var r = Run(With(tooHigh, federal));
        Assert.Equal(C.ResponseKind.Shrunk, O(r, "o1").Response);
        Assert.Equal(C.StatementStatus.ConditionNotMet, r.Statements[0].Status);
        Assert.Equal(0.62, r.Statements[0].ConditionCutShare!.Value, 12);
        Assert.True(r.Statements[0].NotInScenario);
        Assert.Equal(C.StatementStatus.ConditionNotMet, r.Statements[1].Status);
        Assert.Null(r.Statements[1].ConditionCutShare);   // o1 has no federal line
        Assert.Equal([0, 1], r.Statements.Select(s => s.Index));
    }

    [Fact]
    public void A_statement_about_a_federal_cut_is_not_in_a_Land_scenario_but_applies_when_the_scenarios_compose()
    {
        var sample = Sozialindikatoren.Samples.SiegenWittgenstein.Load();
        var gaps = Sozialindikatoren.Gaps.GapAnalysis.Run(sample, Sozialindikatoren.Gaps.SupplyNorms.Default, Sozialindikatoren.Samples.SiegenWittgenstein.AsOf);
        var land = C.CutAnalysis.Run(gaps, C.CutScenarios.NrwDraft2025, new C.CutOptions { Draws = 0 });
        var both = C.CutAnalysis.Run(gaps, C.CutScenario.Combine([C.CutScenarios.NrwDraft2025, C.CutScenarios.Bund2025]), new C.CutOptions { Draws = 0 });
        var mbe = land.Statements.Single(s => s.Statement.OfferingId == "mi-mbe-caritas");
        Assert.Equal(C.StatementStatus.ConditionNotMet, mbe.Status);
        Assert.Equal(C.StatementStatus.Applies, both.Statements.Single(s => s.Statement.OfferingId == "mi-mbe-caritas").Status);
        Assert.Equal(C.ResponseKind.ProviderStatement, both.Offerings.Single(o => o.Offering.Id == "mi-mbe-caritas").Response);
        Assert.True(both.TotalScenarioCut > land.TotalScenarioCut);
    }

    [Fact]
    public void A_closure_from_the_first_of_July_counts_for_six_months_and_as_a_closure()
    {
        var closure = new ProviderStatement("o1", new LocalDate(2025, 7, 1), 1.0, "Schließung zum 01.07.", new LocalDate(2024, 11, 1));
        var r = Run(With(closure));
        var o1 = O(r, "o1");
        Assert.Equal(0.5, r.Statements[0].YearShare, 12);
        Assert.Equal(0.5, o1.RemainingShare, 12);        // 2 FTE on average over 2025: 1 FTE
        Assert.Equal(1.0, o1.CapacityAfter.Amount, 12);
        Assert.True(o1.Closed);
    }

    [Theory]
    [InlineData(2025, 1, 1, 1.0)]
    [InlineData(2024, 10, 1, 1.0)]
    [InlineData(2025, 7, 1, 0.5)]
    [InlineData(2025, 8, 1, 5.0 / 12)]
    [InlineData(2025, 7, 16, (5 + 16.0 / 31) / 12)]
    [InlineData(2025, 12, 31, (1.0 / 31) / 12)]
    [InlineData(2026, 1, 1, 0.0)]
    public void Year_share_counts_the_months_covered_in_the_year_of_the_Stichtag(int y, int m, int d, double expected) =>
        Assert.Equal(expected, C.StatementOutcome.YearShareOf(new LocalDate(y, m, d), 2025), 12);

    [Fact]
    public void A_change_after_the_Stichtag_year_and_a_superseded_statement_do_not_apply()
    {
        var later = new ProviderStatement("o1", new LocalDate(2026, 1, 1), 1.0, "Schließung 2026.", new LocalDate(2024, 12, 1));
        var older = new ProviderStatement("o5", new LocalDate(2025, 1, 1), 0.2, "−20 %.", new LocalDate(2024, 10, 1));
        var newer = new ProviderStatement("o5", new LocalDate(2025, 1, 1), 0.4, "−40 %.", new LocalDate(2024, 11, 1));
        var r = Run(With(later, older, newer));
        Assert.Equal(C.StatementStatus.AfterStichtagYear, r.Statements[0].Status);
        Assert.Equal(C.ResponseKind.Shrunk, O(r, "o1").Response);
        Assert.Equal(C.StatementStatus.Superseded, r.Statements[1].Status);
        Assert.Equal(C.StatementStatus.Applies, r.Statements[2].Status);
        Assert.Equal(0.6, O(r, "o5").RemainingShare, 12);
    }

    [Fact]
    public void An_uncut_offering_ignores_its_statements_so_a_zero_cut_changes_nothing()
    {
        var s = new ProviderStatement("o2", new LocalDate(2025, 1, 1), 0.5, "Halbierung.", new LocalDate(2024, 11, 1));
        var r = Run(With(s), scenario: C.CutScenarios.None);
        Assert.Equal(C.StatementStatus.OfferingNotCut, r.Statements[0].Status);
        Assert.All(r.Offerings, o => Assert.Equal(1.0, o.RemainingShare));
        Assert.Equal(0m, r.TotalLostFunding);
    }

    [Fact]
    public void Composed_scenarios_apply_the_lines_of_both_and_the_first_wins_on_overlap()
    {
        var a = new C.CutScenario("A", [new C.CutLine("Fachberatung", FundingSource.Land, ["Fachberatung"], null, null, C.CutKind.Share, 0.5m, new LocalDate(2025, 1, 1), C.CutLineStatus.Sourced)]);
        var b = new C.CutScenario("B", [
            new C.CutLine("Fachberatung", FundingSource.Land, ["Fachberatung"], null, null, C.CutKind.Share, 0.1m, new LocalDate(2025, 1, 1), C.CutLineStatus.Sourced),
            new C.CutLine("Suchthilfe", FundingSource.Land, ["Suchthilfe"], null, null, C.CutKind.Share, 0.25m, new LocalDate(2025, 1, 1), C.CutLineStatus.Sourced)]);
        var ab = C.CutScenario.Combine([a, b]);
        Assert.Equal("A + B", ab.Name);
        Assert.Equal(3, ab.Lines.Count);
        var r = Run(With(), scenario: ab);
        Assert.Equal(15_000m, O(r, "o1").Exposure.ScenarioLoss);   // 50 % of 30,000 (A's line, not B's 10 %)
        Assert.Equal(10_000m, O(r, "o5").Exposure.ScenarioLoss);   // 25 % of 40,000 (B's line)
        Assert.Same(a, C.CutScenario.Combine([a]));
    }
}
