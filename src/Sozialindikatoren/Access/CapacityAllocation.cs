using System.Globalization;
using Sozialindikatoren.Optimisation;

namespace Sozialindikatoren.Access;

/// <summary>
/// Capacity-constrained allocation of demand to supply sites (<em>kapazitätsbeschränkte Versorgungszuordnung</em>):
/// the transportation problem with fixed sites, solved exactly as a min-cost flow by a managed network simplex.
/// </summary>
/// <remarks>
/// <para>Model: min Σ t_ij x_ij subject to Σ_j x_ij + u_i = P_i, Σ_i x_ij ≤ S_j, x_ij = 0 unless the pair is stored
/// with t_ij ≤ radius, x, u ≥ 0 — with maximal service first: the objectives are optimised lexicographically:
/// (1) minimise total unmet demand Σ u_i (so Σ u_i = Σ P_i − max flow on the bipartite network source→i (P_i),
/// i→j (reachable), j→sink (S_j)); (2) minimise Σ t_ij x_ij; (3) where the split between zones is still open, serve
/// lower zones (input order) first: minimise Σ_i (n − i) u_i; (4) prefer lower sites: minimise Σ_ij j·x_ij. Remaining
/// ties (rare) are resolved deterministically by the pivot order. Sites with capacity 0 are closed.</para>
/// <para>Arithmetic: flows are sums and differences of the inputs, so integral demand and capacity give exact
/// integral flows; stage (2) treats reduced costs within 1e-10 × the largest cost as zero, stages (1), (3), (4) use
/// integer costs and are exact. Sources: Ahuja, Magnanti &amp; Orlin (1993), Network Flows, ch. 11; LEMON
/// NetworkSimplex (Kovács 2015).</para>
/// </remarks>
/// <threadsafety>All members are pure and thread-safe.</threadsafety>
public static class CapacityAllocation
{
    /// <summary>Allocates demand to sites (see the type's remarks for the model and the tie rule).</summary>
    /// <param name="costs">Travel costs.</param>
    /// <param name="demand">P_i per zone (finite, ≥ 0).</param>
    /// <param name="capacity">S_j per site (finite, ≥ 0; 0 = closed).</param>
    /// <param name="radius">Inclusive radius: only pairs with t_ij ≤ radius may carry flow (default: every stored pair).</param>
    /// <returns>Served and unmet demand per zone, use per site, the flows.</returns>
    /// <exception cref="ArgumentException">Lengths do not match or a value is negative, NaN or infinite.</exception>
    public static AllocationResult Allocate(TravelCosts costs, ReadOnlySpan<double> demand, ReadOnlySpan<double> capacity, double radius = double.PositiveInfinity)
    {
        Accessibility.Validate(costs, demand, capacity, DecayFunction.Binary());
        TravelCosts.ValidateRadius(radius, nameof(radius));
        int nz = costs.ZoneCount, ns = costs.SiteCount;
        var rs = costs.RowStartArray;
        var siteArr = costs.SiteArray;
        var costArr = costs.CostArray;

        // Active nodes: zones with demand, open sites; node numbering zones, sites, root.
        var zoneNode = new int[nz];
        var siteNode = new int[ns];
        int nodes = 0;
        var zoneOfNode = new List<int>();
        for (int i = 0; i < nz; i++)
        {
            zoneNode[i] = demand[i] > 0 ? nodes++ : -1;
            if (zoneNode[i] >= 0) zoneOfNode.Add(i);
        }
        int zoneNodes = nodes;
        var siteOfNode = new List<int>();
        for (int j = 0; j < ns; j++)
        {
            siteNode[j] = capacity[j] > 0 ? nodes++ : -1;
            if (siteNode[j] >= 0) siteOfNode.Add(j);
        }
        int root = nodes++;

        int pairArcs = 0;
        for (int i = 0; i < nz; i++)
        {
            if (zoneNode[i] < 0) continue;
            for (int p = rs[i]; p < rs[i + 1]; p++) if (siteNode[siteArr[p]] >= 0 && costArr[p] <= radius) pairArcs++;
        }
        int unmetBase = pairArcs, siteBase = pairArcs + zoneNodes;
        int arcs = siteBase + siteOfNode.Count;
        var src = new int[arcs];
        var tgt = new int[arcs];
        var cap = new double[arcs];
        var flow = new double[arcs];
        var pairOf = new int[pairArcs];
        var treeArc = new int[root];
        double maxCost = 0;
        int a = 0;
        for (int i = 0; i < nz; i++)
        {
            if (zoneNode[i] < 0) continue;
            for (int p = rs[i]; p < rs[i + 1]; p++)
            {
                int sn = siteNode[siteArr[p]];
                if (sn < 0 || costArr[p] > radius) continue;
                src[a] = zoneNode[i];
                tgt[a] = sn;
                cap[a] = double.PositiveInfinity;
                pairOf[a] = p;
                maxCost = Math.Max(maxCost, costArr[p]);
                a++;
            }
        }
        for (int k = 0; k < zoneNodes; k++)
        {
            int e = unmetBase + k;
            src[e] = k;
            tgt[e] = root;
            cap[e] = double.PositiveInfinity;
            flow[e] = demand[zoneOfNode[k]];
            treeArc[k] = e;
        }
        for (int k = 0; k < siteOfNode.Count; k++)
        {
            int e = siteBase + k;
            src[e] = zoneNodes + k;
            tgt[e] = root;
            cap[e] = capacity[siteOfNode[k]];
            treeArc[zoneNodes + k] = e;
        }

        var simplex = new NetworkSimplex(nodes, src, tgt, cap, flow, treeArc);
        if (pairArcs > 0)
        {
            // Warm start (speed only): service and cost together with a big M on unmet demand; the exact stages below
            // re-optimise each objective from this basis, so rounding in this stage cannot change the result.
            double bigM = (2.0 * Math.Min(zoneNodes, siteOfNode.Count) + 1) * Math.Max(maxCost, 1) + 1;
            var c0 = new double[arcs];
            for (int e = 0; e < pairArcs; e++) c0[e] = costArr[pairOf[e]];
            for (int k = 0; k < zoneNodes; k++) c0[unmetBase + k] = bigM;
            simplex.RunStage(c0, 1e-9 * bigM, fixArcs: false);
            // (1) maximal service.
            var c1 = new double[arcs];
            for (int k = 0; k < zoneNodes; k++) c1[unmetBase + k] = 1;
            simplex.RunStage(c1, 0.5);
            // (2) minimal travel cost.
            var c2 = new double[arcs];
            for (int e = 0; e < pairArcs; e++) c2[e] = costArr[pairOf[e]];
            simplex.RunStage(c2, 1e-10 * Math.Max(maxCost, double.Epsilon));
            // (3) lower zones served first.
            var c3 = new double[arcs];
            for (int k = 0; k < zoneNodes; k++) c3[unmetBase + k] = zoneNodes - k;
            simplex.RunStage(c3, 0.5);
            // (4) lower sites preferred.
            var c4 = new double[arcs];
            for (int e = 0; e < pairArcs; e++) c4[e] = tgt[e] - zoneNodes;
            simplex.RunStage(c4, 0.5);
        }

        var f = simplex.Flow;
        var served = new double[nz];
        var unmet = new double[nz];
        var used = new double[ns];
        var flows = new List<AllocationFlow>();
        for (int e = 0; e < pairArcs; e++)
        {
            double x = f[e];
            if (x <= 0) continue;
            int p = pairOf[e];
            int i = zoneOfNode[src[e]];
            int j = siteArr[p];
            served[i] += x;
            used[j] += x;
            flows.Add(new AllocationFlow(i, j, x, costArr[p]));
        }
        for (int k = 0; k < zoneNodes; k++) unmet[zoneOfNode[k]] = Math.Max(0, f[unmetBase + k]);
        return new AllocationResult(costs, served, unmet, used, capacity.ToArray(), [.. flows], radius, simplex.Pivots);
    }
}
