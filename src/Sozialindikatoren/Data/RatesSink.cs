using System.Buffers;
using System.Text;

namespace Sozialindikatoren.Data;

/// <summary>Where <see cref="RatesCsv"/> writes its UTF-8 rows: a stream (the bytes as they are) or a text writer (the
/// bytes decoded back to text, the same characters).</summary>
/// <threadsafety>Not thread-safe: one writing thread at a time (the job hands the sink over between its stages).</threadsafety>
internal sealed class RatesSink(Stream? stream, TextWriter? writer) : IDisposable
{
    private char[] _chars = [];
    private byte[]? _header;

    /// <summary>Sets the header line (written with LF before the first rows, so that a file whose first chunk has a
    /// problem leaves nothing in the output).</summary>
    public void WriteHeader(string header) => _header = Encoding.UTF8.GetBytes(header + "\n");

    /// <summary>Writes whole rows of UTF-8 (the header first, once).</summary>
    public void Write(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty) return;
        if (_header is { } h)
        {
            _header = null;
            Write(h);
        }
        if (stream is not null)
        {
            stream.Write(utf8);
            return;
        }
        if (_chars.Length < utf8.Length)
        {
            if (_chars.Length > 0) ArrayPool<char>.Shared.Return(_chars);
            _chars = ArrayPool<char>.Shared.Rent(utf8.Length);
        }
        var n = Encoding.UTF8.GetChars(utf8, _chars);
        writer!.Write(_chars, 0, n);
    }

    /// <summary>Returns the character buffer to the pool (the stream or writer stays open).</summary>
    public void Dispose()
    {
        if (_chars.Length > 0) ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
    }
}
