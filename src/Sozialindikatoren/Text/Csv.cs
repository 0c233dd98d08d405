using System.Buffers;

namespace Sozialindikatoren.Text;

/// <summary>
/// The one CSV writer of the library (<em>CSV-Ausgabe</em>): every machine-readable table (CLI outputs, report
/// attachments, data-set files) is written through it.
/// </summary>
/// <remarks>
/// <para>RFC 4180: the header is the first line, fields are separated by the delimiter (default <c>,</c>), a field that
/// contains the delimiter, a quote or a line break is quoted with <c>"</c> and its quotes doubled, lines end with LF.
/// Cells are text: format numbers before with <see cref="Invariant"/> (machine-readable) — never with a display
/// culture.</para>
/// <para>Rows shorter than the header are padded with empty fields; longer rows throw.</para>
/// </remarks>
/// <threadsafety>Stateless; thread-safe (the target writer is not).</threadsafety>
public static class Csv
{
    /// <summary>Writes a header and rows.</summary>
    /// <param name="writer">The target (left open).</param>
    /// <param name="header">The column names (at least one).</param>
    /// <param name="rows">The rows of formatted cells (enumerated once, lazily).</param>
    /// <param name="delimiter">The field separator: <c>,</c> (default) or <c>;</c> for German spreadsheets.</param>
    /// <exception cref="ArgumentException">No columns, or a row with more cells than the header.</exception>
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        if (header.Count == 0) throw new ArgumentException("header: at least one column is required.", nameof(header));
        var quoteIfAny = SearchValues.Create([delimiter, '"', '\r', '\n']);
        WriteRecord(writer, header, header.Count, quoteIfAny, delimiter);
        var index = 0;
        foreach (var row in rows)
        {
            if (row is null) throw new ArgumentException($"rows: row {index} is null.", nameof(rows));
            if (row.Count > header.Count) throw new ArgumentException($"rows: row {index} has {row.Count} cells, the header has {header.Count}.", nameof(rows));
            WriteRecord(writer, row, header.Count, quoteIfAny, delimiter);
            index++;
        }
        writer.Flush();
    }

    /// <summary>The CSV text of a header and rows (see <see cref="Write"/>).</summary>
    /// <param name="header">The column names.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="delimiter">The field separator.</param>
    /// <returns>The text; it ends with a line break.</returns>
    public static string ToText(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, char delimiter = ',')
    {
        using var sw = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(sw, header, rows, delimiter);
        return sw.ToString();
    }

    /// <summary>One CSV field for a hand-assembled line (RFC 4180 with <c>,</c>): quoted when it contains a comma, a quote or
    /// a line break, with its quotes doubled; otherwise unchanged. Prefer <see cref="Write"/> for whole tables.</summary>
    /// <param name="value">The field.</param>
    /// <returns>The CSV-safe field.</returns>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return NeedsQuoting(value) ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static readonly SearchValues<char> CommaSpecials = SearchValues.Create(",\"\r\n");

    /// <summary>The one quoting rule of a <c>,</c>-delimited field (RFC 4180): true when it holds a comma, a quote or a line
    /// break. Streaming writers (<c>Data.RatesCsv</c>) use it so that every CSV this library writes quotes alike.</summary>
    internal static bool NeedsQuoting(ReadOnlySpan<char> value) => value.IndexOfAny(CommaSpecials) >= 0;

    /// <summary>One record: <paramref name="width"/> fields (missing cells empty), then LF.</summary>
    private static void WriteRecord(TextWriter writer, IReadOnlyList<string> cells, int width, SearchValues<char> quoteIfAny, char delimiter)
    {
        for (var i = 0; i < width; i++)
        {
            if (i > 0) writer.Write(delimiter);
            var cell = i < cells.Count ? cells[i] : null;
            if (string.IsNullOrEmpty(cell)) continue;
            var span = cell.AsSpan();
            if (span.IndexOfAny(quoteIfAny) < 0) { writer.Write(span); continue; }
            writer.Write('"');
            int q;
            while ((q = span.IndexOf('"')) >= 0)
            {
                writer.Write(span[..(q + 1)]);
                writer.Write('"');
                span = span[(q + 1)..];
            }
            writer.Write(span);
            writer.Write('"');
        }
        writer.Write('\n');
    }
}
