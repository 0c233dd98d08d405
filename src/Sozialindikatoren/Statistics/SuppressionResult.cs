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

/// <summary>
/// The values an attacker can still give a suppressed cell (<em>Zulässigkeitsintervall</em>): the minimum and maximum of
/// the cell over all non-negative tables that agree with every published cell and satisfy the relations.
/// </summary>
/// <param name="Minimum">The smallest feasible value (a count, ≥ 0).</param>
/// <param name="Maximum">The largest feasible value, or null when the cell is unbounded above.</param>
/// <remarks>Both ends are integers: the constraints form a network matrix, so the extreme points are integral.
/// A published cell has the interval [value, value].</remarks>
/// <threadsafety>Immutable value; thread-safe.</threadsafety>
public readonly record struct FeasibleInterval(long Minimum, long? Maximum)
{
    /// <summary>The width max − min, or null when unbounded.</summary>
    public long? Width => Maximum - Minimum;

    /// <summary>Whether the interval is at least <paramref name="protection"/> wide (always true when unbounded).</summary>
    /// <param name="protection">The required width, ≥ 0.</param>
    /// <returns><c>true</c> when max − min ≥ protection.</returns>
    public bool Protects(long protection) => Width is not { } w || w >= protection;

    /// <summary>Text like <c>[0, 3]</c> or <c>[2, ∞)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Maximum is { } max
        ? string.Create(CultureInfo.InvariantCulture, $"[{Minimum}, {max}]")
        : string.Create(CultureInfo.InvariantCulture, $"[{Minimum}, ∞)");
}
