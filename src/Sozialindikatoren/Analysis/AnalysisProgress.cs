namespace Sozialindikatoren.Analysis;

/// <summary>The stages of a <see cref="PlanningAnalysis"/> in the order they run (<em>Auswertungsschritte</em>).</summary>
public enum AnalysisStage
{
    /// <summary>The social index (<em>Sozialindex</em>: status and dynamics); its status z is the need index.</summary>
    SocialIndex = 0,
    /// <summary>Demand, supply and coverage per space and norm (<em>Versorgungslücken</em>).</summary>
    Gaps = 1,
    /// <summary>The cut scenario with the nominal provider response (<em>Kürzungsszenario</em>).</summary>
    Cuts = 2,
    /// <summary>The Monte Carlo over uncertain provider responses (<em>Monte Carlo</em>).</summary>
    MonteCarlo = 3,
    /// <summary>The rescue plan for a budget (<em>Rettungsplan</em>; only when a budget is given).</summary>
    Rescue = 4,
}

/// <summary>
/// Progress of a <see cref="PlanningAnalysis"/> (<em>Fortschritt</em>): a stage that starts (draws 0 of 0), or for the
/// Monte Carlo the draws done so far of the total. Reports arrive in stage order; within the Monte Carlo
/// <see cref="DrawsDone"/> never decreases.
/// </summary>
/// <param name="Stage">The stage.</param>
/// <param name="DrawsDone">Monte Carlo draws done (0 outside the Monte Carlo).</param>
/// <param name="DrawsTotal">Monte Carlo draws in total (0 outside the Monte Carlo).</param>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly record struct AnalysisProgress(AnalysisStage Stage, int DrawsDone = 0, int DrawsTotal = 0);
