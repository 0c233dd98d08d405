using System.Globalization;
using System.Text;
using Sozialindikatoren.Common;
using Sylvan.Data.Csv;

namespace Sozialindikatoren.Data;

/// <summary>
/// A header-addressed CSV table read completely into memory (<em>CSV-Tabelle</em>), with line numbers for messages.
/// Used by the CSV readers of the data-set formats.
/// </summary>
/// <remarks>The separator is detected from the header line (<c>;</c> if it has more semicolons than commas, else
/// <c>,</c>). Header names are normalised for lookup: lower case, umlauts folded (ä → ae …), spaces and hyphens →
/// <c>_</c>, so German headers such as <c>Angebot-ID</c> match <c>angebot_id</c>. A UTF-8 BOM is skipped.</remarks>
/// <threadsafety>Immutable after construction; thread-safe.</threadsafety>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);

    private CsvTable(string source, char delimiter, string[] headers, List<(int Line, string[] Cells)> rows)
    {
        Source = source;
        Delimiter = delimiter;
        Headers = headers;
        Rows = rows;
        for (var i = 0; i < headers.Length; i++) _columns.TryAdd(Normalise(headers[i]), i);
    }

    public string Source { get; }
    public char Delimiter { get; }
    public IReadOnlyList<string> Headers { get; }
    public IReadOnlyList<(int Line, string[] Cells)> Rows { get; }

    /// <summary>Decimal comma is used when the separator is ';' (German spreadsheet export).</summary>
    public bool DecimalComma => Delimiter == ';';

    public static CsvTable Read(TextReader text, string source)
    {
        var all = text.ReadToEnd();
        if (all.Length > 0 && all[0] == '\uFEFF') all = all[1..];
        var firstLine = all.Split('\n', 2)[0];
        var delimiter = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        var rows = new List<(int, string[])>();
        string[] headers;
        try
        {
            using var reader = CsvDataReader.Create(new StringReader(all), new CsvDataReaderOptions { Delimiter = delimiter, HasHeaders = true });
            headers = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            while (reader.Read())
            {
                var cells = new string[Math.Max(reader.RowFieldCount, headers.Length)];
                for (var i = 0; i < cells.Length; i++) cells[i] = i < reader.RowFieldCount ? reader.GetString(i).Trim() : "";
                if (cells.All(c => c.Length == 0)) continue;
                rows.Add((reader.RowNumber + 1, cells)); // RowNumber counts data rows from 1; the header is line 1.
            }
        }
        catch (Exception e) when (e is CsvFormatException or FormatException)
        {
            throw new DataProblemException([new DataProblem(source, null, null, "invalid CSV: " + e.Message)]);
        }
        return new CsvTable(source, delimiter, headers, rows);
    }

    public static string Normalise(string header)
    {
        var sb = new StringBuilder();
        foreach (var ch in header.Trim().ToLowerInvariant())
        {
            switch (ch)
            {
                case 'ä': sb.Append("ae"); break;
                case 'ö': sb.Append("oe"); break;
                case 'ü': sb.Append("ue"); break;
                case 'ß': sb.Append("ss"); break;
                case ' ' or '-' or '.' or '/': sb.Append('_'); break;
                default: sb.Append(ch); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>The index of the first column whose normalised header equals one of the names, or −1.</summary>
    public int Find(params string[] names)
    {
        foreach (var n in names)
            if (_columns.TryGetValue(n, out var i)) return i;
        return -1;
    }


    public bool TryDouble(string cell, out double value)
    {
        var text = DecimalComma ? cell.Replace(".", "", StringComparison.Ordinal).Replace(',', '.') : cell;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    public bool TryDecimal(string cell, out decimal value)
    {
        var text = DecimalComma ? cell.Replace(".", "", StringComparison.Ordinal).Replace(',', '.') : cell;
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out value);
    }
}
