using NodaTime;
using Sozialindikatoren;
using Sozialindikatoren.Common;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Reporting;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;
using static Sozialindikatoren.Tests.Gaps.GapTestData;

namespace Sozialindikatoren.Tests.Gaps;

public sealed class GapAnalysisTests
{
    private const double Tol = 1e-9;
    private static readonly ServiceDomain Schulden = ServiceDomain.Schulden;
    private static readonly ServiceDomain Pflege = ServiceDomain.AltenhilfePflege;
    private static readonly ServiceDomain Gewalt = ServiceDomain.Gewaltschutz;
    private const CapacityUnit Fte = CapacityUnit.FullTimeEquivalents;
    private const CapacityUnit Places = CapacityUnit.Places;

    private static GapAnalysisResult Run(GapOptions? options = null, IEnumerable<Offering>? offerings = null) =>
        GapAnalysis.Run(DataSet(offerings), Norms(), AsOf, options);

    private static void AssertRow(CoverageRow row, double target, double demand, double supply, double? coverage, CoverageClass cls, double gap, double people, GapCertainty certainty)
    {
        Assert.Equal(target, row.TargetPopulation!.Value, Tol);
        Assert.Equal(demand, row.Demand!.Value, Tol);
        Assert.Equal(supply, row.Supply, Tol);
        if (coverage is { } c) Assert.Equal(c, row.CoveragePercent!.Value, 1e-9);
        else Assert.Null(row.CoveragePercent);
        Assert.Equal(cls, row.Class);
        Assert.Equal(gap, row.Gap!.Value, Tol);
        Assert.Equal(people, row.PeopleNotCovered!.Value, 1e-6);
        Assert.Equal(certainty, row.Certainty);
    }

    [Fact]
    public void BaseRows_MatchHandComputedCoverageClassesAndGaps()
    {
        var r = Run();
        // Schulden: 2 VZÄ je 50.000 → A 0.4, B 0.2, C 0.8 VZÄ.
        AssertRow(r.Row("A", Schulden, Fte), 10_000, 0.4, 0.25, 62.5, CoverageClass.Under, 0.15, 3_750, GapCertainty.Certain);
        AssertRow(r.Row("B", Schulden, Fte), 5_000, 0.2, 0.3, 150, CoverageClass.Over, -0.1, 0, GapCertainty.None);
        AssertRow(r.Row("C", Schulden, Fte), 20_000, 0.8, 0, 0, CoverageClass.Severe, 0.8, 20_000, GapCertainty.Certain);
        // Pflege: 14 % of 80+ → A 84, B 42, C 168 places.
        AssertRow(r.Row("A", Pflege, Places), 600, 84, 90, 90.0 / 84 * 100, CoverageClass.Adequate, -6, 0, GapCertainty.None);
        AssertRow(r.Row("B", Pflege, Places), 300, 42, 20, 20.0 / 42 * 100, CoverageClass.Severe, 22, 22.0 * 300 / 42, GapCertainty.Certain);
        AssertRow(r.Row("C", Pflege, Places), 1_200, 168, 150, 150.0 / 168 * 100, CoverageClass.Adequate, 18, 18.0 * 1_200 / 168, GapCertainty.None);
        // Frauenhaus: 1 je 10.000, range 0.5 … 1.333: certainty from the demand interval.
        AssertRow(r.Row("A", Gewalt, Places), 10_000, 1, 0.6, 60, CoverageClass.Under, 0.4, 4_000, GapCertainty.Probable);
        AssertRow(r.Row("B", Gewalt, Places), 5_000, 0.5, 0, 0, CoverageClass.Severe, 0.5, 5_000, GapCertainty.Certain);
        AssertRow(r.Row("C", Gewalt, Places), 20_000, 2, 1.8, 90, CoverageClass.Adequate, 0.2, 2_000, GapCertainty.Possible);
        Assert.Equal(0.5, r.Row("A", Gewalt, Places).DemandLower!.Value, Tol);
        Assert.Equal(4.0 / 3.0, r.Row("A", Gewalt, Places).DemandUpper!.Value, Tol);
    }

