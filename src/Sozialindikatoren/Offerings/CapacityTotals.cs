using System.Collections;

namespace Sozialindikatoren.Offerings;

/// <summary>
/// Capacity totals per unit (<em>Kapazität je Einheit</em>): the only way to total capacities of several units. Each unit
/// keeps its own sum (Σ amounts of that unit); there is no total across units.
/// </summary>
/// <remarks>Enumerates one <see cref="Capacity"/> per unit present, in <see cref="CapacityUnit"/> order. A unit not present
/// has the total 0 (<see cref="this[CapacityUnit]"/>).</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class CapacityTotals : IReadOnlyCollection<Capacity>
{
    private readonly Capacity[] _totals;

    private CapacityTotals(Capacity[] totals) => _totals = totals;

    /// <summary>No capacity.</summary>
    public static CapacityTotals Empty { get; } = new([]);

    /// <summary>Totals per unit of a sequence of capacities of any units.</summary>
    /// <param name="values">The capacities.</param>
    /// <returns>One total per unit present.</returns>
    public static CapacityTotals Of(IEnumerable<Capacity> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sums = new SortedDictionary<CapacityUnit, Capacity>();
        foreach (var v in values) sums[v.Unit] = sums.TryGetValue(v.Unit, out var s) ? s + v : v;
        return new([.. sums.Values]);
    }

    /// <summary>The units present, in <see cref="CapacityUnit"/> order.</summary>
    public IReadOnlyList<CapacityUnit> Units => _totals.Select(t => t.Unit).ToArray();

    /// <summary>The total of one unit (0 in that unit when none is present).</summary>
    /// <param name="unit">The unit.</param>
    public Capacity this[CapacityUnit unit]
    {
        get
        {
            foreach (var t in _totals) if (t.Unit == unit) return t;
            return Capacity.Zero(unit);
        }
    }

    /// <summary>The number of units present.</summary>
    public int Count => _totals.Length;

    /// <summary>These totals with one more capacity added to the total of its unit.</summary>
    /// <param name="value">The capacity.</param>
    /// <returns>The new totals.</returns>
    public CapacityTotals Add(Capacity value) => Of(_totals.Append(value));

    /// <inheritdoc />
    public IEnumerator<Capacity> GetEnumerator() => ((IEnumerable<Capacity>)_totals).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>e.g. <c>2867 places; 37 fte</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join("; ", _totals.Select(t => t.ToString()));
}
