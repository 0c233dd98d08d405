using Sozialindikatoren.Indicators;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Tests.Indicators;

/// <summary>Every unit of the standard catalogue has an English name, and user definitions keep their one unit.</summary>
public sealed class IndicatorCatalogueUnitsTests
{
    private static readonly string[] GermanWords = ["je", "unter", "EW", "Personen"];

    [Fact]
    public void StandardCatalogue_UnitsAreEnglishInEnglish()
    {
        foreach (var d in IndicatorCatalogue.Standard.Definitions)
        {
            Assert.Equal(d.Unit, d.UnitIn(Language.German));
            var en = d.UnitIn(Language.English);
            Assert.DoesNotContain(en.Split(' '), w => GermanWords.Contains(w));
        }
        Assert.Equal("per 1,000 under 21", IndicatorCatalogue.Standard["hze_eckwert"].UnitEn);
    }

    [Fact]
    public void OwnDefinition_WithoutEnglishUnit_PrintsItsUnitInBothLanguages()
    {
        var d = new IndicatorDefinition("eigene_quote", "Eigene Quote", "Own rate", "Fälle", "Einwohner", 100, Polarity.MoreNeed, "%", "eigene Erhebung", IndicatorDomain.SocialSituation);
        Assert.Equal("%", d.UnitIn(Language.English));
        var e = new IndicatorDefinition("eigene_rate", "Eigene Rate", "Own rate", "Fälle", "Einwohner", 1000, Polarity.MoreNeed, "je 1.000 EW", "eigene Erhebung", IndicatorDomain.SocialSituation, unitEn: "per 1,000 residents");
        Assert.Equal("per 1,000 residents", e.UnitIn(Language.English));
        Assert.Equal("je 1.000 EW", e.UnitIn(Language.German));
    }
}
