using System.Globalization;
using System.Reflection;
using System.Xml;
using System.Xml.Linq;
using SkiaSharp;

namespace Sozialindikatoren.Reporting;

/// <summary>
/// Draws the SVG this library writes for its maps and charts (<see cref="Svg"/>, <see cref="SmallMultiplesSvg"/>) as a
/// PNG, for documents that cannot show SVG (<c>report.docx</c>). It understands exactly the subset those writers use:
/// <c>svg</c> (viewBox, width, height, font-family), <c>g</c>, <c>path</c> (M, L, Z), <c>rect</c>, <c>circle</c>,
/// <c>line</c>, <c>polygon</c>, <c>text</c> with <c>tspan</c> (x, dy), the presentation attributes fill, fill-opacity,
/// stroke, stroke-width, stroke-dasharray, font-size, font-weight, text-anchor and paint-order; <c>title</c> is skipped.
/// Anything else is an <see cref="InvalidOperationException"/> naming element or attribute, so a new chart feature cannot
/// silently vanish from the Word document.
/// </summary>
/// <remarks>Text uses the embedded DejaVu Sans (regular and bold; Bitstream Vera licence, see NOTICE.md), so the picture
/// does not depend on the fonts of the machine and the same SVG gives the same PNG bytes. Anti-aliased, white background.</remarks>
/// <threadsafety>Thread-safe: the typefaces are loaded once and shared (SkiaSharp typefaces are immutable).</threadsafety>
internal static class SvgRaster
{
    private static readonly Lazy<SKTypeface> Regular = new(() => LoadFont("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> Bold = new(() => LoadFont("DejaVuSans-Bold.ttf"));

    private static SKTypeface LoadFont(string file)
    {
        var name = "Sozialindikatoren.Reporting.Fonts." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded font '{name}' is missing from the assembly");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"embedded font '{name}' cannot be read");
    }

    /// <summary>The advance width of a text in the embedded DejaVu Sans (the report's first font), in SVG user units
    /// (CSS px): what <see cref="Svg"/> needs to lay out labels without truncating them.</summary>
    /// <param name="text">The text.</param>
    /// <param name="fontSize">Font size in px.</param>
    /// <param name="bold">Bold face.</param>
    /// <returns>The width in px.</returns>
    public static double TextWidth(string text, float fontSize, bool bold = false)
    {
        using var font = new SKFont(bold ? Bold.Value : Regular.Value, fontSize) { Subpixel = true };
        return font.MeasureText(text);
    }

    /// <summary>The picture as PNG bytes.</summary>
    /// <param name="svg">An SVG document as this library writes it.</param>
    /// <param name="scale">Pixels per SVG user unit (2: sharp when printed at the SVG's own size, about 190 dpi at 16 cm).</param>
    /// <returns>The PNG bytes, its pixel width and height, and the SVG's own width and height (user units = CSS px).</returns>
    public static (byte[] Png, int PixelWidth, int PixelHeight, double Width, double Height) ToPng(string svg, float scale = 2f)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        XElement root;
        using (var reader = XmlReader.Create(new StringReader(svg), settings))
            root = XElement.Load(reader, LoadOptions.PreserveWhitespace);
        if (root.Name.LocalName != "svg") throw new InvalidOperationException($"SVG: the root element is <{root.Name.LocalName}>, not <svg>");
        var width = Number(root, "width") ?? throw new InvalidOperationException("SVG: the root needs a width");
        var height = Number(root, "height") ?? throw new InvalidOperationException("SVG: the root needs a height");
        var (vx, vy, vw, vh) = (0f, 0f, (float)width, (float)height);
        if ((string?)root.Attribute("viewBox") is { } viewBox)
        {
            var v = Floats(viewBox);
            if (v.Length != 4 || v[2] <= 0 || v[3] <= 0) throw new InvalidOperationException($"SVG: viewBox '{viewBox}' is not 'x y width height'");
            (vx, vy, vw, vh) = (v[0], v[1], v[2], v[3]);
        }
        var pw = Math.Max(1, (int)Math.Ceiling(width * scale));
        var ph = Math.Max(1, (int)Math.Ceiling(height * scale));
        using var surface = SKSurface.Create(new SKImageInfo(pw, ph, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"cannot create a {pw} × {ph} pixel surface");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(pw / vw, ph / vh);
        canvas.Translate(-vx, -vy);
        DrawChildren(root, canvas, Style.Root.With(root));
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return (png.ToArray(), pw, ph, width, height);
    }

    private static void DrawChildren(XElement parent, SKCanvas canvas, Style inherited)
    {
        foreach (var e in parent.Elements())
        {
            var style = inherited.With(e);
            switch (e.Name.LocalName)
            {
                case "g": DrawChildren(e, canvas, style); break;
                case "title": break;
                case "path": { using var p = PathOf((string?)e.Attribute("d") ?? ""); Shape(e, canvas, style, p); break; }
                case "polygon": { using var p = Polygon((string?)e.Attribute("points") ?? ""); Shape(e, canvas, style, p); break; }
                case "rect":
                {
                    using var b = new SKPathBuilder();
                    b.AddRect(SKRect.Create(F(e, "x"), F(e, "y"), F(e, "width"), F(e, "height")));
                    using var p = b.Detach();
                    Shape(e, canvas, style, p);
                    break;
                }
                case "circle":
                {
                    using var b = new SKPathBuilder();
                    b.AddCircle(F(e, "cx"), F(e, "cy"), F(e, "r"));
                    using var p = b.Detach();
                    Shape(e, canvas, style, p);
                    break;
                }
                case "line":
                {
                    using var b = new SKPathBuilder();
                    b.MoveTo(F(e, "x1"), F(e, "y1"));
                    b.LineTo(F(e, "x2"), F(e, "y2"));
                    using var p = b.Detach();
                    NoChildren(e);
                    Stroke(canvas, style, p);
                    break;
                }
                case "text": Text(e, canvas, style); break;
                default: throw new InvalidOperationException($"SVG: element <{e.Name.LocalName}> is not supported by the PNG renderer");
            }
        }
    }

    /// <summary>A shape may hold only a <c>title</c> (the tooltip).</summary>
    private static void NoChildren(XElement shape)
    {
        if (shape.Elements().FirstOrDefault(c => c.Name.LocalName != "title") is { } child)
            throw new InvalidOperationException($"SVG: element <{child.Name.LocalName}> inside <{shape.Name.LocalName}> is not supported by the PNG renderer");
    }

    private static void Shape(XElement e, SKCanvas canvas, Style style, SKPath path)
    {
        NoChildren(e);
        if (style.Fill is { } fill)
        {
            using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = fill.WithAlpha((byte)Math.Round(fill.Alpha * style.FillOpacity)) };
            canvas.DrawPath(path, paint);
        }
        Stroke(canvas, style, path);
    }

    private static void Stroke(SKCanvas canvas, Style style, SKPath path)
    {
        if (style.Stroke is not { } stroke || style.StrokeWidth <= 0) return;
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = stroke, StrokeWidth = style.StrokeWidth };
        using var dash = style.Dash is { Length: > 0 } d ? SKPathEffect.CreateDash(d.Length % 2 == 0 ? d : [.. d, .. d], 0) : null;
        paint.PathEffect = dash;
        canvas.DrawPath(path, paint);
    }

