using System.Globalization;
using System.Text;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Cuts;

/// <summary>
/// The components of the cut-impact score of one offering (<em>Kürzungsfolgen-Score</em>), each in [0, 1].
/// </summary>
/// <remarks>
/// impact = S · (w₀ + w_N·N + w_A·A + w_V·V) / (w₀ + w_N + w_A + w_V), with S the share of the domain's supply lost in the
/// spaces the offering serves (its lost capacity over the domain supply before the cut in those spaces), N the need of
/// those spaces (population-share-weighted mean of Φ(z) of the social index z; Φ = standard normal CDF), A the lack of
/// alternatives within reach after the cut (1 − min(1, remaining supply of the other offerings in the served spaces / demand
/// there); 0 without demand) and V = 1 for a target group marked vulnerable, else 0. A zero loss gives impact 0.
/// </remarks>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct ImpactComponents : IEquatable<ImpactComponents>
{
    /// <summary>Creates components.</summary>
    /// <param name="supplyLostShare">S.</param>
    /// <param name="need">N.</param>
    /// <param name="lackOfAlternatives">A.</param>
    /// <param name="vulnerability">V.</param>
    public ImpactComponents(double supplyLostShare, double need, double lackOfAlternatives, double vulnerability)
    {
        SupplyLostShare = supplyLostShare;
        Need = need;
        LackOfAlternatives = lackOfAlternatives;
        Vulnerability = vulnerability;
    }

    /// <summary>S: share of the domain supply lost in the served spaces.</summary>
    public double SupplyLostShare { get; }

    /// <summary>N: need of the served spaces, Φ(z) weighted.</summary>
    public double Need { get; }

    /// <summary>A: lack of alternatives within reach after the cut.</summary>
    public double LackOfAlternatives { get; }

    /// <summary>V: vulnerability of the target group (1 or 0).</summary>
    public double Vulnerability { get; }

    /// <inheritdoc />
    public bool Equals(ImpactComponents other) => SupplyLostShare.Equals(other.SupplyLostShare) && Need.Equals(other.Need) && LackOfAlternatives.Equals(other.LackOfAlternatives) && Vulnerability.Equals(other.Vulnerability);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImpactComponents c && Equals(c);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SupplyLostShare, Need, LackOfAlternatives, Vulnerability);

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(ImpactComponents left, ImpactComponents right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ImpactComponents left, ImpactComponents right) => !left.Equals(right);
}
