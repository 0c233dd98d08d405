using System.Globalization;
using System.Text.Json;
using Sozialindikatoren.Analysis;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Reporting;
using Sozialindikatoren.Text;
using Sample = Sozialindikatoren.Samples.SiegenWittgenstein;

namespace Sozialindikatoren.Tests.Reporting;

/// <summary>Issue 12: figures a Kreistag can quote (legal claims, cuttable share, people affected, next steps and rescue order).</summary>
public sealed class ReportFiguresTests
{
    private static readonly Lazy<CommitteeReportResult> Report = new(() => CommitteeReport.Build(
        PlanningAnalysis.Run(Sample.Load(), new PlanningAnalysisOptions(cuts: new CutOptions { Draws = 0 }, budgetPerYear: 250_000m)),
        new CommitteeReportOptions()));

    private static string Csv(string name) => Report.Value.Files().Single(f => f.Name == name).Content;

    private static (string[] Header, string[][] Rows) Table(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (lines[0].Split(','), lines.Skip(1).Select(l => l.Split(',')).ToArray());
    }

    [Theory]
    [InlineData("erziehungsberatung", true)]
    [InlineData("kita_u3", true)]
    [InlineData("hze_stationaer", true)]
    [InlineData("schuldnerberatung", false)]
    [InlineData("frauenhaus", false)]
    public void Legal_claim_types_are_the_sgb_viii_claims(string code, bool expected) =>
        Assert.Equal(expected, new OfferingType(code).IsLegalClaim);

    [Fact]
    public void Angebote_csv_flags_every_legal_claim_offering()
    {
        var (header, rows) = Table(Csv("angebote.csv"));
        var id = Array.IndexOf(header, "offering_id");
        var claim = Array.IndexOf(header, "legal_claim");
        Assert.True(claim >= 0);
        var data = Report.Value.Data;
        Assert.Equal(data.Offerings.Count, rows.Length);
        foreach (var row in rows)
        {
            var o = data.OfferingsById[row[id]];
            Assert.Equal(o.Obligation == Obligation.IndividualLegalClaim || o.Type is { IsLegalClaim: true } ? "true" : "false", row[claim]);
        }
        Assert.Contains(rows, r => r[claim] == "true");
    }

    [Fact]
    public void Cut_section_counts_reduced_legal_claims_separately_and_says_the_duty_stays()
    {
        var cuts = Report.Value.Cuts;
        var legal = cuts.Offerings.Where(o => o.Offering.IsLegalClaim && o.RemainingShare < 1).ToArray();
        Assert.NotEmpty(legal);   // the sample cuts Erziehungsberatung
        Assert.Equal(legal.Select(o => o.Offering.Id), cuts.LegalClaimReduced.Select(o => o.Offering.Id));
        var section = Report.Value.Document.Sections.Single(s => s.Id == "kuerzungen");
        var text = string.Join("\n", section.Blocks.OfType<ReportParagraph>().Select(p => p.Text));
        Assert.Contains($"{legal.Length} der verkleinerten oder geschlossenen Angebote erfüllen einen Rechtsanspruch (Verbindlichkeit „individueller Rechtsanspruch“", text, StringComparison.Ordinal);
        Assert.Contains("bleiben beim öffentlichen Träger", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Report.Value.ToJson());
        Assert.Equal(legal.Length, json.RootElement.GetProperty("totals").GetProperty("legalClaimOfferingsReduced").GetInt32());
    }

    [Fact]
    public void Cuttable_funds_leave_out_service_fees_on_legal_claims_only()
    {
        var cuts = Report.Value.Cuts;
        var asOf = cuts.AsOf;
        decimal expected = 0;
        foreach (var o in cuts.Offerings)
        {
            decimal own = 0;
            foreach (var l in o.Offering.Funding.Lines)
                if (l.IsActiveAt(asOf) && !(o.Offering.IsLegalClaim && l.Instrument == Sozialindikatoren.Funding.FundingInstrument.ServiceFee)) own += l.AmountPerYear;
            Assert.Equal(own, o.CuttableBudget);
            expected += own;
        }
        Assert.Equal(expected, cuts.TotalCuttableBudget);
        Assert.True(cuts.TotalCuttableBudget < cuts.TotalBudget);   // the sample has fee-financed legal claims
        Assert.Equal((double)(cuts.TotalLostFunding / expected), cuts.CutShareOfCuttable);
        Assert.All(cuts.ByDomain, d => Assert.Equal(cuts.Offerings.Where(o => o.Offering.Domain == d.Domain && o.CapacityBefore.Unit == d.Unit).Sum(o => o.CuttableBudget), d.CuttableBudget));
        Assert.Equal(expected, cuts.ByFundingCategory.Sum(c => c.CuttableBudget));
        Assert.Equal(cuts.TotalLostFunding, cuts.TotalScenarioCut + cuts.TotalConsequentialLoss + cuts.TotalProviderReportedLoss);
    }

