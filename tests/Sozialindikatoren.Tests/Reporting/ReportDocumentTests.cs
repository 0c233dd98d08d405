using Sozialindikatoren.Reporting;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Tests.Reporting;

public class ReportDocumentTests
{
    private static ReportDocument Doc()
    {
        var space = new SocialSpace("a", "Gemeinde <A>", SpaceLevel.Municipality,
            boundary: new GeoPolygon([new GeoPoint(50, 8), new GeoPoint(50, 8.1), new GeoPoint(50.1, 8.1), new GeoPoint(50, 8)]));
        var map = Svg.ChoroplethMap([new MapArea(space, "#bd0026", "62 %", "Gemeinde A: 62 %")], "Karte", [("#bd0026", "unter 50 %")]);
        var bars = Svg.BarChart([("Siegen", 62, "62 %", "#fd8d3c"), ("Netphen", double.NaN, "", "#fd8d3c")], "Versorgung", referenceLine: (100, "100 %"));
        return new ReportDocument("Bericht", "Stichtag 01.01.2025",
        [
            new ReportSection("a", "Abschnitt & Test", [
                new ReportParagraph("Text mit <Zeichen>."),
                new ReportList(["eins", "zwei"]),
                new ReportTable(new Table(["x", "y"], [["1", "2"]], [ColumnAlignment.Left, ColumnAlignment.Right], "T"), "t.csv", "x,y\n1,2\n"),
                new ReportFigure(map, "Karte der Versorgung"),
                new ReportFigure(bars, "Balken"),
                new ReportNote("illustrativ", isWarning: true),
            ]),
        ]);
    }

    [Fact]
    public void Html_IsSelfContainedAndEscaped()
    {
        var html = Doc().ToHtml();
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Text mit &lt;Zeichen&gt;.", html, StringComparison.Ordinal);
        Assert.Contains("Gemeinde &lt;A&gt;", html, StringComparison.Ordinal);
        Assert.Contains("class=\"warning\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_And_Text_CarryTablesAndNotes()
    {
        var d = Doc();
        Assert.Contains("## Abschnitt & Test", d.ToMarkdown(), StringComparison.Ordinal);
        Assert.Contains("> **illustrativ**", d.ToMarkdown(), StringComparison.Ordinal);
        Assert.Contains("!! illustrativ", d.ToText(), StringComparison.Ordinal);
        Assert.Single(d.CsvTables);
    }

    [Fact]
    public void Rendering_IsDeterministic() => Assert.Equal(Doc().ToHtml(), Doc().ToHtml());

    [Fact]
    public void MapArea_WithoutBoundary_Throws() =>
        Assert.Throws<ArgumentException>(() => new MapArea(new SocialSpace("a", "A", SpaceLevel.Municipality), "#ffffff", "", ""));
}
