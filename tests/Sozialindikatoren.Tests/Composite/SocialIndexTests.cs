using NodaTime;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;
using C = global::Sozialindikatoren.Composite;
using I = global::Sozialindikatoren.Indicators;

namespace Sozialindikatoren.Tests.Composite;

public sealed class ClassificationTests
{
    [Theory]
    [InlineData(-1.0001, C.StatusClass.High)]
    [InlineData(-1.0, C.StatusClass.Medium)]
    [InlineData(1.0, C.StatusClass.Medium)]
    [InlineData(1.0001, C.StatusClass.Low)]
    [InlineData(1.5, C.StatusClass.Low)]
    [InlineData(1.5001, C.StatusClass.VeryLow)]
    public void Status_cutoffs_have_the_documented_edges(double z, C.StatusClass expected) =>
        Assert.Equal(expected, C.Classification.ClassifyStatus(z));

    [Theory]
    [InlineData(-1.0001, C.DynamicsClass.Positive)]
    [InlineData(-1.0, C.DynamicsClass.Stable)]
    [InlineData(1.0, C.DynamicsClass.Stable)]
    [InlineData(1.0001, C.DynamicsClass.Negative)]
    public void Dynamics_cutoffs_have_the_documented_edges(double z, C.DynamicsClass expected) =>
        Assert.Equal(expected, C.Classification.ClassifyDynamics(z));

    [Fact]
    public void Twelve_groups_with_MSS_codes()
    {
        Assert.Equal(["1+", "1±", "1-", "2+", "2±", "2-", "3+", "3±", "3-", "4+", "4±", "4-"], C.MssGroup.All.Select(g => g.Code));
        Assert.Equal(new C.MssGroup(C.StatusClass.VeryLow, C.DynamicsClass.Stable), C.MssGroup.Parse("4+/-"));
        Assert.Equal(new C.MssGroup(C.StatusClass.Low, C.DynamicsClass.Negative), C.MssGroup.Parse("3−"));
        Assert.Throws<FormatException>(() => C.MssGroup.Parse("5+"));
        Assert.Throws<ArgumentException>(() => new C.ClassCutoffs(1, 0));
        Assert.Equal(C.StatusClass.High, C.Classification.ClassifyStatus(-0.5, new C.ClassCutoffs(0, 1, 2)));
    }

    [Fact]
    public void Quantiles_match_R_types_6_7_and_9()
    {
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        Assert.Equal(1.9, C.Classification.Quantile(x, 0.1, C.QuantileDefinition.R7), 12);
        Assert.Equal(1.4, C.Classification.Quantile(x, 0.1, C.QuantileDefinition.R9), 12);
        Assert.Equal(1.1, C.Classification.Quantile(x, 0.1, C.QuantileDefinition.R6), 12);
        Assert.Equal(5.5, C.Classification.Quantile(x, 0.5, C.QuantileDefinition.R9), 12);
        Assert.Equal(10, C.Classification.Quantile(x, 1, C.QuantileDefinition.R9), 12);
        Assert.Equal(1, C.Classification.Quantile(x, 0, C.QuantileDefinition.R7), 12);
    }

    [Fact]
    public void Quintiles_deciles_and_gisd_classes()
    {
        var x = Enumerable.Range(1, 20).Select(i => (double)i).Append(double.NaN).ToArray();
        var q5 = C.Classification.QuantileClasses(x, 5, C.QuantileDefinition.R9);
        Assert.Equal([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0], q5);
        var k = C.Classification.GisdClasses(x);
        Assert.Equal(4, k.Count(c => c == 1));
        Assert.Equal(4, k.Count(c => c == 3));
        Assert.Equal(12, k.Count(c => c == 2));
        var d10 = C.Classification.QuantileClasses(x, 10, C.QuantileDefinition.R7);
        Assert.Equal(Enumerable.Range(1, 10).SelectMany(c => new[] { c, c }).Append(0), d10);
    }

    [Fact]
    public void Standardise_excludes_marked_values()
    {
        var z = C.Classification.Standardise([1, 2, 3, 100], [true, true, true, false]);
        Assert.Equal([-1, 0, 1], z.Take(3));
        Assert.True(double.IsNaN(z[3]));
    }
}

public sealed class SocialIndexTests
{
    private static readonly LocalDate Y22 = new(2022, 12, 31);
    private static readonly LocalDate Y24 = new(2024, 12, 31);

