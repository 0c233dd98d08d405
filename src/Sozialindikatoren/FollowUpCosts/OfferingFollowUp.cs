using System.Globalization;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.FollowUpCosts;

/// <summary>The follow-up cost inputs of one cut offering (<em>Folgekosten je Angebot</em>), nominal cut result.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class OfferingFollowUp
{
    internal OfferingFollowUp(string offeringId, FollowUpCostParameters parameters, double capacityLost, double savingPerYear, int? breakEvenYear)
    {
        OfferingId = offeringId;
        Parameters = parameters;
        CapacityLost = capacityLost;
        SavingPerYear = savingPerYear;
        BreakEvenYear = breakEvenYear;
    }

    /// <summary>The offering.</summary>
    public string OfferingId { get; }

    /// <summary>The parameter set of its type.</summary>
    public FollowUpCostParameters Parameters { get; }

    /// <summary>Capacity lost (before − after, nominal), in <see cref="FollowUpCostParameters.Unit"/>.</summary>
    public double CapacityLost { get; }

    /// <summary>Cases lost per year at a bound: capacity lost × cases per unit.</summary>
    /// <param name="bound">The bound.</param>
    /// <returns>Cases per year.</returns>
    public double CasesLost(FollowUpBound bound) => CapacityLost * Parameters.CasesPerUnit.At(bound);

    /// <summary>Expected public follow-up cost per year once the lag has passed, EUR: cases lost × p × cost.</summary>
    /// <param name="bound">The bound.</param>
    /// <returns>EUR per year.</returns>
    public double CostPerYear(FollowUpBound bound) => CasesLost(bound) * Parameters.CostPerCase(bound);

    /// <summary>The saving (lost funding), EUR per year.</summary>
    public double SavingPerYear { get; }

    /// <summary>Break-even year of this offering (all payers, discounted, central), or null.</summary>
    public int? BreakEvenYear { get; }

    /// <summary>e.g. <c>sb-si: 0.4 fte lost, 40 cases/a</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{OfferingId}: {CapacityLost:0.##} {Parameters.Unit.ToCode()} lost, {CasesLost(FollowUpBound.Central):0.#} cases/a");
}
