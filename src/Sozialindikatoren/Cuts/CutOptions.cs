using System.Globalization;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;

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

/// <summary>Progress of the Monte Carlo (<em>Fortschritt</em>): draws done of the total.</summary>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly record struct MonteCarloProgress(int DrawsDone, int DrawsTotal);

/// <summary>
/// Options of <see cref="CutAnalysis.Run"/> (<em>Optionen der Kürzungsanalyse</em>). Every option is named; defaults in
/// brackets. The date, demand, supply attribution, coverage thresholds and need come from the gap analysis the cut
/// analysis runs on (one model of demand and supply).
/// </summary>
/// <remarks>Validated by <see cref="Validate"/>, which every entry point (<see cref="CutAnalysis.Run"/>,
/// <c>Analysis.PlanningAnalysisOptions</c>) calls; an invalid option throws <see cref="ArgumentOutOfRangeException"/>
/// naming it.</remarks>
/// <threadsafety>Immutable after construction; thread-safe.</threadsafety>
public sealed class CutOptions
{
    /// <summary>Number of Monte Carlo draws, ≥ 0 (0 = nominal run only) [1000].</summary>
    public int Draws { get; init; } = 1000;

    /// <summary>The master seed of the Monte Carlo [1]. Draw d uses its own stream seeded from (seed, d), so results are
    /// bit-identical for any thread count.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Maximum threads for the Monte Carlo, ≥ 1 [processor count]; does not change the results.</summary>
    public int MaxThreads { get; init; } = Environment.ProcessorCount;

    /// <summary>The funding risk options [defaults].</summary>
    public FundingRiskOptions Risk { get; init; } = FundingRiskOptions.Default;

    /// <summary>The provider response options [defaults].</summary>
    public ProviderResponseOptions Response { get; init; } = ProviderResponseOptions.Default;

    /// <summary>Distribution of the absorbable share a per offering, support in [0, 1] [triangular(0, 0.2, 0.5)].</summary>
    public ParameterDistribution AbsorbableShare { get; init; } = ParameterDistribution.Triangular(0, 0.2, 0.5);

    /// <summary>Distribution of the elasticity e per offering, support ≥ 0 [triangular(0.5, 1, 1.5)].</summary>
    public ParameterDistribution Elasticity { get; init; } = ParameterDistribution.Triangular(0.5, 1.0, 1.5);

    /// <summary>Distribution of the viability threshold v per offering, support in [0, 1] [triangular(0.3, 0.5, 0.7)].</summary>
    public ParameterDistribution ViabilityThreshold { get; init; } = ParameterDistribution.Triangular(0.3, 0.5, 0.7);

    /// <summary>The impact score weights [defaults].</summary>
    public ImpactWeights Impact { get; init; } = ImpactWeights.Default;

    /// <summary>The funding category rule [<see cref="FundingCategoryRule.Default"/>].</summary>
    public FundingCategoryRule CategoryRule { get; init; } = FundingCategoryRule.Default;

    /// <summary>Radius in km for the capacity-constrained allocation of demand to offerings (<see cref="Access.CapacityAllocation"/>)
    /// that gives the unmet demand before and after the cut in the nominal run, ≥ 0 [25]; great-circle distances between the
    /// base spaces' centroids and the offerings' points (or their location's centroid). Null, or any base space or offering
    /// without coordinates, falls back to the local measure max(0, demand − supply) per cell (the result says which).</summary>
    public double? AllocationRadiusKm { get; init; } = 25;

    /// <summary>Largest number of (cell × draw) coverage values kept for per-cell percentiles, ≥ 0 [5,000,000]; above it only
    /// the probability of under-supply and the mean coverage are reported per cell.</summary>
    public long MaxCellDrawValues { get; init; } = 5_000_000;

    /// <summary>Checks every option (called by every entry point).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option out of range, named in the message.</exception>
    /// <exception cref="ArgumentNullException">A null sub-option.</exception>
    public void Validate()
    {
        if (Draws < 0) throw new ArgumentOutOfRangeException(nameof(Draws), Draws, $"CutOptions.Draws: must be >= 0, was {Draws.ToString(CultureInfo.InvariantCulture)}.");
        if (MaxThreads < 1) throw new ArgumentOutOfRangeException(nameof(MaxThreads), MaxThreads, $"CutOptions.MaxThreads: must be >= 1, was {MaxThreads.ToString(CultureInfo.InvariantCulture)}.");
        if (AllocationRadiusKm is { } rad && !(rad >= 0 && double.IsFinite(rad))) throw new ArgumentOutOfRangeException(nameof(AllocationRadiusKm), rad, "CutOptions.AllocationRadiusKm: must be finite and >= 0, or null.");
        if (MaxCellDrawValues < 0) throw new ArgumentOutOfRangeException(nameof(MaxCellDrawValues), MaxCellDrawValues, "CutOptions.MaxCellDrawValues: must be >= 0.");
        ArgumentNullException.ThrowIfNull(Risk, nameof(Risk));
        ArgumentNullException.ThrowIfNull(Response, nameof(Response));
        ArgumentNullException.ThrowIfNull(Impact, nameof(Impact));
        ArgumentNullException.ThrowIfNull(CategoryRule, nameof(CategoryRule));
        Risk.Validate();
        Response.Validate();
        Impact.Validate();
        CheckRange(AbsorbableShare, 0, 1, nameof(AbsorbableShare));
        CheckRange(Elasticity, 0, double.MaxValue, nameof(Elasticity));
        CheckRange(ViabilityThreshold, 0, 1, nameof(ViabilityThreshold));
    }

    private static void CheckRange(ParameterDistribution d, double lo, double hi, string name)
    {
        if (d.Min < lo || d.Max > hi)
            throw new ArgumentOutOfRangeException(name, d.ToString(), string.Create(CultureInfo.InvariantCulture, $"CutOptions.{name}: support must lie in [{lo}, {hi}], was {d}."));
    }
}
