using System.Globalization;

namespace Sozialindikatoren.Composite;

/// <summary>
/// Multivariate diagnostics (<em>statistische Kohärenz</em>; OECD/JRC Handbook step 4; COINr <c>get_corr</c>,
/// <c>get_corr_flags</c>, <c>get_cronbach</c>, <c>get_PCA</c>).
/// </summary>
/// <remarks>
/// <para>Correlations use pairwise complete observations. Pearson r = Σ(x−x̄)(y−ȳ)/√(Σ(x−x̄)²Σ(y−ȳ)²); Spearman =
/// Pearson on average ranks.</para>
/// <para>Cronbach's α = k/(k−1)·(1 − Σs²_i / s²_total) over the units with complete data, with sample variances
/// (Cronbach 1951). α ≥ 0.7 is the usual rule of thumb for a coherent domain.</para>
/// <para>PCA explained variance: eigenvalues λ of the correlation matrix (complete cases), share λ/Σλ.</para>
/// </remarks>
/// <threadsafety>Pure static functions; thread-safe.</threadsafety>
public static class Diagnostics
{
    /// <summary>Correlation matrix of the given columns of a table.</summary>
    /// <param name="table">The data.</param>
    /// <param name="method">Pearson or Spearman.</param>
    /// <param name="codes">Columns (default: all).</param>
    /// <returns>The matrix.</returns>
    public static CorrelationMatrix Correlations(IndicatorTable table, CorrelationMethod method = CorrelationMethod.Pearson, IReadOnlyList<string>? codes = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        codes ??= table.Codes;
        var cols = codes.Select(c => table.Column(c).ToArray()).ToArray();
        if (method == CorrelationMethod.Spearman) cols = cols.Select(c => Ranking.Rank(c, TieMethod.Average)).ToArray();
        var k = cols.Length;
        var r = new double[k, k];
        for (var a = 0; a < k; a++)
            for (var b = a; b < k; b++)
                r[a, b] = r[b, a] = a == b ? 1 : Pearson(cols[a], cols[b]);
        return new CorrelationMatrix(codes.ToArray(), r, method);
    }

