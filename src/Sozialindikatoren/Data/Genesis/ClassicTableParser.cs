using System.Globalization;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Csv;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Data.Genesis;

/// <summary>The classic GENESIS table CSV (see <see cref="OfficialTableReader"/> for the layout).</summary>
internal sealed class ClassicTableParser
{
    private readonly string _source;
    private readonly List<string> _headerLines = [];
    private readonly List<string> _footerLines = [];
    private readonly List<(int Line, string[] Cells)> _headerRows = [];
    private readonly List<DataProblem> _problems = [];
    private OfficialTableCell[] _cells = [];
    private int _count;
    private int _totalLines;
    private readonly DecimalSeparatorCheck _separators;

    // Column layout, fixed by the header rows.
    private const int MaxLeadingColumns = 12;
    private int _lead;            // leading columns before the values: [period;]key;name[;row attributes…]
    private bool _timeInRows;     // the first leading column is the period
    private int _keyIndex;        // 0, or 1 when the time is in the rows
    private readonly Dictionary<string, string[]> _rowVariables = new(StringComparer.Ordinal);
    private int _width;           // index after the last value column
    private string[] _variables = [];
    private TablePeriod[] _periods = [];

    private ClassicTableParser(string source)
    {
        _source = source;
        _separators = new DecimalSeparatorCheck(source);
    }

    /// <summary>Parses the records of <paramref name="csv"/> (delimiter <c>;</c>); <paramref name="totalLines"/> sizes
    /// the cell array once.</summary>
    public static OfficialTable Parse(CsvTokenizer csv, int totalLines, string source, string encoding)
    {
        var parser = new ClassicTableParser(source) { _totalLines = totalLines };
        return parser.Run(csv, encoding);
    }

    private enum State
    {
        Head,
        Columns,
        Data,
        Footer,
    }

    private OfficialTable Run(CsvTokenizer csv, string encoding)
    {
        var state = State.Head;
        while (csv.Read())
        {
            if (OfficialTableReader.BlankFrom(csv, 0)) continue;
            if (state == State.Footer)
            {
                _footerLines.Add(JoinNonEmpty(csv));
                continue;
            }
            var first = csv[0].Trim();
            if (IsRule(first) && OnlyFirst(csv))
            {
                if (state == State.Columns) FixColumns(null);
                state = State.Footer;
                continue;
            }
            var onlyFirst = first.Length > 0 && OnlyFirst(csv);
            switch (state)
            {
                case State.Head:
                    if (onlyFirst) _headerLines.Add(first.ToString());
                    else if (first.Length == 0) { _headerRows.Add((csv.Line, Cells(csv))); state = State.Columns; }
                    else throw Structural(csv.Line, 1, first.ToString(), "a data row before any column header row (column header rows start with two empty cells, ';;')");
                    break;
                case State.Columns:
                    if (first.Length == 0) { _headerRows.Add((csv.Line, Cells(csv))); break; }
                    FixColumns(onlyFirst ? null : first.ToString());
                    if (onlyFirst) { _footerLines.Add(first.ToString()); state = State.Footer; break; }
                    state = State.Data;
                    DataRow(csv);
                    break;
                case State.Data:
                    if (onlyFirst) { _footerLines.Add(first.ToString()); state = State.Footer; break; }
                    if (first.Length == 0)
                        throw Structural(csv.Line, 1, "", "a row with an empty first cell among the data rows (a column header row after the data, or a missing area key)");
                    DataRow(csv);
                    break;
            }
            if (_problems.Count >= OfficialTableReader.MaxProblems) throw new DataProblemException(_problems);
        }
        if (state == State.Head)
            throw Structural(0, 0, null, "no column header rows found: not a GENESIS table (expected header lines, then rows starting with ';;')");
        if (state == State.Columns) FixColumns(null);
        _separators.AddProblem(_problems);
        if (_problems.Count > 0) throw new DataProblemException(_problems);

        var (stand, copyright, licence, sourceLine) = OfficialTableReader.FindProvenance(_headerLines.Concat(_footerLines));
        string? code = null, title = null, measure = null;
        foreach (var line in _headerLines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (code is null && colon > 0 && line.AsSpan(0, colon).Trim() is var label
                && (label.Equals("GENESIS-Tabelle", StringComparison.OrdinalIgnoreCase) || label.Equals("Tabelle", StringComparison.OrdinalIgnoreCase) || label.Equals("Table", StringComparison.OrdinalIgnoreCase)))
            {
                code = line[(colon + 1)..].Trim();
                continue;
            }
            title ??= line;
            if (line.EndsWith(')') && line.IndexOf('(', StringComparison.Ordinal) > 0) measure = line;
        }
        var metadata = new OfficialTableMetadata(OfficialTableFormat.Classic, encoding, code, title, measure, stand, copyright, licence, sourceLine,
            _headerLines.AsReadOnly(), _footerLines.AsReadOnly());
        if (measure is not null)
        {
            // Columns without attribute header rows take the measure.
            for (var i = 0; i < _count; i++)
            {
                var c = _cells[i];
                if (c.Variable.Length == 0 && measure is not null)
                    _cells[i] = new OfficialTableCell(c.AreaKey, c.AreaName, c.Indentation, c.Period, measure, c.Observation, c.Line, c.Column);
            }
        }
        return new OfficialTable(metadata, _cells, _count);
    }

