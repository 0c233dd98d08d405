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
    // The report section "Sozialindex: Status und Dynamik": table, map, bars; sozialindex.csv.
    private sealed partial class Builder
    {
        private ReportSection SocialIndexSection()
        {
            if (index is null)
                return new ReportSection("sozialindex", L("Sozialindex: Status und Dynamik", "Social index: status and dynamics"),
                    [new ReportNote(L("Kein Sozialindex berechnet: ", "No social index computed: ") + IndexProblem, isWarning: true),
                     new ReportParagraph(L("Ohne Sozialindex gewichten Lücken und Kürzungsfolgen alle Räume mit durchschnittlichem Bedarf.", "Without a social index, gaps and impacts weight every space with average need."))]);
            // The spaces the gaps are computed for (municipalities, or Stadtteile where the data set has them); a data set whose
            // index covers other spaces only falls back to its municipalities.
            var baseIds = Municipalities.Select(s => s.Id).ToHashSet();
            var entries = index.Entries.Where(e => baseIds.Contains(e.Space)).ToArray();
            if (entries.Length == 0) entries = index.Entries.Where(e => data.Region.TryGet(e.Space, out var s) && s.Level == SpaceLevel.Municipality).ToArray();
            var rows = entries.Select(e =>
            {
                var s = data.Region[e.Space];
                return (IReadOnlyList<string>)[s.Name, N(e.Population, 0), e.HasStatus ? N(e.StatusZ, 2) : "–", ResultTables.ClassText(e.Status, _lang),
                    e.HasDynamics ? N(e.DynamicsZ, 2) : "–", ResultTables.ClassText(e.Dynamics, _lang), e.Group?.Code ?? "–"];
            });
            var table = new Table([SpaceNoun, L("Einwohner", "Population"), L("Status-z", "Status z"), L("Statusklasse", "Status class"),
                    L("Dynamik-z", "Dynamics z"), L("Dynamikklasse", "Dynamics class"), L("Gruppe", "Group")], rows,
                [ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Left],
                L($"Sozialindex nach {SpaceNoun} (höherer z-Wert = mehr Belastung)", $"Social index by {SpaceWord} (higher z = more need)"));
            var csv = new StringBuilder("space_id,space,population,status_z,status_class,dynamics_z,dynamics_class,group\n");
            foreach (var e in entries)
                csv.Append(CultureInfo.InvariantCulture, $"{e.Space},{Csv.Field(data.Region[e.Space].Name)},{Num(e.Population)},{(e.HasStatus ? R(e.StatusZ) : "")},{(e.Status == StatusClass.Unclassified ? "" : ((int)e.Status).ToString(CultureInfo.InvariantCulture))},{(e.HasDynamics ? R(e.DynamicsZ) : "")},{e.Dynamics.ToString().ToLowerInvariant()},{e.Group?.Code ?? ""}\n");

            var colours = new Dictionary<StatusClass, string>
            {
                [StatusClass.High] = Svg.ClassScale[0], [StatusClass.Medium] = Svg.ClassScale[2], [StatusClass.Low] = Svg.ClassScale[3],
                [StatusClass.VeryLow] = Svg.ClassScale[4], [StatusClass.Unclassified] = "#dddddd",
            };
            var areas = entries.Where(e => data.Region[e.Space].Boundary is not null)
                .Select(e => new MapArea(data.Region[e.Space], colours[e.Status], ResultTables.ClassText(e.Status, _lang),
                    $"{data.Region[e.Space].Name}: {ResultTables.ClassText(e.Status, _lang)}, z = {(e.HasStatus ? N(e.StatusZ, 2) : "–")}")).ToArray();
            ReportFigure? map = areas.Length == 0 ? null : new ReportFigure(
                Svg.ChoroplethMap(areas, L("Sozialindex: Statusklasse (1 hoch bis 4 sehr niedrig)", "Social index: status class (1 high to 4 very low)"),
                    [.. new[] { StatusClass.High, StatusClass.Medium, StatusClass.Low, StatusClass.VeryLow }.Select(c => (colours[c], Labels.Of(c, _lang)))], outline: CountyOutline()),
                L($"Karte: Statusklasse je {SpaceNoun}", $"Map: status class per {SpaceWord}") + (Illustrative ? L(" (illustrativ)", " (illustrative)") : ""));
            var bars = new ReportFigure(Svg.BarChart(entries.Where(e => e.HasStatus).OrderByDescending(e => e.StatusZ)
                    .Select(e => (data.Region[e.Space].Name, e.StatusZ, N(e.StatusZ, 2), e.StatusZ > 1 ? Svg.ClassScale[4] : e.StatusZ < -1 ? Svg.ClassScale[0] : "#999999")).ToArray(),
                    L("Sozialindex: Status-z-Wert (Standardabweichungen, höher = mehr Belastung)", "Social index: status z (standard deviations, higher = more need)")),
                L($"Sozialindex je {SpaceNoun}", $"Social index by {SpaceWord}") + (Illustrative ? L(" (illustrativ)", " (illustrative)") : ""));
            var notes = index.Notes.Count > 0 ? new ReportList(index.Notes.Select(n => L("Rechenhinweis: ", "Computation note: ") + ResultTables.IndexNote(n, Name, _lang))) : null;
            return new ReportSection("sozialindex", L("Sozialindex: Status und Dynamik", "Social index: status and dynamics"), With(
                new ReportParagraph(L($"Der Sozialindex fasst die Indikatoren {string.Join(", ", index.StatusIndicators)} (Stand {Date(index.StatusPeriod)}) gleich gewichtet zu einem Belastungsindex zusammen, z-standardisiert über die {SpacesWord}. Klasse 1 „hoch“ ist der beste soziale Status, 4 „sehr niedrig“ der schlechteste; die Dynamik zeigt die Veränderung über zwei Jahre („positiv“ = Belastung sinkt).",
                                      $"The social index combines the indicators {string.Join(", ", index.StatusIndicators)} (as of {Date(index.StatusPeriod)}) with equal weights into a need index, z-standardised over the {SpacesWord}. Class 1 'high' is the best social status, 4 'very low' the worst; dynamics show the change over two years ('positive' = need falling).")),
                new ReportTable(table, "sozialindex.csv", csv.ToString()), map, bars, notes, IllustrativeNote(L("Indexwerte", "Index values"))));
        }
    }
}
