using NodaTime;
using Sozialindikatoren.Data.Csv;

namespace Sozialindikatoren.Tests.Data.Csv;

public class CsvValuesTests
{
    [Theory]
    [InlineData("2025", true, 2025, 1, 1)]
    [InlineData("2025", false, 2025, 12, 31)]
    [InlineData("03/2025", false, 2025, 3, 31)]
    [InlineData("3/2024", false, 2024, 3, 31)]
    [InlineData("02.2024", false, 2024, 2, 29)]
    [InlineData("2025-03", true, 2025, 3, 1)]
    [InlineData("2025-03-15", false, 2025, 3, 15)]
    [InlineData("15.03.2025", true, 2025, 3, 15)]
    [InlineData("1.3.2025", true, 2025, 3, 1)]
    public void Periods(string text, bool start, int y, int m, int d)
    {
        Assert.True(CsvValues.TryParsePeriod(text, start ? PeriodEnd.Start : PeriodEnd.End, out var date));
        Assert.Equal(new LocalDate(y, m, d), date);
    }

    [Theory]
    [InlineData("13/2025")]
    [InlineData("2025-13")]
    [InlineData("25")]
    [InlineData("2025/03")]
    [InlineData("März 2025")]
    public void NotPeriods(string text) => Assert.False(CsvValues.TryParsePeriod(text, PeriodEnd.End, out _));

    [Fact]
    public void ADate_IsNotAYear() => Assert.False(CsvValues.TryParseDate("2025", out _));

    [Theory]
    [InlineData("ja", true)]
    [InlineData("Ja", true)]
    [InlineData("x", true)]
    [InlineData("X", true)]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("nein", false)]
    [InlineData("", false)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    public void Booleans(string text, bool expected)
    {
        Assert.True(CsvValues.TryParseBoolean(text, out var v));
        Assert.Equal(expected, v);
    }

    [Fact]
    public void UnknownBoolean_IsRejected() => Assert.False(CsvValues.TryParseBoolean("vielleicht", out _));
}
