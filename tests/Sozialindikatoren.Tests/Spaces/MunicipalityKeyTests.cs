using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Tests.Spaces;

public class MunicipalityKeyTests
{
    [Fact]
    public void Parse_Siegen_HasParts()
    {
        var key = MunicipalityKey.Parse("05970040");
        Assert.Equal("05", key.Land);
        Assert.Equal("9", key.RegierungsbezirkPart);
        Assert.Equal("70", key.KreisPart);
        Assert.Equal("040", key.GemeindePart);
        Assert.Equal("05970", key.KreisKey);
        Assert.True(key.IsMunicipality);
        Assert.False(key.IsCounty);
        Assert.Equal(MunicipalityKey.Parse("05970000"), key.County);
    }

    [Fact]
    public void Parse_CountyKey_IsCounty()
    {
        var key = MunicipalityKey.Parse("05970000");
        Assert.True(key.IsCounty);
        Assert.False(key.IsMunicipality);
        var space = new SocialSpace(new SpaceId("05970000"), "Siegen-Wittgenstein", SpaceLevel.County, key: key);
        Assert.Equal(SpaceLevel.County, space.Level);
    }

    [Fact]
    public void ToRegionalKey_Netphen_MatchesPublishedArs()
    {
        var ars = MunicipalityKey.Parse("05970032").ToRegionalKeyVerbandsfrei();
        Assert.Equal("059700032032", ars.Value);
        Assert.Equal("0032", ars.VerbandPart);
        Assert.Equal("05970032", ars.MunicipalityKey.Value);
    }

    [Theory]
    [InlineData("5970040")]
    [InlineData("059700400")]
    [InlineData("0597004a")]
    [InlineData("00970040")]
    [InlineData("17970040")]
    [InlineData("")]
    [InlineData(" 5970040")]
    public void Parse_Malformed_ThrowsNamingValue(string text)
    {
        var ex = Assert.Throws<FormatException>(() => MunicipalityKey.Parse(text));
        Assert.Contains("AGS", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"'{(text.Length == 8 && text.All(char.IsDigit) ? text[..2] : text)}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SocialSpace_MunicipalityLevelWithCountyKey_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SocialSpace(new SpaceId("x"), "X", SpaceLevel.Municipality, key: MunicipalityKey.Parse("05970000")));
        Assert.Contains("05970000", ex.Message, StringComparison.Ordinal);
    }

    [Property]
    public bool ParseFormat_RoundTrips(MunicipalityKey key) =>
        MunicipalityKey.Parse(key.ToString()) == key && key.ToString().Length == 8;

    [Property]
    public bool RegionalKey_RoundTripsToAgs(MunicipalityKey key) =>
        key.ToRegionalKeyVerbandsfrei().MunicipalityKey == key && RegionalKey.Parse(key.ToRegionalKeyVerbandsfrei().Value) == key.ToRegionalKeyVerbandsfrei();

    [Property]
    public Property TryParse_RejectsEverythingButEightDigitsWithValidLand()
    {
        var gen = Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
            from n in Gen.Choose(0, 99_999_999) select n.ToString("00000000", System.Globalization.CultureInfo.InvariantCulture),
            from land in Gen.Choose(17, 99) from rest in Gen.Choose(0, 999_999) select $"{land}{rest:000000}");
        return Prop.ForAll(gen.ToArbitrary(), s =>
        {
            var valid = s.Length == 8 && s.All(c => c is >= '0' and <= '9') && int.Parse(s[..2], System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 16;
            return MunicipalityKey.TryParse(s, out var k) == valid && (!valid || k.Value == s);
        });
    }
}
