using System.Text;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Json;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Tests.Arbitraries;

namespace Sozialindikatoren.Tests.Data;

public class JsonRoundTripTests
{
    [Property(MaxTest = 100)]
    public bool WholeDataSet_RoundTripsWithoutLoss(PlanningData data)
    {
        var json = PlanningDataJson.WriteString(data);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var back = PlanningDataJson.Read(stream);
        return PlanningDataJson.WriteString(back) == json
            && back.Offerings.Count == data.Offerings.Count
            && back.Region.Count == data.Region.Count
            && back.Offerings.Zip(data.Offerings).All(p => p.First.Funding.Lines.SequenceEqual(p.Second.Funding.Lines) && p.First.Capacity == p.Second.Capacity)
            && back.Indicators.Zip(data.Indicators).All(p => p.First.Numerator == p.Second.Numerator && Nullable.Equals(p.First.Denominator, p.Second.Denominator));
    }

    [Fact]
    public void StatementConditions_RoundTrip_AndAProgrammeWithoutSourceIsAnError()
    {
        var sample = Sozialindikatoren.Samples.SiegenWittgenstein.Load();
        Assert.All(sample.ProviderStatements, s => Assert.NotNull(s.Condition));
        var back = PlanningDataJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(PlanningDataJson.WriteString(sample))));
        Assert.Equal(sample.ProviderStatements.Select(s => s.Condition), back.ProviderStatements.Select(s => s.Condition));
        var mbe = back.ProviderStatements.Single(s => s.OfferingId == "mi-mbe-caritas").Condition!;
        Assert.Equal((Sozialindikatoren.Funding.FundingSource.Bund, 0.25), (mbe.Source, mbe.MinShare));

        var json = "{ \"format\": \"sozialindikatoren/dataset\", \"version\": 1, \"spaces\": [], \"providerStatements\": [ { \"offeringId\": \"x\", \"effectiveFrom\": \"2025-01-01\", "
            + "\"capacityReduction\": 0.5, \"text\": \"t\", \"reportedOn\": \"2024-01-01\", \"conditionProgramme\": \"MBE\" } ] }";
        var ex = Assert.Throws<DataProblemException>(() => PlanningDataJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "t.json"));
        Assert.Contains(ex.Problems, p => p.Field == "conditionSource");
    }

    [Fact]
    public void Dates_AreIso()
    {
        var data = Generators.GenPlanningData.Sample(1, 1).First();
        var json = PlanningDataJson.WriteString(data);
        Assert.Contains("\"referenceDate\": \"2024-12-31\"", json, StringComparison.Ordinal);
        Assert.Contains("\"format\": \"sozialindikatoren/dataset\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"2025-13-01\"", "2025-13-01")]
    [InlineData("\"01.07.2025\"", "01.07.2025")]
    [InlineData("20250701", "Number")]
    public void Read_BadDate_NamesLineAndPath(string dateJson, string shown)
    {
        // The hand-written ISO date converter (AOT-safe, replaces NodaTime.Serialization.SystemTextJson) must reject
        // anything but yyyy-MM-dd with the file, the line and the JSON path of the value.
        var json = "{\n  \"format\": \"sozialindikatoren/dataset\", \"version\": 1, \"spaces\": [ { \"id\": \"k\", \"name\": \"K\", \"level\": \"county\",\n"
            + "  \"population\": { \"referenceDate\": " + dateJson + ", \"bands\": [] } } ]\n}";
        var ex = Assert.Throws<DataProblemException>(() => PlanningDataJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "t.json"));
        var p = Assert.Single(ex.Problems);
        Assert.Equal("t.json", p.Source);
        Assert.Equal(3, p.Line);
        Assert.Contains("population.referenceDate", p.Field, StringComparison.Ordinal);
        Assert.Contains(shown, p.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public bool IsoDate_RoundTripsForEveryDayOfFourCenturies(ushort dayOffset)
    {
        var date = new NodaTime.LocalDate(1900, 1, 1).PlusDays(dayOffset % 146_097);
        var options = new System.Text.Json.JsonSerializerOptions { Converters = { new IsoLocalDateConverter() } };
        var text = System.Text.Json.JsonSerializer.Serialize(date, options);
        return text == "\"" + date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "\""
            && System.Text.Json.JsonSerializer.Deserialize<NodaTime.LocalDate>(text, options) == date;
    }

    [Fact]
    public void Read_CollectsAllProblemsWithPaths()
    {
        const string json = """
        {
          "format": "sozialindikatoren/dataset", "version": 1, "name": "kaputt",
          "spaces": [
            { "id": "05970000", "name": "Kreis", "level": "county", "ags": "0597000" },
            { "id": "a", "name": "A", "level": "municipality", "parent": "05970000", "areaKm2": -3 }
          ],
          "providers": [ { "id": "p", "name": "P", "association": "awo" }, { "id": "p", "name": "P2", "association": "nobody" } ],
          "offerings": [
            { "id": "o1", "name": "O1", "domain": "Schulden", "providerId": "p", "location": "a", "obligation": "voluntary",
              "capacity": { "amount": -1, "unit": "fte" },
              "funding": [ { "source": "land", "programme": "X", "instrument": "fixedAmount", "amountPerYear": 0, "start": "2025-01-01", "end": "2025-12-31" },
                           { "source": "land", "programme": "Y", "instrument": "fixedAmount", "amountPerYear": 5, "start": "2025-01-01", "end": "2024-12-31" } ] }
          ]
        }
        """;
        var ex = Assert.Throws<DataProblemException>(() => PlanningDataJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json"));
        Assert.Contains(ex.Problems, p => p.Field == "ags" && p.Value == "0597000" && p.Source.Contains("$.spaces[0]", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Field == "areaKm2" && p.Source.Contains("$.spaces[1]", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Field == "association" && p.Value == "nobody");
        Assert.Contains(ex.Problems, p => p.Field == "amount" && p.Source.Contains("$.offerings[0].capacity", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Field == "amountPerYear" && p.Source.Contains("funding[0]", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Field == "end" && p.Source.Contains("funding[1]", StringComparison.Ordinal));
        Assert.All(ex.Problems, p => Assert.StartsWith("test.json", p.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_DanglingReferencesAndDuplicates_AllListed()
    {
        const string json = """
        {
          "format": "sozialindikatoren/dataset", "version": 1,
          "spaces": [ { "id": "05970000", "name": "Kreis", "level": "county" } ],
          "providers": [ { "id": "p", "name": "P", "association": "awo" }, { "id": "p", "name": "P", "association": "awo" } ],
          "offerings": [
            { "id": "o", "name": "O", "domain": "Sucht", "providerId": "q", "location": "zz", "obligation": "voluntary", "capacity": { "amount": 1, "unit": "fte" } },
            { "id": "o", "name": "O", "domain": "Sucht", "providerId": "p", "location": "05970000", "obligation": "voluntary", "capacity": { "amount": 1, "unit": "fte" } }
          ],
          "providerStatements": [ { "offeringId": "nope", "effectiveFrom": "2025-01-01", "capacityReduction": 0.5, "text": "t", "reportedOn": "2024-11-01" } ]
        }
        """;
        var ex = Assert.Throws<DataProblemException>(() => PlanningDataJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.Contains(ex.Problems, p => p.Message.Contains("duplicate provider", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Message.Contains("duplicate offering", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Field == "providerId" && p.Value == "q");
        Assert.Contains(ex.Problems, p => p.Field == "location" && p.Value == "zz");
        Assert.Contains(ex.Problems, p => p.Field == "offeringId" && p.Value == "nope");
    }

    [Fact]
    public void Read_ElementAndCrossReferenceProblems_ComeTogether()
    {
        const string json = """
        {
          "format": "sozialindikatoren/dataset", "version": 1,
          "spaces": [ { "id": "05970000", "name": "Kreis", "level": "county" },
                      { "id": "a", "name": "A", "level": "municipality", "parent": "nowhere" },
                      { "id": "b", "name": "B", "level": "municipality", "parent": "05970000", "areaKm2": -1 } ],
          "providers": [ { "id": "p", "name": "P", "association": "awo" } ],
          "offerings": [
            { "id": "o1", "name": "O1", "domain": "Sucht", "providerId": "q", "location": "05970000", "obligation": "voluntary", "capacity": { "amount": 1, "unit": "fte" } },
            { "id": "o2", "name": "O2", "domain": "Sucht", "providerId": "p", "location": "b", "obligation": "sometimes", "capacity": { "amount": 1, "unit": "fte" } },
            { "id": "o3", "name": "O3", "domain": "Sucht", "providerId": "p", "location": "b", "obligation": "voluntary", "capacity": { "amount": 1, "unit": "fte" } } ]
        }
        """;
        var ex = Assert.Throws<DataProblemException>(() => PlanningDataJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "x.json"));
        Assert.Contains(ex.Problems, p => p.Field == "areaKm2");                              // element problem
        Assert.Contains(ex.Problems, p => p.Field == "obligation" && p.Value == "sometimes"); // element problem
        Assert.Contains(ex.Problems, p => p.Field == "parent" && p.Value == "nowhere");       // hierarchy problem
        Assert.Contains(ex.Problems, p => p.Field == "providerId" && p.Value == "q");         // cross-reference problem
        Assert.DoesNotContain(ex.Problems, p => p.Field == "location" && p.Value == "b");     // b failed itself: reported once
    }

    [Fact]
    public void Read_BrokenJson_NamesLine()
    {
        var ex = Assert.Throws<DataProblemException>(() => PlanningDataJson.Read(new MemoryStream(Encoding.UTF8.GetBytes("{\n  \"spaces\": [ { \"id\": 1 ")), "x.json"));
        Assert.Equal(("x.json", 2), (ex.Problems[0].Source, ex.Problems[0].Line));
        Assert.True(ex.Problems[0].Column > 0);
    }
}
