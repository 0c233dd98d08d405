namespace Sozialindikatoren.Composite;

/// <summary>How tied values are ranked.</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum TieMethod
{
    /// <summary>Ties share the lowest rank of their block (R <c>ties.method = "min"</c>; sports ranking "1, 2, 2, 4").</summary>
    Min = 0,
    /// <summary>Ties share the mean rank of their block (R <c>"average"</c>; used by Spearman's correlation).</summary>
    Average = 1,
    /// <summary>Ties share the highest rank of their block (R <c>"max"</c>).</summary>
    Max = 2,
}

/// <summary>
/// Ranks (<em>Rangplätze</em>) of a column: missing values keep no rank (NaN), like R's <c>na.last = "keep"</c>.
/// </summary>
/// <remarks>Ascending ranks give rank 1 to the smallest value; descending ranks give rank 1 to the largest
/// (the convention of the <c>index</c> command's <c>rank</c> column: 1 = highest score). Sorting is
/// O(n log n) with one index array per call.</remarks>
/// <threadsafety>Pure static functions; thread-safe.</threadsafety>
public static class Ranking
{
    /// <summary>Computes ranks.</summary>
    /// <param name="x">The values (NaN = missing).</param>
    /// <param name="destination">Receives ranks 1…n over the non-missing values (NaN for missing).</param>
    /// <param name="ties">Tie method.</param>
    /// <param name="descending">Rank 1 = largest value when true.</param>
    public static void RankInto(ReadOnlySpan<double> x, Span<double> destination, TieMethod ties = TieMethod.Min, bool descending = false)
    {
        if (destination.Length != x.Length) throw new ArgumentException("destination: must have the length of x.", nameof(destination));
        var idx = new int[x.Length];
        var keys = new double[x.Length];
        var m = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i])) { destination[i] = double.NaN; continue; }
            idx[m] = i;
            keys[m] = descending ? -x[i] : x[i];
            m++;
        }
        Array.Sort(keys, idx, 0, m);
        var start = 0;
        while (start < m)
        {
            var end = start;
            while (end + 1 < m && keys[end + 1] == keys[start]) end++;
            double r = ties switch
            {
                TieMethod.Min => start + 1,
                TieMethod.Max => end + 1,
                _ => (start + end) / 2.0 + 1,
            };
            for (var k = start; k <= end; k++) destination[idx[k]] = r;
            start = end + 1;
        }
    }

    /// <summary>Computes ranks into a new array.</summary>
    /// <param name="x">The values.</param>
    /// <param name="ties">Tie method.</param>
    /// <param name="descending">Rank 1 = largest value when true.</param>
    /// <returns>The ranks.</returns>
    public static double[] Rank(ReadOnlySpan<double> x, TieMethod ties = TieMethod.Min, bool descending = false)
    {
        var r = new double[x.Length];
        RankInto(x, r, ties, descending);
        return r;
    }
}
