using Sozialindikatoren.Composite;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>
/// Display tables of analysis results (<em>Ergebnistabellen</em>) in German or English, built on the one
/// <see cref="Table"/> (render with <see cref="Table.ToMarkdown"/> or <see cref="Table.ToText"/>): the gap rows, the
/// social index and the cut impact by group. Calculation results carry numbers and enums; their text is made here,
/// labels from <see cref="Labels"/>, numbers from <see cref="NumberFormat"/>.
/// </summary>
/// <threadsafety>Pure; thread-safe.</threadsafety>
public static partial class ResultTables
{
    /// <summary>The coverage rows: space, norm, unit, target population, demand, supply, coverage, class, gap, norm text
    /// (assumptions marked).</summary>
    /// <param name="result">The gap analysis.</param>
    /// <param name="level">Only rows of spaces at this level (e.g. <see cref="SpaceLevel.Municipality"/>), or null for all.</param>
    /// <param name="language">The language.</param>
    /// <returns>The table.</returns>
    public static Table Gaps(GapAnalysisResult result, SpaceLevel? level = null, Language language = Language.German)
    {
        ArgumentNullException.ThrowIfNull(result);
        var de = language == Language.German;
        string N(double v, int d) => NumberFormat.Compact(v, d, language);
        var rows = result.Rows.Where(r => level is not { } l || r.Space.Level == l).Select(r => (IReadOnlyList<string>)
        [
            r.Space.Name, r.Norm.LabelIn(language), Labels.Of(r.Unit, language),
            r.TargetPopulation is { } t ? N(t, 0) : "–", r.Demand is { } d ? N(d, 2) : "–", N(r.Supply, 2),
            r.CoveragePercent is { } c ? N(c, 0) + (de ? " %" : "%") : "–", Labels.Of(r.Class, language), r.Gap is { } g ? N(g, 2) : "–",
            NormText(r.Norm, language) + (r.Norm.IsAssumption ? (de ? " (Annahme)" : " (assumption)") : ""),
        ]);
        return new Table(
            de ? ["Raum", "Handlungsfeld", "Einheit", "Zielgruppe", "Bedarf", "Bestand", "Versorgungsgrad", "Stufe", "Lücke", "Richtwert"]
               : ["Space", "Domain", "Unit", "Target group", "Demand", "Supply", "Coverage", "Class", "Gap", "Norm"],
            rows,
            [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Right,
             ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Left]);
    }

    /// <summary>A planning norm in words: <c>2 VZÄ je 50.000 Einwohner</c> / <c>2 FTE per 50,000 residents</c> (the target
    /// group's name in that language, <see cref="TargetPopulation.LabelIn"/>).</summary>
    /// <param name="norm">The norm.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string NormText(SupplyNorm norm, Language language = Language.German)
    {
        ArgumentNullException.ThrowIfNull(norm);
        var de = language == Language.German;
        var amount = NumberFormat.Compact(norm.Amount, 4, language);
        var unit = de && norm.Amount == 1 ? norm.Unit switch
        {
            CapacityUnit.Places => "Platz",
            CapacityUnit.CasesPerYear => "Fall/Jahr",
            _ => Labels.Of(norm.Unit),
        } : Labels.Of(norm.Unit, language);
        var target = norm.Target.LabelIn(language);
        return norm.PerPersons == 1
            ? $"{amount} {unit} {(de ? "je Person" : "per person")} ({target})"
            : $"{amount} {unit} {(de ? "je" : "per")} {NumberFormat.Compact(norm.PerPersons, 0, language)} {target}";
    }

