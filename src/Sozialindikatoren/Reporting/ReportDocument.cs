using System.Net;
using System.Text;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>
/// A report (<em>Bericht</em>) as a model: title, subtitle, sections. Rendered to Markdown, self-contained HTML, Word
/// (.docx) and plain terminal text. Rendering is deterministic (no timestamps).
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ReportDocument
{
    /// <summary>Creates a report.</summary>
    /// <param name="title">Title.</param>
    /// <param name="subtitle">Subtitle (data set, scenario, Stichtag).</param>
    /// <param name="sections">Sections.</param>
    /// <param name="language">The language the text is in (sets the HTML <c>lang</c>).</param>
    public ReportDocument(string title, string subtitle, IEnumerable<ReportSection> sections, Language language = Language.German)
    {
        Title = title ?? "";
        Subtitle = subtitle ?? "";
        Sections = sections.ToArray();
        Language = language;
    }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The subtitle.</summary>
    public string Subtitle { get; }

    /// <summary>The sections.</summary>
    public IReadOnlyList<ReportSection> Sections { get; }

    /// <summary>The language.</summary>
    public Language Language { get; }

    /// <summary>All tables that carry a CSV file name.</summary>
    public IEnumerable<ReportTable> CsvTables => Sections.SelectMany(s => s.Blocks).OfType<ReportTable>().Where(t => t.CsvName is not null && t.Csv is not null);

    /// <summary>Markdown (GitHub flavour).</summary>
    /// <returns>The text.</returns>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(Title).Append("\n\n");
        if (Subtitle.Length > 0) sb.Append('_').Append(Subtitle).Append("_\n\n");
        foreach (var s in Sections)
        {
            sb.Append("## ").Append(s.Heading).Append("\n\n");
            foreach (var b in s.Blocks)
            {
                switch (b)
                {
                    case ReportParagraph p: sb.Append(p.Text).Append("\n\n"); break;
                    case ReportList l: foreach (var i in l.Items) sb.Append("- ").Append(i).Append('\n'); sb.Append('\n'); break;
                    case ReportTable { Table.Rows.Count: 0 }: break;   // an empty table only carries its CSV (header only)
                    case ReportTable t: sb.Append(t.Table.ToMarkdown()).Append('\n'); break;
                    case ReportFigure f: sb.Append("*Abbildung / figure: ").Append(f.Caption).Append(" (siehe report.html)*\n\n"); break;
                    case ReportNote n: sb.Append("> ").Append(n.IsWarning ? "**" + n.Text + "**" : n.Text).Append("\n\n"); break;
                }
            }
        }
        return sb.ToString();
    }

    /// <summary>Plain text for terminals: headings underlined, tables aligned, figures left out.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var sb = new StringBuilder();
        sb.Append(Title).Append('\n').Append(new string('=', Title.Length)).Append('\n');
        if (Subtitle.Length > 0) sb.Append(Subtitle).Append('\n');
        sb.Append('\n');
        foreach (var s in Sections)
        {
            sb.Append(s.Heading).Append('\n').Append(new string('-', s.Heading.Length)).Append("\n\n");
            foreach (var b in s.Blocks)
            {
                switch (b)
                {
                    case ReportParagraph p: sb.Append(p.Text).Append("\n\n"); break;
                    case ReportList l: foreach (var i in l.Items) sb.Append("  • ").Append(i).Append('\n'); sb.Append('\n'); break;
                    case ReportTable { Table.Rows.Count: 0 }: break;
                    case ReportTable { ShowInTerminal: true } t: sb.Append(t.Table.ToText()).Append('\n'); break;
                    case ReportNote n: sb.Append(n.IsWarning ? "!! " : "» ").Append(n.Text).Append("\n\n"); break;
                }
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// A Word document (<c>report.docx</c>, Office Open XML, valid against the schema): title and subtitle, a Heading1 per
    /// section, paragraphs, bullet lists, bordered tables whose header row repeats on every page, notes and warnings with
    /// a coloured bar and shading, page numbers in the footer, A4 portrait, language tag de-DE or en-GB. Figures appear as
    /// their caption and a pointer to <c>report.html</c> (the SVG maps and charts are not drawn in Word).
    /// </summary>
    /// <returns>The bytes of the .docx package.</returns>
    public byte[] ToDocx() => ReportDocx.Write(this);

    /// <summary>The most columns a table prints in one piece; a wider table prints as column groups (its first column
    /// repeated in each), on screen it stays whole.</summary>
    internal const int MaxPrintColumns = 10;

    private static void AppendTable(StringBuilder sb, Table table, IReadOnlyList<int> columns, string? captionSuffix, string? cssClass)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        sb.Append(cssClass is null ? "<table>" : $"<table class=\"{cssClass}\">");
        if (table.Title is not null || captionSuffix is not null) sb.Append("<caption>").Append(E((table.Title ?? "") + captionSuffix)).Append("</caption>");
        sb.Append("<thead><tr>");
        foreach (var c in columns)
            sb.Append(table.Alignments[c] == ColumnAlignment.Right ? "<th class=\"r\">" : "<th>").Append(E(table.Columns[c])).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var r in table.Rows)
        {
            sb.Append("<tr>");
            foreach (var c in columns)
                sb.Append(table.Alignments[c] == ColumnAlignment.Right ? "<td class=\"r\">" : "<td>").Append(E(r[c])).Append("</td>");
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>\n");
    }

    /// <summary>The stylesheet of the HTML page: screen layout, and for print (<c>@media print</c>) A4 pages, a page break
    /// before every section but the first, tables that wrap within the page width instead of being cut off (header row
    /// repeated on every page; a table of more than <see cref="MaxPrintColumns"/> columns printed as column groups), figures and notes kept whole. Colours come from <see cref="ReportPalette"/>, whose
    /// text/background pairs meet WCAG AA.</summary>
    internal static string Css { get; } =
        $"body{{font-family:'DejaVu Sans',Arial,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:{ReportPalette.Text};background:{ReportPalette.Background};line-height:1.45}}\n"
        + "h1{font-size:1.7em;margin-bottom:.2em}h2{border-bottom:2px solid #bd0026;padding-bottom:.2em;margin-top:2em}\n"
        + $".subtitle{{color:{ReportPalette.MutedText};margin-top:0}}table{{border-collapse:collapse;margin:.8em 0 1.4em;font-size:.9em}}\n"
        + $"th,td{{border:1px solid #ccc;padding:.25em .5em;vertical-align:top}}th{{background:{ReportPalette.HeaderBackground};text-align:left}}td.r,th.r{{text-align:right}}\n"
        + $"caption{{caption-side:top;text-align:left;font-weight:bold;padding:.3em 0}}figure{{margin:1em 0}}figcaption{{color:{ReportPalette.MutedText};font-size:.9em}}svg{{max-width:100%;height:auto}}\n"
        + $".note{{background:{ReportPalette.NoteBackground};border-left:4px solid #888;padding:.5em .8em}}.warning{{background:{ReportPalette.WarningBackground};border-left:4px solid #e07000;padding:.5em .8em;font-weight:bold}}\n"
        + "nav ul{columns:2}.print-only{display:none}\n"
        + "@media print{\n"
        + ".screen-only{display:none}table.print-only{display:table}\n"
        + "@page{size:A4;margin:16mm 14mm 18mm 14mm}\n"
        + "body{max-width:none;margin:0;padding:0;font-size:10pt;line-height:1.35;-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
        + "h1{margin-top:0}h2{margin-top:0}section+section>h2{break-before:page}h2,caption{break-after:avoid}\n"
        + "table{width:100%;table-layout:auto;font-size:7.5pt}th,td{padding:.15em .3em;overflow-wrap:break-word;word-break:normal}\n"
        + "thead{display:table-header-group}tr{break-inside:avoid}\n"
        + "figure,svg,.note,.warning{break-inside:avoid}figure{margin:.6em 0}\n"
        + "a{color:inherit;text-decoration:none}\n"
        + "}\n";

    /// <summary>A self-contained HTML page (inline CSS and SVG; no scripts, no external resources).</summary>
    /// <returns>The HTML text.</returns>
    public string ToHtml()
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(Language == Language.English ? "en" : "de").Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").Append(E(Title)).Append("</title>\n");
        sb.Append("<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        sb.Append("<h1>").Append(E(Title)).Append("</h1>\n");
        if (Subtitle.Length > 0) sb.Append("<p class=\"subtitle\">").Append(E(Subtitle)).Append("</p>\n");
        sb.Append("<nav><ul>");
        foreach (var s in Sections) sb.Append("<li><a href=\"#").Append(E(s.Id)).Append("\">").Append(E(s.Heading)).Append("</a></li>");
        sb.Append("</ul></nav>\n");
        foreach (var s in Sections)
        {
            sb.Append("<section id=\"").Append(E(s.Id)).Append("\">\n<h2>").Append(E(s.Heading)).Append("</h2>\n");
            foreach (var b in s.Blocks)
            {
                switch (b)
                {
                    case ReportParagraph p: sb.Append("<p>").Append(E(p.Text)).Append("</p>\n"); break;
                    case ReportList l:
                        sb.Append("<ul>");
                        foreach (var i in l.Items) sb.Append("<li>").Append(E(i)).Append("</li>");
                        sb.Append("</ul>\n");
                        break;
                    case ReportTable { Table.Rows.Count: 0 }:
                        break;
                    case ReportTable t:
                        var all = Enumerable.Range(0, t.Table.Columns.Count).ToArray();
                        if (all.Length <= MaxPrintColumns) { AppendTable(sb, t.Table, all, null, null); break; }
                        // A wide table: whole on screen; in print split into column groups that repeat the first
                        // column, so no column is cut off at the page edge.
                        AppendTable(sb, t.Table, all, null, "screen-only");
                        var rest = all.Skip(1).Chunk(MaxPrintColumns - 1).ToArray();
                        for (var g = 0; g < rest.Length; g++)
                            AppendTable(sb, t.Table, [0, .. rest[g]], Language == Language.English
                                ? $" (columns {rest[g][0] + 1}–{rest[g][^1] + 1} of {all.Length}, part {g + 1} of {rest.Length})"
                                : $" (Spalten {rest[g][0] + 1}–{rest[g][^1] + 1} von {all.Length}, Teil {g + 1} von {rest.Length})", "print-only");
                        break;
                    case ReportFigure f:
                        sb.Append("<figure>").Append(f.Svg).Append("<figcaption>").Append(E(f.Caption)).Append("</figcaption></figure>\n");
                        break;
                    case ReportNote n:
                        sb.Append("<p class=\"").Append(n.IsWarning ? "warning" : "note").Append("\">").Append(E(n.Text)).Append("</p>\n");
                        break;
                }
            }
            sb.Append("</section>\n");
        }
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }
}
