using System.Globalization;
using System.Text;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Cuts;

/// <summary>The result for one space, domain and unit (<em>Versorgung je Sozialraum und Handlungsfeld</em>) before and after the cut.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class CellImpact
{
    internal CellImpact(CoverageRow row, double supplyBefore, double supplyAfter,
        CoverageClass classBefore, CoverageClass classAfter, double unmetBefore, double unmetAfter, double peopleAffected, double need,
        double probabilityUnderSupplied, double coverageP05, double coverageP50, double coverageP95, double coverageMean)
    {
        Row = row;
        SupplyBefore = supplyBefore;
        SupplyAfter = supplyAfter;
        ClassBefore = classBefore;
        ClassAfter = classAfter;
        UnmetBefore = unmetBefore;
        UnmetAfter = unmetAfter;
        PeopleAffected = peopleAffected;
        Need = need;
        ProbabilityUnderSupplied = probabilityUnderSupplied;
        CoverageAfterP05 = coverageP05;
        CoverageAfterP50 = coverageP50;
        CoverageAfterP95 = coverageP95;
        CoverageAfterMean = coverageMean;
    }

    /// <summary>The gap analysis' row of this cell before the cut (demand, supply, coverage, class, certainty, norm).</summary>
    public CoverageRow Row { get; }

    /// <summary>The space (a base space of the gap analysis).</summary>
    public SpaceId Space => Row.Space.Id;

    /// <summary>The domain.</summary>
    public ServiceDomain Domain => Row.Domain;

    /// <summary>The capacity unit.</summary>
    public CapacityUnit Unit => Row.Unit;

    /// <summary>Demand in the unit (the gap analysis' required capacity), or null when unknown.</summary>
    public double? Demand => Row.Demand;

    /// <summary>Supply before the cut: the gap analysis' supply of the row.</summary>
    public double SupplyBefore { get; }

    /// <summary>Supply after the cut (nominal response): every contribution scaled by its offering's remaining share.</summary>
    public double SupplyAfter { get; }

    /// <summary>Coverage before in % — the gap analysis' <see cref="CoverageRow.CoveragePercent"/>; NaN when demand is 0 or unknown.</summary>
    public double CoverageBefore => Row.CoveragePercent ?? double.NaN;

    /// <summary>Coverage after in % (same formula); NaN when demand is 0 or unknown, or the norm is not surveyed
    /// (<see cref="SupplyNorm.NotSurveyed"/>).</summary>
    public double CoverageAfter => !Row.Norm.NotSurveyed && Demand is double d && d > 0 ? CoverageRow.Percent(SupplyAfter, d) : double.NaN;

    /// <summary>Class before.</summary>
    public CoverageClass ClassBefore { get; }

    /// <summary>Class after.</summary>
    public CoverageClass ClassAfter { get; }

    /// <summary>Whether the cell becomes under-supplied (<em>neu unterversorgt</em>): not under-supplied before, under or severe after.</summary>
    public bool NewlyUnderSupplied => !ClassBefore.IsUnderSupply() && ClassAfter.IsUnderSupply();

    /// <summary>Whether an under-supplied cell becomes severely under-supplied (<em>von unterversorgt zu erheblich
    /// unterversorgt</em>): class under before, severe after.</summary>
    public bool WorsenedToSevere => ClassBefore == CoverageClass.Under && ClassAfter == CoverageClass.Severe;

    /// <summary>Unmet demand before: from the capacity-constrained allocation when <see cref="CutOptions.AllocationRadiusKm"/>
    /// is set and coordinates are known, else max(0, demand − supply) (see <see cref="CutResult.UnmetDemandMethod"/>).</summary>
    public double UnmetBefore { get; }

    /// <summary>Unmet demand after (same method as <see cref="UnmetBefore"/>).</summary>
    public double UnmetAfter { get; }

    /// <summary>People affected (<em>Betroffene</em>): the row's target population (the norm's target group, never the whole
    /// population) × the share of the row's supply lost, T × (S_before − S_after) / S_before; 0 when nothing is lost;
    /// NaN (an empty cell) when supply is lost and the target population is unknown. Never above the target population.</summary>
    public double PeopleAffected { get; }

    /// <summary>Need of the space as Φ(z) in (0, 1).</summary>
    public double Need { get; }

    /// <summary>Monte Carlo: probability that the cell is under-supplied after the cut (share of draws); the nominal indicator when no draws ran.</summary>
    public double ProbabilityUnderSupplied { get; }

    /// <summary>Monte Carlo: 5th percentile of coverage after, % (NaN when not kept or no demand).</summary>
    public double CoverageAfterP05 { get; }

    /// <summary>Monte Carlo: median coverage after, % (NaN when not kept or no demand).</summary>
    public double CoverageAfterP50 { get; }

    /// <summary>Monte Carlo: 95th percentile of coverage after, % (NaN when not kept or no demand).</summary>
    public double CoverageAfterP95 { get; }

    /// <summary>Monte Carlo: mean coverage after, % (NaN without demand).</summary>
    public double CoverageAfterMean { get; }
}
