using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Monitoring;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Tests.Monitoring;

public sealed class CountTrendTests
{
    private static readonly ConfidenceLevel L95 = ConfidenceLevel.Percent95;

    [Fact]
    public void Poisson_ExactDoubling_HasSlopeLn2_AndHandComputedStandardError()
    {
        // y = 10, 20, 40 on n = 100 at t = 0, 1, 2 is fitted exactly: λ(t) = 0.1·2^t, β = ln 2, deviance 0.
        // Fisher information with centred t (−1, 0, 1) and weights μ = (10, 20, 40): S00 = 70, S01 = 30, S11 = 50,
        // Var β = S00/(S00·S11 − S01²) = 70/2600, SE = 0.16408253... (R: glm(y ~ t + offset(log(n)), poisson) gives 0.1641).
        var f = CountTrend.Fit([0, 1, 2], [10, 20, 40], [100, 100, 100], CountFamily.Poisson, L95, DispersionHandling.None)!.Value;
        Assert.Equal(Math.Log(2), f.Slope, 10);
        Assert.Equal(Math.Sqrt(70.0 / 2600), f.StandardError, 10);
        Assert.Equal(0.1, f.FittedAt(0), 10);
        Assert.Equal(1, f.Dispersion);
        Assert.Equal(Math.Log(2) - 1.959963984540054 * f.StandardError, f.SlopeLower, 10);
    }

    [Fact]
    public void Poisson_MatchesIndependentProfileLikelihoodSolution()
    {
        // y = 12, 15, 25, 30; n = 1000, 1100, 1200, 1300; t = 0..3. Computed independently (Python, no GLM code): for
        // each β the MLE of α is log(Σy / Σ n·e^{βt}); the profile score Σ t(y − n·e^{α+βt}) = 0 solved by bisection on
        // [−5, 5] (200 steps) → β = 0.234802123071216; SE from the Fisher information at the solution
        // 0.103261695024451; Pearson χ² = 0.403220226026907 (φ̂ = 0.2016); z = 2.2739, p = 2(1 − Φ(z)) = 0.0229747.
        var f = CountTrend.Fit([0, 1, 2, 3], [12, 15, 25, 30], [1000, 1100, 1200, 1300], CountFamily.Poisson, L95, DispersionHandling.None)!.Value;
        Assert.Equal(0.234802123071216, f.Slope, 9);
        Assert.Equal(0.103261695024451, f.StandardError, 9);
        Assert.Equal(0.022974705195982686, f.PValue, 7);

        // Quasi-Poisson: φ̂ = χ²/(n − 2) < 1 narrows the SE by √φ̂ (R's quasipoisson); the default floors φ at 1 but
        // switches to t with 2 degrees of freedom.
        var quasi = CountTrend.Fit([0, 1, 2, 3], [12, 15, 25, 30], [1000, 1100, 1200, 1300], CountFamily.Poisson, L95, DispersionHandling.Quasi)!.Value;
        Assert.Equal(0.403220226026907 / 2, quasi.Dispersion, 9);
        Assert.Equal(0.103261695024451 * Math.Sqrt(0.403220226026907 / 2), quasi.StandardError, 9);
        var floor = CountTrend.Fit([0, 1, 2, 3], [12, 15, 25, 30], [1000, 1100, 1200, 1300], CountFamily.Poisson, L95)!.Value;
        Assert.Equal(1, floor.Dispersion);
        Assert.Equal(2, floor.DegreesOfFreedom);
        Assert.Equal(0.234802123071216 - 4.302652729911275 * 0.103261695024451, floor.SlopeLower, 7); // t_{0.975, 2} = 4.3027
    }

