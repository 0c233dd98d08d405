using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Tests.Arbitraries;

/// <summary>Generators for the domain model (Spaces, Offerings, Funding) and whole data sets.</summary>
public static partial class Generators
{
    internal static readonly AgeBand[] OfficialBands =
    [
        new(0, 3), new(3, 6), new(6, 10), new(10, 15), new(15, 18), new(18, 25), new(25, 30), new(30, 40),
        new(40, 50), new(50, 65), new(65, 75), new(75, 80), new(80, null),
    ];

    /// <summary>A valid AGS for a municipality (Land 01–16, Gemeinde part not 000).</summary>
    public static Arbitrary<MunicipalityKey> ValidMunicipalityKey() => GenMunicipalityKey.ToArbitrary();

    internal static Gen<MunicipalityKey> GenMunicipalityKey =>
        from land in Gen.Choose(1, 16)
        from rb in Gen.Choose(0, 9)
        from kreis in Gen.Choose(0, 99)
        from gem in Gen.Choose(1, 999)
        select MunicipalityKey.Parse($"{land:00}{rb}{kreis:00}{gem:000}");

    /// <summary>Age bands, closed or open.</summary>
    public static Arbitrary<AgeBand> ValidAgeBand() =>
        (from lower in Gen.Choose(0, 120)
         from width in Gen.Choose(0, 29)
         select width == 0 ? AgeBand.FromAge(lower) : new AgeBand(lower, lower + width)).ToArbitrary();

    internal static Gen<Population> GenPopulation(LocalDate date) =>
        from counts in Gen.ArrayOf(Gen.Choose(0, 5000), OfficialBands.Length)
        select new Population(date, OfficialBands.Select((b, i) => new KeyValuePair<AgeBand, long>(b, counts[i])));

    /// <summary>Populations in the 13 official bands.</summary>
    public static Arbitrary<Population> ValidPopulation() => GenPopulation(new LocalDate(2024, 12, 31)).ToArbitrary();

    internal static Gen<LocalDate> GenDate =>
        from y in Gen.Choose(2020, 2028)
        from d in Gen.Choose(0, 364)
        select new LocalDate(y, 1, 1).PlusDays(d);

    internal static Gen<FundingLine> GenFundingLine =>
        from source in Gen.Elements(Enum.GetValues<FundingSource>())
        from instrument in Gen.Elements(Enum.GetValues<FundingInstrument>())
        from programme in Gen.Elements("Landespauschale Suchthilfe", "Fachberatung Schuldnerberatung", "Kreis-Zuwendungsvertrag", "Eigenmittel", "ESF+ Quartier", "Spenden")
        from cents in Gen.Choose(1, 20_000_000)
        from start in GenDate
        from days in Gen.Choose(0, 1500)
        select new FundingLine(source, programme, instrument, cents / 100m, new DateInterval(start, start.PlusDays(days)));

    /// <summary>Funding lines.</summary>
    public static Arbitrary<FundingLine> ValidFundingLine() => GenFundingLine.ToArbitrary();

    /// <summary>Funding plans of 0–6 lines.</summary>
    public static Arbitrary<FundingPlan> ValidFundingPlan() =>
        (from n in Gen.Choose(0, 6)
         from lines in Gen.ArrayOf(GenFundingLine, n)
         select new FundingPlan(lines)).ToArbitrary();

    /// <summary>Whole, valid data sets: a county with 1–6 municipalities (official bands; county total consistent), providers,
    /// offerings with funding, indicator records and statements.</summary>
    public static Arbitrary<PlanningData> ValidPlanningData() => GenPlanningData.ToArbitrary();

    internal static Gen<PlanningData> GenPlanningData =>
        from municipalities in Gen.Choose(1, 6)
        from pops in Gen.ArrayOf(GenPopulation(new LocalDate(2024, 12, 31)), municipalities)
        from areas in Gen.ArrayOf(Gen.Choose(1, 50_000), municipalities)
        from withCountyTotal in Gen.Elements(true, false)
        from providerCount in Gen.Choose(1, 4)
        from associations in Gen.ArrayOf(Gen.Elements(Enum.GetValues<ProviderAssociation>()), providerCount)
        from offeringCount in Gen.Choose(0, 8)
        from offerings in Gen.ArrayOf(GenOfferingParts(municipalities, providerCount), offeringCount)
        from recordCount in Gen.Choose(0, 6)
        from records in Gen.ArrayOf(GenRecordParts(municipalities), recordCount)
        select BuildDataSet(pops, areas, withCountyTotal, associations, offerings, records);

