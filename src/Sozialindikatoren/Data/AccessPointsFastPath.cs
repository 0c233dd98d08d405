using System.Buffers;
using System.Text;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Csv;

namespace Sozialindikatoren.Data;

/// <summary>
/// The fast path of <see cref="AccessCsv.ReadPoints(string, string, bool, string, string, CsvReadOptions?, ICollection{DataProblem}?)"/>
/// for point files as tools write them: the records after the header (already read and bound through <see cref="CsvInput"/>)
/// are split on the bytes of the file, without the tokenizer, a decoded text or a string per number field.
/// </summary>
/// <remarks>
/// <para>It only accepts what the general path reads without any problem and in the same way: a UTF-8 or
/// Windows-1252 file read with delimiter <c>,</c> and the number format invariant, whose records hold only printable
/// ASCII without spaces and quotes (so no field needs trimming or unquoting and both encodings decode alike), end with LF
/// or CRLF, and have exactly the header's number of fields. Numbers are parsed by the one number rule
/// (<see cref="CsvNumber.TryParseDouble"/>, on the field widened to characters on the stack); ids become strings (they are
/// the output). Every check of the general path is repeated (empty or duplicate id, value ≥ 0 and plausible, coordinates in
/// range). When anything does not fit (a quote, a space, a non-ASCII byte, a lone CR, a short row, any cell with a
/// problem) it returns null and the caller reads the file with the general path, which reports every problem with file,
/// line, field and value exactly as before: the fast path never decides about an error.</para>
/// <para>Memory: the file's bytes (one array) and the result; no per-field strings for numbers.</para>
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class AccessPointsFastPath
{
    /// <summary>Bytes that send a file to the general path: controls other than LF and CR, space, quote, DEL and
    /// everything beyond ASCII.</summary>
    private static readonly SearchValues<byte> Irregular = SearchValues.Create(IrregularBytes());

    private const int MaxNumberLength = 120;

    private static byte[] IrregularBytes()
    {
        var list = new List<byte>();
        for (int b = 0; b < 256; b++)
            if ((b < 0x20 && b is not '\n' and not '\r') || b is ' ' or '"' || b >= 0x7F) list.Add((byte)b);
        return [.. list];
    }

    /// <summary>Reads the records of <paramref name="path"/> after the header, or returns null when the general path must
    /// read the file (see the class remarks).</summary>
    /// <param name="path">The file <paramref name="input"/> was opened on.</param>
    /// <param name="input">The opened file, header bound, no record read yet.</param>
    /// <param name="idCol">The id field.</param>
    /// <param name="valueCol">The value field.</param>
    /// <param name="withCoordinates">Whether x and y are read.</param>
    /// <param name="xCol">The x field (or −1 without coordinates).</param>
    /// <param name="yCol">The y field (or −1 without coordinates).</param>
    /// <param name="latLon">Whether x, y are latitude and longitude.</param>
    /// <returns>The points, or null.</returns>
    public static AccessPoints? TryRead(string path, CsvInput input, int idCol, int valueCol, bool withCoordinates, int xCol, int yCol, bool latLon)
    {
        if (input.Sheet is not null || input.Delimiter != ',' || input.NumberFormat != CsvNumberFormat.Invariant
            || input.Encoding is not (CsvEncoding.Utf8 or CsvEncoding.Windows1252))
            return null;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        ReadOnlySpan<byte> data = bytes;
        if (input.Bom)
        {
            if (!data.StartsWith("\uFEFF"u8)) return null;
            data = data[3..];
        }
        int headerEnd = data.IndexOf((byte)'\n');
        if (headerEnd < 0) return null;
        var header = data[..headerEnd];
        if (header.EndsWith("\r"u8)) header = header[..^1];
        if (header.Contains((byte)'"') || header.Contains((byte)'\r') || header.Count((byte)',') + 1 != input.Headers.Count) return null;
        var body = data[(headerEnd + 1)..];
        if (body.IndexOfAny(Irregular) >= 0) return null;

        int fields = input.Headers.Count;
        int capacity = body.Count((byte)'\n') + 1;
        var ids = new string[capacity];
        var values = new double[capacity];
        var xs = withCoordinates ? new double[capacity] : [];
        var ys = withCoordinates ? new double[capacity] : [];
        var seen = new HashSet<string>(capacity, StringComparer.Ordinal);
        var cells = new Range[fields];
        int n = 0;
        while (body.Length > 0)
        {
            int end = body.IndexOf((byte)'\n');
            var line = end < 0 ? body : body[..end];
            body = end < 0 ? default : body[(end + 1)..];
            if (line.EndsWith("\r"u8)) line = line[..^1];
            if (line.Length == 0) continue; // a blank record: skipped, as by the general path
            if (line.Contains((byte)'\r')) return null; // a lone CR ends a record in the general path
            if (!Split(line, cells, fields)) return null;
            var idBytes = line[cells[idCol]];
            if (idBytes.Length == 0) return null;
            var id = Encoding.Latin1.GetString(idBytes);
            if (!seen.Add(id)) return null;
            if (!Number(line[cells[valueCol]], out var v) || v < 0 || PlausibleRange.CheckCount(v) is not null) return null;
            if (withCoordinates)
            {
                if (!Number(line[cells[xCol]], out var x) || !Number(line[cells[yCol]], out var y)) return null;
                if (!AccessCsv.CoordinatesInRange(latLon, x, y)) return null;
                xs[n] = x;
                ys[n] = y;
            }
            ids[n] = id;
            values[n] = v;
            n++;
        }
        if (n < capacity)
        {
            ids = ids[..n];
            values = values[..n];
            if (withCoordinates) { xs = xs[..n]; ys = ys[..n]; }
        }
        return new AccessPoints(ids, values, xs, ys);
    }

    /// <summary>The fields of a record (no quotes in it); false unless it has exactly <paramref name="fields"/> fields.</summary>
    private static bool Split(ReadOnlySpan<byte> line, Range[] cells, int fields)
    {
        int f = 0, offset = 0;
        while (true)
        {
            if (f == fields) return false;
            int c = line[offset..].IndexOf((byte)',');
            if (c < 0)
            {
                cells[f++] = new Range(offset, line.Length);
                return f == fields;
            }
            cells[f++] = new Range(offset, offset + c);
            offset += c + 1;
        }
    }

    /// <summary>A number field by the one number rule (invariant format), widened from ASCII on the stack.</summary>
    private static bool Number(ReadOnlySpan<byte> field, out double value)
    {
        value = 0;
        if (field.Length is 0 or > MaxNumberLength) return false;
        Span<char> chars = stackalloc char[MaxNumberLength];
        int n = Encoding.Latin1.GetChars(field, chars);
        return CsvNumber.TryParseDouble(chars[..n], CsvNumberFormat.Invariant, false, out value, out _);
    }
}
