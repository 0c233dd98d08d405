using System.Globalization;
using System.Text;
using Sozialindikatoren.Common;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>
/// The ranked under-supply findings in words (<em>Befunde in Textform</em>), German or English: one line per finding
/// and the full evidence (demand calculation, norm and source, supply list, conference statements), as the
/// <c>gaps</c> command prints them. The Gaps layer returns numbers and enums; every sentence about them is made here,
/// labels from <see cref="Labels"/>, numbers from <see cref="NumberFormat"/>.
/// </summary>
/// <threadsafety>Pure; thread-safe.</threadsafety>
public static class GapFindingsText
{
    /// <summary>One line, e.g. <c>Siegen · Schuldnerberatung: 62 % Versorgungsgrad (5 von 8,1 VZÄ; Lücke 3,1 VZÄ, rund
    /// 38.700 Einwohner ohne Versorgung) – Unterversorgung, Befund sicher; Richtwert 2 VZÄ je 50.000 Einwohner (belegt, Stand …)</c>.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="language">The language.</param>
    /// <returns>The line.</returns>
    public static string Line(GapFinding finding, Language language = Language.German)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var de = language == Language.German;
        var r = finding.Row;
        var norm = finding.Norm;
        var u = Labels.Of(r.Unit, language);
        string N(double v, int d) => NumberFormat.Compact(v, d, language);
        var sb = new StringBuilder();
        sb.Append(r.Space.Name).Append(" · ").Append(norm.LabelIn(language)).Append(": ")
          .Append(N(r.CoveragePercent ?? 0, 0)).Append(de ? " % Versorgungsgrad (" : "% coverage (")
          .Append(N(r.Supply, 2)).Append(de ? " von " : " of ").Append(N(r.Demand ?? 0, 2)).Append(' ').Append(u);
        if (r.Gap is > 0)
            sb.Append(de ? "; Lücke " : "; gap ").Append(N(r.Gap.Value, 2)).Append(' ').Append(u)
              .Append(de ? ", rund " : ", about ").Append(N(r.PeopleNotCovered ?? 0, 0)).Append(' ').Append(norm.Target.LabelIn(language))
              .Append(de ? " ohne Versorgung" : " not covered");
        sb.Append(") – ").Append(Labels.Of(r.Class, language)).Append(de ? ", Befund " : ", finding ").Append(Labels.Of(r.Certainty, language))
          .Append(de ? "; Richtwert " : "; norm ").Append(ResultTables.NormText(norm, language)).Append(" (")
          .Append(Labels.Of(norm.Provenance.Kind, language))
          .Append(!norm.IsAssumption && norm.Provenance.Date is { } d ? (de ? ", Stand " : ", as of ") + NumberFormat.Date(d, language) : "").Append(')');
        if (finding.Statements.Count > 0)
            sb.Append(de ? "; Sozialraumkonferenz: " : "; social space conference: ").Append(string.Join(", ", finding.Statements.Select(s =>
                (s.Row is { } r2 && r2.Space.Id != r.Space.Id ? r2.Space.Name + ": " : "") + Labels.Of(s.Statement.Rating, language) + " (" + Labels.Of(s.Agreement, language) + ")")));
        return sb.ToString();
    }

    /// <summary>The full evidence of a finding in several lines: the line, the demand calculation, the norm with its
    /// source, the offerings counted, the conference statements.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text (ends with a line break).</returns>
    public static string Evidence(GapFinding finding, Language language = Language.German)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var de = language == Language.German;
        var sb = new StringBuilder();
        sb.Append(finding.Rank.ToString(CultureInfo.InvariantCulture)).Append(". ").AppendLine(Line(finding, language));
        sb.Append("   ").AppendLine(Demand(finding.Demand, language));
        sb.Append(de ? "   Richtwert: " : "   Norm: ").Append(ResultTables.NormText(finding.Norm, language)).Append(" – ")
          .AppendLine(ProvenanceText(finding.Norm.Provenance, language));
        if (finding.Supply.Count == 0) sb.AppendLine(de ? "   Bestand: kein Angebot" : "   Supply: no offering");
        else sb.Append(de ? "   Bestand: " : "   Supply: ").AppendLine(string.Join("; ", finding.Supply.Select(s => Supply(s, language))));
        foreach (var s in finding.Statements) sb.Append(de ? "   Sozialraumkonferenz: " : "   Social space conference: ").AppendLine(Statement(s, language));
        return sb.ToString();
    }

    /// <summary>The demand calculation, e.g. <c>Bedarf = 102.355 Einwohner × 2 VZÄ je 50.000 Einwohner × Bedarfsfaktor 1
    /// = 4,09 VZÄ (Intervall 4,09–4,09 VZÄ); Bevölkerung am 31.12.2024 – Quelle: IT.NRW</c>.</summary>
    /// <param name="demand">The calculation.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string Demand(DemandCalculation demand, Language language = Language.German)
    {
        ArgumentNullException.ThrowIfNull(demand);
        var de = language == Language.German;
        var row = demand.Row;
        var u = Labels.Of(row.Unit, language);
        var target = demand.Target.LabelIn(language);
        string N(double v, int d) => NumberFormat.Compact(v, d, language);
        if (row.Demand is not { } d || row.TargetPopulation is not { } t)
            return (de ? $"Bedarf nicht berechenbar: {target} fehlt (" : $"Demand not computable: {target} missing (") + TargetSource(demand, language) + ")";
        return (de ? "Bedarf = " : "Demand = ") + $"{N(t, 0)} {target} × {ResultTables.NormText(row.Norm, language)} × {(de ? "Bedarfsfaktor" : "need factor")} {N(demand.NeedFactor, 2)}"
             + $" = {N(d, 2)} {u} ({(de ? "Intervall" : "interval")} {N(row.DemandLower ?? d, 2)}–{N(row.DemandUpper ?? d, 2)} {u}); {TargetSource(demand, language)}";
    }

    /// <summary>Where the target population comes from, e.g. <c>Bevölkerung am 31.12.2024 – Quelle: IT.NRW</c> or
    /// <c>Indikator sgb2_quote am 30.06.2024: Zähler 4.512 (95 %-Intervall 4.381–4.645)</c>.</summary>
    /// <param name="demand">The calculation.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string TargetSource(DemandCalculation demand, Language language = Language.German)
    {
        ArgumentNullException.ThrowIfNull(demand);
        var de = language == Language.German;
        var prov = demand.TargetProvenance is { } p ? " – " + ProvenanceText(p, language) : "";
        var date = demand.TargetDate is { } dt ? NumberFormat.Date(dt, language) : "";
        var id = demand.Target.IndicatorId;
        var level = ConfidencePercent(demand);
        return demand.TargetSource switch
        {
            TargetSourceKind.Population => (de ? $"Bevölkerung am {date}" : $"population on {date}") + prov,
            TargetSourceKind.SumOfChildren => de ? $"Bevölkerung ({demand.Target.GermanLabel}): Summe der Teilräume von {demand.Row.Space.Name}"
                                                 : $"population ({demand.Target.EnglishLabel}): sum over the sub-spaces of {demand.Row.Space.Name}",
            TargetSourceKind.IndicatorMissing => de ? $"Indikator {id}: kein Wert bis {NumberFormat.Date(demand.AsOf, language)}"
                                                    : $"indicator {id}: no value up to {NumberFormat.Date(demand.AsOf, language)}",
            TargetSourceKind.NumeratorMissing => (de ? $"Indikator {id} am {date}: kein Zähler" : $"indicator {id} on {date}: no count") + prov,
            _ => (de ? $"Indikator {id} am {date}: Zähler " : $"indicator {id} on {date}: count ")
                 + NumberFormat.Compact(demand.Row.TargetPopulation ?? 0, 0, language)
                 + $" ({level}{(de ? " %-Intervall " : "% interval ")}{NumberFormat.Compact(demand.TargetLower ?? 0, 1, language)}–{NumberFormat.Compact(demand.TargetUpper ?? 0, 1, language)})" + prov,
        };
    }

    /// <summary>One offering counted as supply, e.g. <c>Schuldnerberatung Siegen (Diakonie): 2,5 VZÄ (Standort)</c>.</summary>
    /// <param name="contribution">The contribution.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string Supply(SupplyContribution contribution, Language language = Language.German)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        return $"{contribution.Offering.Name}: {NumberFormat.Compact(contribution.Amount, 2, language)} {Labels.Of(contribution.Offering.Capacity.Unit, language)} ({Labels.Of(contribution.How, language)})";
    }

    /// <summary>A conference statement with its agreement, e.g. <c>Sozialraumkonferenz Siegen, 12.03.2024:
    /// Unterversorgung – „Wartezeiten …“ (stimmt überein)</c>; the statement's text is quoted as given.</summary>
    /// <param name="assessment">The assessed statement.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string Statement(StatementAssessment assessment, Language language = Language.German)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var s = assessment.Statement;
        var label = s.Provenance?.NeedsLabel == true ? " [" + ProvenanceText(s.Provenance, language) + "]" : "";
        var (open, close) = language == Language.German ? ("„", "“") : ("“", "”");
        return $"{s.Source}, {NumberFormat.Date(s.Date, language)}: {Labels.Of(s.Rating, language)} – {open}{s.Text}{close} ({Labels.Of(assessment.Agreement, language)}){label}";
    }

    /// <summary>A provenance in words: <c>illustrativ (…)</c>, <c>Annahme (…)</c>, <c>abgeleitet aus: …, Stand …</c>,
    /// <c>Quelle: …, Stand …</c> (English: illustrative, assumption, derived from, source, as of).</summary>
    /// <param name="provenance">The provenance.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string ProvenanceText(Provenance provenance, Language language = Language.German)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        var de = language == Language.German;
        var stand = provenance.Date is { } d ? (de ? ", Stand " : ", as of ") + NumberFormat.Date(d, language) : "";
        var src = provenance.Source;
        return provenance.Kind switch
        {
            ProvenanceKind.Illustrative or ProvenanceKind.Assumption => Labels.Of(provenance.Kind, language) + (src is null ? "" : " (" + src + ")"),
            ProvenanceKind.Derived => (de ? "abgeleitet aus: " : "derived from: ") + src + stand,
            _ => (de ? "Quelle: " : "source: ") + src + stand,
        };
    }

    /// <summary>Writes the findings as the <c>gaps</c> command prints them: a heading, the first 20 findings with their
    /// evidence, the rest one line each, and notes on assumed norms, offerings without a norm, the need factor, the
    /// accessibility supply and offerings not assigned to a space.</summary>
    /// <param name="result">The gap analysis.</param>
    /// <param name="writer">The target.</param>
    /// <param name="language">The language.</param>
    public static void WriteFindings(GapAnalysisResult result, TextWriter writer, Language language = Language.German)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var de = language == Language.German;
        string I(int n) => NumberFormat.Compact(n, 0, language);
        writer.WriteLine(de ? $"Versorgungslücken – {result.DataName}, Stand {NumberFormat.Date(result.AsOf, language)}"
                            : $"Gaps in provision – {result.DataName}, as of {NumberFormat.Date(result.AsOf, language)}");
        if (result.Findings.Count == 0)
            writer.WriteLine(de ? "Keine Befunde: in keinem Sozialraum zeigt der Bestands-Bedarfs-Abgleich eine Unterversorgung."
                                : "No findings: the comparison of supply and demand shows under-supply in no social space.");
        foreach (var f in result.Findings.Take(20)) writer.Write(Evidence(f, language));
        foreach (var f in result.Findings.Skip(20)) writer.WriteLine($"{f.Rank.ToString(CultureInfo.InvariantCulture)}. {Line(f, language)}");
        var assumptions = result.Norms.Norms.Where(n => n.IsAssumption).Select(n => n.LabelIn(language)).ToArray();
        if (assumptions.Length > 0)
            writer.WriteLine(de ? "Hinweis: Annahmen statt veröffentlichter Richtwerte für " + string.Join(", ", assumptions) + " (bitte durch örtliche Werte ersetzen)."
                                : "Note: assumptions instead of published norms for " + string.Join(", ", assumptions) + " (please replace with local values).");
        if (result.OfferingsWithoutNorm.Count > 0)
            writer.WriteLine((de ? $"Hinweis: {I(result.OfferingsWithoutNorm.Count)} Angebote ohne Richtwert für ihr Handlungsfeld und ihre Einheit wurden nicht ausgewertet: "
                                 : $"Note: {I(result.OfferingsWithoutNorm.Count)} offerings without a norm for their domain and unit were not assessed: ")
                + string.Join(", ", result.OfferingsWithoutNorm.Select(o => o.Id)));
        if (result.Options.NeedSensitivity != 0 && result.Options.NeedIndex is { } ni)
        {
            var s = NumberFormat.Compact(result.Options.NeedSensitivity, 3, language);
            var without = result.SpacesWithoutNeedIndex.Count > 0
                ? (de ? "; ohne Wert (Faktor 1): " : "; without a value (factor 1): ") + string.Join(", ", result.SpacesWithoutNeedIndex) : "";
            writer.WriteLine(de ? $"Bedarfsanpassung: Faktor 1 + {s}·z aus {ni.Description}, begrenzt auf [0,5; 2]{without}."
                                : $"Need adjustment: factor 1 + {s}·z from {ni.Description}, clamped to [0.5, 2]{without}.");
        }
        if (result.Options.Supply == SupplyMode.Access)
            writer.WriteLine(de ? "Erreichbarkeit: " + result.Options.Access + " (Annahmen, siehe docs/gaps.md)."
                                : "Accessibility: " + result.Options.Access + " (assumptions, see docs/gaps.md).");
        if (result.UnassignedOfferings.Count > 0)
            writer.WriteLine((de ? $"Hinweis: {I(result.UnassignedOfferings.Count)} Angebote ließen sich keinem Sozialraum zuordnen: "
                                 : $"Note: {I(result.UnassignedOfferings.Count)} offerings could not be assigned to a social space: ")
                + string.Join(", ", result.UnassignedOfferings.Select(o => o.Id)));
    }

    private static string ConfidencePercent(DemandCalculation demand) =>
        (demand.ConfidenceLevel * 100).ToString("0.#", CultureInfo.InvariantCulture);
}
