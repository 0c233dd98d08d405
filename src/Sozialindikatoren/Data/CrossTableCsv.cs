using System.Globalization;
using System.Text;
using Sozialindikatoren.Common;
using Sozialindikatoren.Statistics;
using Sozialindikatoren.Data.Csv;

namespace Sozialindikatoren.Data;

/// <summary>
/// A two-way table of counts as long CSV (<em>Kreuztabelle im Langformat</em>): input <c>row,col,value</c>, one line per
/// interior cell; output <c>row,col,value,status</c> for every interior and margin cell after disclosure control.
/// </summary>
/// <remarks>
/// <para>Input: a header with the columns <c>row</c>, <c>col</c> and <c>value</c> (German <c>Zeile</c>, <c>Spalte</c>,
/// <c>Wert</c>; any order, case-insensitive; other columns are reported as warnings and ignored), read through the one
/// CSV path (encoding, delimiter and number format detected). Values are non-negative integer counts; in a <c>;</c>
/// file a <c>.</c> may group thousands in threes (<c>1.000</c> = 1000), anything else (<c>4.0</c>, <c>1,5</c>,
/// <c>-1</c>) is an error. Every (row, col) pair
/// must appear exactly once; the key <see cref="TotalKey"/> is reserved for the margins. All problems are collected and
/// thrown together as a <see cref="DataProblemException"/> naming file, physical line, field and value.</para>
/// <para>Output: rows in input order then <see cref="TotalKey"/>, and within each row the columns in input order then
/// <see cref="TotalKey"/>; <c>status</c> is <c>published</c>, <c>primary</c> or <c>secondary</c>, and <c>value</c> is
/// empty when suppressed. Comma-separated, invariant culture, UTF-8 without BOM.</para>
/// </remarks>
/// <threadsafety>Pure static functions; thread-safe.</threadsafety>
public static class CrossTableCsv
{
    /// <summary>The key of the margins (row or column totals): <c>Insgesamt</c>.</summary>
    public const string TotalKey = "Insgesamt";

    /// <summary>The header line of the output.</summary>
    public const string OutputHeader = "row,col,value,status";

    internal static IReadOnlyList<CsvColumn> Schema { get; } =
    [
        new("row", "Zeile", true, "zeilenmerkmal"),
        new("col", "Spalte", true, "column", "spaltenmerkmal"),
        new("value", "Wert", true, "anzahl", "fallzahl"),
    ];

    /// <summary>Reads a long CSV file through the one CSV path (encoding, delimiter and number format detected).</summary>
    /// <param name="path">The file.</param>
    /// <param name="warnings">Receives warnings (ignored columns) and the note naming the encoding, delimiter and number
    /// format used, or null.</param>
    /// <returns>The table with its margins.</returns>
    /// <exception cref="DataProblemException">The file is missing, unreadable or malformed (every problem listed).</exception>
    public static CrossTable Read(string path, ICollection<DataProblem>? warnings) => Read(path, null, warnings);

