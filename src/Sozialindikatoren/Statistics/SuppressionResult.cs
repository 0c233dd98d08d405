using System.Globalization;

namespace Sozialindikatoren.Statistics;

/// <summary>The outcome of cell suppression on a table: the state of every cell (columnar).</summary>
/// <threadsafety>Immutable after construction (do not write to the arrays); thread-safe for reading.</threadsafety>
public sealed class SuppressionResult
{
    internal SuppressionResult(CellSuppression[] states, int[] unprotected, int auditRounds, bool intervalAudited)
    {
        States = states;
        Unprotected = unprotected;
        AuditRounds = auditRounds;
        IntervalAudited = intervalAudited;
        foreach (var s in states)
        {
            if (s == CellSuppression.Primary) PrimaryCount++;
            else if (s == CellSuppression.Secondary) SecondaryCount++;
        }
    }

    /// <summary>The suppression state per cell.</summary>
    public CellSuppression[] States { get; }

    /// <summary>The number of primary-suppressed cells.</summary>
    public int PrimaryCount { get; }

    /// <summary>The number of secondary-suppressed cells.</summary>
    public int SecondaryCount { get; }

    /// <summary>Suppressed cells that an audit still found determined, or primary cells whose feasible interval stayed
    /// narrower than <see cref="DisclosureOptions.Protection"/>, and that no further suppression could protect (normally empty), ascending.</summary>
    public int[] Unprotected { get; }

    /// <summary>The number of audit rounds run (0 when no audit ran).</summary>
    public int AuditRounds { get; }

    /// <summary>Whether the exact interval audit ran (the table is a network, the protection is above 0 and audits are
    /// on): then every primary cell with a known count either has a feasible interval at least
    /// <see cref="DisclosureOptions.Protection"/> wide or is listed in <see cref="Unprotected"/>.</summary>
    public bool IntervalAudited { get; }

    /// <summary>Whether a cell is suppressed.</summary>
    /// <param name="cell">The cell index.</param>
    /// <returns><c>true</c> for primary and secondary suppression.</returns>
    public bool IsSuppressed(int cell) => States[cell] != CellSuppression.None;

    /// <summary>
    /// The publishable table: suppressed cells become <c>.</c> (<see cref="ValueStatus.Suppressed"/>), zeros <c>-</c>,
    /// others exact, optionally rounded to a multiple of 5 or 10 (a positive count rounded to 0 becomes a rounded zero <c>0</c>).
    /// </summary>
    /// <param name="counts">The original counts, one per cell.</param>
    /// <param name="roundingBase">0, 5 or 10.</param>
    /// <returns>One observation per cell.</returns>
    public Observation[] ToObservations(ReadOnlySpan<long> counts, int roundingBase = 0)
    {
        if (counts.Length != States.Length) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"counts: {counts.Length} values for {States.Length} cells."), nameof(counts));
        if (roundingBase is not (0 or 5 or 10)) throw new ArgumentOutOfRangeException(nameof(roundingBase), roundingBase, "roundingBase: must be 0, 5 or 10.");
        var result = new Observation[counts.Length];
        for (var i = 0; i < counts.Length; i++)
            result[i] = States[i] != CellSuppression.None ? Observation.Suppressed : DisclosureControl.RoundCount(counts[i], roundingBase);
        return result;
    }
}
