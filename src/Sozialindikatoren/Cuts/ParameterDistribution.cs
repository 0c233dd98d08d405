using System.Globalization;

namespace Sozialindikatoren.Cuts;

/// <summary>The family of a <see cref="ParameterDistribution"/>.</summary>
public enum DistributionKind
{
    /// <summary>A fixed value (<em>fest</em>).</summary>
    Fixed = 0,
    /// <summary>Uniform on [min, max] (<em>Gleichverteilung</em>).</summary>
    Uniform = 1,
    /// <summary>Triangular on [min, max] with a mode (<em>Dreiecksverteilung</em>).</summary>
    Triangular = 2,
}

/// <summary>
/// A distribution of an uncertain response parameter for the Monte Carlo (<em>Verteilung eines unsicheren Parameters</em>):
/// fixed, uniform or triangular, sampled by inverse CDF from one uniform number.
/// </summary>
/// <remarks>Triangular inverse CDF: F = (c − a)/(b − a); x = a + √(u(b − a)(c − a)) for u &lt; F, else b − √((1 − u)(b − a)(b − c)).</remarks>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct ParameterDistribution : IEquatable<ParameterDistribution>
{
    private ParameterDistribution(DistributionKind kind, double min, double mode, double max)
    {
        if (!double.IsFinite(min) || !double.IsFinite(mode) || !double.IsFinite(max) || min > mode || mode > max)
            throw new ArgumentOutOfRangeException(nameof(min), min, string.Create(CultureInfo.InvariantCulture, $"distribution: need finite min <= mode <= max, was {min}, {mode}, {max}."));
        Kind = kind;
        Min = min;
        Mode = mode;
        Max = max;
    }

    /// <summary>The family.</summary>
    public DistributionKind Kind { get; }

    /// <summary>The lower bound.</summary>
    public double Min { get; }

    /// <summary>The mode (the value for <see cref="DistributionKind.Fixed"/>; the midpoint for uniform).</summary>
    public double Mode { get; }

    /// <summary>The upper bound.</summary>
    public double Max { get; }

    /// <summary>A fixed value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The distribution.</returns>
    public static ParameterDistribution Fixed(double value) => new(DistributionKind.Fixed, value, value, value);

    /// <summary>Uniform on [min, max].</summary>
    /// <param name="min">Lower bound.</param>
    /// <param name="max">Upper bound.</param>
    /// <returns>The distribution.</returns>
    public static ParameterDistribution Uniform(double min, double max) => new(DistributionKind.Uniform, min, (min + max) / 2, max);

    /// <summary>Triangular on [min, max] with mode.</summary>
    /// <param name="min">Lower bound.</param>
    /// <param name="mode">Mode.</param>
    /// <param name="max">Upper bound.</param>
    /// <returns>The distribution.</returns>
    public static ParameterDistribution Triangular(double min, double mode, double max) => new(DistributionKind.Triangular, min, mode, max);

    /// <summary>The value at a uniform number u ∈ [0, 1) (inverse CDF).</summary>
    /// <param name="u">The uniform number.</param>
    /// <returns>The sample.</returns>
    public double Sample(double u)
    {
        switch (Kind)
        {
            case DistributionKind.Uniform: return Min + u * (Max - Min);
            case DistributionKind.Triangular:
                var w = Max - Min;
                if (w == 0) return Min;
                var f = (Mode - Min) / w;
                return u < f ? Min + Math.Sqrt(u * w * (Mode - Min)) : Max - Math.Sqrt((1 - u) * w * (Max - Mode));
            default: return Mode;
        }
    }

    /// <inheritdoc />
    public bool Equals(ParameterDistribution other) => Kind == other.Kind && Min.Equals(other.Min) && Mode.Equals(other.Mode) && Max.Equals(other.Max);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ParameterDistribution d && Equals(d);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Min, Mode, Max);

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(ParameterDistribution left, ParameterDistribution right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ParameterDistribution left, ParameterDistribution right) => !left.Equals(right);

    /// <summary>e.g. <c>triangular(0, 0.2, 0.5)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        DistributionKind.Fixed => string.Create(CultureInfo.InvariantCulture, $"fixed({Mode})"),
        DistributionKind.Uniform => string.Create(CultureInfo.InvariantCulture, $"uniform({Min}, {Max})"),
        _ => string.Create(CultureInfo.InvariantCulture, $"triangular({Min}, {Mode}, {Max})"),
    };
}
