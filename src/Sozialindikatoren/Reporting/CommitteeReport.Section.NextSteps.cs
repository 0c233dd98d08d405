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
    // The report section "Nächste Schritte".
    private sealed partial class Builder
    {
        private ReportSection NextStepsSection()
        {
            var steps = new List<string>();
            if (rescue is { Choices.Count: > 0 })
            {
                var first = string.Join(", ", rescue.Choices.Take(5).Select(c => data.OfferingsById.TryGetValue(c.OfferingId, out var o) ? o.Name : c.OfferingId));
                steps.Add(L($"Vorrangig sichern: {first} (in der Reihenfolge der vermiedenen Folgen je Euro; Tabelle rettungsplan.csv).",
                            $"Protect first: {first} (in order of impact avoided per euro; table rettungsplan.csv)."));
            }
            var top = gaps.Findings.Select(f => f.Row).DistinctBy(r => (r.Space.Id, r.Domain, r.Unit)).Take(3)
                .Select(r => $"{r.Space.Name} · {DomainName(r.Domain)} ({UnitName(r.Unit)})").ToArray();
            if (top.Length > 0)
                steps.Add(L($"Bestehende Lücken zuerst angehen: {string.Join("; ", top)} (Tabelle befunde.csv).", $"Address existing gaps first: {string.Join("; ", top)} (table befunde.csv)."));
            var newly = cuts.Cells.Where(c => c.NewlyUnderSupplied).DistinctBy(c => (c.Space, c.Domain, c.Unit)).OrderByDescending(c => c.PeopleAffected).Take(3)
                .Select(c => $"{c.Row.Space.Name} · {DomainName(c.Domain)} ({UnitName(c.Unit)})").ToArray();
            if (newly.Length > 0)
                steps.Add(L($"Neue Unterversorgung durch die Kürzungen verhindern: {string.Join("; ", newly)} (Tabelle raeume_nach_kuerzung.csv).",
                            $"Prevent new under-supply through the cuts: {string.Join("; ", newly)} (table raeume_nach_kuerzung.csv)."));
            var closures = cuts.Offerings.Where(o => o.Closed).OrderByDescending(o => o.Impact).Take(3).Select(o => o.Offering.Name).ToArray();
            if (closures.Length > 0)
                steps.Add(L($"Mit den Trägern der von Schließung bedrohten Angebote sprechen: {string.Join(", ", closures)} (Tabelle angebote.csv).", $"Talk to the providers of offerings at risk of closing: {string.Join(", ", closures)} (table angebote.csv)."));
            var assumptions = Scenario.Lines.Count(l => l.IsAssumption);
            if (assumptions > 0)
                steps.Add(L($"{N(assumptions, 0)} Kürzungspositionen des Szenarios beruhen auf Annahmen: mit den Bescheiden des Landes und des Bundes abgleichen (Tabelle szenario.csv).",
                            $"{N(assumptions, 0)} scenario lines are assumptions: check them against the Land and federal funding notices (table szenario.csv)."));
            var missing = data.Providers.Count - data.ProviderStatements.Select(s => data.OfferingsById.TryGetValue(s.OfferingId, out var o) ? o.ProviderId : "").Distinct().Count();
            if (missing > 0)
                steps.Add(L($"Träger-Abfrage vervollständigen: von {N(missing, 0)} Trägern liegen keine Angaben vor (Tabelle traegerangaben.csv).", $"Complete the provider survey: {N(missing, 0)} providers have not reported (table traegerangaben.csv)."));
            if (ParticipationStep() is { } participation) steps.Add(participation);
            if (Illustrative)
                steps.Add(L("Illustrative Werte durch die Zahlen der Bestands- und Bedarfserhebung und der amtlichen Statistik ersetzen (docs/data-format.md).",
                            "Replace illustrative figures with the figures of the inventory and demand survey and official statistics (docs/data-format.md)."));
            steps.Add(L("Richtwerte ohne veröffentlichte Quelle (als Annahme gekennzeichnet) im Fachausschuss festlegen (Tabelle versorgung.csv).", "Agree the norms without a published source (flagged as assumptions) in the committee (table versorgung.csv)."));
            return new ReportSection("naechste-schritte", L("Nächste Schritte, um die Angebotslandschaft möglichst breit zu erhalten", "Next steps to keep the landscape as broad as possible"),
                [new ReportList(steps)]);
        }
    }
}
