using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Sozialindikatoren.Reporting;

/// <summary>A figure of the report as an inline PNG picture in <c>report.docx</c> (one image part per figure).</summary>
/// <threadsafety>Stateless; thread-safe for distinct documents.</threadsafety>
internal static class ReportDocxPicture
{
    /// <summary>EMU per CSS pixel (914,400 EMU per inch / 96 px per inch).</summary>
    private const long EmuPerPixel = 9525;

    /// <summary>The text width of the page (A4 less 2.5 cm left and 2 cm right margins = 16.5 cm) in EMU.</summary>
    private const long TextWidthEmu = 165L * 36000;

    /// <summary>A centred paragraph holding the figure drawn as PNG at its SVG size (shrunk to the text width).</summary>
    /// <param name="main">The main document part that receives the image part.</param>
    /// <param name="figure">The figure.</param>
    /// <returns>The paragraph.</returns>
    public static Paragraph Paragraph(MainDocumentPart main, ReportFigure figure)
    {
        var (png, _, _, width, height) = SvgRaster.ToPng(figure.Svg);
        // A fixed relationship id by position (the SDK would draw a random one): the same report gives the same bytes.
        var image = main.AddImagePart(ImagePartType.Png, "rIdImage" + (main.ImageParts.Count() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        using (var stream = new MemoryStream(png, writable: false)) image.FeedData(stream);
        var id = main.GetIdOfPart(image);
        var cx = (long)Math.Round(width * EmuPerPixel);
        var cy = (long)Math.Round(height * EmuPerPixel);
        if (cx > TextWidthEmu)
        {
            cy = (long)Math.Round((double)cy * TextWidthEmu / cx);
            cx = TextWidthEmu;
        }
        var number = (uint)main.ImageParts.Count();
        var name = "Abbildung " + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var inline = new Wp.Inline(
            new Wp.Extent { Cx = cx, Cy = cy },
            new Wp.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Wp.DocProperties { Id = number, Name = name, Description = figure.Caption },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(
                        new Pic.NonVisualDrawingProperties { Id = 0U, Name = name + ".png", Description = figure.Caption },
                        new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        return new Paragraph(
            new ParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center }),
            new Run(new Drawing(inline)));
    }
}
