using Sozialindikatoren.Data;
using Sozialindikatoren.Data.Genesis;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Tests.Data;

public class OfficialSymbolsTests
{
    [Theory]
    [InlineData("-", ValueStatus.ExactZero, 0.0)]
    [InlineData("–", ValueStatus.ExactZero, 0.0)]
    [InlineData("0", ValueStatus.RoundedZero, 0.0)]
    [InlineData("0,0", ValueStatus.RoundedZero, 0.0)]
    [InlineData("-0,0", ValueStatus.RoundedZero, 0.0)]
    [InlineData(".", ValueStatus.Suppressed, double.NaN)]
    [InlineData("*", ValueStatus.Suppressed, double.NaN)]
    [InlineData("...", ValueStatus.NotYetAvailable, double.NaN)]
    [InlineData("…", ValueStatus.NotYetAvailable, double.NaN)]
    [InlineData("x", ValueStatus.NotApplicable, double.NaN)]
    [InlineData("X", ValueStatus.NotApplicable, double.NaN)]
    [InlineData("/", ValueStatus.Unreliable, double.NaN)]
    [InlineData("(12,3)", ValueStatus.Uncertain, 12.3)]
    [InlineData("( 7 )", ValueStatus.Uncertain, 7.0)]
    [InlineData("12,3 p", ValueStatus.Provisional, 12.3)]
    [InlineData("12,3p", ValueStatus.Provisional, 12.3)]
    [InlineData("4 v", ValueStatus.Provisional, 4.0)]
    [InlineData("12 r", ValueStatus.Revised, 12.0)]
    [InlineData("12 s", ValueStatus.Estimated, 12.0)]
    [InlineData("12 D", ValueStatus.Exact, 12.0)]
    [InlineData("| 12", ValueStatus.SeriesBreak, 12.0)]
    [InlineData("12|", ValueStatus.SeriesBreak, 12.0)]
    [InlineData("(5) p", ValueStatus.Uncertain, 5.0)]
    [InlineData("| 5 p", ValueStatus.SeriesBreak, 5.0)]
    [InlineData("-3,25", ValueStatus.Exact, -3.25)]
    [InlineData(" 1234 ", ValueStatus.Exact, 1234.0)]
    [InlineData("1.5", ValueStatus.Exact, 1.5)]
    [InlineData("", ValueStatus.Missing, double.NaN)]
    [InlineData("   ", ValueStatus.Missing, double.NaN)]
    public void Parse_MapsTheZeichenerklaerung(string text, ValueStatus status, double value)
    {
        Assert.True(OfficialSymbols.TryParse(text, out var o));
        Assert.Equal(new Observation(value, status), o);
        Assert.Equal(o, OfficialSymbols.Parse(text));
    }

    [Fact]
    public void ExactZero_IsNotMissing()
    {
        var o = OfficialSymbols.Parse("-");
        Assert.True(o.HasValue);
        Assert.Equal(0, o.Value);
        Assert.NotEqual(OfficialSymbols.Parse("."), o);
    }

    [Theory]
    [InlineData("1.234,5")]
    [InlineData("1,234,5")]
    [InlineData("12a")]
    [InlineData("p")]
    [InlineData("()")]
    [InlineData("|")]
    [InlineData("1e5")]
    [InlineData("12,")]
    [InlineData(",5")]
    [InlineData("--5")]
    [InlineData("9999999999999999999999999999999999999999999999999999999999999999999")]
    public void Parse_RejectsNonsense(string text)
    {
        Assert.False(OfficialSymbols.TryParse(text, out _));
        Assert.Throws<FormatException>(() => OfficialSymbols.Parse(text));
    }

    [Theory]
    [InlineData("12", "e", ValueStatus.Exact, 12.0)]
    [InlineData("12", "", ValueStatus.Exact, 12.0)]
    [InlineData("12", "p", ValueStatus.Provisional, 12.0)]
    [InlineData("12", "v", ValueStatus.Provisional, 12.0)]
    [InlineData("12", "r", ValueStatus.Revised, 12.0)]
    [InlineData("12", "s", ValueStatus.Estimated, 12.0)]
    [InlineData("12", "|", ValueStatus.SeriesBreak, 12.0)]
    [InlineData("", ".", ValueStatus.Suppressed, double.NaN)]
    [InlineData(".", ".", ValueStatus.Suppressed, double.NaN)]
    [InlineData("", "-", ValueStatus.ExactZero, 0.0)]
    [InlineData("0", "-", ValueStatus.ExactZero, 0.0)]
    [InlineData("", "x", ValueStatus.NotApplicable, double.NaN)]
    [InlineData("", "...", ValueStatus.NotYetAvailable, double.NaN)]
    [InlineData("(3)", "p", ValueStatus.Uncertain, 3.0)]
    public void Quality_CombinesWithTheValue(string value, string quality, ValueStatus status, double expected)
    {
        Assert.True(OfficialSymbols.TryApplyQuality(OfficialSymbols.Parse(value), quality, out var o));
        Assert.Equal(new Observation(expected, status), o);
    }

    [Theory]
    [InlineData("12", ".")]
    [InlineData("12", "-")]
    [InlineData("12", "q")]
    [InlineData("x", ".")]
    public void Quality_RejectsContradictions(string value, string quality) =>
        Assert.False(OfficialSymbols.TryApplyQuality(OfficialSymbols.Parse(value), quality, out _));
}
