using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Csv;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Participation;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Data;

/// <summary>
/// The participation tables of a data folder or workbook (<em>Beteiligung</em>): <c>sitzungen</c> (meetings),
/// <c>teilnahmen</c> (who took part) and <c>vereinbarungen</c> (agreements), with their German headers; read through
/// the one row path (<see cref="DataFolderTables.Read"/>), so CSV files and sheets share every rule.
/// </summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class ParticipationTables
{
    internal static IReadOnlyList<CsvColumn> Meetings { get; } =
    [
        new("id", "Sitzung-ID", true, "sitzung", "meeting_id"),
        new("date", "Datum", true),
        new("body", "Gremium", true, "format"),
        new("space_id", "Raum-ID", false, "raum_id", "sozialraum"),
        new("domains", "Handlungsfelder", false, "themen"),
        new("title", "Titel", false, "bezeichnung"),
        new("provenance", "Herkunft", false),
    ];

    internal static IReadOnlyList<CsvColumn> Attendances { get; } =
    [
        new("meeting_id", "Sitzung-ID", true, "sitzung"),
        new("provider_id", "Träger-ID", true, "traeger_id", "traeger"),
    ];

    internal static IReadOnlyList<CsvColumn> Agreements { get; } =
    [
        new("meeting_id", "Sitzung-ID", true, "sitzung"),
        new("text", "Vereinbarung", true, "vereinbarung", "auftrag"),
        new("owner", "zuständig", false, "zustaendig", "verantwortlich"),
        new("due", "fällig", false, "faellig", "frist"),
        new("status", "Stand", false, "stand"),
    ];

    /// <summary>Reads whichever of the three tables exist into one record (empty when none exists).</summary>
    internal static ParticipationRecord Read(TableSource? meetingsFile, TableSource? attendancesFile, TableSource? agreementsFile,
        CsvReadOptions? options, IReadOnlyDictionary<string, string>? declaredDomains, List<DataProblem> problems, ICollection<DataProblem>? notes)
    {
        var meetings = new List<Meeting>();
        if (meetingsFile is not null)
            DataFolderTables.Read(meetingsFile, Meetings, options, problems, notes, (t, c) =>
            {
                int id = c["id"], date = c["date"], body = c["body"], space = c["space_id"], domains = c["domains"], title = c["title"], prov = c["provenance"];
                while (t.Read())
                {
                    var hasDate = t.TryDate(date, PeriodEnd.End, out var d);
                    if (!MeetingBodyCodes.TryParse(t[body], out var b))
                    {
                        t.Error(body, null, t[body], "unknown body (Gremium); allowed: Planungsbeirat (planungsbeirat), Sozialraumkonferenz (sozialraumkonferenz), Gespräch in der Kommune (gespraech_kommune), Träger-Abfrage (traeger_abfrage)");
                        continue;
                    }
                    var list = new List<ServiceDomain>();
                    var ok = true;
                    foreach (var code in t[domains].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (CodedValues.TryParseDomain(code, declaredDomains, out var dom)) list.Add(dom);
                        else { t.Error(domains, null, code, CodedValues.AllowedDomains(declaredDomains)); ok = false; }
                    }
                    var p = InventoryCsv.ParseProvenance(t[prov], "provenance", (f, v, m) => t.Error(prov, f, v, m));
                    if (!hasDate || !ok) continue;
                    try { meetings.Add(new Meeting(t[id], d, b, t[space].Length > 0 ? new SpaceId(t.SpaceKey(space)) : (SpaceId?)null, list, t[title], p)); }
                    catch (ArgumentException e) { t.Error(e.ParamName == "space" ? space : id, null, e.ParamName == "space" ? t[space] : t[id], DataFolderTables.Clean(e)); }
                }
            });
        var attendances = new List<(string, string)>();
        if (attendancesFile is not null)
            DataFolderTables.Read(attendancesFile, Attendances, options, problems, notes, (t, c) =>
            {
                int meeting = c["meeting_id"], provider = c["provider_id"];
                while (t.Read())
                {
                    if (t[meeting].Length == 0) { t.Error(meeting, null, "", "must not be empty"); continue; }
                    if (t[provider].Length == 0) { t.Error(provider, null, "", "must not be empty"); continue; }
                    attendances.Add((t[meeting], t[provider]));
                }
            });
        var agreements = new List<Agreement>();
        if (agreementsFile is not null)
            DataFolderTables.Read(agreementsFile, Agreements, options, problems, notes, (t, c) =>
            {
                int meeting = c["meeting_id"], text = c["text"], owner = c["owner"], due = c["due"], status = c["status"];
                while (t.Read())
                {
                    NodaTime.LocalDate? dueDate = null;
                    if (t[due].Length > 0) { if (t.TryDate(due, PeriodEnd.End, out var dd)) dueDate = dd; else continue; }
                    if (!AgreementStatusCodes.TryParse(t[status], out var st)) { t.Error(status, null, t[status], "unknown status (Stand); allowed: offen (open), erledigt (done), entfallen (dropped)"); continue; }
                    try { agreements.Add(new Agreement(t[meeting], t[text], t[owner], dueDate, st)); }
                    catch (ArgumentException e) { t.Error(e.ParamName == "text" ? text : meeting, null, e.ParamName == "text" ? t[text] : t[meeting], DataFolderTables.Clean(e)); }
                }
            });
        return new ParticipationRecord(meetings, attendances, agreements);
    }
}