    private static Gen<(int Space, int Provider, ServiceDomain Domain, Capacity Capacity, Obligation Obligation, FundingLine[] Lines, bool Point, int Served, FundingCategory? Recorded)> GenOfferingParts(int spaces, int providers) =>
        from space in Gen.Choose(0, spaces - 1)
        from provider in Gen.Choose(0, providers - 1)
        from domain in Gen.Elements(ServiceDomain.All.ToArray())
        from amount in Gen.Choose(0, 4000)
        from unit in Gen.Elements(Enum.GetValues<CapacityUnit>())
        from obligation in Gen.Elements(Enum.GetValues<Obligation>())
        from lineCount in Gen.Choose(0, 4)
        from lines in Gen.ArrayOf(GenFundingLine, lineCount)
        from point in Gen.Elements(true, false)
        from served in Gen.Choose(1, spaces)
        from recorded in Gen.Elements<FundingCategory?>(null, FundingCategory.Full, FundingCategory.Partial, FundingCategory.ProviderFinanced)
        select (space, provider, domain, new Capacity(amount / 4.0, unit), obligation, lines, point, served, recorded);

    private static Gen<(int Space, string Indicator, LocalDate Date, ValueStatus Status, int Count, int Denominator, bool Rate)> GenRecordParts(int spaces) =>
        from space in Gen.Choose(0, spaces - 1)
        from indicator in Gen.Elements("sgb2_quote", "kinderarmut", "gisd_nrw_gemeinde")
        from year in Gen.Choose(2015, 2024)
        from status in Gen.Elements(ValueStatus.Exact, ValueStatus.Exact, ValueStatus.Suppressed, ValueStatus.Provisional, ValueStatus.ExactZero)
        from count in Gen.Choose(0, 5000)
        from den in Gen.Choose(Math.Max(count, 1), 100_000) // a share never has more cases than its denominator
        from rate in Gen.Elements(true, false)
        select (space, indicator, new LocalDate(year, 12, 31), status, count, den, rate);

    private static PlanningData BuildDataSet(Population[] pops, int[] areas, bool withCountyTotal, ProviderAssociation[] associations,
        (int Space, int Provider, ServiceDomain Domain, Capacity Capacity, Obligation Obligation, FundingLine[] Lines, bool Point, int Served, FundingCategory? Recorded)[] offerings,
        (int Space, string Indicator, LocalDate Date, ValueStatus Status, int Count, int Denominator, bool Rate)[] records)
    {
        var county = new SpaceId("05970000");
        var spaces = new List<SocialSpace>
        {
            new(county, "Testkreis", SpaceLevel.County, key: MunicipalityKey.Parse("05970000"),
                population: withCountyTotal ? Population.OfTotal(new LocalDate(2024, 12, 31), pops.Sum(p => p.Total), Provenance.Sourced("Test")) : null),
        };
        for (var i = 0; i < pops.Length; i++)
        {
            var ags = MunicipalityKey.Parse($"05970{(i + 1) * 4:000}");
            spaces.Add(new SocialSpace(new SpaceId(ags.Value), $"Gemeinde {i + 1}", SpaceLevel.Municipality, county, ags, areas[i] / 100.0,
                new GeoPoint(50.8 + i * 0.01, 8.0 + i * 0.01), null, pops[i], Provenance.Illustrative()));
        }
        var region = new Region(spaces);
        var providers = associations.Select((a, i) => new Provider($"p{i}", $"Träger {i}", a, Provenance.Illustrative())).ToArray();
        var offs = offerings.Select((o, i) =>
        {
            var location = spaces[1 + o.Space].Id;
            var served = Enumerable.Range(0, o.Served).Select(k => spaces[1 + (o.Space + k) % pops.Length].Id).Distinct().ToArray();
            return new Offering($"o{i}", $"Angebot {i}", o.Domain, providers[o.Provider].Id, location, o.Capacity, o.Obligation,
                new FundingPlan(o.Lines), o.Point ? new GeoPoint(50.9, 8.1) : null,
                new TargetGroup("Zielgruppe", new AgeBand(0, 18), "test", vulnerable: i % 2 == 0), served, o.Recorded, Provenance.Illustrative(),
                // every third offering has a type: a known one of its domain when there is one, else a user type
                i % 3 == 0 ? null : OfferingType.Known.Where(t => t.Domain == o.Domain).Select(t => (OfferingType?)t).FirstOrDefault() ?? new OfferingType("eigene_art_" + i));
        }).ToArray();
        var recs = records
            .GroupBy(r => (r.Space, r.Indicator, r.Date)).Select(g => g.First())
            .Select(r => new IndicatorRecord(spaces[1 + r.Space].Id, r.Indicator, r.Date,
                new Observation(r.Status == ValueStatus.ExactZero ? 0 : r.Count, r.Status),
                r.Rate ? new Observation(r.Denominator) : null, Provenance.Illustrative()))
            .ToArray();
        var conference = new[] { new ConferenceStatement(spaces[1].Id, ServiceDomain.Schulden, SupplyRating.UnderSupplied, "Wartezeiten von 4 Monaten", new LocalDate(2024, 10, 1), "Sozialraumkonferenz Test", Provenance.Illustrative()) };
        var statements = offs.Length == 0 ? [] : new[] { new ProviderStatement(offs[0].Id, new LocalDate(2025, 7, 1), 0.25, "Wir reduzieren um ein Viertel.", new LocalDate(2024, 11, 15), 10_000m, Provenance.Illustrative()) };
        return new PlanningData("Testdaten", region, providers, offs, recs, conference, statements, "generiert");
    }
}
