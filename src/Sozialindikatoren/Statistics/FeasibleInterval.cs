using System.Globalization;

namespace Sozialindikatoren.Statistics;

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
