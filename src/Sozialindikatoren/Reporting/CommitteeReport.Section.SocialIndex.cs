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
                ClassesParagraph(entries.Count(e => e.HasStatus)),
                new ReportTable(table, "sozialindex.csv", csv.ToString()), map, bars, notes, IllustrativeNote(L("Indexwerte", "Index values"))));
        }

        /// <summary>Below this many classified spaces the report warns that the fixed MSS cut-offs (made for the Berlin
        /// MSS with several hundred Planungsräume) leave the outer classes nearly empty.</summary>
        private const int FewSpacesForMss = 100;

        /// <summary>Which class method the index uses (<see cref="SocialIndexOptions.Classes"/>) and what its classes mean
        /// for the number of spaces classified.</summary>
        private ReportParagraph ClassesParagraph(int classified)
        {
            var method = analysis.Options.SocialIndex.Classes;
            var cut = analysis.Options.SocialIndex.Cutoffs;
            var n = N(classified, 0);
            if (method == ClassMethod.Quantile)
                return new ReportParagraph(L(
                    $"Klassenbildung: {Labels.Of(method, _lang)} (Option --classes quantile) über die {n} {SpacesDative} mit Indexwert – Status in Quartilen des Status-z (je etwa ein Viertel der {SpacesWord} je Klasse, Klasse 4 = das belastetste Viertel), Dynamik in Terzilen. Die Klassen sind relativ zum Kreis: Klasse 4 heißt „unter den belastetsten {SpacesDative} des Kreises“, nicht „sehr niedriger Status“ nach festen Grenzen.",
                    $"Classes: {Labels.Of(method, _lang)} (option --classes quantile) over the {n} {SpacesDative} with an index value – status in quartiles of the status z (about a quarter of the {SpacesWord} per class, class 4 = the quarter with the most need), dynamics in terciles. The classes are relative to the county: class 4 means 'among the {SpacesWord} with the most need in the county', not 'very low status' by fixed cut-offs."));
            var few = classified < FewSpacesForMss;
            return new ReportParagraph(L(
                $"Klassenbildung: {Labels.Of(method, _lang)} (Option --classes mss, Standard): Klasse 1 unter {N(cut.Status1, 1)}, 2 bis {N(cut.Status2, 1)}, 3 bis {N(cut.Status3, 1)}, 4 darüber; Dynamik positiv unter {N(cut.DynamicsLower, 1)}, negativ über {N(cut.DynamicsUpper, 1)}."
                + (few ? $" Diese Grenzen wurden für das Berliner Monitoring Soziale Stadtentwicklung mit mehreren hundert Planungsräumen gemacht; bei {n} {SpacesDative} fallen nur wenige oder keine in die äußeren Klassen, ein einzelner Raum verschiebt Mittelwert und Streuung deutlich. Die Klassen sind hier grob; --classes quantile bildet stattdessen Quantilsklassen (Quartile)." : ""),
                $"Classes: {Labels.Of(method, _lang)} (option --classes mss, default): class 1 below {N(cut.Status1, 1)}, 2 up to {N(cut.Status2, 1)}, 3 up to {N(cut.Status3, 1)}, 4 above; dynamics positive below {N(cut.DynamicsLower, 1)}, negative above {N(cut.DynamicsUpper, 1)}."
                + (few ? $" These cut-offs were made for the Berlin Monitoring Soziale Stadtentwicklung with several hundred planning areas; with {n} {SpacesWord} few or none fall into the outer classes, and a single space shifts mean and spread markedly. The classes are coarse here; --classes quantile forms quantile classes (quartiles) instead." : "")));
        }
    }
}
