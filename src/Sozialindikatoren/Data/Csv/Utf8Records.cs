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
    private int _pos;

    /// <summary>Reads <paramref name="block"/> (whole lines) with the one-byte <paramref name="delimiter"/>.</summary>
    public Utf8Records(ReadOnlySpan<byte> block, byte delimiter)
    {
        if (delimiter is (byte)'"' or (byte)'\r' or (byte)'\n' or >= 0x80) throw new ArgumentException("the delimiter must be one ASCII character other than a quote or a line break.", nameof(delimiter));
        _block = block;
        _delimiter = delimiter;
    }

    /// <summary>Moves to the next record and sets its fields as ranges of the block; <paramref name="fields"/> has the
    /// header's length, and a simple record has exactly that many fields.</summary>
    public Utf8Record Next(scoped Span<Range> fields)
    {
        while (_pos < _block.Length)
        {
            var lineStart = _pos;
            var rest = _block[_pos..];
            var lf = rest.IndexOf((byte)'\n');
            var line = lf < 0 ? rest : rest[..lf];
            _pos += lf < 0 ? rest.Length : lf + 1;
            if (line.Length > 0 && line[^1] == (byte)'\r') line = line[..^1];
            if (line.IsEmpty) continue;
            var field = 0;
            var start = 0;
            while (true)
            {
                var i = line[start..].IndexOfAny(_delimiter, (byte)'"', (byte)'\r');
                if (i < 0)
                {
                    if (field != fields.Length - 1) return Utf8Record.NotSimple;
                    fields[field] = new Range(lineStart + start, lineStart + line.Length);
                    return Utf8Record.Record;
                }
                var at = start + i;
                if (line[at] != _delimiter || field == fields.Length - 1) return Utf8Record.NotSimple;
                fields[field++] = new Range(lineStart + start, lineStart + at);
                start = at + 1;
            }
        }
        return Utf8Record.End;
    }
}
