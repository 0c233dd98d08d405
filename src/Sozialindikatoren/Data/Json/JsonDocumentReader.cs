using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Sozialindikatoren.Common;

namespace Sozialindikatoren.Data.Json;

/// <summary>
/// The first step of every JSON reader of the library: deserialise a wire document through a source-generated type info,
/// turning broken JSON into a <see cref="DataProblemException"/> that names file, line and column. Strict: duplicate and
/// unknown members are errors (<see cref="JsonMemberCheck"/>), a string where a number belongs is an error, and a document
/// larger than the size limit is refused before it is read.
/// </summary>
internal static class JsonDocumentReader
{
    /// <summary>Deserialises <typeparamref name="T"/> or throws with <c>file:line:column</c>, JSON path and message.</summary>
    /// <param name="json">The UTF-8 stream.</param>
    /// <param name="typeInfo">The source-generated type info.</param>
    /// <param name="sourceName">The file name for messages.</param>
    /// <param name="what">What the file should hold, for the "empty" message (e.g. <c>data set</c>).</param>
    /// <param name="maxBytes">The size limit in bytes (see <see cref="DefaultMaxBytes"/>).</param>
    public static T Read<T>(Stream json, JsonTypeInfo<T> typeInfo, string sourceName, string what, long maxBytes = DefaultMaxBytes) where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        var bytes = ReadAll(json, sourceName, maxBytes);
        Csv.TextEncodingDetection.RequireUtf8(bytes, sourceName);
        var problems = JsonMemberCheck.Check(bytes, typeInfo, sourceName);
        if (problems.Count > 0) throw new DataProblemException(problems);
        T? doc;
        try
        {
            doc = JsonSerializer.Deserialize(bytes, typeInfo);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? checked((int)l + 1) : 0;
            var column = e.LineNumber is not null ? checked((int)(e.BytePositionInLine ?? 0) + 1) : 0;
            var (value, message) = Explain(e, bytes);
            throw new DataProblemException(new DataProblem(sourceName, line, column, e.Path ?? "$", value, message), e);
        }
        return doc ?? throw new DataProblemException(new DataProblem(sourceName, "$", "null", $"the file holds no {what}"));
    }

    /// <summary>The default size limit of whole-file JSON inputs (the CLI's <c>--max-input-mb</c>).</summary>
    /// <summary>A plain message for a value of the wrong type (never a .NET type name) with the value as written, or
    /// the parser's message for broken JSON.</summary>
    private static (string? Value, string Message) Explain(JsonException e, byte[] bytes)
    {
        var m = e.Message;
        var at = m.IndexOf("could not be converted to ", StringComparison.Ordinal);
        if (at < 0) return (null, "invalid JSON: " + m);
        var type = m[(at + "could not be converted to ".Length)..];
        var expected = type.Contains("Int64", StringComparison.Ordinal) || type.Contains("Int32", StringComparison.Ordinal) ? "a whole number"
            : type.Contains("Decimal", StringComparison.Ordinal) || type.Contains("Double", StringComparison.Ordinal) ? "a number"
            : type.Contains("LocalDate", StringComparison.Ordinal) ? "a date yyyy-MM-dd"
            : type.Contains("String", StringComparison.Ordinal) ? "a string"
            : type.Contains("List", StringComparison.Ordinal) ? "an array" : "another kind of value";
        return (Token(bytes, e.LineNumber, e.BytePositionInLine), $"expected {expected} here (numbers without quotes, whole numbers without a decimal part).");
    }

    /// <summary>The member value around a position (line and byte 0-based), as written, for the message.</summary>
    private static string? Token(byte[] bytes, long? line, long? position)
    {
        if (line is not { } l || position is not { } p) return null;
        var text = System.Text.Encoding.UTF8.GetString(bytes).Split('\n');
        if (l < 0 || l >= text.Length) return null;
        var row = text[l];
        var end = (int)Math.Min(p, row.Length);
        var start = row.LastIndexOf(':', Math.Max(0, end - 1));
        if (start < 0) return null;
        var stop = row.IndexOfAny([',', '}', ']'], start + 1);
        return row[(start + 1)..(stop < 0 ? row.Length : stop)].Trim();
    }

    public const long DefaultMaxBytes = Csv.CsvReadOptions.DefaultMaxInputBytes;

    /// <summary>Reads the whole stream without a UTF-8 BOM, refusing more than <paramref name="maxBytes"/> before reading them.</summary>
    private static byte[] ReadAll(Stream json, string sourceName, long maxBytes)
    {
        var bytes = Csv.InputBytes.ReadAll(json, maxBytes, size => TooLarge(sourceName, size, maxBytes));
        // A UTF-8 byte order mark (as Windows editors write it) is skipped, as the stream deserialiser does.
        return bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
    }

    private static DataProblemException TooLarge(string sourceName, long? size, long maxBytes) =>
        new(new DataProblem(sourceName, null, size?.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"the file is larger than the input size limit of {maxBytes / (1024.0 * 1024.0):0.#} MB{(size is { } s ? $" ({s / (1024.0 * 1024.0):0.#} MB)" : "")}; raise it with --max-input-mb")));
}
