using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sozialindikatoren.Analysis;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Reporting;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Tests.Reporting;

/// <summary><c>report --lang en</c> holds no German label and the German report no English one, outside what is
/// quoted from the data (names of offerings, providers, spaces and programmes, statement texts, scenario lines, norm
/// and target-group names, the data set's description).</summary>
public class ReportLanguageTests
{
    /// <summary>The sample with one confidential indicator (so the report has its section Fallzahlen) and a rescue budget.</summary>
    private static readonly Lazy<PlanningAnalysisResult> Analysis = new(() =>
        PlanningAnalysis.Run(ConfidentialReportTests.ConfidentialData(), new PlanningAnalysisOptions(cuts: new CutOptions { Draws = 20, Seed = 1 }, budgetPerYear: 250_000m)));

    /// <summary>German words of the report's own vocabulary (labels, headers, units, sentences).</summary>
    private static readonly string[] GermanWords =
    [
        "sicher", "wahrscheinlich", "möglich", "stimmt überein", "stimmt teilweise überein", "widerspricht", "nicht vergleichbar",
        "hoch", "mittel", "niedrig", "sehr niedrig", "positiv", "stabil", "negativ", "unter", "erheblich", "erhebliche",
        "Überversorgung", "Unterversorgung", "bedarfsgerecht", "unterversorgt", "kein Bedarf", "unbekannt",
        "Plätze", "VZÄ", "Fälle", "Std.", "Kürzung", "Kürzungen", "Handlungsfeld", "Träger", "Versorgung", "Versorgungsgrad",
        "vollfinanziert", "teilfinanziert", "trägerfinanziert", "nicht klassifizierbar", "Gemeinde", "Einwohner",
        "Annahme", "belegt", "Bedarf", "Bestand", "Lücke", "Richtwert", "schließt", "aufgefangen", "verkleinert",
        "laut Träger-Abfrage", "Angebot", "Angebote", "exakt", "Greedy nach", "Stand", "Quelle", "und", "oder", "nicht",
        "keine", "für", "mit", "von", "der", "die", "das", "je", "bis", "Jahr", "Eigenmittel", "Spenden", "Bund", "Kreis",
    ];

