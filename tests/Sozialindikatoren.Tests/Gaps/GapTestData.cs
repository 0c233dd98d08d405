using NodaTime;
using Sozialindikatoren;
using Sozialindikatoren.Common;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Tests.Gaps;

/// <summary>
/// The small hand-computed data set: county K with planning regions N (municipalities A, B) and S (municipality C).
/// Populations: A 10,000 (80+: 600), B 5,000 (80+: 300), C 20,000 (80+: 1,200).
/// </summary>
internal static class GapTestData
{
    public static readonly LocalDate AsOf = new(2025, 1, 1);
    public static readonly LocalDate Stichtag = new(2024, 12, 31);
    public static readonly AgeBand[] Bands = [new(0, 3), new(3, 18), new(18, 65), new(65, 80), new(80, null)];

    public static Population Pop(long u3, long u18, long u65, long u80, long o80) =>
        new(Stichtag, Bands.Zip(new[] { u3, u18, u65, u80, o80 }, (b, c) => new KeyValuePair<AgeBand, long>(b, c)));

    public static Region TestRegion() => new(
    [
        new SocialSpace("K", "Kreis K", SpaceLevel.County),
        new SocialSpace("N", "Nord", SpaceLevel.PlanningRegion, "K"),
        new SocialSpace("S", "Süd", SpaceLevel.PlanningRegion, "K"),
        new SocialSpace("A", "Astadt", SpaceLevel.Municipality, "N", centroid: new GeoPoint(50.90, 8.00), population: Pop(300, 1_700, 6_000, 1_400, 600)),
        new SocialSpace("B", "Bdorf", SpaceLevel.Municipality, "N", centroid: new GeoPoint(50.90, 8.20), population: Pop(150, 850, 3_000, 700, 300)),
        new SocialSpace("C", "Cheim", SpaceLevel.Municipality, "S", centroid: new GeoPoint(51.30, 8.00), population: Pop(600, 3_400, 12_000, 2_800, 1_200)),
    ]);

    public static Offering Off(string id, ServiceDomain domain, string location, double amount, CapacityUnit unit, IEnumerable<SpaceId>? served = null, GeoPoint? point = null) =>
        new(id, "Angebot " + id, domain, "p1", location, new Capacity(amount, unit), Obligation.Voluntary, FundingPlan.Empty,
            point: point, servedSpaces: served);

    /// <summary>Norms: Schulden 2 VZÄ/50,000; Pflege 14 % of 80+; Frauenhaus 1/10,000 (range 0.5 … 1.3333).</summary>
    public static SupplyNorms Norms() => new(
    [
        new SupplyNorm(ServiceDomain.Schulden, CapacityUnit.FullTimeEquivalents, TargetPopulation.Inhabitants, 2, 50_000, "Schuldnerberatung",
            Provenance.Sourced("AG SBV 2003", new LocalDate(2003, 3, 1))),
        new SupplyNorm(ServiceDomain.AltenhilfePflege, CapacityUnit.Places, TargetPopulation.Ages(AgeBand.FromAge(80)), 14, 100, "Pflegeheimplätze",
            Provenance.Sourced("Kreis 2020")),
        new SupplyNorm(ServiceDomain.Gewaltschutz, CapacityUnit.Places, TargetPopulation.Inhabitants, 1, 10_000, "Frauenhausplätze",
            Provenance.Sourced("Europarat"), rangeLowerAmount: 0.5, rangeUpperAmount: 10_000.0 / 7_500.0),
    ]);

    public static List<Offering> TestOfferings() =>
    [
        Off("s-a", ServiceDomain.Schulden, "A", 0.25, CapacityUnit.FullTimeEquivalents),
        Off("s-b", ServiceDomain.Schulden, "B", 0.3, CapacityUnit.FullTimeEquivalents),
        Off("p-a", ServiceDomain.AltenhilfePflege, "A", 90, CapacityUnit.Places),
        Off("p-b", ServiceDomain.AltenhilfePflege, "B", 20, CapacityUnit.Places),
        Off("p-c", ServiceDomain.AltenhilfePflege, "C", 150, CapacityUnit.Places),
        Off("g-a", ServiceDomain.Gewaltschutz, "A", 0.6, CapacityUnit.Places),
        Off("g-c", ServiceDomain.Gewaltschutz, "C", 1.8, CapacityUnit.Places),
    ];

    public static List<ConferenceStatement> TestStatements() =>
    [
        new("A", ServiceDomain.Schulden, SupplyRating.UnderSupplied, "Wartezeit 4 Monate", new LocalDate(2024, 10, 1), "Sozialraumkonferenz Nord"),
        new("B", ServiceDomain.Schulden, SupplyRating.UnderSupplied, "Beratung nur in Astadt", new LocalDate(2024, 10, 1), "Sozialraumkonferenz Nord"),
        new("C", ServiceDomain.Gewaltschutz, SupplyRating.SeverelyUnderSupplied, "Frauenhaus oft voll", new LocalDate(2024, 11, 5), "Sozialraumkonferenz Süd"),
        new("C", ServiceDomain.Schulden, SupplyRating.SeverelyUnderSupplied, "nach dem Stichtag", new LocalDate(2025, 3, 1), "Sozialraumkonferenz Süd"),
    ];

    public static PlanningData DataSet(IEnumerable<Offering>? offerings = null, IEnumerable<IndicatorRecord>? indicators = null) =>
        new("Testkreis", TestRegion(), [new Provider("p1", "Träger", ProviderAssociation.Diakonie)], offerings ?? TestOfferings(), indicators,
            TestStatements());
}
