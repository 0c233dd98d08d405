using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Sozialindikatoren.Cli;
using Sozialindikatoren.Data;
using Sozialindikatoren.Reporting;
using Sozialindikatoren.Text;
using Sample = Sozialindikatoren.Samples.SiegenWittgenstein;
using TextTable = Sozialindikatoren.Text.Table;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace Sozialindikatoren.Tests.Reporting;

/// <summary>report.docx: the committee report as a Word document, read back with the Open XML SDK.</summary>
public sealed class ReportDocxTests : IDisposable
{
    private static readonly Lazy<CommitteeReportResult> German = new(() => CommitteeReportTests.Report(Sample.Load(), 100, 3, 250_000m));
    private static readonly Lazy<CommitteeReportResult> English = new(() => CommitteeReportTests.Report(Sample.Load(), 50, 3, 250_000m, Language.English));
    private readonly string _dir = Directory.CreateTempSubdirectory("si-docx-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    /// <summary>Writes the report folder and opens the report.docx written there.</summary>
    private WordprocessingDocument Written(CommitteeReportResult report)
    {
        var paths = report.WriteTo(_dir);
        var docx = Path.Combine(_dir, "report.docx");
        Assert.Contains(docx, paths);
        return WordprocessingDocument.Open(docx, false);
    }

    private static string StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal";

    private static IEnumerable<string> TextsOfStyle(WordprocessingDocument doc, string style) =>
        doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Where(p => StyleOf(p) == style).Select(p => p.InnerText);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Sample_IsValidAgainstTheOpenXmlSchema(bool english)
    {
        using var doc = Written(english ? English.Value : German.Value);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public void Sample_HasTitleSubtitleAndEverySectionHeadingAsHeading1InOrder()
    {
        var model = German.Value.Document;
        using var doc = Written(German.Value);
        Assert.Equal([model.Title], TextsOfStyle(doc, "Title"));
        Assert.Equal([model.Subtitle], TextsOfStyle(doc, "Subtitle"));
        Assert.Equal(model.Sections.Select(s => s.Heading), TextsOfStyle(doc, "Heading1"));
        Assert.Contains("Methodik und Quellen", TextsOfStyle(doc, "Heading1"));
        Assert.Equal(model.Title, doc.PackageProperties.Title);
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        foreach (var id in new[] { "Heading1", "Heading2", "Title", "Subtitle", "Note", "Warning", "ListBullet", "Caption" })
            Assert.Contains(styles.Elements<Style>(), s => s.StyleId == id);
        Assert.Equal(0, styles.Elements<Style>().Single(s => s.StyleId == "Heading1").StyleParagraphProperties!.OutlineLevel!.Val!.Value);
    }

    [Fact]
    public void Sample_EveryTableHasItsHeaderCellsInARowThatRepeatsOnEveryPage()
    {
        var tables = German.Value.Document.Sections.SelectMany(s => s.Blocks).OfType<ReportTable>().Select(t => t.Table).ToList();
        using var doc = Written(German.Value);
        var word = doc.MainDocumentPart!.Document!.Body!.Elements<WTable>().ToList();
        Assert.Equal(tables.Count, word.Count);
        Assert.True(tables.Count >= 8, $"{tables.Count} tables");
        for (var i = 0; i < tables.Count; i++)
        {
            var rows = word[i].Elements<TableRow>().ToList();
            Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
            Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties?.GetFirstChild<TableHeader>()));
            Assert.Equal(tables[i].Columns, rows[0].Elements<TableCell>().Select(c => c.InnerText));
            Assert.Equal(tables[i].Rows.Count + 1, rows.Count);
            Assert.Equal(tables[i].Rows.Select(r => string.Join("|", r)), rows.Skip(1).Select(r => string.Join("|", r.Elements<TableCell>().Select(c => c.InnerText))));
            var borders = word[i].GetFirstChild<TableProperties>()!.TableBorders!;
            Assert.Equal(BorderValues.Single, borders.InsideHorizontalBorder!.Val!.Value);
            Assert.Equal(BorderValues.Single, borders.TopBorder!.Val!.Value);
        }
        foreach (var title in tables.Where(t => t.Title is not null).Select(t => t.Title!))
            Assert.Contains(title, TextsOfStyle(doc, "Heading2"));
    }

    [Fact]
    public void Sample_WarningsAndIllustrativLabelsAreMarkedAsInHtml()
    {
        var notes = German.Value.Document.Sections.SelectMany(s => s.Blocks).OfType<ReportNote>().ToList();
        using var doc = Written(German.Value);
        var warnings = TextsOfStyle(doc, "Warning").ToList();
        var plain = TextsOfStyle(doc, "Note").ToList();
        Assert.Equal(notes.Where(n => n.IsWarning).Select(n => n.Text), warnings);
        Assert.Equal(notes.Where(n => !n.IsWarning).Select(n => n.Text), plain);
        Assert.Contains(warnings, w => w.StartsWith("illustrativ", StringComparison.Ordinal));
        var warningStyle = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Warning");
        Assert.Equal("E07000", warningStyle.StyleParagraphProperties!.ParagraphBorders!.LeftBorder!.Color!.Value);
        Assert.Equal("FFF4E5", warningStyle.StyleParagraphProperties!.Shading!.Fill!.Value);
        Assert.NotNull(warningStyle.StyleRunProperties!.GetFirstChild<Bold>());
    }