    [Fact]
    public void Binomial_MatchesIndependentNestedBisectionSolution()
    {
        // x = 5, 9, 12, 20 of n = 50, 55, 60, 62; t = 0..3. Independently (Python): α(β) by bisection of Σ(x − n·p) = 0,
        // then β by bisection of Σ t(x − n·p) = 0 → β = 0.467695339319186, SE 0.161730109392173, χ² = 0.256734419007035.
        var f = CountTrend.Fit([0, 1, 2, 3], [5, 9, 12, 20], [50, 55, 60, 62], CountFamily.Binomial, L95, DispersionHandling.None)!.Value;
        Assert.Equal(0.467695339319186, f.Slope, 8);
        Assert.Equal(0.161730109392173, f.StandardError, 8);
        var q = CountTrend.Fit([0, 1, 2, 3], [5, 9, 12, 20], [50, 55, 60, 62], CountFamily.Binomial, L95, DispersionHandling.Quasi)!.Value;
        Assert.Equal(0.256734419007035 / 2, q.Dispersion, 8);
    }

    [Fact]
    public void NoFit_ForAllZeroCounts_OrTooFewPeriods()
    {
        Assert.Null(CountTrend.Fit([0, 1, 2], [0, 0, 0], [100, 100, 100], CountFamily.Poisson, L95));
        Assert.Null(CountTrend.Fit([0, 1, 2], [5, double.NaN, double.NaN], [100, 100, 100], CountFamily.Poisson, L95));
        Assert.Null(CountTrend.Fit([0, 1], [100, 100], [100, 100], CountFamily.Binomial, L95));
        Assert.Throws<ArgumentException>(() => CountTrend.Fit([0, 1], [101, 5], [100, 100], CountFamily.Binomial, L95));
    }

    [Property(MaxTest = 100)]
    public Property SlopeIsInvariantToTheTimeOrigin(PositiveInt a, PositiveInt b, PositiveInt c, int shift)
    {
        double[] x = [a.Get % 500, b.Get % 500 + 1, c.Get % 500];
        double[] n = [1000, 1000, 1000];
        var f0 = CountTrend.Fit([0, 1, 2], x, n, CountFamily.Poisson, L95);
        var s = shift % 100;
        var f1 = CountTrend.Fit([s, s + 1, s + 2], x, n, CountFamily.Poisson, L95);
        return (f0 is null == f1 is null && (f0 is null || Math.Abs(f0.Value.Slope - f1!.Value.Slope) < 1e-9 && Math.Abs(f0.Value.StandardError - f1.Value.StandardError) < 1e-9)).Label("slope and SE do not depend on the time origin");
    }
}

public sealed class SocialMonitoringTests
{
    private static readonly SpaceId K = new("05970000");
    private static readonly SpaceId Big = new("big");
    private static readonly SpaceId Tiny = new("tiny");

    private static Region Region() => new([
        new SocialSpace(K, "Kreis", SpaceLevel.County),
        new SocialSpace(Big, "Große Stadt", SpaceLevel.Municipality, K),
        new SocialSpace(Tiny, "Kleines Dorf", SpaceLevel.Municipality, K),
    ]);

    private static LocalDate Y(int year) => new(year, 12, 31);

    /// <summary>Six years 2019–2024 of sgb2_quote counts for the big and the tiny space.</summary>
    private static MonitoringPanel Panel(double[] big, double bigDen, double[] tiny, double tinyDen, string id = "sgb2_quote")
    {
        var records = new List<IndicatorRecord>();
        for (var k = 0; k < big.Length; k++)
        {
            records.Add(new IndicatorRecord(Big, id, Y(2019 + k), Observation.Of(big[k]), Observation.Of(bigDen)));
            records.Add(new IndicatorRecord(Tiny, id, Y(2019 + k), Observation.Of(tiny[k]), Observation.Of(tinyDen)));
        }
        return MonitoringPanel.FromRecords(records, Region());
    }

    private static MonitoringResult Run(MonitoringPanel p, MonitoringOptions? o = null) => SocialMonitoring.Run(p, o);

