using System.Globalization;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Csv;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Data;

/// <summary>
/// The data set's own planning norms (<em>eigene Richtwerte</em>, <c>richtwerte.csv</c> in a data folder, the sheet
/// <c>richtwerte</c> of a workbook, or the file of <c>--norms</c>): one row per (domain, unit), read through the one row
/// path (<see cref="CsvInput"/>). A row replaces the catalogue's norm of its domain and unit and extends the catalogue
/// otherwise; a row with status <c>nicht erhoben</c> marks the domain (or the domain and unit) as not surveyed.
/// </summary>
/// <remarks>
/// <para>Columns (canonical name — German header, aliases): <c>domain</c> — <c>Handlungsfeld</c> (required; code,
/// German name or synonym, or a domain of the <c>handlungsfelder</c> table); <c>unit</c> — <c>Einheit</c> (<c>Plätze</c>,
/// <c>VZÄ</c>, <c>Fälle pro Jahr</c> or the code; required unless the status is <c>nicht erhoben</c>);
/// <c>target</c> — <c>Zielgruppe</c> (an age band such as <c>unter 3</c>, <c>18-65</c>, <c>80+</c>, <c>insgesamt</c>, or an
/// indicator id whose count is the target group, e.g. <c>mindestsicherungsquote</c>; empty = the replaced norm's target
/// group, else all inhabitants); <c>value</c> — <c>Wert</c> and <c>per</c> — <c>je</c> (capacity units per N persons,
/// e.g. 2 je 50.000; <c>je</c> empty = 1, a quota); <c>label</c> — <c>Bezeichnung</c> (optional);
/// <c>source</c> — <c>Quelle</c>; <c>stand</c> — <c>Stand</c> (date, month or year); <c>status</c> — <c>Status</c>
/// (<c>veröffentlicht</c>/<c>published</c>/<c>belegt</c>, <c>Annahme</c>/<c>assumed</c>, or <c>nicht erhoben</c>/<c>not
/// surveyed</c>; empty = published with a source, else Annahme); <c>offering_types</c> — <c>Angebotsarten</c> (offering
/// type codes separated by <c>;</c>, <c>,</c> or <c>|</c>; empty = the replaced norm's types, else every offering of the
/// domain and unit); <c>programmes</c> — <c>Programme</c> (funding programmes whose offerings count, texts contained in a
/// funding line's programme, separated by <c>;</c> or <c>|</c>).</para>
/// <para>A published norm needs a source. A second row for the same (domain, unit) is an error naming both lines. Every
/// bad cell is a <see cref="DataProblem"/> with file (sheet), line, column, header and value.</para>
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class SupplyNormTable
{
    /// <summary>The accepted file names in a data folder (the sheet name is the first without <c>.csv</c>).</summary>
    public static IReadOnlyList<string> FolderFileNames { get; } = ["richtwerte.csv", "norms.csv"];

    internal static IReadOnlyList<CsvColumn> Schema { get; } =
    [
        new("domain", "Handlungsfeld", true),
        new("unit", "Einheit", false),
        new("target", "Zielgruppe", false, "target_group", "bezugsgruppe"),
        new("value", "Wert", false, "richtwert", "amount"),
        new("per", "je", false, "je_n", "pro", "per_persons", "bezug"),
        new("label", "Bezeichnung", false, "name"),
        new("source", "Quelle", false, "beleg"),
        new("stand", "Stand", false, "datum", "date"),
        new("status", "Status", false),
        new("offering_types", "Angebotsarten", false, "angebotsart", "types", "offering_type"),
        new("programmes", "Programme", false, "foerderprogramme", "programm", "programme_patterns"),
    ];

    private enum RowStatus { Published, Assumption, NotSurveyed }

    /// <summary>The norms of a data set: <paramref name="baseNorms"/> with the data set's own table (a folder's
    /// <c>richtwerte.csv</c> or a workbook's sheet <c>richtwerte</c>) and then <paramref name="normsFile"/> applied.</summary>
    /// <param name="dataPath">The data folder or workbook, or null (the embedded sample, a JSON file: no own table).</param>
    /// <param name="normsFile">A CSV or <c>.xlsx</c> file with the same columns (the CLI's <c>--norms</c>), or null.</param>
    /// <param name="baseNorms">The catalogue to start from [<see cref="SupplyNorms.Default"/>].</param>
    /// <param name="options">Reading options, or null.</param>
    /// <param name="declaredDomains">Own domains of the data set (<c>handlungsfelder</c>: code → name), or null.</param>
    /// <returns>The catalogue (the base itself when there is no table).</returns>
    /// <exception cref="DataProblemException">Every problem of the tables.</exception>
    public static SupplyNorms Load(string? dataPath, string? normsFile, SupplyNorms? baseNorms = null, CsvReadOptions? options = null,
        IReadOnlyDictionary<string, string>? declaredDomains = null)
    {
        var norms = baseNorms ?? SupplyNorms.Default;
        var problems = new List<DataProblem>();
        if (dataPath is not null && Directory.Exists(dataPath))
        {
            if (FolderFileNames.Select(n => Path.Combine(dataPath, n)).FirstOrDefault(File.Exists) is { } file)
            {
                if (declaredDomains is null && new[] { "handlungsfelder.csv", "domains.csv" }.Select(n => Path.Combine(dataPath, n)).FirstOrDefault(File.Exists) is { } domains)
                    declaredDomains = DataFolderTables.ReadDomains(TableSource.File(domains), options, problems, null);
                if (problems.Count > 0) throw new DataProblemException(problems);
                norms = Read(TableSource.File(file), norms, options, declaredDomains, emptyIsError: false);
            }
        }
        else if (dataPath is not null && File.Exists(dataPath) && dataPath.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            using var book = Workbook.Open(dataPath, options?.MaxInputBytes ?? CsvReadOptions.DefaultMaxInputBytes);
            if (SheetOf(book) is { } sheet)
            {
                if (declaredDomains is null && book.SheetNames.FirstOrDefault(n => CsvHeader.Normalise(n) is "handlungsfelder" or "domains") is { } domains)
                    declaredDomains = DataFolderTables.ReadDomains(TableSource.Sheet(book, domains), options, problems, null);
                if (problems.Count > 0) throw new DataProblemException(problems);
                norms = Read(TableSource.Sheet(book, sheet), norms, options, declaredDomains, emptyIsError: false);
            }
        }
        if (normsFile is not null) norms = ReadFile(normsFile, norms, options, declaredDomains);
        return norms;
    }

    /// <summary>Reads a norm table from a CSV file or from the sheet <c>richtwerte</c> of a workbook (<c>.xlsx</c>) and
    /// applies it to a catalogue.</summary>
    /// <param name="path">The file.</param>
    /// <param name="baseNorms">The catalogue to replace and extend [<see cref="SupplyNorms.Default"/>].</param>
    /// <param name="options">Reading options, or null.</param>
    /// <param name="declaredDomains">Own domains (code → name), or null.</param>
    /// <returns>The new catalogue.</returns>
    /// <exception cref="DataProblemException">Every problem, with file (sheet), line, column, header and value.</exception>
    public static SupplyNorms ReadFile(string path, SupplyNorms? baseNorms = null, CsvReadOptions? options = null, IReadOnlyDictionary<string, string>? declaredDomains = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path)) throw new DataProblemException(new DataProblem(path, "--norms", path, "is a folder, expected a CSV or .xlsx file with the norms (richtwerte)"));
        if (!File.Exists(path)) throw new DataProblemException(new DataProblem(path, "--norms", path, "no such file"));
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) return Read(TableSource.File(path), baseNorms ?? SupplyNorms.Default, options, declaredDomains);
        using var book = Workbook.Open(path, options?.MaxInputBytes ?? CsvReadOptions.DefaultMaxInputBytes);
        var sheet = SheetOf(book) ?? throw new DataProblemException(new DataProblem(book.Source, null, null, "the workbook has no sheet richtwerte"));
        return Read(TableSource.Sheet(book, sheet), baseNorms ?? SupplyNorms.Default, options, declaredDomains);
    }

    /// <summary>Whether a workbook sheet name is the norm table's.</summary>
    internal static bool IsSheetName(string sheet) => FolderFileNames.Any(f => CsvHeader.Normalise(f[..^4]) == CsvHeader.Normalise(sheet));

    private static string? SheetOf(Workbook book) => book.SheetNames.FirstOrDefault(IsSheetName);

    /// <summary>Reads a norm table and applies it. <paramref name="emptyIsError"/>: a table with the header and no rows
    /// is an error for a file the user named (<c>--norms</c>), and no own norms for the data set's own table (the
    /// template's sheet <c>richtwerte</c> emptied by a planner without own norms).</summary>
    private static SupplyNorms Read(TableSource table, SupplyNorms baseNorms, CsvReadOptions? options, IReadOnlyDictionary<string, string>? declared, bool emptyIsError = true)
    {
        using var t = table.Open(options);
        var c = CsvHeader.Bind(t, Schema);
        t.ThrowIfErrors();
        int domain = c["domain"], unit = c["unit"], target = c["target"], value = c["value"], per = c["per"], label = c["label"], source = c["source"],
            stand = c["stand"], status = c["status"], types = c["offering_types"], programmesColumn = c["programmes"];
        var norms = baseNorms;
        var seen = new Dictionary<(ServiceDomain, CapacityUnit?), int>();
        var rows = 0;
        while (t.Read())
        {
            rows++;
            var ok = true;
            if (!CodedValues.TryParseDomain(t[domain], declared, out var d)) { t.Error(domain, null, t[domain], CodedValues.AllowedDomains(declared)); ok = false; }
            CapacityUnit? u = null;
            if (t[unit].Length > 0)
            {
                if (CapacityUnitExtensions.TryParseCode(t[unit], out var pu) || CodedValues.TryParse(t[unit], x => x.ToCode(), InventoryCsv.UnitSynonyms, out pu)) u = pu;
                else { t.Error(unit, null, t[unit], "unknown unit (Einheit); allowed: " + CodedValues.Allowed<CapacityUnit>(x => x.ToCode())); ok = false; }
            }
            var st = ParseStatus(t[status], t[source].Length > 0, out var statusOk);
            if (!statusOk) { t.Error(status, null, t[status], "unknown status; allowed: veröffentlicht (published), Annahme (assumed), nicht erhoben (not surveyed)"); ok = false; }
            if (u is null && st != RowStatus.NotSurveyed && t[unit].Length == 0) { t.Error(unit, "Einheit", "", "the unit (Einheit) is required unless the status is 'nicht erhoben'"); ok = false; }
            if (st == RowStatus.Published && t[source].Length == 0 && statusOk) { t.Error(source, "Quelle", "", "a published norm (Status veröffentlicht) needs its source (Quelle); otherwise set Status Annahme"); ok = false; }
            double? amount = null;
            if (t[value].Length > 0)
            {
                if (t.TryNumber(value, out var v))
                {
                    if (v >= 0 && double.IsFinite(v)) amount = v;
                    else { t.Error(value, null, t[value], "the value (Wert) must be a number >= 0"); ok = false; }
                }
                else ok = false;
            }
            double perPersons = 1;
            if (t[per].Length > 0)
            {
                if (t.TryNumber(per, out var n))
                {
                    if (n > 0 && double.IsFinite(n)) perPersons = n;
                    else { t.Error(per, null, t[per], "the reference number of persons (je N) must be > 0"); ok = false; }
                }
                else ok = false;
            }
            LocalDate? date = null;
            if (t[stand].Length > 0) { if (t.TryDate(stand, PeriodEnd.End, out var sd)) date = sd; else ok = false; }
            var offeringTypes = new List<OfferingType>();
            foreach (var code in t[types].Split([';', ',', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (InventoryCsv.ParseOfferingType(code) is { } ty) offeringTypes.Add(ty);
                else { t.Error(types, null, code, "not an offering type (Angebotsart); known: " + string.Join(", ", OfferingType.Known.Select(k => k.Code))); ok = false; }
            }
            var programmes = t[programmesColumn].Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            TargetPopulation? targetPopulation = null;
            if (t[target].Length > 0)
            {
                targetPopulation = ParseTarget(t[target]);
                if (targetPopulation is null) { t.Error(target, null, t[target], "expected an age band (unter 3, 18-65, 80+, insgesamt) or an indicator id (e.g. mindestsicherungsquote)"); ok = false; }
            }
            if (!ok) continue;
            var clash = seen.Where(k => k.Key.Item1 == d && (u is null || k.Key.Item2 is null || k.Key.Item2 == u)).Select(k => k.Value).DefaultIfEmpty(0).Min();
            if (clash > 0)
            {
                t.Error(domain, null, t[domain] + (u is { } uu ? " / " + uu.ToCode() : ""), string.Create(CultureInfo.InvariantCulture,
                    $"a second norm for the same domain and unit: line {clash} and line {t.Line} (at most one norm per Handlungsfeld and Einheit)"));
                continue;
            }
            seen[(d, u)] = t.Line;
            try
            {
                if (st == RowStatus.NotSurveyed)
                {
                    var marked = norms.Norms.Where(n => n.Domain == d && (u is null || n.Unit == u)).ToArray();
                    if (marked.Length == 0 && (u is null || amount is null))
                    {
                        t.Error(domain, null, t[domain] + (u is { } mu ? " / " + mu.ToCode() : ""), "'nicht erhoben' marks a norm of the catalogue, but there is none for this domain"
                            + (u is null ? "" : " and unit") + "; give the unit and a value (Wert) to add one");
                        continue;
                    }
                    if (marked.Length == 0) marked = [Build(d, u!.Value, null, targetPopulation, amount!.Value, perPersons, t[label], new Provenance(ProvenanceKind.Assumption, NonEmpty(t[source]) ?? "eigener Richtwert", date), offeringTypes, programmes)];
                    foreach (var m in marked) norms = norms.With(m.AsNotSurveyed());
                    continue;
                }
                norms.TryGet(d, u!.Value, out var replaced);
                if (amount is null && replaced is null)
                {
                    t.Error(value, "Wert", "", "the value (Wert) is required for a norm the catalogue does not have");
                    continue;
                }
                var provenance = st == RowStatus.Published ? Provenance.Sourced(t[source], date) : new Provenance(ProvenanceKind.Assumption, NonEmpty(t[source]) ?? "eigener Richtwert (Annahme)", date);
                var norm = amount is null
                    ? replaced!.WithProvenance(provenance)
                    : Build(d, u.Value, replaced, targetPopulation, amount.Value, perPersons, t[label], provenance, offeringTypes, programmes);
                if (amount is null && (targetPopulation is not null || offeringTypes.Count > 0 || programmes.Count > 0 || t[label].Length > 0))
                    norm = Build(d, u.Value, replaced, targetPopulation, replaced!.Amount, replaced.PerPersons, t[label], provenance, offeringTypes, programmes);
                norms = norms.With(norm.WithOrigin(SupplyNormOrigin.DataSet));
            }
            catch (ArgumentException e) { t.Error(value, null, t[value], DataFolderTables.Clean(e)); }
        }
        t.ThrowIfErrors();
        if (rows == 0 && emptyIsError) throw new DataProblemException(new DataProblem(table.Name, null, null, "the norm table (richtwerte) has no rows") { Sheet = t.Sheet });
        return norms;
    }

    private static SupplyNorm Build(ServiceDomain domain, CapacityUnit unit, SupplyNorm? replaced, TargetPopulation? target, double amount, double perPersons,
        string label, Provenance provenance, List<OfferingType> types, List<string> programmes) =>
        new SupplyNorm(domain, unit, target ?? replaced?.Target ?? TargetPopulation.Inhabitants, amount, perPersons,
            NonEmpty(label) ?? replaced?.Label ?? domain.GermanName, provenance, note: replaced?.Note,
            offeringAges: replaced?.OfferingAges, englishLabel: NonEmpty(label) is null ? replaced?.EnglishLabel : null,
            offeringTypes: types.Count > 0 || programmes.Count > 0 ? types : replaced?.OfferingTypes,
            programmes: types.Count > 0 || programmes.Count > 0 ? programmes : replaced?.Programmes).WithOrigin(SupplyNormOrigin.DataSet);

    private static string? NonEmpty(string s) => s.Length > 0 ? s : null;

    private static RowStatus ParseStatus(string text, bool hasSource, out bool ok)
    {
        ok = true;
        var key = CsvHeader.Normalise(text).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        switch (key)
        {
            case "": return hasSource ? RowStatus.Published : RowStatus.Assumption;
            case "veroeffentlicht" or "published" or "belegt" or "sourced" or "quelle": return RowStatus.Published;
            case "annahme" or "assumed" or "assumption" or "angenommen": return RowStatus.Assumption;
            case "nichterhoben" or "notsurveyed" or "nichtsurveyed" or "unerhoben": return RowStatus.NotSurveyed;
            default: ok = false; return RowStatus.Assumption;
        }
    }

    private static TargetPopulation? ParseTarget(string text)
    {
        var key = CsvHeader.Normalise(text);
        if (key is "einwohner" or "alle" or "insgesamt" or "inhabitants" or "all") return TargetPopulation.Inhabitants;
        var failed = false;
        var band = PlanningDataSource.ParseAgeBand(text, (_, _, _) => failed = true);
        if (!failed && band is { } b) return b == AgeBand.All ? TargetPopulation.Inhabitants : TargetPopulation.Ages(b, text.Trim());
        var id = text.Trim();
        return id.Length > 0 && id.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '_' or '/' or '-') && char.IsAsciiLetter(id[0])
            ? TargetPopulation.FromIndicator(id, id) : null;
    }
}
