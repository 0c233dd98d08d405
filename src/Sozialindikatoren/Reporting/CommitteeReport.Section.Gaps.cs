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
    // The report section "Wo sich Unterversorgung schon heute zeigt": findings, county table, map, bars; befunde.csv, versorgung.csv.
    private sealed partial class Builder
    {
        private static string ClassColour(CoverageClass c) => c switch
        {
            CoverageClass.Severe => Svg.ClassScale[4],
            CoverageClass.Under => Svg.ClassScale[3],
            CoverageClass.Adequate => Svg.ClassScale[2],
            CoverageClass.Over => Svg.ClassScale[0],
            CoverageClass.NotSurveyed => "#ffffff",
            _ => "#dddddd",
        };

        private ReportSection GapsSection()
        {
            var notSurveyed = gaps.Norms.Norms.Where(n => n.NotSurveyed).ToArray();
            var keys = gaps.Rows.Where(r => !r.IsAggregate).Select(r => (r.Domain, r.Unit)).Distinct().OrderBy(k => k.Domain).ThenBy(k => k.Unit).ToArray();
            var municipalities = Municipalities;
            var matrixRows = municipalities.Select(m => (IReadOnlyList<string>)new[] { m.Name }.Concat(keys.Select(k =>
            {
                var row = gaps.Rows.FirstOrDefault(r => !r.IsAggregate && r.Space.Id == m.Id && r.Domain == k.Domain && r.Unit == k.Unit);
                if (row?.Class == CoverageClass.NotSurveyed) return L("n. e.", "n. s.");
                if (row?.CoveragePercent is not { } c) return "–";
                return P(c, 0) + (row.Class == CoverageClass.Severe ? " ‼" : row.Class == CoverageClass.Under ? " !" : "");
            })).ToArray());
            var matrix = new Table(new[] { SpaceNoun }.Concat(keys.Select(k => $"{DomainName(k.Domain)} ({UnitName(k.Unit)})")).ToArray(), matrixRows,
                new[] { ColumnAlignment.Left }.Concat(keys.Select(_ => ColumnAlignment.Right)).ToArray(),
                L($"Versorgungsgrad je {SpaceNoun} und Handlungsfeld (! unter 75 %, ‼ unter 50 %{(notSurveyed.Length > 0 ? ", n. e. nicht erhoben" : "")})", $"Coverage by {SpaceWord} and domain (! below 75 %, ‼ below 50 %{(notSurveyed.Length > 0 ? ", n. s. not surveyed" : "")})"));

            var county = gaps.Rows.Where(r => r.IsAggregate && r.Space.Level == SpaceLevel.County).OrderBy(r => r.Domain).ThenBy(r => r.Unit).ToArray();
            var countyTable = new Table([L("Handlungsfeld", "Domain"), L("Einheit", "Unit"), L("Bedarf", "Demand"), L("Bestand", "Supply"), L("Versorgungsgrad", "Coverage"), L("Klasse", "Class"), L("Lücke", "Gap"), L("Richtwert", "Norm")],
                county.Select(r => (IReadOnlyList<string>)[DomainName(r.Domain), UnitName(r.Unit), r.Demand is { } d ? N(d, 1) : "–", N(r.Supply, 1),
                    r.CoveragePercent is { } c ? P(c, 0) : "–", ClassLabel(r.Class), r.Gap is { } g ? N(g, 1) : "–", r.Norm.LabelIn(_lang) + (r.Norm.Provenance.NeedsLabel ? L(" (Annahme)", " (assumption)") : "")]),
                [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Left],
                L("Kreis insgesamt", "County total"));

            var findings = gaps.Findings.Take(10).ToArray();
            var findingTable = new Table(["#", SpaceNoun, L("Handlungsfeld", "Domain"), L("Versorgungsgrad", "Coverage"), L("davon am Standort", "Located coverage"), L("Lücke", "Gap"), L("Sicherheit", "Certainty"), L("Sozialraumkonferenz", "Conference")],
                findings.Select(f => (IReadOnlyList<string>)[f.Rank.ToString(CultureInfo.InvariantCulture), f.Row.Space.Name, $"{DomainName(f.Row.Domain)} ({UnitName(f.Row.Unit)})",
                    (f.Row.CoveragePercent is { } c ? P(c, 0) : "–") + (CatchmentUniform(f) ? " ≡" : ""), LocatedCoverage(f.Row) is { } lc ? P(lc, 0) : "–",
                    f.Row.Gap is { } g ? N(g, 1) + " " + UnitName(f.Row.Unit) : "–", Labels.Of(f.Row.Certainty, _lang),
                    f.Statements.Count == 0 ? "–" : string.Join("; ", f.Statements.Select(s => Labels.Of(s.Agreement, _lang)))]),
                [ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Left],
                L("Die deutlichsten Versorgungslücken (Rang nach Lücke ÷ Bedarf × nicht versorgte Personen × Bedarfsfaktor)", "The clearest gaps (ranked by gap ÷ demand × people not covered × need factor)"));

            // One unit per map (a domain with several norms has one row per unit): the map domain's unit with the most demand.
            var mapUnit = gaps.Rows.Where(r => !r.IsAggregate && r.Domain == mapDomain).GroupBy(r => r.Unit)
                .OrderByDescending(g => g.Sum(r => r.Demand ?? 0)).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefault();
            var mapRows = gaps.Rows.Where(r => !r.IsAggregate && r.Domain == mapDomain && r.Unit == mapUnit && r.Space.Boundary is not null).ToArray();
            ReportFigure? map = mapRows.Length == 0 ? null : new ReportFigure(Svg.ChoroplethMap(
                    mapRows.Select(r => new MapArea(r.Space, ClassColour(r.Class), r.Class == CoverageClass.NotSurveyed ? L("n. e.", "n. s.") : r.CoveragePercent is { } c ? P(c, 0) : "–",
                        $"{r.Space.Name}: {DomainName(r.Domain)} {(r.Class == CoverageClass.NotSurveyed ? ClassLabel(r.Class) : r.CoveragePercent is { } c2 ? P(c2, 0) : "–")}")).ToArray(),
                    L($"Versorgungsgrad {DomainName(mapDomain)} ({UnitName(mapUnit)}), in % des Bedarfs", $"Coverage {DomainName(mapDomain)} ({UnitName(mapUnit)}), in % of demand"),
                    [(ClassColour(CoverageClass.Severe), L("unter 50 % (erheblich unterversorgt)", "below 50 % (severe)")), (ClassColour(CoverageClass.Under), L("50 bis unter 75 % (unterversorgt)", "50 to < 75 % (under)")),
                     (ClassColour(CoverageClass.Adequate), L("75 bis 110 % (bedarfsgerecht)", "75–110 % (adequate)")), (ClassColour(CoverageClass.Over), L("über 110 %", "above 110 %")),
                     .. mapRows.Any(r => r.Class == CoverageClass.NotSurveyed) ? [(ClassColour(CoverageClass.NotSurveyed), ClassLabel(CoverageClass.NotSurveyed))] : Array.Empty<(string, string)>()], outline: CountyOutline()),
                L($"Karte: Versorgungsgrad {DomainName(mapDomain)} ({UnitName(mapUnit)}, % des Bedarfs) je {SpaceNoun}", $"Map: coverage of {DomainName(mapDomain)} ({UnitName(mapUnit)}, % of demand) per {SpaceWord}") + (Illustrative ? L(" (illustrativ)", " (illustrative)") : ""));
            var bars = new ReportFigure(Svg.BarChart(county.Where(r => r.CoveragePercent is not null)
                    .Select(r => ($"{DomainName(r.Domain)} ({UnitName(r.Unit)})", r.CoveragePercent!.Value, P(r.CoveragePercent!.Value, 0), ClassColour(r.Class))).ToArray(),
                    L("Versorgungsgrad im Kreis nach Handlungsfeld (Einheit), in % des Bedarfs", "County coverage by domain (unit), in % of demand"), 700, (100, "100 %")),
                L("Versorgungsgrad nach Handlungsfeld und Einheit (% des Bedarfs)", "Coverage by domain and unit (% of demand)") + (Illustrative ? L(" (illustrativ)", " (illustrative)") : ""));
            return new ReportSection("versorgungsluecken", L("Wo sich Unterversorgung schon heute zeigt", "Where under-supply already shows"), With(
                new ReportParagraph(L($"Versorgungsgrad = Bestand ÷ Bedarf × 100. Der Bedarf folgt aus Zielgruppe × Richtwert (veröffentlicht oder als Annahme gekennzeichnet); Klassen: über 110 % Überversorgung, 75–110 % bedarfsgerecht, unter 75 % unterversorgt, unter 50 % erheblich unterversorgt. Bestand = Kapazität der Angebote, die {(BelowMunicipality ? "den Sozialraum" : "die Gemeinde")} versorgen (ein Angebot für mehrere {SpacesWord} wird nach deren Bedarf aufgeteilt).",
                                      $"Coverage = supply ÷ demand × 100. Demand is target group × planning norm (published or flagged as an assumption); classes: above 110 % over-supply, 75–110 % adequate, below 75 % under-supplied, below 50 % severely under-supplied. Supply = capacity of the offerings serving the {SpaceWord} (an offering serving several {SpacesWord} is split by their demand).")),
                RankingParagraph(findings.Length), new ReportTable(findingTable, "befunde.csv", FindingsCsv(findings)), CatchmentParagraph(findings), NormStatusParagraph(), NotSurveyedParagraph(notSurveyed), new ReportTable(countyTable), map, bars,
                new ReportTable(matrix, "versorgung.csv", ResultTables.Coverage(gaps).ToCsv(), showInTerminal: false),
                IllustrativeNote(L("Bestand und Bedarf", "Supply and demand"))));
        }

        /// <summary>The domains and units the data set marks as not surveyed: no coverage, never 0 %.</summary>
        private ReportParagraph? NotSurveyedParagraph(SupplyNorm[] notSurveyed) => notSurveyed.Length == 0 ? null : new ReportParagraph(L(
            $"Nicht erhoben: {string.Join(", ", notSurveyed.Select(n => $"{DomainName(n.Domain)} ({UnitName(n.Unit)})"))}. Der Datensatz kennzeichnet diese Handlungsfelder als nicht erhoben; ihr Bestand ist unbekannt, daher wird kein Versorgungsgrad ausgewiesen (nicht 0 %) und es gibt keine Befunde dazu (versorgung.csv: class not_surveyed, coverage_pct leer).",
            $"Not surveyed: {string.Join(", ", notSurveyed.Select(n => $"{DomainName(n.Domain)} ({UnitName(n.Unit)})"))}. The data set marks these domains as not surveyed; their supply is unknown, so no coverage is given (not 0 %) and there are no findings on them (versorgung.csv: class not_surveyed, empty coverage_pct)."));

        /// <summary>How many findings rest on published norms and how many on assumed ones (Annahme: never "sicher").</summary>
        private ReportParagraph NormStatusParagraph()
        {
            var all = gaps.Findings;
            var assumed = all.Count(f => f.Row.Norm.IsAssumption);
            return new ReportParagraph(L(
                $"Von {N(all.Count, 0)} Befunden beruhen {N(all.Count - assumed, 0)} auf veröffentlichten Richtwerten und {N(assumed, 0)} auf Richtwerten, die als Annahme gesetzt sind. Die Sicherheit verbindet die Spanne des Bedarfs mit dem Status des Richtwerts: ein Befund auf einem angenommenen Richtwert ist höchstens „wahrscheinlich“, nie „sicher“ (befunde.csv, Spalte norm_status).",
                $"Of {N(all.Count, 0)} findings, {N(all.Count - assumed, 0)} rest on published norms and {N(assumed, 0)} on norms set as an assumption. Certainty combines the demand interval with the norm's status: a finding on an assumed norm is at most \"probable\", never \"certain\" (befunde.csv, column norm_status)."));
        }

        private string FindingsCsv(IEnumerable<GapFinding> findings)
        {
            var sb = new StringBuilder("rank,space_id,space,domain,unit,coverage_pct,class,gap,certainty,score,norm_status,located_coverage_pct,catchment_uniform\n");
            foreach (var f in findings)
                sb.Append(CultureInfo.InvariantCulture, $"{f.Rank},{f.Row.Space.Id},{Csv.Field(f.Row.Space.Name)},{f.Row.Domain},{f.Row.Unit.ToCode()},{(f.Row.CoveragePercent is { } c ? R(c) : "")},{f.Row.Class.ToCode()},{(f.Row.Gap is { } g ? R(g) : "")},{f.Row.Certainty.ToCode()},{R(f.Score)},{(f.Row.Norm.IsAssumption ? "assumption" : "published")},{(LocatedCoverage(f.Row) is { } lc ? R(lc) : "")},{(CatchmentUniform(f) ? "true" : "false")}\n");
            return sb.ToString();
        }
    }
}
