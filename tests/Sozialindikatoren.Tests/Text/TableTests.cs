using Sozialindikatoren.Text;

namespace Sozialindikatoren.Tests.Text;

public class TableTests
{
    private static readonly Table Sample = new(["Gemeinde", "Anteil"], [["Siegen", "12,5 %"], ["Bad | Laasphe", "3,0 %"]],
        [ColumnAlignment.Left, ColumnAlignment.Right], "Titel");

    [Fact]
    public void ToMarkdown_EscapesPipesAndAlignsNumbers()
    {
        var md = Sample.ToMarkdown();
        Assert.Contains("| Gemeinde | Anteil |\n|---|---:|\n", md, StringComparison.Ordinal);
        Assert.Contains("Bad \\| Laasphe", md, StringComparison.Ordinal);
        Assert.StartsWith("**Titel**", md, StringComparison.Ordinal);
    }

    [Fact]
    public void ToText_PadsColumns()
    {
        var lines = Sample.ToText().Split('\n');
        Assert.Equal("Gemeinde       Anteil", lines[1]);
        Assert.Equal("Siegen         12,5 %", lines[3]);
    }

    [Fact]
    public void ToCsv_QuotesWhenNeeded()
    {
        var t = new Table(["a", "b"], [["x,y", "he said \"hi\""]]);
        Assert.Equal("a,b\n\"x,y\",\"he said \"\"hi\"\"\"\n", t.ToCsv());
    }

    [Fact]
    public void Row_LongerThanHeader_Throws() =>
        Assert.Throws<ArgumentException>(() => new Table(["a"], [["1", "2"]]));

    [Theory]
    [InlineData(1234.56, 1, Language.German, "1.234,6")]
    [InlineData(1234.56, 1, Language.English, "1,234.6")]
    [InlineData(-0.5, 2, Language.German, "−0,50")]
    [InlineData(double.NaN, 1, Language.German, "–")]
    public void NumberFormat_IsIndependentOfMachineCulture(double value, int decimals, Language language, string expected) =>
        Assert.Equal(expected, NumberFormat.Number(value, decimals, language));

    [Fact]
    public void NumberFormat_EuroAndPercent()
    {
        Assert.Equal("250.000 €", NumberFormat.Euro(250_000m));
        Assert.Equal("€250,000", NumberFormat.Euro(250_000m, Language.English));
        Assert.Equal("62,0 %", NumberFormat.Percent(62));
        Assert.Equal("62.0%", NumberFormat.Percent(62, 1, Language.English));
    }
}
