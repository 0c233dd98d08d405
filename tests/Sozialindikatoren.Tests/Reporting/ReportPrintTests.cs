using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Sozialindikatoren.Reporting;

namespace Sozialindikatoren.Tests.Reporting;

/// <summary>Issue 12.14: the printed report — stylesheet, contrast of the palette (WCAG AA), figures whose labels are not
/// cut off and which name domain and unit. The PDF rendering itself is in <see cref="CommitteeReportTests"/> (the
/// Chromium family).</summary>
public sealed partial class ReportPrintTests
{
    private static ReportDocument Sample => CommitteeReportTests.SampleDocument;

    [Theory]
    [InlineData("#000000", "#ffffff", 21.0)]
    [InlineData("#ffffff", "#ffffff", 1.0)]
    [InlineData("#777777", "#ffffff", 4.4781)]   // the well-known "#777 just fails AA" example
    [InlineData("#767676", "#ffffff", 4.5422)]
    [InlineData("#ff0000", "#ffffff", 3.9985)]
    public void ContrastRatio_matches_the_wcag_definition(string a, string b, double expected) =>
        Assert.Equal(expected, ReportPalette.ContrastRatio(a, b), 3);

    [Fact]
    public void Every_text_colour_of_the_stylesheet_meets_AA_on_every_background()
    {
        var css = ReportDocument.Css;
        var foregrounds = ColourRule().Matches(css).Where(m => m.Groups[1].Value == "color").Select(m => m.Groups[2].Value).Distinct().ToArray();
        var backgrounds = ColourRule().Matches(css).Where(m => m.Groups[1].Value == "background").Select(m => m.Groups[2].Value).Distinct().ToArray();
        Assert.NotEmpty(foregrounds);
        Assert.NotEmpty(backgrounds);
        // Every colour of the stylesheet is one of the palette's pairs …
        Assert.All(foregrounds, f => Assert.Contains(ReportPalette.HtmlTextPairs, p => p.Foreground == f));
        Assert.All(backgrounds, b => Assert.Contains(ReportPalette.HtmlTextPairs, p => p.Background == b));
        // … and body text meets AA on every background, secondary text on the page.
        Assert.All(ReportPalette.HtmlTextPairs, p => Assert.True(ReportPalette.ContrastRatio(p.Foreground, p.Background) >= 4.5,
            $"{p.Foreground} on {p.Background}: {ReportPalette.ContrastRatio(p.Foreground, p.Background):0.00} < 4.5"));
        Assert.All(backgrounds, b => Assert.True(ReportPalette.ContrastRatio(ReportPalette.Text, b) >= 4.5));
    }

    [Fact]
    public void Map_labels_meet_AA_on_every_palette_fill()
    {
        foreach (var fill in Svg.SequentialScale.Concat(Svg.ClassScale).Concat(["#dddddd", "#f7f7f7", "#999999"]))
        {
            var text = ReportPalette.TextOn(fill);
            Assert.True(ReportPalette.ContrastRatio(text, fill) >= 4.5, $"{text} on {fill}: {ReportPalette.ContrastRatio(text, fill):0.00}");
        }
        // In the sample's maps, every label is drawn in the colour chosen for its area's fill.
        var maps = Figures().Where(svg => svg.Descendants(N("path")).Any(p => (string?)p.Attribute("class") == "area")).ToArray();
        Assert.NotEmpty(maps);
        foreach (var svg in maps)
        {
            var fills = svg.Descendants(N("path")).Where(p => (string?)p.Attribute("class") == "area").Select(p => (string)p.Attribute("fill")!).ToArray();
            var labels = svg.Descendants(N("text")).Where(t => (string?)t.Attribute("text-anchor") == "middle" && t.Attribute("paint-order") is not null).ToArray();
            Assert.Equal(fills.Length, labels.Length);
            for (var i = 0; i < fills.Length; i++)
                Assert.True(ReportPalette.ContrastRatio((string)labels[i].Attribute("fill")!, fills[i]) >= 4.5, $"label {labels[i].Value} on {fills[i]}");
        }
    }

    [Fact]
    public void Print_stylesheet_sets_A4_page_breaks_and_wrapping_tables()
    {
        var css = ReportDocument.Css;
        var print = css[css.IndexOf("@media print", StringComparison.Ordinal)..];
        Assert.Contains("@page{size:A4", print, StringComparison.Ordinal);
        Assert.Contains("section+section>h2{break-before:page}", print, StringComparison.Ordinal);
        Assert.Contains("overflow-wrap:break-word", print, StringComparison.Ordinal);
        Assert.Contains(".screen-only{display:none}", print, StringComparison.Ordinal);
        Assert.Contains("thead{display:table-header-group}", print, StringComparison.Ordinal);
        Assert.Contains("figure,svg", print, StringComparison.Ordinal);
        Assert.Contains(css, Sample.ToHtml(), StringComparison.Ordinal);
    }

