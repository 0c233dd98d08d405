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

/// <summary>Wire document of a cut scenario file (<c>format: sozialindikatoren/cut-scenario</c>, version 1); see docs/cuts.md.</summary>
/// <threadsafety>Mutable DTO; not thread-safe while being filled.</threadsafety>
public sealed class CutScenarioDocument
{
    /// <summary>Format marker, <c>sozialindikatoren/cut-scenario</c>.</summary>
    public string Format { get; set; } = CutScenarioJson.FormatName;

    /// <summary>Format version, 1.</summary>
    public int Version { get; set; } = CutScenarioJson.FormatVersion;

    /// <summary>The scenario name.</summary>
    public string? Name { get; set; }

    /// <summary>The description.</summary>
    public string? Description { get; set; }

    /// <summary>The lines.</summary>
    public List<CutLineDocument> Lines { get; set; } = [];
}
