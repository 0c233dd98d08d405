using System.Globalization;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Cuts;

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
    /// <summary>Number of Monte Carlo draws, 0 … <see cref="MaxDraws"/> (0 = nominal run only) [1000].</summary>
    public int Draws { get; init; } = 1000;

    /// <summary>The largest number of draws: 1,000,000 (the percentiles are stable to well below a percent long before).</summary>
    public const int MaxDraws = 1_000_000;

    /// <summary>The memory the Monte Carlo needs at least (<em>Speicherbedarf</em>), in bytes: eight per-draw series of
    /// doubles, one more per funding unit, and the kept (cell × draw) coverage values up to
    /// <see cref="MaxCellDrawValues"/>: <c>8 · (draws · (8 + units) + min(cells · draws, MaxCellDrawValues))</c>.</summary>
    /// <param name="draws">The draws (≥ 0).</param>
    /// <param name="fundingUnits">The funding units (≥ 0; 0 for a lower bound before the data is known).</param>
    /// <param name="cells">The touched (space × target group) cells (≥ 0).</param>
    /// <returns>The estimate in bytes.</returns>
    public long EstimateMonteCarloBytes(int draws, int fundingUnits, long cells)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(draws);
        ArgumentOutOfRangeException.ThrowIfNegative(fundingUnits);
        ArgumentOutOfRangeException.ThrowIfNegative(cells);
        var kept = cells * draws <= MaxCellDrawValues ? cells * draws : 0;
        return 8L * (draws * (8L + fundingUnits) + kept);
    }

    /// <summary>Why a requested number of draws is refused (below 0 or above <see cref="MaxDraws"/>, with the memory
    /// estimate of <see cref="EstimateMonteCarloBytes"/> as a lower bound), or null when it is accepted. The CLI prints it as a
    /// usage error (exit 2) before reading any data.</summary>
    /// <param name="draws">The requested draws.</param>
    /// <returns>The message, or null.</returns>
    public static string? DrawsProblem(int draws)
    {
        if (draws < 0) return $"--draws: must be >= 0, was {draws.ToString(CultureInfo.InvariantCulture)}.";
        if (draws <= MaxDraws) return null;
        var mb = new CutOptions().EstimateMonteCarloBytes(draws, 0, 0) / (1024.0 * 1024.0);
        return string.Create(CultureInfo.InvariantCulture,
            $"--draws: at most {MaxDraws:N0}, was {draws:N0}; that many draws would need at least {mb:N0} MB of memory (before the funding units and cells of the data are counted).");
    }

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
        if (Draws is < 0 or > MaxDraws) throw new ArgumentOutOfRangeException(nameof(Draws), Draws, $"CutOptions.Draws: must be 0 … {MaxDraws.ToString(CultureInfo.InvariantCulture)}, was {Draws.ToString(CultureInfo.InvariantCulture)}.");
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
