using System.Globalization;

namespace Sozialindikatoren.FollowUpCosts;

/// <summary>The Monte Carlo over the parameter ranges (<em>Monte-Carlo-Spanne der Folgekosten</em>): percentiles of the
/// discounted public follow-up costs over the horizon and the share of draws in which they exceed the discounted savings.</summary>
/// <remarks>Each draw takes, per offering type, cases per unit, probability and cost from the triangular distribution
/// (low, central, high) and the lag as low / central / high with probabilities ¼ / ½ / ¼; all offerings of a type share
/// the draw. Draw k uses the stream SplitMix64(seed, k), so results are bit-identical for the same seed.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class FollowUpMonteCarlo
{
    internal FollowUpMonteCarlo(int draws, ulong seed, double p05, double p50, double p95, double probabilityCostsExceedSavings)
    {
        Draws = draws;
        Seed = seed;
        CostP05 = p05;
        CostP50 = p50;
        CostP95 = p95;
        ProbabilityCostsExceedSavings = probabilityCostsExceedSavings;
    }

    /// <summary>Draws.</summary>
    public int Draws { get; }

    /// <summary>Seed.</summary>
    public ulong Seed { get; }

    /// <summary>5th percentile of the discounted follow-up costs (all public payers), EUR.</summary>
    public double CostP05 { get; }

    /// <summary>Median, EUR.</summary>
    public double CostP50 { get; }

    /// <summary>95th percentile, EUR.</summary>
    public double CostP95 { get; }

    /// <summary>Share of draws in which discounted follow-up costs exceed discounted savings, in [0, 1].</summary>
    public double ProbabilityCostsExceedSavings { get; }

    /// <summary>e.g. <c>1000 draws: 10000/20000/40000, P(cost &gt; saving) 0.3</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Draws} draws: {CostP05:0}/{CostP50:0}/{CostP95:0}, P(cost > saving) {ProbabilityCostsExceedSavings:0.###}");
}
