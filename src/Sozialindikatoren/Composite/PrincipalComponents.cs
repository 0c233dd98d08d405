using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace Sozialindikatoren.Composite;

/// <summary>First principal component of standardised columns (correlation-matrix PCA), complete cases only.</summary>
internal static class PrincipalComponents
{
    public readonly record struct Component(double[] Vector, double[] Eigenvalues, double ExplainedShare);

    /// <summary>Returns null when PCA is not possible (fewer than 2 columns, fewer than 3 complete rows, zero variance).</summary>
    public static Component? First(IReadOnlyList<double[]> cols)
    {
        var corr = Correlation(cols, out var complete);
        if (corr is null || cols.Count < 2 || complete < 3) return null;
        var evd = Matrix<double>.Build.DenseOfArray(corr).Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(c => c.Real).ToArray();
        var top = 0;
        for (var i = 1; i < values.Length; i++) if (values[i] > values[top]) top = i;
        var v = evd.EigenVectors.Column(top).ToArray();
        if (v.Sum() < 0) for (var i = 0; i < v.Length; i++) v[i] = -v[i];
        var sorted = values.OrderByDescending(x => x).ToArray();
        var total = sorted.Sum();
        return new Component(v, sorted, total > 0 ? sorted[0] / total : double.NaN);
    }

    public static double[,]? Correlation(IReadOnlyList<double[]> cols, out int complete)
    {
        var k = cols.Count;
        var n = k == 0 ? 0 : cols[0].Length;
        var rows = new List<int>(n);
        for (var i = 0; i < n; i++)
        {
            var ok = true;
            for (var c = 0; c < k && ok; c++) ok = !double.IsNaN(cols[c][i]);
            if (ok) rows.Add(i);
        }
        complete = rows.Count;
        if (complete < 2) return null;
        var z = new double[k][];
        for (var c = 0; c < k; c++)
        {
            double m = 0;
            foreach (var i in rows) m += cols[c][i];
            m /= complete;
            double ss = 0;
            foreach (var i in rows) ss += (cols[c][i] - m) * (cols[c][i] - m);
            var sd = Math.Sqrt(ss / (complete - 1));
            if (!(sd > 0)) return null;
            z[c] = rows.Select(i => (cols[c][i] - m) / sd).ToArray();
        }
        var r = new double[k, k];
        for (var a = 0; a < k; a++)
            for (var b = a; b < k; b++)
            {
                double s = 0;
                for (var t = 0; t < complete; t++) s += z[a][t] * z[b][t];
                r[a, b] = r[b, a] = a == b ? 1 : s / (complete - 1);
            }
        return r;
    }
}
