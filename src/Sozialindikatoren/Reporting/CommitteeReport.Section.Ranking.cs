using Sozialindikatoren.Gaps;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

public static partial class CommitteeReport
{
    // The ranking of the gap findings: what it ranks, and where sharing an offering over its catchment (served-area
    // supply) gives every space of the catchment the same coverage, the located coverage beside it (issue 12.9).
    private sealed partial class Builder
    {
        /// <summary>What the ranking of the findings ranks, and by which score.</summary>
        private ReportParagraph RankingParagraph(int shown) => new(L(
            $"Die Rangfolge ordnet Kombinationen aus {SpaceWord} und Handlungsfeld (je Einheit des Richtwerts) mit mindestens möglicher Unterversorgung – nicht {SpacesWord} insgesamt und nicht einzelne Angebote. Rangwert = Lücke ÷ Bedarf × nicht versorgte Personen der Zielgruppe × Bedarfsfaktor des Sozialindex; gleiche Werte nach Sicherheit. Gezeigt sind die ersten {N(shown, 0)} von {N(gaps.Findings.Count, 0)} Befunden. „davon am Standort“ = Kapazität der Angebote mit Standort in der {SpaceWord} ÷ Bedarf.",
            $"The ranking orders {SpaceWord} × domain combinations (per unit of the norm) with at least possible under-supply – not {SpacesWord} as a whole and not single offerings. Score = gap ÷ demand × people of the target group not covered × need factor of the social index; ties by certainty. Shown are the first {N(shown, 0)} of {N(gaps.Findings.Count, 0)} findings. \"Located coverage\" = capacity of the offerings located in the {SpaceWord} ÷ demand."));

        /// <summary>Whether the row's coverage is the same as that of another base space in the same domain and unit
        /// because the supply is shared over a catchment (served-area supply): ≥ 2 spaces with equal coverage (within
        /// 0.05 percentage points) whose supply is split from offerings serving several spaces.</summary>
        private bool CatchmentUniform(GapFinding finding) => CatchmentPeers(finding).Count > 1;

        /// <summary>The base rows of the row's domain and unit that share its coverage through served-area sharing (the
        /// row included), or just the row.</summary>
        private IReadOnlyList<CoverageRow> CatchmentPeers(GapFinding finding)
        {
            var row = finding.Row;
            if (gaps.Options.Supply != SupplyMode.Served || row.IsAggregate || row.CoveragePercent is not { } c || !(row.Supply > 0)
                || !finding.Supply.Any(x => x.How == ContributionKind.ServedArea))
                return [row];
            var peers = gaps.Rows.Where(r => !r.IsAggregate && r.Domain == row.Domain && r.Unit == row.Unit && r.CoveragePercent is { } rc && Math.Abs(rc - c) < 0.05).ToArray();
            return peers.Length > 1 ? peers : [row];
        }

        /// <summary>Located coverage of the row's space, domain and unit (<see cref="Analysis.PlanningAnalysisResult.LocatedGaps"/>), percent.</summary>
        private double? LocatedCoverage(CoverageRow row) =>
            analysis.LocatedGaps.Rows.FirstOrDefault(r => !r.IsAggregate && r.Space.Id == row.Space.Id && r.Domain == row.Domain && r.Unit == row.Unit)?.CoveragePercent;

        /// <summary>Explains catchment-uniform coverage where it occurs among the shown findings, with the located
        /// coverage of every space of the catchment.</summary>
        private ReportParagraph? CatchmentParagraph(IReadOnlyList<GapFinding> findings)
        {
            var groups = findings.Where(CatchmentUniform).Select(CatchmentPeers)
                .DistinctBy(g => (g[0].Domain, g[0].Unit, Math.Round(g[0].CoveragePercent!.Value, 1))).ToArray();
            if (groups.Length == 0) return null;
            var items = groups.Select(g =>
            {
                var located = string.Join(", ", g.Select(r => $"{r.Space.Name} {(LocatedCoverage(r) is { } lc ? P(lc, 0) : "–")}"));
                return L($"{DomainName(g[0].Domain)} ({UnitName(g[0].Unit)}): {N(g.Count, 0)} {SpacesWord} je {P(g[0].CoveragePercent!.Value, 0)}; am Standort {located}",
                         $"{DomainName(g[0].Domain)} ({UnitName(g[0].Unit)}): {N(g.Count, 0)} {SpacesWord} at {P(g[0].CoveragePercent!.Value, 0)} each; located {located}");
            });
            return new ReportParagraph(L(
                $"≡ Gleicher Versorgungsgrad durch ein gemeinsames Einzugsgebiet: Angebote, die mehrere {SpacesWord} versorgen, werden nach deren Bedarf aufgeteilt; versorgen dieselben Angebote alle {SpacesWord} eines Einzugsgebiets, hat jede denselben Versorgungsgrad. Der Wert beschreibt das Einzugsgebiet insgesamt, nicht die einzelne {SpaceWord}, und sein Rang folgt vor allem aus ihrer Größe. Wo die Angebote stehen, zeigt der Versorgungsgrad am Standort: ",
                $"≡ Same coverage through a shared catchment: offerings serving several {SpacesWord} are split by their demand; where the same offerings serve every {SpaceWord} of a catchment, each has the same coverage. The figure describes the catchment as a whole, not the single {SpaceWord}, and its rank follows mainly from the {SpaceWord}'s size. Where the offerings are located shows the located coverage: ")
                + string.Join("; ", items) + ".");
        }
    }
}
