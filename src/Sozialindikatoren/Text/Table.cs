using System.Text;

namespace Sozialindikatoren.Text;

/// <summary>Horizontal alignment of a table column.</summary>
public enum ColumnAlignment
{
    /// <summary>Left-aligned (text).</summary>
    Left = 0,
    /// <summary>Right-aligned (numbers).</summary>
    Right = 1,
}

/// <summary>
/// A simple result table (<em>Tabelle</em>) of already formatted cells that renders as Markdown, as aligned plain text
/// for terminals, and as CSV. The one table builder of the library: reports, the CLI and the result tables of
/// <c>Reporting.ResultTables</c> build on it.
/// </summary>
/// <remarks>Cells are strings: format numbers before (see <see cref="NumberFormat"/>). Rows shorter than the header
/// are padded with empty cells; longer rows are an error.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class Table
{
    private readonly string[][] _rows;

    /// <summary>Creates a table.</summary>
    /// <param name="columns">Column headers.</param>
    /// <param name="rows">Rows of formatted cells.</param>
    /// <param name="alignments">Alignment per column; default left for all.</param>
    /// <param name="title">An optional title (rendered as a heading/caption).</param>
    /// <exception cref="ArgumentException">No columns, a row longer than the header, or alignments of the wrong length.</exception>
    public Table(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<ColumnAlignment>? alignments = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0) throw new ArgumentException("table columns: at least one column is required.", nameof(columns));
        if (alignments is not null && alignments.Count != columns.Count)
            throw new ArgumentException($"table alignments: expected {columns.Count}, got {alignments.Count}.", nameof(alignments));
        Columns = columns.ToArray();
        Alignments = alignments?.ToArray() ?? Enumerable.Repeat(ColumnAlignment.Left, columns.Count).ToArray();
        _rows = rows.Select((r, i) =>
        {
            if (r.Count > columns.Count) throw new ArgumentException($"table row {i}: has {r.Count} cells, header has {columns.Count}.", nameof(rows));
            var cells = new string[columns.Count];
            for (var c = 0; c < cells.Length; c++) cells[c] = c < r.Count ? r[c] ?? "" : "";
            return cells;
        }).ToArray();
        Title = title;
    }

    /// <summary>The title, if any.</summary>
    public string? Title { get; }

    /// <summary>Column headers.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Column alignments.</summary>
    public IReadOnlyList<ColumnAlignment> Alignments { get; }

    /// <summary>The rows.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows => _rows;

    /// <summary>GitHub-flavoured Markdown (pipes in cells escaped), with the title as a bold line above.</summary>
    /// <returns>The Markdown text (ends with a newline).</returns>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        if (Title is not null) sb.Append("**").Append(Title).Append("**\n\n");
        sb.Append("| ").Append(string.Join(" | ", Columns.Select(Escape))).Append(" |\n");
        sb.Append('|').Append(string.Join("|", Alignments.Select(a => a == ColumnAlignment.Right ? "---:" : "---"))).Append("|\n");
        foreach (var r in _rows) sb.Append("| ").Append(string.Join(" | ", r.Select(Escape))).Append(" |\n");
        return sb.ToString();

        static string Escape(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
    }

    /// <summary>Aligned plain text for terminals (columns separated by two spaces, a rule under the header).</summary>
    /// <returns>The text (ends with a newline).</returns>
    public string ToText()
    {
        var widths = new int[Columns.Count];
        for (var c = 0; c < widths.Length; c++)
            widths[c] = Math.Max(Columns[c].Length, _rows.Length == 0 ? 0 : _rows.Max(r => r[c].Length));
        var sb = new StringBuilder();
        if (Title is not null) sb.Append(Title).Append('\n');
        AppendRow(sb, Columns, widths);
        sb.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        foreach (var r in _rows) AppendRow(sb, r, widths);
        return sb.ToString();
    }

    /// <summary>RFC 4180 CSV with the headers as the first line, written through <see cref="Csv"/>.</summary>
    /// <returns>The CSV text.</returns>
    public string ToCsv() => Csv.ToText(Columns, _rows);

    private void AppendRow(StringBuilder sb, IReadOnlyList<string> cells, int[] widths)
    {
        for (var c = 0; c < widths.Length; c++)
        {
            if (c > 0) sb.Append("  ");
            var cell = cells[c];
            var pad = widths[c] - cell.Length;
            if (Alignments[c] == ColumnAlignment.Right) sb.Append(' ', pad).Append(cell);
            else if (c == widths.Length - 1) sb.Append(cell);
            else sb.Append(cell).Append(' ', pad);
        }
        sb.Append('\n');
    }

    /// <summary>The plain-text rendering.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToText();
}
