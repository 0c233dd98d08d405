using System.Globalization;

namespace Sozialindikatoren.Access;

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
