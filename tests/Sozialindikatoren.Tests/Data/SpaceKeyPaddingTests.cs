using Sozialindikatoren.Common;
using Sozialindikatoren.Data;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Tests.Data;

/// <summary>Issue 16.5: a key column of a data folder or workbook whose AGS lost its leading zero (<c>5970040</c>, as
/// Excel saves it) is read padded when the padded key is a space, with a warning naming file, line, field, value and
/// the padded key — one rule (<see cref="SpaceKeys"/>) for every table.</summary>
public sealed class SpaceKeyPaddingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("spacekeys-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_dir, name), text);

    private static string Inv(string location) => "offering_id,offering_name,domain,provider_id,location,capacity,unit,obligation\nx,X,Sucht,p," + location + ",1,fte,voluntary\n";

    [Fact]
    public void SevenDigitKeys_InEveryTable_ArePaddedWithALocatedWarning()
    {
        Write("spaces.csv", "id,name,level,parent,area_km2\n05970000,Kreis,county,,1132.89\n05970040,Siegen,municipality,5970000,114.7\n");
        Write("angebote.csv", Inv("5970040"));
        Write("population.csv", "space_id,date,age_band,count\n5970040,2024-12-31,0-3,100\n5970040,2024-12-31,3-6,120\n");
        Write("indicators.csv", "space_id,indicator,date,value\n5970040,sgb2_quote,2024-12-31,5.5\n");
        var notes = new List<DataProblem>();
        var data = PlanningDataSource.Load(_dir, null, notes);

        var siegen = data.Region[new SpaceId("05970040")];
        Assert.Equal(new SpaceId("05970000"), siegen.Parent);
        Assert.Equal(220, siegen.Population!.Total);
        Assert.Equal(new SpaceId("05970040"), Assert.Single(data.Offerings).Location);
        Assert.Equal(new SpaceId("05970040"), Assert.Single(data.Indicators).Space);

        var warnings = notes.Where(n => n.Severity == ProblemSeverity.Warning && n.Message.Contains("leading zero", StringComparison.Ordinal)).ToList();
        // One warning per file and column (the population's second row with the same key is read the same way).
        Assert.Equal(4, warnings.Count);
        var pop = Assert.Single(warnings, w => w.Source == "population.csv");
        Assert.Equal(2, pop.Line);
        Assert.Equal("space_id", pop.Field);
        Assert.Equal("5970040", pop.Value);
        Assert.Contains("'05970040'", pop.Message, StringComparison.Ordinal);
        var parent = Assert.Single(warnings, w => w.Source == "spaces.csv");
        Assert.Equal(("parent", 3, "5970000"), (parent.Field, parent.Line, parent.Value));
        Assert.Single(warnings, w => w.Source == "angebote.csv" && w.Field == "location" && w.Line == 2);
        Assert.Single(warnings, w => w.Source == "indicators.csv" && w.Field == "space_id");
    }

    [Fact]
    public void SpaceTablesOwnId_IsPaddedWhenItIsAnAgs_AndOtherTablesFollow()
    {
        Write("spaces.csv", "id,name,level,parent\n5970000,Kreis,county,\n5970040,Siegen,municipality,5970000\n");
        Write("angebote.csv", Inv("5970040"));
        var notes = new List<DataProblem>();
        var data = PlanningDataSource.Load(_dir, null, notes);
        Assert.True(data.Region.Contains(new SpaceId("05970040")));
        Assert.Equal(new SpaceId("05970040"), Assert.Single(data.Offerings).Location);
        Assert.Contains(notes, n => n.Source == "spaces.csv" && n.Field == "id" && n.Value == "5970000" && n.Line == 2 && n.Severity == ProblemSeverity.Warning);
    }

    [Fact]
    public void SevenDigitKey_ThatIsNoSpaceEvenPadded_StaysAnError()
    {
        Write("spaces.csv", "id,name,level,parent\n05970000,Kreis,county,\n05970040,Siegen,municipality,05970000\n");
        Write("angebote.csv", Inv("5970099"));
        var e = Assert.Throws<DataProblemException>(() => PlanningDataSource.Load(_dir, null, null));
        Assert.Contains(e.Problems, p => p.Value == "5970099" || p.Message.Contains("5970099", StringComparison.Ordinal));
    }

    [Fact]
    public void NonDigitOrOtherLengthKeys_AreNeverPadded()
    {
        bool Known(string k) => k is "05970040" or "0abcdefg" or "00000001";
        Assert.False(SpaceKeys.TryRestoreLeadingZero("abcdefg", Known, out var a));
        Assert.Equal("abcdefg", a);
        Assert.False(SpaceKeys.TryRestoreLeadingZero("597004", Known, out _));
        Assert.False(SpaceKeys.TryRestoreLeadingZero("05970040", Known, out _));
        Assert.True(SpaceKeys.TryRestoreLeadingZero("5970040", Known, out var b));
        Assert.Equal("05970040", b);
        Assert.False(SpaceKeys.IsAgs("00000001")); // Land 00 is no AGS: a space table's own id "0000001" is not padded
        Assert.True(SpaceKeys.IsAgs("05970040"));
    }
}
