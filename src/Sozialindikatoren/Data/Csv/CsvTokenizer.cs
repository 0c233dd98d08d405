using System.Buffers;
using System.Globalization;

namespace Sozialindikatoren.Data.Csv;

/// <summary>
/// The one CSV tokenizer of the library (RFC 4180): splits text from a <see cref="TextReader"/> into records of
/// fields, with the physical line on which each record starts. Used by <see cref="CsvInput"/> and the GENESIS reader.
/// </summary>
/// <remarks>
/// <para>Rules: fields are separated by the given delimiter; a field that starts with <c>"</c> is quoted and runs to
/// the next <c>"</c> that is not doubled (<c>""</c> stands for one quote); delimiters and line breaks inside it are
/// text. Records end with LF, CRLF or a lone CR (outside quotes); a final line break does not start an empty record,
/// an empty line is a record with one empty field. Lenient where RFC 4180 is silent: a quote inside an unquoted field
/// is text, and text after a closing quote (up to the delimiter) is appended to the field as it stands.</para>
/// <para>Lines are physical lines: line breaks inside quoted fields (LF, CRLF or CR, each one line) advance the
/// count. There is no field or record size limit (the buffer grows to the longest record). A quoted field without its
/// closing quote is a <see cref="CsvSyntaxException"/> naming the line the record starts on.</para>
/// <para>Allocation: one character buffer (reused; grown only for longer records) and one field-bounds array; fields
/// are handed out as spans into the buffer, valid until the next <see cref="Read"/>.</para>
/// </remarks>
/// <threadsafety>Not thread-safe (one tokenizer per text).</threadsafety>
internal sealed class CsvTokenizer : IDisposable
{
    private const int InitialBuffer = 1 << 16;

    private readonly TextReader _reader;
    private readonly bool _ownsReader;
    private readonly char _delimiter;
    private readonly SearchValues<char> _unquotedStops;
    private char[] _buffer;
    private int _start; // the first character of the next record
    private int _end;   // the end of the characters read
    private bool _eof;

    // Field i of the current record is _buffer[_fields[2 i] .. _fields[2 i] + _fields[2 i + 1]).
    private int[] _fields = new int[64];
    private int _count;
    private int _nextLine = 1;

