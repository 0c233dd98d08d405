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
            throw new DataProblemException(new DataProblem(sourceName, line, column, e.Path ?? "$", null, "invalid JSON: " + e.Message), e);
        }
        return doc ?? throw new DataProblemException(new DataProblem(sourceName, "$", "null", $"the file holds no {what}"));
    }

    /// <summary>The default size limit of whole-file JSON inputs (the CLI's <c>--max-input-mb</c>).</summary>
    public const long DefaultMaxBytes = Csv.CsvReadOptions.DefaultMaxInputBytes;

    /// <summary>Reads the whole stream without a UTF-8 BOM, refusing more than <paramref name="maxBytes"/> before reading them.</summary>
    private static byte[] ReadAll(Stream json, string sourceName, long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        if (json.CanSeek && json.Length - json.Position > maxBytes) throw TooLarge(sourceName, json.Length - json.Position, maxBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = json.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > maxBytes) throw TooLarge(sourceName, null, maxBytes);
            buffer.Write(chunk, 0, n);
        }
        var bytes = buffer.ToArray();
        // A UTF-8 byte order mark (as Windows editors write it) is skipped, as the stream deserialiser does.
        return bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
    }

    private static DataProblemException TooLarge(string sourceName, long? size, long maxBytes) =>
        new(new DataProblem(sourceName, null, size?.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"the file is larger than the input size limit of {maxBytes / (1024.0 * 1024.0):0.#} MB{(size is { } s ? $" ({s / (1024.0 * 1024.0):0.#} MB)" : "")}; raise it with --max-input-mb")));
}
