using System.Globalization;
namespace Sozialindikatoren.FollowUpCosts;

/// <summary>
/// The result of the follow-up cost model for one cut scenario (<em>Kurzfristige Einsparung und spätere Folgekosten</em>):
/// per offering, payer and year the saving and the follow-up costs (low / central / high, undiscounted), discounted totals
/// per payer with break-even years, the Monte Carlo range, and the cut offerings without parameters.
/// </summary>
/// <remarks>Assumption-based estimates: every figure depends on the parameter table (<see cref="FollowUpCostOptions.Parameters"/>).</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class FollowUpCostResult
{
    internal FollowUpCostResult(FollowUpCostOptions options, int startYear, IReadOnlyList<OfferingFollowUp> offerings, IReadOnlyList<FollowUpCostRow> rows,
        IReadOnlyList<FollowUpTotal> byPayer, FollowUpTotal total, IReadOnlyList<string> withoutParameters, double savingWithoutParameters,
        FollowUpMonteCarlo? monteCarlo, IReadOnlyDictionary<string, double> valuePerCapacityUnit)
    {
        Options = options;
        StartYear = startYear;
        Offerings = offerings;
        Rows = rows;
        ByPayer = byPayer;
        Total = total;
        WithoutParameters = withoutParameters;
        SavingWithoutParameters = savingWithoutParameters;
        MonteCarlo = monteCarlo;
        ValuePerCapacityUnit = valuePerCapacityUnit;
    }

    /// <summary>The options used.</summary>
    public FollowUpCostOptions Options { get; }

    /// <summary>The first calendar year of the horizon.</summary>
    public int StartYear { get; }

    /// <summary>The calendar years of the horizon.</summary>
    public IReadOnlyList<int> Years => Enumerable.Range(StartYear, Options.HorizonYears).ToArray();

    /// <summary>The cut offerings with a parameter set of their type and unit, in data order.</summary>
    public IReadOnlyList<OfferingFollowUp> Offerings { get; }

    /// <summary>The lines of <c>folgekosten.csv</c>: offering (data order) × payer (Kreis … Sonstige; payers with neither
    /// saving nor cost share left out) × year.</summary>
    public IReadOnlyList<FollowUpCostRow> Rows { get; }

    /// <summary>Discounted totals per payer (Kreis, Kommune, Land, Bund, Sozialversicherung, then Sonstige when it has savings).</summary>
    public IReadOnlyList<FollowUpTotal> ByPayer { get; }

    /// <summary>Discounted totals over all payers.</summary>
    public FollowUpTotal Total { get; }

    /// <summary>Cut offerings left out: no type, no parameter set for the type, or a parameter set of another capacity unit.</summary>
    public IReadOnlyList<string> WithoutParameters { get; }

    /// <summary>The lost funding of <see cref="WithoutParameters"/>, EUR per year (a saving whose follow-up costs are not estimated).</summary>
    public double SavingWithoutParameters { get; }

    /// <summary>The Monte Carlo range, or null with 0 draws.</summary>
    public FollowUpMonteCarlo? MonteCarlo { get; }

    /// <summary>Per offering id: the central discounted follow-up cost over the horizon (all public payers) per unit of
    /// capacity lost, divided by Σ_t 1/(1 + rate)^t — an equivalent EUR per year and unit. The rescue planner's
    /// net-public-cost objective takes it (<c>Cuts.RescueObjective.NetPublicCostAvoided</c>).</summary>
    public IReadOnlyDictionary<string, double> ValuePerCapacityUnit { get; }

    /// <summary>Per horizon year, summed over offerings and payers: saving and cost low / central / high (undiscounted, EUR).</summary>
    /// <returns>One tuple per year, in order.</returns>
    public IReadOnlyList<(int Year, double Saving, double CostLow, double CostCentral, double CostHigh)> ByYear() =>
        Years.Select(y => (y, Rows.Where(r => r.Year == y).Sum(r => r.Saving), Rows.Where(r => r.Year == y).Sum(r => r.CostLow),
            Rows.Where(r => r.Year == y).Sum(r => r.CostCentral), Rows.Where(r => r.Year == y).Sum(r => r.CostHigh))).ToArray();

    /// <summary>A compact language-neutral summary: horizon, offerings with parameters, the total and each payer's
    /// discounted saving and follow-up costs (see <see cref="FollowUpTotal"/>).</summary>
    /// <returns>The text, invariant culture.</returns>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"FollowUpCostResult {StartYear}-{StartYear + Options.HorizonYears - 1}: {Offerings.Count} offerings with parameters, {WithoutParameters.Count} without; ")
          .Append(Total);
        foreach (var p in ByPayer) sb.AppendLine().Append(p);
        return sb.ToString();
    }
}
