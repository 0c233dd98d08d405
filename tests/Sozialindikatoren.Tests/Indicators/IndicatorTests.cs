using NodaTime;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;
using I = global::Sozialindikatoren.Indicators;

namespace Sozialindikatoren.Tests.Indicators;

public sealed class IndicatorCatalogueTests
{
    [Fact]
    public void Standard_catalogue_has_at_least_25_complete_definitions_with_unique_ids()
    {
        var defs = I.IndicatorCatalogue.Standard.Definitions;
        Assert.True(defs.Count >= 25, $"{defs.Count} definitions");
        Assert.Equal(defs.Count, defs.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(defs, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Source));
            Assert.False(string.IsNullOrWhiteSpace(d.Numerator));
            if (d.Denominator is null) Assert.Equal(1, d.Scale);
        });
    }

    [Theory]
    [InlineData("sgb2_quote", 100, I.Polarity.MoreNeed)]
    [InlineData("kinderarmut", 100, I.Polarity.MoreNeed)]
    [InlineData("arbeitslosenanteil", 100, I.Polarity.MoreNeed)]
    [InlineData("langzeitarbeitslosenanteil", 100, I.Polarity.MoreNeed)]
    [InlineData("transferbezug", 100, I.Polarity.MoreNeed)]
    [InlineData("hze_eckwert", 1000, I.Polarity.MoreNeed)]
    [InlineData("beschaeftigungsquote", 100, I.Polarity.LessNeed)]
    [InlineData("betreuungsquote_u3", 100, I.Polarity.LessNeed)]
    [InlineData("einwohner", 1, I.Polarity.Context)]
    public void MSS_and_standard_indicators_have_their_scale_and_polarity(string id, double scale, I.Polarity polarity)
    {
        var d = I.IndicatorCatalogue.Standard[id];
        Assert.Equal(scale, d.Scale);
        Assert.Equal(polarity, d.Polarity);
    }

    [Fact]
    public void Definition_rejects_bad_ids_and_scales_naming_the_field()
    {
        var e = Assert.Throws<ArgumentException>(() => new I.IndicatorDefinition("SGB II", "x", "x", "x", null, 1, I.Polarity.Context, "%", "x", I.IndicatorDomain.Labour));
        Assert.Contains("id", e.Message, StringComparison.Ordinal);
        var s = Assert.Throws<ArgumentException>(() => new I.IndicatorDefinition("ok", "x", "x", "x", "y", 0, I.Polarity.Context, "%", "x", I.IndicatorDomain.Labour));
        Assert.Contains("scale", s.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new I.IndicatorCatalogue([I.IndicatorCatalogue.Standard["sgb2_quote"], I.IndicatorCatalogue.Standard["sgb2_quote"]]));
    }
}

public sealed class IndicatorPanelTests
{
    private static readonly LocalDate Y22 = new(2022, 12, 31);
    private static readonly LocalDate Y24 = new(2024, 12, 31);

    [Fact]
    public void FromRecords_computes_rates_with_the_catalogue_scale_and_keeps_statuses()
    {
        var records = new[]
        {
            new I.IndicatorRecord("a", "sgb2_quote", Y24, Observation.Of(50), Observation.Of(1000)),
            new I.IndicatorRecord("b", "sgb2_quote", Y24, Observation.Suppressed, Observation.Of(800)),
            new I.IndicatorRecord("c", "sgb2_quote", Y24, Observation.Of(0), Observation.Of(0)), // 0 of 0: no rate
            new I.IndicatorRecord("a", "hze_eckwert", Y24, Observation.Of(12), Observation.Of(4000)),
            new I.IndicatorRecord("a", "einwohner", Y22, Observation.Of(5000)),
        };
        var p = I.IndicatorPanel.FromRecords(records);
        Assert.Equal(5.0, p["a", "sgb2_quote", Y24].Value, 12);
        Assert.Equal(ValueStatus.Suppressed, p["b", "sgb2_quote", Y24].Status);
        Assert.Equal(ValueStatus.NotApplicable, p["c", "sgb2_quote", Y24].Status);
        Assert.Equal(3.0, p["a", "hze_eckwert", Y24].Value, 12);
        Assert.Equal(ValueStatus.Missing, p["b", "einwohner", Y24].Status);
        Assert.Equal([Y22, Y24], p.Periods);
        Assert.True(double.IsNaN(p.Values(p.IndexOfIndicator("sgb2_quote"), 1)[1]));
        Assert.Equal(I.Polarity.MoreNeed, p.Definition("sgb2_quote")!.Polarity);
    }

    [Fact]
    public void Duplicate_cells_are_rejected()
    {
        var b = new I.IndicatorPanelBuilder().Set("a", "x", Y24, Observation.Of(1));
        Assert.Throws<ArgumentException>(() => b.Set("a", "x", Y24, Observation.Of(2)));
    }

