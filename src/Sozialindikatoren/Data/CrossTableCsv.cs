using System.Globalization;
using System.Text;
using Sozialindikatoren.Common;
using Sozialindikatoren.Statistics;
using Sylvan.Data.Csv;

namespace Sozialindikatoren.Data;

/// <summary>
/// A two-way table of counts as long CSV (<em>Kreuztabelle im Langformat</em>): input <c>row,col,value</c>, one line per
/// interior cell; output <c>row,col,value,status</c> for every interior and margin cell after disclosure control.
/// </summary>
/// <remarks>
/// <para>Input: a header with the columns <c>row</c>, <c>col</c> and <c>value</c> (any order, case-insensitive; other
/// columns are reported as warnings and ignored). The separator is <c>;</c> when the header has more semicolons than
/// commas, else <c>,</c>. Values are non-negative integer counts; in a <c>;</c> file a <c>.</c> may group thousands in
/// threes (<c>1.000</c> = 1000), anything else (<c>4.0</c>, <c>1,5</c>, <c>-1</c>) is an error. Every (row, col) pair
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

    /// <summary>Reads a long CSV file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="warnings">Receives warnings (ignored columns), or null.</param>
    /// <returns>The table with its margins.</returns>
    /// <exception cref="DataProblemException">The content is malformed (every problem listed).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static CrossTable Read(string path, ICollection<DataProblem>? warnings)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        return Read(reader, Path.GetFileName(path), warnings);
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
        string all;
        try
        {
            all = text.ReadToEnd();
        }
        catch (DecoderFallbackException e)
        {
            throw new DataProblemException(new DataProblem(source, 0, 0, null, null, "not valid UTF-8 text (save the file as UTF-8)."), e);
        }
        if (all.Length > 0 && all[0] == '\uFEFF') all = all[1..];
        if (all.Trim().Length == 0) throw new DataProblemException(new DataProblem(source, 0, 0, null, null, "empty file: expected a header with the columns row, col and value."));
        var firstLine = all.Split('\n', 2)[0];
        var delimiter = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        var problems = new List<DataProblem>();
        var rows = new List<string>();
        var cols = new List<string>();
        var rowIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var colIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var cells = new Dictionary<(int, int), (long Value, int Line)>();
        try
        {
            using var csv = CsvDataReader.Create(new StringReader(all), new CsvDataReaderOptions { Delimiter = delimiter, HasHeaders = true });
            int rowCol = -1, colCol = -1, valueCol = -1;
            for (var i = 0; i < csv.FieldCount; i++)
            {
                var name = csv.GetName(i).Trim().ToLowerInvariant();
                if (name == "row" && rowCol < 0) rowCol = i;
                else if (name == "col" && colCol < 0) colCol = i;
                else if (name == "value" && valueCol < 0) valueCol = i;
                else warnings?.Add(new DataProblem(source, 1, i + 1, csv.GetName(i), null, "unknown column, ignored (expected row, col, value).") { Severity = ProblemSeverity.Warning });
            }
            if (rowCol < 0 || colCol < 0 || valueCol < 0)
                throw new DataProblemException(new DataProblem(source, 1, 0, null, firstLine.TrimEnd('\r'), "the header must contain the columns row, col and value."));
            var extraLines = 0; // Sylvan counts records; add the line breaks inside quoted fields for physical lines.
            while (csv.Read())
            {
                var line = csv.RowNumber + 1 + extraLines;
                var fields = new string[csv.RowFieldCount];
                for (var f = 0; f < fields.Length; f++)
                {
                    fields[f] = csv.GetString(f);
                    extraLines += fields[f].Count(c => c == '\n');
                }
                if (fields.All(f => f.Trim().Length == 0)) continue;
                string Field(int i) => i < fields.Length ? fields[i].Trim() : "";
                var r = Key(Field(rowCol), "row", line, rowCol, source, problems);
                var c = Key(Field(colCol), "col", line, colCol, source, problems);
                var ok = TryCount(Field(valueCol), delimiter, out var value, out var error);
                if (!ok) problems.Add(new DataProblem(source, line, valueCol + 1, "value", Field(valueCol), error!));
                if (r is null || c is null || !ok) continue;
                if (!rowIndex.TryGetValue(r, out var ri)) { ri = rows.Count; rowIndex[r] = ri; rows.Add(r); }
                if (!colIndex.TryGetValue(c, out var ci)) { ci = cols.Count; colIndex[c] = ci; cols.Add(c); }
                if (cells.TryGetValue((ri, ci), out var earlier))
                    problems.Add(new DataProblem(source, line, rowCol + 1, "row,col", r + "," + c, string.Create(CultureInfo.InvariantCulture, $"the cell appears twice (also on line {earlier.Line}).")));
                else cells[(ri, ci)] = (value, line);
            }
        }
        catch (CsvFormatException e)
        {
            throw new DataProblemException(new DataProblem(source, 0, 0, null, null, "invalid CSV: " + e.Message), e);
        }
        if (problems.Count == 0 && cells.Count == 0) problems.Add(new DataProblem(source, 0, 0, null, null, "no data rows."));
        for (var r = 0; r < rows.Count && problems.Count < 100; r++)
            for (var c = 0; c < cols.Count; c++)
                if (!cells.ContainsKey((r, c)))
                    problems.Add(new DataProblem(source, 0, 0, "row,col", rows[r] + "," + cols[c], "the cell is missing (write 0 for an empty cell)."));
        if (problems.Count > 0) throw new DataProblemException(problems);
        var counts = new long[rows.Count, cols.Count];
        foreach (var ((r, c), (v, _)) in cells) counts[r, c] = v;
        try
        {
            return new CrossTable(rows, cols, counts);
        }
        catch (ArgumentException e)
        {
            throw new DataProblemException(new DataProblem(source, 0, 0, "value", null, e.Message), e);
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

    private static string? Key(string text, string field, int line, int column, string source, List<DataProblem> problems)
    {
        if (text.Length == 0) problems.Add(new DataProblem(source, line, column + 1, field, text, "empty key."));
        else if (string.Equals(text, TotalKey, StringComparison.OrdinalIgnoreCase))
            problems.Add(new DataProblem(source, line, column + 1, field, text, $"'{TotalKey}' is reserved for the margins, which are computed; give only the interior cells."));
        else return text;
        return null;
    }

    /// <summary>A non-negative integer count; in a ';' file '.' may group thousands in threes.</summary>
    private static bool TryCount(string text, char delimiter, out long value, out string? error)
    {
        value = 0;
        error = null;
        var digits = text;
        if (delimiter == ';' && text.Contains('.', StringComparison.Ordinal))
        {
            var groups = text.Split('.');
            if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3))
            {
                error = "not a count: in a ';' file '.' only separates thousands in groups of three (1.000), and a count has no decimals.";
                return false;
            }
            digits = string.Concat(groups);
        }
        if (digits.Length == 0) { error = "empty value (write 0 for an empty cell)."; return false; }
        if (!digits.All(char.IsAsciiDigit))
        {
            error = text.StartsWith('-') ? "negative count." : "not a non-negative integer count.";
            return false;
        }
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value) || value > 1_000_000_000_000)
        {
            error = "count beyond the plausible range (at most 10¹²).";
            return false;
        }
        return true;
    }

    private static string Escape(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
