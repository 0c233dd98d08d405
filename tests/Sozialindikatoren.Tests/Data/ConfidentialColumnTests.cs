using System.Text;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data;
using Sozialindikatoren.Data.Csv;

namespace Sozialindikatoren.Tests.Data;

/// <summary>Issue #16.12: the column <c>vertraulich</c> (<c>confidential</c>) of a data folder's indicator table.</summary>
public sealed class ConfidentialColumnTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("confidential-csv-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (List<Sozialindikatoren.Indicators.IndicatorRecord> Records, List<DataProblem> Problems) Read(string text)
    {
        var path = Path.Combine(_dir, "indikatoren.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        var problems = new List<DataProblem>();
        var records = DataFolderTables.ReadIndicators(TableSource.File(path), null, problems, null);
        return (records, problems);
    }

    [Theory]
    [InlineData("ja", true)]
    [InlineData("Ja", true)]
    [InlineData("nein", false)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("x", true)]
    [InlineData("", false)]
    public void GermanHeader_ReadsYesNo(string cell, bool expected)
    {
        var (records, problems) = Read($"Raum-ID;Indikator;Stichtag;Wert;Nenner;vertraulich\n05970040;hze_eckwert;2024;7;1.000;{cell}\n");
        Assert.DoesNotContain(problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(expected, Assert.Single(records).Confidential);
    }

    [Fact]
    public void CanonicalHeader_MarksOnlyTheMarkedRows()
    {
        var (records, problems) = Read("space_id,indicator,date,value,denominator,confidential\na,hze_eckwert,2024-12-31,2,900,true\nb,sgb2_quote,2024-12-31,10,900,false\nc,sgb2_quote,2024-12-31,11,900,\n");
        Assert.Empty(problems);
        Assert.Equal([true, false, false], records.Select(r => r.Confidential).ToArray());
    }

    [Fact]
    public void WithoutTheColumn_NothingIsConfidential()
    {
        var (records, problems) = Read("space_id,indicator,date,value\na,hze_eckwert,2024-12-31,2\n");
        Assert.Empty(problems);
        Assert.False(Assert.Single(records).Confidential);
    }

    [Fact]
    public void BadValue_IsOneErrorWithFileLineFieldAndValue_AndTheRowIsNotRead()
    {
        var (records, problems) = Read("space_id,indicator,date,value,vertraulich\na,hze_eckwert,2024-12-31,2,ja\nb,hze_eckwert,2024-12-31,3,vielleicht\n");
        var p = Assert.Single(problems);
        Assert.Equal(("indikatoren.csv", 3, "vertraulich", "vielleicht"), (Path.GetFileName(p.Source), p.Line, p.Field, p.Value));
        Assert.Equal(ProblemSeverity.Error, p.Severity);
        Assert.Contains("ja/nein", p.Message, StringComparison.Ordinal);
        Assert.Single(records);
    }
}
