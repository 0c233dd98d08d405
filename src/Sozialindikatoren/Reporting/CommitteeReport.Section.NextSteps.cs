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
    }
}
