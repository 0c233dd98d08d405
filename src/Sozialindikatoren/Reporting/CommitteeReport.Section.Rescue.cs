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
    // The report section "Welche Angebote ein Budget zuerst sichern sollte"; rettungsplan.csv.
    private sealed partial class Builder
    {
        private ReportSection RescueSection()
        {
            if (rescue is null)
                return new ReportSection("rettungsbudget", L("Welche Angebote ein Budget zuerst sichern sollte", "Which offerings a budget should protect first"),
                    [new ReportParagraph(L("Kein Rettungsbudget angegeben (Option --budget EUR).", "No rescue budget given (option --budget EUR).")),
                     new ReportTable(new Table(["#"], [], [ColumnAlignment.Left]), "rettungsplan.csv", CutsOutput.RescueHeader + "\n", showInTerminal: false)]);
            var table = new Table(["#", L("Angebot", "Offering"), L("Handlungsfeld", "Domain"), L("Ausgleich €/Jahr", "Back-fill €/year"), L("Anteil der Kürzung", "Share of the cut"), L("vermiedene Folgen", "Impact avoided"), L("je 100.000 €", "per €100,000")],
                rescue.Choices.Select((c, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), data.OfferingsById.TryGetValue(c.OfferingId, out var o) ? o.Name : c.OfferingId,
                    o is null ? "" : DomainName(o.Domain), NumberFormat.Amount(c.BackfillPerYear, 0, _lang), P(100 * c.Share, 0), N(c.ImpactAvoided, 3), N(c.ImpactAvoidedPerEuro * 100_000, 3)]),
                [ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Right],
                L($"Rettungsplan für {E(rescue.BudgetPerYear)} pro Jahr ({MethodLabel(rescue.Method)})", $"Rescue plan for {E(rescue.BudgetPerYear)} per year ({MethodLabel(rescue.Method)})"));
            return new ReportSection("rettungsbudget", L("Welche Angebote ein Budget zuerst sichern sollte", "Which offerings a budget should protect first"), With(
                new ReportParagraph(L($"Ausgleich in Schritten von höchstens 10 % der Kürzung eines Angebots, so gewählt, dass die bedarfsgewichteten Kürzungsfolgen möglichst stark sinken. Eingesetzt: {E(rescue.Spent)} von {E(rescue.BudgetPerYear)}; verbleibende Folgen {N(rescue.RemainingImpact, 3)} von {N(rescue.ImpactAfterCut, 3)}.",
                                      $"Back-fill in steps of at most 10 % of an offering's cut, chosen to reduce need-weighted impact most. Spent: {E(rescue.Spent)} of {E(rescue.BudgetPerYear)}; remaining impact {N(rescue.RemainingImpact, 3)} of {N(rescue.ImpactAfterCut, 3)}.")),
                new ReportTable(table, "rettungsplan.csv", CutsOutput.RescueCsv(rescue)),
                IllustrativeNote(L("Der Rettungsplan", "The rescue plan"))));
        }

        private string MethodLabel(RescueMethod m) => Labels.Of(m, _lang);
    }
}
