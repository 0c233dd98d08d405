using System.Globalization;
using Sozialindikatoren.Common;
using Sozialindikatoren.FollowUpCosts;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Data;

/// <summary>
/// Reads the follow-up cost parameter table (<em>Folgekosten-Tabelle</em>, <c>folgekosten.csv</c>): one row per offering
/// type and parameter, see docs/data-format.md "Folgekosten". Kept in its own file so it can move onto the common CSV path.
/// </summary>
/// <remarks>
/// Columns (German headers accepted): <c>service</c>/<c>angebotsart</c>, <c>unit</c>/<c>einheit</c>, <c>parameter</c>,
/// <c>low</c>/<c>niedrig</c>, <c>central</c>/<c>zentral</c>, <c>high</c>/<c>hoch</c>, <c>source</c>/<c>quelle</c>,
/// <c>year</c>/<c>jahr</c>, <c>grade</c>/<c>evidenz</c> (A–D), optional <c>escalation</c>/<c>eskalation</c>. Parameters:
/// <c>cases_per_unit</c>, <c>p_escalation</c>, <c>cost_escalation</c>, <c>lag_years</c> and <c>share_kreis</c>,
/// <c>share_kommune</c>, <c>share_land</c>, <c>share_bund</c>, <c>share_sozialversicherung</c> (German
/// <c>faelle_je_einheit</c>, <c>eskalationswahrscheinlichkeit</c>, <c>eskalationskosten</c>, <c>verzoegerung_jahre</c>,
/// <c>anteil_…</c>). Shares take the central value; missing shares are 0; the payer shares' source, year and grade come
/// from the first share row. Empty low/high mean the central value. With ';' as separator numbers use a decimal comma.
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class FollowUpCostCsv
{
    private static readonly string[] ShareNames = ["kreis", "kommune", "land", "bund", "sozialversicherung"];

    /// <summary>Reads a parameter table from a file.</summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>The parameter sets in the order their types first appear.</returns>
    /// <exception cref="DataProblemException">A missing column, an unknown parameter or unit, a bad number, or an invalid set (file, line, field, value).</exception>
    public static IReadOnlyList<FollowUpCostParameters> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new DataProblemException(new DataProblem(Path.GetFileName(path), 0, 0, null, null, "file not found."));
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>Reads a parameter table.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="source">The name used in messages.</param>
    /// <returns>The parameter sets in the order their types first appear.</returns>
    /// <exception cref="DataProblemException">As <see cref="ReadFile"/>.</exception>
    public static IReadOnlyList<FollowUpCostParameters> Read(TextReader text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = CsvTable.Read(text, source);
        int Col(string en, string de, bool required = true)
        {
            var i = t.Find(en, de);
            if (i < 0 && required) throw Problem(source, 1, en, null, "column is missing.");
            return i;
        }
        int cService = Col("service", "angebotsart"), cUnit = Col("unit", "einheit"), cParam = Col("parameter", "parameter"), cLow = Col("low", "niedrig"),
            cCentral = Col("central", "zentral"), cHigh = Col("high", "hoch"), cSource = Col("source", "quelle"), cYear = Col("year", "jahr"),
            cGrade = Col("grade", "evidenz"), cEsc = Col("escalation", "eskalation", required: false);
        var order = new List<string>();
        var sets = new Dictionary<string, Dictionary<string, (int Line, FollowUpParameter P)>>(StringComparer.Ordinal);
        var units = new Dictionary<string, CapacityUnit>(StringComparer.Ordinal);
        var escalation = new Dictionary<string, string>(StringComparer.Ordinal);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, cells) in t.Rows)
        {
            string Cell(int c) => c >= 0 && c < cells.Length ? cells[c] : "";
            var service = Cell(cService);
            if (!OfferingType.IsValidCode(service)) throw Problem(source, line, "service", service, "is not a valid offering type code.");
            if (!CapacityUnitExtensions.TryParseCode(Cell(cUnit), out var unit)) throw Problem(source, line, "unit", Cell(cUnit), "unknown unit (fte, places, cases_per_year).");
            if (units.TryGetValue(service, out var u0) && u0 != unit) throw Problem(source, line, "unit", Cell(cUnit), $"differs from the unit of '{service}' on line {firstLine[service]}.");
            var name = ParameterName(Cell(cParam)) ?? throw Problem(source, line, "parameter", Cell(cParam), "unknown parameter.");
            double Num(int c, string field, double? fallback)
            {
                var raw = Cell(c);
                if (raw.Length == 0 && fallback is { } f) return f;
                if (!t.TryDouble(raw, out var v)) throw Problem(source, line, field, raw, "is not a finite number.");
                return v;
            }
            var central = Num(cCentral, "central", null);
            var low = Num(cLow, "low", central);
            var high = Num(cHigh, "high", central);
            if (!int.TryParse(Cell(cYear), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year)) throw Problem(source, line, "year", Cell(cYear), "is not a whole year.");
            if (!Enum.TryParse<EvidenceGrade>(Cell(cGrade), ignoreCase: true, out var grade) || !Enum.IsDefined(grade) || Cell(cGrade).Length != 1)
                throw Problem(source, line, "grade", Cell(cGrade), "must be A, B, C or D.");
            FollowUpParameter p;
            try { p = new FollowUpParameter(low, central, high, Cell(cSource), year, grade); }
            catch (ArgumentException e) { throw Problem(source, line, name, Cell(cCentral), e.Message); }
            if (!sets.TryGetValue(service, out var set))
            {
                sets[service] = set = new Dictionary<string, (int, FollowUpParameter)>(StringComparer.Ordinal);
                order.Add(service);
                units[service] = unit;
                firstLine[service] = line;
            }
            if (!set.TryAdd(name, (line, p))) throw Problem(source, line, "parameter", name, $"given twice for '{service}' (first on line {set[name].Line}).");
            if (Cell(cEsc).Length > 0) escalation.TryAdd(service, Cell(cEsc));
        }
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
                var shares = new PayerShares(S(0), S(1), S(2), S(3), S(4), firstShare.P.Source, firstShare.P.Year, firstShare.P.Grade);
                result.Add(new FollowUpCostParameters(new OfferingType(service), units[service], escalation.GetValueOrDefault(service, service),
                    Need("cases_per_unit"), Need("p_escalation"), Need("cost_escalation"), Need("lag_years"), shares));
            }
            catch (ArgumentException e) { throw Problem(source, firstLine[service], "service", service, e.Message); }
        }
        return result;
    }

    private static string? ParameterName(string raw) => CsvTable.Normalise(raw) switch
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
