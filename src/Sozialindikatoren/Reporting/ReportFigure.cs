using System.Net;
using System.Text;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>A figure: inline SVG with a caption (only rendered in HTML; Markdown shows the caption).</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ReportFigure : ReportBlock
{
    /// <summary>Creates a figure.</summary>
    /// <param name="svg">An <c>&lt;svg&gt;</c> element.</param>
    /// <param name="caption">The caption.</param>
    public ReportFigure(string svg, string caption)
    {
        Svg = svg ?? "";
        Caption = caption ?? "";
    }

    /// <summary>The SVG markup.</summary>
    public string Svg { get; }

    /// <summary>The caption.</summary>
    public string Caption { get; }
}