    /// <summary>
    /// Fixes the column layout from the header rows. <paramref name="firstData"/> is the first cell of the first data row
    /// (null when the table has no data rows): a year or date there means the time is in the rows.
    /// </summary>
    private void FixColumns(string? firstData)
    {
        if (_headerRows.Count == 0) return;
        var lead = int.MaxValue;
        var leadLine = _headerRows[0].Line;
        var width = 0;
        foreach (var (rowLine, cells) in _headerRows)
        {
            var k = 0;
            while (k < cells.Length && cells[k].Length == 0) k++;
            if (k < cells.Length && k < lead)
            {
                lead = k;
                leadLine = rowLine;
            }
            for (var j = cells.Length - 1; j >= 0; j--)
            {
                if (cells[j].Length > 0) { width = Math.Max(width, j + 1); break; }
            }
        }
        var firstLine = _headerRows[0].Line;
        if (lead is < 2 or > MaxLeadingColumns)
            throw Structural(leadLine, lead == int.MaxValue ? 0 : lead + 1, null,
                $"column header rows must start with at least 2 empty cells (key;name, or period;key;name, then row attributes), found {(lead == int.MaxValue ? 0 : lead).ToString(CultureInfo.InvariantCulture)}"
                + (lead == 1 ? " (a data row without area key?)" : ""));
        _lead = lead;
        _width = width;
        _timeInRows = lead >= 3 && firstData is not null && TablePeriod.TryParse(firstData, out _);
        _keyIndex = _timeInRows ? 1 : 0;
        var columns = width - lead;
        var filled = new List<(int Line, string[] Values)>();
        foreach (var (rowLine, cells) in _headerRows)
        {
            var values = new string[columns];
            var last = "";
            for (var j = 0; j < columns; j++)
            {
                var v = lead + j < cells.Length ? cells[lead + j] : "";
                if (v.Length > 0) last = v;
                values[j] = last;
            }
            filled.Add((rowLine, values));
        }
        var periodRow = -1;
        for (var r = 0; r < filled.Count && periodRow < 0; r++)
        {
            var values = filled[r].Values;
            if (values.Length > 0 && values.All(v => TablePeriod.TryParse(v, out _))) periodRow = r;
        }
        if (_timeInRows && periodRow >= 0)
            throw Structural(filled[periodRow].Line, lead + 1, null, "periods both in a column header row and in the first column of the data rows");
        if (!_timeInRows && periodRow < 0 && firstData is not null)
            throw Structural(firstLine, lead + 1, null, "no period: neither a column header row of years or dates (e.g. 2023 or 31.12.2023) nor a year or date in the first cell of the data rows");
        if (periodRow >= 0)
            _periods = [.. filled[periodRow].Values.Select(v => TablePeriod.TryParse(v, out var p) ? p : default)];
        var attributeRows = filled.Where((_, r) => r != periodRow).Select(f => f.Values).ToList();
        _variables = new string[columns];
        for (var j = 0; j < columns; j++)
        {
            var parts = attributeRows.Select(v => v[j]).Where(v => v.Length > 0);
            _variables[j] = string.Join(" | ", parts);
        }
    }

    /// <summary>The variables of the value columns for a row whose row-attribute cells (between name and values) read <paramref name="rowAttributes"/>.</summary>
    private string[] VariablesFor(string rowAttributes)
    {
        if (rowAttributes.Length == 0) return _variables;
        if (_rowVariables.TryGetValue(rowAttributes, out var cached)) return cached;
        var result = new string[_variables.Length];
        for (var c = 0; c < result.Length; c++)
            result[c] = _variables[c].Length == 0 ? rowAttributes : rowAttributes + " | " + _variables[c];
        _rowVariables[rowAttributes] = result;
        return result;
    }

