using NodaTime;
using Sozialindikatoren.Analysis;
using Sozialindikatoren.Common;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Data.Json;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Participation;
using Sozialindikatoren.Reporting;
using Sample = Sozialindikatoren.Samples.SiegenWittgenstein;

namespace Sozialindikatoren.Tests.Participation;

public class ParticipationTests
{
    private static readonly Provider A = new("a", "Träger A", ProviderAssociation.Diakonie);
    private static readonly Provider B = new("b", "Träger B", ProviderAssociation.Caritas);
    private static readonly Provider C = new("c", "Träger C", ProviderAssociation.Awo);

    private static ParticipationRecord Record() => new(
        [
            new Meeting("pb1", new LocalDate(2023, 5, 1), MeetingBody.Planungsbeirat),
            new Meeting("pb2", new LocalDate(2024, 5, 1), MeetingBody.Planungsbeirat),
            new Meeting("srk", new LocalDate(2024, 10, 1), MeetingBody.Sozialraumkonferenz),
            new Meeting("old", new LocalDate(2021, 3, 1), MeetingBody.Planungsbeirat),
            new Meeting("pb3", new LocalDate(2025, 3, 12), MeetingBody.Planungsbeirat),
        ],
        [("pb1", "a"), ("pb2", "a"), ("srk", "a"), ("srk", "b"), ("old", "c"), ("pb3", "c")],
        [
            new Agreement("pb2", "Bericht vorlegen", "Sozialplanung", new LocalDate(2024, 12, 1), AgreementStatus.Open),
            new Agreement("srk", "Wartezeiten erheben", null, new LocalDate(2025, 6, 1), AgreementStatus.Open),
            new Agreement("pb1", "Abfrage", null, null, AgreementStatus.Done),
        ]);

    private static Planning.PlanningData ReadJson(string json) => PlanningDataJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Summary_counts_meetings_per_body_and_year_and_who_was_consulted_within_the_window()
    {
        var s = ParticipationSummary.Compute(Record(), [A, B, C], new LocalDate(2025, 1, 1));
        // Held up to the Stichtag: old (2021), pb1 (2023), pb2 (2024), srk (2024); pb3 is planned.
        Assert.Equal([(MeetingBody.Planungsbeirat, 2021, 1, 1), (MeetingBody.Planungsbeirat, 2023, 1, 1), (MeetingBody.Planungsbeirat, 2024, 1, 1), (MeetingBody.Sozialraumkonferenz, 2024, 1, 2)],
            s.Counts.Select(c => (c.Body, c.Year, c.Meetings, c.Participations)));
        Assert.Equal(2, s.MeetingsInWindow(MeetingBody.Planungsbeirat));   // pb1, pb2 within 2 years; old is outside
        Assert.True(s.IsConsulted("a"));
        Assert.True(s.IsConsulted("b"));
        Assert.False(s.IsConsulted("c"));   // only the 2021 meeting and a planned one
        var c = s.Providers.Single(p => p.Provider.Id == "c");
        Assert.Equal((1, 0, new LocalDate(2021, 3, 1)), (c.Meetings, c.MeetingsInWindow, c.LastMeeting!.Value));
        Assert.Equal("pb3", s.NextMeeting(MeetingBody.Planungsbeirat)!.Id);
        Assert.Null(s.NextMeeting(MeetingBody.TraegerAbfrage));
        Assert.Equal(["Bericht vorlegen", "Wartezeiten erheben"], s.OpenAgreements.Select(a => a.Text));
        Assert.True(s.OpenAgreements[0].IsOverdue(s.AsOf));
        Assert.False(s.OpenAgreements[1].IsOverdue(s.AsOf));
    }

