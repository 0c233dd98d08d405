namespace Sozialindikatoren.Tests.Access;

/// <summary>
/// Straightforward dense implementations of each formula (reference/accessibility.md §b), written independently of the
/// library: plain loops over a dense matrix where ∞ = no pair. NaN marks "no access".
/// </summary>
public static class Naive
{
    private static double W(double t, Func<double, double> f, double r) => !double.IsPositiveInfinity(t) && t <= r ? f(t) : 0;

    private static bool In(double t, double r) => !double.IsPositiveInfinity(t) && t <= r;

    public static double[] TwoStep(double[,] t, double[] p, double[] s, Func<double, double> f, double r, double exponent2 = 1)
    {
        int n = p.Length, m = s.Length;
        var ratio = new double[m];
        for (int j = 0; j < m; j++)
        {
            double d = 0;
            for (int i = 0; i < n; i++) d += p[i] * W(t[i, j], f, r);
            ratio[j] = d > 0 ? s[j] / d : 0;
        }
        var a = new double[n];
        for (int i = 0; i < n; i++)
        {
            bool any = false;
            for (int j = 0; j < m; j++)
            {
                double w = W(t[i, j], f, r);
                if (w > 0) any = true;
                a[i] += Math.Pow(w, exponent2) * ratio[j];
            }
            if (!any) a[i] = double.NaN;
        }
        return a;
    }