    /// <summary>Pearson's r over pairwise complete observations.</summary>
    /// <param name="x">First variable.</param>
    /// <param name="y">Second variable.</param>
    /// <returns>r, or NaN with fewer than 3 pairs or zero variance.</returns>
    public static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length) throw new ArgumentException("y: must have the length of x.", nameof(y));
        double sx = 0, sy = 0;
        var n = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]) || double.IsNaN(y[i])) continue;
            sx += x[i];
            sy += y[i];
            n++;
        }
        if (n < 3) return double.NaN;
        double mx = sx / n, my = sy / n, sxx = 0, syy = 0, sxy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]) || double.IsNaN(y[i])) continue;
            var dx = x[i] - mx;
            var dy = y[i] - my;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        return sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : double.NaN;
    }

    /// <summary>Spearman's rank correlation (average ranks for ties) over pairwise complete observations.</summary>
    /// <param name="x">First variable.</param>
    /// <param name="y">Second variable.</param>
    /// <returns>ρ, or NaN.</returns>
    public static double Spearman(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var xs = x.ToArray();
        var ys = y.ToArray();
        for (var i = 0; i < xs.Length; i++)
            if (double.IsNaN(xs[i]) || double.IsNaN(ys[i])) xs[i] = ys[i] = double.NaN;
        return Pearson(Ranking.Rank(xs, TieMethod.Average), Ranking.Rank(ys, TieMethod.Average));
    }

    /// <summary>Flags pairs of children within each aggregate: |r| ≥ threshold (collinear) and r &lt; 0 (negative).</summary>
    /// <param name="table">Values of the children (normalised indicators, or the aggregated table).</param>
    /// <param name="framework">The hierarchy.</param>
    /// <param name="method">Pearson or Spearman.</param>
    /// <param name="threshold">Collinearity threshold (default 0.9, COINr).</param>
    /// <returns>The flags, aggregate by aggregate.</returns>
    public static IReadOnlyList<CorrelationFlag> CorrelationFlags(IndicatorTable table, IndexFramework framework, CorrelationMethod method = CorrelationMethod.Pearson, double threshold = 0.9)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(framework);
        if (!(threshold > 0 && threshold <= 1)) throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "threshold: must be in (0, 1].");
        var flags = new List<CorrelationFlag>();
        foreach (var agg in framework.Aggregates)
        {
            var children = framework.Children(agg).Where(c => table.IndexOf(c) >= 0).ToArray();
            if (children.Length < 2) continue;
            var m = Correlations(table, method, children);
            for (var a = 0; a < children.Length; a++)
                for (var b = a + 1; b < children.Length; b++)
                {
                    var r = m[a, b];
                    if (double.IsNaN(r)) continue;
                    if (Math.Abs(r) >= threshold) flags.Add(new CorrelationFlag(agg, children[a], children[b], r, CorrelationFlagKind.Collinear));
                    if (r < 0) flags.Add(new CorrelationFlag(agg, children[a], children[b], r, CorrelationFlagKind.Negative));
                }
        }
        return flags;
    }

    /// <summary>Cronbach's α of some columns over the units with complete data.</summary>
    /// <param name="table">The data.</param>
    /// <param name="codes">The columns (k ≥ 2).</param>
    /// <returns>α, or NaN with fewer than 2 complete units or zero total variance.</returns>
    public static double CronbachAlpha(IndicatorTable table, IReadOnlyList<string> codes)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(codes);
        var k = codes.Count;
        if (k < 2) throw new ArgumentException($"codes: Cronbach's alpha needs at least 2 columns, got {k.ToString(CultureInfo.InvariantCulture)}.", nameof(codes));
        var cols = codes.Select(c => table.Column(c).ToArray()).ToArray();
        var rows = Enumerable.Range(0, table.UnitCount).Where(i => cols.All(c => !double.IsNaN(c[i]))).ToArray();
        if (rows.Length < 2) return double.NaN;
        double sumVar = 0;
        foreach (var c in cols) sumVar += Variance(rows.Select(i => c[i]));
        var total = Variance(rows.Select(i => cols.Sum(c => c[i])));
        return total > 0 ? k / (k - 1.0) * (1 - sumVar / total) : double.NaN;
    }

    /// <summary>Cronbach's α per aggregate of the framework (over its children present in the table).</summary>
    /// <param name="table">The data (normalised indicators, or the aggregated table for higher levels).</param>
    /// <param name="framework">The hierarchy.</param>
    /// <returns>Aggregate code → α (aggregates with fewer than 2 children present are left out).</returns>
    public static IReadOnlyDictionary<string, double> CronbachAlphaByAggregate(IndicatorTable table, IndexFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var agg in framework.Aggregates)
        {
            var children = framework.Children(agg).Where(c => table.IndexOf(c) >= 0).ToArray();
            if (children.Length >= 2) result[agg] = CronbachAlpha(table, children);
        }
        return result;
    }

    /// <summary>Eigenvalues of the correlation matrix of some columns (descending) and their shares of the total
    /// variance (complete cases).</summary>
    /// <param name="table">The data.</param>
    /// <param name="codes">The columns (k ≥ 2).</param>
    /// <returns>(eigenvalues, shares); empty arrays when PCA is not possible.</returns>
    public static (double[] Eigenvalues, double[] ExplainedShare) PcaExplainedVariance(IndicatorTable table, IReadOnlyList<string> codes)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(codes);
        var pc = PrincipalComponents.First(codes.Select(c => table.Column(c).ToArray()).ToArray());
        if (pc is null) return ([], []);
        var total = pc.Value.Eigenvalues.Sum();
        return (pc.Value.Eigenvalues, pc.Value.Eigenvalues.Select(v => v / total).ToArray());
    }

    private static double Variance(IEnumerable<double> values)
    {
        var v = values.ToArray();
        var m = v.Average();
        return v.Sum(x => (x - m) * (x - m)) / (v.Length - 1);
    }
}
