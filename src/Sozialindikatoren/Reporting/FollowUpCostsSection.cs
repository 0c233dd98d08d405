using System.Globalization;
using Sozialindikatoren.Analysis;
using Sozialindikatoren.FollowUpCosts;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>The report section "Kurzfristige Einsparung und spätere Folgekosten": renders the follow-up cost stage of the
/// planning analysis (a table per service and payer, <c>folgekosten.csv</c>, a chart of cumulative savings vs costs).</summary>
internal static class FollowUpCostsSection
{
    public const string Id = "folgekosten";

    /// <summary>The lines of <c>folgekosten.csv</c> (<see cref="FollowUpCostRow.CsvHeader"/>), invariant culture, round-trip doubles.</summary>
    public static string Csv(FollowUpCostResult r) => ResultTables.FollowUpCosts(r).ToCsv();

    /// <summary>Who bears the youth-welfare follow-up costs: the Kreisjugendamt, or the municipalities of the data set with
    /// their own Jugendamt (<see cref="Spaces.SocialSpace.OwnYouthOffice"/>), by the offering's location.</summary>
    private static string YouthOfficeNote(PlanningAnalysisResult analysis, Language language)
    {
        var own = analysis.Data.Region.Spaces.Where(s => s.OwnYouthOffice).Select(s => s.Name).ToArray();
        var names = own.Length <= 1 ? string.Join("", own)
            : string.Join(", ", own[..^1]) + (language == Language.German ? " und " : " and ") + own[^1];
        return language == Language.German
            ? own.Length == 0
                ? " Hilfen zur Erziehung und Erziehungsberatung zählen ganz zum Kreis (Kreisjugendamt): keine Gemeinde des Datensatzes ist mit eigenem Jugendamt erfasst (Spalte „eigenes Jugendamt“)."
                : $" Hilfen zur Erziehung und Erziehungsberatung zählen zum örtlichen Jugendamt: bei Angeboten in {names} (eigenes Jugendamt) zur Gemeinde, sonst zum Kreis (Kreisjugendamt); maßgeblich ist der Standort des Angebots, nicht der Wohnort der Klientinnen und Klienten."
            : own.Length == 0
                ? " Youth welfare (HzE) and educational counselling count wholly to the county (Kreisjugendamt): no municipality of the data set is recorded with its own youth office (column \"eigenes Jugendamt\")."
                : $" Youth welfare (HzE) and educational counselling count to the local youth office: for offerings in {names} (own youth office) to the municipality, elsewhere to the county (Kreisjugendamt); the offering's location decides, not where its clients live.";
    }

    public static ReportSection Build(PlanningAnalysisResult analysis, Language language)
    {
        var de = language == Language.German;
        string L(string g, string e) => de ? g : e;
        string A(double v) => NumberFormat.Amount((decimal)Math.Round(v), 0, language);
        string E(double v) => NumberFormat.Euro((decimal)Math.Round(v), language);
        var heading = L("Kurzfristige Einsparung und spätere Folgekosten", "Short-term savings and later follow-up costs");
        var warning = new ReportNote(L("Annahmebasierte Schätzung: Die Folgekosten beruhen auf Annahmen je Angebotsart (Fälle je Einheit, Eskalationswahrscheinlichkeit, Kosten, Kostenträgeranteile, Verzögerung) mit den angegebenen Quellen und Evidenzgraden (A belastbar … D Annahme). Sie sind keine Prognose und keine Rendite („1 € → x €“); Spannen zeigen die Unsicherheit." + YouthOfficeNote(analysis, language),
            "Assumption-based estimate: the follow-up costs rest on assumptions per offering type (cases per unit, probability of escalation, cost, payer shares, lag) with the sources and evidence grades given (A robust … D assumption). They are neither a forecast nor a return (\"€1 → €x\"); ranges show the uncertainty." + YouthOfficeNote(analysis, language)), isWarning: true);
        if (analysis.FollowUp is not { } f)
            return new ReportSection(Id, heading, [new ReportParagraph(L("Keine Folgekostenrechnung (die Auswertung endete vor den Kürzungen).", "No follow-up cost estimate (the analysis stopped before the cuts)."))]);

        var years = f.Years;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var g in f.Rows.GroupBy(x => (x.Service, x.Payer)).OrderBy(g => g.Key.Service, StringComparer.Ordinal).ThenBy(g => g.Key.Payer))
        {
            var p = f.Offerings.First(o => o.Parameters.Type.Code == g.Key.Service).Parameters;
            double Pv(Func<FollowUpCostRow, double> v) => g.Sum(x => v(x) / Math.Pow(1 + f.Options.DiscountRate, x.Year - f.StartYear));
            var last = g.Where(x => x.Year == years[^1]).ToArray();
            rows.Add([g.Key.Service, Labels.Of(g.Key.Payer, language), A(last.Sum(x => x.Saving)),
                $"{A(last.Sum(x => x.CostLow))} – {A(last.Sum(x => x.CostCentral))} – {A(last.Sum(x => x.CostHigh))}",
                A(Pv(x => x.Saving)), $"{A(Pv(x => x.CostLow))} – {A(Pv(x => x.CostCentral))} – {A(Pv(x => x.CostHigh))}", p.WeakestGrade.ToString()]);
        }
        var table = new Table([L("Angebotsart", "Service"), L("Kostenträger", "Payer"), L($"Einsparung €/Jahr", "Saving €/year"),
                L($"Folgekosten €/Jahr {years[^1]} (niedrig – zentral – hoch)", $"Follow-up costs €/year {years[^1]} (low – central – high)"),
                L($"Barwert Einsparung {years[0]}–{years[^1]}", $"PV saving {years[0]}–{years[^1]}"),
                L("Barwert Folgekosten (niedrig – zentral – hoch)", "PV follow-up costs (low – central – high)"), L("Evidenz", "Evidence")],
            rows, [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Left],
            L("Einsparung und Folgekosten je Angebotsart und Kostenträger", "Savings and follow-up costs by service and payer"));

