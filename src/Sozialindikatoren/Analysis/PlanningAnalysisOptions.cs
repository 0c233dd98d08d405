using System.Globalization;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Composite;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.FollowUpCosts;
using Sozialindikatoren.Gaps;

namespace Sozialindikatoren.Analysis;

/// <summary>
/// Options of a <see cref="PlanningAnalysis"/> (<em>Optionen der Planungsauswertung</em>): the date, where to stop, and
/// the options of each stage. Every option is named and has a default; the constructor validates all of them.
/// </summary>
/// <remarks>Defaults: Stichtag 2025-01-01; run every stage; social index with status and dynamics; the norm catalogue
/// <see cref="SupplyNorms.Default"/>; gap options with served-area supply (<see cref="SupplyMode.Served"/>, the one
/// default supply mode of gaps, cuts and the report); the scenario <see cref="CutScenarios.NrwDraft2025"/>; the cut
/// options' defaults (1000 draws, seed 1); no rescue budget.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class PlanningAnalysisOptions
{
    /// <summary>Creates and validates options.</summary>
    /// <param name="asOf">The Stichtag: indicator records and statements up to it, funding at it [2025-01-01].</param>
    /// <param name="stopAfter">The last stage to run [<see cref="AnalysisStage.Rescue"/>]: <see cref="AnalysisStage.Gaps"/>
    /// stops after the coverage, <see cref="AnalysisStage.Cuts"/> after the nominal cut (no Monte Carlo).</param>
    /// <param name="socialIndex">Options of the social index [<see cref="SocialIndexOptions.StatusAndDynamics"/>].</param>
    /// <param name="norms">The planning norms [<see cref="SupplyNorms.Default"/>].</param>
    /// <param name="gaps">Options of the gap analysis [served-area supply, no need adjustment]. A need index given here
    /// is used as it is; without one, the status z of the social index becomes the need index.</param>
    /// <param name="scenario">The cut scenario [<see cref="CutScenarios.NrwDraft2025"/>].</param>
    /// <param name="cuts">Options of the cut analysis and its Monte Carlo [defaults].</param>
    /// <param name="budgetPerYear">Rescue budget in EUR per year, ≥ 0, or null for no rescue plan.</param>
    /// <param name="rescue">Options of the rescue planner [defaults].</param>
    /// <param name="followUp">Options of the follow-up cost model, run after the cuts [defaults: 5 years, 2 %, the default parameters].</param>
    /// <exception cref="ArgumentOutOfRangeException">An option out of range (named).</exception>
    public PlanningAnalysisOptions(LocalDate? asOf = null, AnalysisStage stopAfter = AnalysisStage.Rescue, SocialIndexOptions? socialIndex = null,
        SupplyNorms? norms = null, GapOptions? gaps = null, CutScenario? scenario = null, CutOptions? cuts = null, decimal? budgetPerYear = null,
        RescueOptions? rescue = null, FollowUpCostOptions? followUp = null)
    {
        if (!Enum.IsDefined(stopAfter)) throw new ArgumentOutOfRangeException(nameof(stopAfter), stopAfter, "planning analysis stopAfter: unknown stage.");
        if (budgetPerYear is < 0)
            throw new ArgumentOutOfRangeException(nameof(budgetPerYear), budgetPerYear, $"planning analysis budgetPerYear: must be >= 0 EUR, was {budgetPerYear.Value.ToString(CultureInfo.InvariantCulture)}.");
        Cuts = cuts ?? new CutOptions();
        Cuts.Validate();
        Rescue = rescue ?? new RescueOptions();
        Rescue.Validate();
        FollowUp = followUp ?? new FollowUpCostOptions();
        FollowUp.Validate();
        AsOf = asOf ?? new LocalDate(2025, 1, 1);
        StopAfter = stopAfter;
        SocialIndex = socialIndex ?? SocialIndexOptions.StatusAndDynamics;
        Norms = norms ?? SupplyNorms.Default;
        Gaps = gaps ?? GapOptions.Default;
        Scenario = scenario ?? CutScenarios.NrwDraft2025;
        BudgetPerYear = budgetPerYear;
    }

    /// <summary>The defaults.</summary>
    public static PlanningAnalysisOptions Default { get; } = new();

    /// <summary>Warnings found while reading the data (e.g. from <c>Data.PlanningDataSource.Load</c>'s notes: unknown
    /// columns, official tables without a space of the data set); carried into <see cref="PlanningAnalysisResult.Warnings"/>
    /// so that every machine output of the run lists them. Only <see cref="ProblemSeverity.Warning"/>s are kept.</summary>
    public IReadOnlyList<DataProblem> InputWarnings
    {
        get => _inputWarnings;
        init => _inputWarnings = (value ?? []).Where(p => p.Severity == ProblemSeverity.Warning).ToArray();
    }

    private readonly DataProblem[] _inputWarnings = [];

    /// <summary>The Stichtag.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The last stage to run.</summary>
    public AnalysisStage StopAfter { get; }

    /// <summary>Options of the social index.</summary>
    public SocialIndexOptions SocialIndex { get; }

    /// <summary>The planning norms.</summary>
    public SupplyNorms Norms { get; }

    /// <summary>Options of the gap analysis (without the need index filled in from the social index).</summary>
    public GapOptions Gaps { get; }

    /// <summary>The cut scenario.</summary>
    public CutScenario Scenario { get; }

    /// <summary>Options of the cut analysis.</summary>
    public CutOptions Cuts { get; }

    /// <summary>The rescue budget in EUR per year, or null.</summary>
    public decimal? BudgetPerYear { get; }

    /// <summary>Options of the rescue planner.</summary>
    public RescueOptions Rescue { get; }

    /// <summary>Options of the follow-up cost model (<em>Folgekosten</em>).</summary>
    public FollowUpCostOptions FollowUp { get; }

    /// <summary>Whether a stage runs with these options (the rescue plan also needs a budget).</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>Whether it runs.</returns>
    public bool Runs(AnalysisStage stage) => stage switch
    {
        AnalysisStage.MonteCarlo => StopAfter >= AnalysisStage.MonteCarlo && Cuts.Draws > 0,
        AnalysisStage.Rescue => StopAfter >= AnalysisStage.Rescue && BudgetPerYear is not null,
        _ => stage <= StopAfter,
    };
}
