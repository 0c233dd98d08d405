using System.Globalization;
using System.Text;
using Sozialindikatoren.Participation;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

public static partial class CommitteeReport
{
    // The report section "Beteiligung der freien Träger": meetings per body and year, which providers took part and
    // which affected providers did not, open agreements; beteiligung.csv.
    private sealed partial class Builder
    {
        /// <summary>Header of beteiligung.csv (one row per provider, by provider id; written also when empty).</summary>
        internal const string ParticipationHeader = "provider_id,provider,meetings,meetings_in_window,last_meeting,consulted,affected_offerings";

        private ParticipationSummary Participation => _participation ??= ParticipationSummary.Compute(data.Participation, data.Providers, AsOf);
        private ParticipationSummary? _participation;

        /// <summary>Provider ids of the offerings the scenario cuts (lost funding or capacity), with those offerings' names.</summary>
        private Dictionary<string, List<string>> AffectedByProvider() => cuts.Offerings
            .Where(o => o.LostFunding > 0 || o.CapacityAfter.Amount < o.CapacityBefore.Amount)
            .GroupBy(o => o.Offering.ProviderId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(o => o.Offering.Name).ToList(), StringComparer.Ordinal);

        private ReportSection ParticipationSection()
        {
            var s = Participation;
            var affected = AffectedByProvider();
            var csv = new StringBuilder(ParticipationHeader).Append('\n');
            foreach (var p in s.Providers)
                csv.Append(CultureInfo.InvariantCulture, $"{Csv.Field(p.Provider.Id)},{Csv.Field(p.Provider.Name)},{p.Meetings},{p.MeetingsInWindow},{(p.LastMeeting is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")},{(p.Consulted ? "true" : "false")},{(affected.TryGetValue(p.Provider.Id, out var a) ? a.Count : 0)}\n");
            var providerTable = new Table([L("Träger", "Provider"), L("Sitzungen", "Meetings"), L($"davon in den letzten {N(s.WindowYears, 0)} Jahren", $"of these in the last {N(s.WindowYears, 0)} years"),
                    L("zuletzt", "Last"), L("gekürzte Angebote", "Offerings cut")],
                s.Providers.Select(p => (IReadOnlyList<string>)[p.Provider.Name, N(p.Meetings, 0), N(p.MeetingsInWindow, 0), p.LastMeeting is { } d ? Date(d) : "–",
                    affected.TryGetValue(p.Provider.Id, out var a) ? N(a.Count, 0) : "0"]),
                [ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Right], L("Beteiligung je Träger", "Participation by provider"));
            if (!s.HasRecord)
                return new ReportSection("beteiligung", L("Beteiligung der freien Träger", "Participation of the free providers"), With(
                    new ReportNote(L("Der Datensatz enthält keine Sitzungen, Teilnahmen oder Vereinbarungen (Tabellen sitzungen, teilnahmen, vereinbarungen): ob die Träger regelmäßig beteiligt werden, lässt sich aus den Daten nicht sagen.",
                                     "The data set holds no meetings, attendances or agreements (tables sitzungen, teilnahmen, vereinbarungen): whether providers are consulted regularly cannot be told from the data."), isWarning: true),
                    new ReportTable(providerTable, "beteiligung.csv", csv.ToString())));
            var counts = new Table([L("Jahr", "Year"), L("Gremium", "Body"), L("Sitzungen", "Meetings"), L("Teilnahmen von Trägern", "Provider attendances")],
                s.Counts.Select(c => (IReadOnlyList<string>)[c.Year.ToString(CultureInfo.InvariantCulture), Labels.Of(c.Body, _lang), N(c.Meetings, 0), N(c.Participations, 0)]),
                [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right], L("Sitzungen je Jahr und Gremium (bis zum Stichtag)", "Meetings per year and body (up to the reference date)"));
            var beirat = s.MeetingsInWindow(MeetingBody.Planungsbeirat);
            var consulted = s.Providers.Count(p => p.Consulted);
            var notConsulted = s.Providers.Where(p => !p.Consulted && affected.ContainsKey(p.Provider.Id)).Select(p => p.Provider.Name).ToArray();
            var answer = L($"In den {N(s.WindowYears, 0)} Jahren vor dem Stichtag tagte der Planungsbeirat {N(beirat, 0)}-mal; {N(consulted, 0)} von {N(s.Providers.Count, 0)} Trägern nahmen an mindestens einer Sitzung teil. "
                           + (notConsulted.Length == 0 ? "Alle Träger gekürzter Angebote waren in diesem Zeitraum beteiligt." : $"Nicht beteiligt waren {N(notConsulted.Length, 0)} Träger gekürzter Angebote: {EndSentence(string.Join(", ", notConsulted))}"),
                           $"In the {N(s.WindowYears, 0)} years before the reference date the planning advisory board met {N(beirat, 0)} times; {N(consulted, 0)} of {N(s.Providers.Count, 0)} providers attended at least one meeting. "
                           + (notConsulted.Length == 0 ? "Every provider of a cut offering took part in that period." : $"{N(notConsulted.Length, 0)} providers of cut offerings did not take part: {EndSentence(string.Join(", ", notConsulted))}"));
            var agreements = new Table([L("Sitzung", "Meeting"), L("Vereinbarung", "Agreement"), L("zuständig", "Owner"), L("fällig", "Due"), L("Stand", "Status")],
                s.OpenAgreements.Select(a => (IReadOnlyList<string>)[MeetingName(a.MeetingId), a.Text, a.Owner ?? "–", a.Due is { } d ? Date(d) : "–",
                    a.IsOverdue(AsOf) ? L("offen, überfällig", "open, overdue") : Labels.Of(a.Status, _lang)]),
                [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left], L("Offene Vereinbarungen", "Open agreements"));
            return new ReportSection("beteiligung", L("Beteiligung der freien Träger: finden regelmäßige Abstimmungen statt?", "Participation of the free providers: are they consulted regularly?"), With(
                new ReportParagraph(answer), new ReportTable(counts, null, null), new ReportTable(providerTable, "beteiligung.csv", csv.ToString()),
                s.OpenAgreements.Count > 0 ? new ReportTable(agreements, null, null) : new ReportParagraph(L("Es sind keine offenen Vereinbarungen erfasst.", "No open agreements are recorded.")),
                new ReportParagraph(L($"Als beteiligt gilt ein Träger, der in den {N(s.WindowYears, 0)} Jahren vor dem Stichtag an mindestens einer Sitzung (Planungsbeirat, Sozialraumkonferenz, Gespräch in der Kommune, Träger-Abfrage) teilgenommen hat; Sitzungen nach dem Stichtag gelten als geplant.",
                                      $"A provider counts as consulted when it attended at least one meeting (planning advisory board, social space conference, talk in a municipality, provider survey) in the {N(s.WindowYears, 0)} years before the reference date; meetings after the reference date count as planned.")),
                data.Participation.Meetings.Any(m => m.Provenance?.NeedsLabel == true) ? IllustrativeNote(L("Die Sitzungen und Teilnahmen", "The meetings and attendances")) : null));
        }

