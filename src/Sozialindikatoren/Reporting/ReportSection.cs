using System.Net;
using System.Text;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>A report section (<em>Abschnitt</em>): a heading and blocks.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ReportSection
{
    /// <summary>Creates a section.</summary>
    /// <param name="id">A stable anchor id, e.g. <c>kuerzungen</c>.</param>
    /// <param name="heading">The heading.</param>
    /// <param name="blocks">The blocks.</param>
    public ReportSection(string id, string heading, IEnumerable<ReportBlock> blocks)
    {
        Id = id ?? "";
        Heading = heading ?? "";
        Blocks = blocks.ToArray();
    }

    /// <summary>The anchor id.</summary>
    public string Id { get; }

    /// <summary>The heading.</summary>
    public string Heading { get; }

    /// <summary>The blocks.</summary>
    public IReadOnlyList<ReportBlock> Blocks { get; }
}
