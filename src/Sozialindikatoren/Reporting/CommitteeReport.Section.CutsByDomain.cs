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
    // The report section "Welche Angebote die Kürzungen treffen": by domain and the affected offerings; kuerzungen_handlungsfelder.csv, angebote.csv.
    private sealed partial class Builder
    {
        private ReportSection CutsByDomainSection()
        {
            var table = new Table([L("Handlungsfeld", "Domain"), L("Einheit", "Unit"), L("Angebote", "Offerings"), L("betroffen", "affected"), L("schließen", "close"), L("Budget €/Jahr", "Budget €/year"),
                    L("Kürzung €/Jahr", "Cut €/year"), L("Kürzung in % der kürzbaren Mittel", "Cut in % of cuttable funds"), L("Kapazität vorher", "Capacity before"), L("Kapazität nachher", "Capacity after"), L("Kapazitätsverlust", "Capacity lost"), L("neu unterversorgt", "newly under-supplied")],
                cuts.ByDomain.Where(g => g.Offerings > 0 || g.NewlyUnderSupplied > 0).Select(g => (IReadOnlyList<string>)[DomainName(g.Domain), UnitName(g.Unit), N(g.Offerings, 0), N(g.Affected, 0), N(g.Closed, 0),
                    NumberFormat.Amount(g.Budget, 0, _lang), NumberFormat.Amount(g.LostFunding, 0, _lang), P(100 * (g.CutShareOfCuttable ?? double.NaN), 1), N(g.CapacityBefore.Amount, 1), N(g.CapacityAfter.Amount, 1),
                    g.LostCapacityShare is { } share ? P(100 * share, 1) : "–", N(g.NewlyUnderSupplied, 0)]),
                [ColumnAlignment.Left, ColumnAlignment.Left, .. Enumerable.Repeat(ColumnAlignment.Right, 10)],
                L("Von den Kürzungen betroffene Angebote nach Handlungsfeld und Kapazitätseinheit", "Offerings affected by the cuts, by domain and capacity unit"));
            var affected = cuts.Offerings.Where(o => o.LostFunding > 0).OrderByDescending(o => o.Impact).ThenBy(o => o.Offering.Id, StringComparer.Ordinal).ToArray();
            var list = new Table([L("Angebot", "Offering"), L("Handlungsfeld", "Domain"), L("Träger", "Provider"), L("Kategorie", "Category"), L("Kürzung €/Jahr", "Cut €/year"),
                    L("Kapazität vorher → nachher", "Capacity before → after"), L("Reaktion", "Response"), L("Risiko", "Risk"), L("Folgenwert", "Impact")],
                affected.Take(30).Select(o => (IReadOnlyList<string>)[o.Offering.Name, DomainName(o.Offering.Domain), data.ProvidersById.TryGetValue(o.Offering.ProviderId, out var p) ? p.Name : o.Offering.ProviderId,
                    Labels.Of(o.Category, _lang), NumberFormat.Amount(o.LostFunding, 0, _lang),
                    $"{N(o.CapacityBefore.Amount, 1)} → {N(o.CapacityAfter.Amount, 1)} {UnitName(o.CapacityBefore.Unit)}", ResponseLabel(o.Response), N(o.Risk.Score, 2), N(o.Impact, 2)]),
                [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right],
                L($"Betroffene Angebote nach Folgenwert (die {N(Math.Min(30, affected.Length), 0)} höchsten von {N(affected.Length, 0)})", $"Affected offerings by impact (top {N(Math.Min(30, affected.Length), 0)} of {N(affected.Length, 0)})"));
            return new ReportSection("kuerzungen", L("Welche Angebote die Kürzungen treffen", "Which offerings the cuts affect"), With(
                new ReportParagraph(L($"Szenario „{Scenario.Name}“: {Scenario.Description}", $"Scenario \"{Scenario.Name}\": {Scenario.Description}")),
                new ReportTable(table, "kuerzungen_handlungsfelder.csv", CutsOutput.DomainsCsv(cuts)),
                new ReportTable(AttributionTable()),
                AttributionParagraph(),
                new ReportParagraph(L("Eine Zeile je Handlungsfeld und Kapazitätseinheit (Plätze, VZÄ, Fälle/Jahr, Std./Woche): Kapazitäten verschiedener Einheiten werden nie addiert. Kapazitätsverlust = 1 − Kapazität nachher ÷ Kapazität vorher über die Angebote der Zeile.",
                                      "One row per domain and capacity unit (places, FTE, cases/year, hours/week): capacities of different units are never added. Capacity lost = 1 − capacity after ÷ capacity before over the row's offerings.")),
                new ReportTable(list, "angebote.csv", CutsOutput.OfferingsCsv(cuts)),
                LegalClaimParagraph(),
                new ReportParagraph(L("Folgenwert (0–1): Anteil des verlorenen Angebots an der Versorgung der bedienten Räume, gewichtet mit dem Bedarf (Sozialindex), dem Fehlen erreichbarer Alternativen und der Verletzlichkeit der Zielgruppe. Risiko (0–1): Finanzierungsrisiko vor jedem Szenario (freiwillige Zuwendungen, Verbindlichkeit, Restlaufzeit, Finanzierungsart, Abhängigkeit von einem Geldgeber, Eigenanteil).",
                                      "Impact (0–1): the share of supply lost in the spaces served, weighted by need (social index), lack of alternatives within reach and target-group vulnerability. Risk (0–1): funding risk before any scenario (discretionary grants, obligation, months to period end, instrument, dependence on one funder, own share).")),
                IllustrativeNote(L("Angebote, Budgets und Kürzungsfolgen", "Offerings, budgets and impacts"))));
        }

        private string ResponseLabel(ResponseKind r) => Labels.Of(r, _lang);

        /// <summary>The lost funding by funder level: scenario cut, consequential loss, provider-reported loss, total.</summary>
        private Table AttributionTable()
        {
            var a = cuts.Attribution;
            string A(decimal v) => NumberFormat.Amount(v, 0, _lang);
            var rows = FunderLevels.All.Select(l => (IReadOnlyList<string>)[Labels.Of(l, _lang), A(a.ScenarioCutBy(l)), A(a.ConsequentialLossBy(l)), A(a.ProviderReportedLossBy(l)), A(a.TotalBy(l))])
                .Append([L("zusammen", "total"), A(a.ScenarioCut), A(a.ConsequentialLoss), A(a.ProviderReportedLoss), A(a.Total)]);
            return new Table([L("Geldgeber", "Funder"), L("Kürzung des Szenarios €/Jahr", "Scenario cut €/year"),
                    cuts.AssumesCofunderWithdrawal ? L("Folgeverlust (Annahme) €/Jahr", "Consequential loss (assumption) €/year") : L("Folgeverlust €/Jahr", "Consequential loss €/year"),
                    L("laut Träger-Abfrage zusätzlich €/Jahr", "Reported by providers in addition €/year"), L("wegfallend €/Jahr", "Lost €/year")],
                rows, [ColumnAlignment.Left, .. Enumerable.Repeat(ColumnAlignment.Right, 4)],
                L("Wegfallende Mittel nach Geldgeber: Kürzung des Szenarios, Folgeverluste und Angaben der Träger", "Lost funding by funder: the scenario's cut, consequential losses and provider statements"));
        }

        private ReportParagraph AttributionParagraph() => new(cuts.AssumesCofunderWithdrawal
            ? L("Folgeverlust = Fehlbedarfsfinanzierung, die wegfällt, weil ein anderer Geldgeber kürzt. Dass Kreis oder Kommune ihre Fehlbedarfsfinanzierung dann zurückziehen, ist eine Annahme (--assume-cofunder-withdrawal), keine Tatsache: es ist eine Entscheidung dieser Körperschaften. Laut Träger-Abfrage zusätzlich = erwarteter Verlust einer geltenden Träger-Angabe über Kürzung und Folgeverlust hinaus, der Ebene ihrer Bedingung zugerechnet (ohne Bedingung: sonstige).",
                "Consequential loss = deficit funding that falls away because another funder cuts. That the county or a municipality then withdraws its deficit funding is an assumption (--assume-cofunder-withdrawal), not a fact: it is a decision of those bodies. Reported by providers in addition = the expected loss of a provider statement that applies beyond the cut and the consequential loss, attributed to the level of its condition (without a condition: other).")
            : L("Ein Rückzug von Kofinanzierern (Wegfall einer Fehlbedarfsfinanzierung, weil ein anderer Geldgeber kürzt) ist nicht angenommen: er wäre eine Entscheidung von Kreis oder Kommune, keine Tatsache (Option --assume-cofunder-withdrawal). Laut Träger-Abfrage zusätzlich = erwarteter Verlust einer geltenden Träger-Angabe über die Kürzung hinaus, der Ebene ihrer Bedingung zugerechnet (ohne Bedingung: sonstige).",
                "No co-funder withdrawal (deficit funding falling away because another funder cuts) is assumed: it would be a decision of the county or a municipality, not a fact (option --assume-cofunder-withdrawal). Reported by providers in addition = the expected loss of a provider statement that applies beyond the cut, attributed to the level of its condition (without a condition: other)."));

        /// <summary>The offerings with an individual legal claim that the model closes or shrinks, counted separately:
        /// the duty and its cost stay with the public body.</summary>
        private ReportParagraph LegalClaimParagraph()
        {
            var legal = cuts.LegalClaimReduced;
            var claim = Labels.Of(Obligation.IndividualLegalClaim, _lang);
            if (legal.Count == 0)
                return new ReportParagraph(L($"Kein Angebot mit Verbindlichkeit „{claim}“ wird im Modell geschlossen oder verkleinert.",
                                             $"No offering with obligation \"{claim}\" is closed or reduced in the model."));
            var closed = legal.Count(o => o.Closed);
            var lost = legal.Aggregate(0m, (s, o) => s + o.LostFunding);
            var names = string.Join(", ", legal.Select(o => o.Offering.Name));
            return new ReportParagraph(L(
                $"{N(legal.Count, 0)} der verkleinerten oder geschlossenen Angebote erfüllen einen Rechtsanspruch (Verbindlichkeit „{claim}“: {names}): {N(closed, 0)} schließen, {N(legal.Count - closed, 0)} werden verkleinert; Kürzung {E(lost)} pro Jahr. Die Pflicht zur Leistung und ihre Kosten bleiben beim öffentlichen Träger (Jugendamt/Kreis): was der Träger nicht mehr leistet, muss er anders erbringen oder einkaufen. Diese Angebote werden hier gesondert gezählt.",
                $"{N(legal.Count, 0)} of the reduced or closed offerings fulfil a legal claim (obligation \"{claim}\": {names}): {N(closed, 0)} close, {N(legal.Count - closed, 0)} shrink; cut {E(lost)} per year. The duty to provide the service and its cost stay with the public body (youth office/county): what the provider no longer delivers, it must provide or buy otherwise. These offerings are counted separately here."));
        }
    }
}
