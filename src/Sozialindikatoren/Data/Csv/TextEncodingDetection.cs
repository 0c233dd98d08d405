using System.Buffers;
using System.Globalization;
using System.Text;
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
    /// 1-based line.</summary>
    private static long FirstInvalidUtf8(Stream stream, long offset, out int line)
    {
        var decoder = StrictUtf8.GetDecoder();
        var buffer = ArrayPool<byte>.Shared.Rent(BlockSize);
        line = 1;
        var position = offset;
        try
        {
            int read;
            while ((read = stream.Read(buffer, 0, BlockSize)) > 0)
            {
                try
                {
                    decoder.GetCharCount(buffer, 0, read, flush: false);
                }
                catch (DecoderFallbackException e)
                {
                    var at = Math.Clamp(e.Index < 0 ? 0 : e.Index, 0, read);
                    line += buffer.AsSpan(0, at).Count((byte)'\n');
                    return position + at;
                }
                line += buffer.AsSpan(0, read).Count((byte)'\n');
                position += read;
            }
            try
            {
                decoder.GetCharCount([], 0, 0, flush: true);
            }
            catch (DecoderFallbackException)
            {
                return position; // a truncated sequence at the end of the file
            }
            return -1;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
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