        var payers = new Table([L("Kostenträger", "Payer"), L("Barwert Einsparung", "PV saving"), L("Barwert Folgekosten (niedrig – zentral – hoch)", "PV follow-up costs (low – central – high)"), L("Saldo (zentral)", "Net (central)"), L("Folgekosten übersteigen Einsparung ab", "Costs exceed savings from")],
            f.ByPayer.Append(f.Total).Select(t => (IReadOnlyList<string>)[(t.Payer is { } payer ? Labels.Of(payer, language) : null) ?? L("alle", "all"), A(t.Saving), $"{A(t.CostLow)} – {A(t.CostCentral)} – {A(t.CostHigh)}", A(t.NetCentral),
                t.BreakEvenYear?.ToString(CultureInfo.InvariantCulture) ?? L("nicht im Horizont", "not within the horizon")]),
            [ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Right],
            L($"Barwerte {years[0]}–{years[^1]} je Kostenträger (Diskontrate {NumberFormat.Percent(100 * f.Options.DiscountRate, 1, language)})", $"Present values {years[0]}–{years[^1]} by payer (discount rate {NumberFormat.Percent(100 * f.Options.DiscountRate, 1, language)})"));

        var byYear = f.ByYear();
        double cs = 0, cl = 0, cc = 0, ch = 0;
        var saving = new List<(double, double, double, double)>();
        var cost = new List<(double, double, double, double)>();
        foreach (var y in byYear)
        {
            cs += y.Saving; cl += y.CostLow; cc += y.CostCentral; ch += y.CostHigh;
            saving.Add((y.Year, cs, cs, cs));
            cost.Add((y.Year, cc, cl, ch));
        }
        var chart = SmallMultiplesSvg.Draw(
            [new ChartPanel(L("Kumuliert, € (nicht diskontiert)", "Cumulative, € (undiscounted)"), [new ChartLine(L("Einsparung", "Savings"), saving, "#2c7bb6", 2, true), new ChartLine(L("Folgekosten", "Follow-up costs"), cost, "#d7191c", 2, true)])],
            [("#2c7bb6", L("kumulierte Einsparung", "cumulative savings")), ("#d7191c", L("kumulierte Folgekosten (zentral; Band: niedrig–hoch)", "cumulative follow-up costs (central; band: low–high)"))], columns: 1, panelWidth: 640, panelHeight: 260);

