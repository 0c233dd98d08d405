using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using C = global::Sozialindikatoren.Cuts;

namespace Sozialindikatoren.Tests.Cuts;

public sealed class FundingRiskTests
{
    [Fact]
    public void Components_of_the_debt_counselling_offering_match_hand_computation()
    {
        var r = C.FundingRisk.Compute(CutsFixture.O1, CutsFixture.AsOf);
        Assert.True(r.HasActiveFunding);
        Assert.Equal(1.0, r[C.FundingRiskComponent.DiscretionaryGrantShare], 12);      // 90,000 grants, no fees
        Assert.Equal(0.5, r[C.FundingRiskComponent.ObligationGrade], 12);               // duty for a target group
        Assert.Equal(5.0 / 24, r[C.FundingRiskComponent.PeriodEnd], 12);                // (30k·13/24 + 60k·1/24)/90k
        Assert.Equal(48_000.0 / 90_000, r[C.FundingRiskComponent.InstrumentFragility], 12); // (30k·0.6 + 60k·0.5)/90k
        Assert.Equal(5.0 / 9, r[C.FundingRiskComponent.Concentration], 12);            // (1/3)² + (2/3)²
        Assert.Equal(0.5, r[C.FundingRiskComponent.OwnShareBuffer], 12);                // 1 − 0.1/0.2
        var expected = 0.25 * 1 + 0.2 * 0.5 + 0.15 * 5.0 / 24 + 0.15 * 48_000.0 / 90_000 + 0.1 * 5.0 / 9 + 0.15 * 0.5;
        Assert.Equal(expected, r.Score, 12);
        Assert.Equal(6, r.Components.Count);
    }

    [Fact]
    public void Fee_financed_claim_has_no_grant_share_and_weights_are_configurable()
    {
        var options = new C.FundingRiskOptions { GrantShareWeight = 1, ObligationWeight = 0, PeriodEndWeight = 0, InstrumentWeight = 0, ConcentrationWeight = 0, OwnShareBufferWeight = 0 };
        var r = C.FundingRisk.Compute(CutsFixture.O4, CutsFixture.AsOf, options);
        Assert.Equal(0.0, r[C.FundingRiskComponent.DiscretionaryGrantShare]);
        Assert.Equal(0.0, r[C.FundingRiskComponent.InstrumentFragility]);
        Assert.Equal(1.0, r[C.FundingRiskComponent.Concentration]);
        Assert.Equal(0.0, r.Score);
    }

    [Fact]
    public void No_active_line_sets_funding_components_to_one()
    {
        var r = C.FundingRisk.Compute(CutsFixture.O1, new LocalDate(2030, 1, 1));
        Assert.False(r.HasActiveFunding);
        Assert.Equal(1.0, r[C.FundingRiskComponent.PeriodEnd]);
        Assert.Equal(0.5, r[C.FundingRiskComponent.ObligationGrade]);
    }

    [Fact]
    public void Invalid_weights_name_the_field()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => C.FundingRisk.Compute(CutsFixture.O1, CutsFixture.AsOf, new C.FundingRiskOptions { ConcentrationWeight = -1 }));
        Assert.Contains("ConcentrationWeight", e.Message, StringComparison.Ordinal);
    }
}

public sealed class CutScenarioTests
{
    [Fact]
    public void Draft_preset_cuts_the_land_lines_by_the_tabled_shares()
    {
        var offerings = new[] { CutsFixture.O1, CutsFixture.O3, CutsFixture.O4, CutsFixture.O5 };
        var cuts = C.CutScenarios.NrwDraft2025.Apply(offerings, CutsFixture.AsOf);
        Assert.Equal(18_600m, cuts[0][0].AmountPerYear);   // 62 % of 30,000
        Assert.Equal(0m, cuts[0][1].AmountPerYear);        // Kreis line untouched
        Assert.Equal(0m, cuts[0][2].AmountPerYear);        // own funds untouched
        Assert.Equal(20_000m, cuts[1][1].AmountPerYear);   // Familienberatung 50 % of 40,000 (domain KinderJugend: matched by programme)
        Assert.Equal(0m, cuts[2][0].AmountPerYear);        // service fee never cut
        Assert.Equal(8_000m, cuts[3][0].AmountPerYear);    // Suchthilfe 20 % (Annahme)
        Assert.Equal(1, cuts[0][0].ScenarioLine);
        Assert.False(C.CutScenarios.NrwDraft2025.Lines[1].IsAssumption);
        Assert.True(C.CutScenarios.NrwDraft2025.Lines[4].IsAssumption);
    }