    [Fact]
    public void Aggregates_AreSumsOverTheirMunicipalities()
    {
        var r = Run();
        AssertRow(r.Row("N", Schulden, Fte), 15_000, 0.6, 0.55, 0.55 / 0.6 * 100, CoverageClass.Adequate, 0.05, 0.05 * 15_000 / 0.6, GapCertainty.None);
        AssertRow(r.Row("S", Schulden, Fte), 20_000, 0.8, 0, 0, CoverageClass.Severe, 0.8, 20_000, GapCertainty.Certain);
        AssertRow(r.Row("K", Schulden, Fte), 35_000, 1.4, 0.55, 0.55 / 1.4 * 100, CoverageClass.Severe, 0.85, 21_250, GapCertainty.Certain);
        AssertRow(r.Row("K", Pflege, Places), 2_100, 294, 260, 260.0 / 294 * 100, CoverageClass.Adequate, 34, 34.0 * 2_100 / 294, GapCertainty.None);
        AssertRow(r.Row("K", Gewalt, Places), 35_000, 3.5, 2.4, 2.4 / 3.5 * 100, CoverageClass.Under, 1.1, 11_000, GapCertainty.Probable);
        Assert.True(r.Row("K", Schulden, Fte).IsAggregate);
        Assert.False(r.Row("A", Schulden, Fte).IsAggregate);
    }

    [Fact]
    public void Rows_AreOrderedMunicipalitiesThenPlanningRegionsThenCounty()
    {
        var r = Run();
        Assert.Equal(6 * 3, r.Rows.Count);
        Assert.Equal(["A", "B", "C", "N", "S", "K"], r.Rows.Select(x => x.Space.Id.Value).Distinct().ToArray());
        Assert.Equal(["Schulden", "AltenhilfePflege", "Gewaltschutz"], r.Rows.Take(3).Select(x => x.Domain.Code).ToArray());
        Assert.Equal(3, r.BaseSpaceCount);
    }

