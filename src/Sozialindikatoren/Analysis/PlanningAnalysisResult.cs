using Sozialindikatoren.Common;
using Sozialindikatoren.Composite;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.FollowUpCosts;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Monitoring;
using Sozialindikatoren.Planning;

namespace Sozialindikatoren.Analysis;

/// <summary>
/// The result of a <see cref="PlanningAnalysis"/> (<em>Ergebnis der Planungsauswertung</em>): every stage that ran, each
/// computed once — the social index, the gap analysis (demand, supply, coverage), the cut analysis with its Monte Carlo,
/// and the rescue plan.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class PlanningAnalysisResult
{
    internal PlanningAnalysisResult(PlanningData data, PlanningAnalysisOptions options, SocialIndexResult? index, string? indexProblem,
        GapAnalysisResult gaps, CutResult? cuts, RescuePlan? rescue, FollowUpCostResult? followUp = null)
    {
        Data = data;
        Options = options;
        Index = index;
        IndexProblem = indexProblem;
        Gaps = gaps;
        Cuts = cuts;
        Rescue = rescue;
        FollowUp = followUp;
        var warnings = new List<DataProblem>(options.InputWarnings);
        warnings.AddRange(data.UnknownOfferingTypes());
        if (cuts is not null) warnings.AddRange(options.Scenario.Warnings(data));
        Warnings = warnings;
    }

    /// <summary>The monitoring over time (<em>Sozialmonitoring</em>: series, trends, early warnings) of the data set's
    /// indicators except the confidential ones (<see cref="PlanningData.ConfidentialIndicators"/>: their per-space rates
    /// would reveal counts that are published only after disclosure control), computed once on first access with the default <see cref="MonitoringOptions"/>; null when the indicator
    /// records have fewer than three distinct dates (no trend can be told) or the monitoring rejects the data
    /// (<see cref="MonitoringProblem"/> says why). Thread-safe.</summary>
    public MonitoringResult? Monitoring => LazyInitializer.EnsureInitialized(ref _monitoring, ref _monitoringDone, ref _monitoringLock, ComputeMonitoring);

    /// <summary>Why <see cref="Monitoring"/> is null when the data has three or more periods, else null.</summary>
    public string? MonitoringProblem { get { _ = Monitoring; return _monitoringProblem; } }

    /// <summary>The gap analysis with supply counted where the offerings are located (<see cref="SupplyMode.Located"/>),
    /// everything else (data, norms, Stichtag, need index, thresholds) as in <see cref="Gaps"/>: the located coverage per
    /// space that the report shows beside served-area coverage, where sharing an offering over its catchment gives every
    /// space of the catchment the same coverage. The same object as <see cref="Gaps"/> when that already counts located
    /// supply; computed on first access. Thread-safe.</summary>
    public GapAnalysisResult LocatedGaps => LazyInitializer.EnsureInitialized(ref _locatedGaps, () =>
        Gaps.Options.Supply == SupplyMode.Located ? Gaps : GapAnalysis.Run(Gaps.Data, Gaps.Norms, Gaps.AsOf, Gaps.Options.WithSupply(SupplyMode.Located)));

    private GapAnalysisResult? _locatedGaps;

    private MonitoringResult? _monitoring;
    private bool _monitoringDone;
    private object? _monitoringLock;
    private string? _monitoringProblem;

    private MonitoringResult? ComputeMonitoring()
    {
        // Confidential indicators stay out of the monitoring (MonitoringPanel.FromData): their per-space rates would
        // reveal the counts that the report publishes only after disclosure control (section "Fallzahlen").
        if (MonitoringPanel.PublishableRecords(Data).Select(r => r.Date).Distinct().Take(3).Count() < 3) return null;
        try { return SocialMonitoring.Run(Data); }
        catch (ArgumentException e) { _monitoringProblem = e.Message; return null; }
    }

    /// <summary>Every warning of the run, in order: those found while reading (<see cref="PlanningAnalysisOptions.InputWarnings"/>),
    /// offerings of an unknown type, and scenario lines the data set cannot use (<see cref="CutScenario.Warnings"/>). Written
    /// as <c>warnings</c> into <c>summary.json</c> and <c>result.json</c>; the one warning model is
    /// <see cref="DataProblem"/> with <see cref="ProblemSeverity.Warning"/>.</summary>
    public IReadOnlyList<DataProblem> Warnings { get; }

    /// <summary>The follow-up costs of the cut scenario (<em>Folgekosten</em>), or null when the analysis stopped before the cuts.</summary>
    public FollowUpCostResult? FollowUp { get; }

    /// <summary>The data set.</summary>
    public PlanningData Data { get; }

    /// <summary>The options used.</summary>
    public PlanningAnalysisOptions Options { get; }

    /// <summary>The social index, or null when the data set cannot give one (see <see cref="IndexProblem"/>).</summary>
    public SocialIndexResult? Index { get; }

    /// <summary>Why there is no social index (or why it has no dynamics), in German; null when it was computed as asked.</summary>
    public string? IndexProblem { get; }

    /// <summary>The gap analysis (always computed).</summary>
    public GapAnalysisResult Gaps { get; }

    /// <summary>The cut analysis, or null when the analysis stopped before it.</summary>
    public CutResult? Cuts { get; }

    /// <summary>The rescue plan, or null without a budget or when the analysis stopped before it.</summary>
    public RescuePlan? Rescue { get; }

    /// <summary>The need index the gap and cut analyses used (status z of the social index, or the one given in the options), or null.</summary>
    public NeedIndex? NeedIndex => Gaps.Options.NeedIndex;

    /// <summary>A compact language-neutral summary of every stage that ran: data set, index, gaps, cuts, rescue plan and
    /// follow-up costs, each by its own <c>ToString()</c> headline.</summary>
    /// <returns>The text, invariant culture.</returns>
    public override string ToString()
    {
        static string Head(object? o) => o?.ToString()?.Split('\n')[0] ?? "";
        var sb = new System.Text.StringBuilder();
        sb.Append("PlanningAnalysisResult ").Append(Data.Name).Append(", ").Append(Warnings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" warnings");
        sb.AppendLine().Append(Index is null ? "index: " + (IndexProblem ?? "not run") : Head(Index));
        sb.AppendLine().Append(Head(Gaps));
        if (Cuts is not null) sb.AppendLine().Append(Head(Cuts));
        if (Rescue is not null) sb.AppendLine().Append(Head(Rescue));
        if (FollowUp is not null) sb.AppendLine().Append(Head(FollowUp));
        return sb.ToString();
    }
}
