using System.Globalization;
using System.Text;

namespace Sozialindikatoren.Reporting;

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
/// for terminals, and as CSV. Reports and <c>ToMarkdownTable()</c> helpers of result types build on it.
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

    /// <summary>RFC 4180 CSV with the headers as the first line (comma separator, quotes where needed, LF line ends).</summary>
    /// <returns>The CSV text.</returns>
    public string ToCsv()
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(",", Columns.Select(CsvField))).Append('\n');
        foreach (var r in _rows) sb.Append(string.Join(",", r.Select(CsvField))).Append('\n');
        return sb.ToString();
    }

    /// <summary>Quotes a CSV field when it contains a comma, quote or line break.</summary>
    /// <param name="value">The field.</param>
    /// <returns>The CSV-safe field.</returns>
    public static string CsvField(string value) => Text.Csv.Field(value);

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

/// <summary>The language of planner-facing output (<em>Berichtssprache</em>).</summary>
public enum ReportLanguage
{
    /// <summary>German (default): decimal comma, thousands point, German labels.</summary>
    German = 0,
    /// <summary>English: decimal point, thousands comma, English labels.</summary>
    English = 1,
}

/// <summary>
/// Number formatting for planner-facing output (<em>Zahlenformat</em>): German (<c>1.234,5</c>) or English (<c>1,234.5</c>),
/// independent of the machine's culture settings and ICU data, so reports are byte-identical everywhere.
/// Machine-readable output never uses this: it uses the invariant culture and round-trip format.
/// </summary>
/// <threadsafety>Pure; thread-safe.</threadsafety>
public static class NumberFormat
{
    private static readonly NumberFormatInfo De = new()
    {
        NumberDecimalSeparator = ",", NumberGroupSeparator = ".", PercentDecimalSeparator = ",", PercentGroupSeparator = ".",
        NegativeSign = "−", NaNSymbol = "–",
    };

    private static readonly NumberFormatInfo En = new()
    {
        NumberDecimalSeparator = ".", NumberGroupSeparator = ",", PercentDecimalSeparator = ".", PercentGroupSeparator = ",",
        NegativeSign = "−", NaNSymbol = "–",
    };

    /// <summary>The number format info for a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The format.</returns>
    public static NumberFormatInfo For(ReportLanguage language) => language == ReportLanguage.English ? En : De;

    /// <summary>A number with a fixed number of decimals and thousands separators; NaN as "–".</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">Decimals (0–10).</param>
    /// <param name="language">The language.</param>
    /// <returns>e.g. <c>1.234,5</c>.</returns>
    public static string Number(double value, int decimals = 1, ReportLanguage language = ReportLanguage.German) =>
        double.IsNaN(value) ? "–" : value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), For(language));

    /// <summary>A decimal amount with thousands separators (e.g. euros), no decimals by default.</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">Decimals.</param>
    /// <param name="language">The language.</param>
    /// <returns>e.g. <c>250.000</c>.</returns>
    public static string Amount(decimal value, int decimals = 0, ReportLanguage language = ReportLanguage.German) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), For(language));

    /// <summary>Euros: <c>250.000 €</c> (German) or <c>€250,000</c> (English).</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string Euro(decimal value, ReportLanguage language = ReportLanguage.German) =>
        language == ReportLanguage.English ? "€" + Amount(value, 0, language) : Amount(value, 0, language) + " €";

    /// <summary>A percentage of a value already in percent: <c>62,0 %</c> (German) or <c>62.0%</c> (English).</summary>
    /// <param name="percent">The value in percent.</param>
    /// <param name="decimals">Decimals.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text; NaN as "–".</returns>
    public static string Percent(double percent, int decimals = 1, ReportLanguage language = ReportLanguage.German) =>
        double.IsNaN(percent) ? "–" : Number(percent, decimals, language) + (language == ReportLanguage.English ? "%" : " %");
}