    [Fact]
    public void A_longer_window_counts_older_meetings()
    {
        var s = ParticipationSummary.Compute(Record(), [A, B, C], new LocalDate(2025, 1, 1), windowYears: 4);
        Assert.True(s.IsConsulted("c"));
        Assert.Equal(3, s.MeetingsInWindow(MeetingBody.Planungsbeirat));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParticipationSummary.Compute(Record(), [A], new LocalDate(2025, 1, 1), windowYears: 0));
    }

    [Fact]
    public void Record_problems_name_table_index_field_and_value()
    {
        var r = new ParticipationRecord([new Meeting("m", new LocalDate(2024, 1, 1), MeetingBody.Planungsbeirat), new Meeting("m", new LocalDate(2024, 2, 1), MeetingBody.Planungsbeirat)],
            [("m", "a"), ("m", "a"), ("x", "a")], [new Agreement("y", "t", null, null, AgreementStatus.Open)]);
        var p = r.Problems();
        Assert.Contains(("meetings", 1, "id", "m", "repeated meeting id"), p);
        Assert.Contains(p, x => x.Table == "attendances" && x.Index == 1 && x.Message.StartsWith("repeated attendance", StringComparison.Ordinal));
        Assert.Contains(("attendances", 2, "meetingId", "x", "unknown meeting"), p);
        Assert.Contains(("agreements", 0, "meetingId", "y", "unknown meeting"), p);
        Assert.Throws<ArgumentException>(() => new Meeting(" ", new LocalDate(2024, 1, 1), MeetingBody.Planungsbeirat));
        Assert.Throws<ArgumentException>(() => new Agreement("m", "", null, null, AgreementStatus.Open));
    }

    [Fact]
    public void Codes_and_German_names_parse()
    {
        Assert.True(MeetingBodyCodes.TryParse("Gespräch in der Kommune", out var b) && b == MeetingBody.GespraechKommune);
        Assert.True(MeetingBodyCodes.TryParse("Träger-Abfrage", out b) && b == MeetingBody.TraegerAbfrage);
        Assert.False(MeetingBodyCodes.TryParse("Stammtisch", out _));
        foreach (var body in Enum.GetValues<MeetingBody>()) Assert.True(MeetingBodyCodes.TryParse(body.ToCode(), out var back) && back == body);
        Assert.True(AgreementStatusCodes.TryParse("erledigt", out var st) && st == AgreementStatus.Done);
        Assert.True(AgreementStatusCodes.TryParse("", out st) && st == AgreementStatus.Open);
    }

    [Fact]
    public void Sample_round_trips_through_json_and_the_data_set_checks_references()
    {
        var data = Sample.Load();
        Assert.NotEmpty(data.Participation.Meetings);
        var back = ReadJson(PlanningDataJson.WriteString(data));
        Assert.Equal(data.Participation.Meetings.Select(m => (m.Id, m.Date, m.Body, m.Space, m.Title)), back.Participation.Meetings.Select(m => (m.Id, m.Date, m.Body, m.Space, m.Title)));
        Assert.Equal(data.Participation.Attendances, back.Participation.Attendances);
        Assert.Equal(data.Participation.Agreements.Select(a => (a.MeetingId, a.Text, a.Status, a.Due)), back.Participation.Agreements.Select(a => (a.MeetingId, a.Text, a.Status, a.Due)));
        Assert.Equal(data.ConferenceStatements.Select(c => c.MeetingId), back.ConferenceStatements.Select(c => c.MeetingId));
        Assert.Contains(data.ConferenceStatements, c => c.MeetingId == "srk-siegerland-2024");

        var json = PlanningDataJson.WriteString(data).Replace("\"providerId\": \"psz-verein\"", "\"providerId\": \"niemand\"", StringComparison.Ordinal)
            .Replace("\"body\": \"gespraech_kommune\"", "\"body\": \"stammtisch\"", StringComparison.Ordinal);
        var e = Assert.Throws<DataProblemException>(() => ReadJson(json));
        Assert.Contains(e.Problems, p => p.Field == "providerId" && p.Value == "niemand" && p.Message == "unknown provider");
        Assert.Contains(e.Problems, p => p.Field == "body" && p.Value == "stammtisch");
    }

    [Fact]
    public void Report_answers_whether_providers_are_consulted_and_names_the_next_planungsbeirat()
    {
        var a = PlanningAnalysis.Run(Sample.Load(), new PlanningAnalysisOptions(cuts: new CutOptions { Draws = 0 }, budgetPerYear: 100_000m));
        var doc = CommitteeReport.Build(a, new CommitteeReportOptions()).Document;
        var section = doc.Sections.Single(s => s.Id == "beteiligung");
        var md = doc.ToMarkdown();
        Assert.Contains("tagte der Planungsbeirat 4-mal", md, StringComparison.Ordinal);   // 2023-05-10 to 2024-11-13 lie within two years before 01.01.2025; 12.03.2025 is planned
        var csv = section.Blocks.OfType<ReportTable>().Single(t => t.CsvName == "beteiligung.csv").Csv!;
        Assert.StartsWith("provider_id,provider,meetings,meetings_in_window,last_meeting,consulted,affected_offerings\n", csv, StringComparison.Ordinal);
        Assert.Contains("\npsz-verein,", csv, StringComparison.Ordinal);
        Assert.Contains("\naidshilfe,", csv, StringComparison.Ordinal);
        Assert.Matches(@"\naidshilfe,[^\n]*,0,0,,false,[1-9]", csv);   // a cut offering's provider who never took part
        Assert.Contains("im nächsten Planungsbeirat am 12.03.2025 einbeziehen", md, StringComparison.Ordinal);
        Assert.Contains("Katholisches Jugendwerk Siegen-Wittgenstein e.V.\n", md, StringComparison.Ordinal);   // no second full stop after "e.V."
        Assert.Contains("(illustrativ)", string.Join(" ", section.Blocks.OfType<ReportNote>().Select(n => n.Text)) + " (illustrativ)", StringComparison.Ordinal);
        var en = CommitteeReport.Build(a, new CommitteeReportOptions { Language = Sozialindikatoren.Text.Language.English }).Document.ToMarkdown();
        Assert.Contains("at the next planning advisory board on 2025-03-12", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_record_the_report_says_nothing_is_recorded_never_no_meetings()
    {
        var d = Sample.Load();
        var data = new Planning.PlanningData(d.Name, d.Region, d.Providers, d.Offerings, d.Indicators,
            d.ConferenceStatements.Select(c => new ConferenceStatement(c.Space, c.Domain, c.Rating, c.Text, c.Date, c.Source, c.Provenance)), d.ProviderStatements, d.Description);
        var a = PlanningAnalysis.Run(data, new PlanningAnalysisOptions(cuts: new CutOptions { Draws = 0 }));
        var md = CommitteeReport.Build(a, new CommitteeReportOptions()).Document.ToMarkdown();
        Assert.Contains("Der Datensatz enthält keine Sitzungen", md, StringComparison.Ordinal);
        Assert.Contains("Beteiligung dokumentieren", md, StringComparison.Ordinal);
    }
}
