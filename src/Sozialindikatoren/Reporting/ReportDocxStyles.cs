using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Sozialindikatoren.Reporting;

/// <summary>
/// The styles part of <c>report.docx</c>: document defaults (Calibri 11 pt, the report's language tag) and the
/// paragraph styles <see cref="ReportDocx"/> uses — Title, Subtitle, Heading1, Heading2 (outline levels, so Word's
/// navigation pane and a table of contents find them), Caption, Note, Warning (the colours of the HTML
/// <c>.note</c>/<c>.warning</c>), ListBullet (bound to the bullet numbering), TableText and Footer.
/// </summary>
/// <remarks>Child elements are created in the order the Open XML schema requires (the validator checks it).</remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class ReportDocxStyles
{
    /// <summary>The styles, with <paramref name="languageTag"/> (e.g. <c>de-DE</c>) as the default proofing language.</summary>
    public static Styles Create(string languageTag) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                new FontSize { Val = "21" }, new FontSizeComplexScript { Val = "21" },
                new Languages { Val = languageTag, EastAsia = languageTag, Bidi = languageTag })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", null, isDefault: true),
        Paragraph("Title", "Title", "Normal", p: [new SpacingBetweenLines { After = "60" }],
            r: [new Bold(), new Color { Val = "222222" }, new FontSize { Val = "40" }]),
        Paragraph("Subtitle", "Subtitle", "Normal", p: [new SpacingBetweenLines { After = "360" }],
            r: [new Color { Val = "555555" }, new FontSize { Val = "24" }]),
        Paragraph("Heading1", "heading 1", "Normal", next: "Normal",
            p: [new KeepNext(), new KeepLines(),
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 12, Space = 1, Color = "BD0026" }),
                new SpacingBetweenLines { Before = "360", After = "120" }, new OutlineLevel { Val = 0 }],
            r: [new Bold(), new Color { Val = "222222" }, new FontSize { Val = "30" }]),
        Paragraph("Heading2", "heading 2", "Normal", next: "Normal",
            p: [new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "240", After = "80" }, new OutlineLevel { Val = 1 }],
            r: [new Bold(), new FontSize { Val = "22" }]),
        Paragraph("Caption", "caption", "Normal", p: [new KeepNext(), new SpacingBetweenLines { Before = "120", After = "40" }],
            r: [new Bold(), new Color { Val = "555555" }]),
        Paragraph("Note", "Note", "Normal",
            p: [new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 24, Space = 6, Color = "888888" }),
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F6F6F6" }, new Indentation { Left = "170", Right = "0" }]),
        Paragraph("Warning", "Warning", "Normal",
            p: [new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 24, Space = 6, Color = "E07000" }),
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "FFF4E5" }, new Indentation { Left = "170", Right = "0" }],
            r: [new Bold()]),
        Paragraph("ListBullet", "List Bullet", "Normal",
            p: [new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 }), new SpacingBetweenLines { After = "40" }]),
        Paragraph("TableText", "Table text", "Normal", p: [new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }],
            r: [new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" }]),
        Paragraph("Footer", "footer", "Normal", p: [new SpacingBetweenLines { After = "0" }],
            r: [new Color { Val = "555555" }, new FontSize { Val = "18" }]));

    private static Style Paragraph(string id, string name, string? basedOn, string? next = null, bool isDefault = false,
        OpenXmlElement[]? p = null, OpenXmlElement[]? r = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = OnOffValue.FromBoolean(true);
        style.Append(new StyleName { Val = name });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        if (next is not null) style.Append(new NextParagraphStyle { Val = next });
        style.Append(new PrimaryStyle());
        if (p is { Length: > 0 }) style.Append(new StyleParagraphProperties(p));
        if (r is { Length: > 0 }) style.Append(new StyleRunProperties(r));
        return style;
    }
}
