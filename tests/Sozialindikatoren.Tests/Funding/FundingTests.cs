using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Tests.Arbitraries;

namespace Sozialindikatoren.Tests.Funding;

public class FundingTests
{
    private static readonly LocalDate AsOf = new(2025, 1, 1);
    private static readonly DateInterval Year2025 = new(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));

    private static FundingLine Line(FundingSource s, decimal amount, FundingInstrument i = FundingInstrument.ShareFunding, DateInterval? period = null) =>
        new(s, s.ToString(), i, amount, period ?? Year2025);

    [Fact]
    public void Classify_DefaultRule_Thresholds()
    {
        var rule = FundingCategoryRule.Default;
        Assert.Equal(FundingCategory.Full, rule.Classify(new FundingPlan([Line(FundingSource.Land, 98), Line(FundingSource.OwnFunds, 2)]), AsOf));
        Assert.Equal(FundingCategory.Partial, rule.Classify(new FundingPlan([Line(FundingSource.Land, 90), Line(FundingSource.OwnFunds, 10)]), AsOf));
        Assert.Equal(FundingCategory.ProviderFinanced, rule.Classify(new FundingPlan([Line(FundingSource.Land, 50), Line(FundingSource.Donations, 50)]), AsOf));
        Assert.Equal(FundingCategory.NotClassifiable, rule.Classify(FundingPlan.Empty, AsOf));
        // Own funds count whatever their instrument; a line outside its period does not count.
        var expired = new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2024, 12, 31));
        Assert.Equal(FundingCategory.Full, rule.Classify(new FundingPlan([Line(FundingSource.Land, 100), Line(FundingSource.OwnFunds, 80, FundingInstrument.FixedAmount, expired)]), AsOf));
        Assert.Equal(FundingCategory.NotClassifiable, rule.Classify(new FundingPlan([Line(FundingSource.Land, 100, period: expired)]), AsOf));
    }

    [Fact]
    public void Plan_Queries()
    {
        var ending = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2025, 6, 30));
        var plan = new FundingPlan([Line(FundingSource.Land, 60_000, FundingInstrument.FixedAmount, ending), Line(FundingSource.Kreis, 30_000), Line(FundingSource.OwnFunds, 10_000)]);
        Assert.Equal(100_000m, plan.TotalAt(AsOf));
        Assert.Equal(0.6m, plan.ShareBySource(AsOf)[FundingSource.Land]);
        Assert.Equal(0.1m, plan.OwnShareAt(AsOf));
        Assert.Single(plan.EndingWithin(AsOf, 6));
        Assert.Empty(plan.EndingWithin(AsOf, 5));
        Assert.Equal(5, plan.Lines[0].MonthsRemaining(AsOf));
        Assert.Equal(40_000m, plan.TotalAt(new LocalDate(2025, 7, 1)));
    }

    [Fact]
    public void Line_NonPositiveAmount_ThrowsNamingField()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Line(FundingSource.Land, 0));
        Assert.Contains("amountPerYear", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new FundingCategoryRule(0.5m, 0.4m));
    }

    [Property]
    public bool Classify_IsTotal_AndNotClassifiableExactlyWithoutActiveLines(FundingPlan plan)
    {
        var c = FundingCategoryRule.Default.Classify(plan, AsOf);
        return Enum.IsDefined(c) && (c == FundingCategory.NotClassifiable) == (plan.ActiveAt(AsOf).Count == 0);
    }

    [Property]
    public Property Classify_InvariantUnderScaling()
    {
        var factors = Gen.Elements(0.01m, 0.5m, 2m, 3.7m, 1000m).ToArbitrary();
        return Prop.ForAll(Generators.ValidFundingPlan(), factors, (plan, f) =>
            FundingCategoryRule.Default.Classify(plan, AsOf) == FundingCategoryRule.Default.Classify(plan.Scale(f), AsOf));
    }

    [Property]
    public Property AddingOwnFunds_NeverMovesTowardsVoll()
    {
        var own = (from src in Gen.Elements(FundingSource.OwnFunds, FundingSource.Donations)
                   from cents in Gen.Choose(1, 10_000_000)
                   select Line(src, cents / 100m, FundingInstrument.OwnResources)).ToArbitrary();
        return Prop.ForAll(Generators.ValidFundingPlan(), own, (plan, extra) =>
        {
            var before = FundingCategoryRule.Default.Classify(plan, AsOf);
            var after = FundingCategoryRule.Default.Classify(new FundingPlan(plan.Lines.Append(extra)), AsOf);
            return before == FundingCategory.NotClassifiable || after >= before;
        });
    }

    [Property]
    public bool ShareBySource_SumsToOne(FundingPlan plan)
    {
        var shares = plan.ShareBySource(AsOf);
        return shares.Count == 0 || Math.Abs(shares.Values.Sum() - 1m) < 0.000001m;
    }
}
