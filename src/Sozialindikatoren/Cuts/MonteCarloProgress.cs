namespace Sozialindikatoren.Cuts;

/// <summary>Progress of the Monte Carlo (<em>Fortschritt</em>): draws done of the total.</summary>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly record struct MonteCarloProgress(int DrawsDone, int DrawsTotal);
