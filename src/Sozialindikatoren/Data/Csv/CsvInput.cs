using System.Globalization;
using System.Text;
using NodaTime;
using Sozialindikatoren.Common;

namespace Sozialindikatoren.Data.Csv;

/// <summary>
/// The one CSV reading path of the library (<em>CSV-Eingabe</em>): every CSV input (data folder tables, inventory,
/// <c>rates</c>, <c>index</c>, <c>access</c>, <c>suppress</c>) is read through it, streamed record by record over
/// the library's own RFC 4180 <see cref="CsvTokenizer"/>.
/// </summary>
/// <remarks>
/// <para>Encoding: <see cref="TextEncodingDetection"/> (UTF-8 with or without BOM, else Windows-1252, in a streamed
/// first pass). Delimiter: the most frequent of <c>;</c>, <c>,</c> and tab outside quotes in the header line (a tie or
/// none: <c>,</c>). Number format: <see cref="CsvNumber"/>, German for a <c>;</c> file, invariant otherwise, unless
/// <see cref="CsvReadOptions.NumberFormat"/> says otherwise.</para>
/// <para>Lines are physical lines: the header is line 1, and line breaks inside quoted fields advance the count.
/// Blank records are skipped; <c>#</c> is not a comment character. Fields and records have no size limit. Cell
/// problems are collected (up to <see cref="MaxErrors"/> errors per file); a structural problem (a quoted field
/// without its closing quote) ends the file with one problem naming the line.</para>
/// </remarks>
/// <threadsafety>Not thread-safe (one reader per file).</threadsafety>
internal sealed class CsvInput : IDisposable
{
    /// <summary>The largest number of errors collected per file; reading stops after it.</summary>
    public const int MaxErrors = 200;

    private readonly CsvTokenizer? _reader;
    private readonly SheetRows? _sheet;
    private bool _done;

    private CsvInput(string source, CsvEncoding? encoding, bool bom, char delimiter, CsvNumberFormat format, CsvTokenizer reader)
    {
        Source = source;
        Encoding = encoding;
        Bom = bom;
        Delimiter = delimiter;
        NumberFormat = format;
        _reader = reader;
        var headers = new string[reader.FieldCount];
        for (var i = 0; i < headers.Length; i++) headers[i] = reader[i].Trim().ToString();
        Headers = headers;
    }

    private CsvInput(string source, SheetRows sheet, CsvNumberFormat format)
    {
        Source = source;
        Delimiter = '\0';
        NumberFormat = format;
        _sheet = sheet;
        Headers = sheet.Headers;
        Line = sheet.HeaderRow;
    }

    /// <summary>The worksheet when the table is a sheet of a workbook (problems then name sheet, row and column
    /// letter), else null.</summary>
    public string? Sheet => _sheet?.Sheet;

    /// <summary>The file name used in problems.</summary>
    public string Source { get; }

    /// <summary>The encoding used, or null for text handed over as a <see cref="TextReader"/>.</summary>
    public CsvEncoding? Encoding { get; }

    /// <summary>Whether the file started with a byte order mark.</summary>
    public bool Bom { get; }

    /// <summary>The delimiter used.</summary>
    public char Delimiter { get; }

    /// <summary>The number format used (German or Invariant).</summary>
    public CsvNumberFormat NumberFormat { get; }

    /// <summary>The header names as written (trimmed).</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>Problems of this file (errors and warnings) in the order found.</summary>
    public List<DataProblem> Problems { get; } = [];

    /// <summary>The number of errors in <see cref="Problems"/>.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>The physical line of the current record.</summary>
    public int Line { get; private set; } = 1;

    /// <summary>The number of fields of the current record.</summary>
    public int FieldCount => _sheet?.FieldCount ?? _reader!.FieldCount;

