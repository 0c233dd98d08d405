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

    /// <summary>A self-contained HTML page (inline CSS and SVG; no scripts, no external resources).</summary>
    /// <returns>The HTML text.</returns>
    public string ToHtml()
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(Language == Language.English ? "en" : "de").Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").Append(E(Title)).Append("</title>\n");
        sb.Append("<style>\nbody{font-family:'DejaVu Sans',Arial,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}\n")
          .Append("h1{font-size:1.7em;margin-bottom:.2em}h2{border-bottom:2px solid #bd0026;padding-bottom:.2em;margin-top:2em}\n")
          .Append(".subtitle{color:#555;margin-top:0}table{border-collapse:collapse;margin:.8em 0 1.4em;font-size:.9em}\n")
          .Append("th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top}th{background:#f2f2f2;text-align:left}td.r,th.r{text-align:right}\n")
          .Append("caption{caption-side:top;text-align:left;font-weight:bold;padding:.3em 0}figure{margin:1em 0}figcaption{color:#555;font-size:.9em}\n")
          .Append(".note{background:#f6f6f6;border-left:4px solid #888;padding:.5em .8em}.warning{background:#fff4e5;border-left:4px solid #e07000;padding:.5em .8em;font-weight:bold}\n")
          .Append("nav ul{columns:2}\n</style>\n</head>\n<body>\n");
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
                        var table = t.Table;
                        sb.Append("<table>");
                        if (table.Title is not null) sb.Append("<caption>").Append(E(table.Title)).Append("</caption>");
                        sb.Append("<thead><tr>");
                        for (var c = 0; c < table.Columns.Count; c++)
                            sb.Append(table.Alignments[c] == ColumnAlignment.Right ? "<th class=\"r\">" : "<th>").Append(E(table.Columns[c])).Append("</th>");
                        sb.Append("</tr></thead><tbody>");
                        foreach (var r in table.Rows)
                        {
                            sb.Append("<tr>");
                            for (var c = 0; c < r.Count; c++)
                                sb.Append(table.Alignments[c] == ColumnAlignment.Right ? "<td class=\"r\">" : "<td>").Append(E(r[c])).Append("</td>");
                            sb.Append("</tr>");
                        }
                        sb.Append("</tbody></table>\n");
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
