using FsCheck.Xunit;
using NodaTime;
using Sozialindikatoren.Cli;
using Sozialindikatoren.Data;
using Sozialindikatoren.Funding;
using Sozialindikatoren.FollowUpCosts;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Tests.Cuts;
using C = global::Sozialindikatoren.Cuts;

namespace Sozialindikatoren.Tests.FollowUpCosts;

public sealed class FollowUpCostTests
{
    private static readonly OfferingType Sb = new("schuldnerberatung");

    /// <summary>cases 80/100/120 per FTE, p 0.05/0.1/0.2, cost 4,000/5,000/6,000 EUR, lag 0/1/2, Kreis ½, Kommune ½.</summary>
    private static FollowUpCostParameters Params => new(Sb, CapacityUnit.FullTimeEquivalents, "Test",
        new(80, 100, 120, "t", 2025, EvidenceGrade.D), new(0.05, 0.1, 0.2, "t", 2025, EvidenceGrade.C),
        new(4000, 5000, 6000, "t", 2025, EvidenceGrade.B), new(0, 1, 2, "t", 2025, EvidenceGrade.D),
        new PayerShares(0.5, 0.5, 0, 0, 0, "t", 2025, EvidenceGrade.D));

    /// <summary>"o5" (2 FTE; Land 40,000 + Kreis 60,000; the fixture's provider statement says −40 %) typed as debt counselling.</summary>
    private static Offering O5 => new("o5", "Schuldnerberatung A", ServiceDomain.Schulden, "p2", CutsFixture.A, new Capacity(2, CapacityUnit.FullTimeEquivalents),
        Obligation.Voluntary, new FundingPlan(
        [
            new FundingLine(FundingSource.Land, "Landespauschale Suchthilfe", FundingInstrument.FixedAmount, 40_000m, new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2026, 12, 31))),
            new FundingLine(FundingSource.Kreis, "Kreis-Zuwendungsvertrag", FundingInstrument.ShareFunding, 60_000m, new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2026, 12, 31))),
        ]), type: Sb);

    private static C.CutScenario LandCut(decimal amount) => new("Land", [new C.CutLine("Land Suchthilfe", FundingSource.Land, ["Suchthilfe"], null, null, C.CutKind.AmountPerYear, amount,
        new LocalDate(2025, 1, 1), C.CutLineStatus.Sourced, "q")]);

    private static FollowUpCostResult Run(C.CutScenario scenario, FollowUpCostParameters? p = null, int draws = 50) =>
        FollowUpCostModel.Run(CutsFixture.Run(CutsFixture.Data(true, false, O5), scenario, new C.CutOptions { Draws = 0 }),
            new FollowUpCostOptions { HorizonYears = 3, Parameters = [p ?? Params], Draws = draws });

    [Fact]
    public void Hand_computed_example()
    {
        // Land cut 40,000 EUR/a (all of the Land line) → saving Land 40,000 per year 2025–2027.
        // Statement −40 % → capacity lost 2 × 0.4 = 0.8 FTE.
        // Central: cases 0.8 × 100 = 80/a; cost 80 × 0.1 × 5,000 = 40,000/a from t ≥ lag 1 (2026, 2027); Kreis and Kommune 20,000 each.
        // Low: 0.8 × 80 × 0.05 × 4,000 = 12,800/a from t ≥ 2 (2027 only), 6,400 per payer. High: 0.8 × 120 × 0.2 × 6,000 = 115,200/a from t ≥ 0, 57,600 per payer.
        // Discount 2 %: factors 1, 1/1.02 = 0.98039216, 1/1.0404 = 0.96116878 (sum 2.94156094).
        // PV saving Land = 40,000 × 2.94156094 = 117,662.44; PV central cost all = 40,000 × (0.98039216 + 0.96116878) = 77,662.44.
        // Cumulative: 2026 79,215.69 saved vs 39,215.69 cost; 2027 117,662.44 vs 77,662.44 → no break-even overall; Kreis (no saving) breaks even in 2026.
        var r = Run(LandCut(40_000m));
        Assert.Equal(9, r.Rows.Count); // Kreis, Kommune, Land × 3 years
        var kreis2026 = r.Rows.Single(x => x.Payer == Payer.Kreis && x.Year == 2026);
        Assert.Equal(20_000, kreis2026.CostCentral, 6);
        Assert.Equal(0, kreis2026.CostLow, 6);
        Assert.Equal(57_600, kreis2026.CostHigh, 6);
        Assert.Equal(6_400, r.Rows.Single(x => x.Payer == Payer.Kommune && x.Year == 2027).CostLow, 6);
        Assert.Equal(0, r.Rows.Single(x => x.Payer == Payer.Kreis && x.Year == 2025).CostCentral, 6);
        Assert.All(r.Rows.Where(x => x.Payer == Payer.Land), x => Assert.Equal(40_000, x.Saving, 6));
        Assert.Equal(117_662.44, r.Total.Saving, 2);
        Assert.Equal(77_662.44, r.Total.CostCentral, 2);
        Assert.Null(r.Total.BreakEvenYear);
        Assert.Equal(2026, r.ByPayer.Single(t => t.Payer == Payer.Kreis).BreakEvenYear);
    }

    [Property(MaxTest = 30)]
    public void Costs_scale_linearly_with_cases_lost(byte k)
    {
        var p = Params;
        var factor = 1 + k % 10;
        foreach (var b in new[] { FollowUpBound.Low, FollowUpBound.Central, FollowUpBound.High })
            for (var t = 0; t < 4; t++)
                Assert.Equal(factor * FollowUpCostModel.Cost(p, 0.7, b, t), FollowUpCostModel.Cost(p, 0.7 * factor, b, t), 6);
    }

    [Property(MaxTest = 50)]
    public void Payer_shares_must_sum_to_one(byte a, byte b, byte c)
    {
        double s = 1.0 + a + b + c;
        var ok = new PayerShares(1 / s, a / s, b / s, c / s, 0, "t", 2025, EvidenceGrade.D);
        Assert.Equal(1, PayerExtensions.Public.Sum(p => ok[p]), 9);
        Assert.ThrowsAny<ArgumentException>(() => new PayerShares(1 / s + 0.01, a / s, b / s, c / s, 0, "t", 2025, EvidenceGrade.D));
        Assert.ThrowsAny<ArgumentException>(() => new PayerShares(-0.1, 1.1, 0, 0, 0, "t", 2025, EvidenceGrade.D));
    }

    [Fact]
    public void Parameters_validate_their_ranges()
    {
        Assert.ThrowsAny<ArgumentException>(() => new FollowUpParameter(2, 1, 3, "t", 2025, EvidenceGrade.A));
        Assert.ThrowsAny<ArgumentException>(() => new FollowUpParameter(1, 1, 1, " ", 2025, EvidenceGrade.A));
        Assert.ThrowsAny<ArgumentException>(() => new FollowUpCostParameters(Sb, CapacityUnit.FullTimeEquivalents, "x", Params.CasesPerUnit,
            new(0.5, 0.9, 1.2, "t", 2025, EvidenceGrade.C), Params.EscalationCost, Params.LagYears, Params.Shares));
        Assert.Equal(8, FollowUpCostDefaults.All.Count);
    }

    [Fact]
    public void Low_le_central_le_high_on_the_sample_and_zero_cut_gives_zero_cost()
    {
        var analysis = global::Sozialindikatoren.Analysis.PlanningAnalysis.Run(global::Sozialindikatoren.Samples.SiegenWittgenstein.Load(),
            new global::Sozialindikatoren.Analysis.PlanningAnalysisOptions(cuts: new C.CutOptions { Draws = 0 }));
        var f = analysis.FollowUp!;
        Assert.NotEmpty(f.Rows);
        Assert.All(f.Rows, x => Assert.True(x.CostLow <= x.CostCentral && x.CostCentral <= x.CostHigh, x.ToString()));
        Assert.True(f.Total.CostLow <= f.Total.CostCentral && f.Total.CostCentral <= f.Total.CostHigh);
        var zero = Run(LandCut(0m));
        Assert.Empty(zero.Rows);
        Assert.Equal(0, zero.Total.CostHigh);
    }

    [Fact]
    public void Monte_Carlo_is_deterministic()
    {
        var a = Run(LandCut(40_000m), draws: 200).MonteCarlo!;
        var b = Run(LandCut(40_000m), draws: 200).MonteCarlo!;
        Assert.Equal(BitConverter.DoubleToInt64Bits(a.CostP50), BitConverter.DoubleToInt64Bits(b.CostP50));
        Assert.Equal(BitConverter.DoubleToInt64Bits(a.CostP95), BitConverter.DoubleToInt64Bits(b.CostP95));
        Assert.Equal(a.ProbabilityCostsExceedSavings, b.ProbabilityCostsExceedSavings);
        Assert.True(a.CostP05 <= a.CostP50 && a.CostP50 <= a.CostP95);
    }

    [Fact]
    public void Csv_reader_reads_german_headers()
    {
        const string csv = "Angebotsart;Einheit;Parameter;niedrig;zentral;hoch;Quelle;Jahr;Evidenz\n" +
            "schuldnerberatung;VZÄ;faelle_je_einheit;80;100;120;t;2025;D\n" +
            "schuldnerberatung;VZÄ;eskalationswahrscheinlichkeit;0,05;0,1;0,2;t;2025;C\n" +
            "schuldnerberatung;VZÄ;eskalationskosten;4000;5000;6000;t;2025;B\n" +
            "schuldnerberatung;VZÄ;verzoegerung_jahre;0;1;2;t;2025;D\n" +
            "schuldnerberatung;VZÄ;anteil_kreis;;0,5;;t;2025;D\n" +
            "schuldnerberatung;VZÄ;anteil_kommune;;0,5;;t;2025;D\n";
        var p = Assert.Single(FollowUpCostCsv.Read(new StringReader(csv), "folgekosten.csv"));
        Assert.Equal(0.1, p.EscalationProbability.Central);
        Assert.Equal(0.5, p.Shares[Payer.Kommune]);
        var bad = csv.Replace("anteil_kommune;;0,5", "anteil_kommune;;0,6", StringComparison.Ordinal);
        var e = Assert.Throws<global::Sozialindikatoren.Common.DataProblemException>(() => FollowUpCostCsv.Read(new StringReader(bad), "folgekosten.csv"));
        Assert.Contains("sum", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_out_writes_folgekosten_csv_with_the_exact_header_and_no_empty_cells()
    {
        var dir = Directory.CreateTempSubdirectory("folgekosten-").FullName;
        try
        {
            var code = CliApp.Run(["report", "--draws", "20", "--out", Path.Combine(dir, "r")], new StringWriter(), new StringWriter());
            Assert.Equal(0, code);
            var lines = File.ReadAllLines(Path.Combine(dir, "r", "folgekosten.csv"));
            Assert.Equal("offering_id,service,payer,year,saving,cost_low,cost_central,cost_high", lines[0]);
            Assert.True(lines.Length > 1);
            Assert.All(lines.Skip(1), l => Assert.DoesNotContain("", l.Split(',')));
            Assert.Contains("\"followUpCosts\"", File.ReadAllText(Path.Combine(dir, "r", "result.json")), StringComparison.Ordinal);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    /// <summary>The same parameters, with the whole follow-up cost borne by the local youth office (Jugendamt).</summary>
    private static FollowUpCostParameters YouthParams => new(Sb, CapacityUnit.FullTimeEquivalents, "Test", Params.CasesPerUnit,
        Params.EscalationProbability, Params.EscalationCost, Params.LagYears, new PayerShares(0, 0.2, 0, 0, 0, "t", 2025, EvidenceGrade.B, youthOffice: 0.8));

    private static global::Sozialindikatoren.Planning.PlanningData WithOwnYouthOffice(global::Sozialindikatoren.Planning.PlanningData d, string id) =>
        new(d.Name, new global::Sozialindikatoren.Spaces.Region(d.Region.Spaces.Select(s => s.Id.Value != id ? s
            : new global::Sozialindikatoren.Spaces.SocialSpace(s.Id, s.Name, s.Level, s.Parent, s.Key, s.AreaKm2, s.Centroid, s.Boundary, s.Population, s.Provenance, ownYouthOffice: true))),
            d.Providers, d.Offerings, d.Indicators, d.ConferenceStatements, d.ProviderStatements, d.Description, d.Participation);

    [Fact]
    public void Youth_office_share_goes_to_the_Kreis_or_to_a_municipality_with_its_own_Jugendamt()
    {
        // o5 lies in A. Central cost 40,000/a from 2026 (see the hand-computed example): Jugendamt 0.8, Kommune 0.2.
        var data = CutsFixture.Data(true, false, O5);
        var options = new FollowUpCostOptions { HorizonYears = 3, Parameters = [YouthParams], Draws = 0 };
        var kreisAmt = FollowUpCostModel.Run(CutsFixture.Run(data, LandCut(40_000m), new C.CutOptions { Draws = 0 }), options);
        var ownAmt = FollowUpCostModel.Run(CutsFixture.Run(WithOwnYouthOffice(data, "A"), LandCut(40_000m), new C.CutOptions { Draws = 0 }), options);
        Assert.Equal(32_000, kreisAmt.Rows.Single(x => x.Payer == Payer.Kreis && x.Year == 2026).CostCentral, 6);
        Assert.Equal(8_000, kreisAmt.Rows.Single(x => x.Payer == Payer.Kommune && x.Year == 2026).CostCentral, 6);
        Assert.DoesNotContain(ownAmt.Rows, x => x.Payer == Payer.Kreis);
        Assert.Equal(40_000, ownAmt.Rows.Single(x => x.Payer == Payer.Kommune && x.Year == 2026).CostCentral, 6);
        // Conservation: the payer split moves costs, it never changes their total.
        Assert.Equal(kreisAmt.Total.CostCentral, ownAmt.Total.CostCentral, 6);
        Assert.Equal(kreisAmt.Total.CostHigh, ownAmt.Total.CostHigh, 6);
    }

    [Property(MaxTest = 50)]
    public void Youth_office_split_always_sums_to_one(byte a, byte b, byte y)
    {
        double s = 1.0 + a + b + y;
        var shares = new PayerShares(1 / s, a / s, b / s, 0, 0, "t", 2025, EvidenceGrade.D, youthOffice: y / s);
        foreach (var own in new[] { false, true })
            Assert.Equal(1, PayerExtensions.Public.Sum(p => shares.Share(p, own)), 9);
        Assert.Equal(shares.Share(Payer.Kreis, false) + shares.Share(Payer.Kommune, false), shares.Share(Payer.Kreis, true) + shares.Share(Payer.Kommune, true), 12);
        Assert.Equal(y / s, shares.Share(Payer.Kommune, true) - shares.Share(Payer.Kommune, false), 12);
    }

    [Fact]
    public void Sample_Siegen_bears_the_follow_up_costs_of_its_own_youth_office()
    {
        var data = global::Sozialindikatoren.Samples.SiegenWittgenstein.Load();
        Assert.Equal(["Siegen"], data.Region.Spaces.Where(s => s.OwnYouthOffice).Select(s => s.Name));
        var f = global::Sozialindikatoren.Analysis.PlanningAnalysis.Run(data,
            new global::Sozialindikatoren.Analysis.PlanningAnalysisOptions(cuts: new C.CutOptions { Draws = 0 })).FollowUp!;
        var location = data.Offerings.ToDictionary(o => o.Id, o => o.Location.Value, StringComparer.Ordinal);
        var youth = f.Rows.Where(r => r.Service is "erziehungsberatung" or "hze_ambulant" && r.CostHigh > 0).ToArray();
        Assert.NotEmpty(youth);
        Assert.All(youth, r => Assert.Equal(location[r.OfferingId] == "05970040" ? Payer.Kommune : Payer.Kreis, r.Payer));
    }

    [Fact]
    public void Csv_reader_reads_the_jugendamt_share()
    {
        const string csv = "service,unit,parameter,low,central,high,source,year,grade\n" +
            "erziehungsberatung,fte,cases_per_unit,55,70,90,t,2025,D\n" +
            "erziehungsberatung,fte,p_escalation,0.008,0.013,0.02,t,2025,C\n" +
            "erziehungsberatung,fte,cost_escalation,100000,107500,115000,t,2025,B\n" +
            "erziehungsberatung,fte,lag_years,1,2,3,t,2025,D\n" +
            "erziehungsberatung,fte,share_jugendamt,,1,,t,2025,B\n";
        var p = Assert.Single(FollowUpCostCsv.Read(new StringReader(csv), "folgekosten.csv"));
        Assert.Equal(1, p.Shares.YouthOffice);
        Assert.Equal(1, p.Shares.Share(Payer.Kommune, ownYouthOffice: true));
        Assert.Equal(0, p.Shares.Share(Payer.Kommune, ownYouthOffice: false));
    }
}
