using System.Net;
using System.Text;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>A paragraph of plain text (<em>Absatz</em>).</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ReportParagraph : ReportBlock
{
    /// <summary>Creates a paragraph.</summary>
    /// <param name="text">The text (no markup).</param>
    public ReportParagraph(string text) => Text = text ?? "";

    /// <summary>The text.</summary>
    public string Text { get; }
}
