using System.Globalization;
using System.Net;
using System.Text;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>One line of a small-multiple panel: points (x in years, value, interval) and how to draw it.</summary>
internal sealed record ChartLine(string Label, IReadOnlyList<(double X, double Y, double Lower, double Upper)> Points, string Color, double Width, bool Markers);

/// <summary>One panel of a small-multiple chart (one indicator).</summary>
internal sealed record ChartPanel(string Title, IReadOnlyList<ChartLine> Lines);

/// <summary>Small-multiple line charts (<em>Kleine Vielfache</em>) as one inline SVG: a grid of panels with shared styling,
/// each with its own y range, lines and interval bands (semi-transparent), min/max labels on the axes.</summary>
internal static class SmallMultiplesSvg
{
    public static string Draw(IReadOnlyList<ChartPanel> panels, IReadOnlyList<(string Color, string Text)> legend, int columns = 3, int panelWidth = 330, int panelHeight = 210)
    {
        var rows = (panels.Count + columns - 1) / columns;
        var width = columns * panelWidth;
        var legendHeight = 20 * legend.Count + 10;
        var height = rows * panelHeight + legendHeight;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" font-family=\"DejaVu Sans, Arial, sans-serif\">");
        for (var k = 0; k < panels.Count; k++)
        {
            var ox = k % columns * panelWidth;
            var oy = k / columns * panelHeight;
            Panel(sb, panels[k], ox, oy, panelWidth, panelHeight);
        }
        var ly = rows * panelHeight + 6;
        for (var i = 0; i < legend.Count; i++)
        {
            var y = ly + 20 * i;
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"8\" y=\"{y + 4}\" width=\"18\" height=\"4\" fill=\"{Esc(legend[i].Color)}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"32\" y=\"{y + 10}\" font-size=\"11\">{Esc(legend[i].Text)}</text>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static void Panel(StringBuilder sb, ChartPanel panel, double ox, double oy, double w, double h)
    {
        const double left = 46, right = 10, top = 24, bottom = 22;
        var pts = panel.Lines.SelectMany(l => l.Points).ToArray();
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(ox + 6)}\" y=\"{F(oy + 15)}\" font-size=\"12\" font-weight=\"bold\">{Esc(panel.Title)}</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(ox + left)}\" y=\"{F(oy + top)}\" width=\"{F(w - left - right)}\" height=\"{F(h - top - bottom)}\" fill=\"none\" stroke=\"#bbb\" stroke-width=\"0.6\"/>");
        if (pts.Length == 0) return;
        var xs = pts.Select(p => p.X).ToArray();
        var ys = pts.SelectMany(p => new[] { p.Y, p.Lower, p.Upper }).Where(double.IsFinite).ToArray();
        double x0 = xs.Min(), x1 = xs.Max(), y0 = ys.Min(), y1 = ys.Max();
        if (x1 <= x0) x1 = x0 + 1;
        if (y1 <= y0) { y0 -= 0.5; y1 += 0.5; }
        var pad = (y1 - y0) * 0.05;
        y0 -= pad;
        y1 += pad;
        double X(double x) => ox + left + (x - x0) / (x1 - x0) * (w - left - right);
        double Y(double y) => oy + top + (1 - (y - y0) / (y1 - y0)) * (h - top - bottom);
        foreach (var line in panel.Lines)
        {
            var band = line.Points.Where(p => double.IsFinite(p.Lower) && double.IsFinite(p.Upper)).ToArray();
            if (band.Length >= 2)
            {
                var poly = string.Join(" ", band.Select(p => F(X(p.X)) + "," + F(Y(p.Upper))).Concat(band.Reverse().Select(p => F(X(p.X)) + "," + F(Y(p.Lower)))));
                sb.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{poly}\" fill=\"{Esc(line.Color)}\" fill-opacity=\"0.15\" stroke=\"none\"/>");
            }
        }
        foreach (var line in panel.Lines)
        {
            var finite = line.Points.Where(p => double.IsFinite(p.Y)).ToArray();
            if (finite.Length >= 2 && !line.Markers)
            {
                var path = string.Join(" ", finite.Select((p, i) => (i == 0 ? "M" : "L") + F(X(p.X)) + " " + F(Y(p.Y))));
                sb.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" fill=\"none\" stroke=\"{Esc(line.Color)}\" stroke-width=\"{F(line.Width)}\"><title>{Esc(line.Label)}</title></path>");
            }
            if (line.Markers || finite.Length == 1)
                foreach (var p in finite)
                    sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(X(p.X))}\" cy=\"{F(Y(p.Y))}\" r=\"3.2\" fill=\"{Esc(line.Color)}\"><title>{Esc(line.Label)}</title></circle>");
        }
        var fmt = y1 - y0 < 1 ? "0.###" : y1 - y0 < 10 ? "0.#" : "0";
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(ox + left - 4)}\" y=\"{F(oy + top + 9)}\" font-size=\"10\" text-anchor=\"end\">{Esc((y1 - pad).ToString(fmt, NumberFormat.For(Language.German)))}</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(ox + left - 4)}\" y=\"{F(oy + h - bottom)}\" font-size=\"10\" text-anchor=\"end\">{Esc((y0 + pad).ToString(fmt, NumberFormat.For(Language.German)))}</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(ox + left)}\" y=\"{F(oy + h - 6)}\" font-size=\"10\">{Esc(Year(x0))}</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(ox + w - right)}\" y=\"{F(oy + h - 6)}\" font-size=\"10\" text-anchor=\"end\">{Esc(Year(x1))}</text>");
    }

    private static string Year(double x) => Math.Round(x).ToString("0", CultureInfo.InvariantCulture);

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Esc(string s) => WebUtility.HtmlEncode(s);
}
