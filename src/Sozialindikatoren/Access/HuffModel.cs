using System.Globalization;

namespace Sozialindikatoren.Access;

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
