using System.Globalization;

namespace Sozialindikatoren.Access;

/// <summary>
/// The result of a Huff redistribution (<em>Umverteilung nach dem Huff-Modell</em>): expected clients and overload per
/// site, demand left without any open site in reach per zone.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class HuffResult
{
    private readonly double[] _expected;
    private readonly double[] _overload;
    private readonly double[] _unreached;

    internal HuffResult(TravelCosts costs, double[] expected, double[] overload, double[] unreached)
    {
        SiteIds = costs.SiteIds;
        ZoneIds = costs.ZoneIds;
        _expected = expected;
        _overload = overload;
        _unreached = unreached;
        TotalUnreached = unreached.Sum();
        TotalOverload = overload.Sum();
    }

    /// <summary>The site ids.</summary>
    public IReadOnlyList<string> SiteIds { get; }

    /// <summary>The zone ids.</summary>
    public IReadOnlyList<string> ZoneIds { get; }

    /// <summary>Expected clients per site E_j = Σ_i P_i p_ij (0 for closed sites).</summary>
    public IReadOnlyList<double> Expected => Array.AsReadOnly(_expected);

    /// <summary>Overload per site max(E_j − S_j, 0) (<em>Überlast</em>).</summary>
    public IReadOnlyList<double> Overload => Array.AsReadOnly(_overload);

    /// <summary>Demand per zone with no open site in reach (kept as unserved demand).</summary>
    public IReadOnlyList<double> Unreached => Array.AsReadOnly(_unreached);

    /// <summary>Σ of <see cref="Unreached"/>.</summary>
    public double TotalUnreached { get; }

    /// <summary>Σ of <see cref="Overload"/>.</summary>
    public double TotalOverload { get; }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Huff: {_expected.Length} sites, overload {TotalOverload}, unreached demand {TotalUnreached}");
}

/// <summary>
/// The Huff (1963) probabilistic choice model (<em>Huff-Modell</em>) for redistributing clients, e.g. after a closure:
/// p_ij = S_j^α f(t_ij) / Σ_{k open} S_k^α f(t_ik) with f(t) = max(t, t_min)^−β, expected clients E_j = Σ_i P_i p_ij,
/// overload max(E_j − S_j, 0).
/// </summary>
/// <remarks>
/// A site with capacity 0 is closed (drops out of every denominator, so its clients move to the remaining sites in
/// proportion to their p_ij). With a radius, only open sites with t_ij ≤ radius compete (f = 0 beyond); a zone with no
/// open site in reach keeps its demand as unreached. Costs below t_min count as t_min (default 1), which keeps f finite
/// at t = 0. Σ_j E_j + Σ_i unreached_i = Σ_i P_i.
/// </remarks>
/// <threadsafety>All members are pure and thread-safe.</threadsafety>
public static class HuffModel
{
    /// <summary>Computes expected clients and overload per site.</summary>
    /// <param name="costs">Travel costs.</param>
    /// <param name="demand">P_i per zone (finite, ≥ 0).</param>
    /// <param name="capacity">S_j per site (finite, ≥ 0; 0 = closed). Also the attractiveness base.</param>
    /// <param name="alpha">α ≥ 0, the attractiveness exponent (default 1).</param>
    /// <param name="beta">β ≥ 0, the distance exponent (default 2).</param>
    /// <param name="minCost">t_min &gt; 0 (default 1).</param>
    /// <param name="radius">Inclusive catchment radius (default: every stored pair).</param>
    /// <returns>The redistribution.</returns>
    public static HuffResult Redistribute(TravelCosts costs, ReadOnlySpan<double> demand, ReadOnlySpan<double> capacity,
        double alpha = 1, double beta = 2, double minCost = 1, double radius = double.PositiveInfinity)
    {
        Accessibility.Validate(costs, demand, capacity, DecayFunction.Binary());
        if (!(alpha >= 0) || !double.IsFinite(alpha)) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, $"alpha: must be finite and ≥ 0, was {TravelCosts.Format(alpha)}.");
        if (!(beta >= 0) || !double.IsFinite(beta)) throw new ArgumentOutOfRangeException(nameof(beta), beta, $"beta: must be finite and ≥ 0, was {TravelCosts.Format(beta)}.");
        if (!(minCost > 0) || !double.IsFinite(minCost)) throw new ArgumentOutOfRangeException(nameof(minCost), minCost, $"minCost: must be finite and > 0, was {TravelCosts.Format(minCost)}.");
        TravelCosts.ValidateRadius(radius, nameof(radius));
        int nz = costs.ZoneCount, ns = costs.SiteCount;
        var rs = costs.RowStartArray;
        var site = costs.SiteArray;
        var c = costs.CostArray;
        var attract = new double[ns];
        for (int j = 0; j < ns; j++) attract[j] = capacity[j] > 0 ? (alpha == 1 ? capacity[j] : Math.Pow(capacity[j], alpha)) : 0;
        var expected = new double[ns];
        var unreached = new double[nz];
        for (int i = 0; i < nz; i++)
        {
            double denom = 0;
            int a = rs[i], b = rs[i + 1];
            for (int p = a; p < b; p++)
            {
                if (c[p] > radius || attract[site[p]] == 0) continue;
                denom += attract[site[p]] * Weight(c[p], beta, minCost);
            }
            if (!(denom > 0))
            {
                unreached[i] = demand[i];
                continue;
            }
            double scale = demand[i] / denom;
            for (int p = a; p < b; p++)
            {
                if (c[p] > radius || attract[site[p]] == 0) continue;
                expected[site[p]] += scale * attract[site[p]] * Weight(c[p], beta, minCost);
            }
        }
        var overload = new double[ns];
        for (int j = 0; j < ns; j++) overload[j] = Math.Max(0, expected[j] - capacity[j]);
        return new HuffResult(costs, expected, overload, unreached);
    }

    private static double Weight(double t, double beta, double minCost)
    {
        double x = Math.Max(t, minCost);
        return beta == 2 ? 1.0 / (x * x) : Math.Pow(x, -beta);
    }
}

