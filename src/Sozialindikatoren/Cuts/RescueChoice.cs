using System.Globalization;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Cuts;

/// <summary>One back-fill decision (<em>Ausgleichsentscheidung</em>).</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class RescueChoice
{
    internal RescueChoice(string offeringId, double share, decimal backfill, double impactAvoided, RescueMethod method, double? netCostAvoided = null)
    {
        NetPublicCostAvoided = netCostAvoided;
        OfferingId = offeringId;
        Share = share;
        BackfillPerYear = backfill;
        ImpactAvoided = impactAvoided;
        Method = method;
    }

    /// <summary>The offering.</summary>
    public string OfferingId { get; }

    /// <summary>The back-filled share of its cut, in (0, 1].</summary>
    public double Share { get; }

    /// <summary>The back-fill in EUR per year (share × scenario cut, rounded to cents).</summary>
    public decimal BackfillPerYear { get; }

    /// <summary>Need-weighted unmet demand avoided (the planner's objective; unit-free, see <see cref="RescuePlan"/>).</summary>
    public double ImpactAvoided { get; }

    /// <summary>Impact avoided per euro per year.</summary>
    public double ImpactAvoidedPerEuro => BackfillPerYear > 0 ? ImpactAvoided / (double)BackfillPerYear : 0;

    /// <summary>The method that chose it (greedy or exact).</summary>
    public RescueMethod Method { get; }

    /// <summary>Net public cost avoided, EUR per year (follow-up costs avoided − back-fill), when the plan had a value per
    /// unit of capacity; null otherwise.</summary>
    public double? NetPublicCostAvoided { get; }

    /// <summary>e.g. <c>sb-si: 60 % = 7,200 EUR/a, avoids 0.031</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{OfferingId}: {Share * 100:0} % = {BackfillPerYear:0.##} EUR/a, avoids {ImpactAvoided:0.####}");
}
