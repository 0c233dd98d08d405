using System.Globalization;
using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sozialindikatoren.Common;

namespace Sozialindikatoren.Data.Csv;

/// <summary>What a worksheet cell held as Excel stores it (<em>Zelltyp</em>).</summary>
internal enum CellKind
{
    /// <summary>Text (a shared or inline string, a formula's text result), or an empty or absent cell.</summary>
    Text,
    /// <summary>A number without a date format.</summary>
    Number,
    /// <summary>A number with a date format, or an ISO date cell (<c>t="d"</c>): a real Excel date.</summary>
    Date,
    /// <summary>A logical cell (WAHR/FALSCH).</summary>
    Boolean,
}

/// <summary>
/// An Excel workbook (<em>Arbeitsmappe</em>, <c>.xlsx</c>) opened for reading its worksheets as tables, read with
/// DocumentFormat.OpenXml. Each worksheet is read row by row (<see cref="SheetRows"/>) so that <see cref="CsvInput"/>
/// applies the same column rules as to a CSV file.
/// </summary>
/// <remarks>The whole file must be at most <see cref="CsvReadOptions.MaxInputBytes"/>; a file that is no workbook
/// (not a zip package, no workbook part) is a <see cref="DataProblemException"/> naming the file.</remarks>
/// <threadsafety>Not thread-safe.</threadsafety>
internal sealed class Workbook : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly Dictionary<string, WorksheetPart> _sheets = new(StringComparer.Ordinal);
    private readonly string[] _shared;
    private readonly bool[] _dateStyles;

    private Workbook(string source, SpreadsheetDocument document)
    {
        Source = source;
        _document = document;
        var part = document.WorkbookPart ?? throw CsvInput.Problem(source, 0, "not an Excel workbook (no workbook part).");
        var names = new List<string>();
        foreach (var sheet in part.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Name?.Value is not { } name || sheet.Id?.Value is not { } id) continue;
            if (part.GetPartById(id) is WorksheetPart ws && _sheets.TryAdd(name, ws)) names.Add(name);
        }
        SheetNames = names;
        _shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(ItemText).ToArray() ?? [];
        _dateStyles = DateStyles(part.WorkbookStylesPart?.Stylesheet);
    }

    /// <summary>The workbook's file name used in problems.</summary>
    public string Source { get; }

    /// <summary>The worksheet names in workbook order.</summary>
    public IReadOnlyList<string> SheetNames { get; }

    /// <summary>Opens a workbook file (size-checked against <paramref name="maxBytes"/>).</summary>
    public static Workbook Open(string path, long maxBytes)
    {
        var source = Path.GetFileName(path);
        if (!File.Exists(path)) throw CsvInput.Problem(source, 0, "file not found.");
        var length = new FileInfo(path).Length;
        if (length > maxBytes)
            throw CsvInput.Problem(source, 0, string.Create(CultureInfo.InvariantCulture,
                $"the workbook is {length} bytes, more than the input limit of {maxBytes} bytes (--max-input-mb)."));
        try
        {
            return new Workbook(source, SpreadsheetDocument.Open(path, false));
        }
        // InvalidOperationException: a relationship names a part the package does not hold (found by fuzzing).
        catch (Exception e) when (e is OpenXmlPackageException or System.Xml.XmlException or FileFormatException or InvalidDataException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            throw CsvInput.Problem(source, 0, "not a readable Excel workbook (.xlsx): " + e.Message);
        }
    }

    /// <summary>Opens one worksheet for reading its rows.</summary>
    public SheetRows Rows(string sheet, bool germanNumbers) => new(this, sheet, _sheets[sheet], germanNumbers);

    /// <summary>Closes the file.</summary>
    public void Dispose() => _document.Dispose();

    internal string Shared(int index) => index >= 0 && index < _shared.Length ? _shared[index] : "";

    internal bool IsDateStyle(uint style) => style < _dateStyles.Length && _dateStyles[style];

    private static string ItemText(OpenXmlElement item) =>
        string.Concat(item.ChildElements.Select(c => c switch { DocumentFormat.OpenXml.Spreadsheet.Text t => t.Text, Run r => r.Text?.Text ?? "", _ => "" }));

    /// <summary>Which cell styles carry a date format: the built-in date formats 14–22, 27–36, 45–47, 50–58, or a
    /// custom format whose code has a day, month, year or hour part outside quotes and brackets.</summary>
    private static bool[] DateStyles(Stylesheet? styles)
    {
        if (styles?.CellFormats is not { } formats) return [];
        var custom = new Dictionary<uint, bool>();
        foreach (var nf in styles.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            if (nf.NumberFormatId?.Value is { } id) custom[id] = IsDateCode(nf.FormatCode?.Value ?? "");
        return formats.Elements<CellFormat>().Select(f =>
        {
            var id = f.NumberFormatId?.Value ?? 0;
            return custom.TryGetValue(id, out var d) ? d : id is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58;
        }).ToArray();
    }

    internal static bool IsDateCode(string code)
    {
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"') quoted = !quoted;
            else if (quoted) continue;
            else if (c == '\\' || c == '_' || c == '*') i++;
            else if (c == '[') bracket = true;
            else if (c == ']') bracket = false;
            else if (!bracket && char.ToLowerInvariant(c) is 'd' or 'm' or 'y' or 'h') return true;
        }
        return false;
    }
}