    // 10 spaces; space "s9" has by far the highest need, "s0" the lowest; "tiny" has 120 inhabitants.
    internal static I.IndicatorPanel Panel(bool withLongTerm = false, bool dynamics = true)
    {
        var b = new I.IndicatorPanelBuilder();
        for (var i = 0; i < 10; i++)
        {
            var s = new SpaceId("s" + i);
            var level = i == 9 ? 20.0 : 4 + i * 0.5;
            b.Set(s, "einwohner", Y24, Observation.Of(1000 + i * 100));
            b.Set(s, "arbeitslosenanteil", Y24, Observation.Of(level * 0.5));
            b.Set(s, "transferbezug", Y24, Observation.Of(level));
            b.Set(s, "kinderarmut", Y24, Observation.Of(level * 1.6));
            if (withLongTerm) b.Set(s, "langzeitarbeitslosenanteil", Y24, Observation.Of(level * 0.2));
            if (dynamics)
            {
                // s3's need grows by far the most; s6 falls by far the most.
                var delta = i == 3 ? 3.0 : i == 6 ? -3.0 : 0.1 * (i % 3);
                b.Set(s, "arbeitslosenanteil", Y22, Observation.Of(level * 0.5 - delta));
                b.Set(s, "transferbezug", Y22, Observation.Of(level - delta));
                b.Set(s, "kinderarmut", Y22, Observation.Of(level * 1.6 - delta));
            }
        }
        b.Set("tiny", "einwohner", Y24, Observation.Of(120));
        b.Set("tiny", "arbeitslosenanteil", Y24, Observation.Of(30));
        b.Set("tiny", "transferbezug", Y24, Observation.Of(40));
        b.Set("tiny", "kinderarmut", Y24, Observation.Of(50));
        if (dynamics)
        {
            b.Set("tiny", "arbeitslosenanteil", Y22, Observation.Of(30));
            b.Set("tiny", "transferbezug", Y22, Observation.Of(40));
            b.Set("tiny", "kinderarmut", Y22, Observation.Of(50));
        }
        return b.Build();
    }

