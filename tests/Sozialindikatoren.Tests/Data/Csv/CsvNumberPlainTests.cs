using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using Sozialindikatoren.Data.Csv;

namespace Sozialindikatoren.Tests.Data.Csv;

/// <summary>
/// The fast path of <see cref="CsvNumber.TryParseDouble"/> (<see cref="CsvNumber.TryParsePlain"/>) agrees with the
/// general rules (<see cref="CsvNumber.TryParseGeneral"/>) on every cell: same verdict, same double to the bit, same
/// error text, in the German and the invariant number format.
/// </summary>
public sealed class CsvNumberPlainTests
{
    private const string Alphabet = "0123456789012345678901234567890123456789.,.,  -+eE\u00A0\u202F€\t";

    private static void AssertAgrees(string text, CsvNumberFormat format)
    {
        var fast = CsvNumber.TryParseDouble(text, format, false, out var a, out var ea);
        var reference = CsvNumber.TryParseGeneral(text, format, false, out var b, out var eb);
        Assert.True(fast == reference, $"'{text}' ({format}): fast {fast}, reference {reference}");
        Assert.True(BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b), $"'{text}' ({format}): {a:R} vs {b:R}");
        Assert.Equal(eb, ea);
        if (CsvNumber.TryParsePlain(text, format, out var p))
        {
            Assert.True(reference, $"'{text}' ({format}): plain accepted what the rules reject");
            Assert.Equal(BitConverter.DoubleToInt64Bits(b), BitConverter.DoubleToInt64Bits(p));
        }
    }

    [Property(MaxTest = 2000)]
    public void PlainNumbers_AreTheSameDouble_AsTheGeneralRules(ulong mantissa, byte digits, byte point, bool german, byte pad)
    {
        // 1–17 digits (the fast path takes at most 15), the separator of the format anywhere or nowhere, spaces around.
        var n = 1 + digits % 17;
        var s = (mantissa % 100_000_000_000_000_000UL).ToString(CultureInfo.InvariantCulture).PadLeft(n, '0')[^n..];
        var at = point % (n + 2);
        var format = german ? CsvNumberFormat.German : CsvNumberFormat.Invariant;
        if (at > 0 && at < n) s = s[..at] + (german ? "," : ".") + s[at..];
        var text = new string(' ', pad % 3) + s + new string('\t', pad / 3 % 2);
        AssertAgrees(text, format);
    }

    [Property(MaxTest = 3000)]
    public void RandomCells_GetTheSameVerdictValueAndError(int seed, bool german)
    {
        // Cells from digits, both separators, signs, exponents, spaces and currency: mostly not plain, often no number.
        var rng = new Random(seed);
        var sb = new StringBuilder();
        var length = rng.Next(0, 20);
        for (var i = 0; i < length; i++) sb.Append(Alphabet[rng.Next(Alphabet.Length)]);
        AssertAgrees(sb.ToString(), german ? CsvNumberFormat.German : CsvNumberFormat.Invariant);
    }

    [Theory]
    [InlineData("0"), InlineData("007"), InlineData("0,0"), InlineData("0.0"), InlineData("1,"), InlineData("1."), InlineData(",5"), InlineData(".5")]
    [InlineData("1.000"), InlineData("1,000"), InlineData("123456789012345"), InlineData("1234567890123456"), InlineData("0,1"), InlineData("0.1")]
    [InlineData("9007199254740993"), InlineData("99999999999999,9"), InlineData("1,234,5"), InlineData(" 12 "), InlineData(""), InlineData(" ")]
    [InlineData("0,30000000000000004"), InlineData("1.2.3"), InlineData("1,2,3")]
    public void EdgeCells_Agree(string text)
    {
        AssertAgrees(text, CsvNumberFormat.German);
        AssertAgrees(text, CsvNumberFormat.Invariant);
    }

    [Property(MaxTest = 500)]
    public void RoundTrippedDoubles_Agree(NormalFloat f)
    {
        var text = Math.Abs(f.Get).ToString("R", CultureInfo.InvariantCulture);
        AssertAgrees(text, CsvNumberFormat.Invariant);
        AssertAgrees(text.Replace('.', ','), CsvNumberFormat.German);
    }
}