    /// <summary>A <c>text</c> element: its own characters at (x, y + dy), each <c>tspan</c> at its x (if given) and the
    /// running y + its dy.</summary>
    private static void Text(XElement e, SKCanvas canvas, Style style)
    {
        var x = F(e, "x");
        var y = F(e, "y") + F(e, "dy");
        foreach (var node in e.Nodes())
        {
            switch (node)
            {
                case XText t:
                    DrawText(canvas, style, t.Value, x, y);
                    break;
                case XElement span when span.Name.LocalName == "tspan":
                    if (span.Attribute("x") is not null) x = F(span, "x");
                    y += F(span, "dy");
                    if (span.HasElements) throw new InvalidOperationException("SVG: elements inside <tspan> are not supported by the PNG renderer");
                    DrawText(canvas, style.With(span), span.Value, x, y);
                    break;
                case XElement title when title.Name.LocalName == "title":
                    break;
                case XElement other:
                    throw new InvalidOperationException($"SVG: element <{other.Name.LocalName}> inside <text> is not supported by the PNG renderer");
            }
        }
    }

    private static void DrawText(SKCanvas canvas, Style style, string text, float x, float y)
    {
        text = text.Trim();
        if (text.Length == 0) return;
        using var font = new SKFont(style.Bold ? Bold.Value : Regular.Value, style.FontSize) { Subpixel = true, Edging = SKFontEdging.Antialias };
        var align = style.Anchor switch { "middle" => SKTextAlign.Center, "end" => SKTextAlign.Right, _ => SKTextAlign.Left };
        if (style.StrokeBehind && style.Stroke is { } halo && style.StrokeWidth > 0)
        {
            using var outline = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = halo, StrokeWidth = style.StrokeWidth, StrokeJoin = SKStrokeJoin.Round };
            canvas.DrawText(text, x, y, align, font, outline);
        }
        if (style.Fill is { } fill)
        {
            using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = fill.WithAlpha((byte)Math.Round(fill.Alpha * style.FillOpacity)) };
            canvas.DrawText(text, x, y, align, font, paint);
        }
    }

    /// <summary>Path data with absolute M, L and Z (what <see cref="Svg"/> writes).</summary>
    internal static SKPath PathOf(string d)
    {
        using var path = new SKPathBuilder { FillType = SKPathFillType.EvenOdd };
        var i = 0;
        char command = 'M';
        while (true)
        {
            SkipSeparators(d, ref i);
            if (i >= d.Length) break;
            if (char.IsAsciiLetter(d[i]))
            {
                command = d[i++];
                if (command is 'Z' or 'z') { path.Close(); command = 'M'; continue; }
                if (command is not ('M' or 'L')) throw new InvalidOperationException($"SVG: path command '{command}' is not supported by the PNG renderer (only M, L, Z)");
                continue;
            }
            var px = ReadNumber(d, ref i);
            SkipSeparators(d, ref i);
            var py = ReadNumber(d, ref i);
            if (command == 'M') { path.MoveTo(px, py); command = 'L'; }
            else path.LineTo(px, py);
        }
        return path.Detach();
    }

    private static SKPath Polygon(string points)
    {
        var v = Floats(points);
        if (v.Length % 2 != 0) throw new InvalidOperationException($"SVG: polygon points '{points}' are not pairs");
        using var path = new SKPathBuilder();
        for (var k = 0; k < v.Length; k += 2)
        {
            if (k == 0) path.MoveTo(v[k], v[k + 1]);
            else path.LineTo(v[k], v[k + 1]);
        }
        if (v.Length > 0) path.Close();
        return path.Detach();
    }

    private static void SkipSeparators(string s, ref int i)
    {
        while (i < s.Length && (s[i] == ',' || char.IsWhiteSpace(s[i]))) i++;
    }

    private static float ReadNumber(string s, ref int i)
    {
        var start = i;
        if (i < s.Length && (s[i] == '-' || s[i] == '+')) i++;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.' || s[i] == 'e' || s[i] == 'E' || ((s[i] == '-' || s[i] == '+') && (s[i - 1] == 'e' || s[i - 1] == 'E')))) i++;
        if (i == start || !float.TryParse(s.AsSpan(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            throw new InvalidOperationException($"SVG: number expected at position {start} of '{(s.Length > 60 ? s[..60] + "…" : s)}'");
        return v;
    }

    private static float[] Floats(string s) =>
        s.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(t => float.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();

    private static float F(XElement e, string name) => (float)(Number(e, name) ?? 0);

    private static double? Number(XElement e, string name)
    {
        var s = (string?)e.Attribute(name);
        if (s is null) return null;
        if (s.EndsWith("px", StringComparison.Ordinal)) s = s[..^2];
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new InvalidOperationException($"SVG: <{e.Name.LocalName}> attribute {name}=\"{s}\" is not a number");
    }

    /// <summary>The inherited presentation attributes.</summary>
    private sealed record Style(SKColor? Fill, float FillOpacity, SKColor? Stroke, float StrokeWidth, float[]? Dash, float FontSize, bool Bold, string Anchor, bool StrokeBehind)
    {
        public static Style Root { get; } = new(SKColors.Black, 1f, null, 1f, null, 16f, false, "start", false);

        /// <summary>This style with the presentation attributes of an element.</summary>
        public Style With(XElement e)
        {
            var s = this;
            if ((string?)e.Attribute("fill") is { } fill) s = s with { Fill = Colour(fill) };
            if ((string?)e.Attribute("fill-opacity") is { } fo) s = s with { FillOpacity = float.Parse(fo, NumberStyles.Float, CultureInfo.InvariantCulture) };
            if ((string?)e.Attribute("stroke") is { } stroke) s = s with { Stroke = Colour(stroke) };
            if (e.Attribute("stroke-width") is not null) s = s with { StrokeWidth = F(e, "stroke-width") };
            if ((string?)e.Attribute("stroke-dasharray") is { } dash) s = s with { Dash = dash == "none" ? null : Floats(dash) };
            if (e.Attribute("font-size") is not null) s = s with { FontSize = F(e, "font-size") };
            if ((string?)e.Attribute("font-weight") is { } weight) s = s with { Bold = weight is "bold" or "bolder" or "600" or "700" or "800" or "900" };
            if ((string?)e.Attribute("text-anchor") is { } anchor) s = s with { Anchor = anchor };
            if ((string?)e.Attribute("paint-order") is { } order) s = s with { StrokeBehind = order.StartsWith("stroke", StringComparison.Ordinal) };
            return s;
        }
    }

    /// <summary>A colour: <c>#rgb</c>, <c>#rrggbb</c>, <c>none</c>, or one of black, white, grey/gray, red.</summary>
    internal static SKColor? Colour(string value) => value.Trim() switch
    {
        "none" or "transparent" => null,
        "black" => SKColors.Black,
        "white" => SKColors.White,
        "grey" or "gray" => new SKColor(128, 128, 128),
        "red" => new SKColor(255, 0, 0),
        var v when v.Length is 4 or 7 && v[0] == '#' && SKColor.TryParse(v, out var c) => c,
        var v => throw new InvalidOperationException($"SVG: colour '{v}' is not supported by the PNG renderer (#rgb, #rrggbb, none or a basic name)"),
    };
}
