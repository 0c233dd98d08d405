using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Sozialindikatoren.Common;

namespace Sozialindikatoren.Data.Csv;

/// <summary>
/// Decides the encoding of a text file in one streamed pass (<em>Kodierungserkennung</em>): a UTF-16 BOM → UTF-16;
/// otherwise the bytes are validated as UTF-8 in 64 KiB blocks (nothing is decoded or kept); a file that is valid
/// UTF-8 (with or without BOM) is UTF-8, any other is Windows-1252. Invalid UTF-8 is never decoded with replacement
/// characters.
/// </summary>
/// <remarks>Windows-1252 comes from <see cref="CodePagesEncodingProvider"/> (System.Text.Encoding.CodePages, part of
/// the .NET shared framework since .NET Core 3.0, table-driven and trim/AOT-safe); it is fetched from the provider
/// directly, so no global <see cref="Encoding.RegisterProvider"/> is needed.</remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class TextEncodingDetection
{
    private const int BlockSize = 64 * 1024;

    /// <summary>Strict UTF-8 without BOM emission: invalid bytes throw.</summary>
    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252 (code page 1252).</summary>
    internal static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("code page 1252 is not available.");

    /// <summary>The .NET encoding of a decided encoding.</summary>
    internal static Encoding ToEncoding(CsvEncoding encoding) => encoding switch
    {
        CsvEncoding.Windows1252 => Windows1252,
        CsvEncoding.Utf16 => new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true),
        _ => StrictUtf8,
    };

    /// <summary>Windows-1252 characters of the bytes 0x80–0x9F (the only range where it differs from ISO-8859-1).</summary>
    private static readonly string Windows1252High = Windows1252.GetString([.. Enumerable.Range(0x80, 32).Select(b => (byte)b)]);

    /// <summary>Decodes bytes (after the BOM) in an encoding decided by <see cref="Detect"/> into one string, for
    /// readers that hold a whole file in memory (the GENESIS reader). Gives the same characters as
    /// <see cref="ToEncoding"/>: Windows-1252 is decoded as ISO-8859-1 (vectorised) and the 32 bytes 0x80–0x9F (where
    /// the two differ, e.g. 0x96 '–') are mapped afterwards.</summary>
    /// <param name="bytes">The bytes after the byte order mark.</param>
    /// <param name="encoding">The decided encoding (not <see cref="CsvEncoding.Auto"/>).</param>
    /// <returns>The text.</returns>
    /// <exception cref="DecoderFallbackException">The bytes are not valid in <paramref name="encoding"/> (cannot happen
    /// for an encoding <see cref="Detect"/> decided on the same bytes).</exception>
    internal static string GetString(ReadOnlySpan<byte> bytes, CsvEncoding encoding)
    {
        if (encoding != CsvEncoding.Windows1252) return ToEncoding(encoding).GetString(bytes);
        var text = Encoding.Latin1.GetString(bytes);
        if (text.AsSpan().IndexOfAnyInRange('\u0080', '\u009F') < 0) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            source.CopyTo(span);
            int i;
            while ((i = span.IndexOfAnyInRange('\u0080', '\u009F')) >= 0)
            {
                span[i] = Windows1252High[span[i] - 0x80];
                span = span[(i + 1)..];
            }
        });
    }

    /// <summary>Decides the encoding of a seekable stream and leaves it positioned after the BOM.</summary>
    /// <param name="stream">The stream (seekable; read from its start).</param>
    /// <param name="requested">The requested encoding (<see cref="CsvEncoding.Auto"/> detects).</param>
    /// <param name="source">The name for messages.</param>
    /// <returns>The encoding used and whether the file had a BOM.</returns>
    /// <exception cref="DataProblemException">UTF-8 was requested (or a UTF-8 BOM was found) and the bytes are not valid
    /// UTF-8 (line and byte offset named).</exception>
    internal static (CsvEncoding Encoding, bool Bom) Detect(Stream stream, CsvEncoding requested, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Position = 0;
        Span<byte> head = stackalloc byte[3];
        var n = ReadAtLeast(stream, head);
        var bomLength = 0;
        var kind = requested;
        if (n >= 2 && head[0] == 0xFF && head[1] == 0xFE && requested == CsvEncoding.Auto) { stream.Position = 2; return (CsvEncoding.Utf16, true); }
        if (n >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF) bomLength = 3;
        if (requested == CsvEncoding.Windows1252)
        {
            stream.Position = 0;
            return (CsvEncoding.Windows1252, false);
        }
        stream.Position = bomLength;
        var invalid = FirstInvalidUtf8(stream, bomLength, out var line);
        if (invalid < 0)
        {
            stream.Position = bomLength;
            return (CsvEncoding.Utf8, bomLength > 0);
        }
        if (requested == CsvEncoding.Utf8 || bomLength > 0)
        {
            var why = requested == CsvEncoding.Utf8 ? "--encoding utf-8 was given" : "the file starts with a UTF-8 byte order mark";
            throw new DataProblemException(new DataProblem(source, line, 0, null, null, string.Create(CultureInfo.InvariantCulture,
                $"not valid UTF-8 at byte {invalid} although {why}; save the file as UTF-8 or read it with --encoding windows-1252.")));
        }
        stream.Position = 0;
        return (CsvEncoding.Windows1252, false);
    }

    /// <summary>Refuses bytes of a file that must be UTF-8 (JSON data set, scenario JSON, GeoJSON) when they are not:
    /// JSON text with a Windows-1252 umlaut would otherwise fail deep inside the parser.</summary>
    /// <param name="bytes">The file's bytes (after a byte order mark).</param>
    /// <param name="source">The name for messages.</param>
    /// <exception cref="DataProblemException">The first invalid byte, with its line and offset.</exception>
    internal static void RequireUtf8(ReadOnlySpan<byte> bytes, string source)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return;
        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        var invalid = FirstInvalidUtf8(stream, 0, out var line);
        throw new DataProblemException(new DataProblem(source, line, 0, null, null, string.Create(CultureInfo.InvariantCulture,
            $"not valid UTF-8 at byte {Math.Max(invalid, 0)}: a JSON file must be UTF-8 (save it as UTF-8, e.g. not as ANSI/Windows-1252).")));
    }

    /// <summary>The byte offset of the first byte that is not valid UTF-8, or −1; <paramref name="line"/> gets its
    /// 1-based line. A sequence split between two blocks is carried into the next block (it is valid); a sequence cut
    /// off by the end of the file is not.</summary>
    private static long FirstInvalidUtf8(Stream stream, long offset, out int line)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BlockSize);
        var chars = ArrayPool<char>.Shared.Rent(BlockSize);
        line = 1;
        var position = offset; // the file offset of buffer[0]
        var carry = 0;         // bytes of an incomplete sequence kept from the previous block
        try
        {
            while (true)
            {
                var read = stream.Read(buffer, carry, BlockSize - carry);
                var length = carry + read;
                var final = read == 0;
                if (length == 0) return -1;
                // The common case, a valid block: checked without decoding, an incomplete sequence at its end carried over.
                var complete = final ? length : CompleteLength(buffer.AsSpan(0, length));
                if (Utf8.IsValid(buffer.AsSpan(0, complete)))
                {
                    if (final) return -1;
                    line += buffer.AsSpan(0, complete).Count((byte)'\n');
                    carry = length - complete;
                    buffer.AsSpan(complete, carry).CopyTo(buffer);
                    position += complete;
                    continue;
                }
                // An invalid byte in the block: found, with its line, by decoding. UTF-16 needs at most one char per
                // byte, so the output never runs out.
                var status = Utf8.ToUtf16(buffer.AsSpan(0, length), chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
                line += buffer.AsSpan(0, consumed).Count((byte)'\n');
                if (status == OperationStatus.InvalidData || (final && status != OperationStatus.Done)) return position + consumed;
                if (final) return -1;
                carry = length - consumed;
                buffer.AsSpan(consumed, carry).CopyTo(buffer);
                position += consumed;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The length of <paramref name="bytes"/> without a multi-byte sequence that its end cuts off (its lead
    /// byte and the continuation bytes after it); a sequence the next block may complete is carried over.</summary>
    private static int CompleteLength(ReadOnlySpan<byte> bytes)
    {
        var i = bytes.Length - 1;
        var continuations = 0;
        while (i >= 0 && continuations < 3 && (bytes[i] & 0xC0) == 0x80)
        {
            i--;
            continuations++;
        }
        if (i < 0 || bytes[i] < 0xC0) return bytes.Length; // ASCII or stray continuation bytes: the validator decides
        var needed = bytes[i] >= 0xF0 ? 4 : bytes[i] >= 0xE0 ? 3 : 2;
        return continuations + 1 < needed ? i : bytes.Length;
    }

    private static int ReadAtLeast(Stream stream, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = stream.Read(buffer[total..]);
            if (n == 0) break;
            total += n;
        }
        return total;
    }
}
