using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Sozialindikatoren.Data.Json;

/// <summary>
/// Reads and writes a <see cref="LocalDate"/> as an ISO-8601 calendar date string <c>yyyy-MM-dd</c> (e.g.
/// <c>"2025-07-01"</c>), the only date form of the library's JSON formats.
/// </summary>
/// <remarks>Hand-written instead of NodaTime.Serialization.SystemTextJson, whose converter factory uses reflection and
/// so is neither trim- nor Native-AOT-safe. A value that is not a string, or not a valid ISO date, throws
/// <see cref="JsonException"/>; <see cref="JsonDocumentReader"/> turns it into a problem with file, line, column and
/// JSON path.</remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal sealed class IsoLocalDateConverter : JsonConverter<LocalDate>
{
    private static readonly LocalDatePattern Pattern = LocalDatePattern.Iso;

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException($"expected a date as a string yyyy-MM-dd, found {reader.TokenType}.");
        var text = reader.GetString()!;
        var result = Pattern.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"expected a date yyyy-MM-dd, was '{text}'.");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        Span<char> buffer = stackalloc char[16];
        var year = value.Year;
        if (year is < 0 or > 9999) { writer.WriteStringValue(Pattern.Format(value)); return; }
        buffer[0] = (char)('0' + year / 1000); buffer[1] = (char)('0' + year / 100 % 10);
        buffer[2] = (char)('0' + year / 10 % 10); buffer[3] = (char)('0' + year % 10);
        buffer[4] = '-'; buffer[5] = (char)('0' + value.Month / 10); buffer[6] = (char)('0' + value.Month % 10);
        buffer[7] = '-'; buffer[8] = (char)('0' + value.Day / 10); buffer[9] = (char)('0' + value.Day % 10);
        writer.WriteStringValue(buffer[..10]);
    }
}