    [Fact]
    public void Presets_are_exactly_as_tabled()
    {
        var draft = C.CutScenarios.NrwDraft2025;
        Assert.Equal("NRW Haushaltsentwurf 2025 (08/2024)", draft.Name);
        Assert.Equal(new[] { 0.67m, 0.62m, 0.58m, 0.50m, 0.20m, 0.30m, 0.15m, 0.10m, 0.30m, 0.30m, 0.10m, 0.10m }, draft.Lines.Select(l => l.Value));
        Assert.Equal(new[] { false, false, false, false, true, true, true, true, true, true, true, true }, draft.Lines.Select(l => l.IsAssumption));
        var adopted = C.CutScenarios.NrwAdopted2025;
        Assert.Equal("NRW Haushalt 2025 beschlossen (12/2024)", adopted.Name);
        Assert.Equal(new[] { 0.335m, 0.62m, 0.58m, 0.25m, 0m, 0.30m * (1 - 1.6m / 5.8m), 0m, 0.10m, 0m, 0.30m, 0.05m, 0.05m }, adopted.Lines.Select(l => l.Value));
        Assert.Equal(new[] { true, true, true, true, false, false, false, true, false, true, true, true }, adopted.Lines.Select(l => l.IsAssumption));
        var bund = C.CutScenarios.Bund2025;
        Assert.Equal("Bund 2025", bund.Name);
        Assert.Equal(new[] { 0.30m, 0.50m, 0.59m, 0.25m, 0.15m, 0m }, bund.Lines.Select(l => l.Value));
        Assert.Equal(new[] { false, false, false, false, true, false }, bund.Lines.Select(l => l.IsAssumption));
        Assert.All(bund.Lines, l => Assert.Equal(FundingSource.Bund, l.Source));
        Assert.All(draft.Lines.Concat(adopted.Lines), l => Assert.Equal(FundingSource.Land, l.Source));
        foreach (var name in C.CutScenarios.Names) Assert.True(C.CutScenarios.TryGet(name, out _));
        Assert.False(C.CutScenarios.TryGet("nrw-2026", out _));
    }

    [Fact]
    public void Scale_multiplies_and_caps_at_one()
    {
        var s = C.CutScenarios.NrwDraft2025.Scale(2m);
        Assert.Equal(1m, s.Lines[0].Value);     // 67 % × 2 capped
        Assert.Equal(0.4m, s.Lines[4].Value);
        Assert.All(C.CutScenarios.NrwDraft2025.Scale(0m).Lines, l => Assert.Equal(0m, l.Value));
    }

    [Fact]
    public void Amount_cuts_are_distributed_pro_rata_and_capped()
    {
        var line = new C.CutLine("Schuldnerberatung pauschal", FundingSource.Kreis, ["Schuldnerberatung"], null, null, C.CutKind.AmountPerYear, 26_000m,
            CutsFixture.AsOf, C.CutLineStatus.Assumption, "Test");
        var cuts = new C.CutScenario("Kreis", [line]).Apply([CutsFixture.O1, CutsFixture.O2], CutsFixture.AsOf);
        Assert.Equal(6_000m, cuts[0][1].AmountPerYear);    // 26,000 × 60/260
        Assert.Equal(20_000m, cuts[1][0].AmountPerYear);   // 26,000 × 200/260
        var before = new C.CutScenario("früh", [new C.CutLine("x", null, null, null, null, C.CutKind.Share, 1m, new LocalDate(2026, 1, 1), C.CutLineStatus.Sourced, "q")]);
        Assert.All(before.Apply([CutsFixture.O1], CutsFixture.AsOf)[0], c => Assert.Equal(0m, c.AmountPerYear));
    }

    [Fact]
    public void Glob_and_substring_patterns()
    {
        Assert.True(C.CutLine.PatternMatches("suchthilfe", "Landespauschale Suchthilfe"));
        Assert.True(C.CutLine.PatternMatches("Landes*hilfe", "Landespauschale Suchthilfe"));
        Assert.False(C.CutLine.PatternMatches("Landes*", "Kreis Landespauschale"));
        Assert.True(C.CutLine.PatternMatches("?reis*", "Kreis Landespauschale"));
    }

