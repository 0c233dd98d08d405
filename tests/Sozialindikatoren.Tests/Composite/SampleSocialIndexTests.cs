using NodaTime;
using C = global::Sozialindikatoren.Composite;
using I = global::Sozialindikatoren.Indicators;
using S = global::Sozialindikatoren.Samples;

namespace Sozialindikatoren.Tests.Composite;

/// <summary>The default social index (issue item 7) on the embedded Kreis Siegen-Wittgenstein sample.</summary>
public sealed class SampleSocialIndexTests
{
    [Fact]
    public void Default_index_runs_on_the_sample_with_status_2024_and_dynamics_since_2022()
    {
        var kreis = S.SiegenWittgenstein.Load();
        var r = C.SocialIndex.Compute(kreis, C.SocialIndexOptions.StatusAndDynamics);
        Assert.Equal(["arbeitslosenanteil", "langzeitarbeitslosenanteil", "sgb2_quote", "kinderarmut"], r.StatusIndicators);
        Assert.Equal(r.StatusIndicators, r.DynamicsIndicators);
        Assert.Contains(r.Notes, n => n.ToString().Contains("'sgb2_quote' used in place of 'transferbezug'", StringComparison.Ordinal));
        Assert.Equal(new LocalDate(2024, 12, 31), r.StatusPeriod);
        Assert.Equal(new LocalDate(2022, 12, 31), r.DynamicsFrom);
        Assert.Equal(S.SiegenWittgenstein.MunicipalityIds.OrderBy(x => x, StringComparer.Ordinal), r.Entries.Select(e => e.Space.Value).OrderBy(x => x, StringComparer.Ordinal));
        Assert.All(r.Entries, e =>
        {
            Assert.False(e.Excluded);
            Assert.True(e.HasStatus, e.ToString());
            Assert.NotEqual(C.StatusClass.Unclassified, e.Status);
        });
        // Erndtebrück's long-term unemployment count for 2022 is suppressed ('.'), so its 2-year change is unknown:
        // with all four indicators required, it gets a status class but no dynamics class, and the result says why.
        var erndtebrueck = r["05970012"];
        Assert.False(erndtebrueck.HasDynamics);
        Assert.Null(erndtebrueck.Group);
        Assert.Contains(r.Notes, n => n.ToString().StartsWith("05970012: no dynamics index, 3 of 4", StringComparison.Ordinal));
        Assert.Equal(10, r.Entries.Count(e => e.Group is not null));
        Assert.Equal(0, r.Entries.Average(e => e.StatusZ), 9);
        Assert.Equal(10, r.GroupCounts().Values.Sum());
        Assert.Contains("| Sozialraum |", Sozialindikatoren.Reporting.ResultTables.SocialIndex(r).ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_panel_uses_catalogue_ids()
    {
        var kreis = S.SiegenWittgenstein.Load();
        var panel = I.IndicatorPanel.FromRecords(kreis.Indicators);
        Assert.All(panel.Indicators, id => Assert.NotNull(panel.Definition(id)));
    }
}
