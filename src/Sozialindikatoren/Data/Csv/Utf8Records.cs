using System.Buffers;

namespace Sozialindikatoren.Data.Csv;

/// <summary>What <see cref="Utf8Records.Next"/> found.</summary>
internal enum Utf8Record
{
    /// <summary>A simple record: its fields are set.</summary>
    Record,
    /// <summary>The end of the block.</summary>
    End,
    /// <summary>A line this reader does not take (the caller reads the file with <see cref="CsvInput"/> instead).</summary>
    NotSimple,
}

/// <summary>
/// The simple records of a block of UTF-8 lines, as bytes (<em>einfache Datensätze</em>): the fast path of a row job
/// (<see cref="RatesCsv"/>) reads them in parallel blocks without decoding. It takes only what <see cref="CsvTokenizer"/>
/// and <see cref="CsvInput.Read"/> read the same way, and calls everything else <see cref="Utf8Record.NotSimple"/>.
/// </summary>
/// <remarks>
/// <para>A simple line ends with LF or CR LF (or the end of the block), holds no quote and no other CR, and has exactly
/// the header's number of fields. An empty line is skipped, as <see cref="CsvInput.Read"/> skips a blank record.
/// Anything else is not simple: a quote (a field may then span lines), a lone CR (a line break to the tokenizer),
/// more or fewer fields (an error or a warning there), a line of only spaces (blank there).</para>
/// <para>The block must end at a line end (LF) or at the end of the file; LF never occurs inside a UTF-8 multi-byte
/// sequence, so a block of whole lines is whole characters. Tests compare its records with
/// <see cref="CsvTokenizer"/>'s on generated lines.</para>
/// </remarks>
/// <threadsafety>A stack-only reader of one block; blocks can be read on many threads at once.</threadsafety>
internal ref struct Utf8Records
{
    private readonly ReadOnlySpan<byte> _block;
    private readonly byte _delimiter;
    private readonly SearchValues<byte> _stops;
    private int _pos;

    /// <summary>Reads <paramref name="block"/> (whole lines) with the one-byte <paramref name="delimiter"/>.</summary>
    public Utf8Records(ReadOnlySpan<byte> block, byte delimiter)
    {
        if (delimiter is (byte)'"' or (byte)'\r' or (byte)'\n' or >= 0x80) throw new ArgumentException("the delimiter must be one ASCII character other than a quote or a line break.", nameof(delimiter));
        _block = block;
        _delimiter = delimiter;
        _stops = SearchValues.Create([delimiter, (byte)'"', (byte)'\r', (byte)'\n']);
    }

    /// <summary>Moves to the next record and sets its fields as ranges of the block; <paramref name="fields"/> has the
    /// header's length, and a simple record has exactly that many fields.</summary>
    public Utf8Record Next(scoped Span<Range> fields)
    {
        var pos = _pos;
        var fieldStart = pos;
        var field = 0;
        while (pos < _block.Length || field > 0 || fieldStart < pos)
        {
            // One search per field: the next delimiter, quote, CR or LF.
            var i = pos < _block.Length ? _block[pos..].IndexOfAny(_stops) : -1;
            int lineEnd, next;
            if (i < 0)
            {
                lineEnd = next = _block.Length; // the last line of the file, without a line end
            }
            else
            {
                var at = pos + i;
                var b = _block[at];
                if (b == _delimiter)
                {
                    if (field == fields.Length - 1) return Utf8Record.NotSimple;
                    fields[field++] = new Range(fieldStart, at);
                    pos = fieldStart = at + 1;
                    continue;
                }
                if (b == (byte)'"') return Utf8Record.NotSimple;
                lineEnd = at;
                next = at + 1;
                if (b == (byte)'\r')
                {
                    // CR LF, or a CR at the end of the file; a lone CR is a line break to the tokenizer.
                    if (next < _block.Length && _block[next] != (byte)'\n') return Utf8Record.NotSimple;
                    if (next < _block.Length) next++;
                }
            }
            if (field == 0 && fieldStart == lineEnd)
            {
                // An empty line: a blank record, skipped.
                pos = fieldStart = next;
                continue;
            }
            if (field != fields.Length - 1) return Utf8Record.NotSimple;
            fields[field] = new Range(fieldStart, lineEnd);
            _pos = next;
            return Utf8Record.Record;
        }
        _pos = pos;
        return Utf8Record.End;
    }
}