    /// <summary>A table wider than <see cref="ReportDocument.MaxPrintColumns"/> prints as column groups that repeat the
    /// first column and together hold every column once; on screen it stays whole.</summary>
    [Fact]
    public void Wide_tables_print_as_column_groups()
    {
        var columns = Enumerable.Range(1, 23).Select(i => "Spalte " + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var table = new Sozialindikatoren.Text.Table(columns, [columns.Select(c => c + " Wert").ToArray()], null, "Breit");
        var html = new ReportDocument("T", "", [new ReportSection("s", "S", [new ReportTable(table)])]).ToHtml();
        Assert.Single(Regex.Matches(html, "<table class=\"screen-only\">"));
        var groups = Regex.Matches(html, "<table class=\"print-only\">(.*?)</table>").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(3, groups.Length);   // 22 columns after the first, 9 per group
        Assert.All(groups, g => Assert.Contains("<th>Spalte 1</th>", g, StringComparison.Ordinal));
        Assert.All(groups, g => Assert.True(Regex.Count(g, "<th>") <= ReportDocument.MaxPrintColumns));
        var printed = groups.SelectMany(g => Regex.Matches(g, "<th>(.*?)</th>").Select(m => m.Groups[1].Value)).Distinct().ToArray();
        Assert.Equal(columns, printed);
        Assert.Contains("(Spalten 2–10 von 23, Teil 1 von 3)", groups[0], StringComparison.Ordinal);
    }

    /// <summary>No text of a chart or map title, no bar label and no value runs over the edge of its SVG (measured in the
    /// embedded DejaVu Sans, the report's first font).</summary>
    [Fact]
    public void No_label_or_title_runs_over_the_edge_of_its_figure()
    {
        var long_ = Svg.BarChart([("Schuldner- und Insolvenzberatung, Verbraucherinsolvenz (Vollzeitäquivalente)", 62, "62,0 %", "#fd8d3c"), ("B", 5, "5 %", "#fd8d3c")],
            "Ein sehr langer Titel, der in einer Zeile nicht Platz hat, weil er Handlungsfeld, Einheit und noch mehr nennt", width: 400);
        foreach (var svg in Figures().Append(XElement.Parse(long_)))
        {
            var width = double.Parse(((string)svg.Attribute("viewBox")!).Split(' ')[2], CultureInfo.InvariantCulture);
            foreach (var t in svg.Descendants(N("text")).Where(t => (string?)t.Attribute("text-anchor") != "middle"))
            {
                var x = double.Parse((string)t.Attribute("x")!, CultureInfo.InvariantCulture);
                var size = float.Parse((string?)t.Attribute("font-size") ?? "16", CultureInfo.InvariantCulture);
                var w = SvgRaster.TextWidth(t.Value, size, (string?)t.Attribute("font-weight") == "bold");
                var (left, right) = (string?)t.Attribute("text-anchor") == "end" ? (x - w, x) : (x, x + w);
                Assert.True(left >= 0 && right <= width, $"'{t.Value}' spans {left:0.#}–{right:0.#} px in a figure {width} px wide");
            }
        }
    }

    [Fact]
    public void Maps_and_charts_name_domain_and_unit()
    {
        var figures = Sample.Sections.SelectMany(s => s.Blocks).OfType<ReportFigure>().ToArray();
        var coverageMap = figures.Single(f => f.Caption.StartsWith("Karte: Versorgungsgrad", StringComparison.Ordinal));
        Assert.Matches(@"Karte: Versorgungsgrad .+ \((Plätze|VZÄ|Vollzeitäquivalente|Fälle/Jahr|[^,]+), % des Bedarfs\)", coverageMap.Caption);
        var after = figures.Single(f => f.Caption.StartsWith("Karte: Veränderung", StringComparison.Ordinal));
        Assert.Contains("Prozentpunkte", after.Caption, StringComparison.Ordinal);
        Assert.Contains("das Handlungsfeld mit der größten Veränderung", after.Caption, StringComparison.Ordinal);
        Assert.Contains("in Prozentpunkten", after.Svg, StringComparison.Ordinal);
    }

    /// <summary>The "after the cuts" map shows the (domain, unit) whose demand-weighted coverage falls most, computed
    /// here from the cut cells independently.</summary>
    [Fact]
    public void After_cuts_map_shows_the_domain_with_the_largest_change()
    {
        var cuts = CommitteeReportTests.SampleResult.Cuts;
        var best = cuts.Cells.Where(c => double.IsFinite(c.CoverageBefore) && double.IsFinite(c.CoverageAfter) && c.Demand > 0)
            .GroupBy(c => (c.Domain, c.Unit))
            .Select(g => (g.Key, Drop: g.Sum(c => c.Demand!.Value * c.CoverageBefore - c.Demand!.Value * c.CoverageAfter) / g.Sum(c => c.Demand!.Value)))
            .MaxBy(x => x.Drop);
        Assert.True(best.Drop > 0);
        var after = Sample.Sections.Single(s => s.Id == "nach-kuerzungen").Blocks.OfType<ReportFigure>().Single();
        Assert.Contains($"{best.Key.Domain.GermanName} ({Sozialindikatoren.Text.Labels.Of(best.Key.Unit, Sozialindikatoren.Text.Language.German)})", after.Caption, StringComparison.Ordinal);
        var drops = XElement.Parse(after.Svg).Descendants(N("path")).Count(p => (string?)p.Attribute("class") == "area");
        Assert.Equal(cuts.Cells.Count(c => c.Domain == best.Key.Domain && c.Unit == best.Key.Unit && c.Row.Space.Boundary is not null), drops);
    }

    private static XName N(string local) => XName.Get(local, "http://www.w3.org/2000/svg");

    private static IEnumerable<XElement> Figures() =>
        Sample.Sections.SelectMany(s => s.Blocks).OfType<ReportFigure>().Where(f => f.Svg.StartsWith("<svg", StringComparison.Ordinal)).Select(f => XElement.Parse(f.Svg));

    [GeneratedRegex(@"(?<![-\w])(color|background):(#[0-9a-fA-F]{3,6})")]
    private static partial Regex ColourRule();
}
