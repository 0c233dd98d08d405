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
            var cells = cuts.Cells.Where(c => c.NewlyUnderSupplied || c.WorsenedToSevere || c.ProbabilityUnderSupplied >= 0.5 && !IsUnder(c.ClassBefore))
                .OrderByDescending(c => c.ProbabilityUnderSupplied).ThenBy(c => c.Space).ThenBy(c => c.Domain).ToArray();
            var table = new Table([SpaceNoun, L("Handlungsfeld", "Domain"), L("Versorgungsgrad vorher", "Coverage before"), L("nachher", "after"),
                    L("Klasse vorher → nachher", "Class before → after"), L("Wahrscheinlichkeit Unterversorgung", "P(under-supplied)"), L("Betroffene Personen", "People affected")],
                cells.Select(c => (IReadOnlyList<string>)[Name(c.Space), $"{DomainName(c.Domain)} ({UnitName(c.Unit)})", P(c.CoverageBefore, 0), P(c.CoverageAfter, 0),
                    $"{ClassLabel(c.ClassBefore)} → {ClassLabel(c.ClassAfter)}", P(100 * c.ProbabilityUnderSupplied, 0), N(c.PeopleAffected, 0)]),
                [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right],
                L("Durch die Kürzungen (wahrscheinlich) neu unterversorgt oder von Unterversorgung zu erheblicher Unterversorgung", "(Probably) newly under-supplied, or from under-supply to severe under-supply, through the cuts"));
            var (changeDomain, changeUnit) = AfterCutsMapKey();
            var mapCells = cuts.Cells.Where(c => c.Domain == changeDomain && c.Unit == changeUnit && data.Region.TryGet(c.Space, out var s) && s.Boundary is not null).ToArray();
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
                    L($"Veränderung des Versorgungsgrads {DomainName(changeDomain)} ({UnitName(changeUnit)}) nach den Kürzungen, in Prozentpunkten", $"Change in coverage of {DomainName(changeDomain)} ({UnitName(changeUnit)}) after the cuts, in percentage points"),
                    [("#f7f7f7", L("keine Änderung", "no change")), (Svg.SequentialScale[1], L("bis −10 Pp.", "to −10 pp")), (Svg.SequentialScale[2], L("−10 bis −25 Pp.", "−10 to −25 pp")),
                     (Svg.SequentialScale[3], L("−25 bis −50 Pp.", "−25 to −50 pp")), (Svg.SequentialScale[4], L("mehr als −50 Pp.", "more than −50 pp"))], outline: CountyOutline()),
                    L($"Karte: Veränderung des Versorgungsgrads nach den Kürzungen (Prozentpunkte), {DomainName(changeDomain)} ({UnitName(changeUnit)}) – "
                      + (options.MapDomain is null ? "das Handlungsfeld mit der größten Veränderung" : "gewähltes Handlungsfeld"),
                      $"Map: change in coverage after the cuts (percentage points), {DomainName(changeDomain)} ({UnitName(changeUnit)}) – "
                      + (options.MapDomain is null ? "the domain with the largest change" : "chosen domain")) + (Illustrative ? L(" (illustrativ)", " (illustrative)") : ""));
            }
            var mcText = MonteCarloParagraph();
            var unmet = new ReportParagraph(L($"Nicht gedeckter Bedarf (Summe der Fehlbedarfsanteile über die Handlungsfelder, 1 = ein ganzes Handlungsfeld ohne Angebot): vorher {N(cuts.UnmetShareBefore, 2)}, nachher {N(cuts.UnmetShareAfter, 2)}.",
                                              $"Unmet demand (sum over domains of the unmet share of each domain's demand; 1 = one whole domain without supply): before {N(cuts.UnmetShareBefore, 2)}, after {N(cuts.UnmetShareAfter, 2)}."));
            return new ReportSection("nach-kuerzungen", L("Versorgung nach den Kürzungen", "Supply after the cuts"), With(
                cells.Length == 0 ? new ReportParagraph(L($"Keine Kombination aus {SpaceWord} und Handlungsfeld wird durch die Kürzungen neu unterversorgt.", $"No {SpaceWord} × domain cell becomes newly under-supplied.")) : null,
                new ReportTable(table, "raeume_nach_kuerzung.csv", CutsOutput.SpacesCsv(cuts)),
                WorsenedParagraph(),
                unmet, mcText, map, IllustrativeNote(L("Versorgungsgrade nach den Kürzungen", "Coverage after the cuts"))));
        }

        /// <summary>The (domain, unit) the "after the cuts" map shows: the one with the largest demand-weighted mean
        /// drop in coverage (percentage points) over the base spaces, Σ demand × (before − after) ÷ Σ demand; ties in
        /// domain and unit order. With <see cref="CommitteeReportOptions.MapDomain"/> set, that domain (its unit with
        /// the largest drop).</summary>
        private (ServiceDomain Domain, CapacityUnit Unit) AfterCutsMapKey()
        {
            var candidates = cuts.Cells.Where(c => double.IsFinite(c.CoverageBefore) && double.IsFinite(c.CoverageAfter) && c.Demand is > 0)
                .Where(c => options.MapDomain is not { } d || c.Domain == d)
                .GroupBy(c => (c.Domain, c.Unit))
                .Select(g => (g.Key, Drop: g.Sum(c => c.Demand!.Value * (c.CoverageBefore - c.CoverageAfter)) / g.Sum(c => c.Demand!.Value)))
                .OrderByDescending(x => x.Drop).ThenBy(x => x.Key.Domain).ThenBy(x => x.Key.Unit).ToArray();
            if (candidates.Length > 0) return candidates[0].Key;
            var fallback = cuts.Cells.Where(c => c.Domain == mapDomain).Select(c => c.Unit).OrderBy(u => u).ToArray();
            return (mapDomain, fallback.Length > 0 ? fallback[0] : CapacityUnit.FullTimeEquivalents);
        }

        private ReportParagraph WorsenedParagraph()
        {
            var newly = cuts.Cells.Count(c => c.NewlyUnderSupplied);
            var worse = cuts.Cells.Count(c => c.WorsenedToSevere);
            return new ReportParagraph(L($"Nominal werden {N(newly, 0)} Kombinationen neu unterversorgt, {N(worse, 0)} schon unterversorgte rutschen unter 50 % (erheblich unterversorgt).",
                                         $"Nominally {N(newly, 0)} cells become newly under-supplied, and {N(worse, 0)} already under-supplied ones fall below 50 % (severe under-supply)."));
        }

        /// <summary>The Monte Carlo ranges of the quantities that vary with the provider responses (unabsorbed loss, closures,
        /// newly under-supplied cells, capacity lost per unit), each at the precision at which its 5 % and 95 % ends differ;
        /// a quantity that is the same in every draw (the lost funding, fixed by the scenario) is stated as fixed.</summary>
        private ReportParagraph? MonteCarloParagraph()
        {
            if (cuts.MonteCarlo is not { } mc) return null;
            var underBefore = cuts.Cells.Count(c => c.ClassBefore.IsUnderSupply());
            string Q(PercentileSummary s, Func<double, int, string> format, int decimals, double shift = 0)
            {
                double lo = s.P05 - shift, mid = s.P50 - shift, hi = s.P95 - shift;
                if (lo == hi) return L($"{format(mid, decimals)} in allen Ziehungen", $"{format(mid, decimals)} in every draw");
                var d = decimals;
                while (d < decimals + 4 && format(lo, d) == format(hi, d)) d++;
                return L($"{format(mid, d)} (5–95 %: {format(lo, d)} bis {format(hi, d)})", $"{format(mid, d)} (5–95 %: {format(lo, d)} to {format(hi, d)})");
            }
            string Euro(double v, int d) => NumberFormat.Number(v, d, _lang) + " €";
            string Count(double v, int d) => N(v, d);
            string Pct(double v, int d) => P(100 * v, d);
            var capacity = string.Join("; ", mc.LostCapacityShareByUnit.Where(kv => cuts.Offerings.Any(o => o.CapacityBefore.Unit == kv.Key)).OrderBy(kv => kv.Key)
                .Select(kv => $"{UnitName(kv.Key)} {Q(kv.Value, Pct, 1)}"));
            var fixedFunding = mc.LostFunding.P05 == mc.LostFunding.P95;
            return new ReportParagraph(L(
                $"Unsicherheit der Reaktionen der Träger ({NumberFormat.Number(mc.Draws, 0, _lang)} Ziehungen, Seed {mc.Seed.ToString(CultureInfo.InvariantCulture)}): nicht aufgefangener Verlust {Q(mc.UnabsorbedLoss, Euro, 0)}; Schließungen {Q(mc.Closures, Count, 0)}; neu unterversorgte Kombinationen {Q(mc.LocatedGaps, Count, 0, underBefore)}; Kapazitätsverlust je Einheit {capacity}. "
                + (fixedFunding ? $"Fest (in jeder Ziehung gleich, vom Szenario bestimmt): wegfallende Mittel {E(cuts.TotalLostFunding)}." : $"Wegfallende Mittel {Q(mc.LostFunding, Euro, 0)}."),
                $"Uncertainty of provider responses ({NumberFormat.Number(mc.Draws, 0, _lang)} draws, seed {mc.Seed.ToString(CultureInfo.InvariantCulture)}): unabsorbed loss {Q(mc.UnabsorbedLoss, Euro, 0)}; closures {Q(mc.Closures, Count, 0)}; newly under-supplied cells {Q(mc.LocatedGaps, Count, 0, underBefore)}; capacity lost per unit {capacity}. "
                + (fixedFunding ? $"Fixed (the same in every draw, set by the scenario): lost funding {E(cuts.TotalLostFunding)}." : $"Lost funding {Q(mc.LostFunding, Euro, 0)}.")));
        }
    }
}
