using System.Globalization;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Cuts;

/// <summary>The method of a rescue plan (<em>Verfahren</em>).</summary>
public enum RescueMethod
{
    /// <summary>Exact when the instance is small (at most <see cref="RescueOptions.ExactMaxCandidates"/> candidates), else greedy.</summary>
    Auto = 0,
    /// <summary>Greedy by impact avoided per euro (upgrades along the upper convex hull of each offering's options).</summary>
    Greedy = 1,
    /// <summary>Exact multiple-choice knapsack by dynamic programming over Pareto-optimal (cost, value) states.</summary>
    Exact = 2,
}

/// <summary>What the rescue planner maximises (<em>Zielgröße</em>).</summary>
public enum RescueObjective
{
    /// <summary>Need-weighted unmet demand avoided per euro (the default).</summary>
    ImpactAvoided = 0,
    /// <summary>Net public cost avoided per euro: follow-up costs avoided (EUR per year, from a value per unit of capacity
    /// kept, e.g. <c>FollowUpCosts.FollowUpCostResult.ValuePerCapacityUnit</c>) minus the back-fill.</summary>
    NetPublicCostAvoided = 1,
}

/// <summary>Options of the rescue planner (<em>Optionen der Rettungsplanung</em>).</summary>
/// <threadsafety>Immutable after construction; thread-safe.</threadsafety>
public sealed class RescueOptions
{
    /// <summary>Back-fill step as a share of an offering's cut, in (0, 0.1] [0.1]: back-fills are k·step, k = 1 … ⌈1/step⌉ (the last is 100 %).</summary>
    public double Step { get; init; } = 0.1;

    /// <summary>The method [Auto].</summary>
    public RescueMethod Method { get; init; } = RescueMethod.Auto;

    /// <summary>The objective [<see cref="RescueObjective.ImpactAvoided"/>].</summary>
    public RescueObjective Objective { get; init; } = RescueObjective.ImpactAvoided;

    /// <summary>Largest number of candidate offerings for which Auto uses the exact method, ≥ 0 [30].</summary>
    public int ExactMaxCandidates { get; init; } = 30;

    /// <summary>Checks the options (called by every entry point: <see cref="RescuePlanner.Plan"/>, <c>Analysis.PlanningAnalysisOptions</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A step outside (0, 0.1], an unknown method or a negative candidate limit.</exception>
    public void Validate()
    {
        if (!(Step > 0 && Step <= 0.1)) throw new ArgumentOutOfRangeException(nameof(Step), Step, $"RescueOptions.Step: must be in (0, 0.1], was {Step.ToString(CultureInfo.InvariantCulture)}.");
        if (!Enum.IsDefined(Objective)) throw new ArgumentOutOfRangeException(nameof(Objective), Objective, "RescueOptions.Objective: unknown objective.");
        if (!Enum.IsDefined(Method)) throw new ArgumentOutOfRangeException(nameof(Method), Method, "RescueOptions.Method: unknown method.");
        if (ExactMaxCandidates < 0) throw new ArgumentOutOfRangeException(nameof(ExactMaxCandidates), ExactMaxCandidates, $"RescueOptions.ExactMaxCandidates: must be >= 0, was {ExactMaxCandidates.ToString(CultureInfo.InvariantCulture)}.");
    }
}
