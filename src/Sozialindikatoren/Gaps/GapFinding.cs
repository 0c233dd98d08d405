using Sozialindikatoren.Offerings;

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

    /// <summary>A compact language-neutral summary, e.g. <c>3. 05970040 Schulden/fte: coverage 62 % (5 of 8.1), Under, Certain</c>;
    /// planner text in German or English: <see cref="Reporting.GapFindingsText"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Rank}. {Row.Space.Id} {Row.Domain}/{Row.Unit.ToCode()}: coverage {Row.CoveragePercent:0.#} % ({Row.Supply:0.###} of {Row.Demand:0.###}), {Row.Class}, {Row.Certainty}");
}