/// <summary>
/// The result of a closure test (<em>Erreichbarkeitsprüfung bei Schließung</em>, after the G-BA
/// Sicherstellungszuschläge rule): the cost to the nearest open site per zone before and after, and the people beyond
/// the threshold.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ClosureTestResult
{
    private readonly double[] _before;
    private readonly double[] _after;

    internal ClosureTestResult(IReadOnlyList<string> zoneIds, double[] before, double[] after, double threshold, double beyondBefore, double beyondAfter, double additional)
    {
        ZoneIds = zoneIds;
        _before = before;
        _after = after;
        Threshold = threshold;
        PeopleBeyondBefore = beyondBefore;
        PeopleBeyondAfter = beyondAfter;
        AdditionalPeopleBeyond = additional;
    }

    /// <summary>The zone ids.</summary>
    public IReadOnlyList<string> ZoneIds { get; }

    /// <summary>Cost to the nearest open site before the closure (+∞ when none is stored).</summary>
    public IReadOnlyList<double> NearestBefore => Array.AsReadOnly(_before);

    /// <summary>Cost to the nearest open site after the closure (+∞ when none is stored).</summary>
    public IReadOnlyList<double> NearestAfter => Array.AsReadOnly(_after);

    /// <summary>The threshold: a zone is beyond when its nearest open site costs strictly more.</summary>
    public double Threshold { get; }

    /// <summary>People whose nearest open site is beyond the threshold before.</summary>
    public double PeopleBeyondBefore { get; }

    /// <summary>People whose nearest open site is beyond the threshold after.</summary>
    public double PeopleBeyondAfter { get; }

    /// <summary>People within the threshold before and beyond it after (<em>zusätzlich Betroffene</em>; the G-BA
    /// measure: e.g. ≥ 5,000 people beyond 30 car minutes endangers basic care).</summary>
    public double AdditionalPeopleBeyond { get; }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"closure test (> {Threshold}): before {PeopleBeyondBefore}, after {PeopleBeyondAfter}, additional {AdditionalPeopleBeyond}");
}

