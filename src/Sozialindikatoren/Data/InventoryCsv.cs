using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Csv;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Data;

/// <summary>
/// The offering inventory as CSV (<em>Angebotsinventar</em>, <em>Bestandserhebung</em>): one row per funding line, the
/// offering's and provider's attributes repeated on each of its rows (an offering without funding has one row with empty
/// funding columns). Column list and German header aliases: docs/data-format.md.
/// </summary>
/// <remarks>
/// <para>Reading collects all problems (file, line, field, value) into one <see cref="DataProblemException"/>; rows of
/// the same offering must agree on the offering's attributes. The separator is detected (<c>,</c> with decimal point, or
/// <c>;</c> with decimal comma as exported by German spreadsheets); dates are ISO <c>yyyy-MM-dd</c> or <c>dd.MM.yyyy</c>;
/// enumerations accept the English codes of the JSON format and the German terms (e.g. <c>Festbetragsfinanzierung</c>,
/// <c>Rechtsanspruch</c>, <c>Paritätischer</c>).</para>
/// <para>Writing uses the canonical English headers, comma separator and invariant numbers; reading what was written
/// gives the same providers and offerings (lossless round trip).</para>
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class InventoryCsv
{
    /// <summary>The one reading of an offering type cell (<em>Angebotsart</em>) for every table that names types (inventory,
    /// <c>richtwerte</c>): the text normalised like a header (case, umlauts, spaces and hyphens: <c>Frühe Hilfen</c> →
    /// <c>fruehe_hilfen</c>), then a known type or any valid code; null when it is no valid code.</summary>
    internal static OfferingType? ParseOfferingType(string text)
    {
        var key = CsvHeader.Normalise(text);
        var known = OfferingType.Known.FirstOrDefault(k => k.Code == key);
        if (known.Code.Length > 0) return known;
        return OfferingType.IsValidCode(key) ? new OfferingType(key) : null;
    }

    /// <summary>The canonical column names, in output order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "offering_id", "offering_name", "domain", "provider_id", "provider_name", "association", "location", "served_spaces",
        "capacity", "unit", "obligation", "target_group", "target_ages", "target_condition", "vulnerable", "recorded_category", "offering_type",
        "lat", "lon", "offering_provenance", "provider_provenance",
        "funding_source", "programme", "instrument", "amount_per_year", "start", "end", "line_provenance",
    ];

    /// <summary>The columns with their German headers and accepted aliases (the one place for this table).</summary>
    internal static IReadOnlyList<CsvColumn> Schema { get; } =
    [
        new("offering_id", "Angebot-ID", true, "angebots_id", "id"),
        new("offering_name", "Angebot", true, "angebotsname", "name", "bezeichnung"),
        new("domain", "Handlungsfeld", true, "bereich"),
        new("provider_id", "Träger-ID", true),
        new("provider_name", "Träger", false, "traegername"),
        new("association", "Verband", false, "spitzenverband"),
        new("location", "Standort", true, "sozialraum"),
        new("served_spaces", "Einzugsgebiet", false, "versorgte_raeume"),
        new("capacity", "Kapazität", true),
        new("unit", "Einheit", true),
        new("obligation", "Verbindlichkeit", true),
        new("target_group", "Zielgruppe", false),
        new("target_ages", "Altersgruppe", false, "alter"),
        new("target_condition", "Merkmal", false, "bedingung"),
        new("vulnerable", "vulnerabel", false),
        new("recorded_category", "Kategorie", false, "finanzierungskategorie"),
        new("offering_type", "Angebotsart", false, "angebotstyp", "typ", "type"),
        new("lat", "Breite", false, "breitengrad"),
        new("lon", "Länge", false, "laengengrad"),
        new("offering_provenance", "Herkunft Angebot", false, "herkunft"),
        new("provider_provenance", "Herkunft Träger", false),
        new("funding_source", "Mittelgeber", false, "quelle_der_mittel", "finanzierungsquelle"),
        new("programme", "Programm", false, "program", "foerderprogramm", "haushaltstitel"),
        new("instrument", "Finanzierungsart", false),
        new("amount_per_year", "Betrag pro Jahr", false, "betrag", "euro_pro_jahr"),
        new("start", "Beginn", false, "von"),
        new("end", "Ende", false, "bis"),
        new("line_provenance", "Herkunft Finanzierung", false),
    ];

    private static readonly Dictionary<string, ProviderAssociation> Associations = new(StringComparer.Ordinal)
    {
        ["awo"] = ProviderAssociation.Awo, ["arbeiterwohlfahrt"] = ProviderAssociation.Awo,
        ["caritas"] = ProviderAssociation.Caritas, ["diakonie"] = ProviderAssociation.Diakonie,
        ["drk"] = ProviderAssociation.Drk, ["rotes_kreuz"] = ProviderAssociation.Drk,
        ["paritaetischer"] = ProviderAssociation.Paritaetischer, ["paritaet"] = ProviderAssociation.Paritaetischer,
        ["zwst"] = ProviderAssociation.Zwst, ["publicbody"] = ProviderAssociation.PublicBody, ["oeffentlich"] = ProviderAssociation.PublicBody,
        ["oeffentlicher_traeger"] = ProviderAssociation.PublicBody, ["private"] = ProviderAssociation.Private, ["privat"] = ProviderAssociation.Private,
        ["other"] = ProviderAssociation.Other, ["sonstige"] = ProviderAssociation.Other, ["sonstiger"] = ProviderAssociation.Other,
    };

    private static readonly Dictionary<string, Obligation> Obligations = new(StringComparer.Ordinal)
    {
        ["individuallegalclaim"] = Obligation.IndividualLegalClaim, ["rechtsanspruch"] = Obligation.IndividualLegalClaim,
        ["objectivelegalduty"] = Obligation.ObjectiveLegalDuty, ["objektive_rechtspflicht"] = Obligation.ObjectiveLegalDuty,
        ["dutyfortargetgroup"] = Obligation.DutyForTargetGroup, ["pflicht_fuer_zielgruppe"] = Obligation.DutyForTargetGroup,
        ["voluntary"] = Obligation.Voluntary, ["freiwillig"] = Obligation.Voluntary,
        ["timelimitedprogramme"] = Obligation.TimeLimitedProgramme, ["programmfoerderung"] = Obligation.TimeLimitedProgramme,
    };

    private static readonly Dictionary<string, FundingSource> Sources = new(StringComparer.Ordinal)
    {
        ["bund"] = FundingSource.Bund, ["land"] = FundingSource.Land, ["kreis"] = FundingSource.Kreis, ["kommune"] = FundingSource.Kommune,
        ["stadt"] = FundingSource.Kommune, ["gemeinde"] = FundingSource.Kommune, ["euesf"] = FundingSource.EuEsf, ["eu_esf"] = FundingSource.EuEsf,
        ["esf"] = FundingSource.EuEsf, ["eu"] = FundingSource.EuEsf, ["socialinsurance"] = FundingSource.SocialInsurance,
        ["sozialversicherung"] = FundingSource.SocialInsurance, ["foundationlottery"] = FundingSource.FoundationLottery,
        ["stiftung_lotterie"] = FundingSource.FoundationLottery, ["stiftung"] = FundingSource.FoundationLottery,
        ["ownfunds"] = FundingSource.OwnFunds, ["eigenmittel"] = FundingSource.OwnFunds, ["donations"] = FundingSource.Donations, ["spenden"] = FundingSource.Donations,
    };

    private static readonly Dictionary<string, FundingInstrument> Instruments = new(StringComparer.Ordinal)
    {
        ["fullfunding"] = FundingInstrument.FullFunding, ["vollfinanzierung"] = FundingInstrument.FullFunding,
        ["sharefunding"] = FundingInstrument.ShareFunding, ["anteilfinanzierung"] = FundingInstrument.ShareFunding,
        ["deficitfunding"] = FundingInstrument.DeficitFunding, ["fehlbedarfsfinanzierung"] = FundingInstrument.DeficitFunding,
        ["fixedamount"] = FundingInstrument.FixedAmount, ["festbetragsfinanzierung"] = FundingInstrument.FixedAmount, ["festbetrag"] = FundingInstrument.FixedAmount,
        ["servicefee"] = FundingInstrument.ServiceFee, ["leistungsentgelt"] = FundingInstrument.ServiceFee,
        ["ownresources"] = FundingInstrument.OwnResources, ["eigenmittel"] = FundingInstrument.OwnResources,
    };

    /// <summary>Reads providers and offerings from an inventory CSV (already decoded text).</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="source">The file name used in messages.</param>
    /// <returns>Providers and offerings in first-appearance order.</returns>
    /// <exception cref="DataProblemException">Any problem (all listed with line, field and value).</exception>
    public static (IReadOnlyList<Provider> Providers, IReadOnlyList<Offering> Offerings) Read(TextReader text, string source = "angebote.csv")
    {
        ArgumentNullException.ThrowIfNull(text);
        using var input = CsvInput.Open(text, source);
        return Read(input, null);
    }

    /// <summary>Reads providers and offerings from an inventory CSV file, detecting encoding, delimiter and number format
    /// (docs/data-format.md).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Encoding and number format, or null to detect both.</param>
    /// <param name="notes">Receives the warnings (unknown columns) and a note naming the encoding, delimiter and number
    /// format used, or null.</param>
    /// <returns>Providers and offerings in first-appearance order.</returns>
    /// <exception cref="DataProblemException">Any problem (all listed with file, line, field and value).</exception>
    public static (IReadOnlyList<Provider> Providers, IReadOnlyList<Offering> Offerings) ReadFile(string path, CsvReadOptions? options, ICollection<DataProblem>? notes)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read(TableSource.File(path), options, notes);
    }

    /// <summary>Reads the inventory from a CSV file or a worksheet.</summary>
    internal static (IReadOnlyList<Provider> Providers, IReadOnlyList<Offering> Offerings) Read(TableSource table, CsvReadOptions? options, ICollection<DataProblem>? notes,
        IReadOnlyDictionary<string, string>? declaredDomains = null)
    {
        using var input = table.Open(options);
        return Read(input, notes, declaredDomains);
    }

    internal static (IReadOnlyList<Provider> Providers, IReadOnlyList<Offering> Offerings) Read(CsvInput input, ICollection<DataProblem>? notes,
        IReadOnlyDictionary<string, string>? declaredDomains = null)
    {
        var col = CsvHeader.Bind(input, Schema);
        input.ThrowIfErrors();

        var providers = new List<Provider>();
        var providerKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        var offeringOrder = new List<string>();
        var fundingRows = new Dictionary<(string Offering, FundingSource Source, string Programme, DateInterval Period), int>();
        var offeringRows = new Dictionary<string, (int Line, string Key, Func<FundingPlan, Offering?> Make, List<FundingLine> Lines)>(StringComparer.Ordinal);
        var cell = (string name) => input[col[name]];
        var bad = (string field, string value, string message) => input.Error(col[field], col[field] >= 0 ? null : field, value, message);

        while (input.Read())
        {
            // Provider: attributes must agree across rows.
            var providerId = cell("provider_id");
            var providerKey = string.Join("\u001f", cell("provider_name"), cell("association"), cell("provider_provenance"));
            if (providerId.Length == 0) bad("provider_id", "", "must not be empty");
            else if (providerKeys.TryGetValue(providerId, out var known))
            {
                if (known != providerKey) bad("provider_id", providerId, "rows of this provider disagree on name, association or provenance");
            }
            else
            {
                providerKeys[providerId] = providerKey;
                var assoc = Lookup(Associations, cell("association"), "association", bad, ProviderAssociation.Other, allowEmpty: true);
                var pprov = ParseProvenance(cell("provider_provenance"), "provider_provenance", bad);
                try { providers.Add(new Provider(providerId, cell("provider_name").Length > 0 ? cell("provider_name") : providerId, assoc, pprov)); }
                catch (ArgumentException e) { bad("provider_name", cell("provider_name"), Clean(e)); }
            }

            // Offering: attributes must agree across rows; funding line per row.
            var id = cell("offering_id");
            var offeringKey = string.Join("\u001f", Columns.TakeWhile(c => c != "funding_source").Select(cell));
            if (id.Length == 0) { bad("offering_id", "", "must not be empty"); continue; }
            if (!offeringRows.TryGetValue(id, out var entry))
            {
                var make = ParseOffering(input, col, id, declaredDomains);
                entry = (input.Line, offeringKey, make, []);
                offeringRows[id] = entry;
                offeringOrder.Add(id);
            }
            else if (entry.Key != offeringKey)
            {
                var first = entry.Key.Split('\u001f');
                var names = Columns.TakeWhile(c => c != "funding_source").ToArray();
                var differs = names.Where((c, i) => i < first.Length && first[i] != cell(c)).ToArray();
                var field = differs.Length > 0 ? differs[0] : "offering_id";
                input.Error(col[field], col[field] >= 0 ? null : field, cell(field),
                    $"rows of offering '{id}' disagree on {string.Join(", ", differs)} (first row: line {entry.Line.ToString(CultureInfo.InvariantCulture)}, value '{(differs.Length > 0 ? first[Array.IndexOf(names, field)] : "")}')");
            }
            if (ParseLine(input, col) is not { } fl) continue;
            // A repeated row (same offering, funder, programme and period) would count its money twice.
            if (fundingRows.TryGetValue((id, fl.Source, fl.Programme, fl.Period), out var firstLine))
            {
                bad("programme", fl.Programme, string.Create(CultureInfo.InvariantCulture,
                    $"repeated funding row: offering '{id}', funding_source '{cell("funding_source")}', programme '{fl.Programme}', period {cell("start")} … {cell("end")} already on line {firstLine}; each would be counted"));
                continue;
            }
            fundingRows[(id, fl.Source, fl.Programme, fl.Period)] = input.Line;
            entry.Lines.Add(fl);
        }

        var offerings = new List<Offering>();
        foreach (var id in offeringOrder)
        {
            var (line, _, make, lines) = offeringRows[id];
            try
            {
                if (make(new FundingPlan(lines)) is { } o) offerings.Add(o);
            }
            catch (ArgumentException e)
            {
                // The value that was refused when the exception carries it (a capacity beyond the plausible range), else the id.
                var value = e is ArgumentOutOfRangeException { ActualValue: { } v } ? Convert.ToString(v, CultureInfo.InvariantCulture) ?? id : id;
                input.Error(col[e.ParamName ?? ""], col[e.ParamName ?? ""] >= 0 ? null : e.ParamName ?? "", value, Clean(e), line);
            }
        }
        input.ThrowIfErrors();
        // A header without rows (a truncated export?) would otherwise give a "valid" data set without any offering.
        if (offeringRows.Count == 0) input.Warning(-1, null, "no data rows: the inventory has no offerings (a truncated export?).");
        if (notes is not null)
        {
            foreach (var p in input.Problems) notes.Add(p);
            notes.Add(input.FormatNote);
        }
        return (providers, offerings);
    }

    private static Func<FundingPlan, Offering?> ParseOffering(CsvInput input, CsvHeader col, string id, IReadOnlyDictionary<string, string>? declaredDomains)
    {
        var ok = true;
        string cell(string name) => input[col[name]];
        void Bad(string f, string v, string m) { ok = false; input.Error(col[f], col[f] >= 0 ? null : f, v, m); }
        ServiceDomain domain = default;
        if (!CodedValues.TryParseDomain(cell("domain"), declaredDomains, out domain)) Bad("domain", cell("domain"), CodedValues.AllowedDomains(declaredDomains));
        var location = default(SpaceId);
        try { location = new SpaceId(input.SpaceKey(col["location"])); } catch (ArgumentException e) { Bad("location", cell("location"), Clean(e)); }
        var served = new List<SpaceId>();
        foreach (var s in cell("served_spaces").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            try { served.Add(new SpaceId(input.SpaceKey(col["served_spaces"], s))); } catch (ArgumentException e) { Bad("served_spaces", s, Clean(e)); }
        }
        Capacity capacity = default;
        if (!CapacityUnitExtensions.TryParseCode(cell("unit"), out var unit) && !CodedValues.TryParse(cell("unit"), u => u.ToCode(), UnitSynonyms, out unit))
            Bad("unit", cell("unit"), "unknown unit (Einheit); allowed: " + CodedValues.Allowed<CapacityUnit>(u => u.ToCode()));
        else if (!input.TryNumber(col["capacity"], out var amount)) ok = false;
        else
        {
            try { capacity = new Capacity(amount, unit); } catch (ArgumentException e) { Bad("capacity", cell("capacity"), Clean(e)); }
        }
        var obligation = Lookup(Obligations, cell("obligation"), "obligation", Bad, Obligation.Voluntary);
        FundingCategory? recorded = null;
        if (cell("recorded_category").Length > 0)
        {
            if (FundingCategoryCodes.TryParseCode(cell("recorded_category"), out var rc) || CodedValues.TryParse(cell("recorded_category"), c => c.ToCode(), null, out rc)) recorded = rc;
            else Bad("recorded_category", cell("recorded_category"), "unknown category (Kategorie); allowed: " + CodedValues.Allowed<FundingCategory>(c => c.ToCode()));
        }
        OfferingType? type = null;
        if (cell("offering_type").Length > 0)
        {
            if (ParseOfferingType(cell("offering_type")) is { } parsed) type = parsed;
            else Bad("offering_type", cell("offering_type"), "not an offering type code (Angebotsart: letters, digits, '_' or '-'; known types in docs/data-format.md)");
        }
        GeoPoint? point = null;
        if (cell("lat").Length > 0 || cell("lon").Length > 0)
        {
            if (input.TryNumber(col["lat"], out var lat) & input.TryNumber(col["lon"], out var lon))
            {
                try { point = new GeoPoint(lat, lon); } catch (ArgumentException e) { Bad("lat", cell("lat") + ";" + cell("lon"), Clean(e)); }
            }
            else ok = false;
        }
        TargetGroup? target = null;
        if (cell("target_group").Length > 0)
        {
            AgeBand? ages = null;
            if (cell("target_ages").Length > 0)
            {
                try { ages = AgeBand.Parse(cell("target_ages")); } catch (FormatException e) { Bad("target_ages", cell("target_ages"), e.Message); }
            }
            if (!input.TryBoolean(col["vulnerable"], out var vulnerable)) ok = false;
            target = new TargetGroup(cell("target_group"), ages, cell("target_condition"), vulnerable);
        }
        var provenance = ParseProvenance(cell("offering_provenance"), "offering_provenance", Bad);
        var name = cell("offering_name");
        var providerId = cell("provider_id");
        return plan => ok
            ? new Offering(id, name, domain, providerId, location, capacity, obligation, plan, point, target, served.Count > 0 ? served : null, recorded, provenance, type)
            : null;
    }

    private static FundingLine? ParseLine(CsvInput input, CsvHeader col)
    {
        string cell(string name) => input[col[name]];
        if (cell("funding_source").Length == 0 && cell("programme").Length == 0 && cell("amount_per_year").Length == 0) return null;
        var ok = true;
        void Bad(string f, string v, string m) { ok = false; input.Error(col[f], col[f] >= 0 ? null : f, v, m); }
        var source = Lookup(Sources, cell("funding_source"), "funding_source", Bad, FundingSource.Land);
        var instrument = Lookup(Instruments, cell("instrument"), "instrument", Bad, FundingInstrument.ShareFunding);
        if (!input.TryAmount(col["amount_per_year"], out var amount)) ok = false;
        var hasStart = input.TryDate(col["start"], PeriodEnd.Start, out var start);
        var hasEnd = input.TryDate(col["end"], PeriodEnd.End, out var end);
        if (hasStart && hasEnd && end < start) Bad("end", cell("end"), $"period ends before it starts ({cell("start")})");
        var provenance = ParseProvenance(cell("line_provenance"), "line_provenance", Bad);
        if (!ok || !hasStart || !hasEnd) return null;
        try { return new FundingLine(source, cell("programme"), instrument, amount, new DateInterval(start, end), provenance); }
        catch (ArgumentException ex) { input.Error(col["amount_per_year"], null, cell("amount_per_year"), Clean(ex)); return null; }
    }

    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    /// <summary>Parses provenance written as <c>kind[: source][ @ yyyy-MM-dd]</c>; empty = none.</summary>
    internal static Provenance? ParseProvenance(string text, string field, Action<string, string, string> bad)
    {
        if (text.Length == 0) return null;
        var kindPart = text;
        string? source = null;
        LocalDate? date = null;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0) { kindPart = text[..colon]; source = text[(colon + 1)..].Trim(); }
        if (source is not null)
        {
            var at = source.LastIndexOf(" @ ", StringComparison.Ordinal);
            if (at >= 0 && Iso.Parse(source[(at + 3)..].Trim()) is { Success: true } d) { date = d.Value; source = source[..at].Trim(); }
        }
        var kind = CsvHeader.Normalise(kindPart) switch
        {
            "sourced" or "belegt" or "quelle" => ProvenanceKind.Sourced,
            "derived" or "abgeleitet" => ProvenanceKind.Derived,
            "illustrative" or "illustrativ" => ProvenanceKind.Illustrative,
            "assumption" or "annahme" => ProvenanceKind.Assumption,
            _ => (ProvenanceKind?)null,
        };
        if (kind is null) { bad(field, text, "unknown provenance kind (sourced, derived, illustrative, assumption)"); return null; }
        try { return new Provenance(kind.Value, source, date); }
        catch (ArgumentException e) { bad(field, text, Clean(e)); return null; }
    }

    internal static string FormatProvenance(Provenance? p)
    {
        if (p is null) return "";
        var kind = p.Kind switch
        {
            ProvenanceKind.Sourced => "sourced",
            ProvenanceKind.Derived => "derived",
            ProvenanceKind.Illustrative => "illustrative",
            _ => "assumption",
        };
        var text = kind;
        if (p.Source is not null) text += ": " + p.Source;
        if (p.Date is { } d) text += (p.Source is null ? ": " : "") + " @ " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return text;
    }

    /// <summary>Further names of the capacity units (besides codes and labels).</summary>
    internal static readonly Dictionary<string, CapacityUnit> UnitSynonyms = new(StringComparer.Ordinal)
    {
        ["Plätze"] = CapacityUnit.Places, ["Platz"] = CapacityUnit.Places, ["Vollzeitäquivalente"] = CapacityUnit.FullTimeEquivalents,
        ["Vollzeitstellen"] = CapacityUnit.FullTimeEquivalents, ["Stellenanteile"] = CapacityUnit.FullTimeEquivalents, ["Stunden pro Woche"] = CapacityUnit.HoursPerWeek, ["Wochenstunden"] = CapacityUnit.HoursPerWeek,
        ["Fälle pro Jahr"] = CapacityUnit.CasesPerYear, ["Fälle"] = CapacityUnit.CasesPerYear, ["Fallzahl"] = CapacityUnit.CasesPerYear,
    };

    /// <summary>A funding source by its code or German name (the inventory's <c>funding_source</c> codes), own funds and donations excluded.</summary>
    internal static bool TryFundingSource(string text, out FundingSource source)
    {
        source = default;
        var key = CsvHeader.Normalise(text);
        return (Sources.TryGetValue(key.Replace("_", "", StringComparison.Ordinal), out source) || Sources.TryGetValue(key, out source)) && !source.IsOwnShare();
    }

    private static T Lookup<T>(Dictionary<string, T> map, string text, string field, Action<string, string, string> bad, T fallback, bool allowEmpty = false) where T : struct, Enum
    {
        if (allowEmpty && text.Length == 0) return fallback;
        if (CodedValues.TryParse(text, Code, map, out var v)) return v;
        bad(field, text, "unknown value; allowed: " + CodedValues.Allowed<T>(Code));
        return fallback;
    }

    private static string Clean(Exception e)
    {
        var m = e.Message;
        var cut = m.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut > 0 ? m[..cut] : m;
    }

    /// <summary>Writes the inventory of a data set (one row per funding line).</summary>
    /// <param name="providers">The providers (looked up by id).</param>
    /// <param name="offerings">The offerings.</param>
    /// <param name="writer">The target.</param>
    public static void Write(IReadOnlyList<Provider> providers, IReadOnlyList<Offering> offerings, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var byId = providers.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Text.Csv.Write(writer, Columns, Rows());

        IEnumerable<IReadOnlyList<string>> Rows()
        {
            foreach (var o in offerings)
            {
                byId.TryGetValue(o.ProviderId, out var p);
                var head = new[]
                {
                    o.Id, o.Name, o.Domain.Code, o.ProviderId, p?.Name ?? "", p is null ? "" : Code(p.Association), o.Location.Value,
                    o.ServedSpaces.Count == 1 && o.ServedSpaces[0] == o.Location ? "" : string.Join("|", o.ServedSpaces.Select(s => s.Value)),
                    o.Capacity.Amount.ToString("R", CultureInfo.InvariantCulture), o.Capacity.Unit.ToCode(), Code(o.Obligation),
                    o.TargetGroup?.Description ?? "", o.TargetGroup?.Ages?.ToString() ?? "", o.TargetGroup?.Condition ?? "",
                    o.TargetGroup is null ? "" : o.TargetGroup.Vulnerable ? "true" : "false",
                    o.RecordedCategory?.ToCode() ?? "", o.Type?.Code ?? "",
                    o.Point?.Latitude.ToString("R", CultureInfo.InvariantCulture) ?? "", o.Point?.Longitude.ToString("R", CultureInfo.InvariantCulture) ?? "",
                    FormatProvenance(o.Provenance), FormatProvenance(p?.Provenance),
                };
                if (o.Funding.Lines.Count == 0) yield return head;
                foreach (var l in o.Funding.Lines)
                {
                    var tail = new[]
                    {
                        Code(l.Source), l.Programme, Code(l.Instrument), l.AmountPerYear.ToString(CultureInfo.InvariantCulture),
                        l.Period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), l.Period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        FormatProvenance(l.Provenance),
                    };
                    yield return [.. head, .. tail];
                }
            }
        }
    }

    private static string Code<T>(T value) where T : struct, Enum => Json.PlanningDataJson.Code(value);
}
