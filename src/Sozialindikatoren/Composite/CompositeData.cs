using System.Globalization;

namespace Sozialindikatoren.Composite;

/// <summary>
/// The input of a composite-index run (<em>Eingangsdaten</em>, COINr's <c>iData</c>): indicator values, optional
/// denominator columns and optional group columns, all for the same units in the same order.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class CompositeData
{
    private readonly Dictionary<string, string?[]> _groups;

    /// <summary>Creates the input.</summary>
    /// <param name="indicators">Indicator values (NaN = missing).</param>
    /// <param name="denominators">Denominator columns (same units), or null.</param>
    /// <param name="groups">Group columns by code: one label per unit (null/empty = no group), or null.</param>
    /// <exception cref="ArgumentException">Units differ or a group column has the wrong length.</exception>
    public CompositeData(IndicatorTable indicators, IndicatorTable? denominators = null, IReadOnlyDictionary<string, IReadOnlyList<string?>>? groups = null)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        if (denominators is not null && !denominators.Units.SequenceEqual(indicators.Units))
            throw new ArgumentException("denominators: units must equal the indicator table's units, in the same order.", nameof(denominators));
        _groups = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        if (groups is not null)
        {
            foreach (var (code, labels) in groups)
            {
                if (labels.Count != indicators.UnitCount)
                    throw new ArgumentException($"groups: column '{code}' has {labels.Count} labels for {indicators.UnitCount} units.", nameof(groups));
                _groups[code] = labels.ToArray();
            }
        }
        Indicators = indicators;
        Denominators = denominators;
    }

    /// <summary>Indicator values.</summary>
    public IndicatorTable Indicators { get; }

    /// <summary>Denominator columns, or null.</summary>
    public IndicatorTable? Denominators { get; }

    /// <summary>Group column codes.</summary>
    public IReadOnlyCollection<string> GroupCodes => _groups.Keys;

    /// <summary>The labels of a group column.</summary>
    /// <param name="code">The group code.</param>
    /// <returns>One label per unit.</returns>
    /// <exception cref="KeyNotFoundException">No such group column.</exception>
    public IReadOnlyList<string?> Group(string code) =>
        _groups.TryGetValue(code, out var g) ? g : throw new KeyNotFoundException($"group: no group column '{code}' in the data.");
}
