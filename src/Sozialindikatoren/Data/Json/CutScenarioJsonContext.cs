using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Data.Json;

/// <summary>The source-generated JSON context of cut scenario files (camelCase, ISO dates, nulls omitted; AOT-safe).</summary>
/// <threadsafety>Options frozen after first use; thread-safe.</threadsafety>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(IsoLocalDateConverter)])]
[JsonSerializable(typeof(CutScenarioDocument))]
internal sealed partial class CutScenarioJsonContext : JsonSerializerContext;
