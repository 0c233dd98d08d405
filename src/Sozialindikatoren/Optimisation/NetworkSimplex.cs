namespace Sozialindikatoren.Optimisation;

/// <summary>
/// Primal network simplex for capacitated minimum-cost flow (after Ahuja, Magnanti &amp; Orlin 1993, ch. 11, with the block-search pivot rule and the strongly feasible
/// leaving-arc rule of LEMON's NetworkSimplex, Kovács 2015). The spanning tree keeps parent, depth and child lists;
/// potentials of the re-hung subtree are recomputed from their parents after each pivot.
/// </summary>
/// <remarks>
/// The caller gives a feasible flow and an initial spanning tree that is a star on the root (the last node): one arc
/// per other node between it and the root, in either direction, and strongly feasible (an arc towards the root may
/// carry any flow below its capacity, an arc from the root must carry positive flow). Users:
/// <c>Access.CapacityAllocation</c> (zones, sites and a sink; the star of "unmet" arcs) and
/// <see cref="FlowRange"/> (artificial arcs; the exact cell-bound audit of disclosure control). Objectives are optimised
/// lexicographically by stages: after each stage, non-tree arcs with non-zero reduced cost are fixed at their bound
/// (complementary slackness), so later stages only move within the optimal face of earlier ones.
/// Not thread-safe (one instance per solve).
/// </remarks>
internal sealed class NetworkSimplex
{
    private const sbyte Lower = 1, Upper = -1, TreeOrFixed = 0;

    private readonly int _nodeCount;
    private readonly int _root;
    private readonly int[] _source;
    private readonly int[] _target;
    private readonly double[] _cap;
    private readonly double[] _flow;
    private readonly sbyte[] _state;
    private readonly bool[] _fixed;
    private double[] _cost;

    private readonly int[] _parent;
    private readonly int[] _pred;
    private readonly sbyte[] _predDir; // +1: pred arc goes node → parent
    private readonly int[] _depth;
    private readonly int[] _firstChild;
    private readonly int[] _nextSibling;
    private readonly int[] _prevSibling;
    private readonly double[] _pi;
    private readonly List<int> _stem = [];
    private readonly Stack<int> _stack = new();
    private int[] _candidates = [];
    private int _nextCandidate;

    public long Pivots { get; private set; }

    /// <param name="nodeCount">Number of nodes including the root (the last node).</param>
    /// <param name="source">Arc tails.</param>
    /// <param name="target">Arc heads.</param>
    /// <param name="cap">Arc capacities (+∞ for none).</param>
    /// <param name="flow">Initial flows (feasible).</param>
    /// <param name="treeArc">For each non-root node, its initial tree arc between it and the root (node → root with room to increase or any flow, or root → node with flow &gt; 0).</param>
    public NetworkSimplex(int nodeCount, int[] source, int[] target, double[] cap, double[] flow, int[] treeArc)
    {
        _nodeCount = nodeCount;
        _root = nodeCount - 1;
        _source = source;
        _target = target;
        _cap = cap;
        _flow = flow;
        int m = source.Length;
        _state = new sbyte[m];
        _fixed = new bool[m];
        _cost = new double[m];
        _parent = new int[nodeCount];
        _pred = new int[nodeCount];
        _predDir = new sbyte[nodeCount];
        _depth = new int[nodeCount];
        _firstChild = new int[nodeCount];
        _nextSibling = new int[nodeCount];
        _prevSibling = new int[nodeCount];
        _pi = new double[nodeCount];
        Array.Fill(_state, Lower);
        Array.Fill(_firstChild, -1);
        Array.Fill(_nextSibling, -1);
        Array.Fill(_prevSibling, -1);
        _parent[_root] = -1;
        _pred[_root] = -1;
        for (int u = _root - 1; u >= 0; u--)
        {
            int e = treeArc[u];
            _parent[u] = _root;
            _pred[u] = e;
            _predDir[u] = source[e] == u ? (sbyte)1 : (sbyte)-1;
            _depth[u] = 1;
            _state[e] = TreeOrFixed;
            AddChild(_root, u);
        }
    }

    public double[] Flow => _flow;

    /// <summary>Optimises one objective over the current face, then fixes arcs whose reduced cost is not zero.</summary>
    /// <param name="cost">Arc costs of this stage.</param>
    /// <param name="eps">Reduced costs within ±eps count as zero.</param>
    /// <param name="fixArcs">Whether to fix non-tree arcs with non-zero reduced cost afterwards (false for a warm start).</param>
    public void RunStage(double[] cost, double eps, bool fixArcs = true)
    {
        _cost = cost;
        ComputePotentials();
        var list = new List<int>(_source.Length);
        for (int e = 0; e < _source.Length; e++) if (!_fixed[e]) list.Add(e);
        _candidates = [.. list];
        _nextCandidate = 0;
        int block = Math.Max(10, (int)Math.Sqrt(_candidates.Length));
        while (FindEnteringArc(block, eps, out int inArc)) Pivot(inArc);
        if (!fixArcs) return;
        // Fix the non-tree arcs that cannot move in any optimal solution of this stage.
        foreach (int e in _candidates)
        {
            if (_state[e] == TreeOrFixed) continue;
            double rc = _cost[e] + _pi[_source[e]] - _pi[_target[e]];
            if (_state[e] * rc > eps)
            {
                _fixed[e] = true;
                _state[e] = TreeOrFixed;
            }
        }
    }

    private void ComputePotentials()
    {
        _pi[_root] = 0;
        _depth[_root] = 0;
        _stack.Clear();
        for (int c = _firstChild[_root]; c >= 0; c = _nextSibling[c]) _stack.Push(c);
        while (_stack.Count > 0)
        {
            int u = _stack.Pop();
            SetFromParent(u);
            for (int c = _firstChild[u]; c >= 0; c = _nextSibling[c]) _stack.Push(c);
        }
    }

