using System.Globalization;

namespace Sozialindikatoren.Statistics;

/// <summary>
/// An estimate with its two-sided confidence interval (<em>Schätzwert mit Konfidenzintervall</em>), on the scale of
/// the estimate (a proportion in [0, 1], or a rate already multiplied by its <c>per</c>).
/// </summary>
/// <remarks>A lower limit that is zero or undefined (a count of 0) is stored as 0. <see cref="Method"/> is the method
/// actually used (never <see cref="IntervalMethod.Auto"/>).</remarks>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct ConfidenceInterval : IEquatable<ConfidenceInterval>
{
    /// <summary>Creates an interval.</summary>
    /// <param name="estimate">The point estimate; finite.</param>
    /// <param name="lower">The lower limit; finite, at most <paramref name="upper"/>.</param>
    /// <param name="upper">The upper limit; finite.</param>
    /// <param name="method">The method used; not <see cref="IntervalMethod.Auto"/>.</param>
    /// <param name="level">The confidence level, e.g. 0.95; in (0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is not finite, lower &gt; upper, the method is Auto or unknown, or the level is outside (0, 1).</exception>
    public ConfidenceInterval(double estimate, double lower, double upper, IntervalMethod method, double level)
    {
        if (!double.IsFinite(estimate)) throw new ArgumentOutOfRangeException(nameof(estimate), estimate, "estimate: must be finite.");
        if (!double.IsFinite(lower)) throw new ArgumentOutOfRangeException(nameof(lower), lower, "lower: must be finite.");
        if (!double.IsFinite(upper)) throw new ArgumentOutOfRangeException(nameof(upper), upper, "upper: must be finite.");
        if (lower > upper) throw new ArgumentOutOfRangeException(nameof(lower), lower, $"lower: must not exceed upper ({upper.ToString("R", CultureInfo.InvariantCulture)}).");
        if (method == IntervalMethod.Auto || !Enum.IsDefined(method)) throw new ArgumentOutOfRangeException(nameof(method), method, "method: must be the method actually used (Wilson, ExactPoisson, Byar or Dobson).");
        if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "level: must lie strictly between 0 and 1.");
        Estimate = estimate;
        Lower = lower;
        Upper = upper;
        Method = method;
        Level = level;
    }

    /// <summary>The point estimate.</summary>
    public double Estimate { get; }

    /// <summary>The lower confidence limit (0 where undefined).</summary>
    public double Lower { get; }

    /// <summary>The upper confidence limit.</summary>
    public double Upper { get; }

    /// <summary>The method actually used.</summary>
    public IntervalMethod Method { get; }

    /// <summary>The confidence level, e.g. 0.95.</summary>
    public double Level { get; }

    /// <summary>The width <c>Upper − Lower</c>.</summary>
    public double Width => Upper - Lower;

    /// <summary>Whether a value lies in the closed interval [Lower, Upper].</summary>
    /// <param name="value">The value.</param>
    /// <returns><c>true</c> when Lower ≤ value ≤ Upper.</returns>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <inheritdoc />
    public bool Equals(ConfidenceInterval other) =>
        Estimate.Equals(other.Estimate) && Lower.Equals(other.Lower) && Upper.Equals(other.Upper) && Method == other.Method && Level.Equals(other.Level);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ConfidenceInterval o && Equals(o);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Estimate, Lower, Upper, Method, Level);

    /// <summary>Equality of all fields.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(ConfidenceInterval left, ConfidenceInterval right) => left.Equals(right);

    /// <summary>Inequality of any field.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ConfidenceInterval left, ConfidenceInterval right) => !left.Equals(right);

    /// <summary>Invariant text, e.g. <c>12.5 [8.1; 18.4] (95 %, byar)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Estimate:R} [{Lower:R}; {Upper:R}] ({Level * 100:0.###} %, {Method.ToCode()})");
}
