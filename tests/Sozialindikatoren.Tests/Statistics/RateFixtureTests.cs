using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Tests.Statistics;

/// <summary>Every expected value of TestData/rates (R 4.2.2 base functions) reproduced to ≤ 1e-9 relative.</summary>
public class RateFixtureTests
{
    private static readonly ConfidenceLevel L95 = ConfidenceLevel.Percent95;
    private static readonly ConfidenceLevel L998 = ConfidenceLevel.Percent998;

    [Fact]
    public void ConfidenceLevel_CriticalValues_MatchReadme()
    {
        FixtureCsv.Close(L95.Z, 1.959963984540054, "z 95", 1e-15);
        FixtureCsv.Close(L998.Z, 3.090232306167813, "z 99.8", 1e-15);
    }

    [Fact]
    public void Proportions_Wilson_ReproducesFixture()
    {
        var rows = FixtureCsv.Read("proportions.csv");
        Assert.Equal(40, rows.Count);
        foreach (var r in rows)
        {
            var id = r["id"];
            long x = r.L("count");
            double n = r.D("denominator");
            var a = Proportions.Wilson(x, n, L95);
            var b = Proportions.Wilson(x, n, L998);
            FixtureCsv.Close(a.Estimate, r.D("value"), id + " value");
            FixtureCsv.Close(a.Lower, r.D("wilson95_lower"), id + " lower95");
            FixtureCsv.Close(a.Upper, r.D("wilson95_upper"), id + " upper95");
            FixtureCsv.Close(b.Lower, r.D("wilson998_lower"), id + " lower998");
            FixtureCsv.Close(b.Upper, r.D("wilson998_upper"), id + " upper998");
            Assert.Equal(IntervalMethod.Wilson, a.Method);
        }
    }

    [Fact]
    public void Proportions_WilsonBatch_EqualsScalar()
    {
        var rows = FixtureCsv.Read("proportions.csv");
        var counts = rows.Select(r => r.L("count")).ToArray();
        var dens = rows.Select(r => r.D("denominator")).ToArray();
        var v = new double[rows.Count];
        var lo = new double[rows.Count];
        var hi = new double[rows.Count];
        Proportions.Wilson(counts, dens, L998, v, lo, hi);
        for (var i = 0; i < rows.Count; i++)
        {
            var s = Proportions.Wilson(counts[i], dens[i], L998);
            Assert.Equal(s.Estimate, v[i]);
            Assert.Equal(s.Lower, lo[i]);
            Assert.Equal(s.Upper, hi[i]);
        }
    }

    [Fact]
    public void Rates_AutoRule_ReproducesFixture()
    {
        var rows = FixtureCsv.Read("rates.csv");
        Assert.Equal(40, rows.Count);
        foreach (var r in rows)
        {
            var id = r["id"];
            long x = r.L("count");
            double n = r.D("denominator"), per = r.D("per");
            var a = Rates.Auto(x, n, L95, per);
            var b = Rates.Auto(x, n, L998, per);
            var expectedMethod = r["method"] == "exact" ? IntervalMethod.ExactPoisson : IntervalMethod.Byar;
            Assert.Equal(expectedMethod, a.Method);
            Assert.Equal(r["method"], a.Method.ToCode());
            FixtureCsv.Close(a.Estimate, r.D("value"), id + " value");
            FixtureCsv.Close(a.Lower, r.D("lower95"), id + " lower95");
            FixtureCsv.Close(a.Upper, r.D("upper95"), id + " upper95");
            FixtureCsv.Close(b.Lower, r.D("lower998"), id + " lower998");
            FixtureCsv.Close(b.Upper, r.D("upper998"), id + " upper998");
        }
    }

    [Fact]
    public void Rates_ExactAndByar_ForEveryRow_ReproduceFixture()
    {
        foreach (var r in FixtureCsv.Read("rates.csv"))
        {
            var id = r["id"];
            long x = r.L("count");
            double n = r.D("denominator"), per = r.D("per");
            var e = Rates.Exact(x, n, L95, per);
            var y = Rates.Byar(x, n, L95, per);
            FixtureCsv.Close(e.Lower, r.D("exact_lower95"), id + " exact lower");
            FixtureCsv.Close(e.Upper, r.D("exact_upper95"), id + " exact upper");
            FixtureCsv.Close(y.Upper, r.D("byar_upper95"), id + " byar upper");
            if (r["byar_lower95"].Length == 0)
            {
                Assert.Equal(0, x);
                Assert.Equal(0, y.Lower); // undefined for x = 0: reported as 0
            }
            else
            {
                FixtureCsv.Close(y.Lower, r.D("byar_lower95"), id + " byar lower");
            }
        }
    }

    [Fact]
    public void Rates_Batch_EqualsScalar_ForAllMethods()
    {
        var rows = FixtureCsv.Read("rates.csv");
        var counts = rows.Select(r => r.L("count")).ToArray();
        var dens = rows.Select(r => r.D("denominator")).ToArray();
        foreach (var method in new[] { IntervalMethod.Auto, IntervalMethod.ExactPoisson, IntervalMethod.Byar })
        {
            var v = new double[rows.Count];
            var lo = new double[rows.Count];
            var hi = new double[rows.Count];
            var used = new IntervalMethod[rows.Count];
            Rates.Intervals(counts, dens, method, L95, 1000, v, lo, hi, used);
            for (var i = 0; i < rows.Count; i++)
            {
                var s = Rates.Interval(counts[i], dens[i], method, L95, 1000);
                Assert.Equal(s.Estimate, v[i]);
                Assert.Equal(s.Lower, lo[i]);
                Assert.Equal(s.Upper, hi[i]);
                Assert.Equal(s.Method, used[i]);
            }
        }
    }

