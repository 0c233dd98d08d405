using System.Globalization;
using MathNet.Numerics.Distributions;

namespace Sozialindikatoren.Statistics;

/// <summary>
/// A two-sided confidence level (<em>Konfidenzniveau</em>), e.g. 0.95 or 0.998, with its error probability
/// α = 1 − level and the critical value z = Φ⁻¹(1 − α/2) of the standard normal distribution.
/// </summary>
/// <remarks>
/// <para>z is computed once, in the constructor (MathNet.Numerics' inverse normal CDF, accurate to about 1e-16;
/// z(0.95) = 1.959963984540054, z(0.998) = 3.090232306167813). The public-health convention reports 95 % and 99.8 %
/// limits (≈ 2 and 3 standard deviations), see <see cref="Percent95"/> and <see cref="Percent998"/>.</para>
/// <para>The default value of the struct is invalid (level 0); methods taking a level reject it.</para>
/// </remarks>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct ConfidenceLevel : IEquatable<ConfidenceLevel>
{
    /// <summary>Creates a confidence level.</summary>
    /// <param name="level">The coverage probability, strictly between 0 and 1 (e.g. 0.95).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not in (0, 1).</exception>
    public ConfidenceLevel(double level)
    {
        if (!(level > 0 && level < 1))
            throw new ArgumentOutOfRangeException(nameof(level), level, $"level: a confidence level must lie strictly between 0 and 1, was {level.ToString("R", CultureInfo.InvariantCulture)}.");
        Level = level;
        Alpha = 1 - level;
        Z = Normal.InvCDF(0, 1, 1 - Alpha / 2);
    }

    /// <summary>The coverage probability, e.g. 0.95.</summary>
    public double Level { get; }

    /// <summary>The error probability α = 1 − level (two-sided: α/2 in each tail).</summary>
    public double Alpha { get; }

    /// <summary>The two-sided critical value z = Φ⁻¹(1 − α/2) of the standard normal distribution.</summary>
    public double Z { get; }

    /// <summary>The 95 % level (z ≈ 1.96).</summary>
    public static ConfidenceLevel Percent95 { get; } = new(0.95);

    /// <summary>The 99.8 % level (z ≈ 3.09), the outer control limit of funnel plots.</summary>
    public static ConfidenceLevel Percent998 { get; } = new(0.998);

    /// <summary>Whether this is a constructed (non-default) level.</summary>
    public bool IsValid => Level > 0;

    internal void EnsureValid(string paramName)
    {
        if (!IsValid) throw new ArgumentException($"{paramName}: the confidence level is the default value; use new ConfidenceLevel(0.95) or ConfidenceLevel.Percent95.", paramName);
    }

    /// <inheritdoc />
    public bool Equals(ConfidenceLevel other) => Level.Equals(other.Level);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ConfidenceLevel o && Equals(o);

    /// <inheritdoc />
    public override int GetHashCode() => Level.GetHashCode();

    /// <summary>Equality by level.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(ConfidenceLevel left, ConfidenceLevel right) => left.Equals(right);

    /// <summary>Inequality by level.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ConfidenceLevel left, ConfidenceLevel right) => !left.Equals(right);

    /// <summary>The level as a percentage in invariant culture, e.g. <c>95 %</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (Level * 100).ToString("0.###", CultureInfo.InvariantCulture) + " %";
}
