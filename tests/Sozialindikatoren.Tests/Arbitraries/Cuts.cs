using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Tests.Arbitraries;

/// <summary>A generated cut analysis case: a data set whose funding lines are active at 2025-01-01 and use programmes the
/// presets cut, two scales (Scale1 ≤ Scale2), two budgets (Budget1 ≤ Budget2) and a seed.</summary>
public sealed record CutsCase(PlanningData Data, decimal Scale1, decimal Scale2, decimal Budget1, decimal Budget2, ulong Seed)
{
    public override string ToString() =>
        $"{Data.Offerings.Count} offerings, scales {Scale1}/{Scale2}, budgets {Budget1}/{Budget2}, seed {Seed}: "
        + string.Join("; ", Data.Offerings.Select(o => $"{o.Id} {o.Domain} {o.Capacity} [{string.Join(", ", o.Funding.Lines.Select(l => $"{l.Source}/{l.Programme}/{l.Instrument}/{l.AmountPerYear}"))}]"));
}

/// <summary>Generators for the Cuts tests.</summary>
public static partial class Generators
{
    private static readonly (FundingSource Source, string Programme, FundingInstrument Instrument)[] CutsLineTemplates =
    [
        (FundingSource.Land, "Fachberatung Schuldnerberatung", FundingInstrument.FixedAmount),
        (FundingSource.Land, "Familienberatung", FundingInstrument.ShareFunding),
        (FundingSource.Land, "Landespauschale Suchthilfe", FundingInstrument.FixedAmount),
        (FundingSource.Land, "Soziale Beratung von Geflüchteten", FundingInstrument.ShareFunding),
        (FundingSource.Bund, "Migrationsberatung für erwachsene Zugewanderte (MBE)", FundingInstrument.ShareFunding),
        (FundingSource.Bund, "Bundesfreiwilligendienst", FundingInstrument.FixedAmount),
        (FundingSource.Kreis, "Kreis Fehlbedarf", FundingInstrument.DeficitFunding),
        (FundingSource.Kreis, "Kreis-Zuwendungsvertrag", FundingInstrument.ShareFunding),
        (FundingSource.Kreis, "Leistungsentgelt", FundingInstrument.ServiceFee),
        (FundingSource.OwnFunds, "Eigenmittel", FundingInstrument.OwnResources),
        (FundingSource.Donations, "Spenden", FundingInstrument.OwnResources),
    ];

    /// <summary>Cut analysis cases.</summary>
    public static Arbitrary<CutsCase> CutsCaseArb() => GenCutsCase.ToArbitrary();

    internal static Gen<CutsCase> GenCutsCase =>
        from municipalities in Gen.Choose(1, 4)
        from pops in Gen.ArrayOf(Gen.Choose(0, 20_000), municipalities)
        from providerCount in Gen.Choose(1, 3)
        from offeringCount in Gen.Choose(1, 8)
        from offerings in Gen.ArrayOf(GenCutsOffering(municipalities, providerCount), offeringCount)
        from s1 in Gen.Choose(0, 300)
        from s2 in Gen.Choose(0, 300)
        from b1 in Gen.Choose(0, 200)
        from b2 in Gen.Choose(0, 200)
        from seed in Gen.Choose(0, int.MaxValue)
        select new CutsCase(BuildCutsData(pops, providerCount, offerings), Math.Min(s1, s2) / 100m, Math.Max(s1, s2) / 100m,
            Math.Min(b1, b2) * 500m, Math.Max(b1, b2) * 500m, (ulong)seed);

    private static Gen<(int Space, int Provider, int Domain, double Capacity, bool Places, int Served, int[] Lines, int[] Amounts, bool Statement, int Reduction, bool Vulnerable)> GenCutsOffering(int spaces, int providers) =>
        from space in Gen.Choose(0, spaces - 1)
        from provider in Gen.Choose(0, providers - 1)
        from domain in Gen.Choose(0, 2)
        from cap in Gen.Choose(1, 40)
        from places in Gen.Elements(true, false)
        from served in Gen.Choose(1, spaces)
        from lineCount in Gen.Choose(1, 4)
        from lines in Gen.ArrayOf(Gen.Choose(0, CutsLineTemplates.Length - 1), lineCount)
        from amounts in Gen.ArrayOf(Gen.Choose(1, 200), lineCount)
        from statement in Gen.Elements(false, false, false, true)
        from reduction in Gen.Choose(0, 100)
        from vulnerable in Gen.Elements(true, false)
        select (space, provider, domain, cap / 4.0, places, served, lines, amounts, statement, reduction, vulnerable);

    private static PlanningData BuildCutsData(int[] pops, int providers,
        (int Space, int Provider, int Domain, double Capacity, bool Places, int Served, int[] Lines, int[] Amounts, bool Statement, int Reduction, bool Vulnerable)[] offerings)
    {
        var county = new SpaceId("K");
        var spaces = new List<SocialSpace> { new(county, "Kreis", SpaceLevel.County) };
        for (var i = 0; i < pops.Length; i++)
            spaces.Add(new SocialSpace(new SpaceId($"g{i}"), $"Gemeinde {i}", SpaceLevel.Municipality, county, population: Population.OfTotal(new LocalDate(2024, 12, 31), pops[i])));
        var domains = new[] { ServiceDomain.Schulden, ServiceDomain.Familie, ServiceDomain.MigrationIntegration };
        var period = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2026, 12, 31));
        var offs = offerings.Select((o, i) => new Offering($"o{i}", $"Angebot {i}", domains[o.Domain], $"p{o.Provider}", spaces[1 + o.Space].Id,
            new Capacity(o.Capacity, o.Places ? CapacityUnit.Places : CapacityUnit.FullTimeEquivalents), Obligation.Voluntary,
            new FundingPlan(o.Lines.Select((t, k) => new FundingLine(CutsLineTemplates[t].Source, CutsLineTemplates[t].Programme, CutsLineTemplates[t].Instrument, o.Amounts[k] * 500m, period))),
            targetGroup: new TargetGroup("Zielgruppe", vulnerable: o.Vulnerable),
            servedSpaces: Enumerable.Range(0, o.Served).Select(k => spaces[1 + (o.Space + k) % pops.Length].Id).Distinct())).ToArray();
        var statements = offerings.Select((o, i) => (o, i)).Where(x => x.o.Statement)
            .Select(x => new ProviderStatement($"o{x.i}", new LocalDate(2025, 1, 1), x.o.Reduction / 100.0, "Erwartete Reduktion", new LocalDate(2024, 11, 1))).ToArray();
        return new PlanningData("Cuts-Test", new Region(spaces),
            Enumerable.Range(0, providers).Select(p => new Provider($"p{p}", $"Träger {p}", (ProviderAssociation)(p % 9))), offs, providerStatements: statements);
    }
}
