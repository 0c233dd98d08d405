using System.Text;
using System.Text.Json;
using NodaTime;
using Sozialindikatoren.Cli;
using Sozialindikatoren.Common;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;
using X = Sozialindikatoren.Access;
using static Sozialindikatoren.Tests.Cli.CliRun;

namespace Sozialindikatoren.Tests.Cli;

/// <summary>Issue #16.4–16.6: impossible values are errors, nothing is dropped in silence (warnings printed and in the
/// result files), no NaN/Infinity or class 0 in machine output, the no-access rule of the accessibility measures.</summary>
public sealed class ReliabilityTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("reliability-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // ---------------------------------------------------------------- plausible ranges

    [Theory]
    [InlineData(1_000_000, true)]
    [InlineData(1_000_000.5, false)]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    [InlineData(double.NaN, false)]
    [InlineData(double.PositiveInfinity, false)]
    public void Capacity_Range(double amount, bool ok) => Assert.Equal(ok, PlausibleRange.CheckCapacity(amount) is null);

    [Fact]
    public void Ranges_AtTheirLimits()
    {
        Assert.Null(PlausibleRange.CheckAmount(1_000_000_000_000m));
        Assert.NotNull(PlausibleRange.CheckAmount(1_000_000_000_000.01m));
        Assert.NotNull(PlausibleRange.CheckAmount(79_000_000_000_000_000_000_000_000_000m));
        Assert.Null(PlausibleRange.CheckPopulation(100_000_000));
        Assert.NotNull(PlausibleRange.CheckPopulation(100_000_001));
        Assert.Null(PlausibleRange.CheckCount(1e12));
        Assert.NotNull(PlausibleRange.CheckCount(1.0000001e12));
        Assert.Null(PlausibleRange.CheckArea(357_600));
        Assert.NotNull(PlausibleRange.CheckArea(0));
        Assert.NotNull(PlausibleRange.CheckArea(400_001));
        Assert.Null(PlausibleRange.CheckMagnitude(-1e15));
        Assert.NotNull(PlausibleRange.CheckMagnitude(-1.1e15));
        Assert.StartsWith("beyond", PlausibleRange.CheckMagnitude(-1.1e15), StringComparison.Ordinal);
        Assert.NotNull(PlausibleRange.CheckTravelCost(1e308));
    }

    [Fact]
    public void DomainConstructors_RefuseImpossibleValues_NamingTheField()
    {
        var plan = new FundingPlan([]);
        var e1 = Assert.Throws<ArgumentOutOfRangeException>(() => new Offering("o", "O", ServiceDomain.Schulden, "p", new SpaceId("a"), new Capacity(1e308, CapacityUnit.FullTimeEquivalents), Obligation.Voluntary, plan));
        Assert.Equal(("capacity", 1e308), (e1.ParamName, e1.ActualValue));
        var period = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
        var e2 = Assert.Throws<ArgumentOutOfRangeException>(() => new FundingLine(FundingSource.Land, "P", FundingInstrument.FixedAmount, 7.9e28m, period));
        Assert.Equal("amountPerYear", e2.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Population(new LocalDate(2024, 12, 31), [new(AgeBand.All, 1_000_000_000_000)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SocialSpace(new SpaceId("a"), "A", SpaceLevel.Municipality, areaKm2: 1e9));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProviderStatement("o", new LocalDate(2025, 1, 1), 0.1, "t", new LocalDate(2024, 1, 1), 7.9e28m));
    }

    [Fact]
    public void IndicatorRecord_AShareCannotHaveMoreCasesThanItsDenominator_ButARatePerThousandOfEventsMay()
    {
        var d = new LocalDate(2024, 12, 31);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new IndicatorRecord(new SpaceId("a"), "sgb2_quote", d, Observation.Of(90_000), Observation.Of(80_000)));
        Assert.Equal("numerator", e.ParamName);
        Assert.Contains("share", e.Message, StringComparison.Ordinal);
        Assert.True(IndicatorCatalogue.Standard.TryGet("hze_eckwert", out var hze) && !hze.IsPercentage);
        _ = new IndicatorRecord(new SpaceId("a"), "hze_eckwert", d, Observation.Of(120), Observation.Of(100)); // not a share: allowed
        _ = new IndicatorRecord(new SpaceId("a"), "sgb2_quote", d, Observation.Of(0), Observation.Of(0));      // 0 of 0: no rate
        Assert.Throws<ArgumentOutOfRangeException>(() => new IndicatorRecord(new SpaceId("a"), "sgb2_quote", d, Observation.Of(3), Observation.Of(0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IndicatorRecord(new SpaceId("a"), "gisd_nrw_gemeinde", d, Observation.Of(1e300)));
    }

    // ---------------------------------------------------------------- nothing dropped in silence

    private const string Scenario = """
        { "format": "sozialindikatoren/cut-scenario", "version": 1, "name": "S",
          "lines": [ { "label": "Tippfehler", "source": "land", "programmes": [ "Schuldnerbertaung" ], "percent": 50, "effectiveFrom": "2025-01-01", "status": "sourced" } ] }
        """;

    [Fact]
    public void AScenarioLineThatCutsNothing_IsAWarning_OnStderr_InSummaryJson_AndInResultJson()
    {
        var s = InputCorpus.Write(_dir, "s.json", Scenario);
        var cuts = Run("cuts", "--scenario", s, "--draws", "0", "--out", Path.Combine(_dir, "cuts"));
        Assert.Equal(0, cuts.Code);
        Assert.Contains("warning: scenario 'S': lines[0] 'Tippfehler' (programmes), value 'Schuldnerbertaung'", cuts.Err, StringComparison.Ordinal);
        var report = Run("report", "--scenario", s, "--draws", "0", "--out", Path.Combine(_dir, "report"));
        Assert.Equal(0, report.Code);
        foreach (var file in new[] { Path.Combine(_dir, "cuts", "summary.json"), Path.Combine(_dir, "report", "result.json") })
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var w = Assert.Single(json.RootElement.GetProperty("warnings").EnumerateArray());
            Assert.Equal("warning", w.GetProperty("severity").GetString());
            Assert.Equal("programmes", w.GetProperty("field").GetString());
            Assert.Equal("Schuldnerbertaung", w.GetProperty("value").GetString());
            Assert.Contains("cuts nothing", w.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheSampleWithAPreset_HasAnEmptyWarningsArray()
    {
        var cuts = Run("cuts", "--draws", "0", "--out", Path.Combine(_dir, "cuts"));
        Assert.Equal(0, cuts.Code);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "cuts", "summary.json")));
        Assert.Equal(0, json.RootElement.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public void ReadingWarnings_ReachTheResultFile()
    {
        var data = InputCorpus.Folder(_dir, "spaces.csv", InputCorpus.Spaces.Replace("area_km2\n", "area_km2,farbe\n", StringComparison.Ordinal));
        var cuts = Run("cuts", "--data", data, "--scenario", "none", "--draws", "0", "--out", Path.Combine(_dir, "out"));
        Assert.True(cuts.Code == 0, cuts.Err);
        var summary = File.ReadAllText(Path.Combine(_dir, "out", "summary.json"));
        Assert.Contains("\"field\": \"farbe\"", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("read as UTF-8", summary, StringComparison.Ordinal); // notes stay on stderr
    }

    [Fact]
    public void OfficialTable_KeysWithoutTheLeadingZero_ArePadded_WithANote()
    {
        var d = InputCorpus.Folder(_dir);
        var table = File.ReadAllText(InputCorpus.GenesisFile("12411-01-01-4_gemeinden_latin1.csv"), CodePagesEncodingProvider.Instance.GetEncoding(1252)!)
            .Replace("\n05970", "\n5970", StringComparison.Ordinal);
        InputCorpus.Write(d, "indicators/bev.csv", table);
        var notes = new List<DataProblem>();
        var data = global::Sozialindikatoren.Data.PlanningDataSource.Load(d, null, notes);
        Assert.Contains(data.Indicators, r => r.Space == new SpaceId("05970040") && r.IndicatorId.StartsWith("bev", StringComparison.Ordinal));
        var note = Assert.Single(notes, n => n.Source == "bev.csv");
        Assert.Equal(ProblemSeverity.Warning, note.Severity);
        Assert.Contains("leading zero", note.Message, StringComparison.Ordinal);
        // Issue #16.5: the padding is written to the result file's warnings, not only printed.
        var report = Run("report", "--data", d, "--scenario", "none", "--draws", "0", "--out", Path.Combine(_dir, "report"));
        Assert.True(report.Code == 0, report.Err);
        Assert.Contains("leading zero", report.Err, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "report", "result.json")));
        var w = Assert.Single(json.RootElement.GetProperty("warnings").EnumerateArray(), e => e.GetProperty("source").GetString() == "bev.csv");
        Assert.Equal(("warning", "key"), (w.GetProperty("severity").GetString(), w.GetProperty("field").GetString()));
        Assert.Contains("leading zero", w.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CrossReferenceProblemsOfAFolder_NameFileAndPhysicalLine()
    {
        var d = InputCorpus.Folder(_dir, "indicators.csv", "space_id,indicator,date,value\n\"05970040\",x,2024,1\n05970999,x,2024,2\n");
        var ex = Assert.Throws<DataProblemException>(() => global::Sozialindikatoren.Data.PlanningDataSource.Load(d, null, null));
        var p = Assert.Single(ex.Problems);
        Assert.Equal(("indicators.csv", 3, "space", "05970999"), (p.Source, p.Line, p.Field, p.Value));
    }

    [Fact]
    public void Index_AllMissingColumn_IsAWarning_AndAllZeroWeights_AnError()
    {
        var meta = InputCorpus.Write(_dir, "m.csv", InputCorpus.IndexMeta);
        var missing = Run("index", "--data", InputCorpus.Write(_dir, "d.csv", "uCode,I1,I2\nA,1,\nB,2,\nC,3,\n"), "--meta", meta);
        Assert.Equal(0, missing.Code);
        Assert.Contains("warning: d.csv, column 3 (I2), value '': every value of this indicator is missing", missing.Err, StringComparison.Ordinal);
        var zero = Run("index", "--data", InputCorpus.Write(_dir, "d2.csv", InputCorpus.IndexData), "--meta",
            InputCorpus.Write(_dir, "m0.csv", InputCorpus.IndexMeta.Replace(",1,Indicator", ",0,Indicator", StringComparison.Ordinal)));
        Assert.Equal(1, zero.Code);
        Assert.Contains("m0.csv, line 2 (Weight), value '0': every child of 'Index' (I1, I2) has weight 0", zero.Err, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- machine output

    [Fact]
    public void NoMachineOutputOfTheSample_HoldsNaNInfinityOrClassZero()
    {
        Assert.Equal(0, Run("report", "--draws", "50", "--budget", "50000", "--out", Path.Combine(_dir, "report")).Code);
        Assert.Equal(0, Run("cuts", "--draws", "50", "--budget", "50000", "--out", Path.Combine(_dir, "cuts")).Code);
        Assert.Equal(0, Run("monitor", "--out", Path.Combine(_dir, "monitor")).Code);
        Assert.Equal(0, Run("gaps", "--out", Path.Combine(_dir, "gaps.csv")).Code);
        var d = InputCorpus.Write(_dir, "demand.csv", InputCorpus.Demand + "C,7\n");
        var s = InputCorpus.Write(_dir, "supply.csv", InputCorpus.Supply);
        var c = InputCorpus.Write(_dir, "costs.csv", InputCorpus.Costs);
        foreach (var m in new[] { "2sfca", "3sfca", "m2sfca", "bfca", "hansen", "cumulative", "closest", "balancing", "huff", "allocation" })
            Assert.Equal(0, Run("access", "--demand", d, "--supply", s, "--costs", c, "--method", m, "--out", Path.Combine(_dir, "access-" + m + ".csv")).Code);
        Assert.Equal(0, Run("index", "--data", InputCorpus.Write(_dir, "i.csv", InputCorpus.IndexData), "--meta", InputCorpus.Write(_dir, "im.csv", InputCorpus.IndexMeta),
            "--out", Path.Combine(_dir, "index.csv"), "--stages", Path.Combine(_dir, "stages")).Code);
        Assert.Equal(0, Run("rates", "--input", InputCorpus.Write(_dir, "r.csv", InputCorpus.Rates), "--out", Path.Combine(_dir, "rates.csv")).Code);
        var files = Directory.EnumerateFiles(_dir, "*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
                        && (f.Contains("report", StringComparison.Ordinal) || f.Contains("cuts", StringComparison.Ordinal) || f.Contains("monitor", StringComparison.Ordinal)
                            || f.Contains("stages", StringComparison.Ordinal) || Path.GetFileName(f) is "gaps.csv" or "index.csv" or "rates.csv" || Path.GetFileName(f).StartsWith("access-", StringComparison.Ordinal)))
            .ToArray();
        Assert.True(files.Length >= 30, files.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var f in files)
        {
            var text = File.ReadAllText(f);
            foreach (var bad in new[] { "NaN", "Infinity", "∞" })
                Assert.False(text.Contains(bad, StringComparison.Ordinal), $"{f}: contains {bad}");
        }
        // No class 0 for "no class": the social index CSV leaves the cell empty, result.json writes null.
        var index = File.ReadAllLines(Path.Combine(_dir, "report", "sozialindex.csv")).Skip(1).Select(l => l.Split(',')[^4]);
        Assert.DoesNotContain("0", index);
    }

    [Fact]
    public void NoAccess_RatioMeasuresFollowThePolicy_CumulativeCountsZero()
    {
        var costs = X.TravelCosts.FromPairs(["A", "B"], ["X"], [("A", "X", 5.0)]);
        double[] demand = [10, 5];
        double[] capacity = [4];
        var nan = new X.AccessOptions(noAccess: X.NoAccessPolicy.NaN);
        var zero = new X.AccessOptions(noAccess: X.NoAccessPolicy.Zero);
        var binary = X.DecayFunction.Binary();
        foreach (var (name, f) in new (string, Func<X.AccessOptions, X.AccessibilityResult>)[]
        {
            ("2sfca", o => X.Accessibility.TwoStep(costs, demand, capacity, binary, o)),
            ("m2sfca", o => X.Accessibility.ModifiedTwoStep(costs, demand, capacity, binary, o)),
            ("3sfca", o => X.Accessibility.ThreeStep(costs, demand, capacity, binary, X.SelectionScope.Catchment, o)),
            ("hansen", o => X.Accessibility.Hansen(costs, capacity, binary, o)),
        })
        {
            Assert.True(double.IsNaN(f(nan).Values[1]), name);
            Assert.Equal(0, f(zero).Values[1]);
        }
        Assert.Equal(0, X.Accessibility.Cumulative(costs, capacity, 10, nan).Values[1]);
        Assert.Equal(0, X.Accessibility.Cumulative(costs, capacity, 10, zero).Values[1]);
        Assert.Equal(4, X.Accessibility.Cumulative(costs, capacity, 10, nan).Values[0]);
    }
}
