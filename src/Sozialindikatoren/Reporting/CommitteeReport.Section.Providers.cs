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
    // The report section "Was die Träger berichten": the provider survey; traegerangaben.csv.
    private sealed partial class Builder
    {
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
                csv.Append(CultureInfo.InvariantCulture, $"{s.OfferingId},{s.EffectiveFrom:yyyy-MM-dd},{R(s.CapacityReduction)},{(s.ExpectedFundingLossPerYear is { } l ? R(l) : "")},{(byOffering.TryGetValue(s.OfferingId, out var imp) ? R(imp.LostFunding) : "")},{Csv.Field(s.Text)}\n");
            return new ReportSection("traeger", L("Was die Träger berichten", "What the providers report"), With(
                statements.Count == 0 ? new ReportParagraph(L("Es liegen keine Angaben aus einer Träger-Abfrage vor.", "There are no provider survey statements."))
                                      : new ReportTable(table, "traegerangaben.csv", csv.ToString()),
                new ReportParagraph(L("Angaben der Träger ersetzen für das jeweilige Angebot die modellierte Reaktion und sind in der Tabelle der betroffenen Angebote als „laut Träger-Abfrage“ gekennzeichnet.",
                                      "Provider statements replace the modelled response for their offering and are marked 'per provider survey' in the table of affected offerings.")),
                IllustrativeNote(L("Die Angaben der Träger", "The provider statements"))));
        }
    }
}
