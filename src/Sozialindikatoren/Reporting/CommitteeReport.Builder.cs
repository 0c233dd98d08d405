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

namespace Sozialindikatoren.Reporting;

public static partial class CommitteeReport
{
    private sealed class Builder(PlanningAnalysisResult analysis, CommitteeReportOptions options, ServiceDomain mapDomain)
    {
        private readonly PlanningData data = analysis.Data;
        private readonly SocialIndexResult? index = analysis.Index;
        private readonly GapAnalysisResult gaps = analysis.Gaps;
        private readonly CutResult cuts = analysis.Cuts!;
        private readonly RescuePlan? rescue = analysis.Rescue;
        private string? IndexProblem => analysis.IndexProblem is null ? null
            : analysis.Index is null && analysis.Data.Indicators.Count == 0 ? L("Der Datensatz enthält keine Indikatordaten.", "The data set holds no indicator data.")
            : analysis.IndexProblem;
        private CutScenario Scenario => analysis.Options.Scenario;
        private LocalDate AsOf => analysis.Options.AsOf;
        private int Draws => cuts.Options.Draws;
        private ulong Seed => cuts.Options.Seed;
        private readonly ReportLanguage _lang = options.Language;
        private bool De => _lang == ReportLanguage.German;
        private string L(string de, string en) => De ? de : en;
        private string N(double v, int d = 1) => NumberFormat.Number(v, d, _lang);
        private string P(double v, int d = 0) => NumberFormat.Percent(v, d, _lang);
        private string E(decimal v) => NumberFormat.Euro(v, _lang);
        private string Date(LocalDate d) => De ? d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        private string DomainName(ServiceDomain d) => De ? d.GermanName : d.EnglishName;
        private string UnitName(CapacityUnit u) => De ? u.ToGermanLabel() : u.ToCode();
        private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        /// <summary>Invariant text without trailing zeros (18600.00 → 18600), so equal amounts print alike whatever their scale.</summary>
        private static string R(decimal v) => (v / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
        private bool Illustrative => data.HasIllustrativeFigures;

        private IReadOnlyList<SocialSpace> Municipalities =>
            gaps.Rows.Where(r => !r.IsAggregate).Select(r => r.Space).DistinctBy(s => s.Id).ToArray();

        private ReportNote? IllustrativeNote(string what) => Illustrative
            ? new ReportNote(L($"illustrativ – {what}: Grundlage sind illustrative (nicht reale) Beispieldaten; keine Aussage über den Kreis.",
                               $"illustrative – {what}: based on illustrative (not real) sample data; no statement about the county."), isWarning: true)
            : null;

        public ReportDocument Build()
        {
            var sections = new List<ReportSection>
            {
                Summary(), SocialIndexSection(), GapsSection(), CutsByDomainSection(), CategoriesSection(), AfterCutsSection(),
                ProviderSection(), ConferenceSection(), RescueSection(), NextStepsSection(), MethodSection(),
            };
            var title = L("Soziale Angebotslandschaft erhalten: Versorgungslücken und Folgen der Kürzungen",
                          "Keeping the landscape of social services: gaps and the impact of funding cuts");
            var subtitle = L($"{data.Name} · Szenario „{Scenario.Name}“ · Stichtag {Date(AsOf)} · {NumberFormat.Number(Draws, 0, _lang)} Monte-Carlo-Ziehungen, Seed {Seed.ToString(CultureInfo.InvariantCulture)}",
                             $"{data.Name} · scenario \"{Scenario.Name}\" · as of {Date(AsOf)} · {NumberFormat.Number(Draws, 0, _lang)} Monte Carlo draws, seed {Seed.ToString(CultureInfo.InvariantCulture)}");
            return new ReportDocument(title, subtitle, sections, _lang);
        }

        private static IEnumerable<ReportBlock> With(params ReportBlock?[] blocks) => blocks.Where(b => b is not null)!;

        private ReportSection Summary()
        {
            var affected = cuts.Offerings.Where(o => o.LostFunding > 0).ToArray();
            var closed = cuts.Offerings.Count(o => o.Closed);
            var underNow = gaps.Rows.Where(r => !r.IsAggregate && r.Class.IsUnderSupply()).ToArray();
            var newly = cuts.Cells.Count(c => c.NewlyUnderSupplied);
            var budget = data.Offerings.Sum(o => o.Funding.TotalAt(AsOf));
            var items = new List<string>
            {
                L($"{N(data.Offerings.Count, 0)} Angebote von {N(data.Providers.Count, 0)} Trägern in {N(Municipalities.Count, 0)} Gemeinden; Jahresbudget {E(budget)}.",
                  $"{N(data.Offerings.Count, 0)} offerings of {N(data.Providers.Count, 0)} providers in {N(Municipalities.Count, 0)} municipalities; annual budget {E(budget)}."),
                L($"Von den Kürzungen betroffen: {N(affected.Length, 0)} Angebote; es fallen {E(cuts.TotalLostFunding)} pro Jahr weg ({P(budget > 0 ? (double)(100 * cuts.TotalLostFunding / budget) : double.NaN, 1)} des Budgets); {N(closed, 0)} Angebote schließen im Modell.",
                  $"Affected by the cuts: {N(affected.Length, 0)} offerings; {E(cuts.TotalLostFunding)} per year are lost ({P(budget > 0 ? (double)(100 * cuts.TotalLostFunding / budget) : double.NaN, 1)} of the budget); {N(closed, 0)} offerings close in the model."),
                L($"Schon heute unterversorgt (Versorgungsgrad unter 75 %): {N(underNow.Length, 0)} Kombinationen aus Gemeinde und Handlungsfeld in {N(underNow.Select(r => r.Space.Id).Distinct().Count(), 0)} Gemeinden.",
                  $"Already under-supplied today (coverage below 75 %): {N(underNow.Length, 0)} municipality × domain cells in {N(underNow.Select(r => r.Space.Id).Distinct().Count(), 0)} municipalities."),
                L($"Durch die Kürzungen neu unterversorgt: {N(newly, 0)} Kombinationen aus Gemeinde und Handlungsfeld.",
                  $"Newly under-supplied through the cuts: {N(newly, 0)} municipality × domain cells."),
            };
            var cats = cuts.ByFundingCategory.Where(g => g.Offerings > 0 && g.Category != FundingCategory.NotClassifiable).OrderByDescending(g => g.MeanRisk).ToArray();
            if (cats.Length > 0)
                items.Add(L($"Am stärksten gefährdet (mittleres Risiko): {cats[0].Category.ToGermanLabel()} ({N(cats[0].MeanRisk, 2)}).",
                            $"Most at risk (mean risk): {cats[0].Category.ToEnglishLabel()} ({N(cats[0].MeanRisk, 2)})."));
            if (rescue is not null)
                items.Add(L($"Ein Rettungsbudget von {E(rescue.BudgetPerYear)} pro Jahr vermeidet {P(rescue.ImpactAfterCut > 0 ? 100 * rescue.ImpactAvoided / rescue.ImpactAfterCut : 0, 0)} der Kürzungsfolgen ({N(rescue.Choices.Count, 0)} Angebote).",
                            $"A rescue budget of {E(rescue.BudgetPerYear)} per year avoids {P(rescue.ImpactAfterCut > 0 ? 100 * rescue.ImpactAvoided / rescue.ImpactAfterCut : 0, 0)} of the impact ({N(rescue.Choices.Count, 0)} offerings)."));
            return new ReportSection("ueberblick", L("Auf einen Blick", "At a glance"), With(
                Illustrative ? new ReportNote(L("Hinweis: Dieser Bericht beruht in Teilen auf illustrativen (nicht realen) Beispieldaten. Alle so gekennzeichneten Zahlen zeigen die Methode, nicht die Lage im Kreis.",
                                                "Note: this report rests partly on illustrative (not real) sample data. Figures so labelled show the method, not the situation in the county."), isWarning: true) : null,
                new ReportList(items)));
        }

        private ReportSection SocialIndexSection()
        {
            if (index is null)
                return new ReportSection("sozialindex", L("Sozialindex: Status und Dynamik", "Social index: status and dynamics"),
                    [new ReportNote(L("Kein Sozialindex berechnet: ", "No social index computed: ") + IndexProblem, isWarning: true),
                     new ReportParagraph(L("Ohne Sozialindex gewichten Lücken und Kürzungsfolgen alle Räume mit durchschnittlichem Bedarf.", "Without a social index, gaps and impacts weight every space with average need."))]);
            var entries = index.Entries.Where(e => data.Region.TryGet(e.Space, out var s) && s.Level == SpaceLevel.Municipality).ToArray();
            var rows = entries.Select(e =>
            {
                var s = data.Region[e.Space];
                return (IReadOnlyList<string>)[s.Name, N(e.Population, 0), e.HasStatus ? N(e.StatusZ, 2) : "–", SocialIndexResult.StatusName(e.Status),
                    e.HasDynamics ? N(e.DynamicsZ, 2) : "–", SocialIndexResult.DynamicsName(e.Dynamics), e.Group?.Code ?? "–"];
            });
            var table = new Table([L("Gemeinde", "Municipality"), L("Einwohner", "Population"), L("Status-z", "Status z"), L("Statusklasse", "Status class"),
                    L("Dynamik-z", "Dynamics z"), L("Dynamikklasse", "Dynamics class"), L("Gruppe", "Group")], rows,
                [ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Left],
                L("Sozialindex nach Gemeinde (höherer z-Wert = mehr Belastung)", "Social index by municipality (higher z = more need)"));
            var csv = new StringBuilder("space_id,space,population,status_z,status_class,dynamics_z,dynamics_class,group\n");
            foreach (var e in entries)
                csv.Append(CultureInfo.InvariantCulture, $"{e.Space},{Table.CsvField(data.Region[e.Space].Name)},{Num(e.Population)},{(e.HasStatus ? R(e.StatusZ) : "")},{(int)e.Status},{(e.HasDynamics ? R(e.DynamicsZ) : "")},{e.Dynamics.ToString().ToLowerInvariant()},{e.Group?.Code ?? ""}\n");

            var colours = new Dictionary<StatusClass, string>
            {
                [StatusClass.High] = Svg.ClassScale[0], [StatusClass.Medium] = Svg.ClassScale[2], [StatusClass.Low] = Svg.ClassScale[3],
                [StatusClass.VeryLow] = Svg.ClassScale[4], [StatusClass.Unclassified] = "#dddddd",
            };
            var areas = entries.Where(e => data.Region[e.Space].Boundary is not null)
                .Select(e => new MapArea(data.Region[e.Space], colours[e.Status], SocialIndexResult.StatusName(e.Status),
                    $"{data.Region[e.Space].Name}: {SocialIndexResult.StatusName(e.Status)}, z = {(e.HasStatus ? N(e.StatusZ, 2) : "–")}")).ToArray();
            ReportFigure? map = areas.Length == 0 ? null : new ReportFigure(
                Svg.ChoroplethMap(areas, L("Statusklasse des Sozialindex", "Status class of the social index"),
                    [(colours[StatusClass.High], "1 hoch"), (colours[StatusClass.Medium], "2 mittel"), (colours[StatusClass.Low], "3 niedrig"), (colours[StatusClass.VeryLow], "4 sehr niedrig")], outline: CountyOutline()),
                L("Karte: Statusklasse je Gemeinde", "Map: status class per municipality") + (Illustrative ? L(" (illustrativ)", " (illustrative)") : ""));
            var bars = new ReportFigure(Svg.BarChart(entries.Where(e => e.HasStatus).OrderByDescending(e => e.StatusZ)
                    .Select(e => (data.Region[e.Space].Name, e.StatusZ, N(e.StatusZ, 2), e.StatusZ > 1 ? Svg.ClassScale[4] : e.StatusZ < -1 ? Svg.ClassScale[0] : "#999999")).ToArray(),
                    L("Status-z des Sozialindex", "Status z of the social index")),
                L("Sozialindex je Gemeinde", "Social index by municipality") + (Illustrative ? L(" (illustrativ)", " (illustrative)") : ""));
            var notes = index.Notes.Count > 0 ? new ReportList(index.Notes.Select(n => L("Rechenhinweis (technisch, englisch): ", "Computation note: ") + n)) : null;
            return new ReportSection("sozialindex", L("Sozialindex: Status und Dynamik", "Social index: status and dynamics"), With(
                new ReportParagraph(L($"Der Sozialindex fasst die Indikatoren {string.Join(", ", index.StatusIndicators)} (Stand {Date(index.StatusPeriod)}) gleich gewichtet zu einem Belastungsindex zusammen, z-standardisiert über die Gemeinden. Klasse 1 „hoch“ ist der beste soziale Status, 4 „sehr niedrig“ der schlechteste; die Dynamik zeigt die Veränderung über zwei Jahre („positiv“ = Belastung sinkt).",
                                      $"The social index combines the indicators {string.Join(", ", index.StatusIndicators)} (as of {Date(index.StatusPeriod)}) with equal weights into a need index, z-standardised over the municipalities. Class 1 'high' is the best social status, 4 'very low' the worst; dynamics show the change over two years ('positive' = need falling).")),
                new ReportTable(table, "sozialindex.csv", csv.ToString()), map, bars, notes, IllustrativeNote(L("Indexwerte", "Index values"))));
        }

        private GeoPolygon? CountyOutline() => data.Region.AtLevel(SpaceLevel.County) is { Count: > 0 } c ? c[0].Boundary : null;

        private static string ClassColour(CoverageClass c) => c switch
        {
            CoverageClass.Severe => Svg.ClassScale[4],
            CoverageClass.Under => Svg.ClassScale[3],
            CoverageClass.Adequate => Svg.ClassScale[2],
            CoverageClass.Over => Svg.ClassScale[0],
            _ => "#dddddd",
        };

        private ReportSection GapsSection()
        {
            var keys = gaps.Rows.Where(r => !r.IsAggregate).Select(r => (r.Domain, r.Unit)).Distinct().OrderBy(k => k.Domain).ThenBy(k => k.Unit).ToArray();
            var municipalities = Municipalities;
            var matrixRows = municipalities.Select(m => (IReadOnlyList<string>)new[] { m.Name }.Concat(keys.Select(k =>
            {
                var row = gaps.Rows.FirstOrDefault(r => !r.IsAggregate && r.Space.Id == m.Id && r.Domain == k.Domain && r.Unit == k.Unit);
                if (row?.CoveragePercent is not { } c) return "–";
                return P(c, 0) + (row.Class == CoverageClass.Severe ? " ‼" : row.Class == CoverageClass.Under ? " !" : "");
            })).ToArray());
            var matrix = new Table(new[] { L("Gemeinde", "Municipality") }.Concat(keys.Select(k => $"{DomainName(k.Domain)} ({UnitName(k.Unit)})")).ToArray(), matrixRows,
                new[] { ColumnAlignment.Left }.Concat(keys.Select(_ => ColumnAlignment.Right)).ToArray(),
                L("Versorgungsgrad je Gemeinde und Handlungsfeld (! unter 75 %, ‼ unter 50 %)", "Coverage by municipality and domain (! below 75 %, ‼ below 50 %)"));

            var county = gaps.Rows.Where(r => r.IsAggregate && r.Space.Level == SpaceLevel.County).OrderBy(r => r.Domain).ThenBy(r => r.Unit).ToArray();
            var countyTable = new Table([L("Handlungsfeld", "Domain"), L("Einheit", "Unit"), L("Bedarf", "Demand"), L("Bestand", "Supply"), L("Versorgungsgrad", "Coverage"), L("Klasse", "Class"), L("Lücke", "Gap"), L("Richtwert", "Norm")],
                county.Select(r => (IReadOnlyList<string>)[DomainName(r.Domain), UnitName(r.Unit), r.Demand is { } d ? N(d, 1) : "–", N(r.Supply, 1),
                    r.CoveragePercent is { } c ? P(c, 0) : "–", ClassLabel(r.Class), r.Gap is { } g ? N(g, 1) : "–", r.Norm.Label + (r.Norm.Provenance.NeedsLabel ? L(" (Annahme)", " (assumption)") : "")]),
                [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Left],
                L("Kreis insgesamt", "County total"));

            var findings = gaps.Findings.Take(10).ToArray();
            var findingTable = new Table(["#", L("Gemeinde", "Municipality"), L("Handlungsfeld", "Domain"), L("Versorgungsgrad", "Coverage"), L("Lücke", "Gap"), L("Sicherheit", "Certainty"), L("Sozialraumkonferenz", "Conference")],
                findings.Select(f => (IReadOnlyList<string>)[f.Rank.ToString(CultureInfo.InvariantCulture), f.Row.Space.Name, $"{DomainName(f.Row.Domain)} ({UnitName(f.Row.Unit)})",
                    f.Row.CoveragePercent is { } c ? P(c, 0) : "–", f.Row.Gap is { } g ? N(g, 1) + " " + UnitName(f.Row.Unit) : "–", f.Row.Certainty.ToGermanLabel(),
                    f.Statements.Count == 0 ? "–" : string.Join("; ", f.Statements.Select(s => s.Agreement.ToGermanLabel()))]),
                [ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Left],
                L("Die deutlichsten Versorgungslücken (Rang nach Lücke ÷ Bedarf × nicht versorgte Personen × Bedarfsfaktor)", "The clearest gaps (ranked by gap ÷ demand × people not covered × need factor)"));

            var mapRows = gaps.Rows.Where(r => !r.IsAggregate && r.Domain == mapDomain && r.Space.Boundary is not null)
                .GroupBy(r => r.Space.Id).Select(g => g.OrderByDescending(r => r.Demand ?? 0).First()).ToArray();
            ReportFigure? map = mapRows.Length == 0 ? null : new ReportFigure(Svg.ChoroplethMap(
                    mapRows.Select(r => new MapArea(r.Space, ClassColour(r.Class), r.CoveragePercent is { } c ? P(c, 0) : "–",
                        $"{r.Space.Name}: {DomainName(r.Domain)} {(r.CoveragePercent is { } c2 ? P(c2, 0) : "–")}")).ToArray(),
                    L($"Versorgungsgrad {DomainName(mapDomain)}", $"Coverage {DomainName(mapDomain)}"),
                    [(ClassColour(CoverageClass.Severe), L("unter 50 % (erheblich unterversorgt)", "below 50 % (severe)")), (ClassColour(CoverageClass.Under), L("50 bis unter 75 % (unterversorgt)", "50 to < 75 % (under)")),
                     (ClassColour(CoverageClass.Adequate), L("75 bis 110 % (bedarfsgerecht)", "75–110 % (adequate)")), (ClassColour(CoverageClass.Over), L("über 110 %", "above 110 %"))], outline: CountyOutline()),
                L($"Karte: Versorgungsgrad {DomainName(mapDomain)} je Gemeinde", $"Map: coverage of {DomainName(mapDomain)} per municipality") + (Illustrative ? L(" (illustrativ)", " (illustrative)") : ""));
            var bars = new ReportFigure(Svg.BarChart(county.Where(r => r.CoveragePercent is not null)
                    .Select(r => ($"{DomainName(r.Domain)} ({UnitName(r.Unit)})", r.CoveragePercent!.Value, P(r.CoveragePercent!.Value, 0), ClassColour(r.Class))).ToArray(),
                    L("Versorgungsgrad im Kreis nach Handlungsfeld", "County coverage by domain"), 700, (100, "100 %")),
                L("Versorgungsgrad nach Handlungsfeld", "Coverage by domain") + (Illustrative ? L(" (illustrativ)", " (illustrative)") : ""));
            return new ReportSection("versorgungsluecken", L("Wo sich Unterversorgung schon heute zeigt", "Where under-supply already shows"), With(
                new ReportParagraph(L("Versorgungsgrad = Bestand ÷ Bedarf × 100. Der Bedarf folgt aus Zielgruppe × Richtwert (veröffentlicht oder als Annahme gekennzeichnet); Klassen: über 110 % Überversorgung, 75–110 % bedarfsgerecht, unter 75 % unterversorgt, unter 50 % erheblich unterversorgt. Bestand = Kapazität der Angebote, die die Gemeinde versorgen (ein Angebot für mehrere Gemeinden wird nach deren Bedarf aufgeteilt).",
                                      "Coverage = supply ÷ demand × 100. Demand is target group × planning norm (published or flagged as an assumption); classes: above 110 % over-supply, 75–110 % adequate, below 75 % under-supplied, below 50 % severely under-supplied. Supply = capacity of the offerings serving the municipality (an offering serving several municipalities is split by their demand).")),
                new ReportTable(findingTable, "befunde.csv", FindingsCsv(findings)), new ReportTable(countyTable), map, bars,
                new ReportTable(matrix, "versorgung.csv", gaps.ToCsv(), showInTerminal: false),
                IllustrativeNote(L("Bestand und Bedarf", "Supply and demand"))));
        }

        private string FindingsCsv(IEnumerable<GapFinding> findings)
        {
            var sb = new StringBuilder("rank,space_id,space,domain,unit,coverage_pct,class,gap,certainty,score\n");
            foreach (var f in findings)
                sb.Append(CultureInfo.InvariantCulture, $"{f.Rank},{f.Row.Space.Id},{Table.CsvField(f.Row.Space.Name)},{f.Row.Domain},{f.Row.Unit.ToCode()},{(f.Row.CoveragePercent is { } c ? R(c) : "")},{f.Row.Class.ToCode()},{(f.Row.Gap is { } g ? R(g) : "")},{f.Row.Certainty.ToCode()},{R(f.Score)}\n");
            return sb.ToString();
        }

        private string ClassLabel(CoverageClass c) => De ? c.ToGermanLabel() : c.ToCode();

        private ReportSection CutsByDomainSection()
        {
            var table = new Table([L("Handlungsfeld", "Domain"), L("Einheit", "Unit"), L("Angebote", "Offerings"), L("betroffen", "affected"), L("schließen", "close"), L("Budget €/Jahr", "Budget €/year"),
                    L("Kürzung €/Jahr", "Cut €/year"), L("Kapazität vorher", "Capacity before"), L("Kapazität nachher", "Capacity after"), L("Kapazitätsverlust", "Capacity lost"), L("neu unterversorgt", "newly under-supplied")],
                cuts.ByDomain.Where(g => g.Offerings > 0 || g.NewlyUnderSupplied > 0).Select(g => (IReadOnlyList<string>)[DomainName(g.Domain), UnitName(g.Unit), N(g.Offerings, 0), N(g.Affected, 0), N(g.Closed, 0),
                    NumberFormat.Amount(g.Budget, 0, _lang), NumberFormat.Amount(g.LostFunding, 0, _lang), N(g.CapacityBefore.Amount, 1), N(g.CapacityAfter.Amount, 1),
                    g.LostCapacityShare is { } share ? P(100 * share, 1) : "–", N(g.NewlyUnderSupplied, 0)]),
                [ColumnAlignment.Left, ColumnAlignment.Left, .. Enumerable.Repeat(ColumnAlignment.Right, 9)],
                L("Von den Kürzungen betroffene Angebote nach Handlungsfeld und Kapazitätseinheit", "Offerings affected by the cuts, by domain and capacity unit"));
            var affected = cuts.Offerings.Where(o => o.LostFunding > 0).OrderByDescending(o => o.Impact).ThenBy(o => o.Offering.Id, StringComparer.Ordinal).ToArray();
            var list = new Table([L("Angebot", "Offering"), L("Handlungsfeld", "Domain"), L("Träger", "Provider"), L("Kategorie", "Category"), L("Kürzung €/Jahr", "Cut €/year"),
                    L("Kapazität vorher → nachher", "Capacity before → after"), L("Reaktion", "Response"), L("Risiko", "Risk"), L("Folgenwert", "Impact")],
                affected.Take(30).Select(o => (IReadOnlyList<string>)[o.Offering.Name, DomainName(o.Offering.Domain), data.ProvidersById.TryGetValue(o.Offering.ProviderId, out var p) ? p.Name : o.Offering.ProviderId,
                    De ? o.Category.ToGermanLabel() : o.Category.ToEnglishLabel(), NumberFormat.Amount(o.LostFunding, 0, _lang),
                    $"{N(o.CapacityBefore.Amount, 1)} → {N(o.CapacityAfter.Amount, 1)} {UnitName(o.CapacityBefore.Unit)}", ResponseLabel(o.Response), N(o.Risk.Score, 2), N(o.Impact, 2)]),
                [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right],
                L($"Betroffene Angebote nach Folgenwert (die {N(Math.Min(30, affected.Length), 0)} höchsten von {N(affected.Length, 0)})", $"Affected offerings by impact (top {N(Math.Min(30, affected.Length), 0)} of {N(affected.Length, 0)})"));
            return new ReportSection("kuerzungen", L("Welche Angebote die Kürzungen treffen", "Which offerings the cuts affect"), With(
                new ReportParagraph(L($"Szenario „{Scenario.Name}“: {Scenario.Description}", $"Scenario \"{Scenario.Name}\": {Scenario.Description}")),
                new ReportTable(table, "kuerzungen_handlungsfelder.csv", CutsOutput.DomainsCsv(cuts)),
                new ReportParagraph(L("Eine Zeile je Handlungsfeld und Kapazitätseinheit (Plätze, VZÄ, Fälle/Jahr, Std./Woche): Kapazitäten verschiedener Einheiten werden nie addiert. Kapazitätsverlust = 1 − Kapazität nachher ÷ Kapazität vorher über die Angebote der Zeile.",
                                      "One row per domain and capacity unit (places, FTE, cases/year, hours/week): capacities of different units are never added. Capacity lost = 1 − capacity after ÷ capacity before over the row's offerings.")),
                new ReportTable(list, "angebote.csv", CutsOutput.OfferingsCsv(cuts)),
                new ReportParagraph(L("Folgenwert (0–1): Anteil des verlorenen Angebots an der Versorgung der bedienten Räume, gewichtet mit dem Bedarf (Sozialindex), dem Fehlen erreichbarer Alternativen und der Verletzlichkeit der Zielgruppe. Risiko (0–1): Finanzierungsrisiko vor jedem Szenario (freiwillige Zuwendungen, Verbindlichkeit, Restlaufzeit, Finanzierungsart, Abhängigkeit von einem Geldgeber, Eigenanteil).",
                                      "Impact (0–1): the share of supply lost in the spaces served, weighted by need (social index), lack of alternatives within reach and target-group vulnerability. Risk (0–1): funding risk before any scenario (discretionary grants, obligation, months to period end, instrument, dependence on one funder, own share).")),
                IllustrativeNote(L("Angebote, Budgets und Kürzungsfolgen", "Offerings, budgets and impacts"))));
        }

        private string ResponseLabel(ResponseKind r) => (r, De) switch
        {
            (ResponseKind.NotAffected, true) => "nicht betroffen",
            (ResponseKind.Absorbed, true) => "aus Eigenmitteln aufgefangen",
            (ResponseKind.Shrunk, true) => "verkleinert",
            (ResponseKind.ClosedBelowViability, true) => "schließt (unter Tragfähigkeit)",
            (ResponseKind.ClosedCoFinancing, true) => "schließt (Kofinanzierung entfällt)",
            (ResponseKind.ProviderStatement, true) => "laut Träger-Abfrage",
            (ResponseKind.NotAffected, false) => "not affected",
            (ResponseKind.Absorbed, false) => "absorbed from own funds",
            (ResponseKind.Shrunk, false) => "shrinks",
            (ResponseKind.ClosedBelowViability, false) => "closes (below viability)",
            (ResponseKind.ClosedCoFinancing, false) => "closes (co-financing fails)",
            _ => De ? "laut Träger-Abfrage" : "per provider survey",
        };

        private ReportSection CategoriesSection()
        {
            var groups = cuts.ByFundingCategory.Where(g => g.Offerings > 0).ToArray();
            string CatName(CategoryImpact g) => De ? g.Category.ToGermanLabel() : g.Category.ToEnglishLabel();
            var table = new Table([L("Kategorie", "Category"), L("Angebote", "Offerings"), L("betroffen", "affected"), L("Budget €/Jahr", "Budget €/year"), L("Kürzung €/Jahr", "Cut €/year"), L("Kürzung in % des Budgets", "Cut in % of budget"),
                    L("mittleres Risiko", "Mean risk"), L("mittlerer Folgenwert", "Mean impact"), L("schließen", "close")],
                groups.Select(g => (IReadOnlyList<string>)[CatName(g), N(g.Offerings, 0), N(g.Affected, 0), NumberFormat.Amount(g.Budget, 0, _lang), NumberFormat.Amount(g.LostFunding, 0, _lang),
                    P(g.Budget > 0 ? (double)(100 * g.LostFunding / g.Budget) : double.NaN, 1), N(g.MeanRisk, 2), N(g.MeanImpact, 2), N(g.Closed, 0)]),
                [ColumnAlignment.Left, .. Enumerable.Repeat(ColumnAlignment.Right, 8)],
                L("voll-, teil- und trägerfinanzierte Angebote im Vergleich", "Fully, partly and provider-financed offerings compared"));
            var classified = groups.Where(g => g.Category != FundingCategory.NotClassifiable).ToArray();
            var riskiest = classified.OrderByDescending(g => g.MeanRisk).FirstOrDefault();
            var hardest = classified.OrderByDescending(g => g.Budget > 0 ? g.LostFunding / g.Budget : 0).FirstOrDefault();
            var finding = riskiest is null ? null : new ReportParagraph(L(
                $"Das höchste mittlere Finanzierungsrisiko haben {CatName(riskiest)}e Angebote ({N(riskiest.MeanRisk, 2)}); relativ zum Budget am stärksten gekürzt werden {CatName(hardest!)}e Angebote ({P(hardest!.Budget > 0 ? (double)(100 * hardest.LostFunding / hardest.Budget) : 0, 1)}).",
                $"Mean funding risk is highest for {CatName(riskiest)} offerings ({N(riskiest.MeanRisk, 2)}); relative to budget, {CatName(hardest!)} offerings lose most ({P(hardest!.Budget > 0 ? (double)(100 * hardest.LostFunding / hardest.Budget) : 0, 1)})."));
            var chart = new ReportFigure(Svg.BarChart(groups.Select(g => (CatName(g), g.Budget > 0 ? (double)(100 * g.LostFunding / g.Budget) : double.NaN,
                    P(g.Budget > 0 ? (double)(100 * g.LostFunding / g.Budget) : double.NaN, 1), Svg.SequentialScale[3])).ToArray(),
                    L("Kürzung in % des Budgets nach Finanzierungskategorie", "Cut in % of budget by funding category")),
                L("Kürzungsfolgen nach Finanzierungskategorie", "Impact by funding category") + (Illustrative ? L(" (illustrativ)", " (illustrative)") : ""));
            var riskChart = new ReportFigure(Svg.BarChart(groups.Select(g => (CatName(g), g.MeanRisk, N(g.MeanRisk, 2), Svg.SequentialScale[2])).ToArray(),
                    L("Mittleres Finanzierungsrisiko (0–1)", "Mean funding risk (0–1)")),
                L("Finanzierungsrisiko nach Kategorie", "Funding risk by category") + (Illustrative ? L(" (illustrativ)", " (illustrative)") : ""));
            return new ReportSection("finanzierungskategorien", L("Unterscheiden sich voll-, teil- und trägerfinanzierte Angebote?", "Do fully, partly and provider-financed offerings differ?"), With(
                new ReportParagraph(L("Kategorie aus dem Finanzierungsplan am Stichtag: Eigenanteil (Eigenmittel und Spenden) bis 2 % = vollfinanziert, ab 50 % = trägerfinanziert, dazwischen teilfinanziert.",
                                      "Category from the funding plan at the reference date: own share (own funds and donations) up to 2 % = fully financed, from 50 % = provider-financed, in between partly financed.")),
                new ReportParagraph(L("Die Kategorien enthalten keinen Kapazitätsverlust: eine Kategorie mischt Plätze, VZÄ und Fälle/Jahr, die sich nicht addieren lassen; die Kapazitätsfolgen stehen je Handlungsfeld und Einheit im Abschnitt zu den Kürzungen.",
                                      "The categories carry no capacity loss: a category mixes places, FTE and cases/year, which cannot be added; the capacity consequences are given per domain and unit in the section on the cuts.")),
                new ReportTable(table, "finanzierungskategorien.csv", CutsOutput.CategoriesCsv(cuts)), finding, chart, riskChart,
                IllustrativeNote(L("Finanzierungspläne", "Funding plans"))));
        }

        private ReportSection AfterCutsSection()
        {
            var cells = cuts.Cells.Where(c => c.NewlyUnderSupplied || c.ProbabilityUnderSupplied >= 0.5 && !IsUnder(c.ClassBefore))
                .OrderByDescending(c => c.ProbabilityUnderSupplied).ThenBy(c => c.Space).ThenBy(c => c.Domain).ToArray();
            var table = new Table([L("Gemeinde", "Municipality"), L("Handlungsfeld", "Domain"), L("Versorgungsgrad vorher", "Coverage before"), L("nachher", "after"),
                    L("Klasse vorher → nachher", "Class before → after"), L("Wahrscheinlichkeit Unterversorgung", "P(under-supplied)"), L("Betroffene Personen", "People affected")],
                cells.Select(c => (IReadOnlyList<string>)[Name(c.Space), $"{DomainName(c.Domain)} ({UnitName(c.Unit)})", P(c.CoverageBefore, 0), P(c.CoverageAfter, 0),
                    $"{c.ClassBefore.ToCode()} → {c.ClassAfter.ToCode()}", P(100 * c.ProbabilityUnderSupplied, 0), N(c.PeopleAffected, 0)]),
                [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right],
                L("Durch die Kürzungen (wahrscheinlich) neu unterversorgt", "(Probably) newly under-supplied through the cuts"));
            var mapCells = cuts.Cells.Where(c => c.Domain == mapDomain && data.Region.TryGet(c.Space, out var s) && s.Boundary is not null)
                .GroupBy(c => c.Space).Select(g => g.OrderByDescending(c => c.Demand).First()).ToArray();
            ReportFigure? map = null;
            if (mapCells.Length > 0)
            {
                string Colour(double change) => double.IsNaN(change) ? "#dddddd" : change >= -0.5 ? "#f7f7f7" : change >= -10 ? Svg.SequentialScale[1] : change >= -25 ? Svg.SequentialScale[2] : change >= -50 ? Svg.SequentialScale[3] : Svg.SequentialScale[4];
                map = new ReportFigure(Svg.ChoroplethMap(mapCells.Select(c =>
                    {
                        var change = c.CoverageAfter - c.CoverageBefore;
                        return new MapArea(data.Region[c.Space], Colour(change), double.IsNaN(change) ? "–" : N(change, 0) + L(" Pp.", " pp"),
                            $"{Name(c.Space)}: {P(c.CoverageBefore, 0)} → {P(c.CoverageAfter, 0)}");
                    }).ToArray(),
                    L($"Veränderung des Versorgungsgrads {DomainName(mapDomain)} nach den Kürzungen", $"Change in coverage of {DomainName(mapDomain)} after the cuts"),
                    [("#f7f7f7", L("keine Änderung", "no change")), (Svg.SequentialScale[1], L("bis −10 Pp.", "to −10 pp")), (Svg.SequentialScale[2], L("−10 bis −25 Pp.", "−10 to −25 pp")),
                     (Svg.SequentialScale[3], L("−25 bis −50 Pp.", "−25 to −50 pp")), (Svg.SequentialScale[4], L("mehr als −50 Pp.", "more than −50 pp"))], outline: CountyOutline()),
                    L($"Karte: Veränderung nach den Kürzungen, {DomainName(mapDomain)}", $"Map: change after the cuts, {DomainName(mapDomain)}") + (Illustrative ? L(" (illustrativ)", " (illustrative)") : ""));
            }
            var mc = cuts.MonteCarlo;
            var mcText = mc is null ? null : new ReportParagraph(L(
                $"Unsicherheit der Reaktionen der Träger ({NumberFormat.Number(mc.Draws, 0, _lang)} Ziehungen): Kürzung gesamt {E((decimal)mc.LostFunding.P50)} (5–95 %: {E((decimal)mc.LostFunding.P05)} bis {E((decimal)mc.LostFunding.P95)}), Schließungen {N(mc.Closures.P50, 0)} (5–95 %: {N(mc.Closures.P05, 0)} bis {N(mc.Closures.P95, 0)}), Kapazitätsverlust {P(100 * mc.LostCapacityShare.P50, 1)} (5–95 %: {P(100 * mc.LostCapacityShare.P05, 1)} bis {P(100 * mc.LostCapacityShare.P95, 1)}).",
                $"Uncertainty of provider responses ({NumberFormat.Number(mc.Draws, 0, _lang)} draws): total cut {E((decimal)mc.LostFunding.P50)} (5–95 %: {E((decimal)mc.LostFunding.P05)} to {E((decimal)mc.LostFunding.P95)}), closures {N(mc.Closures.P50, 0)} (5–95 %: {N(mc.Closures.P05, 0)} to {N(mc.Closures.P95, 0)}), capacity lost {P(100 * mc.LostCapacityShare.P50, 1)} (5–95 %: {P(100 * mc.LostCapacityShare.P05, 1)} to {P(100 * mc.LostCapacityShare.P95, 1)})."));
            var unmet = new ReportParagraph(L($"Nicht gedeckter Bedarf (Summe der Fehlbedarfsanteile über die Handlungsfelder, 1 = ein ganzes Handlungsfeld ohne Angebot): vorher {N(cuts.UnmetShareBefore, 2)}, nachher {N(cuts.UnmetShareAfter, 2)}.",
                                              $"Unmet demand (sum over domains of the unmet share of each domain's demand; 1 = one whole domain without supply): before {N(cuts.UnmetShareBefore, 2)}, after {N(cuts.UnmetShareAfter, 2)}."));
            return new ReportSection("nach-kuerzungen", L("Versorgung nach den Kürzungen", "Supply after the cuts"), With(
                cells.Length == 0 ? new ReportParagraph(L("Keine Kombination aus Gemeinde und Handlungsfeld wird durch die Kürzungen neu unterversorgt.", "No municipality × domain cell becomes newly under-supplied."))
                                  : new ReportTable(table, "raeume_nach_kuerzung.csv", CutsOutput.SpacesCsv(cuts)),
                unmet, mcText, map, IllustrativeNote(L("Versorgungsgrade nach den Kürzungen", "Coverage after the cuts"))));
        }

        private static bool IsUnder<T>(T cls) where T : struct, Enum => cls.ToString() is "Under" or "Severe";

        private string Name(SpaceId id) => data.Region.TryGet(id, out var s) ? s.Name : id.Value;

        private static string Num(double v) => double.IsNaN(v) ? "" : R(v);

        private ReportSection ProviderSection()
        {
            var statements = data.ProviderStatements;
            var byOffering = cuts.Offerings.ToDictionary(o => o.Offering.Id, StringComparer.Ordinal);
            var table = new Table([L("Angebot", "Offering"), L("Träger", "Provider"), L("ab", "from"), L("Kapazitätsabbau", "Capacity reduction"), L("erwarteter Verlust €/Jahr", "Expected loss €/year"),
                    L("Modell: Kürzung €/Jahr", "Model: cut €/year"), L("Angabe", "Statement")],
                statements.Select(s =>
                {
                    var o = data.OfferingsById.TryGetValue(s.OfferingId, out var off) ? off : null;
                    var provider = o is not null && data.ProvidersById.TryGetValue(o.ProviderId, out var p) ? p.Name : "";
                    return (IReadOnlyList<string>)[o?.Name ?? s.OfferingId, provider, Date(s.EffectiveFrom), s.IsClosure ? L("Schließung", "closure") : P(100 * s.CapacityReduction, 0),
                        s.ExpectedFundingLossPerYear is { } l ? NumberFormat.Amount(l, 0, _lang) : "–", byOffering.TryGetValue(s.OfferingId, out var imp) ? NumberFormat.Amount(imp.LostFunding, 0, _lang) : "–", s.Text];
                }),
                [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Left],
                L("Angaben der Träger (Träger-Abfrage)", "What the providers reported (provider survey)"));
            var csv = new StringBuilder("offering_id,effective_from,capacity_reduction,expected_funding_loss_per_year,model_lost_funding,text\n");
            foreach (var s in statements)
                csv.Append(CultureInfo.InvariantCulture, $"{s.OfferingId},{s.EffectiveFrom:yyyy-MM-dd},{R(s.CapacityReduction)},{(s.ExpectedFundingLossPerYear is { } l ? R(l) : "")},{(byOffering.TryGetValue(s.OfferingId, out var imp) ? R(imp.LostFunding) : "")},{Table.CsvField(s.Text)}\n");
            return new ReportSection("traeger", L("Was die Träger berichten", "What the providers report"), With(
                statements.Count == 0 ? new ReportParagraph(L("Es liegen keine Angaben aus einer Träger-Abfrage vor.", "There are no provider survey statements."))
                                      : new ReportTable(table, "traegerangaben.csv", csv.ToString()),
                new ReportParagraph(L("Angaben der Träger ersetzen für das jeweilige Angebot die modellierte Reaktion und sind in der Tabelle der betroffenen Angebote als „laut Träger-Abfrage“ gekennzeichnet.",
                                      "Provider statements replace the modelled response for their offering and are marked 'per provider survey' in the table of affected offerings.")),
                IllustrativeNote(L("Die Angaben der Träger", "The provider statements"))));
        }

        private ReportSection ConferenceSection()
        {
            var table = new Table([L("Raum", "Space"), L("Handlungsfeld", "Domain"), L("Einschätzung", "Rating"), L("Datenlage", "Data"), L("Übereinstimmung", "Agreement"), L("Aussage", "Statement"), L("Quelle", "Source")],
                gaps.Statements.Select(a => (IReadOnlyList<string>)[Name(a.Statement.Space), DomainName(a.Statement.Domain), a.Statement.Rating.ToGermanRatingLabel(),
                    a.Row?.CoveragePercent is { } c ? P(c, 0) : "–", a.Agreement.ToGermanLabel(), a.Statement.Text, $"{a.Statement.Source}, {Date(a.Statement.Date)}"]),
                [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left],
                L("Aussagen aus Sozialraumkonferenzen und ihr Abgleich mit den Daten", "Social-space conference statements checked against the data"));
            return new ReportSection("sozialraumkonferenzen", L("Was die Sozialraumkonferenzen sagen", "What the social-space conferences say"), With(
                gaps.Statements.Count == 0 ? new ReportParagraph(L("Keine Aussagen erfasst.", "No statements recorded.")) : new ReportTable(table),
                IllustrativeNote(L("Die Aussagen", "The statements"))));
        }

        private ReportSection RescueSection()
        {
            if (rescue is null)
                return new ReportSection("rettungsbudget", L("Welche Angebote ein Budget zuerst sichern sollte", "Which offerings a budget should protect first"),
                    [new ReportParagraph(L("Kein Rettungsbudget angegeben (Option --budget EUR).", "No rescue budget given (option --budget EUR)."))]);
            var table = new Table(["#", L("Angebot", "Offering"), L("Handlungsfeld", "Domain"), L("Ausgleich €/Jahr", "Back-fill €/year"), L("Anteil der Kürzung", "Share of the cut"), L("vermiedene Folgen", "Impact avoided"), L("je 100.000 €", "per €100,000")],
                rescue.Choices.Select((c, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), data.OfferingsById.TryGetValue(c.OfferingId, out var o) ? o.Name : c.OfferingId,
                    o is null ? "" : DomainName(o.Domain), NumberFormat.Amount(c.BackfillPerYear, 0, _lang), P(100 * c.Share, 0), N(c.ImpactAvoided, 3), N(c.ImpactAvoidedPerEuro * 100_000, 3)]),
                [ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Right],
                L($"Rettungsplan für {E(rescue.BudgetPerYear)} pro Jahr ({MethodLabel(rescue.Method)})", $"Rescue plan for {E(rescue.BudgetPerYear)} per year ({rescue.Method.ToString().ToLowerInvariant()})"));
            return new ReportSection("rettungsbudget", L("Welche Angebote ein Budget zuerst sichern sollte", "Which offerings a budget should protect first"), With(
                new ReportParagraph(L($"Ausgleich in Schritten von höchstens 10 % der Kürzung eines Angebots, so gewählt, dass die bedarfsgewichteten Kürzungsfolgen möglichst stark sinken. Eingesetzt: {E(rescue.Spent)} von {E(rescue.BudgetPerYear)}; verbleibende Folgen {N(rescue.RemainingImpact, 3)} von {N(rescue.ImpactAfterCut, 3)}.",
                                      $"Back-fill in steps of at most 10 % of an offering's cut, chosen to reduce need-weighted impact most. Spent: {E(rescue.Spent)} of {E(rescue.BudgetPerYear)}; remaining impact {N(rescue.RemainingImpact, 3)} of {N(rescue.ImpactAfterCut, 3)}.")),
                new ReportTable(table, "rettungsplan.csv", CutsOutput.RescueCsv(rescue)),
                IllustrativeNote(L("Der Rettungsplan", "The rescue plan"))));
        }

