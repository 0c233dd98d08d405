using System.Globalization;
using System.Text;
using NodaTime;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Monitoring;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>
/// Text and files of the monitoring (<em>Entwicklung und Frühwarnung</em>): the report section with small-multiple line
/// charts, and the machine-readable tables <c>zeitreihen.csv</c>, <c>trends.csv</c> and <c>warnungen.csv</c>.
/// </summary>
/// <remarks>
/// <para>CSV: UTF-8 without BOM, comma-separated, header line, "\n" line ends, invariant culture, doubles in their
/// shortest round-trip form; a number that does not exist (a suppressed value, a value without a sampling interval, a
/// trend without a fit) is an empty field, never NaN. Periods are ISO dates (yyyy-MM-dd). Codes: <c>status</c> as
/// <see cref="ValueStatusExtensions.ToCode"/>, <c>direction</c> as <see cref="MonitoringCodes.ToCode(TrendDirection)"/>,
/// <c>certainty</c> as <see cref="MonitoringCodes.ToCode(WarningCertainty)"/>, <c>rule</c> as <see cref="WarningRule.Code"/>.</para>
/// <para>zeitreihen.csv: <c>space_id,indicator,period,value,lower,upper,status</c> (NRW and Germany reference values
/// with space_id <c>nrw</c> / <c>de</c>). trends.csv: <c>space_id,indicator,from,to,change,slope,slope_lower,slope_upper,p_value,direction</c>
/// (change = value(to) − value(from); slope in the indicator's units per year). warnungen.csv:
/// <c>space_id,indicator,rule,period,value,reference,certainty,text</c> (text in the report language).</para>
/// </remarks>
/// <threadsafety>Pure static functions; thread-safe.</threadsafety>
public static class MonitoringReport
{
    /// <summary>The id of the report section.</summary>
    public const string SectionId = "entwicklung";

    /// <summary>The CSV of all values with their intervals (<c>zeitreihen.csv</c>).</summary>
    /// <param name="result">The monitoring result.</param>
    /// <returns>The CSV text.</returns>
    public static string SeriesCsv(MonitoringResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ResultTables.MonitoringSeries(result).ToCsv();
    }

    /// <summary>The CSV of changes and trends (<c>trends.csv</c>).</summary>
    /// <param name="result">The monitoring result.</param>
    /// <returns>The CSV text.</returns>
    public static string TrendsCsv(MonitoringResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ResultTables.MonitoringTrends(result).ToCsv();
    }

