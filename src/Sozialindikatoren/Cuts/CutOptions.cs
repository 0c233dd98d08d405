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

/// <summary>
/// Coverage class thresholds (<em>Versorgungsklassen</em>), with the defaults of the gap analysis (G-BA
/// Bedarfsplanungs-Richtlinie: over-supply above 110 %, under-supply below 75 %, severe below 50 %): coverage in % =
/// 100 · supply / demand; over when &gt; <see cref="OverAbove"/>, adequate when ≥ <see cref="AdequateFrom"/>, under when ≥
/// <see cref="UnderFrom"/>, else severe; no demand when demand is 0.
/// </summary>
/// <threadsafety>Immutable after construction; thread-safe.</threadsafety>
public sealed class CoverageThresholds
{
    /// <summary>Defaults: over &gt; 110 %, adequate ≥ 75 %, under ≥ 50 %, severe below.</summary>
    public static CoverageThresholds Default { get; } = new();

    /// <summary>Coverage above which supply counts as over-supply; default 110.</summary>
    public double OverAbove { get; init; } = 110;

    /// <summary>Coverage from which supply is adequate; default 75.</summary>
    public double AdequateFrom { get; init; } = 75;

    /// <summary>Coverage from which supply is under (below: severe); default 50.</summary>
    public double UnderFrom { get; init; } = 50;

    /// <summary>Classifies a coverage in % (NaN = no demand).</summary>
    /// <param name="coveragePercent">The coverage.</param>
    /// <returns>The class.</returns>
    public CoverageClass Classify(double coveragePercent) =>
        double.IsNaN(coveragePercent) ? CoverageClass.NoDemand
        : coveragePercent > OverAbove ? CoverageClass.Over
        : coveragePercent >= AdequateFrom ? CoverageClass.Adequate
        : coveragePercent >= UnderFrom ? CoverageClass.Under
        : CoverageClass.Severe;

    /// <summary>Checks 0 ≤ under ≤ adequate ≤ over.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Names the field.</exception>
    public void Validate()
    {
        if (!(UnderFrom >= 0 && UnderFrom <= AdequateFrom && AdequateFrom <= OverAbove && double.IsFinite(OverAbove)))
            throw new ArgumentOutOfRangeException(nameof(UnderFrom), UnderFrom, string.Create(CultureInfo.InvariantCulture, $"coverage thresholds: need 0 <= UnderFrom <= AdequateFrom <= OverAbove, was {UnderFrom}, {AdequateFrom}, {OverAbove}."));
    }
}

/// <summary>The supply class of a space and domain (<em>Versorgungsklasse</em>); codes as in the gaps CSV.</summary>
public enum CoverageClass
{
    /// <summary><c>over</c>: over-supplied.</summary>
    Over = 0,
    /// <summary><c>adequate</c>: adequately supplied.</summary>
    Adequate = 1,
    /// <summary><c>under</c>: under-supplied.</summary>
    Under = 2,
    /// <summary><c>severe</c>: severely under-supplied.</summary>
    Severe = 3,
    /// <summary><c>no_demand</c>: no demand (coverage undefined).</summary>
    NoDemand = 4,
    /// <summary><em>unbekannt</em>: no absolute demand is known for the cell's domain and unit (relative demand only), so
    /// no class is given — relative coverage (100 % = the region's average) is never classified with absolute thresholds.</summary>
    Unknown = 5,
}

/// <summary>Codes and labels of <see cref="CoverageClass"/>.</summary>
/// <threadsafety>Pure; thread-safe.</threadsafety>
public static class CoverageClassCodes
{
    /// <summary><c>over</c>, <c>adequate</c>, <c>under</c>, <c>severe</c>, <c>no_demand</c>.</summary>
    /// <param name="c">The class.</param>
    /// <returns>The code.</returns>
    public static string ToCode(this CoverageClass c) => c switch
    {
        CoverageClass.Over => "over",
        CoverageClass.Adequate => "adequate",
        CoverageClass.Under => "under",
        CoverageClass.Severe => "severe",
        CoverageClass.Unknown => "unknown",
        _ => "no_demand",
    };

