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
    // The report section "Unterscheiden sich voll-, teil- und trägerfinanzierte Angebote?"; finanzierungskategorien.csv.
    private sealed partial class Builder
    {
        private ReportSection CategoriesSection()
        {
            var groups = cuts.ByFundingCategory.Where(g => g.Offerings > 0).ToArray();
            string CatName(CategoryImpact g) => Labels.Of(g.Category, _lang);
            var table = new Table([L("Kategorie", "Category"), L("Angebote", "Offerings"), L("betroffen", "affected"), L("Budget €/Jahr", "Budget €/year"), L("Kürzung €/Jahr", "Cut €/year"), L("Kürzung in % des Budgets", "Cut in % of budget"),
                    L("Kürzung in % der kürzbaren Mittel", "Cut in % of cuttable funds"), L("mittleres Risiko", "Mean risk"), L("mittlerer Folgenwert", "Mean impact"), L("schließen", "close")],
                groups.Select(g => (IReadOnlyList<string>)[CatName(g), N(g.Offerings, 0), N(g.Affected, 0), NumberFormat.Amount(g.Budget, 0, _lang), NumberFormat.Amount(g.LostFunding, 0, _lang),
                    P(g.Budget > 0 ? (double)(100 * g.LostFunding / g.Budget) : double.NaN, 1), P(100 * (g.CutShareOfCuttable ?? double.NaN), 1), N(g.MeanRisk, 2), N(g.MeanImpact, 2), N(g.Closed, 0)]),
                [ColumnAlignment.Left, .. Enumerable.Repeat(ColumnAlignment.Right, 9)],
                L("voll-, teil- und trägerfinanzierte Angebote im Vergleich", "Fully, partly and provider-financed offerings compared"));
            var classified = groups.Where(g => g.Category != FundingCategory.NotClassifiable).ToArray();
            var riskiest = classified.OrderByDescending(g => g.MeanRisk).FirstOrDefault();
            var hardest = classified.OrderByDescending(g => g.Budget > 0 ? g.LostFunding / g.Budget : 0).FirstOrDefault();
            var finding = riskiest is null ? null : new ReportParagraph(L(
                $"Das höchste mittlere Finanzierungsrisiko haben {CatName(riskiest)}e Angebote ({N(riskiest.MeanRisk, 2)}); relativ zum Budget am stärksten gekürzt werden {CatName(hardest!)}e Angebote ({P(hardest!.Budget > 0 ? (double)(100 * hardest.LostFunding / hardest.Budget) : 0, 1)}).",
                $"Mean funding risk is highest for {CatName(riskiest)} offerings ({N(riskiest.MeanRisk, 2)}); relative to budget, {CatName(hardest!)} offerings lose most ({P(hardest!.Budget > 0 ? (double)(100 * hardest.LostFunding / hardest.Budget) : 0, 1)})."));
            var chart = new ReportFigure(Svg.BarChart(groups.Select(g => (CatName(g), g.Budget > 0 ? (double)(100 * g.LostFunding / g.Budget) : double.NaN,
                    P(g.Budget > 0 ? (double)(100 * g.LostFunding / g.Budget) : double.NaN, 1), Svg.SequentialScale[3])).ToArray(),
                    L("Kürzung in % des Budgets nach Finanzierungskategorie", "Cut in % of budget by funding category")),
                L("Kürzungsfolgen nach Finanzierungskategorie", "Impact by funding category") + (Illustrative ? L(" (illustrativ)", " (illustrative)") : ""));
            var riskChart = new ReportFigure(Svg.BarChart(groups.Select(g => (CatName(g), g.MeanRisk, N(g.MeanRisk, 2), Svg.SequentialScale[2])).ToArray(),
                    L("Mittleres Finanzierungsrisiko (0–1)", "Mean funding risk (0–1)")),
                L("Finanzierungsrisiko nach Kategorie", "Funding risk by category") + (Illustrative ? L(" (illustrativ)", " (illustrative)") : ""));
            return new ReportSection("finanzierungskategorien", L("Unterscheiden sich voll-, teil- und trägerfinanzierte Angebote?", "Do fully, partly and provider-financed offerings differ?"), With(
                new ReportParagraph(L("Kategorie aus dem Finanzierungsplan am Stichtag: Eigenanteil (Eigenmittel und Spenden) bis 2 % = vollfinanziert, ab 50 % = trägerfinanziert, dazwischen teilfinanziert.",
                                      "Category from the funding plan at the reference date: own share (own funds and donations) up to 2 % = fully financed, from 50 % = provider-financed, in between partly financed.")),
                new ReportParagraph(L("Die Kategorien enthalten keinen Kapazitätsverlust: eine Kategorie mischt Plätze, VZÄ und Fälle/Jahr, die sich nicht addieren lassen; die Kapazitätsfolgen stehen je Handlungsfeld und Einheit im Abschnitt zu den Kürzungen.",
                                      "The categories carry no capacity loss: a category mixes places, FTE and cases/year, which cannot be added; the capacity consequences are given per domain and unit in the section on the cuts.")),
                new ReportTable(table, "finanzierungskategorien.csv", CutsOutput.CategoriesCsv(cuts)), finding, chart, riskChart,
                IllustrativeNote(L("Finanzierungspläne", "Funding plans"))));
        }
    }
}