/// <summary>
/// The rows of one worksheet, streamed with <see cref="OpenXmlReader"/>: the first row that holds a cell is the
/// header; each later row is a record whose cells are placed by their column letter. Cells are rendered as text the
/// shared column rules read: a number in the sheet's number format (German: <c>1234,5</c>), a date as
/// <c>yyyy-MM-dd</c>, a logical as <c>ja</c>/<c>nein</c>, text as written.
/// </summary>
/// <threadsafety>Not thread-safe.</threadsafety>
internal sealed class SheetRows : IDisposable
{
    private readonly Workbook _book;
    private readonly OpenXmlReader _reader;
    private readonly bool _german;
    private readonly List<(string Text, CellKind Kind)> _cells = [];

    internal SheetRows(Workbook book, string sheet, WorksheetPart part, bool germanNumbers)
    {
        _book = book;
        Sheet = sheet;
        _german = germanNumbers;
        try
        {
            _reader = OpenXmlReader.Create(part);
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or OpenXmlPackageException or IOException)
        {
            throw new DataProblemException(new DataProblem(book.Source, 0, 0, null, null, "the sheet cannot be read (broken XML in the workbook): " + e.Message) { Sheet = sheet });
        }
        Headers = NextRow() ? _cells.Select(c => c.Text.Trim()).ToArray() : [];
        HeaderRow = Row;
    }

    /// <summary>The worksheet name.</summary>
    public string Sheet { get; }

    /// <summary>The header texts (trimmed), by column (A = 0).</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The worksheet row of the header (0 for an empty sheet).</summary>
    public int HeaderRow { get; }

    /// <summary>The 1-based worksheet row of the current record.</summary>
    public int Row { get; private set; }

    /// <summary>The number of cells of the current record (up to its last cell).</summary>
    public int FieldCount => _cells.Count;

    /// <summary>The cell text of the current record ("" beyond its last cell).</summary>
    public string Text(int field) => field >= 0 && field < _cells.Count ? _cells[field].Text : "";

    /// <summary>The kind of a cell of the current record.</summary>
    public CellKind Kind(int field) => field >= 0 && field < _cells.Count ? _cells[field].Kind : CellKind.Text;

    /// <summary>Moves to the next row that holds a cell; false at the end.</summary>
    public bool Read() => NextRow();

    /// <summary>Closes the reader.</summary>
    public void Dispose() => _reader.Dispose();

    /// <summary>The next row; a sheet whose XML (or compressed part) is broken is a problem naming sheet and row, not an
    /// <see cref="System.Xml.XmlException"/> (found by fuzzing the workbook reader).</summary>
    private bool NextRow()
    {
        try
        {
            return NextRowCore();
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or OpenXmlPackageException or IOException)
        {
            throw new DataProblemException(new DataProblem(_book.Source, Row, 0, null, null, "the sheet cannot be read (broken XML in the workbook): " + e.Message) { Sheet = Sheet });
        }
    }

    private bool NextRowCore()
    {
        while (_reader.Read())
        {
            if (_reader.ElementType != typeof(Row) || !_reader.IsStartElement) continue;
            var row = (Row)_reader.LoadCurrentElement()!;
            _cells.Clear();
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } r ? ColumnIndex(r) : next;
                if (column < 0 || column > 16383) column = next;
                while (_cells.Count < column) _cells.Add(("", CellKind.Text));
                var value = Render(cell);
                if (column < _cells.Count) _cells[column] = value; else _cells.Add(value);
                next = column + 1;
            }
            while (_cells.Count > 0 && _cells[^1].Text.Length == 0) _cells.RemoveAt(_cells.Count - 1);
            Row = row.RowIndex?.Value is { } ri ? (int)ri : Row + 1;
            if (_cells.Count > 0) return true;
        }
        return false;
    }

    private (string, CellKind) Render(Cell cell)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? _book.Shared(i) : "", CellKind.Text);
        if (type == CellValues.InlineString) return (cell.InlineString?.InnerText ?? "", CellKind.Text);
        if (type == CellValues.String || type == CellValues.Error) return (raw, CellKind.Text);
        if (type == CellValues.Boolean) return (raw == "1" ? "ja" : "nein", CellKind.Boolean);
        if (type == CellValues.Date) return (raw.Length >= 10 ? raw[..10] : raw, CellKind.Date);
        if (raw.Length == 0) return ("", CellKind.Text);
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return (raw, CellKind.Text);
        if (_book.IsDateStyle(cell.StyleIndex?.Value ?? 0))
        {
            try
            {
                var d = DateTime.FromOADate(number);
                return (d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), CellKind.Date);
            }
            catch (ArgumentException) { return (raw, CellKind.Number); }
        }
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return (_german ? text.Replace('.', ',') : text, CellKind.Number);
    }

    /// <summary>The 0-based column of a cell reference (<c>C12</c> → 2).</summary>
    internal static int ColumnIndex(string reference)
    {
        var n = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++) n = n * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        return i == 0 ? -1 : n - 1;
    }
}