    [Fact]
    public void Findings_AreRankedByRelativeGapTimesPeopleTimesNeedFactor()
    {
        var r = Run();
        var ranked = r.Findings.Select(f => (f.Row.Space.Id.Value, f.Row.Domain.Code)).ToArray();
        Assert.Equal(new[]
        {
            ("C", "Schulden"), ("B", "Gewaltschutz"), ("A", "Gewaltschutz"), ("A", "Schulden"), ("C", "Gewaltschutz"), ("B", "AltenhilfePflege"),
        }, ranked);
        double[] expected = [20_000, 5_000, 1_600, 1_406.25, 200, 22.0 / 42 * (22.0 * 300 / 42)];
        Assert.Equal(expected.Length, r.Findings.Count);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], r.Findings[i].Score, 1e-6);
        Assert.Equal(Enumerable.Range(1, 6), r.Findings.Select(f => f.Rank));
    }

    [Fact]
    public void Finding_CarriesEvidence_AndPrintsInGerman()
    {
        var r = Run();
        var f = r.Findings.Single(x => x.Row.Space.Id.Value == "A" && x.Row.Domain == Schulden);
        Assert.Equal("Quelle: AG SBV 2003, Stand 01.03.2003", GapFindingsText.ProvenanceText(f.Norm.Provenance));
        Assert.Equal("source: AG SBV 2003, as of 2003-03-01", GapFindingsText.ProvenanceText(f.Norm.Provenance, Sozialindikatoren.Text.Language.English));
        Assert.Equal("s-a", Assert.Single(f.Supply).Offering.Id);
        Assert.Equal(0.25, f.Supply[0].Amount);
        Assert.Equal(1.0, f.Demand.NeedFactor);
        var statement = Assert.Single(f.Statements);
        Assert.Equal(StatementAgreement.Agrees, statement.Agreement);
        var text = GapFindingsText.Line(f);
        Assert.StartsWith("Astadt · Schuldnerberatung: 63 % Versorgungsgrad (0,25 von 0,4 VZÄ; Lücke 0,15 VZÄ, rund 3.750 Einwohner ohne Versorgung) – Unterversorgung, Befund sicher", text);
        Assert.Contains("Richtwert 2 VZÄ je 50.000 Einwohner", text);
        Assert.Contains("Sozialraumkonferenz: Unterversorgung (stimmt überein)", text);
        var evidence = GapFindingsText.Evidence(f);
        Assert.Contains("Bedarf = 10.000 Einwohner × 2 VZÄ je 50.000 Einwohner × Bedarfsfaktor 1 = 0,4 VZÄ", evidence);
        Assert.Contains("Angebot s-a: 0,25 VZÄ (Standort)", evidence);
    }

    [Fact]
    public void Statements_AreComparedWithTheQuantitativeClass_AndLaterOnesAreLeftOut()
    {
        var r = Run();
        Assert.Equal(3, r.Statements.Count);   // one norm per domain in the test catalogue: one assessment per statement
        var byKey = r.Statements.ToDictionary(s => (s.Statement.Space.Value, s.Statement.Domain.Code));
        Assert.Equal(StatementAgreement.Agrees, byKey[("A", "Schulden")].Agreement);
        Assert.Equal(StatementAgreement.Disagrees, byKey[("B", "Schulden")].Agreement);
        Assert.Equal(StatementAgreement.Disagrees, byKey[("C", "Gewaltschutz")].Agreement);
        Assert.Contains("widerspricht", GapFindingsText.Statement(byKey[("B", "Schulden")]));
        Assert.Contains("disagrees", GapFindingsText.Statement(byKey[("B", "Schulden")], Sozialindikatoren.Text.Language.English));
    }

    [Fact]
    public void NeedAdjustment_ScalesDemandByOnePlusSz_ClampedToHalfAndTwo()
    {
        var z = new NeedIndex([new("A", 1.0), new("B", -1.0), new("C", 4.0)], "test");
        var r = Run(new GapOptions(needSensitivity: 0.5, needIndex: z));
        Assert.Equal(0.6, r.Row("A", Schulden, Fte).Demand!.Value, Tol);   // f = 1.5
        Assert.Equal(0.1, r.Row("B", Schulden, Fte).Demand!.Value, Tol);   // f = 0.5
        Assert.Equal(1.6, r.Row("C", Schulden, Fte).Demand!.Value, Tol);   // 1 + 2 = 3 → clamped to 2
        Assert.Equal(2.0, r.Row("C", Schulden, Fte).NeedFactor);
        Assert.Equal(CoverageClass.Severe, r.Row("A", Schulden, Fte).Class);   // 0.25 / 0.6 = 41.7 %
        Assert.Equal(2.3, r.Row("K", Schulden, Fte).Demand!.Value, Tol);
        Assert.Equal(2.3 / 1.4, r.Row("K", Schulden, Fte).NeedFactor, Tol);
        Assert.Empty(r.SpacesWithoutNeedIndex);
        // Default s = 0 ignores the index; a per-domain override switches it off for one domain.
        Assert.Equal(0.4, Run(new GapOptions(needIndex: z)).Row("A", Schulden, Fte).Demand!.Value, Tol);
        var perDomain = Run(new GapOptions(needSensitivity: 0.5, needIndex: z, needSensitivityByDomain: new Dictionary<ServiceDomain, double> { [Schulden] = 0 }));
        Assert.Equal(0.4, perDomain.Row("A", Schulden, Fte).Demand!.Value, Tol);
        Assert.Equal(1.5, perDomain.Row("A", Gewalt, Places).Demand!.Value, Tol);
    }

    [Fact]
    public void MissingNeedIndex_UsesFactorOne_AndIsReported()
    {
        var z = new NeedIndex([new("A", 1.0)]);
        var r = Run(new GapOptions(needSensitivity: 0.5, needIndex: z));
        Assert.Equal(0.2, r.Row("B", Schulden, Fte).Demand!.Value, Tol);
        Assert.Equal(["B", "C"], r.SpacesWithoutNeedIndex.Select(s => s.Value).ToArray());
    }

    [Fact]
    public void OfferingAboveTheBaseLevel_IsSplitByRequiredCapacity()
    {
        var offerings = TestOfferings();
        offerings.Add(Off("p-k", Pflege, "K", 30, Places));
        var r = Run(offerings: offerings);
        Assert.Equal(90 + 30 * 84.0 / 294, r.Row("A", Pflege, Places).Supply, Tol);
        Assert.Equal(20 + 30 * 42.0 / 294, r.Row("B", Pflege, Places).Supply, Tol);
        Assert.Equal(150 + 30 * 168.0 / 294, r.Row("C", Pflege, Places).Supply, Tol);
        Assert.Equal(290, r.Row("K", Pflege, Places).Supply, Tol);
        var finding = r.Findings.Single(f => f.Row.Domain == Pflege);
        Assert.Contains(finding.Supply, c => c.Offering.Id == "p-k" && c.How == ContributionKind.ServedArea);
    }

    [Fact]
    public void ServedMode_SplitsOverServedSpacesByRequiredCapacity()
    {
        var offerings = TestOfferings().Where(o => o.Domain != Schulden).ToList();
        offerings.Add(Off("s-ab", Schulden, "A", 0.6, Fte, served: ["A", "B"]));
        var located = Run(new GapOptions(supply: SupplyMode.Located), offerings);
        Assert.Equal(0.6, located.Row("A", Schulden, Fte).Supply, Tol);
        Assert.Equal(0.0, located.Row("B", Schulden, Fte).Supply, Tol);
        var served = Run(offerings: offerings);   // served-area supply is the default
        Assert.Equal(0.4, served.Row("A", Schulden, Fte).Supply, Tol);
        Assert.Equal(0.2, served.Row("B", Schulden, Fte).Supply, Tol);
        Assert.Equal(CoverageClass.Adequate, served.Row("B", Schulden, Fte).Class);
    }

    [Fact]
    public void IndicatorTarget_UsesLatestCountUpToAsOf_WithPoissonInterval_AndMissingStaysUnknown()
    {
        var norms = Norms().With(new SupplyNorm(ServiceDomain.ArmutSozialeTeilhabe, Fte, TargetPopulation.FromIndicator("msq", "Mindestsicherungsempfänger"),
            1, 1_000, "Sozialberatung", Provenance.Assumption("test")));
        var d = new LocalDate(2023, 12, 31);
        var records = new[]
        {
            new IndicatorRecord("A", "msq", d, Observation.Of(1_500), Observation.Of(10_000)),
            new IndicatorRecord("A", "msq", new LocalDate(2025, 6, 30), Observation.Of(9_999), Observation.Of(10_000)),
            new IndicatorRecord("B", "msq", d, new Observation(double.NaN, ValueStatus.Suppressed), Observation.Of(5_000)),
            new IndicatorRecord("C", "msq", d, Observation.Of(4), Observation.Of(20_000)),
        };
        var offerings = TestOfferings();
        offerings.Add(Off("m-c", ServiceDomain.ArmutSozialeTeilhabe, "C", 0.005, Fte));
        var r = GapAnalysis.Run(DataSet(offerings, records), norms, AsOf);
        var a = r.Row("A", ServiceDomain.ArmutSozialeTeilhabe, Fte);
        Assert.Equal(1.5, a.Demand!.Value, Tol);
        var ci = Rates.Interval(1_500, 1, IntervalMethod.Auto, ConfidenceLevel.Percent95);
        Assert.Equal(ci.Lower / 1_000, a.DemandLower!.Value, Tol);
        Assert.Equal(ci.Upper / 1_000, a.DemandUpper!.Value, Tol);
        var b = r.Row("B", ServiceDomain.ArmutSozialeTeilhabe, Fte);
        Assert.Equal(CoverageClass.Unknown, b.Class);
        Assert.Null(b.Demand);
        Assert.Null(b.Gap);
        Assert.Equal(CoverageClass.Unknown, r.Row("N", ServiceDomain.ArmutSozialeTeilhabe, Fte).Class);
        Assert.Equal(CoverageClass.Unknown, r.Row("K", ServiceDomain.ArmutSozialeTeilhabe, Fte).Class);
        var c = r.Row("C", ServiceDomain.ArmutSozialeTeilhabe, Fte);
        Assert.Equal(125, c.CoveragePercent!.Value, 1e-9);
        Assert.Equal(CoverageClass.Over, c.Class);
        var exact = Rates.ExactCountLimits(4, ConfidenceLevel.Percent95);
        Assert.Equal(exact.Upper / 1_000, c.DemandUpper!.Value, Tol);
        Assert.Equal(GapCertainty.Possible, c.Certainty);   // 0.005 / 0.0102 < 75 %
        var csvLine = ResultTables.Coverage(r).ToCsv().Split('\n').Single(l => l.StartsWith("B,Bdorf,ArmutSozialeTeilhabe,", StringComparison.Ordinal));
        Assert.Equal("B,Bdorf,ArmutSozialeTeilhabe,,,0,fte,,unknown,", csvLine);
    }

    [Fact]
    public void Csv_HasTheIssueColumns_RoundTripDoubles_AndEmptyCoverageWithoutDemand()
    {
        var offerings = TestOfferings();
        var region = new Region(TestRegion().Spaces.Select(s => s.Id.Value == "B" ? s.WithPopulation(Pop(150, 850, 3_000, 1_000, 0)) : s));
        var data = new PlanningData("t", region, [new Provider("p1", "Träger", ProviderAssociation.Diakonie)], offerings);
        var csv = ResultTables.Coverage(GapAnalysis.Run(data, Norms(), AsOf)).ToCsv();
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ResultTables.CoverageHeader, lines[0]);
        Assert.Equal("space_id,space,domain,target_population,demand,supply,unit,coverage_pct,class,gap", lines[0]);
        Assert.Equal(19, lines.Length);
        Assert.Equal("B,Bdorf,AltenhilfePflege,0,0,20,places,,no_demand,-20", lines[5]);
        var a = lines[1].Split(',');
        Assert.Equal("A", a[0]);
        Assert.Equal(0.4, double.Parse(a[4], System.Globalization.CultureInfo.InvariantCulture), Tol);
        var row = GapAnalysis.Run(data, Norms(), AsOf).Row("A", Schulden, Fte);
        Assert.Equal(row.CoveragePercent!.Value, double.Parse(a[7], System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("K,Kreis K,Gewaltschutz,35000,3.5,2.4,places,68.57142857142857,under,", lines[^1]);
        Assert.Equal(1.1, double.Parse(lines[^1].Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture), Tol);
    }

    [Fact]
    public void MarkdownTable_PrintsGermanNumbers_PerLevel()
    {
        var md = Sozialindikatoren.Reporting.ResultTables.Gaps(Run(), SpaceLevel.Municipality).ToMarkdown();
        var lines = md.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2 + 3 * 3, lines.Length);
        Assert.Equal("| Astadt | Schuldnerberatung | VZÄ | 10.000 | 0,4 | 0,25 | 63 % | Unterversorgung | 0,15 | 2 VZÄ je 50.000 Einwohner |", lines[2]);
        Assert.Contains("| Kreis K |", Sozialindikatoren.Reporting.ResultTables.Gaps(Run()).ToMarkdown());
        Assert.StartsWith("GapAnalysisResult Testkreis, as of 2025-01-01: 18 rows, 6 findings", Run().ToString());
    }

    [Fact]
    public void OfferingsWithoutNorm_AreReported_NotCounted()
    {
        var offerings = TestOfferings();
        offerings.Add(Off("x-1", ServiceDomain.Sucht, "A", 1, Fte));
        offerings.Add(Off("x-2", Schulden, "A", 100, CapacityUnit.HoursPerWeek));
        var r = Run(offerings: offerings);
        Assert.Equal(["x-1", "x-2"], r.OfferingsWithoutNorm.Select(o => o.Id).ToArray());
        Assert.Equal(0.25, r.Row("A", Schulden, Fte).Supply, Tol);
    }

    [Fact]
    public void Thresholds_AreConfigurable_AndClassifyAtTheBoundaries()
    {
        var t = CoverageThresholds.Default;
        Assert.Equal(CoverageClass.Over, t.Classify(110.0001));
        Assert.Equal(CoverageClass.Adequate, t.Classify(110));
        Assert.Equal(CoverageClass.Adequate, t.Classify(75));
        Assert.Equal(CoverageClass.Under, t.Classify(74.999));
        Assert.Equal(CoverageClass.Under, t.Classify(50));
        Assert.Equal(CoverageClass.Severe, t.Classify(49.999));
        Assert.Equal(CoverageClass.Unknown, t.Classify(double.NaN));
        var strict = Run(new GapOptions(thresholds: new CoverageThresholds(over: 120, under: 95, severe: 70)));
        Assert.Equal(CoverageClass.Under, strict.Row("C", Pflege, Places).Class);   // 89.3 %
        Assert.Equal(CoverageClass.Severe, strict.Row("A", Schulden, Fte).Class);   // 62.5 %
        Assert.Throws<ArgumentOutOfRangeException>(() => new CoverageThresholds(over: 70, under: 75));
    }

    [Fact]
    public void DefaultCatalogue_CoversAllTwelveDomains_WithSourceOrFlaggedAssumption()
    {
        var norms = SupplyNorms.Default;
        foreach (var d in ServiceDomain.All)
            Assert.True(norms.TryGet(d, Fte, out _), $"no FTE norm for {d}");
        foreach (var d in new[] { ServiceDomain.KinderJugend, ServiceDomain.AltenhilfePflege, ServiceDomain.Gewaltschutz })
            Assert.True(norms.TryGet(d, Places, out _), $"no places norm for {d}");
        foreach (var n in norms.Norms)
        {
            Assert.True(n.Provenance.Kind is ProvenanceKind.Sourced or ProvenanceKind.Assumption, n.ToString());
            if (n.Provenance.Kind == ProvenanceKind.Sourced) Assert.NotNull(n.Provenance.Date);
        }
        Assert.Equal(2.0 / 50_000, norms[Schulden, Fte].Rate);
        Assert.False(norms[Schulden, Fte].IsAssumption);
        Assert.Equal(0.14, norms[Pflege, Places].Rate, 1e-15);
        Assert.Equal(0.35, norms[ServiceDomain.KinderJugend, Places].Rate, 1e-15);
        Assert.Equal(0.452, norms[ServiceDomain.KinderJugend, Places].RateUpper, 1e-15);
        Assert.Equal(1.0 / 10_000, norms[Gewalt, Places].Rate);
        Assert.True(norms[ServiceDomain.Sucht, Fte].IsAssumption);
        Assert.Throws<ArgumentException>(() => new SupplyNorms([norms[Schulden, Fte], norms[Schulden, Fte]]));
    }

    [Fact]
    public void BaseLevel_CanBeChosen_PlanningRegionsThenAggregateMunicipalities()
    {
        var r = Run(new GapOptions(baseLevel: SpaceLevel.PlanningRegion));
        Assert.Equal(["N", "S", "K"], r.Rows.Select(x => x.Space.Id.Value).Distinct().ToArray());
        Assert.Equal(0.6, r.Row("N", Schulden, Fte).Demand!.Value, Tol);
        Assert.Equal(0.55, r.Row("N", Schulden, Fte).Supply, Tol);
        Assert.Throws<ArgumentException>(() => Run(new GapOptions(baseLevel: SpaceLevel.GridCell)));
    }
}
