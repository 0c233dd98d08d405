using System.Diagnostics;
using System.Text.Json;
using NodaTime;
using Sozialindikatoren.Cli;
using Sozialindikatoren.Common;
using Sozialindikatoren.Analysis;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Reporting;
using Sozialindikatoren.Spaces;
using Sample = Sozialindikatoren.Samples.SiegenWittgenstein;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Tests.Reporting;

public class CommitteeReportTests
{
    private static readonly Lazy<CommitteeReportResult> SampleReport = new(() => Report(Sample.Load(), 200, 3, 250_000m));

    /// <summary>The sample report (200 draws, seed 3, rescue budget 250 000 €), shared with the other report tests.</summary>
    internal static CommitteeReportResult SampleResult => SampleReport.Value;

    /// <summary>The sample report's document.</summary>
    internal static ReportDocument SampleDocument => SampleReport.Value.Document;

    /// <summary>The report as the <c>report</c> command builds it: one planning analysis, then the document.</summary>
    internal static CommitteeReportResult Report(PlanningData data, int draws, ulong seed = 1, decimal? budget = null, Language language = Language.German) =>
        CommitteeReport.Build(PlanningAnalysis.Run(data, new PlanningAnalysisOptions(cuts: new CutOptions { Draws = draws, Seed = seed }, budgetPerYear: budget)),
            new CommitteeReportOptions { Language = language });

