namespace Sozialindikatoren.Optimisation;

/// <summary>
/// The range of flows an arc can carry in a network with fixed node supplies (<em>Schwankungsbreite eines Flusses</em>):
/// for a chosen arc, the minimum and maximum of its flow over all feasible flows 0 ≤ x ≤ capacity with
/// Σ out − Σ in = supply at every node. Solved as two minimum-cost-flow problems (cost +1 and −1 on that arc) by the
/// <see cref="NetworkSimplex"/>, warm-started from one feasible flow.
/// </summary>
/// <remarks>
/// <para>Feasibility is found by phase 1 of the simplex: an extra root node with one artificial arc per node (node → root
/// for a supply ≥ 0, root → node for a demand) carrying the supply; phase 1 minimises the artificial flow. Arcs that
/// cannot move in any feasible flow are then fixed (the stage mechanism of <see cref="NetworkSimplex.RunStage"/>), and the
/// range queries keep the artificial arcs at zero through a cost of <see cref="ArtificialCost"/> per unit: any cycle
/// through the root uses two artificial arcs and changes the queried arc by at most its own flow, so any cost above ½
/// keeps them empty.</para>
/// <para>With integral supplies and capacities every optimum is integral (total unimodularity), so the results are
/// exact integers represented as doubles (exact up to 2⁵³).</para>
/// </remarks>
/// <threadsafety>Not thread-safe (one instance per problem); the results are deterministic.</threadsafety>
internal sealed class FlowRange
{
    private const double ArtificialCost = 4;
    private const double Eps = 1e-9;

    private readonly NetworkSimplex _simplex;
    private readonly int _arcs;
    private readonly int _totalArcs;

    private FlowRange(NetworkSimplex simplex, int arcs, int totalArcs)
    {
        _simplex = simplex;
        _arcs = arcs;
        _totalArcs = totalArcs;
    }

    /// <summary>Sets up the problem and finds a feasible flow; null when none exists.</summary>
    /// <param name="nodeCount">The number of nodes.</param>
    /// <param name="source">The tail of every arc.</param>
    /// <param name="target">The head of every arc.</param>
    /// <param name="capacity">The capacity of every arc (finite; the lower bound is 0).</param>
    /// <param name="supply">Net outflow Σ out − Σ in required at every node (integral values).</param>
    /// <returns>The problem with a feasible flow, or null when the supplies cannot be met.</returns>
    public static FlowRange? Create(int nodeCount, ReadOnlySpan<int> source, ReadOnlySpan<int> target, ReadOnlySpan<double> capacity, ReadOnlySpan<double> supply)
    {
        var m = source.Length;
        double balance = 0;
        foreach (var b in supply) balance += b;
        if (Math.Abs(balance) > Eps) return null;
        var root = nodeCount;
        var total = m + nodeCount;
        var src = new int[total];
        var tgt = new int[total];
        var cap = new double[total];
        var flow = new double[total];
        var treeArc = new int[nodeCount];
        source.CopyTo(src);
        target.CopyTo(tgt);
        capacity.CopyTo(cap);
        for (var v = 0; v < nodeCount; v++)
        {
            var e = m + v;
            if (supply[v] >= 0) { src[e] = v; tgt[e] = root; flow[e] = supply[v]; }
            else { src[e] = root; tgt[e] = v; flow[e] = -supply[v]; }
            cap[e] = double.PositiveInfinity;
            treeArc[v] = e;
        }
        var simplex = new NetworkSimplex(nodeCount + 1, src, tgt, cap, flow, treeArc);
        var phase1 = new double[total];
        for (var e = m; e < total; e++) phase1[e] = 1;
        simplex.RunStage(phase1, Eps);
        double artificial = 0;
        for (var e = m; e < total; e++) artificial += simplex.Flow[e];
        return artificial > 0.5 ? null : new FlowRange(simplex, m, total);
    }

    /// <summary>The smallest and largest flow of one arc over all feasible flows.</summary>
    /// <param name="arc">The arc index.</param>
    /// <returns>The range (integral when the data are).</returns>
    public (double Min, double Max) Range(int arc)
    {
        var cost = new double[_totalArcs];
        for (var e = _arcs; e < _totalArcs; e++) cost[e] = ArtificialCost;
        cost[arc] = 1;
        _simplex.RunStage(cost, Eps, fixArcs: false);
        var min = _simplex.Flow[arc];
        cost[arc] = -1;
        _simplex.RunStage(cost, Eps, fixArcs: false);
        var max = _simplex.Flow[arc];
        return (Math.Round(min), Math.Round(max));
    }
}