/// <summary>
/// The closure test of German hospital planning (G-BA Sicherstellungszuschläge-Regelungen §3): how many people have
/// their nearest open site beyond a threshold (e.g. 30 car minutes), before and after closing sites.
/// </summary>
/// <remarks>A zone is beyond when min_{j open, stored} t_ij &gt; threshold (strictly; "more than 30 minutes"), or when no
/// open site is stored for it. Sources: G-BA (2016/2020) Regelungen für die Vereinbarung von Sicherstellungszuschlägen;
/// see docs/methodology.md.</remarks>
/// <threadsafety>All members are pure and thread-safe.</threadsafety>
public static class ClosureTest
{
    /// <summary>The number of people whose nearest open site is beyond the threshold.</summary>
    /// <param name="costs">Travel costs.</param>
    /// <param name="population">People per zone (finite, ≥ 0).</param>
    /// <param name="open">Whether each site is open.</param>
    /// <param name="threshold">The threshold (≥ 0).</param>
    /// <returns>Σ P_i over zones beyond.</returns>
    public static double PeopleBeyond(TravelCosts costs, ReadOnlySpan<double> population, ReadOnlySpan<bool> open, double threshold)
    {
        Check(costs, population, open, threshold, nameof(open));
        var nearest = Nearest(costs, open);
        double s = 0;
        for (int i = 0; i < nearest.Length; i++) if (nearest[i] > threshold) s += population[i];
        return s;
    }

    /// <summary>Compares the nearest open site before and after a closure.</summary>
    /// <param name="costs">Travel costs.</param>
    /// <param name="population">People per zone (finite, ≥ 0).</param>
    /// <param name="openBefore">Open sites before.</param>
    /// <param name="openAfter">Open sites after.</param>
    /// <param name="threshold">The threshold (≥ 0).</param>
    /// <returns>Nearest costs and people beyond, before and after.</returns>
    public static ClosureTestResult Assess(TravelCosts costs, ReadOnlySpan<double> population, ReadOnlySpan<bool> openBefore, ReadOnlySpan<bool> openAfter, double threshold)
    {
        Check(costs, population, openBefore, threshold, nameof(openBefore));
        Check(costs, population, openAfter, threshold, nameof(openAfter));
        var before = Nearest(costs, openBefore);
        var after = Nearest(costs, openAfter);
        double b = 0, a = 0, add = 0;
        for (int i = 0; i < before.Length; i++)
        {
            bool xb = before[i] > threshold, xa = after[i] > threshold;
            if (xb) b += population[i];
            if (xa) a += population[i];
            if (xa && !xb) add += population[i];
        }
        return new ClosureTestResult(costs.ZoneIds, before, after, threshold, b, a, add);
    }

    private static double[] Nearest(TravelCosts costs, ReadOnlySpan<bool> open)
    {
        var rs = costs.RowStartArray;
        var site = costs.SiteArray;
        var c = costs.CostArray;
        var nearest = new double[costs.ZoneCount];
        for (int i = 0; i < nearest.Length; i++)
        {
            double m = double.PositiveInfinity;
            for (int p = rs[i]; p < rs[i + 1]; p++) if (open[site[p]] && c[p] < m) m = c[p];
            nearest[i] = m;
        }
        return nearest;
    }

    private static void Check(TravelCosts costs, ReadOnlySpan<double> population, ReadOnlySpan<bool> open, double threshold, string openName)
    {
        ArgumentNullException.ThrowIfNull(costs);
        Accessibility.CheckVector(population, costs.ZoneCount, "population", "zone", costs.ZoneIds);
        if (open.Length != costs.SiteCount) throw new ArgumentException($"{openName}: expected {costs.SiteCount} values (one per site), got {open.Length}.", openName);
        TravelCosts.ValidateRadius(threshold, nameof(threshold));
    }
}
