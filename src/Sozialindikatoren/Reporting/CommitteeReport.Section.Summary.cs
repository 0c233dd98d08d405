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
    // The report section "Auf einen Blick": the headline figures.
    private sealed partial class Builder
    {
        private ReportSection Summary()
        {
            var affected = cuts.Offerings.Where(o => o.LostFunding > 0).ToArray();
            var closed = cuts.Offerings.Count(o => o.Closed);
            var underNow = gaps.Rows.Where(r => !r.IsAggregate && r.Class.IsUnderSupply()).ToArray();
            var newly = cuts.Cells.Count(c => c.NewlyUnderSupplied);
            var budget = data.Offerings.Sum(o => o.Funding.TotalAt(AsOf));
            var items = new List<string>
            {
                L($"{N(data.Offerings.Count, 0)} Angebote von {N(data.Providers.Count, 0)} Trägern in {N(Municipalities.Count, 0)} {SpacesDative}; Jahresbudget {E(budget)}.",
                  $"{N(data.Offerings.Count, 0)} offerings of {N(data.Providers.Count, 0)} providers in {N(Municipalities.Count, 0)} {SpacesDative}; annual budget {E(budget)}."),
                L($"Von den Kürzungen betroffen: {N(affected.Length, 0)} Angebote; es fallen {E(cuts.TotalLostFunding)} pro Jahr weg ({P(budget > 0 ? (double)(100 * cuts.TotalLostFunding / budget) : double.NaN, 1)} des Budgets, {P(100 * (cuts.CutShareOfCuttable ?? double.NaN), 1)} der kürzbaren Mittel von {E(cuts.TotalCuttableBudget)}): {LossSplit()}; {N(closed, 0)} Angebote schließen im Modell.",
                  $"Affected by the cuts: {N(affected.Length, 0)} offerings; {E(cuts.TotalLostFunding)} per year are lost ({P(budget > 0 ? (double)(100 * cuts.TotalLostFunding / budget) : double.NaN, 1)} of the budget, {P(100 * (cuts.CutShareOfCuttable ?? double.NaN), 1)} of the cuttable funds of {E(cuts.TotalCuttableBudget)}): {LossSplit()}; {N(closed, 0)} offerings close in the model."),
                L($"Schon heute unterversorgt (Versorgungsgrad unter 75 %): {N(underNow.Length, 0)} Kombinationen aus {SpaceWord} und Handlungsfeld in {N(underNow.Select(r => r.Space.Id).Distinct().Count(), 0)} {SpacesDative}.",
                  $"Already under-supplied today (coverage below 75 %): {N(underNow.Length, 0)} {SpaceWord} × domain cells in {N(underNow.Select(r => r.Space.Id).Distinct().Count(), 0)} {SpacesDative}."),
                L($"Durch die Kürzungen neu unterversorgt: {N(newly, 0)} Kombinationen aus {SpaceWord} und Handlungsfeld.",
                  $"Newly under-supplied through the cuts: {N(newly, 0)} {SpaceWord} × domain cells."),
            };
            var cats = cuts.ByFundingCategory.Where(g => g.Offerings > 0 && g.Category != FundingCategory.NotClassifiable).OrderByDescending(g => g.MeanRisk).ToArray();
            if (cats.Length > 0)
                items.Add(L($"Am stärksten gefährdet (mittleres Risiko): {Labels.Of(cats[0].Category, _lang)} ({N(cats[0].MeanRisk, 2)}).",
                            $"Most at risk (mean risk): {Labels.Of(cats[0].Category, _lang)} ({N(cats[0].MeanRisk, 2)})."));
            if (rescue is not null)
                items.Add(L($"Ein Rettungsbudget von {E(rescue.BudgetPerYear)} pro Jahr vermeidet {P(rescue.ImpactAfterCut > 0 ? 100 * rescue.ImpactAvoided / rescue.ImpactAfterCut : 0, 0)} der Kürzungsfolgen ({N(rescue.Choices.Count, 0)} Angebote).",
                            $"A rescue budget of {E(rescue.BudgetPerYear)} per year avoids {P(rescue.ImpactAfterCut > 0 ? 100 * rescue.ImpactAvoided / rescue.ImpactAfterCut : 0, 0)} of the impact ({N(rescue.Choices.Count, 0)} offerings)."));
            return new ReportSection("ueberblick", L("Auf einen Blick", "At a glance"), With(
                Illustrative ? new ReportNote(L("Hinweis: Dieser Bericht beruht in Teilen auf illustrativen (nicht realen) Beispieldaten. Alle so gekennzeichneten Zahlen zeigen die Methode, nicht die Lage im Kreis.",
                                                "Note: this report rests partly on illustrative (not real) sample data. Figures so labelled show the method, not the situation in the county."), isWarning: true) : null,
                new ReportList(items)));
        }

        /// <summary>"X € kürzt das Szenario selbst, Y € folgen aus dem Rückzug von Kofinanzierern (Annahme), Z € melden Träger
        /// über das Modell hinaus" — the three parts of <see cref="LossAttribution"/>.</summary>
        private string LossSplit()
        {
            var a = cuts.Attribution;
            var parts = new List<string> { L($"{E(a.ScenarioCut)} kürzt das Szenario selbst", $"{E(a.ScenarioCut)} is the scenario's own cut") };
            parts.Add(cuts.AssumesCofunderWithdrawal
                ? L($"{E(a.ConsequentialLoss)} folgen daraus, dass Kofinanzierer ihre Fehlbedarfsfinanzierung zurückziehen (Annahme, --assume-cofunder-withdrawal)",
                    $"{E(a.ConsequentialLoss)} follow from co-funders withdrawing their deficit funding (assumption, --assume-cofunder-withdrawal)")
                : L("ein Rückzug von Kofinanzierern ist nicht angenommen", "no co-funder withdrawal is assumed"));
            if (a.ProviderReportedLoss > 0)
                parts.Add(L($"{E(a.ProviderReportedLoss)} melden Träger über das Modell hinaus", $"{E(a.ProviderReportedLoss)} are reported by providers beyond the model"));
            return string.Join(", ", parts);
        }
    }
}
