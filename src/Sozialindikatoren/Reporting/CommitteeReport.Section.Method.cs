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
    // The report section "Methodik und Quellen": notes, scenario lines, norms; szenario.csv.
    private sealed partial class Builder
    {
        private ReportSection MethodSection()
        {
            var lines = new Table([L("Kürzungsposition", "Scenario line"), L("Kürzung", "Cut"), L("ab", "from"), L("Status", "Status"), L("Anmerkung", "Note")],
                Scenario.Lines.Select(l => (IReadOnlyList<string>)[l.Label, l.Kind == CutKind.Share ? P((double)(100 * l.Value), 0) : E(l.Value), Date(l.EffectiveFrom),
                    Labels.Of(l.Status, _lang), l.Note ?? ""]),
                [ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left],
                L("Kürzungspositionen des Szenarios mit Quelle oder Annahme", "Scenario lines with source or assumption"));
            var norms = new Table([L("Handlungsfeld", "Domain"), L("Einheit", "Unit"), L("Richtwert", "Norm"), L("Quelle", "Source")],
                gaps.Norms.Norms.Select(n => (IReadOnlyList<string>)[DomainName(n.Domain), UnitName(n.Unit), n.LabelIn(_lang), GapFindingsText.ProvenanceText(n.Provenance, _lang)]),
                [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left], L("Richtwerte", "Planning norms"));
            var notes = new List<string>
            {
                L($"Sozialindex: z-Standardisierung über die {SpacesWord}, gleiche Gewichte, Klassen nach den MSS-Grenzen (Status: z < −1 hoch, −1 bis 1 mittel, 1 bis 1,5 niedrig, > 1,5 sehr niedrig). Details: docs/methodology.md.",
                  $"Social index: z-standardised over the {SpacesWord}, equal weights, classes by the MSS cut-offs. Details: docs/methodology.md."),
                L("Versorgungslücken: Bedarf = Zielgruppe × Richtwert; Versorgungsgrad = Bestand ÷ Bedarf × 100; Unsicherheit aus den Intervallen der Bedarfsquoten (sicher / wahrscheinlich / möglich).",
                  "Gaps: demand = target group × norm; coverage = supply ÷ demand × 100; uncertainty from the intervals of the need rates (certain / probable / possible)."),
                L($"Kürzungen: Reaktion der Träger modelliert (Auffangen aus Eigenmitteln, Verkleinerung, Schließung unter der Tragfähigkeitsschwelle{(cuts.AssumesCofunderWithdrawal ? " oder bei wegfallender Kofinanzierung (Annahme: Kofinanzierer ziehen sich zurück)" : "; ein Rückzug von Kofinanzierern ist nicht angenommen")}); Angaben der Träger nur, wenn ihre Bedingung im Szenario erfüllt ist, anteilig für die Monate im Stichtagsjahr; Leistungsentgelte auf Rechtsansprüche werden nicht gekürzt; Monte Carlo mit {NumberFormat.Number(Draws, 0, _lang)} Ziehungen, Seed {Seed.ToString(CultureInfo.InvariantCulture)}, reproduzierbar.",
                  $"Cuts: provider response modelled (absorb from own funds, shrink, close below the viability threshold{(cuts.AssumesCofunderWithdrawal ? " or when co-financing fails (assumption: co-funders withdraw)" : "; no co-funder withdrawal assumed")}); provider statements only when their condition holds in the scenario, pro rata for the months of the reference year; fees on legal claims are not cut; Monte Carlo with {NumberFormat.Number(Draws, 0, _lang)} draws, seed {Seed.ToString(CultureInfo.InvariantCulture)}, reproducible."),
                L("Quellen: Bevölkerung IT.NRW 31.12.2024 (Zensus-2022-Basis); GISD: Robert Koch-Institut (2025), German Index of Socioeconomic Deprivation, Release 2025 v1.0, CC BY 4.0; Gemeindegrenzen: Geobasis NRW, DVG2, dl-de/zero-2.0; Kürzungen: LAG Freie Wohlfahrtspflege NRW und Presseberichte (siehe Tabelle).",
                  "Sources: population IT.NRW 31.12.2024 (Zensus 2022 basis); GISD: Robert Koch-Institut (2025), German Index of Socioeconomic Deprivation, Release 2025 v1.0, CC BY 4.0; boundaries: Geobasis NRW, DVG2, dl-de/zero-2.0; cuts: LAG Freie Wohlfahrtspflege NRW and press reports (see table)."),
            };
            if (ConfidentialityNote() is { } confidentiality) notes.Add(confidentiality);
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
                sb.Append(CultureInfo.InvariantCulture, $"{++i},{Csv.Field(l.Label)},{l.Kind.ToString().ToLowerInvariant()},{R(l.Value)},{l.EffectiveFrom:yyyy-MM-dd},{(l.IsAssumption ? "assumption" : "sourced")},{Csv.Field(l.Note ?? "")}\n");
            return sb.ToString();
        }
    }
}