    [Fact]
    public void Sample_AnswersEveryQuestionOfTheCouncil()
    {
        var md = SampleReport.Value.Document.ToMarkdown();
        foreach (var heading in new[]
        {
            "## Auf einen Blick", "## Sozialindex: Status und Dynamik", "## Wo sich Unterversorgung schon heute zeigt",
            "## Welche Angebote die Kürzungen treffen", "## Unterscheiden sich voll-, teil- und trägerfinanzierte Angebote?",
            "## Versorgung nach den Kürzungen", "## Was die Träger berichten", "## Was die Sozialraumkonferenzen sagen",
            "## Welche Angebote ein Budget zuerst sichern sollte", "## Nächste Schritte", "## Methodik und Quellen",
        })
            Assert.Contains(heading, md, StringComparison.Ordinal);
        Assert.Contains("vollfinanziert", md, StringComparison.Ordinal);
        Assert.Contains("trägerfinanziert", md, StringComparison.Ordinal);
        Assert.Contains("Schuldner- und Insolvenzberatung", md, StringComparison.Ordinal);
        Assert.Contains("Annahme", md, StringComparison.Ordinal);
        Assert.Contains("laut Träger-Abfrage", md, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_LabelsIllustrativeFiguresInEverySectionWithFigures()
    {
        var doc = SampleReport.Value.Document;
        foreach (var id in new[] { "ueberblick", "sozialindex", "entwicklung", "versorgungsluecken", "kuerzungen", "finanzierungskategorien", "nach-kuerzungen", "traeger", "rettungsbudget", "methodik" })
        {
            var section = doc.Sections.Single(s => s.Id == id);
            Assert.Contains(section.Blocks.OfType<ReportNote>(), n => n.IsWarning && n.Text.Contains("illustrativ", StringComparison.Ordinal));
        }
        Assert.All(doc.Sections.SelectMany(s => s.Blocks).OfType<ReportFigure>(), f => Assert.Contains("illustrativ", f.Caption, StringComparison.Ordinal));
    }

    [Fact]
    public void Sample_RescuePlanAndMapDomain()
    {
        var r = SampleReport.Value;
        Assert.NotNull(r.Rescue);
        Assert.NotEmpty(r.Rescue!.Choices);
        Assert.True(r.Rescue.Spent <= 250_000m);
        Assert.Equal(CommitteeReport.DefaultMapDomain(r.Gaps), r.MapDomain);
        Assert.Equal(3, r.Document.Sections.SelectMany(s => s.Blocks).OfType<ReportFigure>().Count(f => f.Svg.Contains("class=\"area\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void CoverageBeforeTheCut_AgreesWithTheGapAnalysis()
    {
        var r = SampleReport.Value;
        var compared = 0;
        foreach (var cell in r.Cuts.Cells)
        {
            var row = r.Gaps.Rows.FirstOrDefault(x => !x.IsAggregate && x.Space.Id == cell.Space && x.Domain == cell.Domain && x.Unit == cell.Unit);
            if (row?.CoveragePercent is not { } coverage) continue;
            compared++;
            // The U3 norm counts only offerings for under-3s; every other cell must agree exactly.
            var tolerance = row.Norm.OfferingAges is null ? 1e-6 : 2.0;
            Assert.True(Math.Abs(coverage - cell.CoverageBefore) <= tolerance, $"{cell.Space} {cell.Domain} {cell.Unit}: gaps {coverage} cuts {cell.CoverageBefore}");
        }
        Assert.True(compared > 100);
    }

    [Fact]
    public void SameInputsAndSeed_GiveIdenticalOutputs()
    {
        var again = Report(Sample.Load(), 200, 3, 250_000m);
        Assert.Equal(SampleReport.Value.Document.ToHtml(), again.Document.ToHtml());
        Assert.Equal(SampleReport.Value.ToJson(), again.ToJson());
    }

    [Fact]
    public void English_OnRequest()
    {
        var r = Report(Sample.Load(), 20, language: Language.English);
        var md = r.Document.ToMarkdown();
        Assert.Contains("## At a glance", md, StringComparison.Ordinal);
        Assert.Contains("Debt counselling", md, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", r.Document.ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void ResultJson_ParsesAndCarriesAnnahmeFlags()
    {
        using var json = JsonDocument.Parse(SampleReport.Value.ToJson());
        var root = json.RootElement;
        Assert.Equal("sozialindikatoren/report-result", root.GetProperty("format").GetString());
        var report = root.GetProperty("report");   // the report's own members, apart from those shared with summary.json
        Assert.True(report.GetProperty("illustrative").GetBoolean());
        Assert.Contains(report.GetProperty("scenarioLines").EnumerateArray(), l => l.GetProperty("status").GetString() == "assumption");
        Assert.Equal(Sample.Load().Offerings.Count, report.GetProperty("offerings").GetArrayLength());
        Assert.Equal(11, report.GetProperty("socialIndex").EnumerateArray().Count(e => e.GetProperty("spaceId").GetString()!.StartsWith("05970", StringComparison.Ordinal) && e.GetProperty("spaceId").GetString() != "05970000"));
    }

    /// <summary>A small user data set with sourced figures only: no illustrative label, and the cut reaches the one debt counselling offering.</summary>
    [Fact]
    public void SmallUserDataSet_RunsWithoutIllustrativeLabel()
    {
        var date = new LocalDate(2024, 12, 31);
        var src = Provenance.Sourced("Kreis, Bestandserhebung 2024", date);
        Population Pop(long scale) => new(date, [new(AgeBand.Under(18), 20 * scale), new(new AgeBand(18, 65), 60 * scale), new(AgeBand.FromAge(65), 20 * scale)], src);
        var county = new SpaceId("05999000");
        var region = new Region(
        [
            new SocialSpace(county, "Musterkreis", SpaceLevel.County, key: MunicipalityKey.Parse("05999000"), provenance: src),
            new SocialSpace("05999004", "Adorf", SpaceLevel.Municipality, county, MunicipalityKey.Parse("05999004"), 50, population: Pop(400), provenance: src),
            new SocialSpace("05999008", "Bestadt", SpaceLevel.Municipality, county, MunicipalityKey.Parse("05999008"), 30, population: Pop(600), provenance: src),
        ]);
        var year = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
        var offerings = new[]
        {
            new Offering("sb", "Schuldnerberatung Bestadt", ServiceDomain.Schulden, "p", "05999008", new Capacity(1.5, CapacityUnit.FullTimeEquivalents), Obligation.DutyForTargetGroup,
                new FundingPlan([new FundingLine(FundingSource.Land, "Fachberatung Schuldnerberatung", FundingInstrument.FixedAmount, 40_000m, year, src),
                                 new FundingLine(FundingSource.Kreis, "Zuwendungsvertrag", FundingInstrument.DeficitFunding, 50_000m, year, src),
                                 new FundingLine(FundingSource.OwnFunds, "Eigenanteil", FundingInstrument.OwnResources, 10_000m, year, src)]),
                servedSpaces: ["05999008", "05999004"], provenance: src),
            new Offering("fh", "Frauenhaus Adorf", ServiceDomain.Gewaltschutz, "p", "05999004", new Capacity(8, CapacityUnit.Places), Obligation.Voluntary,
                new FundingPlan([new FundingLine(FundingSource.Land, "Gewaltschutz / Frauenhäuser", FundingInstrument.FixedAmount, 200_000m, year, src)]), provenance: src),
        };
        var data = new PlanningData("Musterkreis", region, [new Provider("p", "Musterträger e.V.", ProviderAssociation.Paritaetischer, src)], offerings);
        Assert.False(data.HasIllustrativeFigures);
        var r = Report(data, 50, budget: 20_000m);
        var text = r.Document.ToText();
        Assert.DoesNotContain("illustrativ", text, StringComparison.Ordinal);
        Assert.Contains("Schuldnerberatung Bestadt", text, StringComparison.Ordinal);
        Assert.Contains(r.Cuts.Offerings, o => o.Offering.Id == "sb" && o.LostFunding > 0);
        Assert.Null(r.Index);
        Assert.Contains("Kein Sozialindex berechnet", text, StringComparison.Ordinal);
    }

    private static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        return (CliApp.Run(args, stdout, stderr), stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Cli_Report_WritesAllFiles()
    {
        var dir = Directory.CreateTempSubdirectory("si-report-").FullName;
        try
        {
            var (code, output, err) = Cli("report", "--out", dir, "--draws", "100", "--budget", "100000");
            Assert.True(code == 0, err);
            Assert.Contains("Bericht geschrieben", output, StringComparison.Ordinal);
            Assert.Contains("Monte Carlo", err, StringComparison.Ordinal);
            foreach (var f in new[] { "report.md", "report.html", "result.json", "finanzierungskategorien.csv", "angebote.csv", "sozialindex.csv", "versorgung.csv", "rettungsplan.csv", "szenario.csv" })
                Assert.True(File.Exists(Path.Combine(dir, f)), f);
            Assert.StartsWith("category,offerings,affected,closed,budget,lost_funding,mean_risk,mean_impact,share_of_total_cut,share_of_closures\n", File.ReadAllText(Path.Combine(dir, "finanzierungskategorien.csv")), StringComparison.Ordinal);
            using var _ = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "result.json")));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Cli_Report_PrintsToTerminalByDefault()
    {
        var (code, output, _) = Cli("report", "--draws", "20");
        Assert.Equal(0, code);
        Assert.Contains("Auf einen Blick", output, StringComparison.Ordinal);
        Assert.Contains("NRW Haushaltsentwurf 2025", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_Report_Errors()
    {
        Assert.Equal(2, Cli("report", "--map-domain", "Nope").Code);
        Assert.Equal(2, Cli("report", "--scenario", "no-such-scenario").Code);
        Assert.Equal(2, Cli("report", "--lang", "fr").Code);
        Assert.Equal(1, Cli("report", "--data", "/no/such/folder").Code);
    }

    /// <summary>Renders report.html in headless Chromium (Debian package; .ci/run installs it) and checks the page and its maps.</summary>
    [Fact]
    public void Html_RendersInHeadlessChromium()
    {
        var dir = Directory.CreateTempSubdirectory("si-chromium-").FullName;
        try
        {
            var html = Path.Combine(dir, "report.html");
            File.WriteAllText(html, SampleReport.Value.Document.ToHtml());
            var png = Path.Combine(dir, "shot.png");
            var common = $"--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir={Path.Combine(dir, "profile")}";
            var dom = RunChromium($"{common} --dump-dom file://{html}");
            Assert.Contains("<svg", dom, StringComparison.Ordinal);
            Assert.Contains("id=\"finanzierungskategorien\"", dom, StringComparison.Ordinal);
            Assert.Contains("illustrativ", dom, StringComparison.Ordinal);
            RunChromium($"{common} --window-size=1200,2400 --screenshot={png} file://{html}");
            Assert.True(File.Exists(png) && new FileInfo(png).Length > 20_000, "screenshot missing or empty");
        }
        finally { Directory.Delete(dir, true); }
    }

    /// <summary>Prints report.html to PDF in headless Chromium (issue 12.14): A4 pages, a plausible page count (every
    /// section starts a page, so at least one page per section, and no runaway layout), and every column header of every
    /// table appears in the PDF text (pdftotext, poppler-utils; .ci/run installs it), so no table is cut off at the page
    /// edge.</summary>
    [Fact]
    public void Html_PrintsToA4PdfWithEveryColumnHeader()
    {
        var dir = Directory.CreateTempSubdirectory("si-print-").FullName;
        try
        {
            var doc = SampleReport.Value.Document;
            var html = Path.Combine(dir, "report.html");
            File.WriteAllText(html, doc.ToHtml());
            var pdf = Path.Combine(dir, "report.pdf");
            var common = $"--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir={Path.Combine(dir, "profile")}";
            RunChromium($"{common} --no-pdf-header-footer --print-to-pdf-no-header --print-to-pdf={pdf} file://{html}");
            Assert.True(File.Exists(pdf), "chromium wrote no PDF");
            var info = RunTool("pdfinfo", pdf);
            var pages = int.Parse(System.Text.RegularExpressions.Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Matches(@"Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts", info);   // A4 = 595 × 842 pt
            Assert.InRange(pages, doc.Sections.Count, 6 * doc.Sections.Count);
            // Nothing runs over the right margin (14 mm = 39.7 pt; Chromium clips what does): every word's box ends
            // inside the printable width.
            var bbox = RunTool("pdftotext", $"-bbox -enc UTF-8 {pdf} -");
            var pageWidth = double.Parse(System.Text.RegularExpressions.Regex.Match(bbox, "<page width=\"([\\d.]+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var overflow = System.Text.RegularExpressions.Regex.Matches(bbox, "<word xMin=\"[\\d.]+\" yMin=\"[\\d.]+\" xMax=\"([\\d.]+)\" yMax=\"[\\d.]+\">([^<]*)</word>")
                .Where(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > pageWidth - 39.7 + 1).Select(m => m.Groups[2].Value).ToArray();
            Assert.True(overflow.Length == 0, "cut off at the right margin: " + string.Join(", ", overflow.Take(20)));
            // A header that wraps in its cell comes out of pdftotext interleaved with its neighbours' lines, so each
            // header is checked word by word: every word of it is a whole word of the PDF text (a word split at the
            // page edge or inside the cell would not be).
            var words = RunTool("pdftotext", $"-enc UTF-8 {pdf} -").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            var headers = doc.Sections.SelectMany(s => s.Blocks).OfType<ReportTable>().Where(t => t.Table.Rows.Count > 0)
                .SelectMany(t => t.Table.Columns.Select(c => (Table: t.Table.Title ?? t.CsvName ?? "?", Column: c))).ToArray();
            Assert.True(headers.Length > 50, $"only {headers.Length} column headers");
            var missing = headers.Where(h => !h.Column.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(words.Contains)).ToArray();
            Assert.True(missing.Length == 0, "column headers missing from the PDF: " + string.Join("; ", missing.Select(m => $"{m.Table}: {m.Column}")));
        }
        finally { Directory.Delete(dir, true); }
    }

    private static string RunTool(string tool, string arguments)
    {
        var exe = new[] { "/usr/bin/" + tool, "/usr/local/bin/" + tool }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"{tool} is not installed (apt-get install poppler-utils); .ci/run installs it");
        using var p = Process.Start(new ProcessStartInfo(exe, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = System.Text.Encoding.UTF8 })!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(60_000)) { p.Kill(true); throw new TimeoutException($"{tool} did not finish within 60 s"); }
        Assert.True(p.ExitCode == 0, $"{tool} {arguments}: exit {p.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }

    private static string RunChromium(string arguments)
    {
        var exe = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("chromium is not installed (apt-get install chromium); .ci/run installs it");
        using var p = Process.Start(new ProcessStartInfo(exe, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException("chromium did not finish within 120 s"); }
        return stdout.Result;
    }
}

public class UnknownDemandTests
{
    /// <summary>Where the gap analysis cannot compute demand (here: a norm on an indicator the data set lacks), the cut
    /// analysis, which runs on the same model, must not classify either: the cells are <c>unknown</c> before and after and
    /// carry no probability of under-supply.</summary>
    [Fact]
    public void CutsWithUnknownDemand_DoNotInventUnderSupply()
    {
        var norms = new SupplyNorms([new SupplyNorm(ServiceDomain.Schulden, CapacityUnit.FullTimeEquivalents,
            TargetPopulation.FromIndicator("nicht_im_datensatz", "überschuldete Haushalte"), 1, 100, "Schuldnerberatung", Provenance.Assumption("Test"))]);
        var gaps = GapAnalysis.Run(Sample.Load(), norms, Sample.AsOf);
        var r = CutAnalysis.Run(gaps, CutScenarios.NrwDraft2025, new CutOptions { Draws = 20 });
        Assert.NotEmpty(r.Cells);
        Assert.All(r.Cells, c =>
        {
            Assert.Equal(CoverageClass.Unknown, c.ClassBefore);
            Assert.Equal(CoverageClass.Unknown, c.ClassAfter);
            Assert.True(double.IsNaN(c.ProbabilityUnderSupplied));
            Assert.False(c.NewlyUnderSupplied);
        });
    }
}
