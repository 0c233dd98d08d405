using System.Globalization;
using System.Text.Json;
using Sozialindikatoren.Analysis;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Reporting;
using Sample = Sozialindikatoren.Samples.SiegenWittgenstein;

namespace Sozialindikatoren.Tests.Reporting;

/// <summary>Issue 12.1 and 12.4 in the report: the three losses per offering, the split summary sentence, the statements table.</summary>
public sealed class ReportAttributionTests
{
    private static CommitteeReportResult Build(bool withdrawal) => CommitteeReport.Build(
        PlanningAnalysis.Run(Sample.Load(), new PlanningAnalysisOptions(cuts: new CutOptions { Draws = 0, Response = new ProviderResponseOptions { AssumeCofunderWithdrawal = withdrawal } })),
        new CommitteeReportOptions());

    private static readonly Lazy<CommitteeReportResult> Off = new(() => Build(false));
    private static readonly Lazy<CommitteeReportResult> On = new(() => Build(true));

    private static string Csv(CommitteeReportResult r, string name) => r.Files().Single(f => f.Name == name).Content;

    private static (string[] Header, string[][] Rows) Table(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (lines[0].Split(','), lines.Skip(1).Select(l => l.Split(',')).ToArray());
    }

    [Fact]
    public void Angebote_csv_lists_every_offering_and_lost_funding_is_the_sum_of_the_three_losses()
    {
        foreach (var r in new[] { Off.Value, On.Value })
        {
            var (h, rows) = Table(Csv(r, "angebote.csv"));
            Assert.Equal(r.Cuts.Data.Offerings.Count, rows.Length);
            int I(string c) => Array.IndexOf(h, c);
            foreach (var row in rows)
            {
                decimal D(string c) => decimal.Parse(row[I(c)], CultureInfo.InvariantCulture);
                Assert.Equal(D("lost_funding"), D("scenario_cut") + D("consequential_loss") + D("provider_reported_loss"));
            }
        }
    }

    [Fact]
    public void Sample_by_default_has_no_consequential_loss_and_the_two_co_financed_counsellings_stay_open()
    {
        var off = Off.Value.Cuts;
        var on = On.Value.Cuts;
        Assert.Equal(0m, off.TotalConsequentialLoss);
        Assert.Equal(off.TotalScenarioCut, on.TotalScenarioCut);   // the scenario's own cut does not depend on the assumption
        // Hand-checked on the sample: Erziehungsberatung Siegen and Wittgenstein lose their deficit lines (Kommune/Kreis) when assumed.
        Assert.Equal(350_300m, on.TotalConsequentialLoss);
        Assert.Equal(662_948m, off.TotalScenarioCut);
        Assert.DoesNotContain(off.Offerings, o => o.Response == ResponseKind.ClosedCoFinancing);
        Assert.Equal(2, on.Offerings.Count(o => o.Response == ResponseKind.ClosedCoFinancing));
        // Provider-reported beyond the model: Familienberatung Wittgenstein 43,900 − 21,900, BerEb 58,500 − 29,250, Schuldnerberatung Diakonie 19,500 − 12,090.
        Assert.Equal(22_000m + 29_250m + 7_410m, off.TotalProviderReportedLoss);
    }