    /// <summary>A computation note of the social index in words, e.g. <c>Status: „sgb2_quote“ statt „transferbezug“ verwendet</c> /
    /// <c>status: 'sgb2_quote' used in place of 'transferbezug'</c>.</summary>
    /// <param name="note">The note.</param>
    /// <param name="spaceName">Resolves a space id to its name (default: the id).</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string IndexNote(SocialIndexNote note, Func<SpaceId, string>? spaceName = null, Language language = Language.German)
    {
        ArgumentNullException.ThrowIfNull(note);
        var de = language == Language.German;
        var what = note.Part == SocialIndexPart.Dynamics ? (de ? "Dynamikindex" : "dynamics index") : (de ? "Statusindex" : "status index");
        var space = note.Space is { } id ? (spaceName?.Invoke(id) ?? id.Value) : "";
        string N(double? v, int d) => v is { } x ? NumberFormat.Compact(x, d, language) : "–";
        return note.Kind switch
        {
            SocialIndexNoteKind.NoPopulation => de ? $"{space}: keine Bevölkerungszahl, Mindestgröße nicht geprüft" : $"{space}: no population given, minimum population rule not applied",
            SocialIndexNoteKind.ExcludedSmall => de ? $"{space}: ausgeschlossen, {N(note.Value, 0)} Einwohner < Mindestgröße {N(note.Threshold, 0)}"
                                                    : $"{space}: excluded, population {N(note.Value, 0)} < minimum {N(note.Threshold, 0)}",
            SocialIndexNoteKind.PopulationIndicatorMissing => de ? $"Mindestgröße nicht geprüft: der Datensatz hat keinen Indikator „{note.Indicator}“"
                                                                 : $"minimum population rule not applied: the data has no '{note.Indicator}' indicator",
            SocialIndexNoteKind.SlotSkipped => de ? $"{what}: optionaler Indikator {note.Indicator} fehlt in den Daten, ausgelassen"
                                                  : $"{what}: optional indicator {note.Indicator} not in the data, skipped",
            SocialIndexNoteKind.Substituted => de ? $"{what}: „{note.Indicator}“ statt „{note.Replaced}“ verwendet"
                                                  : $"{what}: '{note.Indicator}' used in place of '{note.Replaced}'",
            _ => de ? $"{space}: kein {what}, nur {N(note.Available, 0)} von {N(note.Total, 0)} Indikatoren mit Wert (Mindestanteil {N(note.Threshold, 2)})"
                    : $"{space}: no {what}, only {N(note.Available, 0)} of {N(note.Total, 0)} indicators have a value (availability threshold {N(note.Threshold, 2)})",
        };
    }

    /// <summary>The social index: space, status z, status class, dynamics z, dynamics class, group (excluded spaces marked).</summary>
    /// <param name="result">The social index.</param>
    /// <param name="language">The language.</param>
    /// <returns>The table.</returns>
    public static Table SocialIndex(SocialIndexResult result, Language language = Language.German)
    {
        ArgumentNullException.ThrowIfNull(result);
        var de = language == Language.German;
        var rows = result.Entries.Select(e => (IReadOnlyList<string>)
        [
            e.Space.Value, e.HasStatus ? NumberFormat.Number(e.StatusZ, 2, language) : "–", ClassText(e.Status, language),
            e.HasDynamics ? NumberFormat.Number(e.DynamicsZ, 2, language) : "–", ClassText(e.Dynamics, language),
            e.Group?.Code ?? (e.Excluded ? (de ? "ausgeschlossen" : "excluded") : "–"),
        ]);
        return new Table(
            de ? ["Sozialraum", "Status (z)", "Statusklasse", "Dynamik (z)", "Dynamikklasse", "Gruppe"]
               : ["Social space", "Status (z)", "Status class", "Dynamics (z)", "Dynamics class", "Group"],
            rows, [ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Left, ColumnAlignment.Left]);
    }

    /// <summary>A status or dynamics class for a table cell: the catalogue label, "–" when unclassified.</summary>
    /// <typeparam name="TClass"><see cref="StatusClass"/> or <see cref="DynamicsClass"/>.</typeparam>
    /// <param name="value">The class.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string ClassText<TClass>(TClass value, Language language = Language.German) where TClass : struct, Enum =>
        value.ToString() == "Unclassified" ? "–" : Labels.Of(value, language);
}
