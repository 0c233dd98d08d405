using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Data.Json;

/// <summary>
/// The source-generated System.Text.Json context of the canonical wire format (camelCase names, NodaTime dates as ISO
/// <c>yyyy-MM-dd</c>, nulls omitted). AOT- and trim-safe; use it in host apps with
/// <c>JsonSerializer.Serialize(doc, SozialindikatorenJsonContext.Default.DataSetDocument)</c>.
/// </summary>
/// <threadsafety>The <see cref="JsonSerializerContext.Options"/> are frozen after first use; thread-safe.</threadsafety>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(IsoLocalDateConverter)])]
[JsonSerializable(typeof(DataSetDocument))]
public sealed partial class SozialindikatorenJsonContext : JsonSerializerContext;
