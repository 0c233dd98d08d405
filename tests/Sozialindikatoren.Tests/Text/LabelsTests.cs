using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Composite;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Monitoring;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Tests.Text;

public class LabelsTests
{
    /// <summary>Every public enum of the library whose members a planner sees in a report, a CSV label column or the
    /// terminal. A new planner-facing enum goes here and into the catalogue.</summary>
    public static readonly Type[] PlannerFacing =
    [
        typeof(CoverageClass), typeof(SupplyNormOrigin), typeof(GapCertainty), typeof(StatementAgreement), typeof(SupplyMode), typeof(Sozialindikatoren.Composite.ClassMethod),
        typeof(SupplyRating), typeof(CapacityUnit), typeof(Obligation), typeof(ProviderAssociation),
        typeof(StatusClass), typeof(DynamicsClass),
        typeof(FundingCategory), typeof(FundingSource), typeof(FundingInstrument), typeof(FunderLevel), typeof(StatementStatus),
        typeof(ResponseKind), typeof(RescueMethod), typeof(CutKind), typeof(CutLineStatus),
        typeof(WarningRuleKind), typeof(WarningCertainty), typeof(TrendDirection), typeof(ReferenceArea),
        typeof(IndicatorDomain), typeof(Polarity),
        typeof(SpaceLevel), typeof(ProvenanceKind), typeof(Sozialindikatoren.FollowUpCosts.Payer),
        typeof(ContributionKind), typeof(TargetSourceKind), typeof(Sozialindikatoren.Participation.MeetingBody), typeof(Sozialindikatoren.Participation.AgreementStatus),
    ];

    /// <summary>Labels that are the same in both languages by nature (proper names, abbreviations).</summary>
    private static readonly HashSet<string> IdenticalByNature = new(StringComparer.Ordinal)
    {
        "ProviderAssociation.Awo", "ProviderAssociation.Caritas", "ProviderAssociation.Diakonie", "ProviderAssociation.Drk",
        "ProviderAssociation.Paritaetischer", "ProviderAssociation.Zwst", "FundingSource.EuEsf", "ReferenceArea.Nrw",
    };

    public static TheoryData<Type> Enums() => [.. PlannerFacing];

    private static string Label(Type enumType, object value, Language language)
    {
        var of = typeof(Labels).GetMethod(nameof(Labels.Of))!.MakeGenericMethod(enumType);
        return (string)of.Invoke(null, [value, language])!;
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void Every_member_has_a_German_and_an_English_label_that_differ(Type enumType)
    {
        foreach (var value in Enum.GetValues(enumType))
        {
            var key = enumType.Name + "." + value;
            var de = Label(enumType, value, Language.German);
            var en = Label(enumType, value, Language.English);
            Assert.False(string.IsNullOrWhiteSpace(de), key);
            Assert.False(string.IsNullOrWhiteSpace(en), key);
            if (!IdenticalByNature.Contains(key)) Assert.True(de != en, $"{key}: German and English label are both '{de}'.");
        }
    }

    [Fact]
    public void Catalogue_holds_only_members_of_the_listed_enums()
    {
        var members = PlannerFacing.SelectMany(t => Enum.GetNames(t).Select(n => t.Name + "." + n)).ToHashSet(StringComparer.Ordinal);
        foreach (var e in Labels.All()) Assert.Contains(e.Enum + "." + e.Member, members);
        Assert.Equal(Labels.All().Count(), Labels.All().Select(e => e.Enum + "." + e.Member).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(members.Count, Labels.All().Count());
    }

    [Fact]
    public void Of_renders_examples_and_throws_for_an_undefined_value()
    {
        Assert.Equal("erhebliche Unterversorgung", Labels.Of(CoverageClass.Severe));
        Assert.Equal("severe under-supply", Labels.Of(CoverageClass.Severe, Language.English));
        Assert.Equal("stimmt überein", Labels.Of(StatementAgreement.Agrees));
        Assert.Equal("1 high", Labels.Of(StatusClass.High, Language.English));
        Assert.Equal("VZÄ", Labels.Of(CapacityUnit.FullTimeEquivalents));
        Assert.Equal("FTE", Labels.Of(CapacityUnit.FullTimeEquivalents, Language.English));
        Assert.Throws<ArgumentOutOfRangeException>(() => Labels.Of((CoverageClass)99));
        Assert.False(Labels.TryOf((GapCertainty)42, Language.German, out _));
    }

    [Theory]
    [InlineData(0, null, "alle Altersgruppen", "all ages")]
    [InlineData(0, 3, "unter 3", "under 3")]
    [InlineData(3, 6, "3 bis unter 6", "3 to under 6")]
    [InlineData(80, null, "80 und älter", "80 and over")]
    public void AgeRange_in_both_languages(int from, int? to, string de, string en)
    {
        Assert.Equal(de, Labels.AgeRange(from, to));
        Assert.Equal(en, Labels.AgeRange(from, to, Language.English));
    }
}

public class NumberFormatTests
{
    [Theory]
    [InlineData(1234.5, 1, "1.234,5", "1,234.5")]
    [InlineData(-0.25, 2, "−0,25", "−0.25")]
    [InlineData(1e6, 0, "1.000.000", "1,000,000")]
    public void Number_fixed_decimals(double v, int d, string de, string en)
    {
        Assert.Equal(de, NumberFormat.Number(v, d));
        Assert.Equal(en, NumberFormat.Number(v, d, Language.English));
    }

    [Theory]
    [InlineData(0.25, 4, "0,25")]
    [InlineData(10000, 0, "10.000")]
    [InlineData(-0.0001, 2, "0")]
    [InlineData(2.5, 0, "3")]
    [InlineData(double.NaN, 2, "–")]
    [InlineData(double.PositiveInfinity, 2, "–")]
    public void Compact_drops_trailing_zeros(double v, int d, string expected) => Assert.Equal(expected, NumberFormat.Compact(v, d));

    [Fact]
    public void Percent_euro_and_date()
    {
        Assert.Equal("62,0 %", NumberFormat.Percent(62));
        Assert.Equal("62.0%", NumberFormat.Percent(62, 1, Language.English));
        Assert.Equal("–", NumberFormat.Percent(double.NaN));
        Assert.Equal("250.000 €", NumberFormat.Euro(250_000m));
        Assert.Equal("€250,000", NumberFormat.Euro(250_000m, Language.English));
        Assert.Equal("31.12.2024", NumberFormat.Date(new LocalDate(2024, 12, 31)));
        Assert.Equal("2024-12-31", NumberFormat.Date(new LocalDate(2024, 12, 31), Language.English));
    }
}