    [Fact]
    public void Default_index_classifies_status_and_dynamics_and_excludes_small_spaces()
    {
        var r = C.SocialIndex.Compute(Panel(), C.SocialIndexOptions.StatusAndDynamics);
        Assert.Equal(["arbeitslosenanteil", "transferbezug", "kinderarmut"], r.StatusIndicators);
        Assert.Contains(r.Notes, n => n.ToString().Contains("langzeitarbeitslosenanteil", StringComparison.Ordinal) && n.ToString().Contains("skipped", StringComparison.Ordinal));
        Assert.Contains(r.Notes, n => n.ToString().StartsWith("tiny: excluded", StringComparison.Ordinal));
        var tiny = r["tiny"];
        Assert.True(tiny.Excluded);
        Assert.False(tiny.HasStatus);
        Assert.Equal(C.StatusClass.Unclassified, tiny.Status);
        Assert.Null(tiny.Group);
        var included = r.Entries.Where(e => !e.Excluded).ToArray();
        Assert.Equal(0, included.Average(e => e.StatusZ), 9);
        Assert.Equal(1, Math.Sqrt(included.Sum(e => e.StatusZ * e.StatusZ) / (included.Length - 1)), 9);
        Assert.Equal(C.StatusClass.VeryLow, r["s9"].Status);
        Assert.Equal(C.StatusClass.Medium, r["s4"].Status);
        Assert.True(r["s0"].StatusZ < r["s1"].StatusZ);
        Assert.Equal(C.DynamicsClass.Negative, r["s3"].Dynamics);
        Assert.Equal(C.DynamicsClass.Positive, r["s6"].Dynamics);
        Assert.Equal("2-", r["s3"].Group!.Value.Code);
        Assert.Equal(Y22, r.DynamicsFrom);
        Assert.Equal(10, r.GroupCounts().Values.Sum());
        var md = Sozialindikatoren.Reporting.ResultTables.SocialIndex(r).ToMarkdown();
        Assert.Contains("| s9 |", md, StringComparison.Ordinal);
        Assert.Contains("4 sehr niedrig", md, StringComparison.Ordinal);
        Assert.Contains("ausgeschlossen", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_index_equals_restandardised_mean_of_indicator_z_values()
    {
        var p = Panel(withLongTerm: true);
        var r = C.SocialIndex.Compute(p, C.SocialIndexOptions.StatusAndDynamics);
        Assert.Equal(4, r.StatusIndicators.Count);
        var include = p.Spaces.Select(s => s.Value != "tiny").ToArray();
        var t = p.IndexOfPeriod(Y24);
        var zs = r.StatusIndicators.Select(id => C.Classification.Standardise(p.Values(p.IndexOfIndicator(id), t), include)).ToArray();
        var mean = Enumerable.Range(0, p.Spaces.Count).Select(s => zs.Average(z => z[s])).ToArray();
        var expected = C.Classification.Standardise(mean, include);
        for (var s = 0; s < p.Spaces.Count; s++)
        {
            if (double.IsNaN(expected[s])) Assert.False(r.Entries[s].HasStatus);
            else Assert.Equal(expected[s], r.Entries[s].StatusZ, 12);
        }
    }

    [Fact]
    public void Polarity_turns_a_supply_indicator_into_need()
    {
        var b = new I.IndicatorPanelBuilder();
        for (var i = 0; i < 5; i++) b.Set("s" + i, "beschaeftigungsquote", Y24, Observation.Of(40 + i));
        var r = C.SocialIndex.Compute(b.Build(), new C.SocialIndexOptions([new C.IndicatorSlot(["beschaeftigungsquote"])], dynamicsIndicators: [], minimumPopulation: 0));
        Assert.True(r["s0"].StatusZ > r["s4"].StatusZ);
        Assert.Empty(r.DynamicsIndicators);
        Assert.Equal(C.DynamicsClass.Unclassified, r["s0"].Dynamics);
    }

    [Fact]
    public void Missing_required_indicator_context_indicator_and_missing_period_fail_loudly()
    {
        var noChild = new I.IndicatorPanelBuilder().Set("a", "arbeitslosenanteil", Y24, Observation.Of(1)).Set("a", "transferbezug", Y24, Observation.Of(1)).Build();
        var e = Assert.Throws<ArgumentException>(() => C.SocialIndex.Compute(noChild, C.SocialIndexOptions.StatusOnly));
        Assert.Contains("kinderarmut, kinderarmut_u18", e.Message, StringComparison.Ordinal);
        var ctx = new I.IndicatorPanelBuilder().Set("a", "auslaenderanteil", Y24, Observation.Of(1)).Build();
        Assert.Throws<ArgumentException>(() => C.SocialIndex.Compute(ctx, new C.SocialIndexOptions([new C.IndicatorSlot(["auslaenderanteil"])], dynamicsIndicators: [])));
        var e2 = Assert.Throws<ArgumentException>(() => C.SocialIndex.Compute(Panel(dynamics: false), C.SocialIndexOptions.StatusAndDynamics));
        Assert.Contains("2022-12-31", e2.Message, StringComparison.Ordinal);
        var ok = C.SocialIndex.Compute(Panel(dynamics: false), C.SocialIndexOptions.StatusOnly);
        Assert.Equal(C.StatusClass.VeryLow, ok["s9"].Status);
    }

    [Fact]
    public void Alternatives_are_used_and_reported()
    {
        var b = new I.IndicatorPanelBuilder();
        for (var i = 0; i < 4; i++)
        {
            b.Set("s" + i, "arbeitslosenquote", Y24, Observation.Of(5 + i));
            b.Set("s" + i, "sgb2_quote", Y24, Observation.Of(8 + i));
            b.Set("s" + i, "kinderarmut_u18", Y24, new Observation(10 + i, ValueStatus.Estimated));
        }
        b.Set("s0", "kinderarmut_u18", new LocalDate(2023, 12, 31), Observation.Suppressed);
        var r = C.SocialIndex.Compute(b.Build(), C.SocialIndexOptions.StatusOnly);
        Assert.Equal(["arbeitslosenquote", "sgb2_quote", "kinderarmut_u18"], r.StatusIndicators);
        Assert.Contains(r.Notes, n => n.ToString().Contains("'sgb2_quote' used in place of 'transferbezug'", StringComparison.Ordinal));
        Assert.Contains(r.Notes, n => n.ToString().Contains("minimum population rule not applied", StringComparison.Ordinal));
    }

    [Fact]
    public void Availability_threshold_decides_whether_a_space_with_gaps_gets_an_index()
    {
        var b = new I.IndicatorPanelBuilder();
        for (var i = 0; i < 5; i++)
        {
            b.Set("s" + i, "arbeitslosenanteil", Y24, Observation.Of(5 + i));
            b.Set("s" + i, "transferbezug", Y24, i == 0 ? Observation.Suppressed : Observation.Of(8 + i * 2));
            b.Set("s" + i, "kinderarmut", Y24, Observation.Of(10 + i * 3));
        }
        var p = b.Build();
        Assert.False(C.SocialIndex.Compute(p, C.SocialIndexOptions.StatusOnly)["s0"].HasStatus);
        var lenient = new C.SocialIndexOptions(C.SocialIndexOptions.StatusOnly.StatusIndicators, dynamicsIndicators: [], availabilityThreshold: 0.6);
        Assert.True(C.SocialIndex.Compute(p, lenient)["s0"].HasStatus);
    }
}