    [Fact]
    public void Summary_sentence_splits_what_falls_away_and_labels_the_withdrawal_as_an_assumption()
    {
        var off = Off.Value.Document.ToMarkdown();
        Assert.Contains("es fallen 721.608 € pro Jahr weg", off, StringComparison.Ordinal);
        Assert.Contains("662.948 € kürzt das Szenario selbst, ein Rückzug von Kofinanzierern ist nicht angenommen, 58.660 € melden Träger über das Modell hinaus", off, StringComparison.Ordinal);
        var on = On.Value.Document.ToMarkdown();
        Assert.Contains("350.300 € folgen daraus, dass Kofinanzierer ihre Fehlbedarfsfinanzierung zurückziehen (Annahme", on, StringComparison.Ordinal);
        Assert.Contains("Folgeverlust (Annahme)", on, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(On.Value.ToJson());
        var levels = json.RootElement.GetProperty("totals").GetProperty("lossesByFunderLevel");
        Assert.Equal(350_300m, new[] { "bund", "land", "kreis", "kommune", "other" }.Sum(l => levels.GetProperty(l).GetProperty("consequentialLoss").GetDecimal()));
        Assert.True(json.RootElement.GetProperty("report").GetProperty("summary").GetProperty("cofunderWithdrawalAssumed").GetBoolean());
    }

    [Fact]
    public void Statements_table_names_condition_status_and_the_pro_rata_year_share()
    {
        var (h, rows) = Table(Csv(Off.Value, "traegerangaben.csv"));
        Assert.Equal(Off.Value.Cuts.Data.ProviderStatements.Count, rows.Length);
        int I(string c) => Array.IndexOf(h, c);
        var byOffering = rows.ToDictionary(r => r[I("offering_id")]);
        Assert.Equal("condition_not_met", byOffering["mi-mbe-caritas"][I("status")]);   // a federal cut under a Land scenario
        Assert.Equal("bund", byOffering["mi-mbe-caritas"][I("condition_source")]);
        Assert.Equal("applies", byOffering["fa-beratung-wittgenstein"][I("status")]);
        Assert.Equal("0.5", byOffering["fa-beratung-wittgenstein"][I("year_share")]);  // from 01.07.2025
        Assert.Equal("0.125", byOffering["ab-beruf-einstieg"][I("applied_reduction")]); // 30 % × 5/12 from 01.08.2025
        Assert.Equal(Enumerable.Range(0, rows.Length).Select(i => i.ToString(CultureInfo.InvariantCulture)), rows.Select(r => r[I("statement_id")]));
        Assert.Contains("nicht im Szenario (Bedingung nicht erfüllt): das Szenario kürzt diese Mittel um 0 %", Off.Value.Document.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Konferenzen_csv_has_one_row_per_statement_with_norms_and_coverage_in_the_same_order()
    {
        var r = Off.Value;
        var (h, rows) = Table(Csv(r, "konferenzen.csv"));
        Assert.Equal(["statement_id", "space_id", "domain", "rating", "norms", "coverage_pct", "agreement"], h);
        Assert.Equal(r.Analysis.Gaps.Conference.Count, rows.Length);
        foreach (var row in rows) Assert.Equal(row[4].Split('|').Length, row[5].Split('|').Length);
        Assert.Contains(rows, x => x[4] == "Kita-Plätze U3|Kinder- und Jugendarbeit|Ambulante Hilfen zur Erziehung" && x[6] == "agrees");
        Assert.Contains("Daten oder Wahrnehmung prüfen", r.Document.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Befunde_csv_carries_the_norm_status_and_no_finding_on_an_assumed_norm_is_certain()
    {
        var r = Off.Value;
        var (h, rows) = Table(Csv(r, "befunde.csv"));
        var status = Array.IndexOf(h, "norm_status");
        Assert.True(status > 0);
        Assert.All(rows, x => Assert.Contains(x[status], new[] { "published", "assumption" }));
        Assert.DoesNotContain(rows, x => x[status] == "assumption" && x[Array.IndexOf(h, "certainty")] == "certain");
        Assert.DoesNotContain(r.Analysis.Gaps.Findings, f => f.Row.Norm.IsAssumption && f.Row.Certainty == Sozialindikatoren.Gaps.GapCertainty.Certain);
        var assumed = r.Analysis.Gaps.Findings.Count(f => f.Row.Norm.IsAssumption);
        Assert.Contains($"auf veröffentlichten Richtwerten und {assumed} auf Richtwerten, die als Annahme gesetzt sind", r.Document.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Monte_carlo_states_the_lost_funding_as_fixed_and_the_varying_quantities_as_ranges()
    {
        var r = CommitteeReport.Build(PlanningAnalysis.Run(Sample.Load(), new PlanningAnalysisOptions(cuts: new CutOptions { Draws = 200 })), new CommitteeReportOptions());
        var md = r.Document.ToMarkdown();
        Assert.Contains($"Fest (in jeder Ziehung gleich, vom Szenario bestimmt): wegfallende Mittel {Sozialindikatoren.Text.NumberFormat.Euro(r.Cuts.TotalLostFunding)}", md, StringComparison.Ordinal);
        Assert.Contains("nicht aufgefangener Verlust", md, StringComparison.Ordinal);
        Assert.Contains("neu unterversorgte Kombinationen", md, StringComparison.Ordinal);
        Assert.DoesNotContain("Kürzung gesamt", md, StringComparison.Ordinal);
        var worse = r.Cuts.Cells.Where(c => c.WorsenedToSevere).ToArray();
        Assert.All(worse, c => Assert.True(c.ClassBefore == Sozialindikatoren.Gaps.CoverageClass.Under && c.ClassAfter == Sozialindikatoren.Gaps.CoverageClass.Severe));
        Assert.NotEmpty(worse);
        Assert.Contains($"{worse.Length} schon unterversorgte rutschen unter 50 %", md, StringComparison.Ordinal);
        // Every CSV of the issue is written, also when a table would be empty.
        foreach (var name in new[] { "angebote.csv", "kuerzungen_handlungsfelder.csv", "befunde.csv", "raeume_nach_kuerzung.csv", "konferenzen.csv", "traegerangaben.csv", "rettungsplan.csv" })
            Assert.Contains(r.Files(), f => f.Name == name);
        Assert.Equal(CutsOutput.RescueHeader + "\n", r.Files().Single(f => f.Name == "rettungsplan.csv").Content);   // no --budget: header only
    }
}
