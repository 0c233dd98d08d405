using System.Globalization;
using System.Text;
using NodaTime;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

public static partial class CommitteeReport
{
    // The report section "Fallzahlen vertraulicher Indikatoren": the counts of the indicators marked confidential, per
    // base space plus the county total, after primary and secondary suppression (statistische Geheimhaltung); fallzahlen.csv.
    private sealed partial class Builder
    {
        /// <summary>Header of fallzahlen.csv: one row per confidential indicator and base space plus the county total
        /// (<c>space_id</c> = <c>Insgesamt</c>); <c>count</c> and <c>rate</c> are empty when suppressed, <c>status</c> is
        /// <c>published</c>, <c>primary</c> or <c>secondary</c>, <c>rate_status</c> a value status code.</summary>
        internal const string CaseCountsHeader = "indicator,date,space_id,space,count,status,denominator,rate,rate_status";

        /// <summary>The key of the county total in fallzahlen.csv (as in the <c>suppress</c> command's output).</summary>
        private const string TotalKey = "Insgesamt";

        /// <summary>One protected count table: per row (base spaces, then the total) the published count or null, the
        /// suppression state, the denominator and the published rate.</summary>
        private sealed record CaseCountRow(SpaceId? Space, string Name, long? Count, CellSuppression State, Observation? Denominator, Observation Rate);

        private sealed record CaseCountTable(string IndicatorId, LocalDate Date, IndicatorDefinition? Definition, IReadOnlyList<CaseCountRow> Rows, int Primary, int Secondary);

        private List<CaseCountTable>? _caseCounts;
        private List<string>? _notCounts;

        /// <summary>The protected tables of every confidential indicator (computed once), and the confidential indicators
        /// that are not case counts (direct values, fractional numerators), which the report does not publish per space.</summary>
        private List<CaseCountTable> CaseCounts
        {
            get
            {
                if (_caseCounts is not null) return _caseCounts;
                _caseCounts = [];
                _notCounts = [];
                var bases = Municipalities;
                foreach (var id in data.ConfidentialIndicators.Order(StringComparer.Ordinal))
                {
                    var records = data.Indicators.Where(r => r.IndicatorId == id).ToArray();
                    var date = records.Max(r => r.Date);
                    var at = records.Where(r => r.Date == date).ToDictionary(r => r.Space);
                    var rows = bases.Where(s => at.ContainsKey(s.Id)).ToArray();
                    if (rows.Length == 0 || rows.Any(s => at[s.Id].Numerator is { HasValue: true } n && (n.Value != Math.Floor(n.Value) || n.Value < 0)))
                    {
                        _notCounts.Add(id);
                        continue;
                    }
                    _caseCounts.Add(Protect(id, date, rows, at));
                }
                return _caseCounts;
            }
        }

