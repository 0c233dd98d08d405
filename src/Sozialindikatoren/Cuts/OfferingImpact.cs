using System.Globalization;
using System.Text;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Cuts;

/// <summary>The result of the cut analysis for one offering (<em>Kürzungsfolgen je Angebot</em>), nominal response parameters.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class OfferingImpact
{
    internal OfferingImpact(Offering offering, FundingCategory category, FundingRisk risk, CutExposure exposure, ResponseKind response,
        double remainingShare, double absorbed, ImpactComponents components, double impact, IReadOnlyList<int> scenarioLines)
    {
        Offering = offering;
        Category = category;
        Risk = risk;
        Exposure = exposure;
        Response = response;
        RemainingShare = remainingShare;
        Absorbed = absorbed;
        Components = components;
        Impact = impact;
        ScenarioLines = scenarioLines;
    }

    /// <summary>The offering.</summary>
    public Offering Offering { get; }

    /// <summary>The derived funding category at the date.</summary>
    public FundingCategory Category { get; }

    /// <summary>The funding risk before the scenario.</summary>
    public FundingRisk Risk { get; }

    /// <summary>Budget, losses, co-financing and statement.</summary>
    public CutExposure Exposure { get; }

    /// <summary>The cuttable funds (<em>kürzbare Mittel</em>) of the offering at the date, EUR per year: every active
    /// funding line (grants, own funds, donations, fees) except service fees (<see cref="FundingInstrument.ServiceFee"/>)
    /// of an offering with a legal claim (<see cref="Offering.IsLegalClaim"/>), which a grant cut cannot reach.</summary>
    public decimal CuttableBudget { get; internal init; }

    /// <summary>The cuttable funds of an offering at a date (the one formula of <see cref="CuttableBudget"/>).</summary>
    internal static decimal Cuttable(Offering offering, LocalDate date) =>
        offering.Funding.ActiveAt(date).Where(l => !(offering.IsLegalClaim && l.Instrument == FundingInstrument.ServiceFee)).Aggregate(0m, (s, l) => s + l.AmountPerYear);

    /// <summary>The lost funding, EUR per year: scenario cut + consequential loss + provider-reported loss
    /// (<see cref="CutExposure.Attribution"/>).</summary>
    public decimal LostFunding => Exposure.LostFunding;

    /// <summary>The response (absorbed, shrunk, closed, statement).</summary>
    public ResponseKind Response { get; }

    /// <summary>The remaining capacity share in [0, 1].</summary>
    public double RemainingShare { get; }

    /// <summary>The loss absorbed from own funds, EUR per year.</summary>
    public double Absorbed { get; }

    /// <summary>Capacity before the cut.</summary>
    public Capacity CapacityBefore => Offering.Capacity;

    /// <summary>Capacity after the cut.</summary>
    public Capacity CapacityAfter => Offering.Capacity.Scale(RemainingShare);

    /// <summary>Whether the offering closes: closed below viability or by co-financing, or a provider statement that
    /// applies says closure (also when it starts during the Stichtag year and so keeps part of the capacity on average).</summary>
    public bool Closed => Response is ResponseKind.ClosedBelowViability or ResponseKind.ClosedCoFinancing
        || (Response == ResponseKind.ProviderStatement && (RemainingShare <= 0 || Exposure.Statement?.IsClosure == true));

    /// <summary>The impact score components.</summary>
    public ImpactComponents Components { get; }

    /// <summary>The cut-impact score in [0, 1] (higher = worse).</summary>
    public double Impact { get; }

    /// <summary>Indexes of the scenario lines that cut this offering (ascending), to trace sources and <em>Annahme</em> flags.</summary>
    public IReadOnlyList<int> ScenarioLines { get; }

    /// <summary>e.g. <c>Schuldnerberatung Siegen (sb-si): −12,000 EUR/a, capacity 2 → 1.6 fte, impact 0.21</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Offering}: −{LostFunding:0} EUR/a, capacity {CapacityBefore.Amount:0.##} → {CapacityAfter.Amount:0.##} {CapacityBefore.Unit.ToCode()}{(Closed ? " (closed)" : "")}, impact {Impact:0.###}");
}
