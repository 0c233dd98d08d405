using System.Net;
using System.Text;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>A highlighted note, e.g. the <em>illustrativ</em> label or an <em>Annahme</em> warning.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ReportNote : ReportBlock
{
    /// <summary>Creates a note.</summary>
    /// <param name="text">The text.</param>
    /// <param name="isWarning">Whether it is a warning (rendered prominently).</param>
    public ReportNote(string text, bool isWarning = false)
    {
        Text = text ?? "";
        IsWarning = isWarning;
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>Whether it is a warning.</summary>
    public bool IsWarning { get; }
}