        /// <summary>Ends a sentence with a full stop unless it already ends with one (a name such as "… e.V.").</summary>
        private static string EndSentence(string text) => text.EndsWith('.') ? text : text + ".";

        private string MeetingName(string id) => data.Participation.MeetingsById.TryGetValue(id, out var m)
            ? (m.Title ?? Labels.Of(m.Body, _lang)) + ", " + Date(m.Date) : id;

        /// <summary>The next-steps item of the participation record: involve the providers of cut offerings that were not consulted in the next Planungsbeirat.</summary>
        private string? ParticipationStep()
        {
            var s = Participation;
            if (!s.HasRecord) return L("Beteiligung dokumentieren: Sitzungen des Planungsbeirats und der Sozialraumkonferenzen mit Teilnehmenden und Vereinbarungen erfassen (Tabellen sitzungen, teilnahmen, vereinbarungen).",
                                       "Record participation: the meetings of the planning advisory board and the conferences with attendees and agreements (tables sitzungen, teilnahmen, vereinbarungen).");
            var affected = AffectedByProvider();
            var missing = s.Providers.Where(p => !p.Consulted && affected.ContainsKey(p.Provider.Id)).ToArray();
            if (missing.Length == 0) return null;
            var next = s.NextMeeting(MeetingBody.Planungsbeirat);
            var when = next is null ? L("in der nächsten Sitzung des Planungsbeirats", "at the next meeting of the planning advisory board")
                                    : L($"im nächsten Planungsbeirat am {Date(next.Date)}", $"at the next planning advisory board on {Date(next.Date)}");
            var who = string.Join("; ", missing.Select(p => $"{p.Provider.Name} ({string.Join(", ", affected[p.Provider.Id])})"));
            return L($"Träger gekürzter Angebote, die nicht beteiligt waren, {when} einbeziehen: {who} (Tabelle beteiligung.csv).",
                     $"Involve the providers of cut offerings that were not consulted {when}: {who} (table beteiligung.csv).");
        }
    }
}
