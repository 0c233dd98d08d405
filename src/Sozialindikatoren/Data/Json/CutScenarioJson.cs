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

/// <summary>Reads and writes cut scenarios as JSON (<em>Kürzungsszenario-Datei</em>), collecting all problems with their JSON path.</summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class CutScenarioJson
{
    /// <summary>The format marker.</summary>
    public const string FormatName = "sozialindikatoren/cut-scenario";

    /// <summary>The format version.</summary>
    public const int FormatVersion = 1;

    /// <summary>Reads a scenario.</summary>
    /// <param name="json">UTF-8 JSON.</param>
    /// <param name="sourceName">File name for messages.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="DataProblemException">Broken JSON or invalid content (all problems listed).</exception>
    public static CutScenario Read(Stream json, string sourceName = "scenario.json")
    {
        var doc = JsonDocumentReader.Read(json, CutScenarioJsonContext.Default.CutScenarioDocument, sourceName, "scenario");
        return FromDocument(doc, sourceName);
    }

    /// <summary>Reads a scenario file.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="DataProblemException">Invalid content.</exception>
    public static CutScenario ReadFile(string path) => ReadFile(path, Csv.CsvReadOptions.DefaultMaxInputBytes);

    /// <summary>Reads a scenario file, refusing one larger than <paramref name="maxInputBytes"/> before reading it.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="maxInputBytes">The size limit in bytes (positive; see <see cref="Csv.CsvReadOptions.MaxInputBytes"/>).</param>
    /// <returns>The validated scenario.</returns>
    /// <exception cref="DataProblemException">Invalid content, or the file is too large.</exception>
    public static CutScenario ReadFile(string path, long maxInputBytes)
    {
        using var s = File.OpenRead(path);
        var name = Path.GetFileName(path);
        var doc = JsonDocumentReader.Read(s, CutScenarioJsonContext.Default.CutScenarioDocument, name, "scenario", maxInputBytes);
        return FromDocument(doc, name);
    }

    /// <summary>Writes a scenario as indented JSON.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The JSON text.</returns>
    public static string WriteString(CutScenario scenario) =>
        JsonSerializer.Serialize(ToDocument(scenario), CutScenarioJsonContext.Default.CutScenarioDocument);

    /// <summary>Maps a scenario to its document.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The document.</returns>
    public static CutScenarioDocument ToDocument(CutScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new CutScenarioDocument
        {
            Name = scenario.Name,
            Description = scenario.Description,
            Lines = scenario.Lines.Select(l => new CutLineDocument
            {
                Label = l.Label,
                Source = l.Source is { } s ? s.ToCode() : null,
                Programmes = l.ProgrammePatterns.Count == 0 ? null : l.ProgrammePatterns.ToList(),
                Domains = l.Domains.Count == 0 ? null : l.Domains.Select(d => d.Code).ToList(),
                Spaces = l.Spaces.Count == 0 ? null : l.Spaces.Select(s => s.Value).ToList(),
                Percent = l.Kind == CutKind.Share ? l.Value * 100m : null,
                AmountPerYear = l.Kind == CutKind.AmountPerYear ? l.Value : null,
                EffectiveFrom = l.EffectiveFrom,
                Status = l.IsAssumption ? "assumption" : "sourced",
                Note = l.Note,
            }).ToList(),
        };
    }

    /// <summary>Maps a document to a validated scenario, collecting all problems.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="sourceName">File name for messages.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="DataProblemException">Any problem (all listed).</exception>
    public static CutScenario FromDocument(CutScenarioDocument doc, string sourceName = "scenario.json")
    {
        ArgumentNullException.ThrowIfNull(doc);
        var problems = new List<DataProblem>();
        void Add(string path, string field, string? value, string message) => problems.Add(new DataProblem($"{sourceName}: {path}", field, value, message));
        if (doc.Format != FormatName) Add("$", "format", doc.Format, $"expected '{FormatName}'");
        if (doc.Version != FormatVersion) Add("$", "version", doc.Version.ToString(CultureInfo.InvariantCulture), $"unsupported version (this library reads version {FormatVersion})");
        if (string.IsNullOrWhiteSpace(doc.Name)) Add("$", "name", doc.Name, "must not be empty");
        var lines = new List<CutLine>();
        for (var i = 0; i < doc.Lines.Count; i++)
        {
            var d = doc.Lines[i];
            var path = $"$.lines[{i}]";
            var ok = true;
            FundingSource? source = null;
            if (d.Source is not null)
            {
                var found = Enum.GetValues<FundingSource>().Where(s => string.Equals(s.ToCode(), d.Source, StringComparison.OrdinalIgnoreCase)).ToArray();
                if (found.Length == 1 && !found[0].IsOwnShare()) source = found[0];
                else { Add(path, "source", d.Source, "unknown or own-funds source; expected one of bund, land, kreis, kommune, euEsf, socialInsurance, foundationLottery"); ok = false; }
            }
            CutLineStatus status = CutLineStatus.Assumption;
            switch (d.Status?.Trim().ToLowerInvariant())
            {
                case "sourced" or "belegt": status = CutLineStatus.Sourced; break;
                case "assumption" or "annahme": status = CutLineStatus.Assumption; break;
                default: Add(path, "status", d.Status, "expected sourced or assumption"); ok = false; break;
            }
            if ((d.Percent is null) == (d.AmountPerYear is null)) { Add(path, "percent", d.Percent?.ToString(CultureInfo.InvariantCulture), "give exactly one of percent and amountPerYear"); ok = false; }
            else if (d.Percent is { } p && (p < 0 || p > 100)) { Add(path, "percent", p.ToString(CultureInfo.InvariantCulture), "must be in [0, 100]"); ok = false; }
            else if (d.AmountPerYear is { } a && a < 0) { Add(path, "amountPerYear", a.ToString(CultureInfo.InvariantCulture), "must be >= 0"); ok = false; }
            var domains = new List<ServiceDomain>();
            foreach (var code in d.Domains ?? [])
            {
                try { domains.Add(new ServiceDomain(code)); }
                catch (ArgumentException) { Add(path, "domains", code, "invalid domain code"); ok = false; }
            }
            var spaces = new List<SpaceId>();
            foreach (var id in d.Spaces ?? [])
            {
                try { spaces.Add(new SpaceId(id)); }
                catch (ArgumentException) { Add(path, "spaces", id, "invalid space id"); ok = false; }
            }
            if (!ok) continue;
            try
            {
                lines.Add(new CutLine(d.Label ?? "", source, d.Programmes, domains, spaces,
                    d.Percent is not null ? CutKind.Share : CutKind.AmountPerYear, d.Percent is { } pc ? pc / 100m : d.AmountPerYear!.Value,
                    d.EffectiveFrom, status, d.Note));
            }
            catch (ArgumentException e)
            {
                var message = e.Message;
                var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
                if (cut > 0) message = message[..cut];
                var field = e.ParamName == "value" ? (d.Percent is not null ? "percent" : "amountPerYear") : e.ParamName ?? "";
                var value = field == "percent" ? d.Percent?.ToString(CultureInfo.InvariantCulture) : field == "amountPerYear" ? d.AmountPerYear?.ToString(CultureInfo.InvariantCulture) : "";
                Add(path, field, value, message);
            }
        }
        if (problems.Count > 0) throw new DataProblemException(problems);
        return new CutScenario(doc.Name!, lines, doc.Description);
    }
}
