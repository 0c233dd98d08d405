using System.Globalization;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Cuts;

/// <summary>
/// The response parameters of one offering (<em>Reaktionsparameter des Trägers</em>): absorbable share a, elasticity e and
/// viability threshold v.
/// </summary>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct ResponseParameters : IEquatable<ResponseParameters>
{
    /// <summary>Creates parameters.</summary>
    /// <param name="absorbableShare">a ∈ [0, 1]: share of the loss the provider can cover from own funds (<em>Eigenmittel</em>).</param>
    /// <param name="elasticity">e ≥ 0: capacity reduction per unit of unabsorbed loss share (1 = proportional).</param>
    /// <param name="viabilityThreshold">v ∈ [0, 1]: the offering closes when its remaining capacity share falls below v.</param>
    /// <exception cref="ArgumentOutOfRangeException">Names the parameter and the value.</exception>
    public ResponseParameters(double absorbableShare, double elasticity, double viabilityThreshold)
    {
        if (!(absorbableShare >= 0 && absorbableShare <= 1))
            throw new ArgumentOutOfRangeException(nameof(absorbableShare), absorbableShare, $"absorbableShare: must be in [0, 1], was {absorbableShare.ToString(CultureInfo.InvariantCulture)}.");
        if (!(elasticity >= 0) || !double.IsFinite(elasticity))
            throw new ArgumentOutOfRangeException(nameof(elasticity), elasticity, $"elasticity: must be finite and >= 0, was {elasticity.ToString(CultureInfo.InvariantCulture)}.");
        if (!(viabilityThreshold >= 0 && viabilityThreshold <= 1))
            throw new ArgumentOutOfRangeException(nameof(viabilityThreshold), viabilityThreshold, $"viabilityThreshold: must be in [0, 1], was {viabilityThreshold.ToString(CultureInfo.InvariantCulture)}.");
        AbsorbableShare = absorbableShare;
        Elasticity = elasticity;
        ViabilityThreshold = viabilityThreshold;
    }

    /// <summary>The defaults: a = 0.2, e = 1, v = 0.5.</summary>
    public static ResponseParameters Default => new(0.2, 1.0, 0.5);

    /// <summary>a: share of the loss the provider can absorb.</summary>
    public double AbsorbableShare { get; }

    /// <summary>e: elasticity of capacity to the unabsorbed loss share.</summary>
    public double Elasticity { get; }

    /// <summary>v: viability threshold on the remaining capacity share.</summary>
    public double ViabilityThreshold { get; }

    /// <inheritdoc />
    public bool Equals(ResponseParameters other) => AbsorbableShare.Equals(other.AbsorbableShare) && Elasticity.Equals(other.Elasticity) && ViabilityThreshold.Equals(other.ViabilityThreshold);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResponseParameters p && Equals(p);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AbsorbableShare, Elasticity, ViabilityThreshold);

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(ResponseParameters left, ResponseParameters right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ResponseParameters left, ResponseParameters right) => !left.Equals(right);

    /// <summary>e.g. <c>a=0.2, e=1, v=0.5</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"a={AbsorbableShare}, e={Elasticity}, v={ViabilityThreshold}");
}