    [Fact]
    public void Json_round_trip_and_problems_with_paths()
    {
        foreach (var preset in new[] { C.CutScenarios.NrwDraft2025, C.CutScenarios.NrwAdopted2025, C.CutScenarios.Bund2025 })
        {
            var json = Sozialindikatoren.Data.Json.CutScenarioJson.WriteString(preset);
            using var ms = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
            var back = Sozialindikatoren.Data.Json.CutScenarioJson.Read(ms);
            Assert.Equal(preset.Name, back.Name);
            Assert.Equal(preset.Lines.Select(l => (l.Label, l.Value, l.Status, l.Source, string.Join("|", l.ProgrammePatterns))),
                back.Lines.Select(l => (l.Label, l.Value, l.Status, l.Source, string.Join("|", l.ProgrammePatterns))));
        }
        const string bad = """
            { "format": "sozialindikatoren/cut-scenario", "version": 1, "name": "x",
              "lines": [ { "label": "a", "percent": 120, "effectiveFrom": "2025-01-01", "status": "sourced" },
                         { "label": "b", "source": "eigen", "percent": 10, "effectiveFrom": "2025-01-01", "status": "vielleicht" } ] }
            """;
        using var s2 = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(bad));
        var e = Assert.Throws<DataProblemException>(() => Sozialindikatoren.Data.Json.CutScenarioJson.Read(s2, "s.json"));
        Assert.Contains(e.Problems, p => p.Source == "s.json: $.lines[0]" && p.Field == "percent" && p.Value == "120");
        Assert.Contains(e.Problems, p => p.Source == "s.json: $.lines[1]" && p.Field == "source");
        Assert.Contains(e.Problems, p => p.Source == "s.json: $.lines[1]" && p.Field == "status");
    }
}

public sealed class ProviderResponseTests
{
    private static C.CutResult Run(C.CutScenario? scenario = null, int draws = 0, bool statement = true) =>
        CutsFixture.Run(CutsFixture.Data(statement), scenario ?? C.CutScenarios.NrwDraft2025,
            new C.CutOptions { Response = CutsFixture.Withdrawal, Draws = draws });

    [Fact]
    public void Absorb_then_shrink_by_elasticity()
    {
        var o1 = Run().Offerings[0];
        Assert.Equal(18_600m, o1.LostFunding);
        Assert.Equal(3_720.0, o1.Absorbed, 9);               // min(0.2 × 18,600, own 10,000)
        Assert.Equal(C.ResponseKind.Shrunk, o1.Response);
        Assert.Equal(1 - 14_880.0 / 100_000, o1.RemainingShare, 12);
        Assert.Equal(2 * 0.8512, o1.CapacityAfter.Amount, 12);
        Assert.False(o1.Closed);
    }

    [Fact]
    public void Fehlbedarf_collapses_when_the_co_funder_cuts_half()
    {
        var o3 = Run().Offerings[2];
        Assert.Equal(C.ResponseKind.ClosedCoFinancing, o3.Response);
        Assert.Equal(70_000m, o3.LostFunding);                // 20,000 cut + 50,000 deficit line
        Assert.True(o3.Closed);
        Assert.Equal(0, o3.CapacityAfter.Amount);
    }

    [Fact]
    public void Fees_are_not_cut_and_statements_override()
    {
        var r = Run();
        Assert.Equal(C.ResponseKind.NotAffected, r.Offerings[3].Response);
        Assert.Equal(0m, r.Offerings[3].LostFunding);
        var o5 = r.Offerings[4];
        Assert.Equal(C.ResponseKind.ProviderStatement, o5.Response);
        Assert.Equal(0.6, o5.RemainingShare, 12);
        Assert.Equal(8_000m, o5.LostFunding);
        var none = Run(C.CutScenarios.None);
        Assert.Equal(C.ResponseKind.NotAffected, none.Offerings[4].Response);  // statement ignored without a cut
        var model = Run(statement: false).Offerings[4];
        Assert.Equal(C.ResponseKind.Shrunk, model.Response);                    // no own funds: 8,000 / 100,000
        Assert.Equal(0.92, model.RemainingShare, 12);
    }