        private CaseCountTable Protect(string id, LocalDate date, SocialSpace[] rows, Dictionary<SpaceId, IndicatorRecord> at)
        {
            var o = options.Disclosure;
            IndicatorCatalogue.Standard.TryGet(id, out var definition);
            var scale = definition?.Scale ?? 1;
            var m = rows.Length;
            var states = new CellSuppression[m + 1];
            var counts = new long?[m + 1];
            var allKnown = rows.All(s => at[s.Id].Numerator.HasValue);
            if (allKnown)
            {
                // The one-way list as a table with one column: the county total is the margin (Σ base spaces).
                var values = new long[m, 1];
                for (var r = 0; r < m; r++) values[r, 0] = (long)at[rows[r].Id].Numerator.Value;
                var table = new CrossTable(rows.Select(s => s.Id.Value).ToArray(), ["n"], values);
                var result = table.Suppress(o);
                for (var r = 0; r < m; r++) states[r] = result.States[table.CellIndex(r, 0)];
                states[m] = result.States[table.CellIndex(-1, -1)];
                if (result.Unprotected.Length > 0)
                    for (var r = 0; r <= m; r++) if (states[r] == CellSuppression.None) states[r] = CellSuppression.Secondary;
                for (var r = 0; r < m; r++) counts[r] = values[r, 0];
                counts[m] = table.Counts[table.CellIndex(-1, -1)];
            }
            else
            {
                // Some base space has no number on input: the total cannot be computed (not published), and with an
                // unknown total no published count narrows another; small counts are still suppressed (primary).
                for (var r = 0; r < m; r++)
                {
                    var n = at[rows[r].Id].Numerator;
                    if (!n.HasValue) { states[r] = CellSuppression.Primary; continue; }
                    var x = (long)n.Value;
                    counts[r] = x;
                    if ((x > 0 || o.SuppressZeros) && x < o.MinimumCount) states[r] = CellSuppression.Primary;
                }
                states[m] = CellSuppression.Primary;
            }
            var published = new Observation[m + 1];
            var denominators = new Observation[m + 1];
            for (var r = 0; r <= m; r++)
                published[r] = states[r] != CellSuppression.None || counts[r] is null ? Observation.Suppressed : counts[r] == 0 ? Observation.ExactZero : Observation.Of(counts[r]!.Value);
            var hasDenominator = rows.All(s => at[s.Id].Denominator is not null);
            for (var r = 0; r < m; r++) denominators[r] = at[rows[r].Id].Denominator ?? Observation.Missing;
            denominators[m] = hasDenominator ? Observation.Sum(denominators.Take(m)) : Observation.Missing;
            var rates = hasDenominator ? DisclosureControl.Rates(published, denominators, scale, o) : Enumerable.Repeat(Observation.Missing, m + 1).ToArray();
            var list = new List<CaseCountRow>(m + 1);
            for (var r = 0; r <= m; r++)
                list.Add(new CaseCountRow(r < m ? (SpaceId?)rows[r].Id : null, r < m ? rows[r].Name : L("Kreis insgesamt", "County total"),
                    states[r] == CellSuppression.None ? counts[r] : null, states[r], hasDenominator ? (Observation?)denominators[r] : null, rates[r]));
            return new CaseCountTable(id, date, definition, list, states.Count(s => s == CellSuppression.Primary), states.Count(s => s == CellSuppression.Secondary));
        }

        private ReportSection? CaseCountsSection()
        {
            if (data.ConfidentialIndicators.Count == 0) return null;
            var blocks = new List<ReportBlock?>
            {
                new ReportParagraph(L($"Diese Fallzahlen sind als vertraulich gekennzeichnet und werden nur geheimhaltungsgeschützt veröffentlicht: Eine Zahl unter {N(options.Disclosure.MinimumCount, 0)} (außer 0) wird gesperrt (primäre Geheimhaltung), und weitere Zahlen werden gesperrt, bis sich keine primär gesperrte Zahl aus den veröffentlichten Zahlen und der Kreissumme enger als auf ein Intervall der Breite {N(options.Disclosure.Protection, 0)} eingrenzen lässt (sekundäre Geheimhaltung). Gesperrte Zahlen stehen als „.“ (Zahlenwert geheim zu halten); daraus berechnete Quoten sind ebenfalls gesperrt, Quoten auf weniger als {N(options.Disclosure.MinimumDenominator, 0)} Personen sind nicht aussagekräftig („/“). Die Zeitreihen dieser Indikatoren erscheinen nicht im Abschnitt „Entwicklung und Frühwarnung“.",
                                      $"These case counts are marked confidential and are published only under disclosure control: a count below {N(options.Disclosure.MinimumCount, 0)} (other than 0) is suppressed (primary suppression), and further counts are suppressed until no primary suppressed count can be narrowed to an interval narrower than {N(options.Disclosure.Protection, 0)} from the published counts and the county total (secondary suppression). Suppressed counts are shown as '.' (value confidential); rates computed from them are suppressed too, rates on fewer than {N(options.Disclosure.MinimumDenominator, 0)} people are not meaningful ('/'). The time series of these indicators do not appear in the section 'Development and early warning'.")),
            };
            var csv = new StringBuilder(CaseCountsHeader).Append('\n');
            foreach (var t in CaseCounts)
            {
                var name = t.Definition is { } d ? (De ? d.NameDe : d.NameEn) : t.IndicatorId;
                var unit = t.Definition?.UnitIn(_lang) ?? "";
                var table = new Table([SpaceNoun, L("Fallzahl", "Cases"), L("Bezugsgröße", "Denominator"), unit.Length > 0 ? $"{name} ({unit})" : name],
                    t.Rows.Select(r => (IReadOnlyList<string>)[r.Name, r.Count is { } c ? N(c, 0) : ".", r.Denominator is { } den ? Cell(den, 0) : "–", Cell(r.Rate, 1)]),
                    [ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Right],
                    L($"{name}: Fallzahlen je {SpaceNoun}, Stand {Date(t.Date)} ({N(t.Primary, 0)} primär, {N(t.Secondary, 0)} sekundär gesperrt)",
                      $"{name}: cases per {SpaceWord}, as of {Date(t.Date)} ({N(t.Primary, 0)} primary, {N(t.Secondary, 0)} secondary suppressions)"));
                foreach (var r in t.Rows)
                    csv.Append(CultureInfo.InvariantCulture, $"{t.IndicatorId},{t.Date:yyyy-MM-dd},{Csv.Field(r.Space?.Value ?? TotalKey)},{Csv.Field(r.Name)},{(r.Count is { } c ? c.ToString(CultureInfo.InvariantCulture) : "")},")
                       .Append(CultureInfo.InvariantCulture, $"{StateCode(r.State)},{(r.Denominator is { HasValue: true } den ? R(den.Value) : "")},{(r.Rate.HasValue ? R(r.Rate.Value) : "")},{r.Rate.Status.ToCode()}\n");
                blocks.Add(new ReportTable(table));
            }
            // The CSV holds every table; it is attached to the first one.
            var tables = blocks.OfType<ReportTable>().ToList();
            if (tables.Count > 0) blocks[blocks.IndexOf(tables[0])] = new ReportTable(tables[0].Table, "fallzahlen.csv", csv.ToString());
            if (_notCounts is { Count: > 0 } skipped)
                blocks.Add(new ReportParagraph(L($"Nicht als Fallzahlen je {SpaceNoun} veröffentlicht (keine ganzzahligen Zähler der {SpacesWord} oder keine Werte der {SpacesWord}): {string.Join(", ", skipped)}.",
                                                 $"Not published as case counts per {SpaceWord} (no whole-number counts of the {SpacesWord}, or no values of the {SpacesWord}): {string.Join(", ", skipped)}.")));
            return new ReportSection("fallzahlen", L("Fallzahlen vertraulicher Indikatoren", "Case counts of confidential indicators"), With(blocks.ToArray()));
        }

