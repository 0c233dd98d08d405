using System.Net;
using System.Text;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>A bulleted list (<em>Aufzählung</em>).</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ReportList : ReportBlock
{
    /// <summary>Creates a list.</summary>
    /// <param name="items">The items (no markup).</param>
    public ReportList(IEnumerable<string> items) => Items = items.ToArray();

    /// <summary>The items.</summary>
    public IReadOnlyList<string> Items { get; }
}
