using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Participation;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Data.Json;

/// <summary>
/// Reads and writes a whole <see cref="PlanningData"/> in the canonical JSON format (docs/data-format.md), and maps between
/// the wire documents and the validated domain model.
/// </summary>
/// <remarks>
/// Reading collects <em>all</em> problems (invalid values with their JSON path, then cross-reference problems) into one
/// <see cref="DataProblemException"/>; syntactically broken JSON is reported with line and position. The round trip
/// <c>Read(Write(data))</c> is lossless for every type.
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class PlanningDataJson
{
    /// <summary>The format marker written to <c>format</c>.</summary>
    public const string FormatName = "sozialindikatoren/dataset";

    /// <summary>The current format version.</summary>
    public const int FormatVersion = 1;

    /// <summary>Reads a data set.</summary>
    /// <param name="json">The UTF-8 JSON stream.</param>
    /// <param name="sourceName">The file name used in messages.</param>
    /// <returns>The validated data set.</returns>
    /// <exception cref="DataProblemException">Broken JSON or invalid content (all problems listed).</exception>
    public static PlanningData Read(Stream json, string sourceName = "dataset.json")
    {
        var doc = Data.Json.JsonDocumentReader.Read(json, SozialindikatorenJsonContext.Default.DataSetDocument, sourceName, "data set");
        return FromDocument(doc, sourceName);
    }

    /// <summary>Reads a data set from a file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The validated data set.</returns>
    /// <exception cref="DataProblemException">Invalid content.</exception>
    public static PlanningData ReadFile(string path) => ReadFile(path, Csv.CsvReadOptions.DefaultMaxInputBytes);

    /// <summary>Reads a data set file, refusing one larger than <paramref name="maxInputBytes"/> before reading it.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="maxInputBytes">The size limit in bytes (positive; see <see cref="Csv.CsvReadOptions.MaxInputBytes"/>).</param>
    /// <returns>The validated data set.</returns>
    /// <exception cref="DataProblemException">Invalid content, or the file is too large.</exception>
    public static PlanningData ReadFile(string path, long maxInputBytes)
    {
        using var stream = File.OpenRead(path);
        var name = Path.GetFileName(path);
        var doc = JsonDocumentReader.Read(stream, SozialindikatorenJsonContext.Default.DataSetDocument, name, "data set", maxInputBytes);
        return FromDocument(doc, name);
    }

    /// <summary>Writes a data set as indented UTF-8 JSON.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="json">The target stream.</param>
    public static void Write(PlanningData data, Stream json)
    {
        JsonSerializer.Serialize(json, ToDocument(data), SozialindikatorenJsonContext.Default.DataSetDocument);
    }

    /// <summary>Writes a data set to a string.</summary>
    /// <param name="data">The data set.</param>
    /// <returns>The JSON text.</returns>
    public static string WriteString(PlanningData data) =>
        JsonSerializer.Serialize(ToDocument(data), SozialindikatorenJsonContext.Default.DataSetDocument);

    /// <summary>Maps a data set to its wire document.</summary>
    /// <param name="data">The data set.</param>
    /// <returns>The document.</returns>
    public static DataSetDocument ToDocument(PlanningData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new DataSetDocument
        {
            Name = data.Name,
            Description = data.Description,
            Spaces = data.Region.Spaces.Select(ToDoc).ToList(),
            Providers = data.Providers.Select(p => new ProviderDocument { Id = p.Id, Name = p.Name, Association = Code(p.Association), Provenance = ToDoc(p.Provenance) }).ToList(),
            Offerings = data.Offerings.Select(ToDoc).ToList(),
            Indicators = data.Indicators.Select(r => new IndicatorRecordDocument
            {
                Space = r.Space.Value,
                Indicator = r.IndicatorId,
                Date = r.Date,
                Value = r.Numerator.HasValue ? r.Numerator.Value : null,
                Status = r.Numerator.Status == ValueStatus.Exact ? null : r.Numerator.Status.ToCode(),
                Denominator = r.Denominator is { HasValue: true } d ? d.Value : null,
                DenominatorStatus = r.Denominator is { } dd && dd.Status != ValueStatus.Exact ? dd.Status.ToCode() : null,
                Confidential = r.Confidential ? true : null,
                Provenance = ToDoc(r.Provenance),
            }).ToList(),
            ConferenceStatements = data.ConferenceStatements.Select(c => new ConferenceStatementDocument
            {
                Space = c.Space.Value, Domain = c.Domain.Code, Rating = Code(c.Rating), Text = c.Text, Date = c.Date, Source = c.Source, MeetingId = c.MeetingId, Provenance = ToDoc(c.Provenance),
            }).ToList(),
            ProviderStatements = data.ProviderStatements.Select(p => new ProviderStatementDocument
            {
                OfferingId = p.OfferingId, EffectiveFrom = p.EffectiveFrom, CapacityReduction = p.CapacityReduction,
                ExpectedFundingLossPerYear = p.ExpectedFundingLossPerYear, Text = p.Text, ReportedOn = p.ReportedOn, MeetingId = p.MeetingId, Provenance = ToDoc(p.Provenance),
                ConditionSource = p.Condition is { } c ? Code(c.Source) : null, ConditionProgramme = p.Condition?.Programme, ConditionMinShare = p.Condition?.MinShare,
            }).ToList(),
            Meetings = data.Participation.Meetings.Select(m => new MeetingDocument
            {
                Id = m.Id, Date = m.Date, Body = m.Body.ToCode(), Space = m.Space?.Value, Domains = m.Domains.Count == 0 ? null : m.Domains.Select(d => d.Code).ToList(),
                Title = m.Title, Provenance = ToDoc(m.Provenance),
            }).ToList(),
            Attendances = data.Participation.Attendances.Select(a => new AttendanceDocument { MeetingId = a.MeetingId, ProviderId = a.ProviderId }).ToList(),
            Agreements = data.Participation.Agreements.Select(a => new AgreementDocument
            {
                MeetingId = a.MeetingId, Text = a.Text, Owner = a.Owner, Due = a.Due, Status = a.Status == AgreementStatus.Open ? null : a.Status.ToCode(),
            }).ToList(),
        };
    }

    /// <summary>Maps a wire document to a validated data set, collecting all problems.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="sourceName">The file name used in messages.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="DataProblemException">Any problem (all listed, with JSON paths).</exception>
    public static PlanningData FromDocument(DataSetDocument doc, string sourceName = "dataset.json")
    {
        ArgumentNullException.ThrowIfNull(doc);
        var problems = new List<DataProblem>();
        var at = new Reporter(sourceName, problems);
        if (doc.Format != FormatName) at.Add("$", "format", doc.Format, $"expected '{FormatName}'");
        if (doc.Version != FormatVersion) at.Add("$", "version", doc.Version.ToString(CultureInfo.InvariantCulture), $"unsupported version (this library reads version {FormatVersion})");

        var spaces = new List<SocialSpace>();
        for (var i = 0; i < doc.Spaces.Count; i++)
            if (FromDoc(doc.Spaces[i], at, $"$.spaces[{i}]") is { } s) spaces.Add(s);
        var providers = new List<Provider>();
        for (var i = 0; i < doc.Providers.Count; i++)
        {
            var p = doc.Providers[i];
            var path = $"$.providers[{i}]";
            var assoc = at.Enum<ProviderAssociation>(path, "association", p.Association);
            if (assoc is { } a && at.Try(path, () => new Provider(p.Id ?? "", p.Name ?? "", a, FromDoc(p.Provenance, at, path))) is { } prov) providers.Add(prov);
        }
        var offerings = new List<Offering>();
        for (var i = 0; i < doc.Offerings.Count; i++)
            if (FromDoc(doc.Offerings[i], at, $"$.offerings[{i}]") is { } o) offerings.Add(o);
        var indicators = new List<IndicatorRecord>();
        for (var i = 0; i < doc.Indicators.Count; i++)
        {
            var r = doc.Indicators[i];
            var path = $"$.indicators[{i}]";
            var status = at.Status(path, "status", r.Status) ?? ValueStatus.Exact;
            var rec = at.Try(path, () =>
            {
                var num = Obs(r.Value, status, "value");
                Observation? den = r.Denominator is null && r.DenominatorStatus is null ? null
                    : Obs(r.Denominator, at.Status(path, "denominatorStatus", r.DenominatorStatus) ?? ValueStatus.Exact, "denominator");
                return new IndicatorRecord(new SpaceId(r.Space ?? ""), r.Indicator ?? "", r.Date, num, den, FromDoc(r.Provenance, at, path), r.Confidential ?? false);
            });
            if (rec is not null) indicators.Add(rec);
        }
        var conference = new List<ConferenceStatement>();
        for (var i = 0; i < doc.ConferenceStatements.Count; i++)
        {
            var c = doc.ConferenceStatements[i];
            var path = $"$.conferenceStatements[{i}]";
            var rating = at.Enum<SupplyRating>(path, "rating", c.Rating);
            if (rating is { } rt && at.Try(path, () => new ConferenceStatement(new SpaceId(c.Space ?? ""), new ServiceDomain(c.Domain ?? ""), rt, c.Text ?? "", c.Date, c.Source ?? "", FromDoc(c.Provenance, at, path)) { MeetingId = Blank(c.MeetingId) }) is { } cs)
                conference.Add(cs);
        }
        var statements = new List<ProviderStatement>();
        for (var i = 0; i < doc.ProviderStatements.Count; i++)
        {
            var p = doc.ProviderStatements[i];
            var path = $"$.providerStatements[{i}]";
            StatementCondition? condition = null;
            if (p.ConditionSource is not null || p.ConditionProgramme is not null || p.ConditionMinShare is not null)
            {
                if (p.ConditionSource is null) { at.Add(path, "conditionSource", null, "required when conditionProgramme or conditionMinShare is given"); continue; }
                if (at.Enum<FundingSource>(path, "conditionSource", p.ConditionSource) is not { } src) continue;
                condition = at.Try(path, () => new StatementCondition(src, p.ConditionProgramme, p.ConditionMinShare ?? 0));
                if (condition is null) continue;
            }
            if (at.Try(path, () => new ProviderStatement(p.OfferingId ?? "", p.EffectiveFrom, p.CapacityReduction, p.Text ?? "", p.ReportedOn, p.ExpectedFundingLossPerYear, FromDoc(p.Provenance, at, path), condition) { MeetingId = Blank(p.MeetingId) }) is { } ps)
                statements.Add(ps);
        }

        // Cross-references are checked even when elements failed, so one run lists every problem. A reference to an element
        // that exists in the file but failed its own validation is not reported again as dangling.
        var failedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in doc.Spaces) if (d.Id is { } id && !spaces.Exists(x => x.Id.Value == id)) failedIds.Add(id);
        foreach (var d in doc.Providers) if (d.Id is { } id && !providers.Exists(x => x.Id == id)) failedIds.Add(id);
        foreach (var d in doc.Offerings) if (d.Id is { } id && !offerings.Exists(x => x.Id == id)) failedIds.Add(id);
        void AddCrossReferenceProblems(IEnumerable<DataProblem> found)
        {
            foreach (var p in found)
            {
                if (p.Message.StartsWith("unknown", StringComparison.Ordinal) && p.Value is not null && failedIds.Contains(p.Value)) continue;
                problems.Add(p.Within(sourceName));
            }
        }
        Region? region = null;
        try
        {
            region = new Region(spaces);
        }
        catch (DataProblemException e)
        {
            AddCrossReferenceProblems(e.Problems);
            // Check the rest against the spaces that are valid on their own.
            var ids = new HashSet<SpaceId>();
            var valid = spaces.Where(sp => ids.Add(sp.Id)).ToList();
            try { region = new Region(valid.Select(sp => sp.Parent is { } pa && !valid.Exists(v => v.Id == pa) ? new SocialSpace(sp.Id, sp.Name, sp.Level, null, sp.Key, sp.AreaKm2, sp.Centroid, sp.Boundary, null, sp.Provenance, sp.OwnYouthOffice) : sp.WithPopulation(null))); }
            catch (DataProblemException) { region = null; }
        }
        PlanningData? data = null;
        if (region is not null)
        {
            try
            {
                data = new PlanningData(doc.Name ?? "", region, providers, offerings, indicators, conference, statements, doc.Description, Participation(doc, at));
            }
            catch (DataProblemException e)
            {
                AddCrossReferenceProblems(e.Problems);
            }
        }
        if (problems.Count > 0 || data is null) throw new DataProblemException(problems.Count > 0 ? problems : [new DataProblem(sourceName, "spaces", null, "the spaces do not form a valid hierarchy")]);
        return data;

        static Observation Obs(double? value, ValueStatus status, string field)
        {
            if (status.HasValue() && value is null) throw new ArgumentException($"{field}: a number is required for status '{status.ToCode()}'.");
            return new Observation(value ?? double.NaN, status);
        }
    }

    private static SpaceDocument ToDoc(SocialSpace s) => new()
    {
        Id = s.Id.Value,
        Name = s.Name,
        Level = Code(s.Level),
        Parent = s.Parent?.Value,
        Ags = s.Key?.Value,
        AreaKm2 = s.AreaKm2,
        OwnYouthOffice = s.OwnYouthOffice ? true : null,
        Centroid = s.Centroid is { } c ? new PointDocument { Lat = c.Latitude, Lon = c.Longitude } : null,
        Boundary = s.Boundary is { } b
            ? new[] { b.Exterior }.Concat(b.Holes).Select(ring => ring.Select(p => new[] { p.Longitude, p.Latitude }).ToList()).ToList()
            : null,
        Population = s.Population is { } p ? new PopulationDocument
        {
            ReferenceDate = p.ReferenceDate,
            Bands = p.Bands.Select((band, i) => new AgeBandCountDocument { Band = band.ToString(), Count = p.Counts[i] }).ToList(),
            Provenance = ToDoc(p.Provenance),
        } : null,
        Provenance = ToDoc(s.Provenance),
    };

    private static OfferingDocument ToDoc(Offering o) => new()
    {
        Id = o.Id,
        Name = o.Name,
        Domain = o.Domain.Code,
        Type = o.Type?.Code,
        ProviderId = o.ProviderId,
        Location = o.Location.Value,
        Point = o.Point is { } p ? new PointDocument { Lat = p.Latitude, Lon = p.Longitude } : null,
        Capacity = new CapacityDocument { Amount = o.Capacity.Amount, Unit = o.Capacity.Unit.ToCode() },
        TargetGroup = o.TargetGroup is { } t ? new TargetGroupDocument { Description = t.Description, Ages = t.Ages?.ToString(), Condition = t.Condition, Vulnerable = t.Vulnerable } : null,
        ServedSpaces = o.ServedSpaces.Count == 1 && o.ServedSpaces[0] == o.Location ? null : o.ServedSpaces.Select(s => s.Value).ToList(),
        Obligation = Code(o.Obligation),
        RecordedCategory = o.RecordedCategory?.ToCode(),
        Funding = o.Funding.Lines.Select(l => new FundingLineDocument
        {
            Source = Code(l.Source), Programme = l.Programme, Instrument = Code(l.Instrument), AmountPerYear = l.AmountPerYear,
            Start = l.Period.Start, End = l.Period.End, Provenance = ToDoc(l.Provenance),
        }).ToList(),
        Provenance = ToDoc(o.Provenance),
    };

    private static ProvenanceDocument? ToDoc(Provenance? p) =>
        p is null ? null : new ProvenanceDocument { Kind = Code(p.Kind), Source = p.Source, Date = p.Date };

    private static SocialSpace? FromDoc(SpaceDocument d, Reporter at, string path)
    {
        var level = at.Enum<SpaceLevel>(path, "level", d.Level);
        MunicipalityKey? key = null;
        if (d.Ags is not null)
        {
            if (MunicipalityKey.TryParse(d.Ags, out var k)) key = k;
            else at.Add(path, "ags", d.Ags, "invalid AGS: must be 8 digits with Land 01-16");
        }
        GeoPoint? centroid = d.Centroid is { } c ? at.Try(path + ".centroid", () => new GeoPoint(c.Lat, c.Lon)) : null;
        GeoPolygon? boundary = null;
        if (d.Boundary is { Count: > 0 } rings)
        {
            boundary = at.Try(path + ".boundary", () =>
            {
                var pts = rings.Select(r => r.Select(xy => xy.Length == 2 ? new GeoPoint(xy[1], xy[0]) : throw new ArgumentException("each position must be [lon, lat]")).ToArray()).ToArray();
                return new GeoPolygon(pts[0], pts.Skip(1));
            });
        }
        Population? population = null;
        if (d.Population is { } pop)
        {
            var bands = new List<KeyValuePair<AgeBand, long>>();
            for (var i = 0; i < pop.Bands.Count; i++)
            {
                var b = pop.Bands[i];
                try { bands.Add(new(AgeBand.Parse(b.Band ?? ""), b.Count)); }
                catch (FormatException e) { at.Add($"{path}.population.bands[{i}]", "band", b.Band, e.Message); }
            }
            population = at.Try(path + ".population", () => new Population(pop.ReferenceDate, bands, FromDoc(pop.Provenance, at, path + ".population")));
        }
        if (level is not { } lv) return null;
        return at.Try(path, () => new SocialSpace(new SpaceId(d.Id ?? ""), d.Name ?? "", lv, d.Parent is null ? (SpaceId?)null : new SpaceId(d.Parent),
            key, d.AreaKm2, centroid, boundary, population, FromDoc(d.Provenance, at, path), d.OwnYouthOffice ?? false));
    }

    private static Offering? FromDoc(OfferingDocument d, Reporter at, string path)
    {
        var obligation = at.Enum<Obligation>(path, "obligation", d.Obligation);
        FundingCategory? recorded = null;
        if (d.RecordedCategory is not null)
        {
            if (FundingCategoryCodes.TryParseCode(d.RecordedCategory, out var rc)) recorded = rc;
            else at.Add(path, "recordedCategory", d.RecordedCategory, "unknown category (voll, teil, traeger)");
        }
        Capacity? capacity = null;
        if (d.Capacity is null) at.Add(path, "capacity", "", "missing");
        else if (!CapacityUnitExtensions.TryParseCode(d.Capacity.Unit, out var unit)) at.Add(path, "capacity.unit", d.Capacity.Unit, "unknown unit (places, fte, hours_per_week, cases_per_year)");
        else capacity = at.Try(path + ".capacity", () => new Capacity(d.Capacity.Amount, unit));
        var lines = new List<FundingLine>();
        for (var i = 0; i < d.Funding.Count; i++)
        {
            var f = d.Funding[i];
            var lp = $"{path}.funding[{i}]";
            var source = at.Enum<FundingSource>(lp, "source", f.Source);
            var instrument = at.Enum<FundingInstrument>(lp, "instrument", f.Instrument);
            if (f.End < f.Start) { at.Add(lp, "end", f.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"period ends before it starts ({f.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})"); continue; }
            if (source is { } s && instrument is { } ins && at.Try(lp, () => new FundingLine(s, f.Programme ?? "", ins, f.AmountPerYear, new DateInterval(f.Start, f.End), FromDoc(f.Provenance, at, lp))) is { } line)
                lines.Add(line);
        }
        GeoPoint? point = d.Point is { } p ? at.Try(path + ".point", () => new GeoPoint(p.Lat, p.Lon)) : null;
        TargetGroup? target = null;
        if (d.TargetGroup is { } t)
        {
            AgeBand? ages = null;
            if (t.Ages is not null)
            {
                try { ages = AgeBand.Parse(t.Ages); }
                catch (FormatException e) { at.Add(path + ".targetGroup", "ages", t.Ages, e.Message); }
            }
            target = at.Try(path + ".targetGroup", () => new TargetGroup(t.Description ?? "", ages, t.Condition, t.Vulnerable));
        }
        OfferingType? type = null;
        if (d.Type is { } tc)
        {
            if (OfferingType.IsValidCode(tc)) type = new OfferingType(tc);
            else at.Add(path, "type", tc, "offering type: expected a code of a-z, 0-9 or '_' starting with a letter, e.g. schuldnerberatung (docs/data-format.md lists the known types)");
        }
        if (obligation is not { } ob || capacity is not { } cap) return null;
        return at.Try(path, () => new Offering(d.Id ?? "", d.Name ?? "", new ServiceDomain(d.Domain ?? ""), d.ProviderId ?? "",
            new SpaceId(d.Location ?? ""), cap, ob, new FundingPlan(lines), point, target,
            d.ServedSpaces?.Select(s => new SpaceId(s)), recorded, FromDoc(d.Provenance, at, path), type));
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static ParticipationRecord Participation(DataSetDocument doc, Reporter at)
    {
        var meetings = new List<Meeting>();
        for (var i = 0; i < doc.Meetings.Count; i++)
        {
            var m = doc.Meetings[i];
            var path = $"$.meetings[{i}]";
            if (!MeetingBodyCodes.TryParse(m.Body, out var body))
            {
                at.Add(path, "body", m.Body, "unknown meeting body; expected one of planungsbeirat, sozialraumkonferenz, gespraech_kommune, traeger_abfrage");
                continue;
            }
            if (at.Try(path, () => new Meeting(m.Id ?? "", m.Date, body, Blank(m.Space) is { } sp ? new SpaceId(sp) : (SpaceId?)null,
                    m.Domains?.Select(d => new ServiceDomain(d)), m.Title, FromDoc(m.Provenance, at, path))) is { } meeting)
                meetings.Add(meeting);
        }
        var attendances = new List<(string, string)>();
        for (var i = 0; i < doc.Attendances.Count; i++)
        {
            var a = doc.Attendances[i];
            if (Blank(a.MeetingId) is not { } mid) at.Add($"$.attendances[{i}]", "meetingId", a.MeetingId, "must not be empty");
            else if (Blank(a.ProviderId) is not { } pid) at.Add($"$.attendances[{i}]", "providerId", a.ProviderId, "must not be empty");
            else attendances.Add((mid, pid));
        }
        var agreements = new List<Agreement>();
        for (var i = 0; i < doc.Agreements.Count; i++)
        {
            var a = doc.Agreements[i];
            var path = $"$.agreements[{i}]";
            if (!AgreementStatusCodes.TryParse(a.Status, out var status)) { at.Add(path, "status", a.Status, "unknown agreement status; expected open, done or dropped"); continue; }
            if (at.Try(path, () => new Agreement(a.MeetingId ?? "", a.Text ?? "", a.Owner, a.Due, status)) is { } ag) agreements.Add(ag);
        }
        return new ParticipationRecord(meetings, attendances, agreements);
    }

    private static Provenance? FromDoc(ProvenanceDocument? d, Reporter at, string path)
    {
        if (d is null) return null;
        var kind = at.Enum<ProvenanceKind>(path + ".provenance", "kind", d.Kind);
        return kind is { } k ? at.Try(path + ".provenance", () => new Provenance(k, d.Source, d.Date)) : null;
    }

    /// <summary>lowerCamelCase of an enum member name: <c>PublicBody</c> → <c>publicBody</c>.</summary>
    internal static string Code<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private sealed class Reporter(string source, List<DataProblem> problems)
    {
        public void Add(string path, string field, string? value, string message) =>
            problems.Add(new DataProblem($"{source}: {path}", field, value, message));

        public T? Try<T>(string path, Func<T> make) where T : class
        {
            try { return make(); }
            catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
            {
                var field = e is ArgumentException ae && ae.ParamName is { } pn ? pn : "";
                var value = e is ArgumentOutOfRangeException aoe && aoe.ActualValue is { } v ? Convert.ToString(v, CultureInfo.InvariantCulture) : "";
                var message = e.Message;
                var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
                if (cut > 0) message = message[..cut];
                Add(path, field, value, message);
                return null;
            }
        }

        public T? Try<T>(string path, Func<T> make, bool _ = false) where T : struct
        {
            try { return make(); }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                var message = e.Message;
                var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
                if (cut > 0) message = message[..cut];
                Add(path, e is ArgumentException ae ? ae.ParamName ?? "" : "", e is ArgumentOutOfRangeException aoe ? Convert.ToString(aoe.ActualValue, CultureInfo.InvariantCulture) : "", message);
                return null;
            }
        }

        public T? Enum<T>(string path, string field, string? code) where T : struct, Enum
        {
            foreach (var v in System.Enum.GetValues<T>())
                if (string.Equals(Code(v), code, StringComparison.OrdinalIgnoreCase)) return v;
            Add(path, field, code, $"unknown value; expected one of {string.Join(", ", System.Enum.GetValues<T>().Select(v => Code(v)))}");
            return null;
        }

        public ValueStatus? Status(string path, string field, string? code)
        {
            if (code is null) return null;
            if (ValueStatusExtensions.TryParseCode(code, out var s)) return s;
            Add(path, field, code, "unknown status code (exact, exact_zero, rounded_zero, suppressed, not_yet_available, not_applicable, unreliable, uncertain, provisional, revised, estimated, series_break, missing)");
            return ValueStatus.Missing;
        }
    }
}
