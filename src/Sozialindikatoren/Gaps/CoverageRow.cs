using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Gaps;

/// <summary>
/// Coverage of one space, domain and capacity unit (<em>Versorgungsgrad je Sozialraum und Handlungsfeld</em>): target
/// population, required capacity (<em>Bedarf</em>) with its interval, supply (<em>Bestand</em>), coverage, class, gap
/// and the number of people not covered.
/// </summary>
/// <remarks>
/// <para>Formulas: required D = T × r × f (T target population, r need rate of the norm, f need factor);
/// coverage c = S / D × 100; gap G = D − S (positive = shortfall, in the capacity unit); people not covered
/// = max(G, 0) × T / D. Aggregates (planning regions, county) are sums of T, D, the interval ends and S over their base
/// spaces, and c, G and the class are computed from those sums.</para>
/// <para>Missing values are null, never NaN or zero: <see cref="Demand"/> is null when the target population cannot be
/// computed (class <see cref="CoverageClass.Unknown"/>); <see cref="CoveragePercent"/> is null when there is no demand
/// (D = 0, class <see cref="CoverageClass.NoDemand"/>) or demand is unknown; for a norm marked not surveyed
/// (<see cref="SupplyNorm.NotSurveyed"/>) coverage, gap and people not covered are null and the class is
/// <see cref="CoverageClass.NotSurveyed"/>.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class CoverageRow
{
    // Missing values are stored as NaN (compact rows) and exposed as null.
    private readonly double _target, _targetLower, _targetUpper, _demand, _demandLower, _demandUpper, _coverage, _gap, _people;

    internal CoverageRow(SocialSpace space, bool isAggregate, SupplyNorm norm, double target, double targetLower, double targetUpper,
        double demand, double demandLower, double demandUpper, double supply, double needFactor, CoverageThresholds thresholds)
    {
        Space = space;
        IsAggregate = isAggregate;
        Norm = norm;
        Supply = supply;
        NeedFactor = needFactor;
        _target = _targetLower = _targetUpper = _demand = _demandLower = _demandUpper = _coverage = _gap = _people = double.NaN;
        if (double.IsNaN(demand) || double.IsNaN(target))
        {
            Class = CoverageClass.Unknown;
            return;
        }
        _target = target;
        _targetLower = targetLower;
        _targetUpper = targetUpper;
        _demand = demand;
        _demandLower = demandLower;
        _demandUpper = demandUpper;
        if (norm.NotSurveyed)
        {
            // Supply not surveyed: demand is known, coverage, gap and people not covered are not (never 0 %).
            Class = CoverageClass.NotSurveyed;
            return;
        }
        _gap = demand - supply;
        if (demand > 0)
        {
            _coverage = Percent(supply, demand);
            Class = thresholds.Classify(_coverage);
            _people = _gap > 0 && target > 0 ? _gap * target / demand : 0;
            Certainty = CapByNorm(CertaintyOf(supply, demand, demandLower, demandUpper, thresholds.Under), norm);
        }
        else
        {
            Class = CoverageClass.NoDemand;
            _people = 0;
        }
    }

    private static double? N(double v) => double.IsNaN(v) ? null : v;

    /// <summary>Coverage c = S / D × 100 in percent for D &gt; 0: the one formula (and floating-point order) used by the
    /// gap analysis, the cut analysis and its Monte Carlo, so that equal inputs give bit-identical coverage.</summary>
    internal static double Percent(double supply, double demand) => supply / demand * 100;

    /// <summary>The class of a supply against a demand: <see cref="CoverageClass.Unknown"/> when the demand is unknown
    /// (NaN), <see cref="CoverageClass.NoDemand"/> when it is 0, else the class of <see cref="Percent"/>.</summary>
    internal static CoverageClass ClassOf(double supply, double demand, bool demandKnown, CoverageThresholds thresholds) =>
        !demandKnown || double.IsNaN(demand) ? CoverageClass.Unknown : demand > 0 ? thresholds.Classify(Percent(supply, demand)) : CoverageClass.NoDemand;

    /// <summary>Certainty combines the demand interval and the norm's status: a finding that rests on an assumed norm
    /// (<see cref="SupplyNorm.IsAssumption"/>, <em>Annahme</em>) is never <see cref="GapCertainty.Certain"/> — at most
    /// <see cref="GapCertainty.Probable"/>, however narrow its demand interval, because the norm itself is not
    /// established.</summary>
    internal static GapCertainty CapByNorm(GapCertainty certainty, SupplyNorm norm) =>
        norm.IsAssumption && certainty == GapCertainty.Certain ? GapCertainty.Probable : certainty;

    internal static GapCertainty CertaintyOf(double supply, double demand, double lower, double upper, double underThreshold)
    {
        // Coverage at the lower demand end is the highest coverage; under-supply there is certain.
        if (lower > 0 && supply / lower * 100 < underThreshold) return GapCertainty.Certain;
        if (demand > 0 && Percent(supply, demand) < underThreshold) return GapCertainty.Probable;
        if (upper > 0 && supply / upper * 100 < underThreshold) return GapCertainty.Possible;
        return GapCertainty.None;
    }

    /// <summary>The space.</summary>
    public SocialSpace Space { get; }

    /// <summary>Whether the row aggregates base spaces (planning region, county).</summary>
    public bool IsAggregate { get; }

    /// <summary>The norm used (domain, unit, rate, source).</summary>
    public SupplyNorm Norm { get; }

    /// <summary>The service domain.</summary>
    public ServiceDomain Domain => Norm.Domain;

    /// <summary>The capacity unit.</summary>
    public CapacityUnit Unit => Norm.Unit;

    /// <summary>The target population T (persons), or null when unknown.</summary>
    public double? TargetPopulation => N(_target);

    /// <summary>Lower end of T's interval (equal to T for exact counts), or null.</summary>
    public double? TargetLower => N(_targetLower);

    /// <summary>Upper end of T's interval, or null.</summary>
    public double? TargetUpper => N(_targetUpper);

    /// <summary>Required capacity D in the unit (<em>Bedarf</em>), or null when unknown.</summary>
    public double? Demand => N(_demand);

    /// <summary>Lower end of the demand interval (T lower × r lower × f), or null.</summary>
    public double? DemandLower => N(_demandLower);

    /// <summary>Upper end of the demand interval (T upper × r upper × f), or null.</summary>
    public double? DemandUpper => N(_demandUpper);

    /// <summary>Supply S in the unit (<em>Bestand</em>; located or reachable capacity).</summary>
    public double Supply { get; }

    /// <summary>The need factor f (1 + s·z clamped to [0.5, 2]); for aggregates the effective factor D / (T × r), 1 when undefined.</summary>
    public double NeedFactor { get; }

    /// <summary>Coverage c = S / D × 100 in percent (<em>Versorgungsgrad</em>), or null when D is 0 or unknown.</summary>
    public double? CoveragePercent => N(_coverage);

    /// <summary>The class.</summary>
    public CoverageClass Class { get; }

    /// <summary>Gap G = D − S in the unit (positive = shortfall), or null when D is unknown.</summary>
    public double? Gap => N(_gap);

    /// <summary>People not covered: max(G, 0) × T / D, or null when D is unknown.</summary>
    public double? PeopleNotCovered => N(_people);

    /// <summary>How certain an under-supply is given the demand interval.</summary>
    public GapCertainty Certainty { get; }

    /// <summary>A compact language-neutral summary, e.g. <c>05970040 Schulden/fte: 62 % (5 of 8.1), Under</c>; planner
    /// tables: <see cref="Reporting.ResultTables.Gaps"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Space.Id} {Domain}/{Unit.ToCode()}: {CoveragePercent:0.#} % ({Supply:0.###} of {Demand:0.###}), {Class}");
}
