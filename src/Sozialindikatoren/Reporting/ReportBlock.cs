using System.Net;
using System.Text;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>A block of a report section: a paragraph, a table, a figure (inline SVG) or a highlighted note.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public abstract class ReportBlock
{
    private protected ReportBlock() { }
}