    private static string[] DataStrings(PlanningAnalysisResult a, Language language)
    {
        var d = a.Data;
        var s = new List<string?> { d.Name, d.Description, a.Options.Scenario.Name, a.Options.Scenario.Description };
        s.AddRange(d.Offerings.Select(o => o.Name));
        s.AddRange(d.Offerings.SelectMany(o => o.Funding.Lines.Select(l => l.Programme)));
        s.AddRange(d.Providers.Select(p => p.Name));
        s.AddRange(d.Region.Spaces.Select(x => x.Name));
        s.AddRange(d.ConferenceStatements.SelectMany(c => new[] { c.Text, c.Source, c.Provenance?.Source }));
        s.AddRange(d.Region.Spaces.Select(x => x.Population?.Provenance?.Source));
        s.AddRange(d.Indicators.Select(r => r.Provenance?.Source));
        // The method section quotes the data set's own sources (provenance of every table) as given.
        s.AddRange(d.Region.Spaces.Select(x => x.Provenance?.Source));
        s.AddRange(d.Offerings.SelectMany(o => o.Funding.Lines.Select(l => l.Provenance?.Source).Prepend(o.Provenance?.Source)));
        s.AddRange(d.ProviderStatements.Select(p => p.Provenance?.Source));
        s.AddRange(d.ProviderStatements.Select(p => p.Text));
        s.AddRange(d.Participation.Meetings.Select(m => m.Title));
        s.AddRange(d.Participation.Agreements.SelectMany(x => new[] { x.Text, x.Owner }));
        s.AddRange(d.ProviderStatements.Select(p => p.Condition?.Programme));
        s.AddRange(a.Options.Scenario.Lines.SelectMany(l => new[] { l.Label, l.Note }));
        // The monitoring's NRW/Germany reference values are quoted with their published source.
        if (a.Monitoring is { } m) s.AddRange(m.Options.References.Select(r => r.Source));
        // Default norms carry names in both languages; their sources are quoted as published.
        s.AddRange(a.Gaps.Norms.Norms.SelectMany(n => new[] { n.LabelIn(language), n.Target.LabelIn(language), n.Provenance.Source, n.Note }));
        return [.. s.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x!).Distinct(StringComparer.Ordinal).OrderByDescending(x => x.Length)];
    }

    /// <summary>The report text without HTML/SVG markup and without every string quoted from the data.</summary>
    private static string OwnText(string text, PlanningAnalysisResult a, bool html, Language language)
    {
        if (html)
        {
            text = Regex.Replace(text, "<style.*?</style>", " ", RegexOptions.Singleline);
            text = Regex.Replace(text, "<script.*?</script>", " ", RegexOptions.Singleline);
            text = WebUtility.HtmlDecode(Regex.Replace(text, "<[^>]+>", " "));
        }
        text = text.Replace("\\|", "|", StringComparison.Ordinal);
        foreach (var s in DataStrings(a, language)) text = text.Replace(s, " ", StringComparison.Ordinal);
        return text;
    }

    private static IEnumerable<string> Found(string text, IEnumerable<string> words) =>
        words.Where(w => Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(w)}(?![\p{{L}}\p{{N}}])"));

    private static string Context(string text, string word)
    {
        var m = Regex.Match(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}(?![\p{{L}}\p{{N}}])");
        return text.Substring(Math.Max(0, m.Index - 60), Math.Min(120 + word.Length, text.Length - Math.Max(0, m.Index - 60))).ReplaceLineEndings(" ");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void English_report_holds_no_German_word(bool html)
    {
        var a = Analysis.Value;
        var doc = CommitteeReport.Build(a, new CommitteeReportOptions { Language = Language.English }).Document;
        var text = OwnText(html ? doc.ToHtml() : doc.ToMarkdown(), a, html, doc.Language);
        var found = Found(text, GermanWords).ToArray();
        Assert.True(found.Length == 0, "German in the English report: " + string.Join(" | ", found.Select(w => $"'{w}' in …{Context(text, w)}…")));
    }

    [Fact]
    public void Language_checks_cover_the_newer_sections()
    {
        // The word checks run on the whole document; they only say something about Entwicklung, Folgekosten,
        // Beteiligung, Fallzahlen and the norms (Richtwerte) if the analysis they use fills those sections.
        var a = Analysis.Value;
        foreach (var language in new[] { Language.English, Language.German })
        {
            var doc = CommitteeReport.Build(a, new CommitteeReportOptions { Language = language }).Document;
            var ids = doc.Sections.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var id in new[] { MonitoringReport.SectionId, FollowUpCostsSection.Id, "beteiligung", "fallzahlen", "methodik", "rettungsbudget" })
                Assert.True(ids.Contains(id), $"{language}: no section '{id}' (sections: {string.Join(", ", ids)})");
            foreach (var id in new[] { MonitoringReport.SectionId, FollowUpCostsSection.Id, "fallzahlen" })
                Assert.True(doc.Sections.Single(s => s.Id == id).Blocks.Count > 1, $"{language}: section '{id}' holds only a note");
            Assert.Contains(language == Language.English ? "Planning norms" : "Richtwerte", doc.ToMarkdown(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Word_list_and_labels_hit_the_other_language()
    {
        // The checks above can fail: the German report's own text holds the German words and labels, the English one the English labels.
        var a = Analysis.Value;
        var de = OwnText(CommitteeReport.Build(a, new CommitteeReportOptions { Language = Language.German }).Document.ToMarkdown(), a, false, Language.German);
        var en = OwnText(CommitteeReport.Build(a, new CommitteeReportOptions { Language = Language.English }).Document.ToMarkdown(), a, false, Language.English);
        Assert.True(Found(de, GermanWords).Count() >= 30, string.Join(", ", Found(de, GermanWords)));
        Assert.Contains("severe under-supply", en, StringComparison.Ordinal);
        Assert.Contains("(FTE)", en, StringComparison.Ordinal);
        Assert.Contains("erhebliche Unterversorgung", de, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void German_report_holds_no_English_label(bool html)
    {
        var a = Analysis.Value;
        var doc = CommitteeReport.Build(a, new CommitteeReportOptions { Language = Language.German }).Document;
        var text = OwnText(html ? doc.ToHtml() : doc.ToMarkdown(), a, html, doc.Language);
        // "illustrative" is also an inflected German adjective ("illustrative (nicht reale) Beispieldaten").
        var english = Labels.All().Where(e => e.English != e.German).Select(e => e.English).Distinct(StringComparer.Ordinal).Where(w => w != "illustrative");
        var found = Found(text, english).ToArray();
        Assert.True(found.Length == 0, "English labels in the German report: " + string.Join(" | ", found.Select(w => $"'{w}' in …{Context(text, w)}…")));
    }

    [Fact]
    public void Machine_outputs_carry_codes_not_labels()
    {
        // summary.json and szenario.csv once held the German labels "Land" and "Annahme"/"belegt".
        var a = Analysis.Value;
        using var json = JsonDocument.Parse(CutsOutput.SummaryJson(a.Cuts!, a.Rescue, 1m, CutsOutput.NeedNote(a)));
        var lines = json.RootElement.GetProperty("scenario").GetProperty("lines").EnumerateArray().ToArray();
        Assert.NotEmpty(lines);
        var codes = Enum.GetValues<FundingSource>().Select(s => s.ToCode()).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("land", codes);
        foreach (var l in lines)
        {
            if (l.TryGetProperty("source", out var source)) Assert.Contains(source.GetString()!, codes);
            Assert.Contains(l.GetProperty("status").GetString(), new[] { "sourced", "assumption" });
        }
        var csv = CommitteeReport.Build(a, new CommitteeReportOptions()).Document.Sections.SelectMany(s => s.Blocks).OfType<ReportTable>()
            .Single(t => t.CsvName == "szenario.csv").Csv!;
        Assert.DoesNotContain(",annahme,", csv, StringComparison.Ordinal);
        Assert.Contains(",assumption,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void English_gap_findings_and_cuts_summary_hold_no_German_word()
    {
        // The gaps evidence sentences were German-only text in the Gaps layer, the cuts terminal summary German-only.
        var a = Analysis.Value;
        using var gaps = new StringWriter();
        GapFindingsText.WriteFindings(a.Gaps, gaps, Language.English);
        using var cuts = new StringWriter();
        CutsSummaryText.Write(cuts, a.Cuts!, a.Rescue, Language.English);
        foreach (var text in new[] { gaps.ToString(), cuts.ToString() })
        {
            var own = OwnText(text, a, false, Language.English);
            var found = Found(own, GermanWords).ToArray();
            Assert.True(found.Length == 0, "German in English text: " + string.Join(" | ", found.Select(w => $"'{w}' in …{Context(own, w)}…")));
        }
        Assert.Contains("Demand = ", gaps.ToString(), StringComparison.Ordinal);
        Assert.Contains("Cut scenario: ", cuts.ToString(), StringComparison.Ordinal);
        using var de = new StringWriter();
        GapFindingsText.WriteFindings(a.Gaps, de, Language.German);
        Assert.Contains("Bedarf = ", de.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Index_notes_are_rendered_in_the_report_language()
    {
        var a = Analysis.Value;
        var note = Assert.Single(a.Index!.Notes, n => n.Kind == Sozialindikatoren.Composite.SocialIndexNoteKind.Substituted && n.Part == Sozialindikatoren.Composite.SocialIndexPart.Status);
        Assert.Equal("Statusindex: „sgb2_quote“ statt „transferbezug“ verwendet", ResultTables.IndexNote(note));
        Assert.Equal("status index: 'sgb2_quote' used in place of 'transferbezug'", ResultTables.IndexNote(note, language: Language.English));
    }

}