    [Fact]
    public void Viability_threshold_closes()
    {
        var options = new C.CutOptions
        {
            Draws = 0,
            Response = new C.ProviderResponseOptions { Parameters = new C.ResponseParameters(0, 4, 0.5), AssumeCofunderWithdrawal = true },
        };
        var o1 = CutsFixture.Run(CutsFixture.Data(), C.CutScenarios.NrwDraft2025, options).Offerings[0];
        Assert.Equal(C.ResponseKind.ClosedBelowViability, o1.Response);     // 1 − 4 × 0.186 = 0.256 < 0.5
        Assert.True(o1.Closed);
    }

    [Fact]
    public void Overrides_by_association_and_provider()
    {
        var ro = new C.ProviderResponseOptions
        {
            AssumeCofunderWithdrawal = true,
            ByAssociation = new Dictionary<ProviderAssociation, C.ResponseParameters> { [ProviderAssociation.Diakonie] = new(1, 1, 0.5) },
        };
        var r = CutsFixture.Run(CutsFixture.Data(), C.CutScenarios.NrwDraft2025, new C.CutOptions { Draws = 0, Response = ro });
        Assert.Equal(10_000.0, r.Offerings[0].Absorbed, 9);  // capped at own funds
        Assert.Equal(1 - 8_600.0 / 100_000, r.Offerings[0].RemainingShare, 12);
    }
}

public sealed class CutImpactTests
{
    private static readonly double Phi1 = MathNet.Numerics.Distributions.Normal.CDF(0, 1, 1);

    private static C.CutResult Run(int draws = 0) =>
        CutsFixture.Run(CutsFixture.Data(), C.CutScenarios.NrwDraft2025, new C.CutOptions { Response = CutsFixture.Withdrawal, Draws = draws });

    [Fact]
    public void Impact_scores_match_hand_computation()
    {
        var r = Run();
        var o1 = r.Offerings[0];
        // Schulden supply in A: o1 2 FTE + o2's share 4 × 2/6 = 4/3 (served-area split by demand A 2 : B 4) = 10/3.
        Assert.Equal(0.2976 / (10.0 / 3), o1.Components.SupplyLostShare, 12);    // lost 2 × 0.1488 FTE
        Assert.Equal(Phi1, o1.Components.Need, 12);
        Assert.Equal(1 - (4.0 / 3) / 2, o1.Components.LackOfAlternatives, 12);  // others 4/3 of demand 2
        Assert.Equal(1.0, o1.Components.Vulnerability);
        Assert.Equal(0.08928 * (0.25 + 0.25 * Phi1 + 0.3 / 3 + 0.2), o1.Impact, 12);
        Assert.Equal(0.675, r.Offerings[2].Impact, 12);                           // closed, no alternative, average need
        Assert.Equal(0.4 * (0.25 + 0.25 * Phi1 + 0.3), r.Offerings[4].Impact, 12);
        Assert.Equal(0.0, r.Offerings[1].Impact);
        Assert.Equal(0.0, r.Offerings[3].Impact);
    }

    [Fact]
    public void Cells_before_and_after()
    {
        var r = Run();
        var schuldenA = r.Cells.Single(c => c.Space == CutsFixture.A && c.Domain == ServiceDomain.Schulden);
        Assert.Equal(100 * (10.0 / 3) / 2, schuldenA.CoverageBefore, 12);
        Assert.Equal(schuldenA.Row.CoveragePercent!.Value, schuldenA.CoverageBefore);   // the gap analysis' coverage, bit for bit
        Assert.Equal(100 * (1.7024 + 4.0 / 3) / 2, schuldenA.CoverageAfter, 12);
        Assert.Equal(CoverageClass.Over, schuldenA.ClassAfter);
        var kjB = r.Cells.Single(c => c.Space == CutsFixture.B && c.Domain == ServiceDomain.KinderJugend);
        Assert.Equal(CoverageClass.Under, kjB.ClassBefore);    // 3 of 5 = 60 %
        Assert.Equal(CoverageClass.Severe, kjB.ClassAfter);
        Assert.False(kjB.NewlyUnderSupplied);
        Assert.Equal(2.0, kjB.UnmetBefore, 12);
        Assert.Equal(5.0, kjB.UnmetAfter, 12);
        Assert.Equal(50.0, kjB.PeopleAffected, 12);             // all supply lost × 50 minors (the norm's target group), not 3,000 inhabitants
        var suchtA = r.Cells.Single(c => c.Space == CutsFixture.A && c.Domain == ServiceDomain.Sucht);
        Assert.True(suchtA.NewlyUnderSupplied);                  // 100 % → 60 %
        Assert.Equal(0.8, suchtA.UnmetAfter, 12);
        Assert.Equal(1, r.Cells.Count(c => c.NewlyUnderSupplied));
    }