    private void DataRow(CsvTokenizer csv)
    {
        var line = csv.Line;
        TablePeriod rowPeriod = default;
        if (_timeInRows)
        {
            var p = csv[0].Trim();
            if (!TablePeriod.TryParse(p, out rowPeriod))
            {
                _problems.Add(new DataProblem(_source, line, 1, "period", p.ToString(), "not a year (yyyy) or date (dd.mm.yyyy)"));
                return;
            }
        }
        var key = csv[_keyIndex].Trim();
        if (key.Length == 0)
        {
            _problems.Add(new DataProblem(_source, line, _keyIndex + 1, "key", "", "empty area key"));
            return;
        }
        if (csv.FieldCount < _width)
        {
            _problems.Add(new DataProblem(_source, line, csv.FieldCount, null, null,
                $"the row has {csv.FieldCount.ToString(CultureInfo.InvariantCulture)} cells but the column headers need {_width.ToString(CultureInfo.InvariantCulture)} (truncated row?)"));
            return;
        }
        for (var j = _width; j < csv.FieldCount; j++)
        {
            if (!csv[j].IsWhiteSpace())
            {
                _problems.Add(new DataProblem(_source, line, j + 1, null, csv.GetString(j), "a value in a column without a column header"));
                return;
            }
        }
        var rawName = csv[_keyIndex + 1];
        var indentation = OfficialTableReader.Indentation(rawName);
        var keyText = key.ToString();
        var name = rawName.Trim().ToString();
        var rowAttributes = "";
        for (var j = _keyIndex + 2; j < _lead; j++)
        {
            var a = csv[j].Trim();
            if (a.Length == 0) continue;
            rowAttributes = rowAttributes.Length == 0 ? a.ToString() : string.Concat(rowAttributes, " | ", a);
        }
        var variables = VariablesFor(rowAttributes);
        for (var j = _lead; j < _width; j++)
        {
            var c = j - _lead;
            var cell = csv[j];
            if (!OfficialSymbols.TryParseCell(cell, out var observation, out var separator, out var error))
            {
                _problems.Add(new DataProblem(_source, line, j + 1, variables[c], cell.ToString(), error!));
                if (_problems.Count >= OfficialTableReader.MaxProblems) return;
                continue;
            }
            _separators.Record(separator, line, j + 1, cell);
            var period = _timeInRows ? rowPeriod : _periods[c];
            if (_count == _cells.Length)
            {
                // Sized once from the lines left times the value columns; grows only if quoted line breaks fooled the estimate.
                var estimate = Math.Max(16, (_totalLines - line + 1) * (_width - _lead));
                Array.Resize(ref _cells, Math.Max(estimate, _cells.Length * 2));
            }
            _cells[_count++] = new OfficialTableCell(keyText, name, indentation, period, variables[c], observation, line, j + 1);
        }
    }

    private DataProblemException Structural(int line, int column, string? value, string message) =>
        new(new DataProblem(_source, line, column, null, value, message));

    private static bool IsRule(ReadOnlySpan<char> first) => first.Length >= 3 && !first.ContainsAnyExcept('_');

    private static bool OnlyFirst(CsvTokenizer csv) => OfficialTableReader.BlankFrom(csv, 1);

    private static string[] Cells(CsvTokenizer csv)
    {
        var cells = new string[csv.FieldCount];
        for (var i = 0; i < cells.Length; i++) cells[i] = csv[i].Trim().ToString();
        return cells;
    }

    private static string JoinNonEmpty(CsvTokenizer csv)
    {
        var parts = new List<string>();
        for (var i = 0; i < csv.FieldCount; i++)
        {
            var t = csv[i].Trim();
            if (t.Length > 0) parts.Add(t.ToString());
        }
        return string.Join("; ", parts);
    }
}

/// <summary>Remembers where a decimal comma and where a decimal point was first used; a file must not mix them.</summary>
internal sealed class DecimalSeparatorCheck(string source)
{
    private (int Line, int Column, string Value)? _comma;
    private (int Line, int Column, string Value)? _point;

    public void Record(char separator, int line, int column, ReadOnlySpan<char> cell)
    {
        if (separator == ',' && _comma is null) _comma = (line, column, cell.Trim().ToString());
        else if (separator == '.' && _point is null) _point = (line, column, cell.Trim().ToString());
    }

    public void AddProblem(List<DataProblem> problems)
    {
        if (_comma is { } c && _point is { } p)
        {
            var commaLater = c.Line > p.Line || (c.Line == p.Line && c.Column > p.Column);
            var (later, earlier, laterSep, earlierSep) = commaLater ? (c, p, ',', '.') : (p, c, '.', ',');
            problems.Add(new DataProblem(source, later.Line, later.Column, null, later.Value,
                $"mixed decimal separators: this value uses '{laterSep}' but line {earlier.Line.ToString(CultureInfo.InvariantCulture)}, column {earlier.Column.ToString(CultureInfo.InvariantCulture)} ('{earlier.Value}') uses '{earlierSep}'"));
        }
    }
}
