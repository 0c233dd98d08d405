using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Tests.Text;

/// <summary>The fast shortest round-trip formatter writes byte for byte what .NET's "R" writes (the machine-readable
/// format of every output), and what it writes reads back to the same bits.</summary>
public class RoundTripTests
{
    private static string Net(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static bool ReadsBack(string text, double v) =>
        BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)) == BitConverter.DoubleToInt64Bits(v);

    /// <summary>The UTF-8 and UTF-16 texts are .NET's "R" text, except where .NET's does not read back (some powers
    /// of two): there ours must.</summary>
    private static void Same(double v)
    {
        var expected = Net(v);
        Span<byte> utf8 = stackalloc byte[RoundTrip.MaxLength];
        Assert.True(RoundTrip.TryFormat(v, utf8, out var n));
        var bytes = Encoding.ASCII.GetString(utf8[..n]);
        var chars = RoundTrip.ToString(v);
        if (bytes != chars) Assert.Fail($"bits 0x{BitConverter.DoubleToUInt64Bits(v):X16}: UTF-8 '{bytes}', UTF-16 '{chars}'");
        if (chars == expected) return;
        if (!double.IsFinite(v) || ReadsBack(expected, v) || !ReadsBack(chars, v))
            Assert.Fail($"bits 0x{BitConverter.DoubleToUInt64Bits(v):X16}: ours '{chars}', .NET '{expected}'");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-1.0)]
    [InlineData(0.1)]
    [InlineData(0.2)]
    [InlineData(0.3)]
    [InlineData(1.0 / 3)]
    [InlineData(0.0001)]
    [InlineData(0.00001)]
    [InlineData(1.5e-5)]
    [InlineData(123.45)]
    [InlineData(1e14)]
    [InlineData(1e15)]
    [InlineData(123456789012345.0)]
    [InlineData(1234567890123456.2)]
    [InlineData(9007199254740991.0)]
    [InlineData(9007199254740992.0)]
    [InlineData(1e23)]
    [InlineData(double.MaxValue)]
    [InlineData(double.MinValue)]
    [InlineData(double.Epsilon)]
    [InlineData(2.2250738585072014E-308)]
    [InlineData(2.2250738585072009E-308)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(5.7930379270193084E-06)]
    [InlineData(3.22767414795355E-05)]
    [InlineData(0.19582900657667016)]
    public void Examples_AreDotNetR(double v) => Same(v);

    [Fact]
    public void Examples_HaveTheExpectedText()
    {
        Assert.Equal("1E-05", RoundTrip.ToString(0.00001));
        Assert.Equal("0.0001", RoundTrip.ToString(0.0001));
        Assert.Equal("1000000000000000", RoundTrip.ToString(1e15));
        Assert.Equal("12000000000000000", RoundTrip.ToString(1.2e16));
        Assert.Equal("1.23E+17", RoundTrip.ToString(1.23e17));
        Assert.Equal("2079258301348250", RoundTrip.ToString(2079258301348250.0));
        // .NET 10 writes 4.104536801298376E-289 for 2^-958, which reads back as its neighbour below.
        Assert.Equal("4.1045368012983762E-289", RoundTrip.ToString(Math.ScaleB(1.0, -958)));
        Assert.NotEqual(Math.ScaleB(1.0, -958), double.Parse("4.104536801298376E-289", CultureInfo.InvariantCulture));
        Assert.Equal("-0", RoundTrip.ToString(-0.0));
        Same(-0.0);
        Assert.Equal("0.30000000000000004", RoundTrip.ToString(0.1 + 0.2));
        Assert.Equal("5E-324", RoundTrip.ToString(double.Epsilon));
    }

    [Fact]
    public void EveryPowerOfTwoAndTen_AndTheirNeighbours_AreDotNetR()
    {
        for (var e = -1074; e <= 1023; e++)
        {
            var v = Math.ScaleB(1.0, e);
            Same(v);
            Same(Math.BitDecrement(v));
            Same(Math.BitIncrement(v));
            Same(-v);
        }
        for (var e = -323; e <= 308; e++)
        {
            var v = double.Parse("1E" + e.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            Same(v);
            Same(Math.BitDecrement(v));
            Same(Math.BitIncrement(v));
            Same(5 * v);
            Same(Math.BitIncrement(5 * v));
        }
    }

    [Fact]
    public void SeededRandomBitPatterns_AreDotNetR()
    {
        // Two million uniformly random bit patterns (every exponent equally often) and two million values in the
        // ranges rates, shares and coordinates take, one seed each.
        var random = new Random(20261204);
        for (var i = 0; i < 2_000_000; i++) Same(BitConverter.UInt64BitsToDouble((ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63)));
        for (var i = 0; i < 2_000_000; i++) Same(random.NextDouble() * Math.Pow(10, random.Next(-12, 16)));
    }

    [Fact]
    public void ShortDecimals_AndTheirNeighbours_AreDotNetR()
    {
        // Values with few significant digits sit where ties and shorter neighbours occur.
        for (var digits = 1; digits <= 99999; digits += 7)
        {
            for (var e = -20; e <= 12; e++)
            {
                var v = digits * Math.Pow(10, e);
                Same(v);
                Same(Math.BitIncrement(v));
                Same(Math.BitDecrement(v));
            }
        }
    }

    [Fact]
    public void ShortDestination_ReturnsFalse_AndLongEnoughIsExact()
    {
        Span<byte> tiny = stackalloc byte[3];
        Assert.False(RoundTrip.TryFormat(0.123, tiny, out _));
        Span<char> exact = stackalloc char[5];
        Assert.True(RoundTrip.TryFormat(0.123, exact, out var n));
        Assert.Equal("0.123", new string(exact[..n]));
    }

    [Property(MaxTest = 20000)]
    public bool AnyDouble_IsDotNetR_AndReadsBackToTheSameBits(long bits)
    {
        var v = BitConverter.Int64BitsToDouble(bits);
        var text = RoundTrip.ToString(v);
        if (!double.IsFinite(v)) return text == Net(v);
        return ReadsBack(text, v) && (text == Net(v) || !ReadsBack(Net(v), v));
    }

    [Property(MaxTest = 20000)]
    public bool FiniteDoubles_AreDotNetR(NormalFloat f) => RoundTrip.ToString(f.Get) == Net(f.Get) || !ReadsBack(Net(f.Get), f.Get);
}
