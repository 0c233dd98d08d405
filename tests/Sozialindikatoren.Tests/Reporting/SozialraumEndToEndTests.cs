using Sozialindikatoren.Common;
using Sozialindikatoren.Data;
using Sozialindikatoren.Reporting;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Tests.Data;
using Sample = Sozialindikatoren.Samples.SiegenWittgenstein;

namespace Sozialindikatoren.Tests.Reporting;

/// <summary>
/// Sozialräume below the Gemeinde end to end (issue #13.4): the Musterkreis folder (3 Gemeinden, Bestadt with two
/// Stadtteile, boundaries in grenzen.geojson) through the library's one analysis and the committee report.
/// </summary>
public class SozialraumEndToEndTests
{
    private static readonly string[] Stadtteile = ["bestadt-nord", "bestadt-sued"];
    private static readonly Lazy<(CommitteeReportResult Report, List<DataProblem> Notes)> Musterkreis = new(() =>
    {
        var notes = new List<DataProblem>();
        var data = PlanningDataSource.LoadWith(GeoTestFiles.Musterkreis, DataLoadOptions.Default, notes);
        return (CommitteeReportTests.Report(data, 50), notes);
    });

    [Fact]
    public void ParentTotal_DifferingFromItsStadtteile_IsAWarningWithBothNumbers()
    {
        var w = Assert.Single(Musterkreis.Value.Notes, n => n.Field == "population.total");
        Assert.Equal(ProblemSeverity.Warning, w.Severity);
        Assert.Equal("15417", w.Value);
        Assert.Contains("sum over its children (15410, difference +7)", w.Message, StringComparison.Ordinal);
        // Each space keeps its own figure: Bestadt its official total, the Stadtteile theirs.
        var region = Musterkreis.Value.Report.Data.Region;
        Assert.Equal(15417, region.AggregatePopulationTotal("05999008"));
        Assert.Equal(15410, region.AggregatePopulationTotal("bestadt-nord") + region.AggregatePopulationTotal("bestadt-sued"));
    }

    [Theory]
    [InlineData(0.0, 1)]
    [InlineData(0.0004, 1)]      // 7 / 15417 = 0.045 % > 0.04 %
    [InlineData(0.0005, 0)]
    public void Tolerance_DecidesWhetherTheDifferenceIsWarned(double tolerance, int warnings)
    {
        var notes = new List<DataProblem>();
        PlanningDataSource.LoadWith(GeoTestFiles.Musterkreis, new DataLoadOptions { PopulationTolerance = tolerance }, notes);
        Assert.Equal(warnings, notes.Count(n => n.Field == "population.total"));
    }

    [Fact]
    public void Region_PopulationMismatches_RejectsAToleranceOutsideZeroToOne() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Musterkreis.Value.Report.Data.Region.PopulationMismatches(1.5));

    [Fact]
    public void Stadtteile_CarryThroughIndexGapsAndCuts()
    {
        var r = Musterkreis.Value.Report;
        var baseSpaces = r.Gaps.Rows.Where(x => !x.IsAggregate).Select(x => x.Space.Id.Value).Distinct().ToArray();
        Assert.Equal(["05999004", "bestadt-nord", "bestadt-sued", "05999012"], baseSpaces);
        Assert.Contains(r.Gaps.Rows, x => x.IsAggregate && x.Space.Id.Value == "05999008");   // Bestadt as the sum of its Stadtteile
        Assert.All(Stadtteile, id => Assert.Contains(r.Index!.Entries, e => e.Space.Value == id && e.HasStatus));
        Assert.All(Stadtteile, id => Assert.Contains(r.Cuts.Cells, c => c.Space.Value == id));
    }

    [Fact]
    public void Report_NamesThemSozialraum_InEveryTableAndSentence()
    {
        var md = Musterkreis.Value.Report.Document.ToMarkdown();
        Assert.DoesNotContain("| Gemeinde |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("je Gemeinde", md, StringComparison.Ordinal);
        Assert.DoesNotContain("über die Gemeinden", md, StringComparison.Ordinal);
        Assert.DoesNotContain("aus Gemeinde und Handlungsfeld", md, StringComparison.Ordinal);
        Assert.Contains("| Sozialraum |", md, StringComparison.Ordinal);
        Assert.Contains("in 4 Sozialräumen", md, StringComparison.Ordinal);
        Assert.Contains("Sozialindex nach Sozialraum", md, StringComparison.Ordinal);
        Assert.Contains("| Bestadt-Süd |", md, StringComparison.Ordinal);
        var en = CommitteeReportTests.Report(Musterkreis.Value.Report.Data, 20, language: Sozialindikatoren.Text.Language.English).Document.ToMarkdown();
        Assert.Contains("| Social space |", en, StringComparison.Ordinal);
        Assert.Contains("Social index by social space", en, StringComparison.Ordinal);
        Assert.DoesNotContain("by municipality", en, StringComparison.Ordinal);
        Assert.DoesNotContain("per municipality", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_KeepsSayingGemeinde()
    {
        var md = CommitteeReportTests.Report(Sample.Load(), 20).Document.ToMarkdown();
        Assert.Contains("| Gemeinde |", md, StringComparison.Ordinal);
        Assert.Contains("Sozialindex nach Gemeinde", md, StringComparison.Ordinal);
        Assert.DoesNotContain("Sozialraum |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Maps_DrawTheStadtteile_FromTheBoundaryFile()
    {
        var html = Musterkreis.Value.Report.Files().Single(f => f.Name == "report.html").Content;
        foreach (var id in new[] { "05999004", "bestadt-nord", "bestadt-sued", "05999012" })
            Assert.Contains($"data-id=\"{id}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-id=\"05999008\"", html, StringComparison.Ordinal);   // the parent is drawn by its parts
        Assert.True(html.Split("<path class=\"area\"").Length - 1 >= 8, "at least two maps of four areas");
    }

    [Fact]
    public void EveryTable_HasTheStadtteile()
    {
        var files = Musterkreis.Value.Report.Files().ToDictionary(f => f.Name, f => f.Content);
        foreach (var name in new[] { "versorgung.csv", "sozialindex.csv", "raeume_nach_kuerzung.csv", "befunde.csv" })
        {
            Assert.True(files.ContainsKey(name), name);
            Assert.All(Stadtteile, id => Assert.Contains(id, files[name], StringComparison.Ordinal));
        }
        Assert.DoesNotContain("05999000", files["sozialindex.csv"], StringComparison.Ordinal);
    }
}
