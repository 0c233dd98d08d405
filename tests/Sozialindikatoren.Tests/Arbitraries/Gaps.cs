using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Tests.Arbitraries;

/// <summary>A random small planning data set for gap properties: county, two planning regions, 2–6 municipalities.</summary>
public sealed class GapsDataCase
{
    internal GapsDataCase(PlanningData data, int seed)
    {
        Data = data;
        Seed = seed;
    }

    /// <summary>The data set.</summary>
    public PlanningData Data { get; }

    /// <summary>A seed for shuffles.</summary>
    public int Seed { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Data.Region.Count} spaces, offerings: " + string.Join("; ", Data.Offerings.Select(o => $"{o.Id} {o.Domain} {o.Location} {o.Capacity}"));
}

/// <summary>Generators for the gap analysis.</summary>
public static partial class Generators
{
    private static AgeBand[] GapBands => OfficialBands;

    internal static Gen<GapsDataCase> GenGapsDataCase =>
        from municipalities in Gen.Choose(2, 6)
        from counts in Gen.ArrayOf(Gen.Choose(0, 2_000), municipalities * GapBands.Length)
        from offeringCount in Gen.Choose(0, 30)
        from domains in Gen.ArrayOf(Gen.Choose(0, 11), offeringCount)
        from units in Gen.ArrayOf(Gen.Frequency((5, Gen.Constant(CapacityUnit.FullTimeEquivalents)), (4, Gen.Constant(CapacityUnit.Places)), (1, Gen.Constant(CapacityUnit.HoursPerWeek))), offeringCount)
        from locations in Gen.ArrayOf(Gen.Choose(-1, municipalities - 1), offeringCount)
        from amounts in Gen.ArrayOf(Gen.Choose(0, 400), offeringCount)
        from seed in Gen.Choose(0, int.MaxValue)
        select new GapsDataCase(BuildGapsData(municipalities, counts, domains, units, locations, amounts), seed);

    internal static PlanningData BuildGapsData(int municipalities, int[] counts, int[] domains, CapacityUnit[] units, int[] locations, int[] amounts)
    {
        var date = new LocalDate(2024, 12, 31);
        var spaces = new List<SocialSpace>
        {
            new("K", "Kreis", SpaceLevel.County),
            new("R1", "Region 1", SpaceLevel.PlanningRegion, "K"),
            new("R2", "Region 2", SpaceLevel.PlanningRegion, "K"),
        };
        for (var m = 0; m < municipalities; m++)
        {
            var pop = new Population(date, GapBands.Select((b, i) => new KeyValuePair<AgeBand, long>(b, counts[m * GapBands.Length + i])));
            spaces.Add(new SocialSpace("M" + m, "Gemeinde " + m, SpaceLevel.Municipality, m % 2 == 0 ? "R1" : "R2",
                centroid: new GeoPoint(50.8 + 0.05 * m, 8.0 + 0.04 * m), population: pop));
        }
        var offerings = new List<Offering>();
        for (var i = 0; i < domains.Length; i++)
        {
            SpaceId location = locations[i] < 0 ? "K" : "M" + locations[i];
            offerings.Add(new Offering("o" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture), "Angebot " + i, ServiceDomain.All[domains[i]], "p",
                location, new Capacity(amounts[i] / 8.0, units[i]), Obligation.Voluntary, FundingPlan.Empty));
        }
        return new PlanningData("Zufall", new Region(spaces), [new Provider("p", "Träger", ProviderAssociation.Caritas)], offerings);
    }

    /// <summary>Random small data sets for the gap analysis.</summary>
    public static Arbitrary<GapsDataCase> AnyGapsDataCase() => GenGapsDataCase.ToArbitrary();
}