    [Fact]
    public void FlatSeries_RaisesNoTrendFlag_AndIsStableInTheLargeSpace()
    {
        var r = Run(Panel([8000, 8000, 8000, 8000, 8000, 8000], 100_000, [8, 8, 8, 8, 8, 8], 100));
        Assert.DoesNotContain(r.Warnings, w => w.Rule.Kind == WarningRuleKind.WorseningTrend);
        var big = r.Trends.First(t => t.Space == Big && t.From == Y(2019));
        Assert.Equal(TrendDirection.Stable, big.Direction);
        Assert.Equal(0, big.Slope, 9);
        Assert.Equal(TrendDirection.Uncertain, r.Trends.First(t => t.Space == Tiny && t.From == Y(2019)).Direction);
    }

    [Fact]
    public void Doubling_InALargeSpace_RaisesAHighCertaintyTrendFlag()
    {
        // 4 % → 8 % over five years (×2^(1/5) per year) in 100,000 inhabitants.
        var big = Enumerable.Range(0, 6).Select(k => Math.Round(4000 * Math.Pow(2, k / 5.0))).ToArray();
        var r = Run(Panel(big, 100_000, [4, 4, 5, 4, 4, 4], 100));
        var w = Assert.Single(r.Warnings, w => w.Rule.Kind == WarningRuleKind.WorseningTrend);
        Assert.Equal(Big, w.Space);
        Assert.Equal(WarningCertainty.High, w.Certainty);
        Assert.True(w.Lower > w.Reference && w.Reference > 0);
        var row = r.Trends.First(t => t.Space == Big && t.From == Y(2019));
        Assert.Equal(TrendDirection.Rising, row.Direction);
        Assert.Equal(TrendMethod.Binomial, row.Method);
        Assert.Equal(4.0, row.Change.Value, 9); // 8 % − 4 % in percentage points
        // Slope at the centre ≈ β·p(1 − p)·100 with β ≈ ln 2 / 5 /(1 − p): about 0.8 pp per year.
        Assert.InRange(row.Slope, 0.7, 0.9);
        // The 1-, 3- and 5-year rows exist (the 5-year window is the whole window and is not repeated).
        Assert.Equal([Y(2019), Y(2023), Y(2021)], r.Trends.Where(t => t.Space == Big).Select(t => t.From).ToArray());
    }

    [Fact]
    public void Noise_InATinySpace_RaisesNoFlag()
    {
        // 100 inhabitants, counts 2, 5, 3, 7, 4, 9: the share looks as if it had quadrupled, but the interval is wide.
        var r = Run(Panel([8000, 8010, 7990, 8005, 7995, 8000], 100_000, [2, 5, 3, 7, 4, 9], 100));
        Assert.DoesNotContain(r.Warnings, w => w.Space == Tiny);
        Assert.NotEqual(TrendDirection.Rising, r.Trends.First(t => t.Space == Tiny && t.From == Y(2019)).Direction);
    }

    [Fact]
    public void TinyDrift_InAHugeSpace_IsSignificantButStable()
    {
        // +0.5 % of the level per year in 10 million: significant, but below the 2 % per year relevance threshold.
        var big = Enumerable.Range(0, 6).Select(k => Math.Round(800_000 * Math.Pow(1.005, k))).ToArray();
        var r = Run(Panel(big, 10_000_000, [8, 8, 8, 8, 8, 8], 100));
        var row = r.Trends.First(t => t.Space == Big && t.From == Y(2019));
        Assert.True(row.PValue < 0.01);
        Assert.Equal(TrendDirection.Stable, row.Direction);
        Assert.DoesNotContain(r.Warnings, w => w.Rule.Kind == WarningRuleKind.WorseningTrend);
        // A lower relevance threshold turns it into a flag.
        var strict = Run(Panel(big, 10_000_000, [8, 8, 8, 8, 8, 8], 100), new MonitoringOptions { MinimumRelativeChangePerYear = 0.001 });
        Assert.Contains(strict.Warnings, w => w.Rule.Kind == WarningRuleKind.WorseningTrend && w.Space == Big);
    }

