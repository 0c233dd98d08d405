using System.Globalization;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Reporting;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Tests.Reporting;

/// <summary>Issue 12.10: "most at risk" by funding category — counts, budget, shares of the cut and of the closures, and
/// no verdict from fewer than 3 affected offerings without saying so.</summary>
public sealed class ReportMostAtRiskTests
{
    private static CommitteeReportResult Result => CommitteeReportTests.SampleResult;

    private static string Paragraphs() => string.Join("\n", Result.Document.Sections.Single(s => s.Id == "finanzierungskategorien").Blocks.OfType<ReportParagraph>().Select(p => p.Text));

    [Fact]
    public void Shares_of_cut_and_closures_are_computed_from_the_offerings_and_sum_to_one()
    {
        var cuts = Result.Cuts;
        var total = cuts.Offerings.Sum(o => o.LostFunding);
        var closed = cuts.Offerings.Count(o => o.Closed);
        Assert.True(total > 0 && closed > 0);
        foreach (var g in cuts.ByFundingCategory)
        {
            var members = cuts.Offerings.Where(o => o.Category == g.Category).ToArray();
            Assert.Equal((double)(members.Sum(o => o.LostFunding) / total), g.ShareOfTotalCut!.Value, 12);
            Assert.Equal((double)members.Count(o => o.Closed) / closed, g.ShareOfClosures!.Value, 12);
        }
        Assert.Equal(1, cuts.ByFundingCategory.Sum(g => g.ShareOfTotalCut!.Value), 9);
        Assert.Equal(1, cuts.ByFundingCategory.Sum(g => g.ShareOfClosures!.Value), 9);
        var csv = Result.Files().Single(f => f.Name == "finanzierungskategorien.csv").Content.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = csv[0].Split(',');
        var share = Array.IndexOf(header, "share_of_total_cut");
        Assert.Equal(1, csv.Skip(1).Sum(l => double.Parse(l.Split(',')[share], CultureInfo.InvariantCulture)), 9);
    }

    [Fact]
    public void Sentence_names_the_category_with_most_cut_most_closures_and_highest_risk()
    {
        var cuts = Result.Cuts;
        var classified = cuts.ByFundingCategory.Where(g => g.Category != FundingCategory.NotClassifiable).ToArray();
        var mostCut = classified.MaxBy(g => g.LostFunding)!;
        var mostClosed = classified.MaxBy(g => g.Closed)!;
        var riskiest = classified.MaxBy(g => g.MeanRisk)!;
        var text = Paragraphs();
        string Name(FundingCategory c) => Labels.Of(c, Language.German) + "e Angebote";
        var pct = NumberFormat.Percent(100 * mostCut.ShareOfTotalCut!.Value, 0, Language.German);
        if (mostCut == mostClosed)
            Assert.Contains($"Den größten Teil der Kürzung ({pct} von {NumberFormat.Euro(cuts.TotalLostFunding, Language.German)}) und der Schließungen ({mostCut.Closed} von {cuts.Offerings.Count(o => o.Closed)}) tragen {Name(mostCut.Category)}", text, StringComparison.Ordinal);
        else
        {
            Assert.Contains($"Den größten Teil der Kürzung tragen {Name(mostCut.Category)} ({pct}", text, StringComparison.Ordinal);
            Assert.Contains($"betreffen {Name(mostClosed.Category)}", text, StringComparison.Ordinal);
        }
        Assert.Contains($"haben {Name(riskiest.Category)} ({NumberFormat.Number(riskiest.MeanRisk, 2, Language.German)})", text, StringComparison.Ordinal);
        var table = Result.Document.Sections.Single(s => s.Id == "finanzierungskategorien").Blocks.OfType<ReportTable>().First().Table;
        Assert.Contains("Anteil an der Kürzung", table.Columns);
        Assert.Contains("Anteil an den Schließungen", table.Columns);
        Assert.Contains("Budget €/Jahr", table.Columns);
    }

    /// <summary>On the sample, fully financed offerings are hardly touched (2 affected of 38): the report must not draw a
    /// conclusion about them without saying that it rests on too few offerings.</summary>
    [Fact]
    public void Categories_with_fewer_than_three_affected_offerings_get_no_silent_verdict()
    {
        var thin = Result.Cuts.ByFundingCategory.Where(g => g.Category != FundingCategory.NotClassifiable && g.Affected is > 0 and < 3).ToArray();
        Assert.NotEmpty(thin);
        var text = Paragraphs();
        foreach (var g in thin)
        {
            var name = Labels.Of(g.Category, Language.German) + "e Angebote";
            Assert.True(text.Contains($"{name} ({g.Affected} betroffen)", StringComparison.Ordinal) && text.Contains("ist die Zahl zu klein für eine Aussage", StringComparison.Ordinal)
                        || text.Contains($"{name} ({g.Affected}", StringComparison.Ordinal) && text.Contains($"nur {g.Affected} betroffenen Angebot", StringComparison.Ordinal),
                $"{name}: {g.Affected} affected, no caveat in: {text}");
        }
        Assert.DoesNotContain("relativ zum Budget am stärksten gekürzt", text, StringComparison.Ordinal);
    }
}