    [Fact]
    public void Json_has_the_cuttable_figures_in_totals_and_report_summary()
    {
        var cuts = Report.Value.Cuts;
        using var json = JsonDocument.Parse(Report.Value.ToJson());
        foreach (var obj in new[] { json.RootElement.GetProperty("totals"), json.RootElement.GetProperty("report").GetProperty("summary") })
        {
            Assert.Equal(cuts.TotalCuttableBudget, obj.GetProperty("cuttableBudgetPerYear").GetDecimal());
            Assert.Equal(cuts.TotalScenarioCut, obj.GetProperty("scenarioCutPerYear").GetDecimal());
            Assert.Equal(cuts.TotalConsequentialLoss, obj.GetProperty("consequentialLossPerYear").GetDecimal());
        }
        var md = Report.Value.Document.ToMarkdown();
        Assert.Contains("der kürzbaren Mittel von", md, StringComparison.Ordinal);
    }

    [Fact]
    public void People_affected_never_exceed_the_target_population_of_the_row_nor_the_county()
    {
        var (vh, vrows) = Table(Csv("versorgung.csv"));
        var target = vrows.ToDictionary(r => (r[Array.IndexOf(vh, "space_id")], r[Array.IndexOf(vh, "domain")], r[Array.IndexOf(vh, "unit")]),
            r => r[Array.IndexOf(vh, "target_population")]);
        var (sh, srows) = Table(Csv("raeume_nach_kuerzung.csv"));
        var p = Array.IndexOf(sh, "people_affected");
        var positive = 0;
        foreach (var row in srows)
        {
            var key = (row[Array.IndexOf(sh, "space_id")], row[Array.IndexOf(sh, "domain")], row[Array.IndexOf(sh, "unit")]);
            if (row[p].Length == 0) continue;
            var affected = double.Parse(row[p], CultureInfo.InvariantCulture);
            if (affected == 0) continue;
            positive++;
            Assert.True(double.Parse(target[key], CultureInfo.InvariantCulture) >= affected, $"{key}: {affected} > {target[key]}");
        }
        Assert.True(positive > 0);
        var cuts = Report.Value.Cuts;
        var county = (double)Report.Value.Data.Region.Spaces.Where(s => s.Parent is null).Sum(s => Report.Value.Data.Region.AggregatePopulationTotal(s.Id) ?? 0);
        Assert.True(cuts.PeopleAffected <= county, $"{cuts.PeopleAffected} > {county}");
        Assert.True(cuts.PeopleAffected <= cuts.Cells.Where(c => !double.IsNaN(c.PeopleAffected)).Sum(c => c.PeopleAffected) + 1e-9);
        using var json = JsonDocument.Parse(Report.Value.ToJson());
        Assert.Equal(cuts.PeopleAffected, json.RootElement.GetProperty("totals").GetProperty("peopleAffected").GetDouble());
    }

    [Fact]
    public void Rettungsplan_is_in_descending_impact_avoided_per_euro_and_next_steps_follow_it()
    {
        var (h, rows) = Table(Csv("rettungsplan.csv"));
        var per = Array.IndexOf(h, "impact_avoided_per_eur");
        var id = Array.IndexOf(h, "offering_id");
        Assert.True(rows.Length > 1);
        for (var k = 1; k < rows.Length; k++)
        {
            var a = double.Parse(rows[k - 1][per], CultureInfo.InvariantCulture);
            var b = double.Parse(rows[k][per], CultureInfo.InvariantCulture);
            Assert.True(a > b || (a == b && string.CompareOrdinal(rows[k - 1][id], rows[k][id]) < 0), $"row {k}");
        }
        var steps = Report.Value.Document.Sections.Single(s => s.Id == "naechste-schritte").Blocks.OfType<ReportList>().Single().Items;
        var first = steps.Single(s => s.StartsWith("Vorrangig sichern:", StringComparison.Ordinal));
        var names = rows.Take(5).Select(r => Report.Value.Data.OfferingsById[r[id]].Name).ToArray();
        Assert.StartsWith("Vorrangig sichern: " + string.Join(", ", names) + " (", first, StringComparison.Ordinal);
        Assert.All(steps.Where(s => !s.StartsWith("Illustrative", StringComparison.Ordinal)), s => Assert.Contains(".csv)", s, StringComparison.Ordinal));
        var gapsStep = steps.Single(s => s.StartsWith("Bestehende Lücken", StringComparison.Ordinal));
        var items = gapsStep["Bestehende Lücken zuerst angehen: ".Length..gapsStep.IndexOf(" (Tabelle", StringComparison.Ordinal)].Split("; ");
        Assert.Equal(items.Length, items.Distinct(StringComparer.Ordinal).Count());
    }
}
