using System.IO.Compression;
using System.Text.RegularExpressions;
using Sozialindikatoren.Data;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Reporting;
using Sozialindikatoren.Tests.Data;
using Sample = Sozialindikatoren.Samples.SiegenWittgenstein;

namespace Sozialindikatoren.Tests.Reporting;

/// <summary>Issue 13.10 and 13.5: a report on another data set names its own sources, never the sample's (no GISD, no
/// Siegen-Wittgenstein), and its norm table says which norm is the default and which the data set's own.</summary>
public sealed class OwnSourcesReportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("si-own-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private static readonly Lazy<CommitteeReportResult> Musterkreis = new(() =>
        CommitteeReportTests.Report(PlanningDataSource.Load(GeoTestFiles.Musterkreis), 20));

    /// <summary>The text of every document the report writes: markdown, HTML, the CSVs, result.json, and the XML of
    /// report.docx and report.xlsx.</summary>
    private string AllText(CommitteeReportResult report)
    {
        var parts = report.Files().Select(f => f.Content).ToList();
        foreach (var (name, bytes) in report.BinaryFiles())
        {
            using var zip = new ZipArchive(new MemoryStream(bytes));
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var r = new StreamReader(entry.Open());
                parts.Add(Regex.Replace(r.ReadToEnd(), "<[^>]+>", ""));   // the text of the runs and cells
            }
        }
        return string.Join("\n", parts);
    }

    [Fact]
    public void Report_on_another_data_set_names_neither_GISD_nor_Siegen_Wittgenstein_anywhere()
    {
        var text = AllText(Musterkreis.Value);
        Assert.DoesNotContain("GISD", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Siegen-Wittgenstein", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Wittgenstein", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Sample_report_still_names_its_sources()
    {
        var md = CommitteeReportTests.Report(Sample.Load(), 0).Document.ToMarkdown();
        Assert.Contains("Quellen des Datensatzes:", md, StringComparison.Ordinal);
        Assert.Contains("GISD", md, StringComparison.Ordinal);   // its indicator records carry the RKI source
    }

    [Fact]
    public void Method_section_lists_the_data_sets_own_sources_and_the_origin_of_each_norm()
    {
        var md = Musterkreis.Value.Document.ToMarkdown();
        var sources = md.Split('\n').Single(l => l.Contains("Quellen des Datensatzes:", StringComparison.Ordinal));
        foreach (var s in new[] { "Musterkreis Gebietsgliederung 2024", "Stadt Bestadt Sozialraumgliederung 2024", "Bundesagentur für Arbeit 2024", "Bestandserhebung 2024" })
            Assert.Contains(s, sources, StringComparison.Ordinal);
        // The nursing-home norm was the sample county's own planning parameter: an Annahme here, without its name.
        var pflege = md.Split('\n').Single(l => l.StartsWith("| Altenhilfe und Pflege | Plätze | Pflegeheimplätze |", StringComparison.Ordinal));
        Assert.Contains("| Standard | Annahme |", pflege, StringComparison.Ordinal);
        Assert.True(Musterkreis.Value.Gaps.Norms[ServiceDomain.AltenhilfePflege, CapacityUnit.Places].IsAssumption);
        Assert.Contains("| Standard | veröffentlicht | AG SBV", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Own_norms_and_a_not_surveyed_domain_appear_as_such_in_the_report()
    {
        var file = Path.Combine(_dir, "richtwerte.csv");
        File.WriteAllText(file, "Handlungsfeld;Einheit;Wert;je;Quelle;Stand;Status\nSchulden;VZÄ;3;50000;Kreistag DS 1/2025;2025;veröffentlicht\nGewaltschutz;;;;;;nicht erhoben\n");
        var data = PlanningDataSource.Load(GeoTestFiles.Musterkreis);
        var analysis = Sozialindikatoren.Analysis.PlanningAnalysis.Run(data, new Sozialindikatoren.Analysis.PlanningAnalysisOptions(norms: SupplyNormTable.ReadFile(file), cuts: new Sozialindikatoren.Cuts.CutOptions { Draws = 0 }));
        var md = CommitteeReport.Build(analysis).Document.ToMarkdown();
        Assert.Contains("| Schuldner- und Insolvenzberatung | VZÄ | Schuldnerberatung | 3,00 VZÄ je 50.000 Einwohner | schuldnerberatung | eigener Richtwert | veröffentlicht | Kreistag DS 1/2025 | 31.12.2025 |", md, StringComparison.Ordinal);
        Assert.Contains("Nicht erhoben: Gewaltschutz (Plätze), Gewaltschutz (VZÄ).", md, StringComparison.Ordinal);
        // The county table: no coverage and the class "nicht erhoben" for both shelter rows, never 0 %.
        var rows = md.Split('\n').Where(l => l.StartsWith("| Gewaltschutz |", StringComparison.Ordinal) && l.Contains("nicht erhoben", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(rows);
        Assert.All(rows, l => Assert.DoesNotContain("| 0 % |", l, StringComparison.Ordinal));
        Assert.DoesNotContain(analysis.Gaps.Findings, f => f.Row.Domain == ServiceDomain.Gewaltschutz);
    }
}