    private void SetFromParent(int u)
    {
        int p = _parent[u];
        int e = _pred[u];
        // Tree arcs have zero reduced cost: cost + pi[source] - pi[target] = 0.
        _pi[u] = _predDir[u] > 0 ? _pi[p] - _cost[e] : _pi[p] + _cost[e];
        _depth[u] = _depth[p] + 1;
    }

    private bool FindEnteringArc(int block, double eps, out int inArc)
    {
        var cand = _candidates;
        int n = cand.Length;
        inArc = -1;
        if (n == 0) return false;
        double min = -eps;
        int cnt = block;
        int k = _nextCandidate;
        for (int seen = 0; seen < n; seen++)
        {
            int e = cand[k];
            double c = _state[e] * (_cost[e] + _pi[_source[e]] - _pi[_target[e]]);
            if (c < min)
            {
                min = c;
                inArc = e;
            }
            if (++k == n) k = 0;
            if (--cnt == 0)
            {
                if (inArc >= 0) break;
                cnt = block;
            }
        }
        _nextCandidate = k;
        return inArc >= 0;
    }

    private void Pivot(int inArc)
    {
        Pivots++;
        int first, second;
        if (_state[inArc] == Lower) { first = _source[inArc]; second = _target[inArc]; }
        else { first = _target[inArc]; second = _source[inArc]; }

        // Join node (apex of the cycle).
        int u = _source[inArc], v = _target[inArc];
        while (u != v)
        {
            if (_depth[u] > _depth[v]) u = _parent[u];
            else if (_depth[v] > _depth[u]) v = _parent[v];
            else { u = _parent[u]; v = _parent[v]; }
        }
        int join = u;

        // Leaving arc: the last blocking arc in cycle orientation (keeps the tree strongly feasible).
        double delta = _cap[inArc];
        int uOut = -1;
        int result = 0;
        bool outToUpper = false;
        for (u = first; u != join; u = _parent[u])
        {
            int e = _pred[u];
            bool up = _predDir[u] < 0; // flow on e increases when the arc points parent → u
            double d = up ? _cap[e] - _flow[e] : _flow[e];
            if (d < delta) { delta = d; uOut = u; result = 1; outToUpper = up; }
        }
        for (u = second; u != join; u = _parent[u])
        {
            int e = _pred[u];
            bool up = _predDir[u] > 0;
            double d = up ? _cap[e] - _flow[e] : _flow[e];
            if (d <= delta) { delta = d; uOut = u; result = 2; outToUpper = up; }
        }
        if (double.IsPositiveInfinity(delta))
            throw new InvalidOperationException("network simplex: unbounded cycle of uncapacitated arcs (internal error).");

        // Change flows along the cycle.
        if (delta > 0)
        {
            double val = _state[inArc] * delta;
            _flow[inArc] += val;
            for (u = _source[inArc]; u != join; u = _parent[u]) _flow[_pred[u]] -= _predDir[u] * val;
            for (u = _target[inArc]; u != join; u = _parent[u]) _flow[_pred[u]] += _predDir[u] * val;
        }

        if (result == 0)
        {
            // The entering arc goes from one bound to the other.
            _flow[inArc] = _state[inArc] == Lower ? _cap[inArc] : 0;
            _state[inArc] = (sbyte)-_state[inArc];
            return;
        }

        int outArc = _pred[uOut];
        _flow[outArc] = outToUpper ? _cap[outArc] : 0;
        _state[outArc] = outToUpper ? Upper : Lower;
        _state[inArc] = TreeOrFixed;
        int uIn, vIn;
        if (result == 1) { uIn = first; vIn = second; }
        else { uIn = second; vIn = first; }

        // Re-hang the subtree of uOut at uIn under vIn, reversing the stem uIn → … → uOut.
        _stem.Clear();
        for (u = uIn; u != uOut; u = _parent[u]) _stem.Add(u);
        _stem.Add(uOut);
        RemoveChild(_parent[uOut], uOut);
        for (int t = _stem.Count - 1; t >= 1; t--) RemoveChild(_stem[t], _stem[t - 1]);
        for (int t = _stem.Count - 1; t >= 1; t--)
        {
            int s = _stem[t], c = _stem[t - 1];
            _pred[s] = _pred[c];
            _predDir[s] = (sbyte)-_predDir[c];
            _parent[s] = c;
            AddChild(c, s);
        }
        _parent[uIn] = vIn;
        _pred[uIn] = inArc;
        _predDir[uIn] = _source[inArc] == uIn ? (sbyte)1 : (sbyte)-1;
        AddChild(vIn, uIn);

        // Potentials and depths of the moved subtree.
        _stack.Clear();
        _stack.Push(uIn);
        while (_stack.Count > 0)
        {
            int x = _stack.Pop();
            SetFromParent(x);
            for (int c = _firstChild[x]; c >= 0; c = _nextSibling[c]) _stack.Push(c);
        }
    }

    private void AddChild(int p, int c)
    {
        int f = _firstChild[p];
        _nextSibling[c] = f;
        _prevSibling[c] = -1;
        if (f >= 0) _prevSibling[f] = c;
        _firstChild[p] = c;
    }

    private void RemoveChild(int p, int c)
    {
        int prev = _prevSibling[c], next = _nextSibling[c];
        if (prev >= 0) _nextSibling[prev] = next;
        else _firstChild[p] = next;
        if (next >= 0) _prevSibling[next] = prev;
        _prevSibling[c] = -1;
        _nextSibling[c] = -1;
    }
}
