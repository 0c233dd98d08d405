using System.Globalization;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Csv;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Data;

/// <summary>
/// The CSV tables of a data folder besides the inventory (<em>Tabellen des Datenordners</em>): spaces, population,
/// indicators, conference and provider statements. Each table's columns, German headers and aliases are defined once
/// here (docs/data-format.md lists them); every table is read through <see cref="CsvInput"/>.
/// </summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class DataFolderTables
{
    internal static IReadOnlyList<CsvColumn> Spaces { get; } =
    [
        new("id", "Raum-ID", true, "raum_id", "space_id", "schluessel"),
        new("name", "Name", true, "bezeichnung"),
        new("level", "Ebene", true),
        new("parent", "übergeordnet", false, "parent_id", "uebergeordneter_raum"),
        new("ags", "AGS", false, "gemeindeschluessel"),
        new("area_km2", "Fläche km²", false, "flaeche", "flaeche_qkm"),
        new("lat", "Breite", false, "breitengrad"),
        new("lon", "Länge", false, "laengengrad"),
        new("own_youth_office", "eigenes Jugendamt", false, "eigenes_jugendamt", "jugendamt"),
        new("provenance", "Herkunft", false),
    ];

    internal static IReadOnlyList<CsvColumn> Population { get; } =
    [
        new("space_id", "Raum-ID", true, "raum_id", "id"),
        new("date", "Stichtag", true, "datum"),
        new("age_band", "Altersgruppe", true, "alter"),
        new("count", "Anzahl", true, "einwohner"),
        new("provenance", "Herkunft", false),
    ];

    /// <summary>Indicator values; also accepts the long CSV written by <c>import-genesis</c>
    /// (<c>key,name,period,variable,value,status</c>).</summary>
    internal static IReadOnlyList<CsvColumn> Indicators { get; } =
    [
        new("space_id", "Raum-ID", true, "raum_id", "space", "key"),
        new("indicator", "Indikator", true, "variable"),
        new("date", "Stichtag", true, "period", "zeitraum", "datum"),
        new("value", "Wert", true),
        new("status", "Status", false),
        new("denominator", "Nenner", false),
        new("denominator_status", "Nenner-Status", false),
        new("provenance", "Herkunft", false),
        new("name", "Name", false),
        new("confidential", "vertraulich", false, "geheim", "geheimhaltung"),
    ];

    /// <summary>Own domains (<em>Handlungsfelder</em>) beyond the 12 standard ones: a domain code used elsewhere must be
    /// standard or listed here.</summary>
    internal static IReadOnlyList<CsvColumn> Domains { get; } =
    [
        new("code", "Kürzel", true, "handlungsfeld", "id"),
        new("name", "Name", false, "bezeichnung"),
    ];

    internal static IReadOnlyList<CsvColumn> Conference { get; } =
    [
        new("space_id", "Raum-ID", true, "raum_id"),
        new("domain", "Handlungsfeld", true),
        new("rating", "Einschätzung", true, "bewertung"),
        new("text", "Text", false, "aussage"),
        new("date", "Datum", true),
        new("source", "Quelle", false),
        new("provenance", "Herkunft", false),
        new("meeting_id", "Sitzung-ID", false, "sitzung"),
    ];

    internal static IReadOnlyList<CsvColumn> ProviderStatements { get; } =
    [
        new("offering_id", "Angebot-ID", true, "angebots_id"),
        new("effective_from", "ab", true, "gueltig_ab"),
        new("capacity_reduction", "Kapazitätsabbau", true),
        new("expected_funding_loss_per_year", "erwarteter Verlust", false, "erwarteter_mittelverlust", "erwarteter_verlust_pro_jahr"),
        new("text", "Text", false, "aussage"),
        new("reported_on", "gemeldet am", true, "gemeldet"),
        new("provenance", "Herkunft", false),
        new("condition_source", "Bedingung Geldgeber", false, "bedingung_geldgeber"),
        new("condition_programme", "Bedingung Programm", false, "bedingung_programm"),
        new("condition_min_share", "Bedingung Mindestanteil", false, "bedingung_mindestanteil"),
        new("meeting_id", "Sitzung-ID", false, "sitzung"),
    ];

    /// <summary>Opens a table, binds its header and runs <paramref name="rows"/> over it; all problems go to
    /// <paramref name="problems"/>, warnings and the format note to <paramref name="notes"/>.</summary>
    internal static void Read(TableSource file, IReadOnlyList<CsvColumn> schema, CsvReadOptions? options, List<DataProblem> problems, ICollection<DataProblem>? notes,
        Action<CsvInput, CsvHeader> rows)
    {
        try
        {
            using var input = file.Open(options);
            var header = CsvHeader.Bind(input, schema);
            if (input.ErrorCount == 0) rows(input, header);
            foreach (var p in input.Problems) (p.Severity == ProblemSeverity.Error ? problems : (ICollection<DataProblem>?)notes)?.Add(p);
            notes?.Add(input.FormatNote);
        }
        catch (DataProblemException e) { problems.AddRange(e.Problems); }
    }

    private static readonly Dictionary<string, SpaceLevel> LevelSynonyms = new(StringComparer.Ordinal)
    {
        ["Bundesland"] = SpaceLevel.State, ["Landkreis"] = SpaceLevel.County, ["Stadt"] = SpaceLevel.Municipality, ["Stadtteil"] = SpaceLevel.District,
        ["Quartier"] = SpaceLevel.District, ["Sozialraum"] = SpaceLevel.District, ["Bezirk"] = SpaceLevel.District, ["grid_cell"] = SpaceLevel.GridCell,
    };

    private static readonly Dictionary<string, SupplyRating> RatingSynonyms = new(StringComparer.Ordinal)
    {
        ["überversorgt"] = SupplyRating.OverSupplied, ["unterversorgt"] = SupplyRating.UnderSupplied, ["erheblich unterversorgt"] = SupplyRating.SeverelyUnderSupplied,
        ["ausreichend"] = SupplyRating.Adequate,
    };

    /// <summary>Reads the declared own domains: code → name (empty when none).</summary>
    internal static Dictionary<string, string> ReadDomains(TableSource file, CsvReadOptions? options, List<DataProblem> problems, ICollection<DataProblem>? notes, List<int>? lines = null)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        Read(file, Domains, options, problems, notes, (t, c) =>
        {
            int code = c["code"], name = c["name"];
            while (t.Read())
            {
                if (!IsDomainCode(t[code])) { t.Error(code, null, t[code], "a domain code must be 1-64 letters, digits, '_' or '-'"); continue; }
                if (!result.TryAdd(t[code], t[name])) t.Error(code, null, t[code], "repeated domain code");
            }
        });
        return result;
    }

    private static bool IsDomainCode(string code) => code.Length is > 0 and <= 64 && code.All(ch => char.IsLetterOrDigit(ch) || ch is '_' or '-');

    /// <summary>The ids of a spaces table (a 7-digit id that is an AGS without its leading zero padded), read before the
    /// other tables so that their key columns can restore the leading zero (<see cref="CsvInput.SpaceKey(int)"/>);
    /// problems are left to <see cref="ReadSpaces"/>, which reads the table again.</summary>
    internal static HashSet<string> ReadSpaceIds(TableSource file, CsvReadOptions? options)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Read(file, Spaces, options, [], null, (t, c) =>
        {
            var id = c["id"];
            while (t.Read()) if (t.OwnSpaceKey(id) is { Length: > 0 } key) ids.Add(key);
        });
        return ids;
    }

    internal static List<SocialSpace> ReadSpaces(TableSource file, CsvReadOptions? options, Dictionary<string, List<(LocalDate Date, AgeBand Band, long Count, Provenance? Prov)>> populations, List<DataProblem> problems, ICollection<DataProblem>? notes, List<int>? lines = null)
    {
        var result = new List<SocialSpace>();
        Read(file, Spaces, options, problems, notes, (t, c) =>
        {
            int id = c["id"], name = c["name"], level = c["level"], parent = c["parent"], ags = c["ags"], area = c["area_km2"], lat = c["lat"], lon = c["lon"], youth = c["own_youth_office"];
            while (t.Read())
            {
                var spaceId = t.OwnSpaceKey(id);
                var parentId = t.SpaceKey(parent);
                SpaceLevel? lv = CodedValues.TryParse(t[level], Json.PlanningDataJson.Code, LevelSynonyms, out var parsedLevel) ? parsedLevel : null;
                if (lv is null) { t.Error(level, null, t[level], "unknown level (Ebene); allowed: " + CodedValues.Allowed<SpaceLevel>(Json.PlanningDataJson.Code)); continue; }
                MunicipalityKey? key = null;
                var agsText = t.Ags(ags);
                if (agsText.Length > 0)
                {
                    if (MunicipalityKey.TryParse(agsText, out var k)) key = k;
                    else { t.Error(ags, null, agsText, "invalid AGS: must be 8 digits with Land 01-16"); continue; }
                }
                if (!t.TryOptionalNumber(area, out var areaKm2)) continue;
                if (!t.TryBoolean(youth, out var ownYouthOffice)) continue;
                if (ownYouthOffice && lv != SpaceLevel.Municipality)
                {
                    t.Error(youth, null, t[youth], "only a municipality (Ebene gemeinde) can have its own youth office (eigenes Jugendamt)");
                    continue;
                }
                GeoPoint? centroid = null;
                if (t[lat].Length > 0 || t[lon].Length > 0)
                {
                    if (!(t.TryNumber(lat, out var la) & t.TryNumber(lon, out var lo))) continue;
                    try { centroid = new GeoPoint(la, lo); } catch (ArgumentException e) { t.Error(lat, null, t[lat] + " " + t[lon], Clean(e)); continue; }
                }
                Population? population = null;
                if (populations.TryGetValue(spaceId, out var rows))
                {
                    var latest = rows.Max(r => r.Date);
                    try { population = new Population(latest, rows.Where(r => r.Date == latest).Select(r => new KeyValuePair<AgeBand, long>(r.Band, r.Count)), rows[0].Prov); }
                    catch (ArgumentException e) { t.Error(id, "population", spaceId, Clean(e)); }
                }
                var provenance = InventoryCsv.ParseProvenance(t[c["provenance"]], "provenance", (f, v, m) => t.Error(c["provenance"], f, v, m));
                try
                {
                    result.Add(new SocialSpace(new SpaceId(spaceId), t[name], lv.Value, parentId.Length > 0 ? new SpaceId(parentId) : (SpaceId?)null, key, areaKm2, centroid, null, population, provenance, ownYouthOffice));
                    lines?.Add(t.Line);
                }
                catch (ArgumentException e) when (e.ParamName == "areaKm2") { t.Error(area, null, t[area], Clean(e)); }
                catch (ArgumentException e) { t.Error(id, null, t[id], Clean(e)); }
            }
        });
        return result;
    }

    internal static void ReadPopulation(TableSource file, CsvReadOptions? options, Dictionary<string, List<(LocalDate Date, AgeBand Band, long Count, Provenance? Prov)>> populations,
        List<DataProblem> problems, ICollection<DataProblem>? notes)
    {
        Read(file, Population, options, problems, notes, (t, c) =>
        {
            int id = c["space_id"], date = c["date"], band = c["age_band"], count = c["count"], prov = c["provenance"];
            var seen = new Dictionary<(string, LocalDate, AgeBand), int>();
            while (t.Read())
            {
                var hasDate = t.TryDate(date, PeriodEnd.End, out var d);
                var b = PlanningDataSource.ParseAgeBand(t[band], (_, v, m) => t.Error(band, null, v, m));
                if (!t.TryInteger(count, out var n)) continue;
                if (n < 0) { t.Error(count, null, t[count], "must be a whole number >= 0"); continue; }
                if (PlausibleRange.CheckPopulation(n) is { } implausible) { t.Error(count, null, t[count], implausible); continue; }
                var p = InventoryCsv.ParseProvenance(t[prov], "provenance", (f, v, m) => t.Error(prov, f, v, m));
                if (!hasDate || b is null) continue;
                var key = t.SpaceKey(id);
                if (!seen.TryAdd((key, d, b.Value), t.Line))
                {
                    t.Error(band, null, t[band], string.Create(CultureInfo.InvariantCulture,
                        $"repeated population row: space_id '{key}', date {t[date]}, age_band {t[band]} already on line {seen[(key, d, b.Value)]}"));
                    continue;
                }
                if (!populations.TryGetValue(key, out var list)) populations[key] = list = [];
                list.Add((d, b.Value, n, p));
            }
        });
    }

    internal static List<IndicatorRecord> ReadIndicators(TableSource file, CsvReadOptions? options, List<DataProblem> problems, ICollection<DataProblem>? notes, List<int>? lines = null)
    {
        var result = new List<IndicatorRecord>();
        Read(file, Indicators, options, problems, notes, (t, c) =>
        {
            int space = c["space_id"], ind = c["indicator"], date = c["date"], value = c["value"], status = c["status"], den = c["denominator"], denStatus = c["denominator_status"], prov = c["provenance"], conf = c["confidential"];
            var seen = new Dictionary<(string, string, LocalDate), int>();
            while (t.Read())
            {
                var hasDate = t.TryDate(date, PeriodEnd.End, out var d);
                var num = ParseObservation(t, value, status);
                var hasDen = den >= 0 && (t[den].Length > 0 || t[denStatus].Length > 0);
                Observation? denominator = hasDen ? ParseObservation(t, den, denStatus) : null;
                var p = InventoryCsv.ParseProvenance(t[prov], "provenance", (f, v, m) => t.Error(prov, f, v, m));
                var confidential = false;
                var hasConf = conf < 0 || t.TryBoolean(conf, out confidential);
                if (!hasDate || num is null || (hasDen && denominator is null) || !hasConf) continue;
                var key = t.SpaceKey(space);
                if (!seen.TryAdd((key, t[ind], d), t.Line))
                {
                    t.Error(value, null, t[value], string.Create(CultureInfo.InvariantCulture,
                        $"repeated indicator row: space_id '{key}', indicator '{t[ind]}', date {t[date]} already on line {seen[(key, t[ind], d)]}"));
                    continue;
                }
                try
                {
                    result.Add(new IndicatorRecord(new SpaceId(key), t[ind], d, num.Value, denominator, p, confidential));
                    lines?.Add(t.Line);
                }
                catch (ArgumentException e)
                {
                    var col = e.ParamName switch { "indicatorId" => ind, "space" => space, "denominator" => den, _ => value };
                    t.Error(col, null, t[col], Clean(e));
                }
            }
        });
        return result;
    }

    private static Observation? ParseObservation(CsvInput t, int value, int status)
    {
        var st = ValueStatus.Exact;
        var statusText = t[status];
        if (statusText.Length > 0 && !ValueStatusExtensions.TryParseCode(statusText, out st)) { t.Error(status, null, statusText, "unknown status code"); return null; }
        if (t[value].Length == 0) return new Observation(double.NaN, statusText.Length > 0 && !st.HasValue() ? st : ValueStatus.Missing);
        if (!t.TryNumber(value, out var v)) return null;
        try { return new Observation(v, st); } catch (ArgumentException e) { t.Error(value, null, t[value], Clean(e)); return null; }
    }

    internal static List<ConferenceStatement> ReadConference(TableSource file, CsvReadOptions? options, List<DataProblem> problems, ICollection<DataProblem>? notes,
        IReadOnlyDictionary<string, string>? declared = null, List<int>? lines = null)
    {
        var result = new List<ConferenceStatement>();
        Read(file, Conference, options, problems, notes, (t, c) =>
        {
            int space = c["space_id"], domain = c["domain"], rating = c["rating"], text = c["text"], date = c["date"], source = c["source"], prov = c["provenance"], meeting = c["meeting_id"];
            while (t.Read())
            {
                SupplyRating? r = CodedValues.TryParse(t[rating], Json.PlanningDataJson.Code, RatingSynonyms, out var parsedRating) ? parsedRating : null;
                if (r is null) { t.Error(rating, null, t[rating], "unknown rating (Einschätzung); allowed: " + CodedValues.Allowed<SupplyRating>(Json.PlanningDataJson.Code)); continue; }
                if (!CodedValues.TryParseDomain(t[domain], declared, out var dom)) { t.Error(domain, null, t[domain], CodedValues.AllowedDomains(declared)); continue; }
                var hasDate = t.TryDate(date, PeriodEnd.End, out var d);
                var p = InventoryCsv.ParseProvenance(t[prov], "provenance", (f, v, m) => t.Error(prov, f, v, m));
                if (!hasDate) continue;
                try { result.Add(new ConferenceStatement(new SpaceId(t.SpaceKey(space)), dom, r.Value, t[text], d, t[source], p) { MeetingId = t[meeting].Length > 0 ? t[meeting] : null }); lines?.Add(t.Line); }
                catch (ArgumentException e) { t.Error(e.ParamName == "domain" ? domain : space, null, e.ParamName == "domain" ? t[domain] : t[space], Clean(e)); }
            }
        });
        return result;
    }

    internal static List<ProviderStatement> ReadProviderStatements(TableSource file, CsvReadOptions? options, List<DataProblem> problems, ICollection<DataProblem>? notes, List<int>? lines = null)
    {
        var result = new List<ProviderStatement>();
        Read(file, ProviderStatements, options, problems, notes, (t, c) =>
        {
            int offering = c["offering_id"], from = c["effective_from"], share = c["capacity_reduction"], loss = c["expected_funding_loss_per_year"], text = c["text"],
                reported = c["reported_on"], prov = c["provenance"], cSource = c["condition_source"], cProgramme = c["condition_programme"], cShare = c["condition_min_share"];
            while (t.Read())
            {
                var hasFrom = t.TryDate(from, PeriodEnd.Start, out var d);
                var hasReported = t.TryDate(reported, PeriodEnd.End, out var rep);
                if (!t.TryNumber(share, out var s)) continue;
                decimal? l = null;
                if (t[loss].Length > 0) { if (t.TryAmount(loss, out var lv)) l = lv; else continue; }
                var p = InventoryCsv.ParseProvenance(t[prov], "provenance", (f, v, m) => t.Error(prov, f, v, m));
                StatementCondition? condition = null;
                if (t[cSource].Length > 0 || t[cProgramme].Length > 0 || t[cShare].Length > 0)
                {
                    if (!InventoryCsv.TryFundingSource(t[cSource], out var src)) { t.Error(cSource, null, t[cSource], "unknown or missing funder; expected bund, land, kreis, kommune, euEsf, socialInsurance, foundationLottery"); continue; }
                    double min = 0;
                    if (t[cShare].Length > 0 && !t.TryNumber(cShare, out min)) continue;
                    if (min is < 0 or > 1 || !double.IsFinite(min)) { t.Error(cShare, null, t[cShare], "must be a share in [0, 1]"); continue; }
                    condition = new StatementCondition(src, t[cProgramme], min);
                }
                if (!hasFrom || !hasReported) continue;
                try { result.Add(new ProviderStatement(t[offering], d, s, t[text], rep, l, p, condition) { MeetingId = t[c["meeting_id"]].Length > 0 ? t[c["meeting_id"]] : null }); lines?.Add(t.Line); }
                catch (ArgumentException e)
                {
                    var col = e.ParamName switch { "capacityReduction" => share, "expectedFundingLossPerYear" => loss, _ => offering };
                    t.Error(col, null, t[col], Clean(e));
                }
            }
        });
        return result;
    }

    internal static string Clean(Exception e)
    {
        var m = e.Message;
        var cut = m.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut > 0 ? m[..cut] : m;
    }
}
