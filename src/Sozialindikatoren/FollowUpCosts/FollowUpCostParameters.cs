using System.Globalization;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.FollowUpCosts;

/// <summary>
/// The follow-up cost parameters of one offering type (<em>Folgekostenparameter je Angebotsart</em>): cases per unit of
/// capacity and year, probability of escalation, cost of an escalation, time lag and payer shares, each with its range,
/// source, year and evidence grade. The defaults are <see cref="FollowUpCostDefaults.All"/>.
/// </summary>
/// <remarks>
/// The chain (reference followup-costs.md §9): cases lost per year = capacity lost (in <see cref="Unit"/>) ×
/// <see cref="CasesPerUnit"/>; expected follow-up cost per year = cases lost × <see cref="EscalationProbability"/> ×
/// <see cref="EscalationCost"/> × payer share, arriving <see cref="LagYears"/> years later. A parameter set applies only to
/// offerings whose capacity has the same unit: units are never converted.
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class FollowUpCostParameters
{
    /// <summary>Creates and validates a parameter set.</summary>
    /// <param name="type">The offering type (<em>Angebotsart</em>).</param>
    /// <param name="unit">The capacity unit the cases refer to (<c>fte</c>, <c>places</c> or <c>cases_per_year</c>; not hours per week).</param>
    /// <param name="escalation">What an escalation is, e.g. "Heimunterbringung (§ 34 SGB VIII), eine Episode".</param>
    /// <param name="casesPerUnit">Cases per unit of capacity and year (for <c>cases_per_year</c> exactly 1).</param>
    /// <param name="escalationProbability">Probability that a case lost escalates, in [0, 1].</param>
    /// <param name="escalationCost">Public cost of one escalation, EUR.</param>
    /// <param name="lagYears">Years until the cost arrives: whole numbers, 0–10.</param>
    /// <param name="shares">Payer shares.</param>
    /// <exception cref="ArgumentException">An invalid type, hours as unit, a probability above 1, cases per unit ≠ 1 for
    /// <c>cases_per_year</c>, a lag that is not a whole number in 0–10, or an empty description.</exception>
    public FollowUpCostParameters(OfferingType type, CapacityUnit unit, string escalation, FollowUpParameter casesPerUnit, FollowUpParameter escalationProbability,
        FollowUpParameter escalationCost, FollowUpParameter lagYears, PayerShares shares)
    {
        ArgumentNullException.ThrowIfNull(casesPerUnit);
        ArgumentNullException.ThrowIfNull(escalationProbability);
        ArgumentNullException.ThrowIfNull(escalationCost);
        ArgumentNullException.ThrowIfNull(lagYears);
        ArgumentNullException.ThrowIfNull(shares);
        if (type.Code.Length == 0) throw new ArgumentException("follow-up parameters: the offering type must not be empty.", nameof(type));
        if (unit is not (CapacityUnit.FullTimeEquivalents or CapacityUnit.Places or CapacityUnit.CasesPerYear))
            throw new ArgumentOutOfRangeException(nameof(unit), unit, $"follow-up parameters '{type}': unit must be fte, places or cases_per_year.");
        if (string.IsNullOrWhiteSpace(escalation)) throw new ArgumentException($"follow-up parameters '{type}': the escalation description must not be empty.", nameof(escalation));
        if (escalationProbability.High > 1)
            throw new ArgumentOutOfRangeException(nameof(escalationProbability), escalationProbability.High, $"follow-up parameters '{type}': the escalation probability must be <= 1.");
        if (unit == CapacityUnit.CasesPerYear && (casesPerUnit.Low != 1 || casesPerUnit.High != 1))
            throw new ArgumentException($"follow-up parameters '{type}': with unit cases_per_year, cases per unit must be exactly 1.", nameof(casesPerUnit));
        foreach (var v in new[] { lagYears.Low, lagYears.Central, lagYears.High })
            if (v != Math.Floor(v) || v > 10)
                throw new ArgumentOutOfRangeException(nameof(lagYears), v, $"follow-up parameters '{type}': the lag must be whole years in 0-10, was {v.ToString(CultureInfo.InvariantCulture)}.");
        Type = type;
        Unit = unit;
        Escalation = escalation.Trim();
        CasesPerUnit = casesPerUnit;
        EscalationProbability = escalationProbability;
        EscalationCost = escalationCost;
        LagYears = lagYears;
        Shares = shares;
    }

    /// <summary>The offering type.</summary>
    public OfferingType Type { get; }

    /// <summary>The capacity unit of <see cref="CasesPerUnit"/>.</summary>
    public CapacityUnit Unit { get; }

    /// <summary>What an escalation is.</summary>
    public string Escalation { get; }

    /// <summary>Cases per unit of capacity and year.</summary>
    public FollowUpParameter CasesPerUnit { get; }

    /// <summary>Probability that a lost case escalates, in [0, 1].</summary>
    public FollowUpParameter EscalationProbability { get; }

    /// <summary>Public cost of one escalation, EUR.</summary>
    public FollowUpParameter EscalationCost { get; }

    /// <summary>Years until the follow-up cost arrives (whole years).</summary>
    public FollowUpParameter LagYears { get; }

    /// <summary>The payer shares.</summary>
    public PayerShares Shares { get; }

    /// <summary>The weakest evidence grade of the chain's parameters (the grade to show with a result).</summary>
    public EvidenceGrade WeakestGrade => new[] { CasesPerUnit.Grade, EscalationProbability.Grade, EscalationCost.Grade, LagYears.Grade, Shares.Grade }.Max();

    /// <summary>Expected public follow-up cost per case lost, EUR (p × cost), at a bound.</summary>
    /// <param name="bound">The bound.</param>
    /// <returns>EUR per case.</returns>
    public double CostPerCase(FollowUpBound bound) => EscalationProbability.At(bound) * EscalationCost.At(bound);

    /// <summary>The lag in years at a bound: the low bound uses the longest lag, the high bound the shortest.</summary>
    /// <param name="bound">The bound.</param>
    /// <returns>Whole years.</returns>
    public int Lag(FollowUpBound bound) => (int)(bound switch
    {
        FollowUpBound.Low => LagYears.High,
        FollowUpBound.High => LagYears.Low,
        _ => LagYears.Central,
    });

    /// <summary>e.g. <c>schuldnerberatung (fte)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Type} ({Unit.ToCode()})";
}
