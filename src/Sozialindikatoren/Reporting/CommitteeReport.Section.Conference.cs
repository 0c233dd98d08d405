using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using Sozialindikatoren.Analysis;
using Sozialindikatoren.Composite;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

public static partial class CommitteeReport
{
    // The report section "Was die Sozialraumkonferenzen sagen".
    private sealed partial class Builder
    {
        /// <summary>Header of konferenzen.csv: one row per statement; norms and coverage_pct <c>|</c>-separated in the same order.</summary>
        internal const string ConferenceHeader = "statement_id,space_id,domain,rating,norms,coverage_pct,agreement";

        private ReportSection ConferenceSection()
        {
            var rows = gaps.Conference;
            string Coverage(StatementAssessment a) => a.Row?.CoveragePercent is { } c ? P(c, 0) : "–";
            string NormName(StatementAssessment a) => a.Row is { } r ? $"{r.Norm.LabelIn(_lang)} ({UnitName(r.Unit)})" : L("kein Richtwert", "no norm");
            var table = new Table([L("Raum", "Space"), L("Handlungsfeld", "Domain"), L("Einschätzung", "Rating"), L("Richtwert: Versorgungsgrad", "Norm: coverage"), L("Übereinstimmung", "Agreement"), L("Aussage", "Statement"), L("Quelle", "Source")],
                rows.Select(a => (IReadOnlyList<string>)[Name(a.Statement.Space), DomainName(a.Statement.Domain), Labels.Of(a.Statement.Rating, _lang),
                    string.Join("; ", a.ByNorm.Select(n => $"{NormName(n)}: {Coverage(n)}")), Labels.Of(a.Agreement, _lang), a.Statement.Text, $"{a.Statement.Source}, {Date(a.Statement.Date)}"]),
                [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left],
                L("Aussagen aus Sozialraumkonferenzen und ihr Abgleich mit den Daten (eine Zeile je Aussage)", "Social-space conference statements checked against the data (one row per statement)"));
            var csv = new StringBuilder(ConferenceHeader).Append('\n');
            foreach (var a in rows)
                csv.Append(CultureInfo.InvariantCulture, $"{a.Index},{Csv.Field(a.Statement.Space.Value)},{Csv.Field(a.Statement.Domain.Code)},{RatingCode(a.Statement.Rating)},")
                   .Append(Csv.Field(string.Join("|", a.ByNorm.Select(n => n.Row?.Norm.Label ?? "")))).Append(',')
                   .Append(Csv.Field(string.Join("|", a.ByNorm.Select(n => n.Row?.CoveragePercent is { } c ? R(c) : "")))).Append(',')
                   .Append(AgreementCode(a.Agreement)).Append('\n');
            return new ReportSection("sozialraumkonferenzen", L("Was die Sozialraumkonferenzen sagen", "What the social-space conferences say"), With(
                rows.Count == 0 ? new ReportParagraph(L("Keine Aussagen erfasst.", "No statements recorded.")) : null,
                new ReportTable(table, "konferenzen.csv", csv.ToString()),
                new ReportParagraph(L("Jede Aussage wird mit jedem Richtwert ihres Handlungsfelds verglichen (z. B. Plätze und VZÄ); die Übereinstimmung fasst die Vergleiche zusammen (alle stimmen überein, alle widersprechen, sonst teilweise). Ein Widerspruch heißt: Daten oder Wahrnehmung prüfen – fehlen Angebote im Bestand oder sind Angebote gezählt, die den Raum nicht versorgen, passt der Richtwert nicht, oder sieht die Konferenz etwas, das die Zahlen nicht zeigen (Wartelisten, Qualität, Erreichbarkeit)?",
                                      "Each statement is compared with every norm of its domain (e.g. places and FTE); the agreement combines the comparisons (all agree, all disagree, otherwise partly). A disagreement means: check the data or the perception – are offerings missing from the inventory or counted although they do not serve the space, does the norm not fit, or does the conference see something the figures do not show (waiting lists, quality, access)?")),
                IllustrativeNote(L("Die Aussagen", "The statements"))));
        }

        private static string RatingCode(SupplyRating r) => r switch
        {
            SupplyRating.OverSupplied => "overSupplied",
            SupplyRating.Adequate => "adequate",
            SupplyRating.UnderSupplied => "underSupplied",
            _ => "severelyUnderSupplied",
        };

        private static string AgreementCode(StatementAgreement a) => a switch
        {
            StatementAgreement.Agrees => "agrees",
            StatementAgreement.PartlyAgrees => "partly_agrees",
            StatementAgreement.Disagrees => "disagrees",
            _ => "not_comparable",
        };
    }
}
