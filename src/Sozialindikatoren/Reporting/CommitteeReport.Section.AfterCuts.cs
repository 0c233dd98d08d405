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
    // The report section "Versorgung nach den Kürzungen": newly under-supplied cells, Monte Carlo, map; raeume_nach_kuerzung.csv.
    private sealed partial class Builder
    {
        private ReportSection AfterCutsSection()
        {
            var cells = cuts.Cells.Where(c => c.NewlyUnderSupplied || c.ProbabilityUnderSupplied >= 0.5 && !IsUnder(c.ClassBefore))
                .OrderByDescending(c => c.ProbabilityUnderSupplied).ThenBy(c => c.Space).ThenBy(c => c.Domain).ToArray();
            var table = new Table([SpaceNoun, L("Handlungsfeld", "Domain"), L("Versorgungsgrad vorher", "Coverage before"), L("nachher", "after"),
                    L("Klasse vorher → nachher", "Class before → after"), L("Wahrscheinlichkeit Unterversorgung", "P(under-supplied)"), L("Betroffene Personen", "People affected")],
                cells.Select(c => (IReadOnlyList<string>)[Name(c.Space), $"{DomainName(c.Domain)} ({UnitName(c.Unit)})", P(c.CoverageBefore, 0), P(c.CoverageAfter, 0),
                    $"{ClassLabel(c.ClassBefore)} → {ClassLabel(c.ClassAfter)}", P(100 * c.ProbabilityUnderSupplied, 0), N(c.PeopleAffected, 0)]),
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
            // One range per capacity unit: shares of places and of FTE are never averaged into one figure.
            string CapacityRanges(string to) => string.Join("; ", mc!.LostCapacityShareByUnit.OrderBy(kv => kv.Key)
                .Select(kv => $"{UnitName(kv.Key)} {P(100 * kv.Value.P50, 1)} (5–95 %: {P(100 * kv.Value.P05, 1)} {to} {P(100 * kv.Value.P95, 1)})"));
            var mcText = mc is null ? null : new ReportParagraph(L(
                $"Unsicherheit der Reaktionen der Träger ({NumberFormat.Number(mc.Draws, 0, _lang)} Ziehungen): Kürzung gesamt {E((decimal)mc.LostFunding.P50)} (5–95 %: {E((decimal)mc.LostFunding.P05)} bis {E((decimal)mc.LostFunding.P95)}), Schließungen {N(mc.Closures.P50, 0)} (5–95 %: {N(mc.Closures.P05, 0)} bis {N(mc.Closures.P95, 0)}), Kapazitätsverlust je Einheit {CapacityRanges("bis")}.",
                $"Uncertainty of provider responses ({NumberFormat.Number(mc.Draws, 0, _lang)} draws): total cut {E((decimal)mc.LostFunding.P50)} (5–95 %: {E((decimal)mc.LostFunding.P05)} to {E((decimal)mc.LostFunding.P95)}), closures {N(mc.Closures.P50, 0)} (5–95 %: {N(mc.Closures.P05, 0)} to {N(mc.Closures.P95, 0)}), capacity lost per unit {CapacityRanges("to")}."));
            var unmet = new ReportParagraph(L($"Nicht gedeckter Bedarf (Summe der Fehlbedarfsanteile über die Handlungsfelder, 1 = ein ganzes Handlungsfeld ohne Angebot): vorher {N(cuts.UnmetShareBefore, 2)}, nachher {N(cuts.UnmetShareAfter, 2)}.",
                                              $"Unmet demand (sum over domains of the unmet share of each domain's demand; 1 = one whole domain without supply): before {N(cuts.UnmetShareBefore, 2)}, after {N(cuts.UnmetShareAfter, 2)}."));
            return new ReportSection("nach-kuerzungen", L("Versorgung nach den Kürzungen", "Supply after the cuts"), With(
                cells.Length == 0 ? new ReportParagraph(L($"Keine Kombination aus {SpaceWord} und Handlungsfeld wird durch die Kürzungen neu unterversorgt.", $"No {SpaceWord} × domain cell becomes newly under-supplied."))
                                  : new ReportTable(table, "raeume_nach_kuerzung.csv", CutsOutput.SpacesCsv(cuts)),
                unmet, mcText, map, IllustrativeNote(L("Versorgungsgrade nach den Kürzungen", "Coverage after the cuts"))));
        }
    }
}
