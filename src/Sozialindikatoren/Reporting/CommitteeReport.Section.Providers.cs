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
        /// <summary>Header of traegerangaben.csv (one row per provider statement, in data order; written also when empty).</summary>
        internal const string StatementsHeader = "statement_id,offering_id,reported_on,effective_from,capacity_reduction,expected_funding_loss_per_year,condition_source,condition_programme,condition_min_share,condition_cut_share,status,year_share,applied_reduction,model_lost_funding,text";

        private ReportSection ProviderSection()
        {
            var outcomes = cuts.Statements;
            var byOffering = cuts.Offerings.ToDictionary(o => o.Offering.Id, StringComparer.Ordinal);
            var table = new Table([L("Angebot", "Offering"), L("Träger", "Provider"), L("gemeldet", "reported"), L("ab", "from"), L("Kapazitätsabbau", "Capacity reduction"),
                    L("Bedingung", "Condition"), L("im Szenario", "In the scenario"), L("im Stichtagsjahr", "In the reference year"), L("erwarteter Verlust €/Jahr", "Expected loss €/year"),
                    L("Modell: wegfallend €/Jahr", "Model: lost €/year"), L("Angabe", "Statement")],
                outcomes.Select(x =>
                {
                    var s = x.Statement;
                    var o = data.OfferingsById.TryGetValue(s.OfferingId, out var off) ? off : null;
                    var provider = o is not null && data.ProvidersById.TryGetValue(o.ProviderId, out var p) ? p.Name : "";
                    return (IReadOnlyList<string>)[o?.Name ?? s.OfferingId, provider, Date(s.ReportedOn), Date(s.EffectiveFrom), s.IsClosure ? L("Schließung", "closure") : P(100 * s.CapacityReduction, 0),
                        ConditionText(s.Condition), StatusText(x), x.Applies ? L($"{P(100 * x.AppliedReduction, 0)} Abbau ({N(12 * x.YearShare, 1)} von 12 Monaten)", $"{P(100 * x.AppliedReduction, 0)} reduction ({N(12 * x.YearShare, 1)} of 12 months)") : "–",
                        s.ExpectedFundingLossPerYear is { } l ? NumberFormat.Amount(l, 0, _lang) : "–", byOffering.TryGetValue(s.OfferingId, out var imp) ? NumberFormat.Amount(imp.LostFunding, 0, _lang) : "–", s.Text];
                }),
                [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left,
                 ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Left],
                L("Angaben der Träger (Träger-Abfrage)", "What the providers reported (provider survey)"));
            var csv = new StringBuilder(StatementsHeader).Append('\n');
            foreach (var x in outcomes)
            {
                var s = x.Statement;
                var c = s.Condition;
                csv.Append(CultureInfo.InvariantCulture, $"{x.Index},{Csv.Field(s.OfferingId)},{s.ReportedOn:yyyy-MM-dd},{s.EffectiveFrom:yyyy-MM-dd},{R(s.CapacityReduction)},{(s.ExpectedFundingLossPerYear is { } l ? R(l) : "")},")
                   .Append(CultureInfo.InvariantCulture, $"{c?.Source.ToCode()},{Csv.Field(c?.Programme ?? "")},{(c is null ? "" : R(c.MinShare))},{(x.ConditionCutShare is { } cs ? R(cs) : "")},{StatusCode(x.Status)},{R(x.YearShare)},{R(x.AppliedReduction)},")
                   .Append(CultureInfo.InvariantCulture, $"{(byOffering.TryGetValue(s.OfferingId, out var imp) ? R(imp.LostFunding) : "")},{Csv.Field(s.Text)}\n");
            }
            var notIn = outcomes.Count(x => x.NotInScenario);
            return new ReportSection("traeger", L("Was die Träger berichten", "What the providers report"), With(
                outcomes.Count == 0 ? new ReportParagraph(L("Es liegen keine Angaben aus einer Träger-Abfrage vor.", "There are no provider survey statements.")) : null,
                new ReportTable(table, "traegerangaben.csv", csv.ToString()),
                new ReportParagraph(L($"Eine Angabe gilt nur, wenn das Szenario das Angebot kürzt und ihre Bedingung (Geldgeber, Programm, Mindestanteil der Kürzung) erfüllt ist; dann ersetzt sie die modellierte Reaktion („laut Träger-Abfrage“). Eine Änderung ab einem Datum im Stichtagsjahr zählt anteilig für die Monate, die sie abdeckt (ab 01.07. = 6 von 12 Monaten: eine Schließung halbiert die Kapazität im Jahresmittel und zählt als Schließung). Gibt es mehrere geltende Angaben zu einem Angebot, gilt die zuletzt gemeldete. {N(notIn, 0)} Angaben betreffen eine Kürzung, die das Szenario nicht enthält („nicht im Szenario“); sie gehen nicht ein und sind nicht null, sondern für ein anderes Szenario zu prüfen.",
                                      $"A statement applies only when the scenario cuts the offering and its condition (funder, programme, minimum cut share) holds; it then replaces the modelled response ('per provider survey'). A change from a date in the reference year counts pro rata for the months it covers (from 1 July = 6 of 12 months: a closure halves the capacity on the year's average and counts as a closure). Of several applying statements for one offering the latest reported applies. {N(notIn, 0)} statements are about a cut the scenario does not contain ('not in the scenario'); they do not enter the model and are not zero, but to be checked under another scenario.")),
                IllustrativeNote(L("Die Angaben der Träger", "The provider statements"))));
        }

        private static string StatusCode(StatementStatus s) => s switch
        {
            StatementStatus.Applies => "applies",
            StatementStatus.ConditionNotMet => "condition_not_met",
            StatementStatus.OfferingNotCut => "offering_not_cut",
            StatementStatus.Superseded => "superseded",
            StatementStatus.AfterStichtagYear => "after_year",
            _ => "disabled",
        };

        private string ConditionText(StatementCondition? c) => c is null ? L("keine (gilt, wenn das Angebot gekürzt wird)", "none (applies when the offering is cut)")
            : $"{Labels.Of(c.Source, _lang)}{(c.Programme is { } p ? " · " + p : "")} ≥ {P(100 * c.MinShare, 0)}";

        private string StatusText(StatementOutcome x)
        {
            var label = Labels.Of(x.Status, _lang);
            if (x.Status != StatementStatus.ConditionNotMet) return label;
            return x.ConditionCutShare is { } share
                ? label + L($": das Szenario kürzt diese Mittel um {P(100 * share, 0)}", $": the scenario cuts these funds by {P(100 * share, 0)}")
                : label + L(": das Angebot hat keine solche Finanzierungslinie", ": the offering has no such funding line");
        }
    }
}
