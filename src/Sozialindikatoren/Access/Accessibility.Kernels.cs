using System.Globalization;

namespace Sozialindikatoren.Access;

public static partial class Accessibility
{
    /// <summary>W_ij = f(t_ij) within the radius (0 beyond); hasAccess_i = some W_ij &gt; 0.</summary>
    internal static double[] Weights(TravelCosts costs, DecayFunction decay, double radius, out bool[] hasAccess)
    {
        var c = costs.CostArray;
        var rs = costs.RowStartArray;
        var w = GC.AllocateUninitializedArray<double>(c.Length);
        int nz = costs.ZoneCount;
        var has = new bool[nz];
        bool all = radius >= costs.MaxCost;
        if (decay.IsConstantOne)
        {
            if (all) w.AsSpan().Fill(1.0);
            else for (int p = 0; p < c.Length; p++) w[p] = c[p] <= radius ? 1.0 : 0.0;
        }
        else if (all && decay.ParallelSafe && c.Length >= 1 << 16)
        {
            // Large matrices: evaluate in fixed chunks on the thread pool (element-wise, so the result does not depend
            // on scheduling).
            const int chunk = 1 << 15;
            int chunks = (c.Length + chunk - 1) / chunk;
            Parallel.For(0, chunks, k =>
            {
                int a = k * chunk, n = Math.Min(chunk, c.Length - a);
                decay.Evaluate(c.AsSpan(a, n), w.AsSpan(a, n));
            });
        }
        else
        {
            decay.Evaluate(c, w);
            if (!all) for (int p = 0; p < c.Length; p++) if (c[p] > radius) w[p] = 0;
        }
        for (int i = 0; i < nz; i++)
        {
            for (int p = rs[i]; p < rs[i + 1]; p++)
            {
                if (w[p] > 0) { has[i] = true; break; }
            }
        }
        hasAccess = has;
        return w;
    }


    /// <summary>
    /// The two FCA steps: weights are evaluated once per pair in the first pass and kept per chunk for the second
    /// (8 bytes per pair while the call runs; none for binary weights), rows are processed in
    /// fixed chunks on the thread pool (chunk boundaries depend only on the matrix, and per-chunk partial sums of D_j are
    /// added in chunk order), so results are bit-identical whatever the scheduling.
    /// </summary>
    internal static (double[] A, double[] R, bool[] HasAccess) FcaFused(TravelCosts costs, ReadOnlySpan<double> demand, ReadOnlySpan<double> capacity, DecayFunction decay, double radius, bool squareSecondStep)
    {
        var rs = costs.RowStartArray;
        var site = costs.SiteArray;
        var c = costs.CostArray;
        int nz = costs.ZoneCount, ns = costs.SiteCount;
        var p = demand.ToArray();
        var chunks = RowChunks(costs);
        int nc = chunks.Length - 1;
        var partial = new double[nc][];
        var has = new bool[nz];
        bool one = decay.IsConstantOne;
        bool mask = radius < costs.MaxCost;
        int maxRow = 0;
        for (int i = 0; i < nz; i++) maxRow = Math.Max(maxRow, rs[i + 1] - rs[i]);
        var cache = new double[nc][];
        RunChunks(nc, k =>
        {
            var d = new double[ns];
            int first = rs[chunks[k]];
            var wc = one ? new double[maxRow] : GC.AllocateUninitializedArray<double>(rs[chunks[k + 1]] - first);
            for (int i = chunks[k]; i < chunks[k + 1]; i++)
            {
                int a = rs[i], n = rs[i + 1] - a;
                var w = one ? wc.AsSpan(0, n) : wc.AsSpan(a - first, n);
                RowWeights(decay, one, mask, radius, c.AsSpan(a, n), w);
                double pi = p[i];
                bool any = false;
                for (int q = 0; q < n; q++)
                {
                    double wq = w[q];
                    if (wq > 0) any = true;
                    d[site[a + q]] += pi * wq;
                }
                has[i] = any;
            }
            partial[k] = d;
            cache[k] = wc;
        });
        var dsum = new double[ns];
        for (int k = 0; k < nc; k++)
        {
            var d = partial[k];
            for (int j = 0; j < ns; j++) dsum[j] += d[j];
        }
        var r = new double[ns];
        var rr = new double[ns];
        for (int j = 0; j < ns; j++)
        {
            r[j] = dsum[j] > 0 ? capacity[j] / dsum[j] : double.NaN;
            rr[j] = dsum[j] > 0 ? r[j] : 0;
        }
        var result = new double[nz];
        RunChunks(nc, k =>
        {
            var wc = cache[k];
            int first = rs[chunks[k]];
            for (int i = chunks[k]; i < chunks[k + 1]; i++)
            {
                int a = rs[i], n = rs[i + 1] - a;
                ReadOnlySpan<double> w;
                if (one)
                {
                    RowWeights(decay, one, mask, radius, c.AsSpan(a, n), wc.AsSpan(0, n));
                    w = wc.AsSpan(0, n);
                }
                else
                {
                    w = wc.AsSpan(a - first, n);
                }
                double s = 0;
                if (squareSecondStep)
                {
                    for (int q = 0; q < n; q++) s += w[q] * w[q] * rr[site[a + q]];
                }
                else
                {
                    for (int q = 0; q < n; q++) s += w[q] * rr[site[a + q]];
                }
                result[i] = s;
            }
        });
        return (result, r, has);
    }

