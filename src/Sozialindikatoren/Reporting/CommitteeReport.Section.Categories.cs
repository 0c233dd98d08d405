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
                    L("Kürzung in % der kürzbaren Mittel", "Cut in % of cuttable funds"), L("Anteil an der Kürzung", "Share of the total cut"), L("mittleres Risiko", "Mean risk"), L("mittlerer Folgenwert", "Mean impact"),
                    L("schließen", "close"), L("Anteil an den Schließungen", "Share of closures")],
                groups.Select(g => (IReadOnlyList<string>)[CatName(g), N(g.Offerings, 0), N(g.Affected, 0), NumberFormat.Amount(g.Budget, 0, _lang), NumberFormat.Amount(g.LostFunding, 0, _lang),
                    P(g.Budget > 0 ? (double)(100 * g.LostFunding / g.Budget) : double.NaN, 1), P(100 * (g.CutShareOfCuttable ?? double.NaN), 1), g.ShareOfTotalCut is { } sc ? P(100 * sc, 0) : "–",
                    N(g.MeanRisk, 2), N(g.MeanImpact, 2), N(g.Closed, 0), g.ShareOfClosures is { } cl ? P(100 * cl, 0) : "–"]),
                [ColumnAlignment.Left, .. Enumerable.Repeat(ColumnAlignment.Right, 11)],
                L("voll-, teil- und trägerfinanzierte Angebote im Vergleich", "Fully, partly and provider-financed offerings compared"));
            var finding = MostAtRiskParagraph(groups);
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

        /// <summary>Fewer affected offerings than this in a category give no verdict about it (the sentence says so).</summary>
        private const int MinAffectedForVerdict = 3;

        /// <summary>The "most at risk" sentence: which funding category carries the most of the cut and of the closures,
        /// and which has the highest mean risk; a category with fewer than <see cref="MinAffectedForVerdict"/> affected
        /// offerings is named with that caveat, not as a finding.</summary>
        private ReportParagraph? MostAtRiskParagraph(IReadOnlyList<CategoryImpact> groups)
        {
            var classified = groups.Where(g => g.Category != FundingCategory.NotClassifiable).ToArray();
            if (classified.Length == 0) return null;
            string Cat(CategoryImpact g) => Labels.Of(g.Category, _lang) + L("e Angebote", " offerings");
            string Few(CategoryImpact g) => g.Affected >= MinAffectedForVerdict ? ""
                : L($" – das beruht auf nur {N(g.Affected, 0)} betroffenen Angebot{(g.Affected == 1 ? "" : "en")}, daraus folgt keine belastbare Aussage",
                    $" – this rests on only {N(g.Affected, 0)} affected offering{(g.Affected == 1 ? "" : "s")}, too few for a conclusion");
            var parts = new List<string>();
            var totalCut = cuts.TotalLostFunding;
            var mostCut = classified.OrderByDescending(g => g.LostFunding).First();
            var totalClosed = groups.Sum(g => g.Closed);
            var mostClosed = classified.OrderByDescending(g => g.Closed).ThenByDescending(g => g.LostFunding).First();
            if (totalCut <= 0) parts.Add(L("Das Szenario kürzt kein Angebot.", "The scenario cuts no offering."));
            else if (totalClosed > 0 && mostClosed == mostCut)
                parts.Add(L($"Den größten Teil der Kürzung ({P(100 * (mostCut.ShareOfTotalCut ?? 0), 0)} von {E(totalCut)}) und der Schließungen ({N(mostCut.Closed, 0)} von {N(totalClosed, 0)}) tragen {Cat(mostCut)} ({N(mostCut.Affected, 0)} betroffen){Few(mostCut)}.",
                            $"{Cat(mostCut)} carry the largest part of the cut ({P(100 * (mostCut.ShareOfTotalCut ?? 0), 0)} of {E(totalCut)}) and of the closures ({N(mostCut.Closed, 0)} of {N(totalClosed, 0)}; {N(mostCut.Affected, 0)} affected){Few(mostCut)}."));
            else
            {
                parts.Add(L($"Den größten Teil der Kürzung tragen {Cat(mostCut)} ({P(100 * (mostCut.ShareOfTotalCut ?? 0), 0)} von {E(totalCut)}; {N(mostCut.Affected, 0)} betroffen){Few(mostCut)}.",
                            $"{Cat(mostCut)} carry the largest part of the cut ({P(100 * (mostCut.ShareOfTotalCut ?? 0), 0)} of {E(totalCut)}; {N(mostCut.Affected, 0)} affected){Few(mostCut)}."));
                parts.Add(totalClosed == 0
                    ? L("Kein Angebot schließt.", "No offering closes.")
                    : L($"Die meisten Schließungen ({N(mostClosed.Closed, 0)} von {N(totalClosed, 0)}) betreffen {Cat(mostClosed)}{Few(mostClosed)}.",
                        $"Most closures ({N(mostClosed.Closed, 0)} of {N(totalClosed, 0)}) are among {Cat(mostClosed)}{Few(mostClosed)}."));
            }
            var riskiest = classified.OrderByDescending(g => g.MeanRisk).First();
            parts.Add(L($"Das höchste mittlere Finanzierungsrisiko (vor jedem Szenario, über alle {N(riskiest.Offerings, 0)} Angebote der Kategorie) haben {Cat(riskiest)} ({N(riskiest.MeanRisk, 2)}){(riskiest.Offerings < MinAffectedForVerdict ? L(" – bei so wenigen Angeboten keine belastbare Aussage", "") : "")}.",
                        $"Mean funding risk (before any scenario, over all {N(riskiest.Offerings, 0)} offerings of the category) is highest for {Cat(riskiest)} ({N(riskiest.MeanRisk, 2)}){(riskiest.Offerings < MinAffectedForVerdict ? " – too few offerings for a conclusion" : "")}."));
            var thin = classified.Where(g => g.Affected is > 0 and < MinAffectedForVerdict && g != mostCut && g != mostClosed).ToArray();
            if (thin.Length > 0)
                parts.Add(L($"Für {string.Join(" und ", thin.Select(g => $"{Cat(g)} ({N(g.Affected, 0)} betroffen)"))} ist die Zahl zu klein für eine Aussage über die Kürzungsfolgen.",
                            $"For {string.Join(" and ", thin.Select(g => $"{Cat(g)} ({N(g.Affected, 0)} affected)"))} the number is too small for a conclusion about the impact of the cuts."));
            return new ReportParagraph(string.Join(" ", parts.Select(t => t.Length == 0 ? t : char.ToUpperInvariant(t[0]) + t[1..])));
        }
    }
}
