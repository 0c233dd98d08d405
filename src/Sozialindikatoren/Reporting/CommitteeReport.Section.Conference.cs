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
        private ReportSection ConferenceSection()
        {
            var table = new Table([L("Raum", "Space"), L("Handlungsfeld", "Domain"), L("Einschätzung", "Rating"), L("Datenlage", "Data"), L("Übereinstimmung", "Agreement"), L("Aussage", "Statement"), L("Quelle", "Source")],
                gaps.Statements.Select(a => (IReadOnlyList<string>)[Name(a.Statement.Space), DomainName(a.Statement.Domain), Labels.Of(a.Statement.Rating, _lang),
                    a.Row?.CoveragePercent is { } c ? P(c, 0) : "–", Labels.Of(a.Agreement, _lang), a.Statement.Text, $"{a.Statement.Source}, {Date(a.Statement.Date)}"]),
                [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left],
                L("Aussagen aus Sozialraumkonferenzen und ihr Abgleich mit den Daten", "Social-space conference statements checked against the data"));
            return new ReportSection("sozialraumkonferenzen", L("Was die Sozialraumkonferenzen sagen", "What the social-space conferences say"), With(
                gaps.Statements.Count == 0 ? new ReportParagraph(L("Keine Aussagen erfasst.", "No statements recorded.")) : new ReportTable(table),
                IllustrativeNote(L("Die Aussagen", "The statements"))));
        }
    }
}