        private string MethodLabel(RescueMethod m) => m switch
        {
            RescueMethod.Exact => "exakt (dynamische Programmierung)",
            RescueMethod.Greedy => "Greedy nach vermiedenen Folgen je Euro",
            _ => m.ToString(),
        };

        private ReportSection NextStepsSection()
        {
            var steps = new List<string>();
            if (rescue is { Choices.Count: > 0 })
                steps.Add(L($"Vorrangig sichern: {string.Join(", ", rescue.Choices.Take(5).Select(c => data.OfferingsById.TryGetValue(c.OfferingId, out var o) ? o.Name : c.OfferingId))} (höchste vermiedene Folgen je Euro).",
                            $"Protect first: {string.Join(", ", rescue.Choices.Take(5).Select(c => data.OfferingsById.TryGetValue(c.OfferingId, out var o) ? o.Name : c.OfferingId))} (most impact avoided per euro)."));
            var top = gaps.Findings.Take(3).Select(f => $"{f.Row.Space.Name} · {DomainName(f.Row.Domain)}").ToArray();
            if (top.Length > 0)
                steps.Add(L($"Bestehende Lücken zuerst angehen: {string.Join("; ", top)}.", $"Address existing gaps first: {string.Join("; ", top)}."));
            var closures = cuts.Offerings.Where(o => o.Closed).OrderByDescending(o => o.Impact).Take(3).Select(o => o.Offering.Name).ToArray();
            if (closures.Length > 0)
                steps.Add(L($"Mit den Trägern der von Schließung bedrohten Angebote sprechen: {string.Join(", ", closures)}.", $"Talk to the providers of offerings at risk of closing: {string.Join(", ", closures)}."));
            var assumptions = Scenario.Lines.Count(l => l.IsAssumption);
            if (assumptions > 0)
                steps.Add(L($"{N(assumptions, 0)} Kürzungspositionen des Szenarios beruhen auf Annahmen: mit den Bescheiden des Landes und des Bundes abgleichen.",
                            $"{N(assumptions, 0)} scenario lines are assumptions: check them against the Land and federal funding notices."));
            var missing = data.Providers.Count - data.ProviderStatements.Select(s => data.OfferingsById.TryGetValue(s.OfferingId, out var o) ? o.ProviderId : "").Distinct().Count();
            if (missing > 0)
                steps.Add(L($"Träger-Abfrage vervollständigen: von {N(missing, 0)} Trägern liegen keine Angaben vor.", $"Complete the provider survey: {N(missing, 0)} providers have not reported."));
            if (Illustrative)
                steps.Add(L("Illustrative Werte durch die Zahlen der Bestands- und Bedarfserhebung und der amtlichen Statistik ersetzen (docs/data-format.md).",
                            "Replace illustrative figures with the figures of the inventory and demand survey and official statistics (docs/data-format.md)."));
            steps.Add(L("Richtwerte ohne veröffentlichte Quelle (als Annahme gekennzeichnet) im Fachausschuss festlegen.", "Agree the norms without a published source (flagged as assumptions) in the committee."));
            return new ReportSection("naechste-schritte", L("Nächste Schritte, um die Angebotslandschaft möglichst breit zu erhalten", "Next steps to keep the landscape as broad as possible"),
                [new ReportList(steps)]);
        }

