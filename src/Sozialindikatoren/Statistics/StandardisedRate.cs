using System.Globalization;

namespace Sozialindikatoren.Statistics;

/// <summary>A directly standardised rate (<em>direkt standardisierte Rate</em>) with its Dobson interval and totals.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class StandardisedRate
{
    /// <summary>Creates a result.</summary>
    /// <param name="value">The rate; without a number when not published.</param>
    /// <param name="interval">The Dobson interval; given exactly when <paramref name="value"/> carries a number.</param>
    /// <param name="totalCount">Σxᵢ, ≥ 0.</param>
    /// <param name="totalPopulation">Σnᵢ, &gt; 0.</param>
    /// <exception cref="ArgumentException">The interval does not match the value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A total is out of range.</exception>
    public StandardisedRate(Observation value, ConfidenceInterval? interval, long totalCount, double totalPopulation)
    {
        if (value.HasValue != interval.HasValue) throw new ArgumentException("interval: must be given exactly when the value carries a number.", nameof(interval));
        if (totalCount < 0) throw new ArgumentOutOfRangeException(nameof(totalCount), totalCount, "totalCount: must be ≥ 0.");
        if (!(totalPopulation > 0) || !double.IsFinite(totalPopulation)) throw new ArgumentOutOfRangeException(nameof(totalPopulation), totalPopulation, "totalPopulation: must be finite and > 0.");
        Value = value;
        Interval = interval;
        TotalCount = totalCount;
        TotalPopulation = totalPopulation;
    }

    /// <summary>The DSR (per the chosen multiplier), or status <see cref="ValueStatus.Unreliable"/> when below the minimum count.</summary>
    public Observation Value { get; }

    /// <summary>The Dobson interval, or <c>null</c> when not published.</summary>
    public ConfidenceInterval? Interval { get; }

    /// <summary>Whether the rate is published (total count ≥ the minimum).</summary>
    public bool IsPublished => Value.HasValue;

    /// <summary>The total count X = Σxᵢ.</summary>
    public long TotalCount { get; }

    /// <summary>The total population Σnᵢ.</summary>
    public double TotalPopulation { get; }

    /// <summary>Invariant text.</summary>
    /// <returns>The rate and interval, or the status symbol with the totals.</returns>
    public override string ToString() => Interval is { } ci
        ? ci.ToString()
        : string.Create(CultureInfo.InvariantCulture, $"{Value} (X = {TotalCount}, N = {TotalPopulation:R})");
}