    /// <summary>The CSV of the early-warning flags (<c>warnungen.csv</c>).</summary>
    /// <param name="result">The monitoring result.</param>
    /// <param name="language">Language of the <c>text</c> column.</param>
    /// <returns>The CSV text.</returns>
    public static string WarningsCsv(MonitoringResult result, Language language = Language.German)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ResultTables.MonitoringWarnings(result, language).ToCsv();
    }

    /// <summary>A plain-language sentence for one flag, e.g. "Siegen: SGB II-Quote steigt um 0,31 pro Jahr …".</summary>
    /// <param name="result">The result (for names and units).</param>
    /// <param name="warning">The flag.</param>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public static string Text(MonitoringResult result, EarlyWarning warning, Language language = Language.German)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(warning);
        var de = language == Language.German;
        var c = NumberFormat.For(language);
        string N(double v) => double.IsFinite(v) ? v.ToString("0.###", c) : "–";
        var space = SpaceName(result, warning.Space);
        var def = result.Panel.Values.Definition(warning.IndicatorId);
        var name = def is null ? warning.IndicatorId : de ? def.NameDe : def.NameEn;
        var unit = def?.UnitIn(language) ?? "";
        var perYear = def?.IsPercentage == true ? (de ? "Prozentpunkte" : "percentage points") : unit;
        var level = (result.Options.Level.Level * 100).ToString("0.#", c);
        var sure = warning.Certainty switch
        {
            WarningCertainty.High => de ? "hohe Sicherheit" : "high certainty",
            WarningCertainty.Medium => de ? "mittlere Sicherheit" : "medium certainty",
            _ => de ? "von der Quelle gemeldet" : "reported by the source",
        };
        var from = warning.From.Year.ToString(CultureInfo.InvariantCulture);
        var to = warning.Period.Year.ToString(CultureInfo.InvariantCulture);
        return warning.Rule.Kind switch
        {
            WarningRuleKind.WorseningTrend => de
                ? $"{space}: {name} verändert sich {from}–{to} um {N(warning.Value)} {perYear} pro Jahr ({level}-%-KI {N(warning.Lower)} bis {N(warning.Upper)}), ungünstiger als die Relevanzschwelle {N(warning.Reference)} pro Jahr ({sure})."
                : $"{space}: {name} changes by {N(warning.Value)} {perYear} per year {from}–{to} ({level} % CI {N(warning.Lower)} to {N(warning.Upper)}), worse than the relevance threshold {N(warning.Reference)} per year ({sure}).",
            WarningRuleKind.Threshold => de
                ? $"{space}: {name} {N(warning.Value)} {unit} liegt {to} mit dem ganzen {level}-%-KI ({N(warning.Lower)} bis {N(warning.Upper)}) jenseits des Schwellenwerts {N(warning.Reference)}, {from} noch nicht ({sure})."
                : $"{space}: {name} {N(warning.Value)} {unit} lies with its whole {level} % CI ({N(warning.Lower)} to {N(warning.Upper)}) past the threshold {N(warning.Reference)} in {to}, not yet in {from} ({sure}).",
            WarningRuleKind.CountyThreshold => de
                ? $"{space}: {name} {N(warning.Value)} {unit} liegt {to} mit dem ganzen {level}-%-KI ({N(warning.Lower)} bis {N(warning.Upper)}) ungünstiger als der Kreiswert {N(warning.Reference)} und dessen Intervall, {from} noch nicht ({sure})."
                : $"{space}: {name} {N(warning.Value)} {unit} lies with its whole {level} % CI ({N(warning.Lower)} to {N(warning.Upper)}) on the unfavourable side of the county value {N(warning.Reference)} and its interval in {to}, not yet in {from} ({sure}).",
            WarningRuleKind.WideningGap => de
                ? $"{space}: Der ungünstige Abstand von {name} zum Vergleichswert ({AreaName(warning.Rule.Reference, de)}) wächst von {N(warning.Reference)} ({from}) auf {N(warning.Value)} {perYear} ({to}); Zunahme {level}-%-KI {N(warning.Lower)} bis {N(warning.Upper)} ({sure})."
                : $"{space}: the unfavourable gap of {name} to the reference ({AreaName(warning.Rule.Reference, de)}) widens from {N(warning.Reference)} ({from}) to {N(warning.Value)} {perYear} ({to}); growth {level} % CI {N(warning.Lower)} to {N(warning.Upper)} ({sure}).",
            WarningRuleKind.SeriesBreak when warning.Certainty == WarningCertainty.Reported => de
                ? $"{space}: {name} {to} ist als Zeitreihenbruch gekennzeichnet (Wert {N(warning.Value)}, vorher {N(warning.Reference)}); Werte davor und danach nicht direkt vergleichen."
                : $"{space}: {name} {to} is flagged as a break in the series (value {N(warning.Value)}, before {N(warning.Reference)}); do not compare values across it directly.",
            _ => de
                ? $"{space}: {name} springt {to} auf {N(warning.Value)} {unit}, erwartet nach dem Trend bis {from} waren {N(warning.Reference)} ({level}-%-Prognoseintervall {N(warning.Lower)} bis {N(warning.Upper)}); Definition oder Erhebung prüfen ({sure})."
                : $"{space}: {name} jumps to {N(warning.Value)} {unit} in {to}; the trend up to {from} expected {N(warning.Reference)} ({level} % prediction interval {N(warning.Lower)} to {N(warning.Upper)}); check definition or collection ({sure}).",
        };
    }

    /// <summary>The report section "Entwicklung und Frühwarnung": method, flags, trend overview and small-multiple
    /// line charts (one panel per indicator: the county, its spaces with intervals as bands, NRW/Germany values).</summary>
    /// <param name="result">The monitoring result.</param>
    /// <param name="language">The language.</param>
    /// <returns>The section (id <see cref="SectionId"/>).</returns>
    public static ReportSection Section(MonitoringResult result, Language language = Language.German)
    {
        ArgumentNullException.ThrowIfNull(result);
        var de = language == Language.German;
        var c = NumberFormat.For(language);
        string L(string g, string e) => de ? g : e;
        var o = result.Options;
        var blocks = new List<ReportBlock>();
        if (result.HasIllustrativeFigures)
            blocks.Add(new ReportNote(L("illustrativ: Die Zeitreihen enthalten illustrative Werte (an belegten Kreiswerten verankert) und sind keine amtlichen Daten.",
                "illustrative: the series contain illustrative values (anchored at sourced county values); they are not official data."), isWarning: true));
        var first = result.Periods[0];
        var last = result.Periods[^1];
        var mrc = (o.MinimumRelativeChangePerYear * 100).ToString("0.##", c);
        blocks.Add(new ReportParagraph(L(
            $"Beobachtet werden {result.Indicators.Count} Indikatoren von {Date(first)} bis {Date(last)}. Der Trend je Raum und Indikator kommt aus einer Binomial- (Anteile) bzw. Poisson-Regression (Raten) der Fallzahlen auf die Zeit, mit dem Nenner als Versuchszahl bzw. Offset; so berücksichtigt sein {(o.Level.Level * 100).ToString("0.#", c)}-%-Konfidenzintervall die Zufallsschwankung jedes Werts (kleine Räume: breite Intervalle). Überdispersion geht über den Quasi-Likelihood-Faktor φ = max(1, Pearson-χ²/(n − 2)) ein. Als steigend oder fallend gilt ein Trend nur, wenn das ganze Intervall jenseits der Relevanzschwelle von {mrc} % des Niveaus pro Jahr liegt. Kreis, NRW und Bund sind Vergleichswerte und werden nicht selbst markiert.",
            $"{result.Indicators.Count} indicators are monitored from {Date(first)} to {Date(last)}. The trend per space and indicator comes from a binomial (shares) or Poisson (rates) regression of the counts on time, with the denominator as trials or offset, so its {(o.Level.Level * 100).ToString("0.#", c)} % confidence interval reflects each value's sampling error (small spaces: wide intervals). Overdispersion enters through the quasi-likelihood factor φ = max(1, Pearson χ²/(n − 2)). A trend counts as rising or falling only when its whole interval lies beyond the relevance threshold of {mrc} % of the level per year. County, NRW and Germany are references and are not flagged themselves.")));

        var names = result.Warnings.Select(w => w.IndicatorId).Distinct().ToArray();
        if (result.Warnings.Count == 0)
            blocks.Add(new ReportParagraph(L("Keine Frühwarnregel ist ausgelöst.", "No early-warning rule fired.")));
        else
        {
            var rows = result.Warnings.Select(w => (IReadOnlyList<string>)[SpaceName(result, w.Space), IndicatorName(result, w.IndicatorId, de), RuleName(w.Rule, de),
                w.Period.Year.ToString(CultureInfo.InvariantCulture), Num(w.Value, c), Num(w.Reference, c), CertaintyName(w.Certainty, de)]);
            var table = new Table([L("Raum", "Space"), L("Indikator", "Indicator"), L("Regel", "Rule"), L("Jahr", "Year"), L("Wert", "Value"), L("Vergleich", "Reference"), L("Sicherheit", "Certainty")],
                rows, [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Left],
                L($"Frühwarnhinweise ({result.Warnings.Count})", $"Early-warning flags ({result.Warnings.Count})"));
            blocks.Add(new ReportTable(table, "warnungen.csv", WarningsCsv(result, language)));
            blocks.Add(new ReportList(result.Warnings.Take(12).Select(w => Text(result, w, language))));
        }

        // Trend overview: per indicator the directions over the whole window (spaces without the county).
        var overview = new List<IReadOnlyList<string>>();
        foreach (var id in result.Indicators)
        {
            var full = result.Trends.Where(t => t.IndicatorId == id && !t.IsReference && t.From == result.Trends.First(x => x.IndicatorId == id).From).ToArray();
            var county = result.Trends.FirstOrDefault(t => t.IndicatorId == id && t.IsReference);
            int Count(TrendDirection d) => full.Count(t => t.Direction == d);
            overview.Add([IndicatorName(result, id, de), Count(TrendDirection.Rising).ToString(CultureInfo.InvariantCulture), Count(TrendDirection.Falling).ToString(CultureInfo.InvariantCulture),
                Count(TrendDirection.Stable).ToString(CultureInfo.InvariantCulture), (Count(TrendDirection.Uncertain) + Count(TrendDirection.Insufficient)).ToString(CultureInfo.InvariantCulture),
                county is null ? "–" : DirectionName(county.Direction, de) + (double.IsFinite(county.Slope) ? " (" + county.Slope.ToString("+0.###;−0.###;0", c) + L(" pro Jahr)", " per year)") : "")]);
        }
        blocks.Add(new ReportTable(new Table([L("Indikator", "Indicator"), L("steigend", "rising"), L("fallend", "falling"), L("stabil", "stable"), L("unklar", "unclear"), L("Kreis", "County")], overview,
            [ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Left],
            L("Trendrichtung der Räume über den ganzen Zeitraum", "Trend direction of the spaces over the whole window")), "trends.csv", TrendsCsv(result)));

        blocks.Add(new ReportFigure(Chart(result, de), L(
            "Entwicklung je Indikator: Kreis (schwarz), Gemeinden (grau; rot mit Frühwarnhinweis), Konfidenzintervalle als Bänder, NRW/Bund als Punkte. Jede Tafel hat ihre eigene y-Achse.",
            "Development per indicator: county (black), municipalities (grey; red with an early-warning flag), confidence intervals as bands, NRW/Germany as dots. Each panel has its own y axis.")
            + (result.HasIllustrativeFigures ? L(" (illustrativ)", " (illustrative)") : "")));
        var refs = result.Series.Where(p => p.Area is ReferenceArea.Nrw or ReferenceArea.Germany).ToArray();
        var sources = o.References.Where(r => refs.Any(p => p.IndicatorId == r.IndicatorId && p.Area == r.Area && p.Period == r.Period)).Select(r => r.Source).Distinct().ToArray();
        blocks.Add(new ReportNote(sources.Length == 0
            ? L("Für den Zeitraum liegen keine belegten NRW- oder Bundeswerte vor; es werden keine erfunden.", "No sourced NRW or Germany values exist for the window; none are invented.")
            : L("Vergleichswerte NRW/Bund: ", "Reference values NRW/Germany: ") + string.Join("; ", sources)));
        return new ReportSection(SectionId, L("Entwicklung und Frühwarnung", "Development and early warning"), blocks);
    }

    /// <summary>A document with only the monitoring section.</summary>
    /// <param name="result">The result.</param>
    /// <param name="title">The title (e.g. the data set's name).</param>
    /// <param name="language">The language.</param>
    /// <returns>The document.</returns>
    public static ReportDocument Document(MonitoringResult result, string title, Language language = Language.German)
    {
        ArgumentNullException.ThrowIfNull(result);
        var de = language == Language.German;
        var subtitle = de ? $"Sozialmonitoring {result.Periods[0].Year}–{result.Periods[^1].Year}" : $"Social monitoring {result.Periods[0].Year}–{result.Periods[^1].Year}";
        return new ReportDocument(title, subtitle, [Section(result, language)], language);
    }

    /// <summary>The output files of the monitoring, in writing order: <c>zeitreihen.csv</c>, <c>trends.csv</c>,
    /// <c>warnungen.csv</c>, <c>entwicklung.md</c>, <c>entwicklung.html</c>.</summary>
    /// <param name="result">The result.</param>
    /// <param name="title">The document title.</param>
    /// <param name="language">The language.</param>
    /// <returns>File names and contents.</returns>
    public static IReadOnlyList<(string Name, string Content)> Files(MonitoringResult result, string title, Language language = Language.German)
    {
        ArgumentNullException.ThrowIfNull(result);
        var doc = Document(result, title, language);
        return
        [
            ("zeitreihen.csv", SeriesCsv(result)),
            ("trends.csv", TrendsCsv(result)),
            ("warnungen.csv", WarningsCsv(result, language)),
            ("entwicklung.md", doc.ToMarkdown()),
            ("entwicklung.html", doc.ToHtml()),
        ];
    }

    /// <summary>Writes <see cref="Files"/> into a folder (created when missing; existing files are replaced). The CLI
    /// writes through <see cref="Data.OutputFolder"/> instead, which never replaces inputs or foreign files.</summary>
    /// <param name="result">The result.</param>
    /// <param name="directory">The folder.</param>
    /// <param name="title">The document title.</param>
    /// <param name="language">The language.</param>
    /// <returns>The paths written.</returns>
    /// <exception cref="IOException">Writing failed.</exception>
    public static IReadOnlyList<string> WriteTo(MonitoringResult result, string directory, string title, Language language = Language.German)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(directory);
        var utf8 = new UTF8Encoding(false);
        var paths = new List<string>();
        foreach (var (name, content) in Files(result, title, language))
        {
            var path = Path.Combine(directory, name);
            File.WriteAllText(path, content, utf8);
            paths.Add(path);
        }
        return paths;
    }

    private static string Chart(MonitoringResult result, bool de)
    {
        var flagged = result.Warnings.Select(w => (w.Space, w.IndicatorId)).ToHashSet();
        var panels = new List<ChartPanel>();
        foreach (var id in result.Indicators)
        {
            var lines = new List<ChartLine>();
            var bySeries = result.Series.Where(p => p.IndicatorId == id).GroupBy(p => p.SeriesId).ToArray();
            foreach (var g in bySeries.OrderBy(g => g.First().Area is null ? 0 : 1).ThenBy(g => g.First().Space is { } s && flagged.Contains((s, id)) ? 1 : 0))
            {
                var head = g.First();
                var pts = g.Where(p => p.Value.HasValue).Select(p => (X(p.Period), p.Value.Value, p.Lower, p.Upper)).ToArray();
                var label = head.Space is { } sp ? SpaceName(result, sp) : AreaName(head.Area, de);
                var line = head.Area switch
                {
                    ReferenceArea.County => new ChartLine(label, pts, "#000000", 2.4, false),
                    ReferenceArea.Nrw => new ChartLine(label, pts, "#2c7bb6", 1, true),
                    ReferenceArea.Germany => new ChartLine(label, pts, "#1a9641", 1, true),
                    _ => flagged.Contains((head.Space!.Value, id)) ? new ChartLine(label, pts, "#bd0026", 1.6, false) : new ChartLine(label, pts, "#9a9a9a", 1, false),
                };
                lines.Add(line);
            }
            // The county on top.
            lines.Sort((a, b) => (a.Color == "#000000" ? 1 : 0).CompareTo(b.Color == "#000000" ? 1 : 0));
            panels.Add(new ChartPanel(IndicatorName(result, id, de) + " (" + (result.Panel.Values.Definition(id)?.UnitIn(de ? Language.German : Language.English) ?? "") + ")", lines));
        }
        (string, string)[] legend = de
            ? [("#000000", "Kreis"), ("#9a9a9a", "Gemeinde / Teilraum"), ("#bd0026", "mit Frühwarnhinweis"), ("#2c7bb6", "NRW (belegt)"), ("#1a9641", "Bund (belegt)")]
            : [("#000000", "County"), ("#9a9a9a", "Municipality / subarea"), ("#bd0026", "with an early-warning flag"), ("#2c7bb6", "NRW (sourced)"), ("#1a9641", "Germany (sourced)")];
        return SmallMultiplesSvg.Draw(panels, legend);
    }

    private static double X(LocalDate d) => d.Year - 1 + d.DayOfYear / (double)CalendarSystem.Iso.GetDaysInYear(d.Year);

    private static string SpaceName(MonitoringResult r, SpaceId id) => r.Panel.Region.TryGet(id, out var s) ? s.Name : id.Value;

    private static string IndicatorName(MonitoringResult r, string id, bool de) => r.Panel.Values.Definition(id) is { } d ? (de ? d.NameDe : d.NameEn) : id;

    private static string AreaName(ReferenceArea? a, bool de) => a is { } area ? Labels.Of(area, (de ? Language.German : Language.English)) : "";

    private static string RuleName(WarningRule rule, bool de) =>
        Labels.Of(rule.Kind, (de ? Language.German : Language.English)) + (rule.Kind == WarningRuleKind.WideningGap ? ": " + AreaName(rule.Reference, de) : "");

    private static string CertaintyName(WarningCertainty c, bool de) => Labels.Of(c, (de ? Language.German : Language.English));

    private static string DirectionName(TrendDirection d, bool de) => Labels.Of(d, (de ? Language.German : Language.English));

    private static string Num(double v, IFormatProvider c) => double.IsFinite(v) ? v.ToString("0.###", c) : "–";

    private static string Date(LocalDate d) => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