        private ReportSection MethodSection()
        {
            var lines = new Table([L("Kürzungsposition", "Scenario line"), L("Kürzung", "Cut"), L("ab", "from"), L("Status", "Status"), L("Anmerkung", "Note")],
                Scenario.Lines.Select(l => (IReadOnlyList<string>)[l.Label, l.Kind == CutKind.Share ? P((double)(100 * l.Value), 0) : E(l.Value), Date(l.EffectiveFrom),
                    l.IsAssumption ? L("Annahme", "assumption") : L("belegt", "sourced"), l.Note ?? ""]),
                [ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left],
                L("Kürzungspositionen des Szenarios mit Quelle oder Annahme", "Scenario lines with source or assumption"));
            var norms = new Table([L("Handlungsfeld", "Domain"), L("Einheit", "Unit"), L("Richtwert", "Norm"), L("Quelle", "Source")],
                gaps.Norms.Norms.Select(n => (IReadOnlyList<string>)[DomainName(n.Domain), UnitName(n.Unit), n.Label, n.Provenance.ToString()]),
                [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left], L("Richtwerte", "Planning norms"));
            var notes = new List<string>
            {
                L("Sozialindex: z-Standardisierung über die Gemeinden, gleiche Gewichte, Klassen nach den MSS-Grenzen (Status: z < −1 hoch, −1 bis 1 mittel, 1 bis 1,5 niedrig, > 1,5 sehr niedrig). Details: docs/methodology.md.",
                  "Social index: z-standardised over the municipalities, equal weights, classes by the MSS cut-offs. Details: docs/methodology.md."),
                L("Versorgungslücken: Bedarf = Zielgruppe × Richtwert; Versorgungsgrad = Bestand ÷ Bedarf × 100; Unsicherheit aus den Intervallen der Bedarfsquoten (sicher / wahrscheinlich / möglich).",
                  "Gaps: demand = target group × norm; coverage = supply ÷ demand × 100; uncertainty from the intervals of the need rates (certain / probable / possible)."),
                L($"Kürzungen: Reaktion der Träger modelliert (Auffangen aus Eigenmitteln, Verkleinerung, Schließung unter der Tragfähigkeitsschwelle oder bei wegfallender Kofinanzierung); Leistungsentgelte auf Rechtsansprüche werden nicht gekürzt; Monte Carlo mit {NumberFormat.Number(Draws, 0, _lang)} Ziehungen, Seed {Seed.ToString(CultureInfo.InvariantCulture)}, reproduzierbar.",
                  $"Cuts: provider response modelled (absorb from own funds, shrink, close below the viability threshold or when co-financing fails); fees on legal claims are not cut; Monte Carlo with {NumberFormat.Number(Draws, 0, _lang)} draws, seed {Seed.ToString(CultureInfo.InvariantCulture)}, reproducible."),
                L("Quellen: Bevölkerung IT.NRW 31.12.2024 (Zensus-2022-Basis); GISD: Robert Koch-Institut (2025), German Index of Socioeconomic Deprivation, Release 2025 v1.0, CC BY 4.0; Gemeindegrenzen: Geobasis NRW, DVG2, dl-de/zero-2.0; Kürzungen: LAG Freie Wohlfahrtspflege NRW und Presseberichte (siehe Tabelle).",
                  "Sources: population IT.NRW 31.12.2024 (Zensus 2022 basis); GISD: Robert Koch-Institut (2025), German Index of Socioeconomic Deprivation, Release 2025 v1.0, CC BY 4.0; boundaries: Geobasis NRW, DVG2, dl-de/zero-2.0; cuts: LAG Freie Wohlfahrtspflege NRW and press reports (see table)."),
            };
            if (data.Description is { Length: > 0 } description) notes.Add(description);
            return new ReportSection("methodik", L("Methodik und Quellen", "Method and sources"), With(
                new ReportList(notes), new ReportTable(lines, "szenario.csv", ScenarioCsv()), new ReportTable(norms),
                Illustrative ? new ReportNote(L("illustrativ: Angebote, Träger, Finanzierung, Altersgliederung, Indikatorwerte der Gemeinden sowie die Aussagen aus Konferenzen und Träger-Abfrage sind illustrative Beispieldaten; real und belegt sind Gemeinden, AGS, Flächen, Einwohnerzahlen 2024, Grenzen und GISD-Werte.",
                                                "illustrative: offerings, providers, funding, age structure, municipal indicator values, conference and provider statements are illustrative sample data; real and sourced are municipalities, AGS, areas, 2024 populations, boundaries and GISD scores."), isWarning: true) : null));
        }

        private string ScenarioCsv()
        {
            var sb = new StringBuilder("line,label,kind,value,effective_from,status,note\n");
            var i = 0;
            foreach (var l in Scenario.Lines)
                sb.Append(CultureInfo.InvariantCulture, $"{++i},{Table.CsvField(l.Label)},{l.Kind.ToString().ToLowerInvariant()},{R(l.Value)},{l.EffectiveFrom:yyyy-MM-dd},{(l.IsAssumption ? "annahme" : "sourced")},{Table.CsvField(l.Note ?? "")}\n");
            return sb.ToString();
        }
    }
}
