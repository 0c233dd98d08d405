using System.Net;
using System.Text;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>A table block, optionally also written as a CSV file next to the report.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ReportTable : ReportBlock
{
    /// <summary>Creates a table block.</summary>
    /// <param name="table">The formatted table (for reading).</param>
    /// <param name="csvName">File name for the machine-readable CSV, or null.</param>
    /// <param name="csv">The machine-readable CSV (invariant culture), or null.</param>
    /// <param name="showInTerminal">Whether the terminal rendering shows the table (wide matrices are left to Markdown/HTML).</param>
    public ReportTable(Table table, string? csvName = null, string? csv = null, bool showInTerminal = true)
    {
        Table = table ?? throw new ArgumentNullException(nameof(table));
        CsvName = csvName;
        Csv = csv;
        ShowInTerminal = showInTerminal;
    }

    /// <summary>Whether the terminal rendering shows the table.</summary>
    public bool ShowInTerminal { get; }

    /// <summary>The table.</summary>
    public Table Table { get; }

    /// <summary>The CSV file name, or null.</summary>
    public string? CsvName { get; }

    /// <summary>The machine-readable CSV text, or null.</summary>
    public string? Csv { get; }
}