        var mc = f.MonteCarlo is { } m
            ? L($"Monte Carlo ({NumberFormat.Number(m.Draws, 0, language)} Ziehungen, Seed {m.Seed.ToString(CultureInfo.InvariantCulture)}): Barwert der Folgekosten {A(m.CostP05)} (5 %) – {A(m.CostP50)} (Median) – {A(m.CostP95)} (95 %); in {NumberFormat.Percent(100 * m.ProbabilityCostsExceedSavings, 0, language)} der Ziehungen übersteigen sie die Einsparung.",
                $"Monte Carlo ({NumberFormat.Number(m.Draws, 0, language)} draws, seed {m.Seed.ToString(CultureInfo.InvariantCulture)}): present value of follow-up costs {A(m.CostP05)} (5 %) – {A(m.CostP50)} (median) – {A(m.CostP95)} (95 %); in {NumberFormat.Percent(100 * m.ProbabilityCostsExceedSavings, 0, language)} of draws they exceed the savings.")
            : "";
        var grades = string.Join("; ", f.Offerings.Select(o => o.Parameters).Distinct().OrderBy(p => p.Type.Code, StringComparer.Ordinal)
            .Select(p => $"{p.Type.Code}: {L("Fälle", "cases")} {p.CasesPerUnit.Grade}, p {p.EscalationProbability.Grade}, {L("Kosten", "cost")} {p.EscalationCost.Grade}, {L("Anteile", "shares")} {p.Shares.Grade}"));
        var t0 = f.Total;
        var illustrative = analysis.Data.HasIllustrativeFigures;
        return new ReportSection(Id, heading, new ReportBlock?[]
        {
            warning,
            new ReportParagraph(L($"Die Kürzungen sparen bei {NumberFormat.Number(f.Offerings.Count, 0, language)} Angeboten mit Folgekostenparametern {E(t0.Saving)} (Barwert {years[0]}–{years[^1]}); die erwarteten öffentlichen Folgekosten liegen bei {E(t0.CostCentral)} (Spanne {E(t0.CostLow)}–{E(t0.CostHigh)}). " +
                (t0.BreakEvenYear is { } be ? $"Ab {be.ToString(CultureInfo.InvariantCulture)} übersteigen die kumulierten Folgekosten die kumulierte Einsparung (zentral)." : "Im Horizont übersteigen die kumulierten Folgekosten die Einsparung nicht (zentral)."),
                $"For {NumberFormat.Number(f.Offerings.Count, 0, language)} offerings with follow-up cost parameters the cuts save {E(t0.Saving)} (present value {years[0]}–{years[^1]}); the expected public follow-up costs are {E(t0.CostCentral)} (range {E(t0.CostLow)}–{E(t0.CostHigh)}). " +
                (t0.BreakEvenYear is { } be2 ? $"From {be2.ToString(CultureInfo.InvariantCulture)} cumulative follow-up costs exceed cumulative savings (central)." : "Within the horizon cumulative follow-up costs do not exceed the savings (central)."))),
            new ReportTable(table, "folgekosten.csv", Csv(f)),
            new ReportTable(payers),
            new ReportFigure(chart, L("Kumulierte Einsparung und kumulierte Folgekosten über den Horizont", "Cumulative savings and cumulative follow-up costs over the horizon")
                + (illustrative ? L(" (illustrativ)", " (illustrative)") : "")),
            mc.Length > 0 ? new ReportParagraph(mc) : null,
            new ReportParagraph(L($"Evidenzgrade (A–D): {grades}.", $"Evidence grades (A–D): {grades}.")),
            illustrative ? new ReportNote(L("illustrativ – Einsparungen und Folgekosten: Grundlage sind illustrative (nicht reale) Beispieldaten; keine Aussage über den Kreis.",
                "illustrative – savings and follow-up costs: based on illustrative (not real) sample data; no statement about the county."), isWarning: true) : null,
            f.WithoutParameters.Count > 0 ? new ReportParagraph(L($"Ohne Folgekostenparameter (keine belastbare Evidenz für die Angebotsart oder andere Kapazitätseinheit): {NumberFormat.Number(f.WithoutParameters.Count, 0, language)} gekürzte Angebote mit {A(f.SavingWithoutParameters)} € Einsparung pro Jahr; ihre Folgekosten sind nicht geschätzt, nicht null.",
                $"Without follow-up cost parameters (no evidence for the type, or another capacity unit): {NumberFormat.Number(f.WithoutParameters.Count, 0, language)} cut offerings with savings of €{A(f.SavingWithoutParameters)} per year; their follow-up costs are not estimated, not zero.")) : null,
        }.Where(b => b is not null)!);
    }
}