    /// <summary>German label: <c>Überversorgung</c>, <c>bedarfsgerecht</c>, <c>Unterversorgung</c>, <c>erhebliche Unterversorgung</c>, <c>kein Bedarf</c>.</summary>
    /// <param name="c">The class.</param>
    /// <returns>The label.</returns>
    public static string ToGermanLabel(this CoverageClass c) => c switch
    {
        CoverageClass.Over => "Überversorgung",
        CoverageClass.Adequate => "bedarfsgerecht",
        CoverageClass.Under => "Unterversorgung",
        CoverageClass.Severe => "erhebliche Unterversorgung",
        CoverageClass.Unknown => "unbekannt",
        _ => "kein Bedarf",
    };

    /// <summary>Whether the class is under-supplied (under or severe).</summary>
    /// <param name="c">The class.</param>
    /// <returns>Whether under-supplied.</returns>
    public static bool IsUnderSupplied(this CoverageClass c) => c is CoverageClass.Under or CoverageClass.Severe;
}

/// <summary>
/// Demand of one space and domain in the domain's capacity unit (<em>Bedarf</em>), an input to the cut analysis until the gap
/// analysis provides it.
/// </summary>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct DemandEntry : IEquatable<DemandEntry>
{
    /// <summary>Creates an entry.</summary>
    /// <param name="space">The space (a leaf of the region, or a space whose leaves get the demand pro rata to population).</param>
    /// <param name="domain">The domain.</param>
    /// <param name="unit">The capacity unit.</param>
    /// <param name="amount">Demand, finite and ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative or non-finite amount.</exception>
    public DemandEntry(SpaceId space, ServiceDomain domain, CapacityUnit unit, double amount)
    {
        if (!double.IsFinite(amount) || amount < 0) throw new ArgumentOutOfRangeException(nameof(amount), amount, $"demand for '{space}' / {domain}: must be finite and >= 0, was {amount.ToString(CultureInfo.InvariantCulture)}.");
        Space = space;
        Domain = domain;
        Unit = unit;
        Amount = amount;
    }

    /// <summary>The space.</summary>
    public SpaceId Space { get; }

    /// <summary>The domain.</summary>
    public ServiceDomain Domain { get; }

    /// <summary>The unit.</summary>
    public CapacityUnit Unit { get; }

    /// <summary>The demand.</summary>
    public double Amount { get; }

    /// <inheritdoc />
    public bool Equals(DemandEntry other) => Space == other.Space && Domain == other.Domain && Unit == other.Unit && Amount.Equals(other.Amount);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DemandEntry d && Equals(d);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Space, Domain, Unit, Amount);

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(DemandEntry left, DemandEntry right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DemandEntry left, DemandEntry right) => !left.Equals(right);
}

/// <summary>Progress of the Monte Carlo (<em>Fortschritt</em>): draws done of the total.</summary>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly record struct MonteCarloProgress(int DrawsDone, int DrawsTotal);

/// <summary>
/// Options of <see cref="CutAnalysis.Run"/> (<em>Optionen der Kürzungsanalyse</em>). Every option is named; defaults in brackets.
/// </summary>
/// <remarks>Validated by <see cref="CutAnalysis.Run"/>; an invalid option throws <see cref="ArgumentOutOfRangeException"/>
/// naming it.</remarks>
/// <threadsafety>Immutable after construction; thread-safe.</threadsafety>
public sealed class CutOptions
{
    /// <summary>The evaluation date (<em>Stichtag</em>) [2025-01-01].</summary>
    public LocalDate AsOf { get; init; } = new(2025, 1, 1);

    /// <summary>Number of Monte Carlo draws, ≥ 0 (0 = nominal run only) [1000].</summary>
    public int Draws { get; init; } = 1000;