    [Fact]
    public void WithRate_computes_an_indicator_from_raw_counts()
    {
        var p = new I.IndicatorPanelBuilder()
            .Set("a", "alo", Y24, Observation.Of(30)).Set("a", "bev15_65", Y24, Observation.Of(600))
            .Set("b", "alo", Y24, Observation.Suppressed).Set("b", "bev15_65", Y24, Observation.Of(400))
            .Build()
            .WithRate(I.IndicatorCatalogue.Standard["arbeitslosenanteil"], "alo", "bev15_65");
        Assert.Equal(5.0, p["a", "arbeitslosenanteil", Y24].Value, 12);
        Assert.Equal(ValueStatus.Suppressed, p["b", "arbeitslosenanteil", Y24].Status);
        Assert.NotNull(p.Definition("arbeitslosenanteil"));
    }

    [Fact]
    public void Changes_in_all_four_kinds()
    {
        var a = Observation.Of(8);
        var b = Observation.Of(10);
        Assert.Equal(2, I.IndicatorChange.Compute(a, b, I.ChangeKind.Absolute).Value);
        Assert.Equal(2, I.IndicatorChange.Compute(a, b, I.ChangeKind.PercentagePoints).Value);
        Assert.Equal(25, I.IndicatorChange.Compute(a, b, I.ChangeKind.Relative).Value, 12);
        Assert.Equal((Math.Sqrt(1.25) - 1) * 100, I.IndicatorChange.Compute(a, b, I.ChangeKind.Annualised, 2).Value, 12);
        Assert.Equal(ValueStatus.NotApplicable, I.IndicatorChange.Compute(Observation.ExactZero, b, I.ChangeKind.Relative).Status);
        Assert.Equal(ValueStatus.NotApplicable, I.IndicatorChange.Compute(Observation.ExactZero, b, I.ChangeKind.Annualised, 2).Status);
        Assert.Equal(ValueStatus.Suppressed, I.IndicatorChange.Compute(Observation.Suppressed, b, I.ChangeKind.Absolute).Status);
        Assert.Equal(ValueStatus.Provisional, I.IndicatorChange.Compute(a, new Observation(9, ValueStatus.Provisional), I.ChangeKind.Absolute).Status);
        Assert.Equal(2.0, I.IndicatorChange.YearsBetween(Y22, Y24));
        Assert.Equal(-2.0, I.IndicatorChange.YearsBetween(Y24, Y22));
    }

    [Fact]
    public void Between_uses_panel_periods_and_refuses_percentage_points_for_rates_per_1000()
    {
        var p = new I.IndicatorPanelBuilder()
            .Set("a", "sgb2_quote", Y22, Observation.Of(10)).Set("a", "sgb2_quote", Y24, Observation.Of(12.5))
            .Set("a", "hze_eckwert", Y22, Observation.Of(20)).Set("a", "hze_eckwert", Y24, Observation.Of(25))
            .Build();
        Assert.Equal(2.5, I.IndicatorChange.Between(p, "sgb2_quote", Y22, Y24, I.ChangeKind.PercentagePoints)[0].Value, 12);
        Assert.Throws<ArgumentException>(() => I.IndicatorChange.Between(p, "hze_eckwert", Y22, Y24, I.ChangeKind.PercentagePoints));
        Assert.Equal(5, I.IndicatorChange.Between(p, "hze_eckwert", Y22, Y24, I.ChangeKind.Absolute)[0].Value, 12);
    }

    [Fact]
    public void Linear_trend_with_student_t_interval()
    {
        var t = I.IndicatorTrend.Fit([0, 1, 2], [1, 2, 4])!.Value;
        Assert.Equal(1.5, t.Slope, 12);
        Assert.Equal(5.0 / 6, t.Intercept, 12);
        var se = Math.Sqrt(1.0 / 6 / 1 / 2);
        Assert.Equal(se, t.StandardError, 12);
        Assert.Equal(1.5 - 12.706204736174698 * se, t.SlopeLower, 9);
        Assert.Equal(1.5 + 12.706204736174698 * se, t.SlopeUpper, 9);
        Assert.False(t.IsSignificant);
        var exact = I.IndicatorTrend.Fit([0, 1, 2, 3, 4], [2, 4, 6, 8, double.NaN])!.Value;
        Assert.Equal(4, exact.Count);
        Assert.Equal(2, exact.Slope, 12);
        Assert.Equal(0, exact.StandardError, 12);
        Assert.Null(I.IndicatorTrend.Fit([0, 1], [1, double.NaN]));
        Assert.False(I.IndicatorTrend.Fit([0, 1], [1, 2])!.Value.HasInterval);
    }

    [Fact]
    public void Panel_trend_per_space()
    {
        var p = new I.IndicatorPanelBuilder()
            .Set("a", "sgb2_quote", new LocalDate(2020, 12, 31), Observation.Of(10))
            .Set("a", "sgb2_quote", Y22, Observation.Of(11))
            .Set("a", "sgb2_quote", Y24, Observation.Of(12))
            .Set("b", "sgb2_quote", Y24, Observation.Of(12))
            .Build();
        var trends = I.IndicatorTrend.ForPanel(p, "sgb2_quote");
        Assert.Equal(0.5, trends[0]!.Value.Slope, 9);
        Assert.Null(trends[1]);
    }
}
