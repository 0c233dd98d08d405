namespace Sozialindikatoren.Statistics;

/// <summary>
/// The linear audit of a suppression pattern (<em>lineare Prüfung</em>): which suppressed cells follow exactly from the
/// published cells and the relations, ignoring non-negativity (see <see cref="DisclosureControl.FindDeterminedCells"/>).
/// </summary>
/// <threadsafety>Pure static functions; thread-safe.</threadsafety>
internal static class LinearAudit
{
    /// <summary>The determined suppressed cells, ascending.</summary>
    public static int[] Determined(AdditiveTable table, ReadOnlySpan<bool> suppressed)
    {
        var result = new List<int>();
        foreach (var group in Components(table, suppressed))
            result.AddRange(DeterminedInComponent(table, suppressed, group.Cells, group.Relations));
        result.Sort();
        return result.ToArray();
    }

    internal readonly record struct Component(List<int> Cells, List<int> Relations);

    /// <summary>Connected groups of suppressed cells (linked through shared relations) with the relations touching them.</summary>
    public static List<Component> Components(AdditiveTable table, ReadOnlySpan<bool> suppressed)
    {
        var n = table.CellCount;
        var parent = new int[n];
        for (var i = 0; i < n; i++) parent[i] = i;
        int Find(int x)
        {
            while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
            return x;
        }
        var relations = table.Relations;
        for (var r = 0; r < relations.Count; r++)
        {
            var rel = relations[r];
            var first = suppressed[rel.Total] ? rel.Total : -1;
            foreach (var p in rel.Parts)
            {
                if (!suppressed[p]) continue;
                if (first < 0) { first = p; continue; }
                var a = Find(first);
                var b = Find(p);
                if (a != b) parent[a] = b;
            }
        }
        var byRoot = new Dictionary<int, Component>();
        for (var i = 0; i < n; i++)
        {
            if (!suppressed[i]) continue;
            var root = Find(i);
            if (!byRoot.TryGetValue(root, out var comp)) byRoot[root] = comp = new Component([], []);
            comp.Cells.Add(i);
        }
        for (var r = 0; r < relations.Count; r++)
        {
            var rel = relations[r];
            var cell = suppressed[rel.Total] ? rel.Total : -1;
            if (cell < 0)
                foreach (var p in rel.Parts) if (suppressed[p]) { cell = p; break; }
            if (cell >= 0) byRoot[Find(cell)].Relations.Add(r);
        }
        return byRoot.Values.ToList();
    }

    /// <summary>Gaussian elimination (partial pivoting) of the relations restricted to the group's suppressed cells; a cell is determined when its column is a pivot whose row has no entry in a free column.</summary>
    public static List<int> DeterminedInComponent(AdditiveTable table, ReadOnlySpan<bool> suppressed, List<int> cells, List<int> relationIndices)
    {
        var s = cells.Count;
        var m = relationIndices.Count;
        var column = new Dictionary<int, int>(s);
        for (var j = 0; j < s; j++) column[cells[j]] = j;
        var a = new double[m, s];
        for (var i = 0; i < m; i++)
        {
            var rel = table.Relations[relationIndices[i]];
            if (suppressed[rel.Total]) a[i, column[rel.Total]] = 1;
            foreach (var p in rel.Parts) if (suppressed[p]) a[i, column[p]] = -1;
        }
        const double eps = 1e-9;
        var pivotColOfRow = new int[Math.Min(m, s)];
        var isPivot = new bool[s];
        var row = 0;
        for (var col = 0; col < s && row < m; col++)
        {
            var best = row;
            for (var i = row + 1; i < m; i++) if (Math.Abs(a[i, col]) > Math.Abs(a[best, col])) best = i;
            if (Math.Abs(a[best, col]) < eps) continue;
            if (best != row)
                for (var j = 0; j < s; j++) (a[row, j], a[best, j]) = (a[best, j], a[row, j]);
            var pv = a[row, col];
            for (var j = col; j < s; j++) a[row, j] /= pv;
            for (var i = 0; i < m; i++)
            {
                if (i == row) continue;
                var f = a[i, col];
                if (f == 0) continue;
                for (var j = col; j < s; j++) a[i, j] -= f * a[row, j];
            }
            pivotColOfRow[row] = col;
            isPivot[col] = true;
            row++;
        }
        var determined = new List<int>();
        for (var i = 0; i < row; i++)
        {
            var free = false;
            for (var j = 0; j < s && !free; j++) if (!isPivot[j] && Math.Abs(a[i, j]) > eps) free = true;
            if (!free) determined.Add(cells[pivotColOfRow[i]]);
        }
        return determined;
    }
}
