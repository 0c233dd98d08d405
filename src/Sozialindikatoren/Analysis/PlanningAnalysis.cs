using Sozialindikatoren.Composite;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.FollowUpCosts;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Planning;

namespace Sozialindikatoren.Analysis;

/// <summary>
/// The planning analysis end to end (<em>Planungsauswertung</em>): social index → demand, supply and coverage (gap
/// analysis) → cut scenario → Monte Carlo → rescue plan, each stage computed once and handed to the next. The committee
/// report, the <c>gaps</c>, <c>cuts</c> and <c>report</c> commands and the samples all run through here, so they show
/// the same figures for the same options.
/// </summary>
/// <remarks>
/// <para><b>Social index.</b> <see cref="SocialIndex.Compute(PlanningData, SocialIndexOptions)"/> with
/// <see cref="PlanningAnalysisOptions.SocialIndex"/>; when that fails because the data set lacks the dynamics period, the
/// status-only index is used and <see cref="PlanningAnalysisResult.IndexProblem"/> says so; when the data set has no
/// indicator data or the index cannot be computed at all, there is no index and need is average everywhere.</para>
/// <para><b>Need index.</b> Without a need index in <see cref="PlanningAnalysisOptions.Gaps"/>, the status z of the
/// social index (<see cref="NeedIndex.FromSocialIndex"/>) is the need index of the gap analysis (it changes demand only
/// with a need sensitivity ≠ 0) and of the cut analysis' impact weights.</para>
/// <para><b>Cuts</b> run on the gap analysis (<see cref="CutAnalysis.Run"/>): one model of demand, supply attribution,
/// thresholds and classes. The follow-up costs (<see cref="FollowUpCostModel.Run"/>) run on the nominal cut result. The
/// rescue plan runs when a budget is given; with <see cref="RescueObjective.NetPublicCostAvoided"/> it takes the follow-up
/// model's value per unit of capacity.</para>
/// </remarks>
/// <threadsafety>Stateless; thread-safe. Progress reports arrive on the calling thread or, during the Monte Carlo, from
/// worker threads one at a time.</threadsafety>
public static class PlanningAnalysis
{
    /// <summary>Runs the analysis.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="options">Options; null = <see cref="PlanningAnalysisOptions.Default"/>.</param>
    /// <param name="progress">Progress per stage and Monte Carlo draws, or null.</param>
    /// <returns>The immutable result with every stage that ran.</returns>
    /// <exception cref="ArgumentException">The gap analysis cannot run on the data (e.g. access supply without centroids).</exception>
    public static PlanningAnalysisResult Run(PlanningData data, PlanningAnalysisOptions? options = null, IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= PlanningAnalysisOptions.Default;
        var sync = progress is null ? null : new SerialProgress(progress);

        sync?.Report(new AnalysisProgress(AnalysisStage.SocialIndex));
        var (index, indexProblem) = ComputeIndex(data, options.SocialIndex);

        sync?.Report(new AnalysisProgress(AnalysisStage.Gaps));
        var gapOptions = options.Gaps.NeedIndex is null && index is not null ? options.Gaps.WithNeedIndex(NeedIndex.FromSocialIndex(index)) : options.Gaps;
        var gaps = GapAnalysis.Run(data, options.Norms, options.AsOf, gapOptions);
        if (!options.Runs(AnalysisStage.Cuts)) return new PlanningAnalysisResult(data, options, index, indexProblem, gaps, null, null);

        sync?.Report(new AnalysisProgress(AnalysisStage.Cuts));
        var cutOptions = options.Runs(AnalysisStage.MonteCarlo) || options.Cuts.Draws == 0 ? options.Cuts : WithoutDraws(options.Cuts);
        IProgress<MonteCarloProgress>? mc = sync is null || cutOptions.Draws == 0 ? null
            : new MonteCarloRelay(sync);
        if (mc is not null) sync!.Report(new AnalysisProgress(AnalysisStage.MonteCarlo, 0, cutOptions.Draws));
        var cuts = CutAnalysis.Run(gaps, options.Scenario, cutOptions, mc);
        var followUp = FollowUpCostModel.Run(cuts, options.FollowUp);

        RescuePlan? rescue = null;
        if (options.Runs(AnalysisStage.Rescue))
        {
            sync?.Report(new AnalysisProgress(AnalysisStage.Rescue));
            rescue = RescuePlanner.Plan(cuts, options.BudgetPerYear!.Value, options.Rescue,
                options.Rescue.Objective == RescueObjective.NetPublicCostAvoided ? followUp.ValuePerCapacityUnit : null);
        }
        return new PlanningAnalysisResult(data, options, index, indexProblem, gaps, cuts, rescue, followUp);
    }

    private static (SocialIndexResult? Index, string? Problem) ComputeIndex(PlanningData data, SocialIndexOptions options)
    {
        if (data.Indicators.Count == 0) return (null, "the data set holds no indicator data");
        try
        {
            return (SocialIndex.Compute(data, options), null);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            if (options.DynamicsIndicators.Count == 0) return (null, e.Message);
            try
            {
                var statusOnly = new SocialIndexOptions(options.StatusIndicators, [], options.StatusPeriod, options.DynamicsYears, options.MinimumPopulation,
                    options.PopulationIndicator, options.AvailabilityThreshold, options.Cutoffs) { Classes = options.Classes };
                return (SocialIndex.Compute(data, statusOnly), "Dynamik nicht berechenbar, nur Status: " + e.Message);
            }
            catch (Exception e2) when (e2 is ArgumentException or InvalidOperationException or KeyNotFoundException)
            {
                return (null, e2.Message);
            }
        }
    }

    private static CutOptions WithoutDraws(CutOptions o) => new()
    {
        Draws = 0, Seed = o.Seed, MaxThreads = o.MaxThreads, Risk = o.Risk, Response = o.Response, AbsorbableShare = o.AbsorbableShare,
        Elasticity = o.Elasticity, ViabilityThreshold = o.ViabilityThreshold, Impact = o.Impact, CategoryRule = o.CategoryRule,
        AllocationRadiusKm = o.AllocationRadiusKm, MaxCellDrawValues = o.MaxCellDrawValues,
    };

    /// <summary>Passes reports on one at a time, in order (Monte Carlo workers report concurrently).</summary>
    private sealed class SerialProgress(IProgress<AnalysisProgress> inner) : IProgress<AnalysisProgress>
    {
        private readonly Lock _gate = new();
        private int _maxDraws = -1;

        public void Report(AnalysisProgress value)
        {
            lock (_gate)
            {
                if (value.Stage == AnalysisStage.MonteCarlo)
                {
                    // Blocks finish out of order; report only progress that moves forward.
                    if (value.DrawsDone <= _maxDraws) return;
                    _maxDraws = value.DrawsDone;
                }
                inner.Report(value);
            }
        }
    }

    private sealed class MonteCarloRelay(SerialProgress target) : IProgress<MonteCarloProgress>
    {
        public void Report(MonteCarloProgress value) => target.Report(new AnalysisProgress(AnalysisStage.MonteCarlo, value.DrawsDone, value.DrawsTotal));
    }
}
