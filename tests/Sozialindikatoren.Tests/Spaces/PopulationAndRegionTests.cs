using FsCheck.Xunit;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Tests.Arbitraries;

namespace Sozialindikatoren.Tests.Spaces;

public class PopulationAndRegionTests
{
    private static readonly LocalDate Stichtag = new(2024, 12, 31);

    private static Population Official(params long[] counts) =>
        new(Stichtag, Generators.OfficialBands.Select((b, i) => new KeyValuePair<AgeBand, long>(b, counts[i])));

    [Fact]
    public void Count_UnionsOfOfficialBands()
    {
        var p = Official(30, 31, 40, 50, 30, 80, 60, 120, 110, 220, 115, 44, 70);
        Assert.Equal(30 + 31 + 40 + 50, p.Count(AgeBand.Under(15)));
        Assert.Equal(30 + 80 + 60 + 120 + 110 + 220, p.Count(new AgeBand(15, 65)));
        Assert.Equal(115 + 44 + 70, p.Count(AgeBand.FromAge(65)));
        Assert.Equal(70, p.Count(AgeBand.FromAge(80)));
        Assert.Equal(p.Total, p.Count(AgeBand.All));
    }

    [Fact]
    public void Count_CuttingThroughABand_IsAnError()
    {
        var p = Official(30, 31, 40, 50, 30, 80, 60, 120, 110, 220, 115, 44, 70);
        var ex = Assert.Throws<ArgumentException>(() => p.Count(AgeBand.Under(18 + 2)));
        Assert.Contains("cuts through", ex.Message, StringComparison.Ordinal);
        Assert.False(p.TryCount(new AgeBand(60, 70), out _));
    }

    [Fact]
    public void Population_OverlappingBands_Throw()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Population(Stichtag,
            [new KeyValuePair<AgeBand, long>(new AgeBand(0, 10), 5), new KeyValuePair<AgeBand, long>(new AgeBand(5, 15), 5)]));
        Assert.Contains("overlap", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AgeBand_InvalidBounds_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AgeBand(10, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AgeBand(-1, 3));
        Assert.Equal("unter 3", Sozialindikatoren.Text.Labels.AgeRange(AgeBand.Under(3).From, AgeBand.Under(3).To));
        Assert.Equal("80 und älter", Sozialindikatoren.Text.Labels.AgeRange(AgeBand.FromAge(80).From, AgeBand.FromAge(80).To));
    }

    [Fact]
    public void Region_Hierarchy_AnswersAndAggregates()
    {
        var county = new SpaceId("05970000");
        var region = new Region(
        [
            new SocialSpace(county, "Kreis", SpaceLevel.County, key: MunicipalityKey.Parse("05970000"), population: Population.OfTotal(Stichtag, 300)),
            new SocialSpace("north", "Nord", SpaceLevel.PlanningRegion, county),
            new SocialSpace("05970004", "A", SpaceLevel.Municipality, "north", MunicipalityKey.Parse("05970004"), population: Official(10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 0)),
            new SocialSpace("05970008", "B", SpaceLevel.Municipality, county, MunicipalityKey.Parse("05970008"), population: Official(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 120)),
        ]);
        Assert.Equal(["north", "05970008"], region.ChildrenOf(county).Select(s => s.Id.Value));
        Assert.Equal(3, region.DescendantsOf(county).Count);
        Assert.Equal(["north", "05970000"], region.AncestorsOf("05970004").Select(s => s.Id.Value));
        Assert.Equal(120, region.AggregatePopulationTotal("north"));
        Assert.Equal(300, region.AggregatePopulationTotal(county));
        Assert.Equal(120, region.AggregatePopulation(county, AgeBand.FromAge(80)));
        Assert.Null(region.AggregatePopulation(county, new AgeBand(1, 2)));
        Assert.Equal(2, region.LeavesOf(county).Count);
    }

    [Fact]
    public void Region_CollectsAllProblems()
    {
        var county = new SpaceId("05970000");
        var ex = Assert.Throws<DataProblemException>(() => new Region(
        [
            new SocialSpace(county, "Kreis", SpaceLevel.County, population: Population.OfTotal(Stichtag, 999)),
            new SocialSpace("a", "A", SpaceLevel.Municipality, county, population: Population.OfTotal(Stichtag, 10)),
            new SocialSpace("a", "A2", SpaceLevel.Municipality, county),
            new SocialSpace("b", "B", SpaceLevel.Municipality, "nowhere"),
            new SocialSpace("c", "C", SpaceLevel.County, "a"),
        ]));
        Assert.Contains(ex.Problems, p => p.Field == "id" && p.Value == "a");
        Assert.Contains(ex.Problems, p => p.Field == "parent" && p.Value == "nowhere");
        Assert.Contains(ex.Problems, p => p.Field == "level");
        Assert.True(ex.Problems.Count >= 3);
    }

    [Fact]
    public void Region_InconsistentTotal_IsAWarningNotAnError()
    {
        var county = new SpaceId("05970000");
        var region = new Region(
        [
            new SocialSpace(county, "Kreis", SpaceLevel.County, population: Population.OfTotal(Stichtag, 999)),
            new SocialSpace("a", "A", SpaceLevel.Municipality, county, population: Population.OfTotal(Stichtag, 10)),
        ]);
        var p = Assert.Single(region.PopulationMismatches());
        Assert.Equal(("population.total", "999", ProblemSeverity.Warning), (p.Field, p.Value, p.Severity));
        Assert.Contains("(10, difference +989)", p.Message, StringComparison.Ordinal);
        Assert.Equal(999, region.AggregatePopulationTotal(county));   // the parent keeps its own figure
        Assert.Empty(region.PopulationMismatches(0.99));
    }

    [Property]
    public bool Region_ConsistentTotals_GiveNoMismatch(PlanningData data) => data.Region.PopulationMismatches().Count == 0;

    [Property]
    public bool AgeBand_ParseToString_RoundTrips(AgeBand band) => AgeBand.Parse(band.ToString()) == band;

    [Property]
    public bool Population_UnionCount_EqualsSumOfParts(Population p)
    {
        // Any run of consecutive official bands is a union: its count is the sum of the parts.
        var bands = p.Bands;
        for (var i = 0; i < bands.Count; i++)
        {
            for (var j = i; j < bands.Count; j++)
            {
                var union = new AgeBand(bands[i].From, bands[j].To);
                long sum = 0;
                for (var k = i; k <= j; k++) sum += p.Counts[k];
                if (p.Count(union) != sum) return false;
            }
        }
        return p.Count(AgeBand.All) == p.Total;
    }

    [Property]
    public bool Region_AggregationSums(PlanningData data)
    {
        var region = data.Region;
        var county = region.Roots.Single();
        var municipalities = region.ChildrenOf(county.Id);
        var total = municipalities.Sum(m => m.Population!.Total);
        var over80 = municipalities.Sum(m => m.Population!.Count(AgeBand.FromAge(80)));
        // A county given only as a total cannot answer 80+ itself, so the children answer it.
        return region.AggregatePopulationTotal(county.Id) == total
            && region.AggregatePopulation(county.Id, AgeBand.FromAge(80)) == over80;
    }
}
