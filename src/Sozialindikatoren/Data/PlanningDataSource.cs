using System.Globalization;
using NodaTime;
using Sozialindikatoren.Common;
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
/// and optionally <c>population.csv</c>, <c>indicators.csv</c> (also accepts the long CSV written by
/// <c>import-genesis</c>: <c>key,name,period,variable,value,status</c>), <c>conference_statements.csv</c> and
/// <c>provider_statements.csv</c>. Layout and columns: docs/data-format.md.</para>
/// <para>All problems of all files are collected into one <see cref="DataProblemException"/>.</para>
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class PlanningDataSource
{
    /// <summary>Loads a data set from a JSON file or a data folder.</summary>
    /// <param name="path">File or folder.</param>
    /// <returns>The validated data set.</returns>
    /// <exception cref="DataProblemException">Missing files or invalid content (all problems listed).</exception>
    public static PlanningData Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path)) return PlanningDataJson.ReadFile(path);
        if (!Directory.Exists(path)) throw new DataProblemException([new DataProblem(path, "--data", path, "no such file or folder")]);
        var json = Path.Combine(path, "dataset.json");
        if (File.Exists(json)) return PlanningDataJson.ReadFile(json);
        return LoadCsvFolder(path);
    }

    private static string? FirstExisting(string dir, params string[] names) =>
        names.Select(n => Path.Combine(dir, n)).FirstOrDefault(File.Exists);

    private static PlanningData LoadCsvFolder(string dir)
    {
        var problems = new List<DataProblem>();
        var spacesFile = FirstExisting(dir, "spaces.csv", "raeume.csv", "sozialraeume.csv");
        var inventoryFile = FirstExisting(dir, "angebote.csv", "offerings.csv", "inventory.csv");
        if (spacesFile is null) problems.Add(new DataProblem(dir, "spaces.csv", null, "the folder holds neither dataset.json nor spaces.csv"));
        if (inventoryFile is null) problems.Add(new DataProblem(dir, "angebote.csv", null, "the folder holds no inventory (angebote.csv or offerings.csv)"));
        if (problems.Count > 0) throw new DataProblemException(problems);

        var populations = new Dictionary<string, List<(LocalDate Date, AgeBand Band, long Count, Provenance? Prov)>>(StringComparer.Ordinal);
        if (FirstExisting(dir, "population.csv", "bevoelkerung.csv", "population.zip", "bevoelkerung.zip") is { } popFile)
        {
            if (IsOfficial(popFile, problems, out var official)) { if (official is not null) PopulationFromOfficial(official, populations, problems); }
            else ReadPopulation(popFile, populations, problems);
        }
        var spaces = ReadSpaces(spacesFile!, populations, problems);
        IReadOnlyList<Provider> providers = [];
        IReadOnlyList<Offering> offerings = [];
        try
        {
            using var reader = File.OpenText(inventoryFile!);
            (providers, offerings) = InventoryCsv.Read(reader, Path.GetFileName(inventoryFile!));
        }
        catch (DataProblemException e) { problems.AddRange(e.Problems); }
        var indicators = FirstExisting(dir, "indicators.csv", "indikatoren.csv") is { } indFile ? ReadIndicators(indFile, problems) : [];
        // Official tables cover whole Länder or Kreise: cells of areas outside the data set are left out.
        var spaceIds = spaces.Select(x => x.Id).ToHashSet();
        var tablesDir = Path.Combine(dir, "indicators");
        if (Directory.Exists(tablesDir))
        {
            foreach (var file in Directory.EnumerateFiles(tablesDir).Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
            {
                if (IsOfficial(file, problems, out var table)) { if (table is not null) indicators.AddRange(IndicatorsFromOfficial(table, Path.GetFileNameWithoutExtension(file)).Where(r => spaceIds.Contains(r.Space))); }
                else problems.Add(new DataProblem(file, null, null, "not an official GENESIS table (classic or flat CSV, plain or zipped)"));
            }
        }
        var conference = FirstExisting(dir, "conference_statements.csv") is { } cf ? ReadConference(cf, problems) : [];
        var statements = FirstExisting(dir, "provider_statements.csv") is { } pf ? ReadProviderStatements(pf, problems) : [];
        if (problems.Count > 0) throw new DataProblemException(problems);
        try
        {
            return new PlanningData(Path.GetFileName(Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar)), new Region(spaces), providers, offerings, indicators, conference, statements);
        }
        catch (DataProblemException e)
        {
            throw new DataProblemException(e.Problems.Select(p => p.Within(dir)));
        }
    }

    private static CsvTable? Open(string file, List<DataProblem> problems)
    {
        try
        {
            using var reader = File.OpenText(file);
            return CsvTable.Read(reader, Path.GetFileName(file));
        }
        catch (DataProblemException e) { problems.AddRange(e.Problems); return null; }
    }

    private static List<SocialSpace> ReadSpaces(string file, Dictionary<string, List<(LocalDate Date, AgeBand Band, long Count, Provenance? Prov)>> populations, List<DataProblem> problems)
    {
        var result = new List<SocialSpace>();
        if (Open(file, problems) is not { } t) return result;
        int id = t.Find("id", "raum_id", "space_id"), name = t.Find("name"), level = t.Find("level", "ebene"), parent = t.Find("parent", "uebergeordnet", "parent_id"),
            ags = t.Find("ags", "gemeindeschluessel"), area = t.Find("area_km2", "flaeche_km2", "flaeche"), lat = t.Find("lat", "breite"), lon = t.Find("lon", "laenge"),
            prov = t.Find("provenance", "herkunft");
        foreach (var col in new[] { ("id", id), ("name", name), ("level", level) })
            if (col.Item2 < 0) problems.Add(new DataProblem(t.Source, 1, 0, col.Item1, null, "required column is missing"));
        if (id < 0 || name < 0 || level < 0) return result;
        foreach (var (line, cells) in t.Rows)
        {
            string C(int i) => i >= 0 && i < cells.Length ? cells[i] : "";
            void Bad(string f, string v, string m) => problems.Add(new DataProblem(t.Source, line, 0, f, v, m));
            var lv = CsvTable.Normalise(C(level)) switch
            {
                "state" or "land" or "bundesland" => SpaceLevel.State,
                "county" or "kreis" => SpaceLevel.County,
                "planningregion" or "planungsregion" or "planning_region" => SpaceLevel.PlanningRegion,
                "municipality" or "gemeinde" or "stadt" => SpaceLevel.Municipality,
                "district" or "stadtteil" or "quartier" or "sozialraum" or "bezirk" => SpaceLevel.District,
                "gridcell" or "grid_cell" or "gitterzelle" => SpaceLevel.GridCell,
                _ => (SpaceLevel?)null,
            };
            if (lv is null) { Bad("level", C(level), "unknown level (county, planningRegion, municipality, district, gridCell, state; or Kreis, Planungsregion, Gemeinde, Stadtteil, Gitterzelle, Land)"); continue; }
            MunicipalityKey? key = null;
            if (C(ags).Length > 0)
            {
                if (MunicipalityKey.TryParse(C(ags), out var k)) key = k;
                else { Bad("ags", C(ags), "invalid AGS: must be 8 digits with Land 01-16"); continue; }
            }
            double? areaKm2 = null;
            if (C(area).Length > 0) { if (t.TryDouble(C(area), out var a)) areaKm2 = a; else { Bad("area_km2", C(area), "not a number"); continue; } }
            GeoPoint? centroid = null;
            if (C(lat).Length > 0 || C(lon).Length > 0)
            {
                if (!t.TryDouble(C(lat), out var la) || !t.TryDouble(C(lon), out var lo)) { Bad("lat", C(lat) + "," + C(lon), "latitude and longitude must both be numbers"); continue; }
                try { centroid = new GeoPoint(la, lo); } catch (ArgumentException e) { Bad("lat", C(lat) + "," + C(lon), e.Message); continue; }
            }
            Population? population = null;
            if (populations.TryGetValue(C(id), out var rows))
            {
                var date = rows.Max(r => r.Date);
                try { population = new Population(date, rows.Where(r => r.Date == date).Select(r => new KeyValuePair<AgeBand, long>(r.Band, r.Count)), rows[0].Prov); }
                catch (ArgumentException e) { Bad("population", C(id), e.Message); }
            }
            var provenance = InventoryCsv.ParseProvenance(C(prov), "provenance", Bad);
            try
            {
                result.Add(new SocialSpace(new SpaceId(C(id)), C(name), lv.Value, C(parent).Length > 0 ? new SpaceId(C(parent)) : (SpaceId?)null, key, areaKm2, centroid, null, population, provenance));
            }
            catch (ArgumentException e) { Bad(e.ParamName ?? "", C(id), e.Message); }
        }
        return result;
    }

    private static void ReadPopulation(string file, Dictionary<string, List<(LocalDate, AgeBand, long, Provenance?)>> populations, List<DataProblem> problems)
    {
        if (Open(file, problems) is not { } t) return;
        int id = t.Find("space_id", "raum_id", "id"), date = t.Find("date", "stichtag"), band = t.Find("age_band", "altersgruppe"), count = t.Find("count", "anzahl", "einwohner"),
            prov = t.Find("provenance", "herkunft");
        if (id < 0 || date < 0 || band < 0 || count < 0) { problems.Add(new DataProblem(t.Source, 1, 0, "space_id,date,age_band,count", null, "required columns are missing")); return; }
        foreach (var (line, cells) in t.Rows)
        {
            string C(int i) => i >= 0 && i < cells.Length ? cells[i] : "";
            void Bad(string f, string v, string m) => problems.Add(new DataProblem(t.Source, line, 0, f, v, m));
            var d = InventoryCsv.ParseDate(C(date), "date", Bad);
            var b = ParseAgeBand(C(band), Bad);
            if (!long.TryParse(C(count), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) { Bad("count", C(count), "must be a whole number >= 0"); continue; }
            var p = InventoryCsv.ParseProvenance(C(prov), "provenance", Bad);
            if (d is null || b is null) continue;
            if (!populations.TryGetValue(C(id), out var list)) populations[C(id)] = list = [];
            list.Add((d.Value, b.Value, n, p));
        }
    }

    /// <summary>Whether the file is an official GENESIS/Regionalstatistik table (classic or flat, plain or zipped); if so, reads
    /// it (table null when it is malformed: the problems are collected with line and column).</summary>
    private static bool IsOfficial(string file, List<DataProblem> problems, out OfficialTable? table)
    {
        table = null;
        var bytes = File.ReadAllBytes(file);
        if (OfficialTableReader.Detect(bytes) is null) return false;
        try
        {
            table = OfficialTableReader.Parse(bytes, Path.GetFileName(file));
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

    private static List<IndicatorRecord> ReadIndicators(string file, List<DataProblem> problems)
    {
        var result = new List<IndicatorRecord>();
        if (Open(file, problems) is not { } t) return result;
        var genesis = t.Find("key") >= 0 && t.Find("variable") >= 0 && t.Find("period") >= 0;
        int space = genesis ? t.Find("key") : t.Find("space_id", "raum_id", "space"), ind = genesis ? t.Find("variable") : t.Find("indicator", "indikator"),
            date = genesis ? t.Find("period") : t.Find("date", "stichtag"), value = t.Find("value", "wert"), status = t.Find("status"),
            den = t.Find("denominator", "nenner"), denStatus = t.Find("denominator_status", "nenner_status"), prov = t.Find("provenance", "herkunft");
        if (space < 0 || ind < 0 || date < 0 || value < 0) { problems.Add(new DataProblem(t.Source, 1, 0, "space_id,indicator,date,value", null, "required columns are missing")); return result; }
        foreach (var (line, cells) in t.Rows)
        {
            string C(int i) => i >= 0 && i < cells.Length ? cells[i] : "";
            void Bad(string f, string v, string m) => problems.Add(new DataProblem(t.Source, line, 0, f, v, m));
            LocalDate? d = C(date).Length == 4 && int.TryParse(C(date), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                ? new LocalDate(year, 12, 31) : InventoryCsv.ParseDate(C(date), "date", Bad);
            var num = ParseObservation(C(value), C(status), "value", t, Bad);
            Observation? denominator = den >= 0 && (C(den).Length > 0 || C(denStatus).Length > 0) ? ParseObservation(C(den), C(denStatus), "denominator", t, Bad) : null;
            var p = InventoryCsv.ParseProvenance(C(prov), "provenance", Bad);
            if (d is null || num is null || (den >= 0 && (C(den).Length > 0 || C(denStatus).Length > 0) && denominator is null)) continue;
            try { result.Add(new IndicatorRecord(new SpaceId(C(space)), C(ind), d.Value, num.Value, denominator, p)); }
            catch (ArgumentException e) { Bad(e.ParamName ?? "", C(value), e.Message); }
        }
        return result;
    }

    private static Observation? ParseObservation(string value, string status, string field, CsvTable t, Action<string, string, string> bad)
    {
        var st = ValueStatus.Exact;
        if (status.Length > 0 && !ValueStatusExtensions.TryParseCode(status, out st)) { bad(field + "_status", status, "unknown status code"); return null; }
        if (value.Length == 0) return new Observation(double.NaN, status.Length > 0 && !st.HasValue() ? st : ValueStatus.Missing);
        if (!t.TryDouble(value, out var v)) { bad(field, value, "not a number"); return null; }
        try { return new Observation(v, st); } catch (ArgumentException e) { bad(field, value, e.Message); return null; }
    }

    private static List<ConferenceStatement> ReadConference(string file, List<DataProblem> problems)
    {
        var result = new List<ConferenceStatement>();
        if (Open(file, problems) is not { } t) return result;
        int space = t.Find("space_id", "raum_id"), domain = t.Find("domain", "handlungsfeld"), rating = t.Find("rating", "einschaetzung"), text = t.Find("text"),
            date = t.Find("date", "datum"), source = t.Find("source", "quelle"), prov = t.Find("provenance", "herkunft");
        foreach (var (line, cells) in t.Rows)
        {
            string C(int i) => i >= 0 && i < cells.Length ? cells[i] : "";
            void Bad(string f, string v, string m) => problems.Add(new DataProblem(t.Source, line, 0, f, v, m));
            var r = CsvTable.Normalise(C(rating)) switch
            {
                "oversupplied" or "ueberversorgung" => SupplyRating.OverSupplied,
                "adequate" or "bedarfsgerecht" => SupplyRating.Adequate,
                "undersupplied" or "unterversorgung" => SupplyRating.UnderSupplied,
                "severelyundersupplied" or "erhebliche_unterversorgung" => SupplyRating.SeverelyUnderSupplied,
                _ => (SupplyRating?)null,
            };
            if (r is null) { Bad("rating", C(rating), "unknown rating (overSupplied, adequate, underSupplied, severelyUnderSupplied)"); continue; }
            var d = InventoryCsv.ParseDate(C(date), "date", Bad);
            var p = InventoryCsv.ParseProvenance(C(prov), "provenance", Bad);
            if (d is null) continue;
            try { result.Add(new ConferenceStatement(new SpaceId(C(space)), new ServiceDomain(C(domain)), r.Value, C(text), d.Value, C(source), p)); }
            catch (ArgumentException e) { Bad(e.ParamName ?? "", C(space), e.Message); }
        }
        return result;
    }

    private static List<ProviderStatement> ReadProviderStatements(string file, List<DataProblem> problems)
    {
        var result = new List<ProviderStatement>();
        if (Open(file, problems) is not { } t) return result;
        int offering = t.Find("offering_id", "angebot_id"), from = t.Find("effective_from", "ab"), share = t.Find("capacity_reduction", "kapazitaetsabbau"),
            loss = t.Find("expected_funding_loss_per_year", "erwarteter_mittelverlust"), text = t.Find("text"), reported = t.Find("reported_on", "gemeldet_am"),
            prov = t.Find("provenance", "herkunft");
        foreach (var (line, cells) in t.Rows)
        {
            string C(int i) => i >= 0 && i < cells.Length ? cells[i] : "";
            void Bad(string f, string v, string m) => problems.Add(new DataProblem(t.Source, line, 0, f, v, m));
            var d = InventoryCsv.ParseDate(C(from), "effective_from", Bad);
            var rep = InventoryCsv.ParseDate(C(reported), "reported_on", Bad);
            if (!t.TryDouble(C(share), out var s)) { Bad("capacity_reduction", C(share), "not a number"); continue; }
            decimal? l = null;
            if (C(loss).Length > 0) { if (t.TryDecimal(C(loss), out var lv)) l = lv; else { Bad("expected_funding_loss_per_year", C(loss), "not a number"); continue; } }
            var p = InventoryCsv.ParseProvenance(C(prov), "provenance", Bad);
            if (d is null || rep is null) continue;
            try { result.Add(new ProviderStatement(C(offering), d.Value, s, C(text), rep.Value, l, p)); }
            catch (ArgumentException e) { Bad(e.ParamName ?? "", C(offering), e.Message); }
        }
        return result;
    }
}
