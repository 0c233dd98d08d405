using System.Globalization;
using System.Text;
using NodaTime;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Composite;

/// <summary>
/// One indicator slot of a social index: alternative indicator ids in order of preference (the first present in
/// the panel is used), whether the slot is required, and its weight.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class IndicatorSlot
{
    /// <summary>Creates a slot.</summary>
    /// <param name="alternatives">Indicator ids in order of preference (at least one).</param>
    /// <param name="required">Whether the index fails when none is present (else the slot is skipped and the skip is reported).</param>
    /// <param name="weight">Relative weight, finite and &gt; 0 (default 1).</param>
    /// <exception cref="ArgumentException">No alternative, an empty id, or an invalid weight.</exception>
    public IndicatorSlot(IReadOnlyList<string> alternatives, bool required = true, double weight = 1)
    {
        ArgumentNullException.ThrowIfNull(alternatives);
        if (alternatives.Count == 0 || alternatives.Any(string.IsNullOrWhiteSpace))
            throw new ArgumentException("alternatives: need at least one non-empty indicator id.", nameof(alternatives));
        if (!double.IsFinite(weight) || weight <= 0)
            throw new ArgumentException($"weight: must be finite and > 0, was {weight.ToString(CultureInfo.InvariantCulture)}.", nameof(weight));
        Alternatives = alternatives.ToArray();
        Required = required;
        Weight = weight;
    }

    /// <summary>Indicator ids in order of preference.</summary>
    public IReadOnlyList<string> Alternatives { get; }

    /// <summary>Whether the slot is required.</summary>
    public bool Required { get; }

    /// <summary>Relative weight.</summary>
    public double Weight { get; }

    /// <summary>The alternatives joined by " | ".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(" | ", Alternatives) + (Required ? "" : " (optional)");
}
