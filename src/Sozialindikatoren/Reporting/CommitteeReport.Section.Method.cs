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
    // The report section "Methodik und Quellen": notes, scenario lines, norms; szenario.csv.
    private sealed partial class Builder
    {
        private ReportSection MethodSection()
        {
            var lines = new Table([L("Kürzungsposition", "Scenario line"), L("Kürzung", "Cut"), L("ab", "from"), L("Status", "Status"), L("Anmerkung", "Note")],
                Scenario.Lines.Select(l => (IReadOnlyList<string>)[l.Label, l.Kind == CutKind.Share ? P((double)(100 * l.Value), 0) : E(l.Value), Date(l.EffectiveFrom),
                    Labels.Of(l.Status, _lang), l.Note ?? ""]),
                [ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left],
                L("Kürzungspositionen des Szenarios mit Quelle oder Annahme", "Scenario lines with source or assumption"));
            var norms = new Table([L("Handlungsfeld", "Domain"), L("Einheit", "Unit"), L("Richtwert", "Norm"), L("Wert", "Value"), L("Angebotsarten", "Offering types"),
                    L("Herkunft", "Origin"), L("Status", "Status"), L("Quelle", "Source"), L("Stand", "As of")],
                gaps.Norms.Norms.Select(n => (IReadOnlyList<string>)[DomainName(n.Domain), UnitName(n.Unit), n.LabelIn(_lang),
                    $"{N(n.Amount, 2)} {UnitName(n.Unit)} {L("je", "per")} {N(n.PerPersons, 0)} {n.Target.LabelIn(_lang)}",
                    n.OfferingTypes.Count == 0 && n.Programmes.Count == 0 ? L("alle des Handlungsfelds", "all of the domain")
                        : string.Join(", ", n.OfferingTypes.Select(t => t.Code).Concat(n.Programmes.Select(p => L("Programm ", "programme ") + p))),
                    Labels.Of(n.Origin, _lang), NormStatus(n), n.Provenance.Source ?? "–", n.Provenance.Date is { } d ? Date(d) : "–"]),
                [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left],
                L("Richtwerte (Standard oder eigener Richtwert des Datensatzes, mit Quelle und Stand)", "Planning norms (default or the data set's own, with source and date)"));
            var notes = new List<string>
            {
                L($"Sozialindex: z-Standardisierung über die {SpacesWord}, gleiche Gewichte, Klassen nach den MSS-Grenzen (Status: z < −1 hoch, −1 bis 1 mittel, 1 bis 1,5 niedrig, > 1,5 sehr niedrig). Details: docs/methodology.md.",
                  $"Social index: z-standardised over the {SpacesWord}, equal weights, classes by the MSS cut-offs. Details: docs/methodology.md."),
                L("Versorgungslücken: Bedarf = Zielgruppe × Richtwert; Versorgungsgrad = Bestand ÷ Bedarf × 100; Unsicherheit aus den Intervallen der Bedarfsquoten (sicher / wahrscheinlich / möglich).",
                  "Gaps: demand = target group × norm; coverage = supply ÷ demand × 100; uncertainty from the intervals of the need rates (certain / probable / possible)."),
                L($"Kürzungen: Reaktion der Träger modelliert (Auffangen aus Eigenmitteln, Verkleinerung, Schließung unter der Tragfähigkeitsschwelle{(cuts.AssumesCofunderWithdrawal ? " oder bei wegfallender Kofinanzierung (Annahme: Kofinanzierer ziehen sich zurück)" : "; ein Rückzug von Kofinanzierern ist nicht angenommen")}); Angaben der Träger nur, wenn ihre Bedingung im Szenario erfüllt ist, anteilig für die Monate im Stichtagsjahr; Leistungsentgelte auf Rechtsansprüche werden nicht gekürzt; Monte Carlo mit {NumberFormat.Number(Draws, 0, _lang)} Ziehungen, Seed {Seed.ToString(CultureInfo.InvariantCulture)}, reproduzierbar.",
                  $"Cuts: provider response modelled (absorb from own funds, shrink, close below the viability threshold{(cuts.AssumesCofunderWithdrawal ? " or when co-financing fails (assumption: co-funders withdraw)" : "; no co-funder withdrawal assumed")}); provider statements only when their condition holds in the scenario, pro rata for the months of the reference year; fees on legal claims are not cut; Monte Carlo with {NumberFormat.Number(Draws, 0, _lang)} draws, seed {Seed.ToString(CultureInfo.InvariantCulture)}, reproducible."),
                DataSourcesText(),
            };
            if (ConfidentialityNote() is { } confidentiality) notes.Add(confidentiality);
            if (data.Description is { Length: > 0 } description) notes.Add(description);
            return new ReportSection("methodik", L("Methodik und Quellen", "Method and sources"), With(
                new ReportList(notes), new ReportTable(lines, "szenario.csv", ScenarioCsv()), new ReportTable(norms),
                Illustrative ? new ReportNote(IllustrativeText(), isWarning: true) : null));
        }

        private string NormStatus(SupplyNorm n) => n.NotSurveyed ? Labels.Of(CoverageClass.NotSurveyed, _lang) : n.IsAssumption ? L("Annahme", "assumption") : L("veröffentlicht", "published");

        /// <summary>The data set's own sources: the distinct sources of the provenance of its tables (spaces, population,
        /// indicators, offerings and funding, statements), never a fixed list of another data set's sources.</summary>
        private string DataSourcesText()
        {
            var groups = new (string De, string En, IEnumerable<Common.Provenance?> Items)[]
            {
                ("Räume", "spaces", data.Region.Spaces.Select(x => x.Provenance)),
                ("Bevölkerung", "population", data.Region.Spaces.Select(x => x.Population?.Provenance)),
                ("Indikatoren", "indicators", data.Indicators.Select(x => x.Provenance)),
                ("Angebote und Finanzierung", "offerings and funding", data.Offerings.SelectMany(o => o.Funding.Lines.Select(l => l.Provenance).Prepend(o.Provenance))),
                ("Aussagen aus Konferenzen und Träger-Abfrage", "conference and provider statements", data.ConferenceStatements.Select(x => x.Provenance).Concat(data.ProviderStatements.Select(x => x.Provenance))),
            };
            var parts = new List<string>();
            foreach (var (de, en, items) in groups)
            {
                var sources = items.Where(p => p is { Kind: Common.ProvenanceKind.Sourced or Common.ProvenanceKind.Derived, Source.Length: > 0 })
                    .Select(p => p!.Source!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
                if (sources.Length == 0) continue;
                var shown = string.Join("; ", sources.Take(5)) + (sources.Length > 5 ? L($" und {sources.Length - 5} weitere", $" and {sources.Length - 5} more") : "");
                parts.Add(L(de, en) + ": " + shown);
            }
            return parts.Count == 0
                ? L("Quellen des Datensatzes: keine Quellen angegeben (Spalte Herkunft der Tabellen); Kürzungen: siehe Tabelle.", "Sources of the data set: none given (provenance column of the tables); cuts: see table.")
                : L("Quellen des Datensatzes: ", "Sources of the data set: ") + string.Join(L(". ", ". "), parts) + L(". Kürzungen: Quelle oder Annahme je Position (siehe Tabelle).", ". Cuts: source or assumption per line (see table).");
        }

        /// <summary>Which tables of the data set hold illustrative figures or assumptions (from their provenance).</summary>
        private string IllustrativeText()
        {
            var tables = new List<string>();
            if (data.Region.Spaces.Any(x => x.Provenance?.NeedsLabel == true)) tables.Add(L("Räume", "spaces"));
            if (data.Region.Spaces.Any(x => x.Population?.Provenance?.NeedsLabel == true)) tables.Add(L("Bevölkerung", "population"));
            if (data.Indicators.Any(x => x.Provenance?.NeedsLabel == true)) tables.Add(L("Indikatorwerte", "indicator values"));
            if (data.Offerings.Any(o => o.Provenance?.NeedsLabel == true)) tables.Add(L("Angebote", "offerings"));
            if (data.Offerings.Any(o => o.Funding.Lines.Any(l => l.Provenance?.NeedsLabel == true))) tables.Add(L("Finanzierung", "funding"));
            if (data.ConferenceStatements.Any(x => x.Provenance?.NeedsLabel == true) || data.ProviderStatements.Any(x => x.Provenance?.NeedsLabel == true)) tables.Add(L("Aussagen aus Konferenzen und Träger-Abfrage", "conference and provider statements"));
            if (data.Participation.Meetings.Any(m => m.Provenance?.NeedsLabel == true)) tables.Add(L("Sitzungen", "meetings"));
            return L($"illustrativ: {string.Join(", ", tables)} enthalten illustrative Werte oder Annahmen (Herkunft illustrativ/Annahme); sie sind gekennzeichnet und keine belegten Angaben. Alle übrigen Angaben tragen ihre Quelle.",
                     $"illustrative: {string.Join(", ", tables)} hold illustrative figures or assumptions (provenance illustrative/assumption); they are labelled and not sourced facts. Every other figure carries its source.");
        }

        private string ScenarioCsv()
        {
            var sb = new StringBuilder("line,label,kind,value,effective_from,status,note\n");
            var i = 0;
            foreach (var l in Scenario.Lines)
                sb.Append(CultureInfo.InvariantCulture, $"{++i},{Csv.Field(l.Label)},{l.Kind.ToString().ToLowerInvariant()},{R(l.Value)},{l.EffectiveFrom:yyyy-MM-dd},{(l.IsAssumption ? "assumption" : "sourced")},{Csv.Field(l.Note ?? "")}\n");
            return sb.ToString();
        }
    }
}
