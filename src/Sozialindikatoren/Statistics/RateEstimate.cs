using System.Buffers;
using System.Globalization;

namespace Sozialindikatoren.Statistics;

/// <summary>A rate as an <see cref="Observation"/> (value + status) with its confidence interval when it carries a number.</summary>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct RateEstimate
{
    /// <summary>Creates a rate estimate.</summary>
    /// <param name="value">The rate with its status.</param>
    /// <param name="interval">The interval; required exactly when <paramref name="value"/> carries a number.</param>
    /// <exception cref="ArgumentException">The interval is given for a value without a number, or missing for one with a number.</exception>
    public RateEstimate(Observation value, ConfidenceInterval? interval)
    {
        if (value.HasValue != interval.HasValue)
            throw new ArgumentException("interval: must be given exactly when the value carries a number.", nameof(interval));
        Value = value;
        Interval = interval;
    }

    /// <summary>The rate (value + status).</summary>
    public Observation Value { get; }

    /// <summary>The confidence interval, or <c>null</c> when the rate carries no number (suppressed, missing, not applicable).</summary>
    public ConfidenceInterval? Interval { get; }

    /// <summary>Invariant text: the observation and, when present, the interval.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Interval is { } ci ? ci.ToString() + (Value.Status == ValueStatus.Exact ? "" : " " + Value.Status.Symbol()) : Value.ToString();
}