    /// <summary>The master seed of the Monte Carlo [1]. Draw d uses its own stream seeded from (seed, d), so results are
    /// bit-identical for any thread count.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Maximum threads for the Monte Carlo, ≥ 1 [processor count]; does not change the results.</summary>
    public int MaxThreads { get; init; } = Environment.ProcessorCount;

    /// <summary>Progress reports (one per block of draws), or null.</summary>
    public IProgress<MonteCarloProgress>? Progress { get; init; }

    /// <summary>The funding risk options [defaults].</summary>
    public FundingRiskOptions Risk { get; init; } = FundingRiskOptions.Default;

    /// <summary>The provider response options [defaults].</summary>
    public ProviderResponseOptions Response { get; init; } = ProviderResponseOptions.Default;

    /// <summary>Distribution of the absorbable share a per offering [triangular(0, 0.2, 0.5)].</summary>
    public ParameterDistribution AbsorbableShare { get; init; } = ParameterDistribution.Triangular(0, 0.2, 0.5);

    /// <summary>Distribution of the elasticity e per offering [triangular(0.5, 1, 1.5)].</summary>
    public ParameterDistribution Elasticity { get; init; } = ParameterDistribution.Triangular(0.5, 1.0, 1.5);

    /// <summary>Distribution of the viability threshold v per offering [triangular(0.3, 0.5, 0.7)].</summary>
    public ParameterDistribution ViabilityThreshold { get; init; } = ParameterDistribution.Triangular(0.3, 0.5, 0.7);

    /// <summary>The impact score weights [defaults].</summary>
    public ImpactWeights Impact { get; init; } = ImpactWeights.Default;

    /// <summary>The coverage class thresholds [defaults].</summary>
    public CoverageThresholds Coverage { get; init; } = CoverageThresholds.Default;

    /// <summary>The funding category rule [<see cref="FundingCategoryRule.Default"/>].</summary>
    public FundingCategoryRule CategoryRule { get; init; } = FundingCategoryRule.Default;

    /// <summary>Demand per space, domain and unit, or null. A (domain, unit) without any entry, and every one when this is
    /// null, gets <em>relative</em> demand: its total supply distributed over the region's leaf spaces in proportion to
    /// population (coverage 100 % = the region's average). The result's <see cref="CutResult.DemandMethod"/> says which.</summary>
    public IReadOnlyList<DemandEntry>? Demand { get; init; }

    /// <summary>How an offering's capacity is shared over the leaf spaces it serves [false = by population]. With true, and
    /// where <see cref="Demand"/> gives the group's demand, it is shared in proportion to the required capacity of those
    /// spaces — the split of the gap analysis' served-area supply (<c>SupplyMode.Served</c>), so that coverage before the cut
    /// agrees with the gap analysis (the committee report uses this).</summary>
    public bool SplitSupplyByDemand { get; init; }

    /// <summary>Need per space as a z-score of the social index (higher = more need), or null. Spaces without a value get
    /// z = 0 (average need); a parent's value applies to its leaves when they have none.</summary>
    public IReadOnlyDictionary<SpaceId, double>? Need { get; init; }

    /// <summary>Radius in km for the capacity-constrained allocation of demand to offerings (<see cref="Access.CapacityAllocation"/>)
    /// that gives the unmet demand before and after the cut in the nominal run [25]; great-circle distances between the leaf
    /// spaces' centroids and the offerings' points (or their location's centroid). Null, or any leaf or offering without
    /// coordinates, falls back to the local measure max(0, demand − supply) per cell (the result says which).</summary>
    public double? AllocationRadiusKm { get; init; } = 25;

    /// <summary>Largest number of (cell × draw) coverage values kept for per-cell percentiles [5,000,000]; above it only the
    /// probability of under-supply and the mean coverage are reported per cell.</summary>
    public long MaxCellDrawValues { get; init; } = 5_000_000;
}
