using System.Text;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Gaps;

/// <summary>
/// A ranked under-supply finding (<em>Befund: Versorgungslücke</em>) for one base space, domain and unit, with its
/// evidence: the demand calculation, the norm and its source, the list of supplying offerings, and the conference
/// statements about the space and domain with agreement or disagreement.
/// </summary>
/// <remarks>
/// <para>Findings are the base-space rows whose under-supply is at least possible (<see cref="GapCertainty.Possible"/>).
/// Score = (max(G, 0) / D) × people not covered × f (relative gap × people not covered × need factor). Ranked by score
/// (descending), then certainty (descending), then space order and catalogue order (deterministic).</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe (the evidence is built on first access; concurrent first accesses may build it
/// twice and keep one, with equal content).</threadsafety>
public sealed class GapFinding
{
    private readonly GapAnalysisResult.EvidenceSource _source;
    private readonly int _rowIndex;
    private DemandCalculation? _demand;
    private SupplyContribution[]? _supply;
    private StatementAssessment[]? _statements;

    internal GapFinding(int rank, double score, CoverageRow row, int rowIndex, GapAnalysisResult.EvidenceSource source)
    {
        Rank = rank;
        Score = score;
        Row = row;
        _rowIndex = rowIndex;
        _source = source;
    }

    /// <summary>The rank (1 = most urgent).</summary>
    public int Rank { get; }

    /// <summary>The score: relative gap × people not covered × need factor (≥ 0).</summary>
    public double Score { get; }

    /// <summary>The row.</summary>
    public CoverageRow Row { get; }

    /// <summary>The demand calculation (built on first access).</summary>
    public DemandCalculation Demand => LazyInitializer.EnsureInitialized(ref _demand, () => _source.Demand(_rowIndex));

    /// <summary>The norm with its source.</summary>
    public SupplyNorm Norm => Row.Norm;

    /// <summary>The offerings counted as supply, with their contributions (ordered by offering id).</summary>
    public IReadOnlyList<SupplyContribution> Supply => LazyInitializer.EnsureInitialized(ref _supply, () => _source.Supply(_rowIndex));

    /// <summary>Conference statements about the domain in the space and in its ancestors (planning region, county), each
    /// compared with the class of its own space for this norm (<see cref="StatementAssessment.Row"/>); the space's own
    /// statements first.</summary>
    public IReadOnlyList<StatementAssessment> Statements => LazyInitializer.EnsureInitialized(ref _statements, () => _source.Statements(_rowIndex));

    /// <summary>
    /// One German line, e.g. <c>Siegen · Schuldnerberatung: 62 % Versorgungsgrad (5 von 8,1 VZÄ; Lücke 3,1 VZÄ, rund
    /// 38.700 Einwohner ohne Versorgung) – Unterversorgung, sicher; Richtwert 2 VZÄ je 50.000 Einwohner (Quelle …)</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var r = Row;
        var u = Labels.Of(r.Unit);
        var sb = new StringBuilder();
        sb.Append(r.Space.Name).Append(" · ").Append(Norm.Label).Append(": ")
          .Append(NumberFormat.Compact(r.CoveragePercent ?? 0, 0)).Append(" % Versorgungsgrad (")
          .Append(NumberFormat.Compact(r.Supply, 2)).Append(" von ").Append(NumberFormat.Compact(r.Demand ?? 0, 2)).Append(' ').Append(u);
        if (r.Gap is > 0)
            sb.Append("; Lücke ").Append(NumberFormat.Compact(r.Gap.Value, 2)).Append(' ').Append(u)
              .Append(", rund ").Append(NumberFormat.Compact(r.PeopleNotCovered ?? 0, 0)).Append(' ').Append(Norm.Target.GermanLabel).Append(" ohne Versorgung");
        sb.Append(") – ").Append(Labels.Of(r.Class)).Append(", Befund ").Append(Labels.Of(r.Certainty))
          .Append("; Richtwert ").Append(Norm.GermanText()).Append(" (").Append(Norm.IsAssumption ? "Annahme" : "belegt" + (Norm.Provenance.Date is { } d ? ", Stand " + NumberFormat.Date(d) : "")).Append(')');
        if (Statements.Count > 0)
            sb.Append("; Sozialraumkonferenz: ").Append(string.Join(", ", Statements.Select(s =>
                (s.Row is { } r2 && r2.Space.Id != Row.Space.Id ? r2.Space.Name + ": " : "") + Labels.Of(s.Statement.Rating) + " (" + Labels.Of(s.Agreement) + ")")));
        return sb.ToString();
    }

    /// <summary>A multi-line German text with the full evidence: the finding, demand calculation, norm and source, supply list, statements.</summary>
    /// <returns>The text.</returns>
    public string ToEvidenceText()
    {
        var sb = new StringBuilder();
        sb.Append(Rank.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(". ").AppendLine(ToString());
        sb.Append("   ").AppendLine(Demand.ToString());
        sb.Append("   Richtwert: ").Append(Norm.GermanText()).Append(" – ").AppendLine(Norm.Provenance.ToString());
        if (Supply.Count == 0) sb.AppendLine("   Bestand: kein Angebot");
        else sb.Append("   Bestand: ").AppendLine(string.Join("; ", Supply.Select(s => s.ToString())));
        foreach (var s in Statements) sb.Append("   Sozialraumkonferenz: ").AppendLine(s.ToString());
        return sb.ToString();
    }
}