    public static double[] ThreeStep(double[,] t, double[] p, double[] s, Func<double, double> f, double r, bool allSites)
    {
        int n = p.Length, m = s.Length;
        var g = new double[n, m];
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int j = 0; j < m; j++)
            {
                if (double.IsPositiveInfinity(t[i, j])) continue;
                sum += allSites ? f(t[i, j]) : W(t[i, j], f, r);
            }
            for (int j = 0; j < m; j++) g[i, j] = sum > 0 ? W(t[i, j], f, r) / sum : 0;
        }
        var ratio = new double[m];
        for (int j = 0; j < m; j++)
        {
            double d = 0;
            for (int i = 0; i < n; i++) d += g[i, j] * W(t[i, j], f, r) * p[i];
            ratio[j] = d > 0 ? s[j] / d : 0;
        }
        var a = new double[n];
        for (int i = 0; i < n; i++)
        {
            bool any = false;
            for (int j = 0; j < m; j++)
            {
                double w = g[i, j] * W(t[i, j], f, r);
                if (w > 0) any = true;
                a[i] += w * ratio[j];
            }
            if (!any) a[i] = double.NaN;
        }
        return a;
    }

    public static double[] Balanced(double[,] t, double[] p, double[] s, Func<double, double> f, double r)
    {
        int n = p.Length, m = s.Length;
        var rowSum = new double[n];
        var colSum = new double[m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) { double w = W(t[i, j], f, r); rowSum[i] += w; colSum[j] += w; }
        var ratio = new double[m];
        for (int j = 0; j < m; j++)
        {
            double d = 0;
            for (int i = 0; i < n; i++) if (rowSum[i] > 0) d += p[i] * W(t[i, j], f, r) / rowSum[i];
            ratio[j] = d > 0 ? s[j] / d : 0;
        }
        var a = new double[n];
        for (int i = 0; i < n; i++)
        {
            if (rowSum[i] == 0) { a[i] = double.NaN; continue; }
            for (int j = 0; j < m; j++) if (colSum[j] > 0) a[i] += W(t[i, j], f, r) / colSum[j] * ratio[j];
        }
        return a;
    }

    public static double[] SpatialAvailability(double[,] t, double[] p, double[] s, Func<double, double> f, double r, double alpha)
    {
        int n = p.Length, m = s.Length;
        var v = new double[n];
        var any = new bool[n];
        for (int j = 0; j < m; j++)
        {
            double den = 0;
            for (int k = 0; k < n; k++) den += Math.Pow(p[k], alpha) * W(t[k, j], f, r);
            for (int i = 0; i < n; i++)
            {
                double w = W(t[i, j], f, r);
                if (w > 0) any[i] = true;
                if (den > 0) v[i] += s[j] * Math.Pow(p[i], alpha) * w / den;
            }
        }
        for (int i = 0; i < n; i++) if (!any[i]) v[i] = double.NaN;
        return v;
    }

    public static double[] Hansen(double[,] t, double[] s, Func<double, double> f, double r)
    {
        int n = t.GetLength(0), m = s.Length;
        var a = new double[n];
        for (int i = 0; i < n; i++)
        {
            bool any = false;
            for (int j = 0; j < m; j++) { double w = W(t[i, j], f, r); if (w > 0) any = true; a[i] += s[j] * w; }
            if (!any) a[i] = double.NaN;
        }
        return a;
    }

    /// <summary>Smallest cost among the distinct costs of the row at which capacity within reach ≥ n.</summary>
    public static double[] Closest(double[,] t, double[] s, double nUnits, double r)
    {
        int n = t.GetLength(0), m = s.Length;
        var a = new double[n];
        for (int i = 0; i < n; i++)
        {
            a[i] = double.NaN;
            var candidates = Enumerable.Range(0, m).Select(j => t[i, j]).Where(x => In(x, r)).Distinct().OrderBy(x => x);
            foreach (var c in candidates)
            {
                double cum = 0;
                for (int j = 0; j < m; j++) if (t[i, j] <= c) cum += s[j];
                if (cum >= nUnits) { a[i] = c; break; }
            }
        }
        return a;
    }

    /// <summary>Walks the grid 0, inc, 2 inc, … literally (as the R code re-filters per increment).</summary>
    public static double[] Balancing(double[,] t, double[] p, double[] s, double inc, double r)
    {
        int n = p.Length, m = s.Length;
        var a = new double[n];
        for (int i = 0; i < n; i++)
        {
            if (p[i] == 0) { a[i] = 0; continue; }
            a[i] = double.NaN;
            double max = 0;
            for (int j = 0; j < m; j++) if (In(t[i, j], r)) max = Math.Max(max, t[i, j]);
            for (int k = 0; k * inc <= max + inc; k++)
            {
                double c = k * inc, cum = 0;
                for (int j = 0; j < m; j++) if (In(t[i, j], r) && t[i, j] <= c) cum += s[j];
                if (cum > p[i]) { a[i] = c; break; }
            }
        }
        return a;
    }

    /// <summary>Max flow (Edmonds–Karp) on source → zone (P) → site (∞, pairs within r) → sink (S).</summary>
    public static double MaxFlow(double[,] t, double[] p, double[] s, double r)
    {
        int n = p.Length, m = s.Length, nodes = n + m + 2, src = n + m, snk = n + m + 1;
        var cap = new double[nodes, nodes];
        for (int i = 0; i < n; i++) cap[src, i] = p[i];
        for (int j = 0; j < m; j++) cap[n + j, snk] = s[j];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) if (In(t[i, j], r)) cap[i, n + j] = double.PositiveInfinity;
        double total = 0;
        while (true)
        {
            var prev = Enumerable.Repeat(-1, nodes).ToArray();
            prev[src] = src;
            var q = new Queue<int>();
            q.Enqueue(src);
            while (q.Count > 0 && prev[snk] < 0)
            {
                int u = q.Dequeue();
                for (int v = 0; v < nodes; v++) if (prev[v] < 0 && cap[u, v] > 0) { prev[v] = u; q.Enqueue(v); }
            }
            if (prev[snk] < 0) return total;
            double b = double.PositiveInfinity;
            for (int v = snk; v != src; v = prev[v]) b = Math.Min(b, cap[prev[v], v]);
            for (int v = snk; v != src; v = prev[v]) { cap[prev[v], v] -= b; cap[v, prev[v]] += b; }
            total += b;
        }
    }

    /// <summary>Min-cost max-flow by successive shortest paths with Bellman–Ford; returns (flow, cost).</summary>
    public static (double Flow, double Cost) MinCostMaxFlow(double[,] t, double[] p, double[] s, double r)
    {
        int n = p.Length, m = s.Length, nodes = n + m + 2, src = n + m, snk = n + m + 1;
        var cap = new double[nodes, nodes];
        var cost = new double[nodes, nodes];
        for (int i = 0; i < n; i++) cap[src, i] = p[i];
        for (int j = 0; j < m; j++) cap[n + j, snk] = s[j];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++)
                if (In(t[i, j], r)) { cap[i, n + j] = 1e18; cost[i, n + j] = t[i, j]; cost[n + j, i] = -t[i, j]; }
        double flow = 0, total = 0;
        while (true)
        {
            var dist = Enumerable.Repeat(double.PositiveInfinity, nodes).ToArray();
            var prev = Enumerable.Repeat(-1, nodes).ToArray();
            dist[src] = 0;
            for (int it = 0; it < nodes; it++)
            {
                bool changed = false;
                for (int u = 0; u < nodes; u++)
                {
                    if (double.IsPositiveInfinity(dist[u])) continue;
                    for (int v = 0; v < nodes; v++)
                        if (cap[u, v] > 1e-12 && dist[u] + cost[u, v] < dist[v] - 1e-12) { dist[v] = dist[u] + cost[u, v]; prev[v] = u; changed = true; }
                }
                if (!changed) break;
            }
            if (prev[snk] < 0) return (flow, total);
            double b = double.PositiveInfinity;
            for (int v = snk; v != src; v = prev[v]) b = Math.Min(b, cap[prev[v], v]);
            for (int v = snk; v != src; v = prev[v]) { cap[prev[v], v] -= b; cap[v, prev[v]] += b; }
            flow += b;
            total += b * dist[snk];
        }
    }
}
