using System.Text;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Json;

namespace Sozialindikatoren.Tests.Data;

public class JsonStrictTests
{
    private const string Head = "{\n  \"format\": \"sozialindikatoren/dataset\", \"version\": 1,\n";

    private static DataProblemException ReadFails(string json) =>
        Assert.Throws<DataProblemException>(() => PlanningDataJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "t.json"));

    [Fact]
    public void DuplicateMember_IsAnError_WithPathAndLine()
    {
        var e = ReadFails(Head + "  \"spaces\": [ { \"id\": \"k\", \"name\": \"K\",\n    \"level\": \"county\", \"name\": \"L\" } ]\n}");
        var p = Assert.Single(e.Problems);
        Assert.Equal("$.spaces[0].name", p.Field);
        Assert.Equal(4, p.Line);
        Assert.Contains("duplicate member 'name'", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateMember_DifferingOnlyInCase_IsAnError()
    {
        // The reader matches names case-insensitively, so "Name" would silently replace "name".
        var e = ReadFails(Head + "  \"name\": \"a\", \"Name\": \"b\", \"spaces\": []\n}");
        Assert.Equal("$.Name", Assert.Single(e.Problems).Field);
    }

    [Fact]
    public void UnknownMember_IsAnError_NamingPathAndNearestKnownMember()
    {
        var e = ReadFails(Head + "  \"spaces\": [ { \"id\": \"k\", \"name\": \"K\", \"level\": \"county\",\n    \"popluation\": { \"bands\": [] } } ]\n}");
        var p = Assert.Single(e.Problems);
        Assert.Equal("$.spaces[0].popluation", p.Field);
        Assert.Equal(4, p.Line);
        Assert.Equal(5, p.Column);
        Assert.Contains("did you mean 'population'?", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownMember_InNestedArrayElement_HasIndexedPath()
    {
        var e = ReadFails(Head + "  \"spaces\": [ { \"id\": \"k\", \"name\": \"K\", \"level\": \"county\", \"population\": { \"referenceDate\": \"2024-12-31\",\n"
            + "    \"bands\": [ { \"band\": \"0-2\", \"count\": 1 }, { \"band\": \"3-5\", \"cuont\": 2 } ] } } ]\n}");
        var p = Assert.Single(e.Problems);
        Assert.Equal("$.spaces[0].population.bands[1].cuont", p.Field);
        Assert.Contains("did you mean 'count'?", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownAndDuplicateMembers_AreAllListed()
    {
        var e = ReadFails(Head + "  \"nmae\": \"x\", \"spaces\": [], \"spaces\": [], \"offerigns\": []\n}");
        Assert.Equal(["$.nmae", "$.spaces", "$.offerigns"], e.Problems.Select(p => p.Field));
        Assert.Contains("'name'", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("'offerings'", e.Problems[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberWrittenAsString_IsAnError()
    {
        var e = ReadFails(Head + "  \"spaces\": [ { \"id\": \"k\", \"name\": \"K\", \"level\": \"county\", \"population\": { \"referenceDate\": \"2024-12-31\",\n"
            + "    \"bands\": [ { \"band\": \"0-2\", \"count\": \"156\" } ] } } ]\n}");
        var p = Assert.Single(e.Problems);
        Assert.Equal("$.spaces[0].population.bands[0].count", p.Field);
        Assert.Equal(4, p.Line);
    }

    [Fact]
    public void ScenarioJson_UnknownMember_IsAnError_WithSuggestion()
    {
        const string json = """
            { "format": "sozialindikatoren/cut-scenario", "version": 1, "name": "x",
              "lines": [ { "label": "a", "percnet": 10, "effectiveFrom": "2025-01-01", "status": "sourced" } ] }
            """;
        var e = Assert.Throws<DataProblemException>(() => CutScenarioJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "s.json"));
        var p = Assert.Single(e.Problems);
        Assert.Equal("$.lines[0].percnet", p.Field);
        Assert.Contains("did you mean 'percent'?", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrittenSample_PassesTheStrictCheck()
    {
        var json = PlanningDataJson.WriteString(Sozialindikatoren.Samples.SiegenWittgenstein.Load());
        var back = PlanningDataJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(json, PlanningDataJson.WriteString(back));
    }

    [Fact]
    public void Utf8ByteOrderMark_IsSkipped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Head + "  \"name\": \"m\u00fcnster\", \"spaces\": []\n}")).ToArray();
        Assert.Equal("m\u00fcnster", PlanningDataJson.Read(new MemoryStream(bytes)).Name);
    }

    [Theory]
    [InlineData("count", "cuont", 2)]
    [InlineData("population", "popluation", 2)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Levenshtein_Examples(string a, string b, int distance) =>
        Assert.Equal(distance, JsonMemberCheck.Levenshtein(a, b));

    [Fact]
    public void FileOverTheSizeLimit_IsRefusedWithTheLimit()
    {
        var path = Path.Combine(Path.GetTempPath(), $"strict-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Head + "  \"spaces\": []\n}");
        try
        {
            var e = Assert.Throws<DataProblemException>(() => PlanningDataJson.ReadFile(path, 16));
            var p = Assert.Single(e.Problems);
            Assert.Contains("larger than the input size limit", p.Message, StringComparison.Ordinal);
            Assert.Contains("--max-input-mb", p.Message, StringComparison.Ordinal);
            var s = Assert.Throws<DataProblemException>(() => CutScenarioJson.ReadFile(path, 16));
            Assert.Contains("size limit", Assert.Single(s.Problems).Message, StringComparison.Ordinal);
            Assert.Empty(PlanningDataJson.ReadFile(path, 1024).Offerings);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
