using Sozialindikatoren.Optimisation;

namespace Sozialindikatoren.Statistics;

/// <summary>
/// The exact interval audit of a suppression pattern (<em>Intervallprüfung</em>) and the search for complementary cells
/// that widen a too narrow interval, on tables that are networks (<see cref="TableNetwork"/>).
/// </summary>
/// <remarks>
/// <para>Attacker model: every published cell and the relations are known, and every count is ≥ 0. The feasible values
/// of the suppressed cells are then the non-negative flows of the table network with the published cells as fixed
/// flows; the interval of a cell is [min, max] of its arc flow over that set, found by <see cref="FlowRange"/> (network
/// simplex). An interval is unbounded above when the cell lies on a cycle of suppressed cells all oriented alike.</para>
/// <para>Protection: a cell with value x and interval [min, max] needs max − min ≥ p. If it is narrower, pushing
/// Δ = p − (x − min) units around a cycle through the cell — forward arcs grow, backward arcs shrink and so need a value
/// ≥ Δ — gives another feasible table with the cell at x + Δ once every cell of the cycle is suppressed, so the new
/// interval has width ≥ p. The cycle is the cheapest one (Dijkstra; an already suppressed cell costs 0, a published cell
/// its value + 1, ties to the lowest node), the network heuristic of Kelly, Golden &amp; Assad (1992) and Castro (2002)
/// for complementary suppression.</para>
/// </remarks>
/// <threadsafety>Pure static functions; thread-safe.</threadsafety>
internal static class IntervalAudit
{
    /// <summary>The intervals of the listed suppressed cells (all others are left at default).</summary>
    /// <exception cref="ArgumentException">The published cells contradict the relations (no non-negative completion).</exception>
    public static FeasibleInterval[] Intervals(TableNetwork net, ReadOnlySpan<long> counts, ReadOnlySpan<bool> suppressed, IReadOnlyList<int> cells)
    {
        var result = new FeasibleInterval[counts.Length];
        var arcOf = new int[counts.Length];
        var source = new List<int>();
        var target = new List<int>();
        var supply = new double[net.NodeCount];
        for (var c = 0; c < counts.Length; c++)
        {
            arcOf[c] = -1;
            if (net.Tail[c] < 0) continue;
            if (suppressed[c])
            {
                arcOf[c] = source.Count;
                source.Add(net.Tail[c]);
                target.Add(net.Head[c]);
            }
            else
            {
                // Σ out − Σ in over the unknown arcs = Σ in − Σ out over the published ones.
                supply[net.Head[c]] += counts[c];
                supply[net.Tail[c]] -= counts[c];
            }
        }
        double bound = 0;
        foreach (var b in supply) bound += Math.Abs(b);
        // Every vertex flow is at most Σ|supply| (a tree flow is a subtree's supply); a capacity of 2·bound + 2 keeps
        // every bounded optimum, and an unbounded cell then reaches more than bound.
        var capacity = new double[source.Count];
        Array.Fill(capacity, 2 * bound + 2);
        FlowRange? range = source.Count == 0 ? null
            : FlowRange.Create(net.NodeCount, [.. source], [.. target], capacity, supply);
        if (source.Count > 0 && range is null)
            throw new ArgumentException("counts: the published cells contradict the relations of the table (no non-negative values of the suppressed cells satisfy them).", nameof(counts));
        if (source.Count == 0 && supply.Any(b => b != 0))
            throw new ArgumentException("counts: the published cells contradict the relations of the table.", nameof(counts));
        foreach (var c in cells)
        {
            if (arcOf[c] < 0) { result[c] = new FeasibleInterval(0, null); continue; }
            var (min, max) = range!.Range(arcOf[c]);
            result[c] = new FeasibleInterval((long)min, max > bound ? null : (long)max);
        }
        return result;
    }

    /// <summary>
    /// The published cells to suppress so that <paramref name="cell"/> can grow by <paramref name="delta"/>: the cheapest
    /// path from the head of its arc back to its tail. Null when there is none.
    /// </summary>
    public static List<int>? ProtectingCells(TableNetwork net, ReadOnlySpan<long> counts, ReadOnlySpan<bool> known, ReadOnlySpan<bool> suppressed, int cell, long delta)
    {
        int from = net.Head[cell], to = net.Tail[cell];
        if (from < 0) return null;
        var n = net.NodeCount;
        var dist = new long[n];
        var via = new int[n];
        Array.Fill(dist, long.MaxValue);
        Array.Fill(via, -1);
        var done = new bool[n];
        var queue = new PriorityQueue<int, (long, int)>();
        dist[from] = 0;
        queue.Enqueue(from, (0, from));
        while (queue.TryDequeue(out var u, out _))
        {
            if (done[u]) continue;
            done[u] = true;
            if (u == to) break;
            foreach (var e in net.Incident(u))
            {
                if (e == cell) continue;
                int v;
                if (net.Tail[e] == u) v = net.Head[e];                                   // forward: the cell grows
                else if (known[e] && counts[e] >= delta) v = net.Tail[e];                // backward: the cell shrinks by delta
                else continue;
                if (done[v]) continue;
                var d = dist[u] + (suppressed[e] ? 0 : counts[e] + 1);
                if (d < dist[v])
                {
                    dist[v] = d;
                    via[v] = e;
                    queue.Enqueue(v, (d, v));
                }
            }
        }
        if (!done[to]) return null;
        var result = new List<int>();
        for (var v = to; v != from;)
        {
            var e = via[v];
            if (!suppressed[e]) result.Add(e);
            v = net.Tail[e] == v ? net.Head[e] : net.Tail[e];
        }
        result.Sort();
        return result;
    }
}
