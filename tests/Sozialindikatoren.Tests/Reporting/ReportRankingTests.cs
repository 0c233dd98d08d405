using Sozialindikatoren.Gaps;
using Sozialindikatoren.Reporting;

namespace Sozialindikatoren.Tests.Reporting;

/// <summary>Issue 12.9: the ranking says what it ranks; catchment-uniform coverage (served-area sharing) is explained
/// where it occurs, with the located coverage per space beside it.</summary>
public sealed class ReportRankingTests
{
    private static CommitteeReportResult Result => CommitteeReportTests.SampleResult;

    private static ReportSection Gaps => Result.Document.Sections.Single(s => s.Id == "versorgungsluecken");

    private static string Text => string.Join("\n", Gaps.Blocks.OfType<ReportParagraph>().Select(p => p.Text));

    [Fact]
    public void Ranking_states_what_it_ranks()
    {
        Assert.Contains("Die Rangfolge ordnet Kombinationen aus Gemeinde und Handlungsfeld (je Einheit des Richtwerts)", Text, StringComparison.Ordinal);
        Assert.Contains("nicht Gemeinden insgesamt und nicht einzelne Angebote", Text, StringComparison.Ordinal);
        Assert.Contains($"die ersten 10 von {Result.Analysis.Gaps.Findings.Count} Befunden", Text, StringComparison.Ordinal);
    }

    /// <summary>The located coverage column equals a gap analysis run independently with <see cref="SupplyMode.Located"/>.</summary>
    [Fact]
    public void Located_coverage_beside_each_finding_is_the_located_gap_analysis()
    {
        var a = Result.Analysis;
        var located = GapAnalysis.Run(a.Data, a.Gaps.Norms, a.Gaps.AsOf, a.Gaps.Options.WithSupply(SupplyMode.Located));
        var csv = Result.Files().Single(f => f.Name == "befunde.csv").Content.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = csv[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        Assert.True(Col("located_coverage_pct") > 0 && Col("catchment_uniform") > 0);
        var findings = a.Gaps.Findings.Take(10).ToArray();
        Assert.Equal(findings.Length, csv.Length - 1);
        for (var i = 0; i < findings.Length; i++)
        {
            var row = findings[i].Row;
            var expected = located.Rows.Single(r => !r.IsAggregate && r.Space.Id == row.Space.Id && r.Domain == row.Domain && r.Unit == row.Unit).CoveragePercent;
            var cells = csv[i + 1].Split(',');
            Assert.Equal(expected?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "", cells[Col("located_coverage_pct") + (cells.Length - header.Length)]);
        }
        var table = Gaps.Blocks.OfType<ReportTable>().Single(t => t.CsvName == "befunde.csv").Table;
        Assert.Contains("davon am Standort", table.Columns);
    }

    /// <summary>Where findings share one coverage over a catchment, the report marks them (≡), explains why and lists the
    /// located coverage of every space of that catchment; where none do, it says nothing about it.</summary>
    [Fact]
    public void Catchment_uniform_coverage_is_explained_where_it_occurs()
    {
        var a = Result.Analysis;
        var uniform = a.Gaps.Findings.Take(10).Where(f => f.Supply.Any(s => s.How == ContributionKind.ServedArea)
            && a.Gaps.Rows.Count(r => !r.IsAggregate && r.Domain == f.Row.Domain && r.Unit == f.Row.Unit && r.CoveragePercent is { } c && Math.Abs(c - f.Row.CoveragePercent!.Value) < 0.05) > 1).ToArray();
        var csv = Result.Files().Single(f => f.Name == "befunde.csv").Content;
        if (uniform.Length == 0)
        {
            Assert.DoesNotContain("gemeinsames Einzugsgebiet", Text, StringComparison.Ordinal);
            Assert.DoesNotContain(",true\n", csv, StringComparison.Ordinal);
            return;
        }
        Assert.Contains("≡ Gleicher Versorgungsgrad durch ein gemeinsames Einzugsgebiet", Text, StringComparison.Ordinal);
        foreach (var f in uniform)
        {
            Assert.Contains(f.Row.Space.Name + " ", Text[Text.IndexOf("am Standort ", StringComparison.Ordinal)..], StringComparison.Ordinal);
        }
        Assert.Equal(uniform.Length, csv.Split('\n').Count(l => l.EndsWith(",true", StringComparison.Ordinal)));
    }
}
