using System.Globalization;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>
/// The terminal summary of a cut analysis (<em>Kurzfassung der Kürzungsfolgen</em>), German by default or English: the
/// scenario lines, the impact by funding category and by (domain, unit), the most affected offerings, newly
/// under-supplied cells, Monte Carlo percentiles and the rescue plan. What <c>cuts</c> prints to standard output.
/// </summary>
/// <threadsafety>Pure; thread-safe.</threadsafety>
public static class CutsSummaryText
{
    /// <summary>Writes the summary.</summary>
    /// <param name="o">The writer.</param>
    /// <param name="r">The cut analysis.</param>
    /// <param name="plan">The rescue plan, or null.</param>
    /// <param name="language">The language.</param>
    public static void Write(TextWriter o, CutResult r, RescuePlan? plan, Language language = Language.German)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(r);
        var de = language == Language.German;
        string L(string g, string e) => de ? g : e;
        string N(double v, int d) => NumberFormat.Number(v, d, language);
        string E(decimal v) => NumberFormat.Euro(v, language);
        string P(double v, int d) => NumberFormat.Percent(v, d, language);
        string I(int v) => NumberFormat.Compact(v, 0, language);
        o.WriteLine(L($"Kürzungsszenario: {r.Scenario.Name} · Stichtag {NumberFormat.Date(r.AsOf, language)} · Datensatz: {r.Data.Name}",
                      $"Cut scenario: {r.Scenario.Name} · as of {NumberFormat.Date(r.AsOf, language)} · data set: {r.Data.Name}"));
        if (r.Data.HasIllustrativeFigures)
            o.WriteLine(L("Hinweis: Der Datensatz enthält illustrative Zahlen (keine reale Bestandserhebung).",
                          "Note: the data set contains illustrative figures (not a real inventory survey)."));
        o.WriteLine();
        o.WriteLine(new Table([L("Position", "Line"), L("Kürzung", "Cut"), L("Status", "Status"), L("Angebote", "Offerings")],
            r.Scenario.Lines.Select((l, i) => (IReadOnlyList<string>)[l.Label,
                l.Kind == CutKind.Share ? P((double)(l.Value * 100m), 1) : E(l.Value),
                Labels.Of(l.Status, language), I(r.Offerings.Count(x => x.ScenarioLines.Contains(i)))]),
            [ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Right], L("Positionen des Szenarios", "Scenario lines")).ToText());
        o.WriteLine(new Table([L("Kategorie", "Category"), L("Angebote", "Offerings"), L("betroffen", "affected"), L("geschlossen", "closed"), "Budget",
                L("Kürzung", "Cut"), L("mittl. Risiko", "mean risk"), L("mittl. Folgen", "mean impact")],
            r.ByFundingCategory.Select(g => (IReadOnlyList<string>)[Labels.Of(g.Category, language), I(g.Offerings), I(g.Affected), I(g.Closed), E(g.Budget),
                E(g.LostFunding), N(g.MeanRisk, 3), N(g.MeanImpact, 3)]),
            [ColumnAlignment.Left, .. Enumerable.Repeat(ColumnAlignment.Right, 7)], L("Nach Finanzierungskategorie", "By funding category")).ToText());
        o.WriteLine(new Table([L("Handlungsfeld", "Domain"), L("Einheit", "Unit"), L("Angebote", "Offerings"), L("betroffen", "affected"), L("geschlossen", "closed"),
                "Budget", L("Kürzung", "Cut"), L("Kapazität vorher", "Capacity before"), L("nachher", "after"), L("Kapazitätsverlust", "Capacity lost")],
            r.ByDomain.Select(g => (IReadOnlyList<string>)[de ? g.Domain.GermanName : g.Domain.EnglishName, Labels.Of(g.Unit, language), I(g.Offerings), I(g.Affected),
                I(g.Closed), E(g.Budget), E(g.LostFunding), N(g.CapacityBefore.Amount, 1), N(g.CapacityAfter.Amount, 1),
                g.LostCapacityShare is { } l ? P(l * 100, 1) : "–"]),
            [ColumnAlignment.Left, ColumnAlignment.Left, .. Enumerable.Repeat(ColumnAlignment.Right, 8)], L("Nach Handlungsfeld und Einheit", "By domain and unit")).ToText());
        var top = r.Offerings.Where(x => x.Impact > 0).OrderByDescending(x => x.Impact).ThenBy(x => x.Offering.Id, StringComparer.Ordinal).Take(10);
        o.WriteLine(new Table([L("Angebot", "Offering"), L("Kategorie", "Category"), L("Kürzung", "Cut"), L("Kapazität vorher", "Capacity before"), L("nachher", "after"),
                L("Reaktion", "Response"), L("Risiko", "Risk"), L("Folgen", "Impact")],
            top.Select(x => (IReadOnlyList<string>)[x.Offering.Name, Labels.Of(x.Category, language), E(x.LostFunding),
                N(x.CapacityBefore.Amount, 1) + " " + Labels.Of(x.CapacityBefore.Unit, language), N(x.CapacityAfter.Amount, 1),
                Labels.Of(x.Response, language), N(x.Risk.Score, 3), N(x.Impact, 3)]),
            [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right],
            L("Am stärksten betroffene Angebote (Folgen-Score)", "Most affected offerings (impact score)")).ToText());
        var newly = r.Cells.Count(c => c.NewlyUnderSupplied);
        o.WriteLine(L($"Neu unterversorgte Sozialräume × Handlungsfelder: {I(newly)}; Betroffene (geschätzt): {N(r.PeopleAffected, 0)}",
                      $"Newly under-supplied social spaces × domains: {I(newly)}; people affected (estimate): {N(r.PeopleAffected, 0)}"));
        if (r.MonteCarlo is { } mc)
        {
            string Q(PercentileSummary p) => $"{N(p.P05, 0)}/{N(p.P50, 0)}/{N(p.P95, 0)}";
            o.WriteLine(L($"Monte Carlo ({I(mc.Draws)} Läufe, Seed {mc.Seed.ToString(CultureInfo.InvariantCulture)}): unterversorgte Zellen P5/P50/P95 = {Q(mc.LocatedGaps)}; Schließungen P5/P50/P95 = {Q(mc.Closures)}",
                          $"Monte Carlo ({I(mc.Draws)} draws, seed {mc.Seed.ToString(CultureInfo.InvariantCulture)}): under-supplied cells P5/P50/P95 = {Q(mc.LocatedGaps)}; closures P5/P50/P95 = {Q(mc.Closures)}"));
        }
        if (plan is not null)
        {
            o.WriteLine();
            o.WriteLine(new Table([L("Angebot", "Offering"), L("Ausgleich", "Backfill"), L("Anteil", "Share"), L("vermiedene Folgen", "impact avoided"), L("je 1.000 €", "per €1,000")],
                plan.Choices.Select(c => (IReadOnlyList<string>)[c.OfferingId, E(c.BackfillPerYear), P(c.Share * 100, 0),
                    N(c.ImpactAvoided, 4), N(c.ImpactAvoidedPerEuro * 1000, 4)]),
                [ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Right],
                L($"Ausgleichsplan ({E(plan.BudgetPerYear)}/Jahr, {Labels.Of(plan.Method, language)}; verbleibend {N(plan.RemainingImpact, 4)} von {N(plan.ImpactAfterCut, 4)})",
                  $"Rescue plan ({E(plan.BudgetPerYear)}/year, {Labels.Of(plan.Method, language)}; remaining {N(plan.RemainingImpact, 4)} of {N(plan.ImpactAfterCut, 4)})")).ToText());
        }
        if (r.Scenario.HasAssumptions)
            o.WriteLine(L("Annahme: Positionen mit Status „Annahme“ sind Planungsannahmen (nur Betrag oder Nennung veröffentlicht) und sollten ersetzt werden.",
                          "Assumption: lines with status \"assumption\" are planning assumptions (only an amount or a mention was published) and should be replaced."));
    }
}