    [Fact]
    public void Unmet_demand_through_the_capacity_constrained_allocation_when_coordinates_are_known()
    {
        var local = Run();
        Assert.Equal(C.UnmetDemandMethod.LocalSpaceWithoutCentroid, local.UnmetDemandMethod);   // fixture spaces have no centroids
        var data = CutsFixture.Data(true, withCentroids: true);
        var r = CutsFixture.Run(data, C.CutScenarios.NrwDraft2025, new C.CutOptions { Response = CutsFixture.Withdrawal, Draws = 0 });
        Assert.Equal(C.UnmetDemandMethod.CapacityAllocation, r.UnmetDemandMethod);
        var kj = r.Cells.Where(c => c.Domain == ServiceDomain.KinderJugend).ToArray();
        Assert.Equal(2.0, kj.Sum(c => c.UnmetBefore), 9);    // demand 15, supply 13 within 25 km
        Assert.Equal(5.0, kj.Sum(c => c.UnmetAfter), 9);     // o3 closes: supply 10
        var tight = CutsFixture.Run(data, C.CutScenarios.NrwDraft2025, new C.CutOptions { Response = CutsFixture.Withdrawal, Draws = 0, AllocationRadiusKm = 1 });
        Assert.Equal(5.0, tight.Cells.Single(c => c.Domain == ServiceDomain.KinderJugend && c.Space == CutsFixture.B).UnmetAfter, 9);
        Assert.Equal(0.0, tight.Cells.Single(c => c.Domain == ServiceDomain.KinderJugend && c.Space == CutsFixture.A).UnmetAfter, 9);
    }

    [Fact]
    public void Categories_voll_teil_traeger()
    {
        var r = Run();
        Assert.Equal(new[] { "voll", "teil", "traeger" }, r.ByFundingCategory.Select(g => g.Category.ToCode()));
        var teil = r.ByFundingCategory[1];
        Assert.Equal(2, teil.Offerings);
        Assert.Equal(200_000m, teil.Budget);
        Assert.Equal(88_600m, teil.LostFunding);
        Assert.Equal(1, teil.Closed);
        var voll = r.ByFundingCategory[0];
        Assert.Equal(3, voll.Offerings);
        Assert.Equal(800_000m, voll.Budget);
        Assert.Equal(8_000m, voll.LostFunding);
        Assert.Equal(0, r.ByFundingCategory[2].Offerings);
        Assert.Contains("\nteil,2,2,1,200000,88600,", Sozialindikatoren.Reporting.CutsOutput.CategoriesCsv(r), StringComparison.Ordinal);
    }

    [Fact]
    public void Monte_carlo_is_seeded_and_reports_progress()
    {
        var progress = new List<C.MonteCarloProgress>();
        var r = C.CutAnalysis.Run(CutsFixture.Gaps(CutsFixture.Data(false)), C.CutScenarios.NrwDraft2025,
            new C.CutOptions { Response = CutsFixture.Withdrawal, Draws = 500, Seed = 7 }, new SyncProgress(progress));
        var mc = r.MonteCarlo!;
        Assert.Equal(500, mc.Draws);
        Assert.Equal(88_600m + 8_000m, (decimal)mc.LostFunding.P50);
        Assert.True(mc.UnabsorbedLoss.P05 <= mc.UnabsorbedLoss.P50 && mc.UnabsorbedLoss.P50 <= mc.UnabsorbedLoss.P95);
        Assert.True(mc.CellPercentilesKept);
        Assert.Contains(progress, p => p.DrawsDone == 500 && p.DrawsTotal == 500);
        var suchtA = r.Cells.Single(c => c.Space == CutsFixture.A && c.Domain == ServiceDomain.Sucht);
        Assert.InRange(suchtA.ProbabilityUnderSupplied, 0.0, 1.0);
        var kjB = r.Cells.Single(c => c.Space == CutsFixture.B && c.Domain == ServiceDomain.KinderJugend);
        Assert.Equal(1.0, kjB.ProbabilityUnderSupplied);     // co-financing closure is certain
    }