    [Fact]
    public void Sample_FiguresArePngPicturesAtMostTheTextWideWithTheirCaption()
    {
        var figures = German.Value.Document.Sections.SelectMany(s => s.Blocks).OfType<ReportFigure>().ToList();
        using var doc = Written(German.Value);
        Assert.NotEmpty(figures);
        Assert.Equal(figures.Select(f => f.Caption), TextsOfStyle(doc, "Caption"));
        var main = doc.MainDocumentPart!;
        var images = main.ImageParts.ToList();
        Assert.Equal(figures.Count, images.Count);
        foreach (var image in images)
        {
            using var stream = image.GetStream();
            var head = new byte[8];
            stream.ReadExactly(head);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, head);
            Assert.Equal("image/png", image.ContentType);
        }
        var extents = main.Document!.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().ToList();
        Assert.Equal(figures.Count, extents.Count);
        Assert.All(extents, e => Assert.InRange(e.Cx!.Value, 1, 165L * 36000));
        // Each picture is followed by its caption, and carries the caption as alternative text.
        var docProps = main.Document.Body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Select(d => d.Description!.Value).ToList();
        Assert.Equal(figures.Select(f => f.Caption), docProps);
    }

    [Theory]
    [InlineData(false, "de-DE", "Seite ")]
    [InlineData(true, "en-GB", "Page ")]
    public void Sample_FooterHasPageFieldAndLanguageTagFollowsTheReport(bool english, string tag, string page)
    {
        using var doc = Written(english ? English.Value : German.Value);
        var main = doc.MainDocumentPart!;
        var footer = main.FooterParts.Single().Footer!;
        Assert.Contains(footer.Descendants<FieldCode>(), f => f.Text.Trim() == "PAGE");
        Assert.StartsWith(page, footer.InnerText, StringComparison.Ordinal);
        var section = main.Document!.Body!.Elements<SectionProperties>().Single();
        Assert.Equal(main.GetIdOfPart(main.FooterParts.Single()), section.GetFirstChild<FooterReference>()!.Id!.Value);
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906U, 16838U), (size.Width!.Value, size.Height!.Value));   // A4 portrait in twips (210 × 297 mm)
        Assert.True(section.GetFirstChild<PageMargin>()!.Left!.Value >= 1134U);
        var languages = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!;
        Assert.Equal(tag, languages.Val!.Value);
        Assert.Equal(tag, doc.PackageProperties.Language);
    }

    [Fact]
    public void Handmade_BlocksMapToTheirWordElements()
    {
        var table = new TextTable(["Gemeinde", "Plätze"], [["Siegen", "12"], ["Netphen", "3"]], [ColumnAlignment.Left, ColumnAlignment.Right], "Plätze je Gemeinde");
        var model = new ReportDocument("Titel", "", [new ReportSection("a", "Abschnitt", [
            new ReportParagraph("Zeile 1\nZeile 2\u0001"),
            new ReportList(["eins", "zwei"]),
            new ReportTable(table),
            new ReportNote("Hinweis"),
            new ReportNote("Achtung", isWarning: true),
            new ReportFigure("<svg width=\"40\" height=\"20\"><rect x=\"0\" y=\"0\" width=\"10\" height=\"10\" fill=\"#000\"/></svg>", "Karte"),
        ])]);
        using var stream = new MemoryStream(model.ToDocx());
        using var doc = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc, TestContext.Current.CancellationToken));
        var body = doc.MainDocumentPart!.Document!.Body!;
        Assert.Empty(TextsOfStyle(doc, "Subtitle"));                   // an empty subtitle is left out
        var paragraph = body.Elements<Paragraph>().Single(p => StyleOf(p) == "Normal" && p.InnerText.StartsWith("Zeile", StringComparison.Ordinal));
        Assert.Single(paragraph.Descendants<Break>());                   // the line break is kept, the control character dropped
        Assert.Equal("Zeile 1Zeile 2", paragraph.InnerText);
        Assert.Equal(["eins", "zwei"], TextsOfStyle(doc, "ListBullet"));
        var numbering = doc.MainDocumentPart.NumberingDefinitionsPart!.Numbering!;
        Assert.Equal(NumberFormatValues.Bullet, numbering.Descendants<NumberingFormat>().Single().Val!.Value);
        Assert.Equal(["Plätze je Gemeinde"], TextsOfStyle(doc, "Heading2"));
        var rows = body.Elements<WTable>().Single().Elements<TableRow>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.NotNull(rows[0].Descendants<Bold>().FirstOrDefault());  // header cells bold
        Assert.Null(rows[1].Descendants<Bold>().FirstOrDefault());
        var right = rows[1].Elements<TableCell>().ElementAt(1).Descendants<Justification>().Single();
        Assert.Equal(JustificationValues.Right, right.Val!.Value);
        Assert.Empty(rows[1].Elements<TableCell>().First().Descendants<Justification>());
        Assert.Equal(["Hinweis"], TextsOfStyle(doc, "Note"));
        Assert.Equal(["Achtung"], TextsOfStyle(doc, "Warning"));
        Assert.Equal(["Karte"], TextsOfStyle(doc, "Caption"));
    }

    [Fact]
    public void Cli_Report_WritesTheDocxAndListsItInTheManifest()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(["report", "--out", _dir, "--draws", "20", "--lang", "en"], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        Assert.Contains("report.docx", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"report.docx\"", File.ReadAllText(Path.Combine(_dir, OutputFolder.ManifestName)), StringComparison.Ordinal);
        using (var doc = WordprocessingDocument.Open(Path.Combine(_dir, "report.docx"), false))
            Assert.Contains("At a glance", TextsOfStyle(doc, "Heading1"));
        Assert.Equal(0, CliApp.Run(["report", "--out", _dir, "--draws", "20"], stdout, stderr));   // a rerun replaces our own docx
    }
}