    /// <summary>What was used, for the summary: <c>read as UTF-8, delimiter ';', number format de</c>.</summary>
    public string FormatText => _sheet is not null
        ? string.Create(CultureInfo.InvariantCulture, $"read as worksheet (cells as Excel stores them), numbers in text cells in number format {CsvReadOptions.Code(NumberFormat)}")
        : string.Create(CultureInfo.InvariantCulture,
        $"read as {(Encoding is { } e ? CsvReadOptions.Code(e) + (Bom ? " (BOM)" : "") : "text")}, delimiter '{(Delimiter == '\t' ? "\\t" : Delimiter.ToString())}', number format {CsvReadOptions.Code(NumberFormat)}");

    /// <summary>The format as a note (<see cref="ProblemSeverity.Note"/>) for the summary.</summary>
    public DataProblem FormatNote => new DataProblem(Source, null, null, FormatText + ".") { Severity = ProblemSeverity.Note, Sheet = Sheet };

    /// <summary>Opens a file: a folder, a missing or unreadable file, an empty file or bytes that cannot be decoded
    /// are a <see cref="DataProblemException"/>.</summary>
    public static CsvInput Open(string path, CsvReadOptions? options = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= CsvReadOptions.Default;
        source ??= Path.GetFileName(path);
        if (Directory.Exists(path)) throw Problem(source, 0, "is a folder, expected a CSV file.");
        if (!File.Exists(path)) throw Problem(source, 0, "file not found.");
        FileStream? stream = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var (encoding, bom) = TextEncodingDetection.Detect(stream, options.Encoding == CsvEncoding.Utf16 ? CsvEncoding.Auto : options.Encoding, source);
            var text = new StreamReader(stream, TextEncodingDetection.ToEncoding(encoding), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
            stream = null; // owned by the reader now
            return Create(text, source, encoding, bom, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Problem(source, 0, "cannot be read: " + e.Message);
        }
        finally
        {
            stream?.Dispose();
        }
    }

    /// <summary>Opens a worksheet of a workbook as a table: cells as Excel stores them (<see cref="SheetRows"/>); text
    /// holding a number is read in the German number format unless <see cref="CsvReadOptions.NumberFormat"/> says
    /// otherwise. An empty sheet is a problem naming it.</summary>
    public static CsvInput Open(Workbook workbook, string sheet, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var format = (options ?? CsvReadOptions.Default).NumberFormat is var f && f != CsvNumberFormat.Auto ? f : CsvNumberFormat.German;
        var rows = workbook.Rows(sheet, format == CsvNumberFormat.German);
        if (rows.Headers.Count == 0)
        {
            rows.Dispose();
            throw new DataProblemException(new DataProblem(workbook.Source, 0, 0, null, null, "empty sheet: expected a header row with the column names.") { Sheet = sheet });
        }
        return new CsvInput(workbook.Source, rows, format) { KnownSpaceIds = options?.KnownSpaceIds };
    }

    /// <summary>Opens text that is already decoded (the encoding is reported as <c>text</c>).</summary>
    public static CsvInput Open(TextReader text, string source, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        return Create(text, source, null, false, options ?? CsvReadOptions.Default);
    }

    private static CsvInput Create(TextReader text, string source, CsvEncoding? encoding, bool bom, CsvReadOptions options)
    {
        try
        {
            var prefixed = new PrefixedReader(text);
            var head = prefixed.ReadHeaderLine();
            if (head.Length > 0 && head[0] == '\uFEFF') { prefixed.SkipFirst(); head = head[1..]; }
            if (head.AsSpan().Trim().Length == 0 && prefixed.AtEndAfterHeader) throw Problem(source, 0, "empty file: expected a header line with the column names.");
            var delimiter = DetectDelimiter(head);
            var format = options.NumberFormat != CsvNumberFormat.Auto ? options.NumberFormat
                : delimiter == ';' ? CsvNumberFormat.German : CsvNumberFormat.Invariant;
            var reader = new CsvTokenizer(prefixed, delimiter);
            if (!reader.Read()) throw Problem(source, 0, "empty file: expected a header line with the column names.");
            return new CsvInput(source, encoding, bom, delimiter, format, reader) { KnownSpaceIds = options.KnownSpaceIds };
        }
        catch (DataProblemException)
        {
            text.Dispose();
            throw;
        }
        catch (Exception e) when (IsFormatFailure(e))
        {
            text.Dispose();
            throw Problem(source, e is CsvSyntaxException s ? s.Line : 1, Describe(e));
        }
    }

    /// <summary>Moves to the next non-blank record. False at the end, after a structural problem (recorded in
    /// <see cref="Problems"/>) or when <see cref="MaxErrors"/> errors were found.</summary>
    public bool Read()
    {
        if (_sheet is not null) return ReadSheet();
        while (!_done)
        {
            if (ErrorCount >= MaxErrors)
            {
                Problems.Add(new DataProblem(Source, Line, 0, null, null, string.Create(CultureInfo.InvariantCulture, $"stopped after {MaxErrors} errors; fix these and read again.")));
                _done = true;
                return false;
            }
            bool more;
            try
            {
                more = _reader!.Read();
            }
            catch (Exception e) when (IsFormatFailure(e))
            {
                Error(-1, null, null, Describe(e), e is CsvSyntaxException s ? s.Line : Line + 1);
                _done = true;
                return false;
            }
            if (!more) { _done = true; return false; }
            Line = _reader.Line;
            for (var i = 0; i < _reader.FieldCount; i++)
                if (!_reader[i].IsWhiteSpace()) return true;
        }
        return false;
    }

    private bool ReadSheet()
    {
        if (_done) return false;
        if (ErrorCount >= MaxErrors)
        {
            Problems.Add(new DataProblem(Source, Line, 0, null, null, string.Create(CultureInfo.InvariantCulture, $"stopped after {MaxErrors} errors; fix these and read again.")) { Sheet = Sheet });
            _done = true;
            return false;
        }
        while (_sheet!.Read())
        {
            Line = _sheet.Row;
            for (var i = 0; i < _sheet.FieldCount; i++)
                if (!string.IsNullOrWhiteSpace(_sheet.Text(i))) return true;
        }
        _done = true;
        return false;
    }

    /// <summary>The raw field (untrimmed) of the current record, or empty when the record is shorter.</summary>
    public ReadOnlySpan<char> Span(int field) => _sheet is not null ? _sheet.Text(field).AsSpan()
        : _reader![field];

    /// <summary>The trimmed field of the current record, or "" when the record is shorter or the column is absent (−1).</summary>
    public string this[int field] => _sheet is not null ? _sheet.Text(field).Trim()
        : _reader![field].Trim() is var t && t.Length > 0 ? t.ToString() : "";

    /// <summary>What the cell held as Excel stores it; always <see cref="CellKind.Text"/> in a CSV file.</summary>
    public CellKind Kind(int field) => _sheet?.Kind(field) ?? CellKind.Text;

    /// <summary>A key cell that may be an AGS (<em>Amtlicher Gemeindeschlüssel</em>): a worksheet number of 7 digits is an
    /// AGS that lost its leading zero in Excel, and so is 7-digit text whose padded form is a valid AGS; it is padded
    /// to 8 digits with a warning naming the cell.</summary>
    public string Ags(int field)
    {
        var text = this[field];
        if (Kind(field) == CellKind.Number && text.Length == 7 && !text.ContainsAnyExceptInRange('0', '9'))
        {
            Warning(field, text, $"a number of 7 digits in an AGS column: read as the AGS 0{text} (Excel drops leading zeros; format the column as text).");
            return "0" + text;
        }
        return Restore(field, text, SpaceKeys.IsAgs);
    }

    /// <summary>The ids of the data set's spaces this table's keys are checked against (from
    /// <see cref="CsvReadOptions"/>), or null.</summary>
    internal IReadOnlySet<string>? KnownSpaceIds { get; private init; }

    private HashSet<(int, string)>? _restored;

    /// <summary>A cell holding a space id: a 7-digit key whose zero-padded form is a known space
    /// (<see cref="CsvReadOptions"/>) is read padded, with a warning naming the cell and the padded key (once per
    /// column and key); otherwise the trimmed cell.</summary>
    public string SpaceKey(int field) => SpaceKey(field, this[field]);

    /// <summary>One space id of a cell (e.g. an element of a <c>|</c>-separated list), restored like <see cref="SpaceKey(int)"/>.</summary>
    public string SpaceKey(int field, string value) =>
        KnownSpaceIds is { } known ? Restore(field, value, known.Contains) : value;

    /// <summary>The space table's own id column: a 7-digit id whose padded form is a valid AGS is read padded.</summary>
    internal string OwnSpaceKey(int field) => Restore(field, this[field], SpaceKeys.IsAgs);

    private string Restore(int field, string value, Func<string, bool> isKnown)
    {
        if (!SpaceKeys.TryRestoreLeadingZero(value, isKnown, out var padded)) return value;
        if ((_restored ??= []).Add((field, value))) Warning(field, value, SpaceKeys.Message(value, padded));
        return padded;
    }

    /// <summary>The header of a field for problems (the canonical name when the column is absent).</summary>
    public string FieldName(int field, string? fallback = null) => field >= 0 && field < Headers.Count ? Headers[field] : fallback ?? "";

    /// <summary>Records an error at the current line.</summary>
    /// <param name="field">The field index, or −1.</param>
    /// <param name="name">The field name when <paramref name="field"/> is −1 (or to override), else null.</param>
    /// <param name="value">The value as read, or null.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="line">The line, or 0 for the current line.</param>
    public void Error(int field, string? name, string? value, string message, int line = 0)
    {
        ErrorCount++;
        Problems.Add(new DataProblem(Source, line > 0 ? line : Line, field >= 0 ? field + 1 : 0, name ?? FieldName(field), value, message) { Sheet = Sheet });
    }

    /// <summary>Records a warning at the current line.</summary>
    public void Warning(int field, string? value, string message) =>
        Problems.Add(new DataProblem(Source, Line, field >= 0 ? field + 1 : 0, FieldName(field), value, message) { Severity = ProblemSeverity.Warning, Sheet = Sheet });

    /// <summary>A required number (double); an empty or malformed cell is an error.</summary>
    public bool TryNumber(int field, out double value)
    {
        if (CsvNumber.TryParseDouble(Span(field), NumberFormat, false, out value, out var error)) return true;
        Error(field, null, this[field], error!);
        return false;
    }

    /// <summary>An optional number: empty → null (true); a malformed cell is an error (false).</summary>
    public bool TryOptionalNumber(int field, out double? value)
    {
        value = null;
        if (Span(field).IsWhiteSpace()) return true;
        if (!TryNumber(field, out var v)) return false;
        value = v;
        return true;
    }

    /// <summary>The largest amount in euro a cell may hold (10¹² €): beyond it sums of amounts could overflow, and no
    /// municipal funding line comes near it.</summary>
    public const decimal MaxAmount = PlausibleRange.MaxAmount;

    /// <summary>A required amount in euro (decimal; <c>€</c>/<c>EUR</c> allowed; at most ±<see cref="MaxAmount"/>).</summary>
    public bool TryAmount(int field, out decimal value)
    {
        if (CsvNumber.TryParseDecimal(Span(field), NumberFormat, true, out value, out var error))
        {
            if (Math.Abs(value) <= MaxAmount) return true;
            error = "beyond the plausible range of an amount (at most 10¹² € per year).";
        }
        Error(field, null, this[field], error!);
        return false;
    }

    /// <summary>A required whole number.</summary>
    public bool TryInteger(int field, out long value)
    {
        if (CsvNumber.TryParseInteger(Span(field), NumberFormat, out value, out var error)) return true;
        Error(field, null, this[field], error!);
        return false;
    }

    /// <summary>A required date, or (with <paramref name="period"/>) a year or month standing for a date.</summary>
    public bool TryDate(int field, PeriodEnd? period, out LocalDate value)
    {
        var text = this[field];
        if (Kind(field) == CellKind.Number && (period is null || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100))
        {
            Error(field, null, text, "a number where a date is expected: format the cell as a date (or, for a period, write a year 1900–2100).");
            value = default;
            return false;
        }
        if (period is { } p ? CsvValues.TryParsePeriod(text, p, out value) : CsvValues.TryParseDate(text, out value)) return true;
        Error(field, null, text, period is null ? CsvValues.DateError : CsvValues.PeriodError);
        return false;
    }

    /// <summary>A yes/no cell (empty = no).</summary>
    public bool TryBoolean(int field, out bool value)
    {
        if (CsvValues.TryParseBoolean(this[field], out value)) return true;
        Error(field, null, this[field], CsvValues.BooleanError);
        return false;
    }

    /// <summary>Throws the errors of this file (with its warnings) as one exception, if there are any.</summary>
    public void ThrowIfErrors()
    {
        if (ErrorCount > 0) throw new DataProblemException(Problems);
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        _reader?.Dispose();
        _sheet?.Dispose();
    }

    internal static DataProblemException Problem(string source, int line, string message) => new(new DataProblem(source, line, 0, null, null, message));

    private static bool IsFormatFailure(Exception e) => e is DecoderFallbackException or FormatException;

    private static string Describe(Exception e) => e switch
    {
        CsvSyntaxException s => "invalid CSV: " + s.Problem,
        DecoderFallbackException => "the text cannot be decoded in the chosen encoding.",
        _ => "invalid CSV: " + e.Message,
    };

    /// <summary>The delimiter of a header line: the most frequent of ';', ',' and tab outside quotes; ',' on a tie.</summary>
    internal static char DetectDelimiter(ReadOnlySpan<char> header)
    {
        int semicolons = 0, commas = 0, tabs = 0;
        var quoted = false;
        foreach (var c in header)
        {
            if (c == '"') quoted = !quoted;
            else if (quoted) continue;
            else if (c == ';') semicolons++;
            else if (c == ',') commas++;
            else if (c == '\t') tabs++;
        }
        if (semicolons > commas && semicolons >= tabs) return ';';
        if (tabs > commas && tabs > semicolons) return '\t';
        return ',';
    }

    /// <summary>A reader that first reads the header line (for the delimiter) and then hands everything, the header
    /// included, to the tokenizer.</summary>
    private sealed class PrefixedReader(TextReader inner) : TextReader
    {
        private const int MaxHeaderChars = 1 << 20;
        private char[] _prefix = [];
        private int _start;
        private int _end;

        public bool AtEndAfterHeader { get; private set; }

        public string ReadHeaderLine()
        {
            var sb = new StringBuilder();
            var quoted = false;
            var buffer = new char[4096];
            var lineEnd = -1;
            while (lineEnd < 0 && sb.Length < MaxHeaderChars)
            {
                var n = inner.Read(buffer, 0, buffer.Length);
                if (n == 0) { AtEndAfterHeader = true; break; }
                var from = sb.Length;
                sb.Append(buffer, 0, n);
                for (var i = from; i < sb.Length; i++)
                {
                    if (sb[i] == '"') quoted = !quoted;
                    else if (!quoted && sb[i] is '\n' or '\r') { lineEnd = i; break; }
                }
            }
            _prefix = sb.ToString().ToCharArray();
            _end = _prefix.Length;
            if (lineEnd >= 0 && !AtEndAfterHeader) AtEndAfterHeader = inner.Peek() < 0 && _prefix.AsSpan(lineEnd).Trim().Length == 0;
            return new string(_prefix, 0, lineEnd >= 0 ? lineEnd : _end);
        }

        public void SkipFirst() => _start++;

        public override int Peek() => _start < _end ? _prefix[_start] : inner.Peek();

        public override int Read() => _start < _end ? _prefix[_start++] : inner.Read();

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (_start < _end)
            {
                var n = Math.Min(buffer.Length, _end - _start);
                _prefix.AsSpan(_start, n).CopyTo(buffer);
                _start += n;
                if (_start == _end) _prefix = [];
                return n;
            }
            return inner.Read(buffer);
        }

        public override int ReadBlock(char[] buffer, int index, int count) => ReadBlock(buffer.AsSpan(index, count));

        public override int ReadBlock(Span<char> buffer)
        {
            var total = 0;
            int n;
            while (total < buffer.Length && (n = Read(buffer[total..])) > 0) total += n;
            return total;
        }

        public override Task<int> ReadAsync(char[] buffer, int index, int count) => Task.FromResult(Read(buffer, index, count));

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