    [Theory]
    [InlineData(1_000_000L)]
    [InlineData(25_000_000L)]
    public void Rates_ExactLimits_StayAccurateAtLargeCounts(long x)
    {
        // At large counts Byar's approximation converges to the exact limits (relative error O(x^-1.5)); a gamma/χ²
        // quantile that lost precision at large degrees of freedom would show up here.
        var (el, eu) = Rates.ExactCountLimits(x, L95);
        var (bl, bu) = Rates.ByarCountLimits(x, L95.Z);
        FixtureCsv.Close(el, bl, "lower", 1e-9);
        FixtureCsv.Close(eu, bu, "upper", 1e-9);
        Assert.True(el < x && eu > x);
    }

    [Fact]
    public void Dsr_Dobson_ReproducesFixture()
    {
        var input = FixtureCsv.Read("dsr_input.csv");
        var esp = FixtureCsv.Read("esp2013.csv");
        var std = StandardPopulation.European2013;
        Assert.Equal(esp.Select(r => r["ageband"]), std.BandLabels);
        Assert.Equal(esp.Select(r => r.D("esp2013")), std.Weights.ToArray());
        Assert.Equal(100_000, std.TotalWeight);
        foreach (var expected in FixtureCsv.Read("dsr_results.csv"))
        {
            var area = expected["area"];
            var bands = input.Where(r => r["area"] == area).OrderBy(r => r.L("band_order")).ToList();
            Assert.Equal(19, bands.Count);
            var counts = bands.Select(r => r.L("count")).ToArray();
            var pops = bands.Select(r => r.D("population")).ToArray();
            var a = DirectStandardisation.Compute(counts, pops, std, L95);
            var b = DirectStandardisation.Compute(counts, pops, std, L998);
            Assert.Equal(expected.L("total_count"), a.TotalCount);
            FixtureCsv.Close(a.TotalPopulation, expected.D("total_population"), area + " population");
            var suppressed = bool.Parse(expected["suppressed"]);
            Assert.Equal(suppressed, !a.IsPublished);
            if (suppressed)
            {
                Assert.Equal(ValueStatus.Unreliable, a.Value.Status);
                Assert.Null(a.Interval);
                Assert.Equal("", expected["dsr"]);
                continue;
            }
            FixtureCsv.Close(a.Value.Value, expected.D("dsr"), area + " dsr");
            FixtureCsv.Close(a.Interval!.Value.Lower, expected.D("lower95"), area + " lower95");
            FixtureCsv.Close(a.Interval!.Value.Upper, expected.D("upper95"), area + " upper95");
            FixtureCsv.Close(b.Interval!.Value.Lower, expected.D("lower998"), area + " lower998");
            FixtureCsv.Close(b.Interval!.Value.Upper, expected.D("upper998"), area + " upper998");
            Assert.Equal(IntervalMethod.Dobson, a.Interval!.Value.Method);
        }
    }

    [Fact]
    public void Errors_AreRejected_WithTheExpectedReason()
    {
        var rows = FixtureCsv.Read("errors.csv");
        Assert.Equal(13, rows.Count);
        var input = FixtureCsv.Read("dsr_input.csv").Where(r => r["area"] == "A").OrderBy(r => r.L("band_order")).ToList();
        foreach (var r in rows)
        {
            var expected = r["expected_error"];
            switch (r["calculation"])
            {
                case "proportion":
                case "rate":
                {
                    var isProportion = r["calculation"] == "proportion";
                    Assert.False(RateInput.TryParse(r["count"], r["denominator"], isProportion, out _, out var error, out _), r["id"]);
                    Assert.Equal(expected, error);
                    // The numeric API rejects the same rows with the same reason in its message.
                    if (long.TryParse(r["count"], out var c) && double.TryParse(r["denominator"], System.Globalization.CultureInfo.InvariantCulture, out var d))
                    {
                        var ex = Assert.ThrowsAny<ArgumentOutOfRangeException>(() =>
                        {
                            if (isProportion) Proportions.Wilson(c, d, L95);
                            else Rates.Auto(c, d, L95, r.D("per"));
                        });
                        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
                    }
                    break;
                }
                case "dsr":
                {
                    var counts = input.Select(x => x.L("count")).ToArray();
                    var pops = input.Select(x => x.D("population")).ToArray();
                    var band = (int)r.L("band_order") - 1;
                    counts[band] = r.L("count");
                    pops[band] = r.D("denominator");
                    var ex = Assert.ThrowsAny<ArgumentOutOfRangeException>(() =>
                        DirectStandardisation.Compute(counts, pops, StandardPopulation.European2013, L95));
                    Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
                    break;
                }
                default:
                    Assert.Fail("unknown calculation " + r["calculation"]);
                    break;
            }
        }
    }

    [Fact]
    public void RateInput_RejectsNonIntegerCount_AndAcceptsCountAboveDenominatorForRates()
    {
        Assert.False(RateInput.TryParse("2.5", "10", false, out _, out var e1, out var f1));
        Assert.Equal("count not an integer", e1);
        Assert.Equal("count", f1);
        Assert.True(RateInput.TryParse("250", "180", false, out var ok, out _, out _));
        Assert.Equal(250, ok.Count);
    }
}
