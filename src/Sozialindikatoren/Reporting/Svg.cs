using System.Globalization;
using System.Net;
using System.Text;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>
/// Self-contained SVG graphics for reports (<em>Karten und Diagramme</em>): a choropleth map of spaces from their boundary
/// polygons, and horizontal bar charts. Output is deterministic text (invariant numbers, fixed precision).
/// </summary>
/// <remarks>The map uses an equirectangular projection with longitudes scaled by cos(mean latitude), which is accurate
/// enough for a county (distortion well below 1 % over 100 km). North is up.</remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class Svg
{
    /// <summary>A sequential colour scale from light to dark (5 steps, colour-blind safe, ColorBrewer "YlOrRd").</summary>
    public static IReadOnlyList<string> SequentialScale { get; } = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"];

    /// <summary>A diverging scale for classes from good to bad (ColorBrewer "RdYlBu" reversed, 5 steps).</summary>
    public static IReadOnlyList<string> ClassScale { get; } = ["#2c7bb6", "#abd9e9", "#ffffbf", "#fdae61", "#d7191c"];

    /// <summary>Draws a choropleth map.</summary>
    /// <param name="areas">The areas (at least one).</param>
    /// <param name="title">Title drawn above the map.</param>
    /// <param name="legend">Legend entries (colour, text) drawn below the map.</param>
    /// <param name="width">Width in px of the map area.</param>
    /// <param name="outline">Optional outline (e.g. the county) drawn as a stroke only.</param>
    /// <returns>An <c>&lt;svg&gt;</c> element.</returns>
    public static string ChoroplethMap(IReadOnlyList<MapArea> areas, string title, IReadOnlyList<(string Color, string Text)> legend, int width = 640, GeoPolygon? outline = null)
    {
        ArgumentNullException.ThrowIfNull(areas);
        if (areas.Count == 0) throw new ArgumentException("map: at least one area is required.", nameof(areas));
        var points = areas.SelectMany(a => a.Space.Boundary!.Exterior).ToArray();
        double minLon = points.Min(p => p.Longitude), maxLon = points.Max(p => p.Longitude);
        double minLat = points.Min(p => p.Latitude), maxLat = points.Max(p => p.Latitude);
        var kx = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var spanX = Math.Max((maxLon - minLon) * kx, 1e-9);
        var spanY = Math.Max(maxLat - minLat, 1e-9);
        const int pad = 10;
        var titleLines = TitleLines(title, width - 2 * pad);
        var top = 34 + 18 * (titleLines.Count - 1);
        var scale = (width - 2 * pad) / spanX;
        var mapHeight = (int)Math.Ceiling(spanY * scale);
        var legendHeight = 22 * legend.Count + 10;
        var height = top + mapHeight + pad + legendHeight;
        string X(GeoPoint p) => F(pad + (p.Longitude - minLon) * kx * scale);
        string Y(GeoPoint p) => F(top + (maxLat - p.Latitude) * scale);
        string PathOf(GeoPolygon poly) =>
            string.Concat(new[] { poly.Exterior }.Concat(poly.Holes).Select(ring =>
                "M" + string.Join("L", ring.Select(p => X(p) + "," + Y(p))) + "Z"));

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{Esc(title)}\">");
        sb.Append(Title(titleLines, pad));
        foreach (var a in areas)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<path class=\"area\" data-id=\"{Esc(a.Space.Id.Value)}\" d=\"{PathOf(a.Space.Boundary!)}\" fill=\"{a.Fill}\" stroke=\"#555\" stroke-width=\"0.8\"><title>{Esc(a.Tooltip)}</title></path>");
        }
        if (outline is not null) sb.Append(CultureInfo.InvariantCulture, $"<path d=\"{PathOf(outline)}\" fill=\"none\" stroke=\"#222\" stroke-width=\"1.6\"/>");
        foreach (var a in areas)
        {
            var c = a.Space.Centroid ?? Mean(a.Space.Boundary!.Exterior);
            // Black or white, whichever contrasts more with the area's fill (WCAG AA), with a halo in the other colour.
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(c)}\" y=\"{Y(c)}\" font-size=\"10\" text-anchor=\"middle\" fill=\"{ReportPalette.TextOn(a.Fill)}\" paint-order=\"stroke\" stroke=\"{ReportPalette.HaloOn(a.Fill)}\" stroke-width=\"2.5\">");
            sb.Append(Esc(a.Space.Name));
            if (a.Label.Length > 0) sb.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{X(c)}\" dy=\"12\">{Esc(a.Label)}</tspan>");
            sb.Append("</text>");
        }
        var ly = top + mapHeight + pad;
        for (var i = 0; i < legend.Count; i++)
        {
            var y = ly + 22 * i;
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{pad}\" y=\"{y}\" width=\"18\" height=\"14\" fill=\"{Esc(legend[i].Color)}\" stroke=\"#555\" stroke-width=\"0.5\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{pad + 26}\" y=\"{y + 11}\" font-size=\"12\">{Esc(legend[i].Text)}</text>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>Draws a horizontal bar chart; NaN values are drawn as "–" without a bar.</summary>
    /// <param name="bars">Label, value, formatted value text, and colour per bar.</param>
    /// <param name="title">Title.</param>
    /// <param name="width">Width in px.</param>
    /// <param name="referenceLine">Optional vertical reference line (value, label), e.g. 100 % coverage.</param>
    /// <returns>An <c>&lt;svg&gt;</c> element.</returns>
    public static string BarChart(IReadOnlyList<(string Label, double Value, string Text, string Color)> bars, string title, int width = 640, (double Value, string Label)? referenceLine = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        const int rowH = 22, minPlotW = 240;
        // Label and value columns are as wide as their longest text in the report's font (DejaVu Sans, 12 px) plus a
        // margin, so no label is cut off; the chart grows beyond the requested width rather than shrink the bars below
        // minPlotW. Title and reference label are measured too.
        var labelW = (int)Math.Ceiling(bars.Select(b => SvgRaster.TextWidth(b.Label, 12)).DefaultIfEmpty(0).Max()) + 14;
        var textW = (int)Math.Ceiling(bars.Select(b => SvgRaster.TextWidth(double.IsFinite(b.Value) ? b.Text : "–", 12)).DefaultIfEmpty(0).Max()) + 14;
        width = Math.Max(width, labelW + textW + minPlotW);
        var titleLines = TitleLines(title, width - 8);
        var top = 34 + 18 * (titleLines.Count - 1);
        var height = top + rowH * bars.Count + 24;
        var finite = bars.Where(b => double.IsFinite(b.Value)).Select(b => b.Value).ToArray();
        var max = Math.Max(finite.Length == 0 ? 1 : finite.Max(), referenceLine?.Value ?? 0);
        var min = Math.Min(0, finite.Length == 0 ? 0 : finite.Min());
        if (max <= min) max = min + 1;
        var plotW = width - labelW - textW;
        string Px(double v) => F(labelW + (v - min) / (max - min) * plotW);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{Esc(title)}\">");
        sb.Append(Title(titleLines, 4));
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value, text, color) = bars[i];
            var y = top + rowH * i;
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelW - 6}\" y=\"{y + 14}\" font-size=\"12\" text-anchor=\"end\">{Esc(label)}</text>");
            if (double.IsFinite(value))
            {
                var x0 = Math.Min(value, 0);
                var x1 = Math.Max(value, 0);
                sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Px(x0)}\" y=\"{y + 3}\" width=\"{F(Math.Max(0.5, (x1 - x0) / (max - min) * plotW))}\" height=\"{rowH - 6}\" fill=\"{Esc(color)}\"><title>{Esc(label + ": " + text)}</title></rect>");
            }
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(labelW + plotW + 6)}\" y=\"{y + 14}\" font-size=\"12\">{Esc(double.IsFinite(value) ? text : "–")}</text>");
        }
        if (referenceLine is { } r)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Px(r.Value)}\" x2=\"{Px(r.Value)}\" y1=\"{top - 4}\" y2=\"{top + rowH * bars.Count}\" stroke=\"#222\" stroke-dasharray=\"4 3\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(r.Value)}\" y=\"{top + rowH * bars.Count + 16}\" font-size=\"11\" text-anchor=\"middle\">{Esc(r.Label)}</text>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>The title broken at spaces into lines that fit the width in bold 15 px DejaVu Sans (a single word
    /// longer than the width stays whole on its line).</summary>
    private static List<string> TitleLines(string title, double width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && SvgRaster.TextWidth(candidate, 15, bold: true) > width) { lines.Add(line); line = word; }
            else line = candidate;
        }
        lines.Add(line);
        return lines;
    }

    private static string Title(IReadOnlyList<string> lines, int x) =>
        string.Concat(lines.Select((l, i) => string.Create(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{20 + 18 * i}\" font-size=\"15\" font-weight=\"bold\">{Esc(l)}</text>")));

    private static GeoPoint Mean(IReadOnlyList<GeoPoint> ring) =>
        new(ring.Average(p => p.Latitude), ring.Average(p => p.Longitude));

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Esc(string s) => WebUtility.HtmlEncode(s);
}
