using System.Globalization;

namespace Sozialindikatoren.Cuts;

/// <summary>Weights of the cut-impact score (<em>Gewichte des Kürzungsfolgen-Scores</em>); see <see cref="OfferingImpact"/>.</summary>
/// <threadsafety>Immutable after construction; thread-safe.</threadsafety>
public sealed class ImpactWeights
{
    /// <summary>The defaults: base 0.25, need 0.25, lack of alternatives 0.30, vulnerability 0.20.</summary>
    public static ImpactWeights Default { get; } = new();

    /// <summary>w₀: the part of the score carried by the lost supply share alone; default 0.25.</summary>
    public double Base { get; init; } = 0.25;

    /// <summary>w_N: weight of the need of the served spaces; default 0.25.</summary>
    public double Need { get; init; } = 0.25;

    /// <summary>w_A: weight of the lack of alternatives within reach; default 0.30.</summary>
    public double LackOfAlternatives { get; init; } = 0.30;

    /// <summary>w_V: weight of the target group's vulnerability; default 0.20.</summary>
    public double Vulnerability { get; init; } = 0.20;

    /// <summary>Checks the weights: finite, ≥ 0, positive sum (they are normalised to sum 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Names the field.</exception>
    public void Validate()
    {
        foreach (var (name, v) in new[] { (nameof(Base), Base), (nameof(Need), Need), (nameof(LackOfAlternatives), LackOfAlternatives), (nameof(Vulnerability), Vulnerability) })
            if (!double.IsFinite(v) || v < 0) throw new ArgumentOutOfRangeException(name, v, $"impact weight {name}: must be finite and >= 0, was {v.ToString(CultureInfo.InvariantCulture)}.");
        if (Base + Need + LackOfAlternatives + Vulnerability <= 0) throw new ArgumentOutOfRangeException(nameof(Base), 0.0, "impact weights: their sum must be > 0.");
    }
}
