using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sozialindikatoren.Data.Csv;

namespace Sozialindikatoren.Tests.Data.Csv;

public class CsvNumberTests
{
    private const CsvNumberFormat De = CsvNumberFormat.German;
    private const CsvNumberFormat Inv = CsvNumberFormat.Invariant;

    [Theory]
    [InlineData("1.000", 1000)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("12.449.005", 12449005)]
    [InlineData("0,33134", 0.33134)]
    [InlineData("-1.234,50", -1234.5)]
    [InlineData(" 42 ", 42)]
    [InlineData("1\u00A0234,5", 1234.5)]
    [InlineData("1 234 567", 1234567)]
    [InlineData("1,5E3", 1500)]
    [InlineData("\u22125", -5)]
    public void German_Accepts(string text, double expected)
    {
        Assert.True(CsvNumber.TryParseDouble(text, De, false, out var v, out var error), error);
        Assert.Equal(expected, v, 12);
    }

    [Theory]
    [InlineData("4.0")]
    [InlineData("1244900.5")]
    [InlineData("0.33134")]
    [InlineData("0.331")]
    [InlineData("1.5")]
    [InlineData("1.0000")]
    [InlineData("1,234.5")]
    [InlineData("1.234.56")]
    public void German_RejectsADotThatIsNoThousandsSeparator_NamingTheAmbiguity(string text)
    {
        Assert.False(CsvNumber.TryParseDouble(text, De, false, out _, out var error));
        Assert.Contains("number format de", error, StringComparison.Ordinal);
        Assert.Contains("--number-format invariant", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1234.5", 1234.5)]
    [InlineData("0.33134", 0.33134)]
    [InlineData("4.0", 4)]
    [InlineData("1e3", 1000)]
    [InlineData("-0", 0)]
    public void Invariant_Accepts(string text, double expected)
    {
        Assert.True(CsvNumber.TryParseDouble(text, Inv, false, out var v, out var error), error);
        Assert.Equal(expected, v, 12);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("1,000")]
    public void Invariant_RejectsAComma_AsAmbiguous(string text)
    {
        Assert.False(CsvNumber.TryParseDouble(text, Inv, false, out _, out var error));
        Assert.Contains("ambiguous", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e400")]
    [InlineData("12abc")]
    [InlineData("1,")]
    [InlineData("--1")]
    public void NotNumbers_AreRejected(string text)
    {
        Assert.False(CsvNumber.TryParseDouble(text, De, false, out _, out var e1));
        Assert.False(CsvNumber.TryParseDouble(text, Inv, false, out _, out var e2));
        Assert.False(string.IsNullOrEmpty(e1));
        Assert.False(string.IsNullOrEmpty(e2));
    }

    [Theory]
    [InlineData("12.500,00 €", 12500.00)]
    [InlineData("€ 12.500", 12500)]
    [InlineData("12.500 EUR", 12500)]
    [InlineData("1\u00A0000,50\u00A0€", 1000.50)]
    public void Amounts_MayCarryEuro(string text, double expected)
    {
        Assert.True(CsvNumber.TryParseDecimal(text, De, true, out var v, out var error), error);
        Assert.Equal((decimal)expected, v);
        Assert.False(CsvNumber.TryParseDouble(text, De, false, out _, out _)); // only where amounts are expected
    }

    [Fact]
    public void DecimalOverflow_IsAnError_NotAnException()
    {
        Assert.False(CsvNumber.TryParseDecimal("1e30", Inv, true, out _, out var error));
        Assert.Contains("range", error, StringComparison.Ordinal);
        Assert.False(CsvNumber.TryParseDecimal("99999999999999999999999999999999", Inv, true, out _, out _));
    }

    [Theory]
    [InlineData("1.000", De, 1000)]
    [InlineData("12,0", De, 12)]
    [InlineData("12.0", Inv, 12)]
    [InlineData("007", Inv, 7)]
    public void Integers(string text, CsvNumberFormat format, long expected)
    {
        Assert.True(CsvNumber.TryParseInteger(text, format, out var v, out var error), error);
        Assert.Equal(expected, v);
    }

    [Theory]
    [InlineData("12,5", De)]
    [InlineData("1e30", Inv)]
    [InlineData("1.0", De)]
    public void NonIntegers_AreRejected(string text, CsvNumberFormat format) =>
        Assert.False(CsvNumber.TryParseInteger(text, format, out _, out _));

    /// <summary>German writing as Excel does: '.' groups thousands, ',' is the decimal comma (independent of CsvNumber).</summary>
    internal static string German(decimal value, bool group)
    {
        var invariant = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var parts = invariant.Split('.');
        var digits = parts[0];
        var sb = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (group && i > 0 && (digits.Length - i) % 3 == 0) sb.Append('.');
            sb.Append(digits[i]);
        }
        if (parts.Length > 1) sb.Append(',').Append(parts[1]);
        return (value < 0 ? "-" : "") + sb;
    }

    [Property(MaxTest = 500)]
    public void RandomGermanNumbers_RoundTrip(long mantissa, byte scale, bool group)
    {
        var value = (mantissa % 1_000_000_000_000L) / (decimal)Math.Pow(10, scale % 7);
        var text = German(value, group);
        Assert.True(CsvNumber.TryParseDecimal(text, De, false, out var d, out var error), text + ": " + error);
        Assert.Equal(value, d);
        Assert.True(CsvNumber.TryParseDouble(text, De, false, out var x, out _), text);
        Assert.Equal((double)value, x);
    }

    [Property(MaxTest = 500)]
    public void RandomInvariantDoubles_RoundTrip(NormalFloat f)
    {
        var value = f.Get;
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        Assert.True(CsvNumber.TryParseDouble(text, Inv, false, out var x, out var error), text + ": " + error);
        Assert.Equal(value == 0 ? 0 : value, x);
    }

    [Property(MaxTest = 300)]
    public void InvariantDecimalsWithAFraction_AreNeverReadAsGermanNumbers(PositiveInt whole, PositiveInt fraction)
    {
        // A decimal point in a ';' file is never silently read as a thousands separator (4.0 → 40 was the old bug).
        var digits = fraction.Get % 10_000;
        var text = string.Create(CultureInfo.InvariantCulture, $"{whole.Get % 100_000}.{digits}");
        var ok = CsvNumber.TryParseDouble(text, De, false, out var x, out _);
        if (ok) Assert.True(text.Split('.')[1].Length == 3 && !text.StartsWith('0'), text + " → " + x.ToString(CultureInfo.InvariantCulture));
    }
}
