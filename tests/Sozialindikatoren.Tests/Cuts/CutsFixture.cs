using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;
using C = global::Sozialindikatoren.Cuts;

namespace Sozialindikatoren.Tests.Cuts;

/// <summary>
/// A small hand-made data set for hand-computed expectations: a county K with two leaves A (1,000 inhabitants) and
/// B (3,000), debt counselling (FTE) offerings and a few special cases.
/// </summary>
internal static class CutsFixture
{
    public static readonly LocalDate AsOf = new(2025, 1, 1);
    public static readonly SpaceId K = new("K");
    public static readonly SpaceId A = new("A");
    public static readonly SpaceId B = new("B");

    private static DateInterval Period(int y1, int m1, int d1, int y2, int m2, int d2) => new(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2));

    /// <summary>o1: Schuldnerberatung in A, 2 FTE, Land Fachberatung 30,000 (Festbetrag, to 2025-12-31), Kreis 60,000
    /// (Anteil, to 2026-12-31), own 10,000; duty for a target group; vulnerable target group.</summary>
    public static Offering O1 => new("o1", "Schuldnerberatung A", ServiceDomain.Schulden, "p1", A, new Capacity(2, CapacityUnit.FullTimeEquivalents),
        Obligation.DutyForTargetGroup, new FundingPlan(
        [
            new FundingLine(FundingSource.Land, "Fachberatung Schuldnerberatung", FundingInstrument.FixedAmount, 30_000m, Period(2024, 1, 1, 2025, 12, 31)),
            new FundingLine(FundingSource.Kreis, "Kreis-Zuwendungsvertrag Schuldnerberatung", FundingInstrument.ShareFunding, 60_000m, Period(2024, 1, 1, 2026, 12, 31)),
            new FundingLine(FundingSource.OwnFunds, "Eigenmittel", FundingInstrument.OwnResources, 10_000m, Period(2024, 1, 1, 2026, 12, 31)),
        ]), targetGroup: new TargetGroup("überschuldete Haushalte", condition: "ueberschuldet", vulnerable: true));

    /// <summary>o2: Schuldnerberatung serving A and B, 4 FTE, Kreis only.</summary>
    public static Offering O2 => new("o2", "Schuldnerberatung Kreis", ServiceDomain.Schulden, "p2", B, new Capacity(4, CapacityUnit.FullTimeEquivalents),
        Obligation.DutyForTargetGroup, new FundingPlan(
        [
            new FundingLine(FundingSource.Kreis, "Kreis-Zuwendungsvertrag Schuldnerberatung", FundingInstrument.ShareFunding, 200_000m, Period(2024, 1, 1, 2026, 12, 31)),
        ]), servedSpaces: [A, B]);

    /// <summary>o3: Erziehungsberatung in B with a Kreis Fehlbedarf line 50,000, Land Familienberatung 40,000 (Anteil), own 10,000.</summary>
    public static Offering O3 => new("o3", "Erziehungsberatung B", ServiceDomain.KinderJugend, "p1", B, new Capacity(3, CapacityUnit.FullTimeEquivalents),
        Obligation.IndividualLegalClaim, new FundingPlan(
        [
            new FundingLine(FundingSource.Kreis, "Kreis Fehlbedarf Erziehungsberatung", FundingInstrument.DeficitFunding, 50_000m, Period(2024, 1, 1, 2026, 12, 31)),
            new FundingLine(FundingSource.Land, "Familienberatung", FundingInstrument.ShareFunding, 40_000m, Period(2024, 1, 1, 2026, 12, 31)),
            new FundingLine(FundingSource.OwnFunds, "Eigenmittel", FundingInstrument.OwnResources, 10_000m, Period(2024, 1, 1, 2026, 12, 31)),
        ]));

    /// <summary>o4: a fee-financed offering whose fee line is (oddly) named like a cut programme: never cut.</summary>
    public static Offering O4 => new("o4", "HzE ambulant", ServiceDomain.KinderJugend, "p2", A, new Capacity(10, CapacityUnit.FullTimeEquivalents),
        Obligation.IndividualLegalClaim, new FundingPlan(
        [
            new FundingLine(FundingSource.Land, "Familienberatung (Leistungsentgelt)", FundingInstrument.ServiceFee, 500_000m, Period(2024, 1, 1, 2026, 12, 31)),
        ]));

    /// <summary>o5: Suchtberatung in A, Land Suchthilfe 40,000 and Kreis 60,000; a provider statement says −40 %.</summary>
    public static Offering O5 => new("o5", "Suchtberatung A", ServiceDomain.Sucht, "p2", A, new Capacity(2, CapacityUnit.FullTimeEquivalents),
        Obligation.Voluntary, new FundingPlan(
        [
            new FundingLine(FundingSource.Land, "Landespauschale Suchthilfe", FundingInstrument.FixedAmount, 40_000m, Period(2024, 1, 1, 2026, 12, 31)),
            new FundingLine(FundingSource.Kreis, "Kreis-Zuwendungsvertrag Suchtberatung", FundingInstrument.ShareFunding, 60_000m, Period(2024, 1, 1, 2026, 12, 31)),
        ]));

    /// <summary>Response options with the co-funder withdrawal assumed (the fixture's hand-computed co-financing cases:
    /// o3 loses its Kreis Fehlbedarf line when the Land cuts its Familienberatung share by 50 %).</summary>
    public static C.ProviderResponseOptions Withdrawal { get; } = new() { AssumeCofunderWithdrawal = true };

    public static PlanningData Data(bool withStatement = true, bool withCentroids = false, params Offering[] offerings)
    {
        // A and B are about 11 km apart (0.1° of latitude).
        var region = new Region(
        [
            new SocialSpace(K, "Kreis", SpaceLevel.County),
            new SocialSpace(A, "A", SpaceLevel.Municipality, K, centroid: withCentroids ? new GeoPoint(50.8, 8.0) : null, population: Pop(100, 200, 200, 500)),
            new SocialSpace(B, "B", SpaceLevel.Municipality, K, centroid: withCentroids ? new GeoPoint(50.9, 8.0) : null, population: Pop(50, 400, 100, 2450)),
        ]);
        var providers = new[] { new Provider("p1", "Diakonie Test", ProviderAssociation.Diakonie), new Provider("p2", "AWO Test", ProviderAssociation.Awo) };
        if (offerings.Length == 0) offerings = [O1, O2, O3, O4, O5];
        var statements = withStatement && offerings.Any(o => o.Id == "o5")
            ? new[] { new ProviderStatement("o5", new LocalDate(2025, 1, 1), 0.4, "Wir reduzieren um 40 %.", new LocalDate(2024, 11, 1)) }
            : [];
        return new PlanningData("Test", region, providers, offerings, providerStatements: statements);
    }

    private static readonly AgeBand[] Bands = [new(0, 18), new(18, 65), new(65, 80), AgeBand.FromAge(80)];

    /// <summary>Population by age band (0–17, 18–64, 65–79, 80+): A 1,000 in total, B 3,000.</summary>
    private static Population Pop(long u18, long u65, long u80, long o80) =>
        new(new LocalDate(2024, 12, 31), Bands.Zip(new[] { u18, u65, u80, o80 }, (b, c) => new KeyValuePair<AgeBand, long>(b, c)));

    /// <summary>Norms chosen so that the gap analysis' demand is Schulden FTE A 2, B 4 (1 per 100 aged 18–64); KinderJugend
    /// FTE A 10, B 5 (10 per 100 under 18); Sucht FTE A 2, B 1 (1 per 100 aged 65–79).</summary>
    public static SupplyNorms Norms { get; } = new(
    [
        new SupplyNorm(ServiceDomain.Schulden, CapacityUnit.FullTimeEquivalents, TargetPopulation.Ages(new AgeBand(18, 65)), 1, 100, "Schuldnerberatung", Provenance.Assumption("Test")),
        new SupplyNorm(ServiceDomain.KinderJugend, CapacityUnit.FullTimeEquivalents, TargetPopulation.Ages(new AgeBand(0, 18)), 10, 100, "Erziehungsberatung", Provenance.Assumption("Test")),
        new SupplyNorm(ServiceDomain.Sucht, CapacityUnit.FullTimeEquivalents, TargetPopulation.Ages(new AgeBand(65, 80)), 1, 100, "Suchtberatung", Provenance.Assumption("Test")),
    ]);

    /// <summary>Need (status z): A 1, B 0.</summary>
    public static IReadOnlyDictionary<SpaceId, double> Need => new Dictionary<SpaceId, double> { [A] = 1.0, [B] = 0.0 };

    /// <summary>The gap analysis the cut analysis runs on: <see cref="Norms"/>, served-area supply (o2's 4 FTE split 1 : 2 over
    /// A and B by their demand), need index <see cref="Need"/>.</summary>
    public static GapAnalysisResult Gaps(PlanningData data, bool withNeed = true) =>
        GapAnalysis.Run(data, Norms, AsOf, new GapOptions(supply: SupplyMode.Served, needIndex: withNeed ? new NeedIndex(Need) : null));

    /// <summary>The cut analysis of <see cref="Data"/> on <see cref="Gaps"/>.</summary>
    public static C.CutResult Run(PlanningData data, C.CutScenario scenario, C.CutOptions options, bool withNeed = true) =>
        C.CutAnalysis.Run(Gaps(data, withNeed), scenario, options);
}
