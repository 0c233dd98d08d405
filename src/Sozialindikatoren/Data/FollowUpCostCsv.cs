using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Csv;
using Sozialindikatoren.FollowUpCosts;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Data;

/// <summary>
/// Reads the follow-up cost parameter table (<em>Folgekosten-Tabelle</em>, <c>folgekosten.csv</c>): one row per offering
/// type and parameter, see docs/data-format.md "Folgekosten". Reads through the common CSV path.
/// </summary>
/// <remarks>
/// Columns (German headers accepted): <c>service</c>/<c>angebotsart</c>, <c>unit</c>/<c>einheit</c>, <c>parameter</c>,
/// <c>low</c>/<c>niedrig</c>, <c>central</c>/<c>zentral</c>, <c>high</c>/<c>hoch</c>, <c>source</c>/<c>quelle</c>,
/// <c>year</c>/<c>jahr</c>, <c>grade</c>/<c>evidenz</c> (A–D), optional <c>escalation</c>/<c>eskalation</c>. Parameters:
/// <c>cases_per_unit</c>, <c>p_escalation</c>, <c>cost_escalation</c>, <c>lag_years</c> and <c>share_kreis</c>,
/// <c>share_kommune</c>, <c>share_land</c>, <c>share_bund</c>, <c>share_sozialversicherung</c>, <c>share_jugendamt</c>
/// (the local youth-welfare authority: the Kreis, or the Kommune where the municipality has its own Jugendamt) (German
/// <c>faelle_je_einheit</c>, <c>eskalationswahrscheinlichkeit</c>, <c>eskalationskosten</c>, <c>verzoegerung_jahre</c>,
/// <c>anteil_…</c>). Shares take the central value; missing shares are 0; the payer shares' source, year and grade come
/// from the first share row. Empty low/high mean the central value. Read through the one CSV path (<c>Data.Csv.CsvInput</c>):
/// encoding, delimiter and number format are detected; all row problems are collected and thrown together.
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class FollowUpCostCsv
{
    private static readonly string[] ShareNames = ["kreis", "kommune", "land", "bund", "sozialversicherung", "jugendamt"];

    internal static IReadOnlyList<CsvColumn> Schema { get; } =
    [
        new("service", "Angebotsart", true, "angebotstyp", "type"),
        new("unit", "Einheit", true),
        new("parameter", "Parameter", true),
        new("low", "niedrig", false),
        new("central", "zentral", true),
        new("high", "hoch", false),
        new("source", "Quelle", true),
        new("year", "Jahr", true),
        new("grade", "Evidenz", true, "evidenzgrad"),
        new("escalation", "Eskalation", false),
    ];

    /// <summary>Reads a parameter table from a file (the one CSV path: encoding, delimiter and number format detected).</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">Encoding and number format, or null to detect both.</param>
    /// <returns>The parameter sets in the order their types first appear.</returns>
    /// <exception cref="DataProblemException">A missing column, an unknown parameter or unit, a bad number, or an invalid set (file, line, field, value).</exception>
    public static IReadOnlyList<FollowUpCostParameters> ReadFile(string path, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var input = CsvInput.Open(path, options);
        return Read(input);
    }

    /// <summary>Reads a parameter table.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="source">The name used in messages.</param>
    /// <returns>The parameter sets in the order their types first appear.</returns>
    /// <exception cref="DataProblemException">As <see cref="ReadFile"/>.</exception>
    public static IReadOnlyList<FollowUpCostParameters> Read(TextReader text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var input = CsvInput.Open(text, source);
        return Read(input);
    }

    private static IReadOnlyList<FollowUpCostParameters> Read(CsvInput input)
    {
        var source = input.Source;
        var h = CsvHeader.Bind(input, Schema);
        input.ThrowIfErrors();
        int cService = h["service"], cUnit = h["unit"], cParam = h["parameter"], cLow = h["low"], cCentral = h["central"], cHigh = h["high"],
            cSource = h["source"], cYear = h["year"], cGrade = h["grade"], cEsc = h["escalation"];
        var order = new List<string>();
        var sets = new Dictionary<string, Dictionary<string, (int Line, FollowUpParameter P)>>(StringComparer.Ordinal);
        var units = new Dictionary<string, CapacityUnit>(StringComparer.Ordinal);
        var escalation = new Dictionary<string, string>(StringComparer.Ordinal);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        while (input.Read())
        {
            var line = input.Line;
            var service = input[cService];
            if (!OfferingType.IsValidCode(service)) { input.Error(cService, null, service, "is not a valid offering type code."); continue; }
            if (!CapacityUnitExtensions.TryParseCode(input[cUnit], out var unit)) { input.Error(cUnit, null, input[cUnit], "unknown unit (fte, places, cases_per_year)."); continue; }
            if (units.TryGetValue(service, out var u0) && u0 != unit) { input.Error(cUnit, null, input[cUnit], $"differs from the unit of '{service}' on line {firstLine[service]}."); continue; }
            var name = ParameterName(input[cParam]);
            if (name is null) { input.Error(cParam, null, input[cParam], "unknown parameter."); continue; }
            if (!input.TryNumber(cCentral, out var central)) continue;
            if (!input.TryOptionalNumber(cLow, out var low) || !input.TryOptionalNumber(cHigh, out var high)) continue;
            if (!input.TryInteger(cYear, out var year)) continue;
            var g = input[cGrade];
            if (g.Length != 1 || !Enum.TryParse<EvidenceGrade>(g, ignoreCase: true, out var grade)) { input.Error(cGrade, null, g, "must be A, B, C or D."); continue; }
            FollowUpParameter p;
            try { p = new FollowUpParameter(low ?? central, central, high ?? central, input[cSource], (int)Math.Clamp(year, int.MinValue, int.MaxValue), grade); }
            catch (ArgumentException e) { input.Error(cCentral, name, input[cCentral], e.Message); continue; }
            if (!sets.TryGetValue(service, out var set))
            {
                sets[service] = set = new Dictionary<string, (int, FollowUpParameter)>(StringComparer.Ordinal);
                order.Add(service);
                units[service] = unit;
                firstLine[service] = line;
            }
            if (!set.TryAdd(name, (line, p))) { input.Error(cParam, null, name, $"given twice for '{service}' (first on line {set[name].Line})."); continue; }
            if (input[cEsc].Length > 0) escalation.TryAdd(service, input[cEsc]);
        }
        input.ThrowIfErrors();
        var result = new List<FollowUpCostParameters>();
        foreach (var service in order)
        {
            var set = sets[service];
            FollowUpParameter Need(string name) => set.TryGetValue(name, out var x) ? x.P
                : throw Problem(source, firstLine[service], "parameter", name, $"missing for '{service}'.");
            var shareRows = ShareNames.Select(n => set.TryGetValue("share_" + n, out var x) ? x : ((int Line, FollowUpParameter P)?)null).ToArray();
            var firstShare = shareRows.FirstOrDefault(x => x is not null) ?? throw Problem(source, firstLine[service], "parameter", "share_kreis", $"no payer shares for '{service}'.");
            double S(int i) => shareRows[i]?.P.Central ?? 0;
            try
            {
                var shares = new PayerShares(S(0), S(1), S(2), S(3), S(4), firstShare.P.Source, firstShare.P.Year, firstShare.P.Grade, youthOffice: S(5));
                result.Add(new FollowUpCostParameters(new OfferingType(service), units[service], escalation.GetValueOrDefault(service, service),
                    Need("cases_per_unit"), Need("p_escalation"), Need("cost_escalation"), Need("lag_years"), shares));
            }
            catch (ArgumentException e) { throw Problem(source, firstLine[service], "service", service, e.Message); }
        }
        return result;
    }

    private static string? ParameterName(string raw) => CsvHeader.Normalise(raw) switch
    {
        "cases_per_unit" or "faelle_je_einheit" => "cases_per_unit",
        "p_escalation" or "eskalationswahrscheinlichkeit" => "p_escalation",
        "cost_escalation" or "eskalationskosten" => "cost_escalation",
        "lag_years" or "verzoegerung_jahre" => "lag_years",
        var s when s.StartsWith("share_", StringComparison.Ordinal) && ShareNames.Contains(s[6..]) => s,
        var s when s.StartsWith("anteil_", StringComparison.Ordinal) && ShareNames.Contains(s[7..]) => "share_" + s[7..],
        _ => null,
    };

    private static DataProblemException Problem(string source, int line, string? field, string? value, string message) =>
        new(new DataProblem(source, line, 0, field, value, message));
}
