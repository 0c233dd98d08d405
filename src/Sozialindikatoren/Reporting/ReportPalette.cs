using System.Globalization;

namespace Sozialindikatoren.Reporting;

/// <summary>
/// The colours of the HTML report and its figures in one place, with the text/background pairs they form, so that the
/// contrast of every pair can be checked against WCAG 2.1 AA (at least 4.5 : 1 for normal text).
/// </summary>
internal static class ReportPalette
{
    /// <summary>Body text.</summary>
    public const string Text = "#222222";

    /// <summary>Secondary text (subtitle, figure captions).</summary>
    public const string MutedText = "#555555";

    /// <summary>Page background.</summary>
    public const string Background = "#ffffff";

    /// <summary>Table header background.</summary>
    public const string HeaderBackground = "#f2f2f2";

    /// <summary>Note background.</summary>
    public const string NoteBackground = "#f6f6f6";

    /// <summary>Warning background.</summary>
    public const string WarningBackground = "#fff4e5";

    /// <summary>Every (text, background) pair of the HTML page: body text on the page, on table headers, notes and
    /// warnings; secondary text on the page.</summary>
    public static IReadOnlyList<(string Foreground, string Background)> HtmlTextPairs { get; } =
    [
        (Text, Background), (Text, HeaderBackground), (Text, NoteBackground), (Text, WarningBackground), (MutedText, Background),
    ];

    /// <summary>The text colour drawn on a fill (a map area): black or white, whichever contrasts more.</summary>
    /// <param name="fill">A colour <c>#rrggbb</c>.</param>
    /// <returns><c>#000000</c> or <c>#ffffff</c>.</returns>
    public static string TextOn(string fill) => ContrastRatio("#000000", fill) >= ContrastRatio("#ffffff", fill) ? "#000000" : "#ffffff";

    /// <summary>The halo (outline) drawn around text on a fill: the opposite of <see cref="TextOn"/>.</summary>
    /// <param name="fill">A colour <c>#rrggbb</c>.</param>
    /// <returns><c>#ffffff</c> or <c>#000000</c>.</returns>
    public static string HaloOn(string fill) => TextOn(fill) == "#000000" ? "#ffffff" : "#000000";

    /// <summary>WCAG 2.1 contrast ratio (L1 + 0.05) / (L2 + 0.05) of two colours, L the relative luminance
    /// (sRGB channels linearised: c ≤ 0.03928 ? c/12.92 : ((c+0.055)/1.055)^2.4; L = 0.2126 R + 0.7152 G + 0.0722 B).
    /// Source: W3C, Web Content Accessibility Guidelines 2.1, definitions "contrast ratio" and "relative luminance".</summary>
    /// <param name="a">A colour <c>#rrggbb</c> or <c>#rgb</c>.</param>
    /// <param name="b">A colour <c>#rrggbb</c> or <c>#rgb</c>.</param>
    /// <returns>The ratio, 1 to 21.</returns>
    public static double ContrastRatio(string a, string b)
    {
        double la = Luminance(a), lb = Luminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>Relative luminance (WCAG 2.1) of <c>#rrggbb</c> or <c>#rgb</c>.</summary>
    /// <param name="colour">The colour.</param>
    /// <returns>0 (black) to 1 (white).</returns>
    public static double Luminance(string colour)
    {
        var hex = colour.TrimStart('#');
        if (hex.Length == 3) hex = string.Concat(hex.Select(c => new string(c, 2)));
        if (hex.Length != 6) throw new ArgumentException($"colour '{colour}': expected #rrggbb or #rgb.", nameof(colour));
        double Channel(int i)
        {
            var c = int.Parse(hex.AsSpan(2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(0) + 0.7152 * Channel(1) + 0.0722 * Channel(2);
    }
}
