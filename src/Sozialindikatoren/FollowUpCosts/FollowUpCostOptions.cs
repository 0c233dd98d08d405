using System.Globalization;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.FollowUpCosts;

/// <summary>Options of the follow-up cost model (<em>Optionen der Folgekostenrechnung</em>).</summary>
/// <remarks>The discount rate of 2 % a year is an assumption of this library (a real rate of the order of public-sector
/// rates for economic appraisals); it is configurable and only affects the discounted totals, never the per-year figures.</remarks>
/// <threadsafety>Immutable after construction; thread-safe.</threadsafety>
public sealed class FollowUpCostOptions
{
    /// <summary>The horizon in years, 1–30 [5].</summary>
    public int HorizonYears { get; init; } = 5;

    /// <summary>The discount rate per year, in [0, 0.2] [0.02]: an amount in horizon year t (t = 0 the first year) counts 1/(1 + rate)^t.</summary>
    public double DiscountRate { get; init; } = 0.02;

    /// <summary>Monte Carlo draws over the parameter ranges, 0–1,000,000 [1000]; 0 = none.</summary>
    public int Draws { get; init; } = 1000;

    /// <summary>Seed of the Monte Carlo [1]: the same seed gives bit-identical results.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>The first calendar year of the horizon, or null for the cut analysis' evaluation year [null].</summary>
    public int? StartYear { get; init; }

    /// <summary>The parameter sets, at most one per offering type [<see cref="FollowUpCostDefaults.All"/>].</summary>
    public IReadOnlyList<FollowUpCostParameters> Parameters { get; init; } = FollowUpCostDefaults.All;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">A value out of range or a type with two parameter sets.</exception>
    public void Validate()
    {
        if (HorizonYears is < 1 or > 30) throw new ArgumentOutOfRangeException(nameof(HorizonYears), HorizonYears, "FollowUpCostOptions.HorizonYears: must be in 1-30.");
        if (!(DiscountRate >= 0 && DiscountRate <= 0.2))
            throw new ArgumentOutOfRangeException(nameof(DiscountRate), DiscountRate, $"FollowUpCostOptions.DiscountRate: must be in [0, 0.2], was {DiscountRate.ToString(CultureInfo.InvariantCulture)}.");
        if (Draws is < 0 or > 1_000_000) throw new ArgumentOutOfRangeException(nameof(Draws), Draws, "FollowUpCostOptions.Draws: must be in 0-1000000.");
        if (StartYear is < 1990 or > 2100) throw new ArgumentOutOfRangeException(nameof(StartYear), StartYear, "FollowUpCostOptions.StartYear: must be in 1990-2100.");
        ArgumentNullException.ThrowIfNull(Parameters);
        var seen = new HashSet<OfferingType>();
        foreach (var p in Parameters)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(Parameters));
            if (!seen.Add(p.Type)) throw new ArgumentException($"FollowUpCostOptions.Parameters: two parameter sets for type '{p.Type}'.", nameof(Parameters));
        }
    }
}
