using SkiaSharp;
using Sozialindikatoren.Reporting;

namespace Sozialindikatoren.Tests.Reporting;

/// <summary>The SVG-to-PNG renderer of the Word figures: geometry lands where the SVG puts it, colours are exact,
/// text is drawn, the output is deterministic, and what it cannot draw is an error, not a silent gap.</summary>
public sealed class SvgRasterTests
{
    private const string Head = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 50\" width=\"100\" height=\"50\" font-family=\"DejaVu Sans\">";

    private static SKBitmap Decode(string svg, float scale = 2f)
    {
        var (png, w, h, _, _) = SvgRaster.ToPng(svg, scale);
        var bitmap = SKBitmap.Decode(png);
        Assert.Equal(w, bitmap.Width);
        Assert.Equal(h, bitmap.Height);
        return bitmap;
    }

    [Fact]
    public void Rect_FillsItsAreaWithTheExactColour_AndLeavesTheRestWhite()
    {
        using var b = Decode(Head + "<rect x=\"10\" y=\"10\" width=\"20\" height=\"10\" fill=\"#2c7bb6\"/></svg>");
        Assert.Equal(200, b.Width);
        Assert.Equal(100, b.Height);
        Assert.Equal(new SKColor(0x2c, 0x7b, 0xb6), b.GetPixel(40, 30));   // (20, 15) in SVG units × 2
        Assert.Equal(SKColors.White, b.GetPixel(70, 30));                  // x = 35: right of the rect
        Assert.Equal(SKColors.White, b.GetPixel(40, 50));                  // y = 25: below it
    }

    [Fact]
    public void Path_MLZ_FillsTheTriangle_EvenOdd()
    {
        using var b = Decode(Head + "<path d=\"M0,0L40,0L0,40Z\" fill=\"#bd0026\" stroke=\"none\"/></svg>");
        Assert.Equal(new SKColor(0xbd, 0x00, 0x26), b.GetPixel(10, 10));  // (5, 5): inside
        Assert.Equal(SKColors.White, b.GetPixel(70, 70));                  // (35, 35): beyond the hypotenuse
    }

    [Fact]
    public void FillOpacity_BlendsWithWhite()
    {
        using var b = Decode(Head + "<polygon points=\"0,0 100,0 100,50 0,50\" fill=\"#000000\" fill-opacity=\"0.5\" stroke=\"none\"/></svg>");
        var p = b.GetPixel(100, 50);
        Assert.InRange(p.Red, 126, 129);   // 255 × (1 − 0.5) ≈ 127.5
        Assert.Equal(p.Red, p.Green);
    }

    [Fact]
    public void Text_IsDrawn_AndTspanMovesDown()
    {
        using var b = Decode(Head + "<text x=\"5\" y=\"15\" font-size=\"12\">Siegen<tspan x=\"5\" dy=\"20\">Kreuztal</tspan></text></svg>");
        static int Dark(SKBitmap bm, int y0, int y1)
        {
            var n = 0;
            for (var y = y0; y < y1; y++)
                for (var x = 0; x < bm.Width; x++)
                    if (bm.GetPixel(x, y).Red < 128) n++;
            return n;
        }
        Assert.True(Dark(b, 0, 34) > 50, "first line drawn");     // y 0–17 in SVG units
        Assert.True(Dark(b, 40, 74) > 50, "tspan line drawn");    // y 20–37
    }

    [Fact]
    public void SameSvg_GivesTheSamePngBytes()
    {
        var svg = Head + "<line x1=\"0\" y1=\"0\" x2=\"100\" y2=\"50\" stroke=\"#222\" stroke-dasharray=\"4 3\"/><circle cx=\"50\" cy=\"25\" r=\"5\" fill=\"#fdae61\"/><text x=\"50\" y=\"45\" text-anchor=\"middle\" font-weight=\"bold\">Ä ö ü ß</text></svg>";
        Assert.Equal(SvgRaster.ToPng(svg).Png, SvgRaster.ToPng(svg).Png);
    }

    [Theory]
    [InlineData("<ellipse cx=\"1\" cy=\"1\" rx=\"1\" ry=\"1\"/>", "<ellipse>")]
    [InlineData("<path d=\"M0,0C1,1,2,2,3,3\"/>", "path command 'C'")]
    [InlineData("<rect x=\"0\" y=\"0\" width=\"1\" height=\"1\" fill=\"rebeccapurple\"/>", "colour 'rebeccapurple'")]
    [InlineData("<rect x=\"a\" y=\"0\" width=\"1\" height=\"1\"/>", "x=\"a\"")]
    public void WhatItCannotDraw_IsAnErrorNamingIt(string element, string expected)
    {
        var e = Assert.Throws<InvalidOperationException>(() => SvgRaster.ToPng(Head + element + "</svg>"));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
