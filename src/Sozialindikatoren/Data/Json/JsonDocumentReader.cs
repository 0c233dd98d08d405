using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Sozialindikatoren.Common;

namespace Sozialindikatoren.Data.Json;

/// <summary>
/// The first step of every JSON reader of the library: deserialise a wire document through a source-generated type info,
/// turning broken JSON into a <see cref="DataProblemException"/> that names file, line and column.
/// </summary>
internal static class JsonDocumentReader
{
    /// <summary>Deserialises <typeparamref name="T"/> or throws with <c>file:line:column</c>, JSON path and message.</summary>
    /// <param name="json">The UTF-8 stream.</param>
    /// <param name="typeInfo">The source-generated type info.</param>
    /// <param name="sourceName">The file name for messages.</param>
    /// <param name="what">What the file should hold, for the "empty" message (e.g. <c>data set</c>).</param>
    public static T Read<T>(Stream json, JsonTypeInfo<T> typeInfo, string sourceName, string what) where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        T? doc;
        try
        {
            doc = JsonSerializer.Deserialize(json, typeInfo);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? checked((int)l + 1) : 0;
            var column = e.LineNumber is not null ? checked((int)(e.BytePositionInLine ?? 0) + 1) : 0;
            throw new DataProblemException(new DataProblem(sourceName, line, column, e.Path ?? "$", null, "invalid JSON: " + e.Message), e);
        }
        return doc ?? throw new DataProblemException(new DataProblem(sourceName, "$", "null", $"the file holds no {what}"));
    }
}