    private sealed class SyncProgress(List<C.MonteCarloProgress> sink) : IProgress<C.MonteCarloProgress>
    {
        public void Report(C.MonteCarloProgress value)
        {
            lock (sink) sink.Add(value);
        }
    }
}

public sealed class RescuePlanTests
{
    [Fact]
    public void Ten_percent_backfill_restores_the_co_financing_condition()
    {
        var r = CutsFixture.Run(CutsFixture.Data(), C.CutScenarios.NrwDraft2025, new C.CutOptions { Response = CutsFixture.Withdrawal, Draws = 0 });
        var plan = C.RescuePlanner.Plan(r, 2_000m, new C.RescueOptions { Method = C.RescueMethod.Exact });
        var choice = Assert.Single(plan.Choices);
        Assert.Equal("o3", choice.OfferingId);
        Assert.Equal(0.1, choice.Share, 12);
        Assert.Equal(2_000m, choice.BackfillPerYear);
        Assert.Equal(2.568 / 15, choice.ImpactAvoided, 12);     // B: 5 − (3 × 0.856) unmet, need weight 2Φ(0)/15
        Assert.Equal(choice.ImpactAvoided / 2_000, choice.ImpactAvoidedPerEuro, 15);
        Assert.Equal(plan.ImpactAfterCut - choice.ImpactAvoided, plan.RemainingImpact, 12);
        var greedy = C.RescuePlanner.Plan(r, 2_000m, new C.RescueOptions { Method = C.RescueMethod.Greedy });
        Assert.Equal("o3", Assert.Single(greedy.Choices).OfferingId);
    }

    [Fact]
    public void Exact_agrees_with_brute_force_on_small_instances()
    {
        var rng = new Random(11);
        for (var trial = 0; trial < 200; trial++)
        {
            var n = rng.Next(1, 5);
            var table = new List<C.RescuePlanner.Candidate>();
            for (var j = 0; j < n; j++)
            {
                var k = rng.Next(1, 6);
                var cost = new decimal[k + 1];
                var value = new double[k + 1];
                for (var s = 1; s <= k; s++)
                {
                    cost[s] = cost[s - 1] + rng.Next(1, 50) * 100m;
                    value[s] = value[s - 1] + (rng.NextDouble() < 0.3 ? 0 : rng.NextDouble());
                }
                table.Add(new C.RescuePlanner.Candidate { Offering = j, Share = new double[k + 1], Cost = cost, Value = value, Remaining = new double[k + 1] });
            }
            var budget = rng.Next(0, 100) * 100m;
            var pick = C.RescuePlanner.Exact(table, budget);
            var exactValue = Enumerable.Range(0, n).Sum(j => table[j].Value[pick[j]]);
            Assert.True(Enumerable.Range(0, n).Sum(j => table[j].Cost[pick[j]]) <= budget);
            var best = BruteForce(table, budget);
            Assert.Equal(best, exactValue, 9);
            var g = C.RescuePlanner.Greedy(table, budget);
            Assert.True(Enumerable.Range(0, n).Sum(j => table[j].Cost[g[j]]) <= budget);
            Assert.True(Enumerable.Range(0, n).Sum(j => table[j].Value[g[j]]) <= exactValue + 1e-9);
        }
    }

    private static double BruteForce(List<C.RescuePlanner.Candidate> table, decimal budget)
    {
        var best = 0.0;
        var idx = new int[table.Count];
        while (true)
        {
            decimal cost = 0;
            double value = 0;
            for (var j = 0; j < table.Count; j++) { cost += table[j].Cost[idx[j]]; value += table[j].Value[idx[j]]; }
            if (cost <= budget && value > best) best = value;
            var p = 0;
            while (p < table.Count && ++idx[p] == table[p].Cost.Length) { idx[p] = 0; p++; }
            if (p == table.Count) return best;
        }
    }
}