    [Fact]
    public void County_IsAggregated_AndNeverFlagged()
    {
        var big = Enumerable.Range(0, 6).Select(k => Math.Round(4000 * Math.Pow(2, k / 5.0))).ToArray();
        var r = Run(Panel(big, 100_000, [4, 4, 5, 4, 4, 4], 100));
        var county = r.Series.Single(p => p.Space == K && p.Period == Y(2024));
        Assert.Equal((big[5] + 4) / 100_100 * 100, county.Value.Value, 10);
        Assert.Equal(ReferenceArea.County, county.Area);
        Assert.True(county.Lower < county.Value.Value && county.Value.Value < county.Upper);
        Assert.Contains(r.Trends, t => t.Space == K && t.IsReference && t.Direction == TrendDirection.Rising);
        Assert.DoesNotContain(r.Warnings, w => w.Space == K);
    }

    [Fact]
    public void ThresholdCrossing_NeedsTheWholeIntervalPastTheThreshold()
    {
        // Big: 9.0, 9.5, 9.9, 10.05, 10.3, 10.6 % of 100,000; threshold 10 %: 10.05 % has an interval reaching below
        // 10 % (±0.19 pp), 10.3 % does not → the crossing is at 2023.
        double[] big = [9000, 9500, 9900, 10050, 10300, 10600];
        var options = new MonitoringOptions { Rules = [WarningRule.FixedThreshold("sgb2_quote", 10)] };
        var r = Run(Panel(big, 100_000, [8, 8, 8, 8, 8, 8], 100), options);
        var w = Assert.Single(r.Warnings);
        Assert.Equal(Y(2023), w.Period);
        Assert.Equal(Y(2022), w.From);
        Assert.Equal(10.3, w.Value, 10);
        Assert.Equal(10, w.Reference);
        Assert.True(w.Lower > 10);
    }

    [Fact]
    public void WideningGap_ToTheCounty_IsFlagged_ButNotAGapThatNarrows()
    {
        // The tiny-but-not-that-tiny space (10,000) rises from 8 % to 12 %, the big one stays at 8 %.
        var r = Run(Panel([8000, 8000, 8000, 8000, 8000, 8000], 100_000, [800, 880, 960, 1040, 1120, 1200], 10_000),
            new MonitoringOptions { Rules = [WarningRule.WideningGap(ReferenceArea.County)] });
        var w = Assert.Single(r.Warnings);
        Assert.Equal(Tiny, w.Space);
        Assert.Equal("gap_county", w.Rule.Code);
        Assert.True(w.Value > w.Reference && w.Lower > 0);
        var narrowing = Run(Panel([8000, 8000, 8000, 8000, 8000, 8000], 100_000, [1200, 1120, 1040, 960, 880, 800], 10_000),
            new MonitoringOptions { Rules = [WarningRule.WideningGap(ReferenceArea.County)] });
        Assert.Empty(narrowing.Warnings);
    }

    [Fact]
    public void ReportedSeriesBreak_AndAStatisticalJump_AreFlagged()
    {
        var records = new List<IndicatorRecord>();
        double[] jump = [8000, 8050, 8100, 8150, 10000, 10050];
        for (var k = 0; k < 6; k++)
        {
            records.Add(new IndicatorRecord(Big, "sgb2_quote", Y(2019 + k), Observation.Of(jump[k]), Observation.Of(100_000)));
            var status = k == 3 ? ValueStatus.SeriesBreak : ValueStatus.Exact;
            records.Add(new IndicatorRecord(Tiny, "sgb2_quote", Y(2019 + k), new Observation(8, status), Observation.Of(100)));
        }
        var r = Run(MonitoringPanel.FromRecords(records, Region()), new MonitoringOptions { Rules = [WarningRule.SeriesBreak()] });
        var reported = Assert.Single(r.Warnings, w => w.Space == Tiny);
        Assert.Equal(WarningCertainty.Reported, reported.Certainty);
        Assert.Equal(Y(2022), reported.Period);
        var stat = Assert.Single(r.Warnings, w => w.Space == Big);
        Assert.Equal(Y(2023), stat.Period);
        Assert.Equal(WarningCertainty.High, stat.Certainty);
        Assert.InRange(stat.Reference, 8.1, 8.3);
    }