    private static void RowWeights(DecayFunction decay, bool one, bool mask, double radius, ReadOnlySpan<double> cost, Span<double> ws)
    {
        if (one)
        {
            if (!mask) { ws.Fill(1.0); return; }
            for (int q = 0; q < cost.Length; q++) ws[q] = cost[q] <= radius ? 1.0 : 0.0;
            return;
        }
        decay.Evaluate(cost, ws);
        if (mask) for (int q = 0; q < cost.Length; q++) if (cost[q] > radius) ws[q] = 0;
    }

    /// <summary>Zone ranges of about 2^18 pairs each (at most 64, and few enough that chunk × site partial sums stay small).</summary>
    internal static int[] RowChunks(TravelCosts costs)
    {
        var rs = costs.RowStartArray;
        int nz = costs.ZoneCount;
        long pairs = costs.PairCount;
        int want = (int)Math.Clamp(pairs >> 18, 1, 64);
        while (want > 1 && (long)want * costs.SiteCount > 4 * pairs + (1 << 20)) want /= 2;
        var bounds = new List<int> { 0 };
        long per = Math.Max(1, pairs / want);
        long next = per;
        for (int i = 0; i < nz; i++)
        {
            if (rs[i + 1] >= next && i + 1 < nz)
            {
                bounds.Add(i + 1);
                next = rs[i + 1] + per;
            }
        }
        bounds.Add(nz);
        return [.. bounds];
    }

    private static void RunChunks(int count, Action<int> body)
    {
        if (count == 1)
        {
            body(0);
            return;
        }
        try
        {
            Parallel.For(0, count, body);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count >= 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }
    }

    /// <summary>The two FCA steps with step-1 weights w1 and step-2 weights w2: D_j = Σ P_i w1_ij, R_j = S_j/D_j, A_i = Σ w2_ij R_j.</summary>
    internal static (double[] A, double[] R) Fca(TravelCosts costs, ReadOnlySpan<double> demand, ReadOnlySpan<double> capacity, double[] w1, double[] w2)
    {
        var rs = costs.RowStartArray;
        var site = costs.SiteArray;
        int nz = costs.ZoneCount, ns = costs.SiteCount;
        var d = new double[ns];
        for (int i = 0; i < nz; i++)
        {
            double pi = demand[i];
            if (pi == 0) continue;
            int end = rs[i + 1];
            for (int p = rs[i]; p < end; p++) d[site[p]] += pi * w1[p];
        }
        var r = new double[ns];
        var rr = new double[ns];
        for (int j = 0; j < ns; j++)
        {
            if (d[j] > 0)
            {
                r[j] = capacity[j] / d[j];
                rr[j] = r[j];
            }
            else
            {
                r[j] = double.NaN;
                rr[j] = 0;
            }
        }
        var a = new double[nz];
        for (int i = 0; i < nz; i++)
        {
            double s = 0;
            int end = rs[i + 1];
            for (int p = rs[i]; p < end; p++) s += w2[p] * rr[site[p]];
            a[i] = s;
        }
        return (a, r);
    }

    private static double[] Potential(TravelCosts costs, ReadOnlySpan<double> capacity, double[] w)
    {
        var rs = costs.RowStartArray;
        var site = costs.SiteArray;
        var a = new double[costs.ZoneCount];
        for (int i = 0; i < a.Length; i++)
        {
            double s = 0;
            for (int p = rs[i]; p < rs[i + 1]; p++) s += w[p] * capacity[site[p]];
            a[i] = s;
        }
        return a;
    }

    private delegate void RowVisitor(int zone, ReadOnlySpan<double> sortedCost, ReadOnlySpan<int> sortedSite);

    /// <summary>Visits each zone's pairs within the radius sorted by (cost, site index).</summary>
    private static void SortedRowScan(TravelCosts costs, double radius, RowVisitor visit)
    {
        var rs = costs.RowStartArray;
        var site = costs.SiteArray;
        var c = costs.CostArray;
        int max = 0;
        for (int i = 0; i < costs.ZoneCount; i++) max = Math.Max(max, rs[i + 1] - rs[i]);
        var kc = new double[max];
        var ks = new int[max];
        var scratch = new (double, int)[max];
        for (int i = 0; i < costs.ZoneCount; i++)
        {
            int n = 0;
            for (int p = rs[i]; p < rs[i + 1]; p++)
            {
                if (c[p] > radius) continue;
                kc[n] = c[p];
                ks[n] = site[p];
                n++;
            }
            // Row is in site order; a stable sort by cost keeps site order among equal costs.
            SortByCostStable(kc.AsSpan(0, n), ks.AsSpan(0, n), scratch);
            visit(i, kc.AsSpan(0, n), ks.AsSpan(0, n));
        }
    }

    private static void SortByCostStable(Span<double> cost, Span<int> site, (double, int)[] scratch)
    {
        // Keys (cost, site) are unique, so sorting the pairs is deterministic.
        if (cost.Length < 2) return;
        if (cost.Length <= 32)
        {
            for (int k = 1; k < cost.Length; k++)
            {
                double c = cost[k];
                int s = site[k];
                int q = k - 1;
                while (q >= 0 && (cost[q] > c || (cost[q] == c && site[q] > s)))
                {
                    cost[q + 1] = cost[q];
                    site[q + 1] = site[q];
                    q--;
                }
                cost[q + 1] = c;
                site[q + 1] = s;
            }
            return;
        }
        var keys = scratch.AsSpan(0, cost.Length);
        for (int k = 0; k < keys.Length; k++) keys[k] = (cost[k], site[k]);
        keys.Sort();
        for (int k = 0; k < keys.Length; k++) (cost[k], site[k]) = keys[k];
    }
}