        /// <summary>The method note on disclosure control (null when the data set marks nothing confidential).</summary>
        private string? ConfidentialityNote()
        {
            if (data.ConfidentialIndicators.Count == 0) return null;
            var ids = string.Join(", ", CaseCounts.Select(t => t.IndicatorId));
            var none = CaseCounts.Count == 0;
            var o = options.Disclosure;
            return L($"Geheimhaltung (§ 16 BStatG; Statistisches Bundesamt, Zeichenerklärung „.“ = Zahlenwert unbekannt oder geheim zu halten): {(none ? "keine Fallzahlen vertraulicher Indikatoren je Raum veröffentlicht" : $"geschützt sind die Fallzahlen von {ids} je {SpaceNoun} und die Kreissumme als Tabelle mit einer Spalte (die Kreissumme ist die Randsumme)")}. Primär gesperrt wird jede Zahl x mit 0 < x < {N(o.MinimumCount, 0)}; sekundär so viele weitere, dass ein Angreifer, der alle veröffentlichten Zahlen, die Summe und x ≥ 0 kennt, jede primär gesperrte Zahl nur auf ein Intervall [min, max] mit max − min ≥ {N(o.Protection, 0)} eingrenzen kann (exakte Intervallprüfung mit dem Netzwerk-Simplex). Aus gesperrten Zahlen berechnete Quoten sind gesperrt; die Zeitreihen vertraulicher Indikatoren gehen nicht in das Monitoring ein.",
                     $"Confidentiality (§ 16 BStatG; Federal Statistical Office (Destatis), symbol '.' = value unknown or to be kept confidential): {(none ? "no case counts of confidential indicators published per space" : $"the counts of {ids} per {SpaceWord} and the county total are protected as a table with one column (the county total is its margin)")}. Every count x with 0 < x < {N(o.MinimumCount, 0)} is suppressed (primary); further counts are suppressed (secondary) until an attacker who knows every published count, the total and that x ≥ 0 can narrow each primary count only to an interval [min, max] with max − min ≥ {N(o.Protection, 0)} (exact interval audit by the network simplex). Rates from suppressed counts are suppressed; the time series of confidential indicators are left out of the monitoring.");
        }

        private string Cell(Observation x, int decimals) => x.HasValue ? N(x.Value, decimals) : x.Status.Symbol() is { Length: > 0 } s ? s : "–";

        private static string StateCode(CellSuppression s) => s switch
        {
            CellSuppression.Primary => "primary",
            CellSuppression.Secondary => "secondary",
            _ => "published",
        };
    }
}
