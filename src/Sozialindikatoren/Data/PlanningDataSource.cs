using System.Globalization;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Arrow;
using Sozialindikatoren.Data.Csv;
using Sozialindikatoren.Data.Genesis;
using Sozialindikatoren.Data.Json;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Data;

/// <summary>
/// Loads a planning data set from a file or a folder (<em>Datenordner</em>), as the CLI's <c>--data</c> option does.
/// </summary>
/// <remarks>
/// <para>A file is read as the canonical JSON data set. A folder holds either <c>dataset.json</c> (used alone) or CSV files:
/// <c>spaces.csv</c> (required), an inventory <c>angebote.csv</c> / <c>offerings.csv</c> (see <see cref="InventoryCsv"/>),
/// and optionally <c>population.csv</c>, <c>indicators.csv</c> (or, without it, <c>indicators.arrow</c>/<c>.feather</c>: see
/// <see cref="ArrowTables.ReadIndicators"/>; also accepts the long CSV written by
/// <c>import-genesis</c>: <c>key,name,period,variable,value,status</c>), <c>conference_statements.csv</c> and
/// <c>provider_statements.csv</c>, and boundaries in <c>grenzen.geojson</c> or <c>grenzen.shp</c>
/// (<see cref="Geo.BoundaryFile"/>). Layout and columns: docs/data-format.md.</para>
/// <para>All problems of all files are collected into one <see cref="DataProblemException"/>.</para>
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class PlanningDataSource
{
    /// <summary>Loads a data set from a JSON file or a data folder.</summary>
    /// <param name="path">File or folder.</param>
    /// <returns>The validated data set.</returns>
    /// <exception cref="DataProblemException">Missing files or invalid content (all problems listed).</exception>
    public static PlanningData Load(string path) => LoadWith(path, DataLoadOptions.Default, null);

    /// <summary>Loads a data set from a JSON file or a data folder, with the CSV reading options of the CLI's
    /// <c>--encoding</c> and <c>--number-format</c>.</summary>
    /// <param name="path">File or folder.</param>
    /// <param name="options">Encoding and number format of the folder's CSV files, or null to detect both.</param>
    /// <param name="notes">Receives warnings (e.g. unknown columns) and, per CSV file, a note naming the encoding,
    /// delimiter and number format used; or null.</param>
    /// <returns>The validated data set.</returns>
    /// <exception cref="DataProblemException">Missing files or invalid content (all problems listed).</exception>
    public static PlanningData Load(string path, CsvReadOptions? options, ICollection<DataProblem>? notes) =>
        LoadWith(path, options is null ? DataLoadOptions.Default : new DataLoadOptions { Csv = options }, notes);

    /// <summary>Loads a data set from a JSON file or a data folder with boundaries and the population check's tolerance.</summary>
    /// <param name="path">File or folder.</param>
    /// <param name="options">CSV options, boundary file and key, population tolerance.</param>
    /// <param name="notes">Receives warnings (unknown columns, population totals that differ from the sum over the
    /// children, unmatched boundary features), per CSV file a note naming the encoding, delimiter and number format,
    /// and the boundary matching note; or null.</param>
    /// <returns>The validated data set.</returns>
    /// <exception cref="DataProblemException">Missing files or invalid content (all problems listed).</exception>
    public static PlanningData LoadWith(string path, DataLoadOptions options, ICollection<DataProblem>? notes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var maxBytes = options.Csv.MaxInputBytes;
        PlanningData data;
        string? folder = null;
        if (File.Exists(path) && IsWorkbook(path)) data = LoadWorkbook(path, options.Csv, notes);
        else if (File.Exists(path)) data = PlanningDataJson.ReadFile(path, maxBytes);
        else if (!Directory.Exists(path)) throw new DataProblemException([new DataProblem(path, "--data", path, "no such file or folder")]);
        else
        {
            folder = path;
            var json = Path.Combine(path, "dataset.json");
            if (Directory.Exists(json)) throw new DataProblemException(new DataProblem(path, "dataset.json", null, "dataset.json is a folder, expected a file"));
            data = File.Exists(json) ? PlanningDataJson.ReadFile(json, maxBytes) : LoadCsvFolder(path, options.Csv, notes);
        }
        return Finish(data, folder, options, notes);
    }

    /// <summary>The steps after reading that every source shares: boundaries (the given file, else the folder's) and the
    /// population check between parents and children (warnings).</summary>
    /// <param name="data">The data set as read (or the embedded sample).</param>
    /// <param name="folder">The data folder, or null.</param>
    /// <param name="options">The options.</param>
    /// <param name="notes">Receives the warnings, or null.</param>
    /// <returns>The data set with boundaries.</returns>
    /// <exception cref="DataProblemException">The boundary file cannot be read or matched.</exception>
    public static PlanningData Finish(PlanningData data, string? folder, DataLoadOptions options, ICollection<DataProblem>? notes)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var boundaries = options.BoundaryFile
            ?? (folder is null ? null : Geo.BoundaryFile.FolderFileNames.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists));
        if (boundaries is not null) data = Geo.BoundaryMatching.ApplyFile(data, boundaries, options.BoundaryKey, notes, options.Csv.MaxInputBytes);
        if (notes is not null)
            foreach (var p in data.Region.PopulationMismatches(options.PopulationTolerance)) notes.Add(folder is null ? p : p.Within(Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar))));
        return data;
    }

    /// <summary>The first of the names that exists in the folder, as a file or (to report it) as a folder.</summary>
    private static string? FirstExisting(string dir, params string[] names) =>
        names.Select(n => Path.Combine(dir, n)).FirstOrDefault(p => File.Exists(p) || Directory.Exists(p));

    /// <summary>The table names of a data set, each with its accepted file names (first = the name the documentation and
    /// the template use; a workbook's sheet is named like the file without <c>.csv</c>).</summary>
    internal static readonly (string Table, string[] Files)[] TableNames =
    [
        ("spaces", ["spaces.csv", "raeume.csv", "sozialraeume.csv"]),
        ("inventory", ["angebote.csv", "offerings.csv", "inventory.csv"]),
        ("population", ["population.csv", "bevoelkerung.csv", "population.zip", "bevoelkerung.zip"]),
        ("indicators", ["indicators.csv", "indikatoren.csv"]),
        ("conference", ["conference_statements.csv", "konferenz.csv", "einschaetzungen.csv"]),
        ("statements", ["provider_statements.csv", "traegermeldungen.csv"]),
        ("domains", ["handlungsfelder.csv", "domains.csv"]),
        ("meetings", ["sitzungen.csv", "meetings.csv"]),
        ("attendances", ["teilnahmen.csv", "attendances.csv"]),
        ("agreements", ["vereinbarungen.csv", "agreements.csv"]),
    ];

    private static string[] FilesOf(string table) => TableNames.First(t => t.Table == table).Files;

    /// <summary>Whether a file is a zip package with a workbook (<c>.xlsx</c>, or the zip signature and not JSON).</summary>
    private static bool IsWorkbook(string path)
    {
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase)) return true;
        try
        {
            using var f = File.OpenRead(path);
            return f.ReadByte() == 'P' && f.ReadByte() == 'K';
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    /// <summary>Loads a workbook whose sheets are the data folder's tables (sheet name = CSV file name without
    /// <c>.csv</c>, matched like headers); a sheet that is no table is a warning naming it.</summary>
    private static PlanningData LoadWorkbook(string path, CsvReadOptions? options, ICollection<DataProblem>? notes)
    {
        using var book = Workbook.Open(path, options?.MaxInputBytes ?? CsvReadOptions.DefaultMaxInputBytes);
        var used = new HashSet<string>(StringComparer.Ordinal);
        TableSource? Find(string table)
        {
            foreach (var file in FilesOf(table).Where(f => f.EndsWith(".csv", StringComparison.Ordinal)))
            {
                var key = CsvHeader.Normalise(file[..^4]);
                if (book.SheetNames.FirstOrDefault(n => CsvHeader.Normalise(n) == key) is { } sheet && used.Add(sheet)) return TableSource.Sheet(book, sheet);
            }
            return null;
        }
        var name = Path.GetFileNameWithoutExtension(path);
        var data = LoadTables(name, book.Source, Find, null, options, notes);
        foreach (var sheet in book.SheetNames.Where(n => !used.Contains(n) && n != Excel.Xlsx.ListSheet && !SupplyNormTable.IsSheetName(n)))
            notes?.Add(new DataProblem(book.Source, 0, 0, null, sheet, "unknown sheet, ignored (known: "
                + string.Join(", ", TableNames.Select(t => t.Files[0][..^4]).Append(SupplyNormTable.FolderFileNames[0][..^4])) + ")") { Severity = ProblemSeverity.Warning, Sheet = sheet });
        return data;
    }

    private static PlanningData LoadCsvFolder(string dir, CsvReadOptions? options, ICollection<DataProblem>? notes) =>
        LoadTables(Path.GetFileName(Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar)), dir,
            table => FirstExisting(dir, FilesOf(table)) is { } file ? TableSource.File(file) : null, dir, options, notes);

    /// <summary>Reads the tables of a data folder or workbook: <paramref name="find"/> locates each table;
    /// <paramref name="dir"/> is the folder (official GENESIS tables and <c>indicators/</c> are read only there) or null.</summary>
    private static PlanningData LoadTables(string name, string where, Func<string, TableSource?> find, string? dir, CsvReadOptions? options, ICollection<DataProblem>? notes)
    {
        var problems = new List<DataProblem>();
        var spacesFile = find("spaces");
        var inventoryFile = find("inventory");
        var container = dir is null ? "the workbook has no sheet" : "the folder holds no file";
        if (spacesFile is null) problems.Add(new DataProblem(where, "spaces.csv", null, dir is null ? "the workbook has no sheet spaces (or raeume, sozialraeume)" : "the folder holds neither dataset.json nor spaces.csv"));
        if (inventoryFile is null) problems.Add(new DataProblem(where, "angebote.csv", null, $"{container} with the inventory (angebote or offerings)"));
        if (problems.Count > 0) throw new DataProblemException(problems);

        // The spaces' ids first, so that every key column can restore an AGS's lost leading zero (SpaceKeys).
        options = (options ?? CsvReadOptions.Default) with { KnownSpaceIds = DataFolderTables.ReadSpaceIds(spacesFile!, options) };
        var declared = find("domains") is { } domainsFile ? DataFolderTables.ReadDomains(domainsFile, options, problems, notes) : null;
        var populations = new Dictionary<string, List<(LocalDate Date, AgeBand Band, long Count, Provenance? Prov)>>(StringComparer.Ordinal);
        var popFile = find("population");
        var ownPopulation = false;
        if (popFile is not null)
        {
            if (popFile.Path is { } popPath && IsOfficial(popPath, options, problems, out var official)) { if (official is not null) PopulationFromOfficial(official, populations, problems); }
            else { DataFolderTables.ReadPopulation(popFile, options, populations, problems, notes); ownPopulation = true; }
        }
        var lines = new Dictionary<string, (string File, List<int> Lines)>(StringComparer.Ordinal);
        List<int> Lines(string list, TableSource file) { var l = new List<int>(); lines[list] = (file.Name, l); return l; }
        var spaces = DataFolderTables.ReadSpaces(spacesFile!, options, populations, problems, notes, Lines("spaces", spacesFile!));
        // Population rows of a space the folder does not have would be dropped in silence (an official table covers
        // whole Kreise or Länder, so only the folder's own population CSV is checked).
        var known = spaces.Select(x => x.Id.Value).ToHashSet(StringComparer.Ordinal);
        if (problems.Count == 0 && ownPopulation)
            foreach (var orphan in populations.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal))
                problems.Add(new DataProblem(popFile!.Name, "space_id", orphan,
                    $"population rows for a space that {spacesFile!.Name} does not have ({populations[orphan].Count} rows)"));
        IReadOnlyList<Provider> providers = [];
        IReadOnlyList<Offering> offerings = [];
        try
        {
            (providers, offerings) = InventoryCsv.Read(inventoryFile!, options, notes, declared);
        }
        catch (DataProblemException e) { problems.AddRange(e.Problems); }
        var indicators = find("indicators") is { } indFile ? DataFolderTables.ReadIndicators(indFile, options, problems, notes, Lines("indicators", indFile)) : [];
        // The same long table as an Arrow IPC file (ArrowTables.WriteIndicators, pyarrow.feather.write_feather), when there is no CSV.
        if (dir is not null && find("indicators") is null && FirstExisting(dir, "indicators.arrow", "indikatoren.arrow", "indicators.feather", "indikatoren.feather") is { } arrowFile && File.Exists(arrowFile))
        {
            try
            {
                indicators = [.. ArrowTables.ReadIndicators(arrowFile)];
                lines["indicators"] = (Path.GetFileName(arrowFile), [.. Enumerable.Range(1, indicators.Count)]);
            }
            catch (DataProblemException e) { problems.AddRange(e.Problems); }
        }
        // Official tables cover whole Länder or Kreise: cells of areas outside the data set are left out.
        var spaceIds = spaces.Select(x => x.Id).ToHashSet();
        var tablesDir = dir is null ? null : Path.Combine(dir, "indicators");
        if (Directory.Exists(tablesDir))
        {
            foreach (var file in Directory.EnumerateFiles(tablesDir).Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
            {
                if (IsOfficial(file, options, problems, out var table)) { if (table is not null) indicators.AddRange(OfficialInData(table, Path.GetFileNameWithoutExtension(file), Path.GetFileName(file), spaceIds, notes)); }
                else problems.Add(new DataProblem(file, null, null, "not an official GENESIS table (classic or flat CSV, plain or zipped)"));
            }
        }
        var conference = find("conference") is { } cf ? DataFolderTables.ReadConference(cf, options, problems, notes, declared, Lines("conferenceStatements", cf)) : [];
        var statements = find("statements") is { } pf ? DataFolderTables.ReadProviderStatements(pf, options, problems, notes, Lines("providerStatements", pf)) : [];
        var participation = ParticipationTables.Read(find("meetings"), find("attendances"), find("agreements"), options, declared, problems, notes);
        if (problems.Count > 0) throw new DataProblemException(problems);
        try
        {
            return new PlanningData(name, new Region(spaces), providers, offerings, indicators, conference, statements, participation: participation);
        }
        catch (DataProblemException e)
        {
            lines["offerings"] = (inventoryFile!.Name, []);
            lines["providers"] = (inventoryFile!.Name, []);
            throw new DataProblemException(e.Problems.Select(p => Locate(p, lines) ?? p.Within(where)));
        }
    }

    /// <summary>A cross-reference problem of the data set (<c>indicators[3]</c>, <c>offerings[0] 'sb'</c>) at the file
    /// and physical line it was read from; null when its list is not a file of the folder.</summary>
    private static DataProblem? Locate(DataProblem p, Dictionary<string, (string File, List<int> Lines)> lines)
    {
        var open = p.Source.IndexOf('[', StringComparison.Ordinal);
        var close = p.Source.IndexOf(']', StringComparison.Ordinal);
        if (open <= 0 || close < open || !lines.TryGetValue(p.Source[..open], out var at)) return null;
        if (!int.TryParse(p.Source.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)) return null;
        var line = index < at.Lines.Count ? at.Lines[index] : 0;
        var what = p.Source[(close + 1)..].Trim();
        return new DataProblem(at.File, line, 0, p.Field, p.Value, what.Length > 0 ? what + ": " + p.Message : p.Message) { Severity = p.Severity };
    }

    /// <summary>The records of an official table in <c>indicators/</c> for the spaces of the data set. Areas outside the
    /// data set are left out (official tables cover whole Länder); a 7-digit key that is a space's AGS without its
    /// leading zero (<c>5970040</c>) is padded, with a warning (so that it reaches the <c>warnings</c> of the result files, like
    /// the padding of a 7-digit AGS cell in <c>CsvInput</c>); a table none of whose areas is a space is a warning.</summary>
    private static IEnumerable<IndicatorRecord> OfficialInData(OfficialTable table, string indicatorId, string file, HashSet<SpaceId> spaceIds, ICollection<DataProblem>? notes)
    {
        var records = IndicatorsFromOfficial(table, indicatorId).ToList();
        var padded = new SortedSet<string>(StringComparer.Ordinal);
        var result = new List<IndicatorRecord>();
        foreach (var r in records)
        {
            if (spaceIds.Contains(r.Space)) { result.Add(r); continue; }
            if (SpaceKeys.TryRestoreLeadingZero(r.Space.Value, k => spaceIds.Contains(new SpaceId(k)), out var key, kreisKeys: true))
            {
                padded.Add(r.Space.Value);
                result.Add(new IndicatorRecord(new SpaceId(key), r.IndicatorId, r.Date, r.Numerator, r.Denominator, r.Provenance, r.Confidential));
            }
        }
        if (padded.Count > 0)
            notes?.Add(new DataProblem(file, "key", string.Join(", ", padded.Take(5)) + (padded.Count > 5 ? ", …" : ""),
                string.Create(CultureInfo.InvariantCulture, $"{padded.Count} area key(s) without the leading zero of the AGS; read with it (e.g. '0{padded.Min}').")) { Severity = ProblemSeverity.Warning });
        if (result.Count == 0 && records.Count > 0)
        {
            var keys = records.Select(r => r.Space.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            notes?.Add(new DataProblem(file, "key", string.Join(", ", keys.Take(5)) + (keys.Length > 5 ? ", …" : ""),
                string.Create(CultureInfo.InvariantCulture, $"none of the {keys.Length} areas of the table is a space of the data set; the table is not used.")) { Severity = ProblemSeverity.Warning });
        }
        return result;
    }

    /// <summary>Whether the file is an official GENESIS/Regionalstatistik table (classic or flat, plain or zipped); if so, reads
    /// it (table null when it is malformed: the problems are collected with line and column).</summary>
    private static bool IsOfficial(string file, CsvReadOptions? options, List<DataProblem> problems, out OfficialTable? table)
    {
        table = null;
        if (Directory.Exists(file)) return false; // reported as "is a folder" by the CSV reader
        var bytes = File.ReadAllBytes(file);
        if (OfficialTableReader.Detect(bytes) is null) return false;
        try
        {
            table = OfficialTableReader.Parse(bytes, Path.GetFileName(file), encoding: options?.Encoding ?? CsvEncoding.Auto);
        }
        catch (DataProblemException e)
        {
            problems.AddRange(e.Problems);
        }
        return true;
    }

    /// <summary>Population from an official table by age (e.g. 12411-02-03-4): the area key is the space id, each variable an age
    /// band label (<c>unter 3 Jahre</c>, <c>3 bis unter 6 Jahre</c>, <c>75 Jahre und mehr</c>; the last <c> | </c> part that is a
    /// band counts); totals (<c>Insgesamt</c>) are skipped when bands are given; a suppressed count is a problem.</summary>
    private static void PopulationFromOfficial(OfficialTable table, Dictionary<string, List<(LocalDate, AgeBand, long, Provenance?)>> populations, List<DataProblem> problems)
    {
        var provenance = new Provenance(ProvenanceKind.Sourced, table.Metadata.TableCode is { } code ? $"{code} {table.Metadata.Title}".Trim() : table.Metadata.Title ?? "amtliche Tabelle", table.Metadata.Stand);
        foreach (var group in table.Cells.GroupBy(c => (c.AreaKey, c.Period)))
        {
            var bands = new List<(AgeBand Band, OfficialTableCell Cell)>();
            foreach (var cell in group)
            {
                AgeBand? band = null;
                foreach (var part in cell.Variable.Split(" | ").Reverse())
                {
                    band = ParseAgeBand(part, (_, _, _) => { });
                    if (band is not null) break;
                }
                if (band is { } b) bands.Add((b, cell));
            }
            if (bands.Count > 1) bands.RemoveAll(x => x.Band == AgeBand.All);
            var date = group.Key.Period.Date ?? new LocalDate(group.Key.Period.Year, 12, 31);
            foreach (var (band, cell) in bands)
            {
                if (!cell.Observation.HasValue || cell.Observation.Value < 0 || cell.Observation.Value != Math.Floor(cell.Observation.Value))
                {
                    problems.Add(new DataProblem(table.Metadata.TableCode ?? "table", cell.Line, cell.Column, "count", cell.Observation.ToString(), "a population count must be a whole number >= 0 (not suppressed or missing)"));
                    continue;
                }
                if (!populations.TryGetValue(cell.AreaKey, out var list)) populations[cell.AreaKey] = list = [];
                list.Add((date, band, (long)cell.Observation.Value, provenance));
            }
        }
    }

    /// <summary>Indicator records from an official table: the indicator id is the file name (plus <c>/variable</c> when the
    /// table has several variables), the values are taken as direct values with their status (no denominator); the caller
    /// keeps only the areas that are spaces of the data set.</summary>
    private static IEnumerable<IndicatorRecord> IndicatorsFromOfficial(OfficialTable table, string indicatorId)
    {
        var several = table.Variables().Count > 1;
        var provenance = new Provenance(ProvenanceKind.Sourced, table.Metadata.TableCode is { } code ? $"{code} {table.Metadata.Title}".Trim() : table.Metadata.Title ?? "amtliche Tabelle", table.Metadata.Stand);
        foreach (var cell in table.Cells)
        {
            var date = cell.Period.Date ?? new LocalDate(cell.Period.Year, 12, 31);
            yield return new IndicatorRecord(new SpaceId(cell.AreaKey), several ? indicatorId + "/" + cell.Variable : indicatorId, date, cell.Observation, null, provenance);
        }
    }

    /// <summary>Parses <c>0-3</c>, <c>80+</c>, or German labels <c>unter 3</c>, <c>3 bis unter 6</c>, <c>80 und älter</c>, <c>insgesamt</c>.</summary>
    internal static AgeBand? ParseAgeBand(string text, Action<string, string, string> bad)
    {
        var t = text.Trim().ToLowerInvariant().Replace(" jahre", "", StringComparison.Ordinal);
        try
        {
            if (t is "insgesamt" or "alle") return AgeBand.All;
            if (t.StartsWith("unter ", StringComparison.Ordinal)) return AgeBand.Under(int.Parse(t[6..], CultureInfo.InvariantCulture));
            if (t.Contains(" bis unter ", StringComparison.Ordinal))
            {
                var parts = t.Split(" bis unter ");
                return new AgeBand(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
            }
            if (t.EndsWith(" und mehr", StringComparison.Ordinal) || t.EndsWith(" und älter", StringComparison.Ordinal))
                return AgeBand.FromAge(int.Parse(t.Split(' ')[0], CultureInfo.InvariantCulture));
            return AgeBand.Parse(t);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            bad("age_band", text, "expected an age band such as 0-3, 80+, 'unter 3', '3 bis unter 6' or '80 und älter'");
            return null;
        }
    }
}
