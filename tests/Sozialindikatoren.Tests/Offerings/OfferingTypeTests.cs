using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Json;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Tests.Offerings;

public class OfferingTypeTests
{
    [Theory]
    [InlineData("schuldnerberatung")]
    [InlineData("kita_u3")]
    [InlineData("a")]
    [InlineData("eigene_art_2")]
    public void ValidCodes_AreAccepted(string code) => Assert.Equal(code, new OfferingType(code).Code);

    [Theory]
    [InlineData("")]
    [InlineData("Schuldnerberatung")]
    [InlineData("kita-u3")]
    [InlineData("1kita")]
    [InlineData("schuldner beratung")]
    [InlineData("erziehungsberatung_erziehungsberatung_erziehungsb")] // 49 characters
    public void InvalidCodes_Throw(string code) => Assert.Throws<ArgumentException>(() => new OfferingType(code));

    [Fact]
    public void KnownTypes_AreDistinctAndEachBelongsToAStandardDomain()
    {
        Assert.Equal(OfferingType.Known.Count, OfferingType.Known.Distinct().Count());
        Assert.All(OfferingType.Known.Where(t => t.Code != "selbsthilfe"), t => Assert.True(t.Domain is { IsStandard: true }, t.Code));
        Assert.Null(new OfferingType("selbsthilfe").Domain); // known, in several domains
        Assert.True(new OfferingType("selbsthilfe").IsKnown);
        // every standard domain has at least one known type
        Assert.All(ServiceDomain.All, d => Assert.Contains(OfferingType.Known, t => t.Domain == d));
    }

    [Property(MaxTest = 200)]
    public bool ValidCode_RoundTripsThroughTheConstructor(NonEmptyString text)
    {
        var code = text.Get;
        return OfferingType.IsValidCode(code) ? new OfferingType(code).Code == code : Throws(code);

        static bool Throws(string c)
        {
            try { _ = new OfferingType(c); return false; }
            catch (ArgumentException) { return true; }
        }
    }

    [Fact]
    public void KnownTypeOfAnotherDomain_IsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(new ServiceDomain("Familie"), new OfferingType("schuldnerberatung")));
        Assert.Contains("belongs to domain Schulden, not Familie", ex.Message, StringComparison.Ordinal);
        Assert.Equal("schuldnerberatung", Make(new ServiceDomain("Schulden"), new OfferingType("schuldnerberatung")).Type?.Code);
        Assert.Equal("eigene_beratung", Make(new ServiceDomain("Familie"), new OfferingType("eigene_beratung")).Type?.Code);
    }

    [Fact]
    public void Sample_EveryOfferingHasAKnownTypeOfItsDomain()
    {
        var data = global::Sozialindikatoren.Samples.SiegenWittgenstein.Load();
        Assert.All(data.Offerings, o => Assert.True(o.Type is { IsKnown: true } t && (t.Domain == o.Domain || t.Domain is null), o.Id));
        Assert.Empty(data.UnknownOfferingTypes());
        Assert.Equal(3, data.Offerings.Count(o => o.Type?.Code == "erziehungsberatung"));
        Assert.Equal(5, data.Offerings.Count(o => o.Type?.Code == "schuldnerberatung"));
    }

    [Fact]
    public void Json_BadTypeCode_IsAProblemWithPath_AndUnknownCodeIsAWarning()
    {
        var data = global::Sozialindikatoren.Samples.SiegenWittgenstein.Load();
        var json = PlanningDataJson.WriteString(data);
        var bad = json.Replace("\"type\": \"schuldnerberatung\"", "\"type\": \"Schuldner-Beratung\"", StringComparison.Ordinal);
        var ex = Assert.Throws<DataProblemException>(() => PlanningDataJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(bad)), "s.json"));
        Assert.Contains(ex.Problems, p => p.Field == "type" && p.Value == "Schuldner-Beratung" && p.Source.Contains("$.offerings[", StringComparison.Ordinal));

        var typo = json.Replace("\"type\": \"frauenhaus\"", "\"type\": \"frauenhause\"", StringComparison.Ordinal);
        var read = PlanningDataJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(typo)), "s.json");
        var warnings = read.UnknownOfferingTypes();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(ProblemSeverity.Warning, w.Severity));
        Assert.All(warnings, w => Assert.Equal("frauenhause", w.Value));
    }

    private static Offering Make(ServiceDomain domain, OfferingType type) =>
        new("o", "O", domain, "p", new SpaceId("s"), new Capacity(1, CapacityUnit.FullTimeEquivalents), Obligation.Voluntary,
            new FundingPlan([new FundingLine(FundingSource.Kommune, "X", FundingInstrument.FixedAmount, 1000m,
                new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)))]), type: type);
}
