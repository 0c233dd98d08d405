using System.Reflection;
using Sozialindikatoren.Access;
using Sozialindikatoren.Analysis;
using Sozialindikatoren.Composite;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Data;
using Sozialindikatoren.Data.Csv;
using Sozialindikatoren.FollowUpCosts;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Monitoring;
using Sozialindikatoren.Reporting;
using Sozialindikatoren.Statistics;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Tests.Architecture;

/// <summary>
/// Issue 11.8: every public <c>*Options</c> type of the library rejects invalid values at once — in its constructor or
/// init accessor, or in the one <c>Validate()</c> its entry points call. The list is checked against the assembly, so a
/// new options type fails this test until it gets an invalid case here.
/// </summary>
public sealed class OptionsValidationTests
{
    /// <summary>Per options type: building (and, for Validate() types, validating) an invalid instance.</summary>
    private static readonly Dictionary<Type, Action> Invalid = new()
    {
        [typeof(AccessOptions)] = () => _ = new AccessOptions(radius: -1),
        [typeof(AccessSupplyOptions)] = () => _ = new AccessSupplyOptions(radiusMinutes: 0),
        [typeof(GapOptions)] = () => _ = new GapOptions(supply: (SupplyMode)99),
        [typeof(CutOptions)] = () => new CutOptions { Draws = -1 }.Validate(),
        [typeof(FundingRiskOptions)] = () => new FundingRiskOptions { HorizonMonths = 0 }.Validate(),
        [typeof(ProviderResponseOptions)] = () => new ProviderResponseOptions { CoFinancingFailureShare = 2 }.Validate(),
        [typeof(RescueOptions)] = () => new RescueOptions { Step = 0 }.Validate(),
        [typeof(PlanningAnalysisOptions)] = () => _ = new PlanningAnalysisOptions(budgetPerYear: -1),
        [typeof(MonitoringOptions)] = () => _ = new MonitoringOptions { FromYear = 1 },
        [typeof(DisclosureOptions)] = () => _ = new DisclosureOptions(minimumCount: 0),
        [typeof(CommitteeReportOptions)] = () => new CommitteeReportOptions { Language = (Language)99 }.Validate(),
        [typeof(CompositeOptions)] = () => _ = new CompositeOptions { DenominationScale = 0 },
        [typeof(TreatmentOptions)] = () => _ = new TreatmentOptions(skewThreshold: 0),
        [typeof(SocialIndexOptions)] = () => _ = new SocialIndexOptions([]),
        [typeof(FollowUpCostOptions)] = () => new FollowUpCostOptions { HorizonYears = 0 }.Validate(),
        [typeof(CsvReadOptions)] = () => _ = new CsvReadOptions { MaxInputBytes = 0 },
        [typeof(DataLoadOptions)] = () => _ = new DataLoadOptions { PopulationTolerance = 2 },
    };

    [Fact]
    public void EveryPublicOptionsType_HasAnInvalidCase()
    {
        var options = typeof(PlanningAnalysis).Assembly.GetExportedTypes()
            .Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal) && !t.IsEnum && !t.IsInterface)
            .OrderBy(t => t.FullName, StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(options);
        Assert.Empty(options.Where(t => !Invalid.ContainsKey(t)).Select(t => t.FullName));
    }

    public static TheoryData<string> Types() => [.. Invalid.Keys.Select(t => t.FullName!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Types))]
    public void InvalidOptions_Throw(string type)
    {
        var build = Invalid.Single(kv => kv.Key.FullName == type).Value;
        Assert.ThrowsAny<ArgumentException>(build);
    }

    [Fact]
    public void CsvReadOptions_RejectsUnknownCodesAndNonPositiveLimits()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CsvReadOptions { MaxInputBytes = -5 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new CsvReadOptions { Encoding = (CsvEncoding)9 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new CsvReadOptions { NumberFormat = (CsvNumberFormat)9 });
        Assert.Equal(1, new CsvReadOptions { MaxInputBytes = 1 }.MaxInputBytes);
    }

    [Fact]
    public void DataLoadOptions_RejectsNullCsvAndNaNTolerance()
    {
        Assert.Throws<ArgumentNullException>(() => new DataLoadOptions { Csv = null! });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DataLoadOptions { PopulationTolerance = double.NaN });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DataLoadOptions { PopulationTolerance = -0.1 });
        Assert.Equal(1, new DataLoadOptions { PopulationTolerance = 1 }.PopulationTolerance);
    }
}