    [Fact]
    public void ReferenceValues_ShowBesideTheSpaces_OnlyWithinTheWindow()
    {
        var refs = new[] { new ReferenceValue("sgb2_quote", ReferenceArea.Nrw, Y(2020), 11.2, "Testquelle"), new ReferenceValue("sgb2_quote", ReferenceArea.Germany, Y(2010), 9, "Testquelle") };
        var r = Run(Panel([8, 8, 8, 8, 8, 8], 100, [8, 8, 8, 8, 8, 8], 100), new MonitoringOptions { References = refs, FromYear = 2019 });
        var nrw = Assert.Single(r.Series, p => p.Area == ReferenceArea.Nrw);
        Assert.Equal("nrw", nrw.SeriesId);
        Assert.False(nrw.HasInterval);
        Assert.DoesNotContain(r.Series, p => p.Area == ReferenceArea.Germany);
        Assert.Throws<ArgumentException>(() => new ReferenceValue("x", ReferenceArea.County, Y(2020), 1, "s"));
        Assert.Throws<ArgumentException>(() => new ReferenceValue("x", ReferenceArea.Nrw, Y(2020), 1, " "));
    }

    [Fact]
    public void Window_FromAndTo_RestrictThePeriods()
    {
        var r = Run(Panel([8, 8, 8, 8, 8, 8], 100, [8, 8, 8, 8, 8, 8], 100), new MonitoringOptions { FromYear = 2020, ToYear = 2022 });
        Assert.Equal([Y(2020), Y(2021), Y(2022)], r.Periods.ToArray());
        Assert.All(r.Series, p => Assert.InRange(p.Period.Year, 2020, 2022));
        Assert.Throws<ArgumentException>(() => Run(Panel([8, 8, 8, 8, 8, 8], 100, [8, 8, 8, 8, 8, 8], 100), new MonitoringOptions { FromYear = 2030 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MonitoringOptions { MinimumRelativeChangePerYear = -0.1 });
    }

    [Property(MaxTest = 60)]
    public Property ConstantShare_NeverRaisesAnyFlag(PositiveInt denominator, PositiveInt permille)
    {
        var n = denominator.Get % 1_000_000 + 50;
        var share = (permille.Get % 999 + 1) / 1000.0;
        var x = Math.Round(share * n);
        var counts = Enumerable.Repeat(x, 6).ToArray();
        var r = Run(Panel(counts, n, counts, n));
        return (r.Warnings.Count == 0).Label($"n = {n}, x = {x}: {string.Join("; ", r.Warnings)}");
    }

    [Fact]
    public void Sample_HasSixYearsOfIllustrativeSeries_AndGisdAsARealSeries()
    {
        var r = SocialMonitoring.Run(global::Sozialindikatoren.Samples.SiegenWittgenstein.Load());
        Assert.True(r.HasIllustrativeFigures);
        var sgb2 = r.Series.Where(p => p.IndicatorId == "sgb2_quote" && p.Space == K).Select(p => p.Period.Year).ToArray();
        Assert.Equal([2019, 2020, 2021, 2022, 2023, 2024], sgb2);
        Assert.Equal(24, r.Series.Count(p => p.IndicatorId == "gisd_bund_kreis" && p.Space == K));
        Assert.All(r.Trends.Where(t => t.IndicatorId.StartsWith("gisd", StringComparison.Ordinal) && t.Direction != TrendDirection.Insufficient),
            t => Assert.Equal(TrendMethod.LeastSquares, t.Method));
        Assert.DoesNotContain(r.Warnings, w => w.Space == K);
        // The county's Mindestsicherungsquote 2024 stays at its sourced anchor 8.5 %.
        Assert.InRange(r.Series.Single(p => p.IndicatorId == "mindestsicherungsquote" && p.Space == K && p.Period.Year == 2024).Value.Value, 8.4, 8.6);
    }
}
