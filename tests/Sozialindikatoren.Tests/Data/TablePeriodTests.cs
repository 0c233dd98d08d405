using FsCheck.Xunit;
using NodaTime;
using Sozialindikatoren.Data;
using Sozialindikatoren.Data.Genesis;

namespace Sozialindikatoren.Tests.Data;

public class TablePeriodTests
{
    [Theory]
    [InlineData("31.12.2023", "2023-12-31", TablePeriodKind.Date)]
    [InlineData("2023-12-31", "2023-12-31", TablePeriodKind.Date)]
    [InlineData(" 29.02.2024 ", "2024-02-29", TablePeriodKind.Date)]
    [InlineData("2023", "2023", TablePeriodKind.Year)]
    public void TryParse_AcceptsGenesisForms(string text, string iso, TablePeriodKind kind)
    {
        Assert.True(TablePeriod.TryParse(text, out var p));
        Assert.Equal(iso, p.ToString());
        Assert.Equal(kind, p.Kind);
    }

    [Theory]
    [InlineData("29.02.2023")]
    [InlineData("31.04.2023")]
    [InlineData("2023-13-01")]
    [InlineData("0999")]
    [InlineData("23")]
    [InlineData("2023/24")]
    [InlineData("31.12.23")]
    [InlineData("")]
    public void TryParse_RejectsOthers(string text) => Assert.False(TablePeriod.TryParse(text, out _));

    [Fact]
    public void OfYear_ValidatesRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => TablePeriod.OfYear(99));
        Assert.Contains("year", e.Message, StringComparison.Ordinal);
        Assert.Equal(2020, TablePeriod.OfDate(new LocalDate(2020, 6, 30)).Year);
    }

    [Property]
    public bool IsoText_RoundTrips(int seed)
    {
        var date = new LocalDate(1990, 1, 1).PlusDays(Math.Abs(seed % 20000));
        var p = TablePeriod.OfDate(date);
        return TablePeriod.TryParse(p.ToString(), out var back) && back == p && back.Date == date
            && TablePeriod.TryParse(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), out var y) && y == TablePeriod.OfYear(date.Year) && y < p;
    }
}