    /// <summary>Reads a long CSV file with the given encoding and number format.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Encoding and number format, or null to detect both.</param>
    /// <param name="warnings">Receives warnings and the format note, or null.</param>
    /// <returns>The table with its margins.</returns>
    /// <exception cref="DataProblemException">The file is missing, unreadable or malformed (every problem listed).</exception>
    public static CrossTable Read(string path, CsvReadOptions? options, ICollection<DataProblem>? warnings)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var input = CsvInput.Open(path, options);
        return Read(input, warnings);
    }

    /// <summary>Reads long CSV text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="source">The input name for messages (e.g. the file name).</param>
    /// <param name="warnings">Receives warnings (ignored columns), or null.</param>
    /// <returns>The table with its margins.</returns>
    /// <exception cref="DataProblemException">The content is malformed (every problem listed).</exception>
    public static CrossTable Read(TextReader text, string source, ICollection<DataProblem>? warnings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        using var input = CsvInput.Open(text, source);
        return Read(input, warnings);
    }

    private static CrossTable Read(CsvInput input, ICollection<DataProblem>? warnings)
    {
        var source = input.Source;
        var header = CsvHeader.Bind(input, Schema);
        input.ThrowIfErrors();
        int rowCol = header["row"], colCol = header["col"], valueCol = header["value"];
        var rows = new List<string>();
        var cols = new List<string>();
        var rowIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var colIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var cells = new Dictionary<(int, int), (long Value, int Line)>();
        while (input.Read())
        {
            var r = Key(input, rowCol);
            var c = Key(input, colCol);
            var ok = TryCount(input, valueCol, out var value);
            if (r is null || c is null || !ok) continue;
            if (!rowIndex.TryGetValue(r, out var ri)) { ri = rows.Count; rowIndex[r] = ri; rows.Add(r); }
            if (!colIndex.TryGetValue(c, out var ci)) { ci = cols.Count; colIndex[c] = ci; cols.Add(c); }
            if (cells.TryGetValue((ri, ci), out var earlier))
                input.Error(rowCol, "row,col", r + "," + c, string.Create(CultureInfo.InvariantCulture, $"the cell appears twice (also on line {earlier.Line})."));
            else cells[(ri, ci)] = (value, input.Line);
        }
        var problems = input.Problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
        if (problems.Count == 0 && cells.Count == 0) problems.Add(new DataProblem(source, 0, 0, null, null, "no data rows."));
        for (var r = 0; r < rows.Count && problems.Count < 100; r++)
            for (var c = 0; c < cols.Count; c++)
                if (!cells.ContainsKey((r, c)))
                    problems.Add(new DataProblem(source, 0, 0, "row,col", rows[r] + "," + cols[c], "the cell is missing (write 0 for an empty cell)."));
        if (problems.Count > 0) throw new DataProblemException(input.Problems.Where(p => p.Severity != ProblemSeverity.Error).Concat(problems));
        if (warnings is not null)
        {
            foreach (var p in input.Problems) warnings.Add(p);
            warnings.Add(input.FormatNote);
        }
        var counts = new long[rows.Count, cols.Count];
        foreach (var ((r, c), (v, _)) in cells) counts[r, c] = v;
        try
        {
            return new CrossTable(rows, cols, counts);
        }
        catch (ArgumentException e)
        {
            throw new DataProblemException(new DataProblem(source, 0, 0, "value", null, DataFolderTables.Clean(e)), e);
        }
    }

    /// <summary>Writes every interior and margin cell with its disclosure status.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="table">The table.</param>
    /// <param name="result">The suppression of <paramref name="table"/>.</param>
    /// <exception cref="ArgumentException">The result does not belong to the table (cell count differs).</exception>
    public static void Write(TextWriter writer, CrossTable table, SuppressionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(result);
        if (result.States.Length != table.Counts.Length) throw new ArgumentException("result: not the suppression of this table.", nameof(result));
        writer.Write(OutputHeader + "\n");
        for (var r = 0; r <= table.RowKeys.Count; r++)
        {
            var ri = r < table.RowKeys.Count ? r : -1;
            for (var c = 0; c <= table.ColumnKeys.Count; c++)
            {
                var ci = c < table.ColumnKeys.Count ? c : -1;
                var cell = table.CellIndex(ri, ci);
                var state = result.States[cell];
                writer.Write(Escape(ri < 0 ? TotalKey : table.RowKeys[ri]));
                writer.Write(',');
                writer.Write(Escape(ci < 0 ? TotalKey : table.ColumnKeys[ci]));
                writer.Write(',');
                if (state == CellSuppression.None) writer.Write(table.Counts[cell].ToString(CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(state switch { CellSuppression.Primary => "primary", CellSuppression.Secondary => "secondary", _ => "published" });
                writer.Write('\n');
            }
        }
    }

    private static string? Key(CsvInput input, int column)
    {
        var text = input[column];
        if (text.Length == 0) input.Error(column, null, text, "empty key.");
        else if (string.Equals(text, TotalKey, StringComparison.OrdinalIgnoreCase))
            input.Error(column, null, text, $"'{TotalKey}' is reserved for the margins, which are computed; give only the interior cells.");
        else return text;
        return null;
    }

    /// <summary>A non-negative integer count (number rules of the one CSV path: in a ';' file '.' groups thousands in threes).</summary>
    private static bool TryCount(CsvInput input, int column, out long value)
    {
        value = 0;
        var text = input[column];
        string? error;
        if (text.Length == 0) error = "empty value (write 0 for an empty cell).";
        else if (!CsvNumber.TryParseInteger(text, input.NumberFormat, out value, out var numberError))
            error = "not a count: " + numberError;
        else if (value < 0) error = "negative count.";
        else if (value > 1_000_000_000_000) error = "count beyond the plausible range (at most 10¹²).";
        else return true;
        input.Error(column, null, text, error);
        return false;
    }

    private static string Escape(string s) => Sozialindikatoren.Text.Csv.Field(s);
}
