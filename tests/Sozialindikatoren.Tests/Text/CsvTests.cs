using Sozialindikatoren.Text;
using Sozialindikatoren.Data.Csv;

namespace Sozialindikatoren.Tests.Text;

public sealed class CsvTests
{
    [Fact]
    public void Write_QuotesOnlyWhereNeeded_PadsShortRows_EndsLinesWithLf()
    {
        var text = Csv.ToText(["id", "name", "note"], [["a", "Plätze, Kita", "say \"hi\""], ["b", "two\nlines"], ["c"]]);
        Assert.Equal("id,name,note\na,\"Plätze, Kita\",\"say \"\"hi\"\"\"\nb,\"two\nlines\",\nc,,\n", text);
    }

    [Fact]
    public void Write_SemicolonDelimiter_QuotesSemicolonsNotCommas()
    {
        Assert.Equal("a;b\n\"1;2\";3,5\n", Csv.ToText(["a", "b"], [["1;2", "3,5"]], ';'));
    }

    [Fact]
    public void Write_RejectsRowsLongerThanTheHeader()
    {
        Assert.Throws<ArgumentException>(() => Csv.ToText(["a"], [["1", "2"]]));
        Assert.Throws<ArgumentException>(() => Csv.ToText([], []));
    }

    [FsCheck.Xunit.Property]
    public bool Write_ReadsBackUnchanged(string[] cells)
    {
        var row = cells.Select(c => (c ?? "").Replace("\0", "", StringComparison.Ordinal)).Take(5).ToArray();
        var header = Enumerable.Range(0, Math.Max(1, row.Length)).Select(i => "c" + i).ToArray();
        var text = Csv.ToText(header, [row]);
        using var reader = new CsvTokenizer(new StringReader(text), ',');
        if (!reader.Read() || !reader.Read()) return false;
        return Enumerable.Range(0, header.Length).All(i => reader.GetString(i) == (i < row.Length ? row[i] : ""));
    }

    [Fact]
    public void Invariant_IsRoundTripAndNeverNaN()
    {
        Assert.Equal("0.1", Invariant.Number(0.1));
        Assert.Equal(0.1 + 0.2, double.Parse(Invariant.Number(0.1 + 0.2), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("", Invariant.Number(double.NaN));
        Assert.Equal("", Invariant.Number(double.PositiveInfinity));
        Assert.Equal("", Invariant.Number((double?)null));
        Assert.Equal("250000", Invariant.Number(250000.00m));
        Assert.Equal("2025-01-01", Invariant.Date(new NodaTime.LocalDate(2025, 1, 1)));
    }
}
