using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Sozialindikatoren.Text;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>
/// Renders a <see cref="ReportDocument"/> as a Word document (<c>report.docx</c>, Office Open XML WordprocessingML):
/// title and subtitle, one Heading1 per section, paragraphs, bullet lists, bordered tables whose header row repeats on
/// every page, notes and warnings with a coloured left bar and shading (as in the HTML), figures as PNG pictures drawn
/// from the same SVG as the HTML (<see cref="SvgRaster"/>, 2 pixels per SVG unit, at most the text width of 16.5 cm)
/// with their caption (Word style "Caption", so a Word table of figures finds them) and the SVG's label as alternative
/// text, page numbers in the footer (PAGE field), A4 portrait, language de-DE or en-GB.
/// </summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class ReportDocx
{
    private const string BulletNumberingId = "1";

    /// <summary>The document as the bytes of a .docx package.</summary>
    public static byte[] Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var de = document.Language != Language.English;
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = document.Title;
            package.PackageProperties.Subject = document.Subtitle;
            package.PackageProperties.Language = de ? "de-DE" : "en-GB";
            package.PackageProperties.Creator = "sozialindikatoren";
            var main = package.AddMainDocumentPart();
            // Fixed relationship ids (the SDK would draw random ones): the same report gives the same bytes.
            var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
            styles.Styles = ReportDocxStyles.Create(de ? "de-DE" : "en-GB");
            var numbering = main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering");
            numbering.Numbering = BulletNumbering();
            var footer = main.AddNewPart<FooterPart>("rIdFooter");
            footer.Footer = PageFooter(de);
            var body = new Body();
            body.Append(Para(document.Title, "Title"));
            if (document.Subtitle.Length > 0) body.Append(Para(document.Subtitle, "Subtitle"));
            foreach (var section in document.Sections)
            {
                body.Append(Para(section.Heading, "Heading1"));
                foreach (var block in section.Blocks) AppendBlock(main, body, block);
            }
            body.Append(PageSetup(main.GetIdOfPart(footer)));
            main.Document = new Document(body);
        }
        return Data.Excel.OpenXmlPackage.Deterministic(stream.ToArray());
    }

    private static void AppendBlock(MainDocumentPart main, Body body, ReportBlock block)
    {
        switch (block)
        {
            case ReportParagraph p:
                body.Append(Para(p.Text, null));
                break;
            case ReportList l:
                foreach (var item in l.Items) body.Append(Para(item, "ListBullet"));
                break;
            case ReportTable t:
                if (t.Table.Title is { } title) body.Append(Para(title, "Heading2"));
                body.Append(TableOf(t.Table));
                body.Append(Para("", null));
                break;
            case ReportFigure f:
                body.Append(ReportDocxPicture.Paragraph(main, f));
                body.Append(Para(f.Caption, "Caption"));
                break;
            case ReportNote n:
                body.Append(Para(n.Text, n.IsWarning ? "Warning" : "Note"));
                break;
        }
    }

    /// <summary>A paragraph of plain text in a style (null: Normal); line breaks in the text become breaks.</summary>
    private static Paragraph Para(string text, string? style)
    {
        var p = new Paragraph();
        if (style is not null) p.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        p.Append(RunOf(text, bold: false));
        return p;
    }

    private static Run RunOf(string text, bool bold)
    {
        var run = new Run();
        if (bold) run.Append(new RunProperties(new Bold()));
        var lines = Clean(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new WText(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    /// <summary>Drops characters XML 1.0 cannot carry and normalises line ends to <c>\n</c>.</summary>
    private static string Clean(string text)
    {
        var s = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (!s.Any(c => c < ' ' && c != '\n' && c != '\t')) return s;
        return new string(s.Where(c => c >= ' ' || c == '\n' || c == '\t').ToArray());
    }

    private static Table TableOf(Text.Table table)
    {
        static BorderType Border<T>() where T : BorderType, new() => new T { Val = BorderValues.Single, Size = 4, Space = 0, Color = "BFBFBF" };
        var t = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(Border<TopBorder>(), Border<LeftBorder>(), Border<BottomBorder>(), Border<RightBorder>(),
                Border<InsideHorizontalBorder>(), Border<InsideVerticalBorder>()),
            new TableLayout { Type = TableLayoutValues.Autofit },
            new TableCellMarginDefault(new TopMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa }),
            new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }));
        var columns = table.Columns.Count;
        var grid = new TableGrid();
        for (var c = 0; c < columns; c++) grid.Append(new GridColumn { Width = (9000 / Math.Max(1, columns)).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        t.Append(grid);
        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var c = 0; c < columns; c++) header.Append(Cell(table.Columns[c], table.Alignments[c], header: true));
        t.Append(header);
        foreach (var row in table.Rows)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            for (var c = 0; c < columns; c++) tr.Append(Cell(c < row.Count ? row[c] : "", table.Alignments[c], header: false));
            t.Append(tr);
        }
        return t;
    }

    private static TableCell Cell(string text, ColumnAlignment alignment, bool header)
    {
        var props = new TableCellProperties();
        if (header) props.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F2F2F2" });
        var paragraphProps = new ParagraphProperties(new ParagraphStyleId { Val = "TableText" });
        if (alignment == ColumnAlignment.Right) paragraphProps.Append(new Justification { Val = JustificationValues.Right });
        return new TableCell(props, new Paragraph(paragraphProps, RunOf(text, bold: header)));
    }

    private static Numbering BulletNumbering() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "•" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" })) { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = int.Parse(BulletNumberingId, System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>The footer: "Seite N von M" / "Page N of M" with PAGE and NUMPAGES fields, centred.</summary>
    private static Footer PageFooter(bool de)
    {
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Center }));
        p.Append(new Run(new WText(de ? "Seite " : "Page ") { Space = SpaceProcessingModeValues.Preserve }));
        AppendField(p, "PAGE");
        p.Append(new Run(new WText(de ? " von " : " of ") { Space = SpaceProcessingModeValues.Preserve }));
        AppendField(p, "NUMPAGES");
        return new Footer(p);
    }

    /// <summary>A complex field (begin, instruction, separate, cached result, end).</summary>
    private static void AppendField(Paragraph p, string instruction)
    {
        p.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }));
        p.Append(new Run(new FieldCode(" " + instruction + " ") { Space = SpaceProcessingModeValues.Preserve }));
        p.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
        p.Append(new Run(new WText("1")));
        p.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
    }

    /// <summary>A4 portrait (210 × 297 mm = 11906 × 16838 twips), margins 2.5 cm left/top/bottom and 2 cm right, footer 1.25 cm.</summary>
    private static SectionProperties PageSetup(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = 11906U, Height = 16838U, Orient = PageOrientationValues.Portrait },
        new PageMargin { Top = 1417, Right = 1134U, Bottom = 1417, Left = 1417U, Header = 709U, Footer = 709U, Gutter = 0U });
}