    /// <summary>Starts tokenizing.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="delimiter">The field separator (not <c>"</c>, CR or LF).</param>
    /// <param name="ownsReader">Whether <see cref="Dispose"/> closes <paramref name="reader"/>.</param>
    /// <param name="bufferSize">The initial buffer in characters (tests use tiny ones to cross buffer boundaries).</param>
    public CsvTokenizer(TextReader reader, char delimiter, bool ownsReader = true, int bufferSize = InitialBuffer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, 1);
        ArgumentNullException.ThrowIfNull(reader);
        if (delimiter is '"' or '\r' or '\n') throw new ArgumentException("the delimiter cannot be a quote or a line break.", nameof(delimiter));
        _reader = reader;
        _ownsReader = ownsReader;
        _delimiter = delimiter;
        _unquotedStops = SearchValues.Create([delimiter, '\r', '\n']);
        _buffer = ArrayPool<char>.Shared.Rent(bufferSize);
    }

    /// <summary>The physical line (1-based) on which the current record starts.</summary>
    public int Line { get; private set; }

    /// <summary>The number of fields of the current record (at least 1).</summary>
    public int FieldCount => _count;

    /// <summary>Field <paramref name="index"/> of the current record (unquoted, quotes undoubled), or an empty span
    /// beyond the last field; valid until the next <see cref="Read"/>.</summary>
    public ReadOnlySpan<char> this[int index] =>
        (uint)index < (uint)_count ? _buffer.AsSpan(_fields[2 * index], _fields[2 * index + 1]) : default;

    /// <summary>A field as a string (allocates; "" beyond the last field).</summary>
    public string GetString(int index) => this[index].ToString();

    /// <summary>Reads the next record; false at the end of the text.</summary>
    /// <exception cref="CsvSyntaxException">A quoted field has no closing quote.</exception>
    public bool Read()
    {
        if (_start >= _end && !Fill()) return false;
        _count = 0;
        var line = _nextLine;
        var breaks = 0;
        var pos = _start; // scanning position
        var fieldStart = pos;
        while (true)
        {
            // A field begins at fieldStart.
            if (pos >= _end && !MoreAt(ref pos, ref fieldStart)) { AddField(fieldStart, pos - fieldStart, false); break; }
            if (_buffer[pos] == '"')
            {
                // Quoted: find the closing quote, counting line breaks inside.
                pos++;
                while (true)
                {
                    if (pos >= _end && !MoreAt(ref pos, ref fieldStart))
                        throw new CsvSyntaxException(line, _count + 1, "a quoted field has no closing quote (\").");
                    var rest = _buffer.AsSpan(pos, _end - pos);
                    var q = rest.IndexOf('"');
                    breaks += LineBreaks(q < 0 ? rest : rest[..q], pos > 0 && _buffer[pos - 1] == '\r');
                    if (q < 0) { pos = _end; continue; }
                    pos += q + 1;
                    if (pos >= _end && !MoreAt(ref pos, ref fieldStart)) break; // closing quote at the end of the text
                    if (_buffer[pos] == '"') { pos++; continue; }               // a doubled quote
                    break;
                }
                // After the closing quote: text up to the delimiter or line break stays part of the field.
                var stop = ScanUnquoted(ref pos, ref fieldStart);
                AddField(fieldStart, pos - fieldStart, true);
                if (stop < 0) break;
                if (stop == _delimiter) { pos++; fieldStart = pos; continue; }
                pos = SkipLineBreak(pos, ref fieldStart);
                break;
            }
            else
            {
                var stop = ScanUnquoted(ref pos, ref fieldStart);
                AddField(fieldStart, pos - fieldStart, false);
                if (stop < 0) break;
                if (stop == _delimiter) { pos++; fieldStart = pos; continue; }
                pos = SkipLineBreak(pos, ref fieldStart);
                break;
            }
        }
        _start = pos;
        Line = line;
        _nextLine = line + 1 + breaks;
        return true;
    }

    /// <summary>Scans an unquoted stretch up to the delimiter, CR or LF; returns that character (pos at it), or −1 at
    /// the end of the text.</summary>
    private int ScanUnquoted(ref int pos, ref int fieldStart)
    {
        while (true)
        {
            if (pos >= _end && !MoreAt(ref pos, ref fieldStart)) return -1;
            var i = _buffer.AsSpan(pos, _end - pos).IndexOfAny(_unquotedStops);
            if (i >= 0) { pos += i; return _buffer[pos]; }
            pos = _end;
        }
    }

    /// <summary>Skips a record-ending LF, CR or CRLF at <paramref name="pos"/>; returns the position after it.</summary>
    private int SkipLineBreak(int pos, ref int fieldStart)
    {
        if (_buffer[pos] == '\r')
        {
            pos++;
            if ((pos < _end || MoreAt(ref pos, ref fieldStart)) && _buffer[pos] == '\n') pos++;
            return pos;
        }
        return pos + 1;
    }

    private void AddField(int start, int length, bool quoted)
    {
        if (2 * _count + 2 > _fields.Length) Array.Resize(ref _fields, _fields.Length * 2);
        if (quoted) length = Unquote(start, length);
        _fields[2 * _count] = start;
        _fields[2 * _count + 1] = length;
        _count++;
    }

    /// <summary>Removes the quotes of a quoted field in place (the result is never longer); returns its length.</summary>
    private int Unquote(int start, int length)
    {
        var s = _buffer.AsSpan(start, length);
        var w = 0;
        var quoted = true;
        for (var r = 1; r < s.Length; r++)
        {
            var c = s[r];
            if (quoted && c == '"')
            {
                if (r + 1 < s.Length && s[r + 1] == '"') { s[w++] = '"'; r++; }
                else quoted = false;
            }
            else s[w++] = c;
        }
        return w;
    }

    /// <summary>Reads more text keeping the current record: moves it to the buffer's start (grows the buffer when
    /// the record fills it) and shifts the positions. False at the end of the text.</summary>
    private bool MoreAt(ref int pos, ref int fieldStart)
    {
        if (_eof) return false;
        var shift = _start;
        var fieldShift = _count;
        if (shift > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= shift;
            _start = 0;
            for (var i = 0; i < fieldShift; i++) _fields[2 * i] -= shift;
            pos -= shift;
            fieldStart -= shift;
        }
        if (_end == _buffer.Length)
        {
            var bigger = ArrayPool<char>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _end).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        var n = _reader.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0) { _eof = true; return false; }
        _end += n;
        return true;
    }

    private bool Fill()
    {
        _start = 0;
        _end = 0;
        var pos = 0;
        var fieldStart = 0;
        _count = 0;
        return MoreAt(ref pos, ref fieldStart);
    }

    /// <summary>The line breaks in text inside quotes (CRLF counts once, also when split at a buffer boundary:
    /// <paramref name="afterCr"/> says the character before the span was CR).</summary>
    private static int LineBreaks(ReadOnlySpan<char> s, bool afterCr)
    {
        var n = 0;
        var i = s.IndexOfAny('\r', '\n');
        if (i < 0) return 0;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\r') n++;
            else if (c == '\n' && !(i > 0 ? s[i - 1] == '\r' : afterCr)) n++;
        }
        return n;
    }

    /// <summary>Returns the buffer and closes the reader when owned.</summary>
    public void Dispose()
    {
        if (_buffer.Length > 0) ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
        _start = _end = _count = 0;
        if (_ownsReader) _reader.Dispose();
    }
}

/// <summary>Invalid CSV structure found by <see cref="CsvTokenizer"/> (a quoted field without its closing quote).</summary>
internal sealed class CsvSyntaxException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="line">The physical line on which the record starts.</param>
    /// <param name="field">The 1-based field.</param>
    /// <param name="problem">What is wrong.</param>
    public CsvSyntaxException(int line, int field, string problem)
        : base(string.Create(CultureInfo.InvariantCulture, $"line {line}, field {field}: {problem}"))
    {
        Line = line;
        Field = field;
        Problem = problem;
    }

    /// <summary>The physical line on which the record starts.</summary>
    public int Line { get; }

    /// <summary>The 1-based field.</summary>
    public int Field { get; }

    /// <summary>What is wrong (without line and field).</summary>
    public string Problem { get; }
}
