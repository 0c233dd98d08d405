using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Tests.Statistics;

/// <summary>The exact interval audit (counts ≥ 0 known to the attacker) and the secondary suppression that satisfies it.</summary>
public class DisclosureIntervalTests
{
    /// <summary>A two-way table of interior counts with one level of margins: index 0 of each dimension is the total.</summary>
    internal static (AdditiveTable Table, long[] Counts) WithMargins(long[,] interior)
    {
        int m = interior.GetLength(0), n = interior.GetLength(1);
        var table = AdditiveTable.TwoWay(Flat(m), Flat(n));
        var counts = new long[(m + 1) * (n + 1)];
        for (var r = 0; r < m; r++)
            for (var c = 0; c < n; c++)
            {
                var v = interior[r, c];
                counts[(r + 1) * (n + 1) + c + 1] += v;
                counts[(r + 1) * (n + 1)] += v;
                counts[c + 1] += v;
                counts[0] += v;
            }
        return (table, counts);
    }

    private static int[] Flat(int leaves) => [-1, .. Enumerable.Repeat(0, leaves)];

    private static bool[] Mask(SuppressionResult r) => r.States.Select(s => s != CellSuppression.None).ToArray();

    /// <summary>
    /// Independent oracle: enumerates every non-negative integer completion of the suppressed interior cells (margins
    /// follow as sums) that agrees with the published margins. An interior cell whose row and column margins and the
    /// grand total are all suppressed is free: it takes any value without touching a published cell, so it, its margins
    /// and the grand total are unbounded, and it is held at 0 in the enumeration. Every other interior cell is bounded
    /// by a published margin or the grand total, which caps its loop.
    /// </summary>
    internal static FeasibleInterval[] BruteForce(long[,] interior, long[] counts, bool[] suppressed)
    {
        int m = interior.GetLength(0), n = interior.GetLength(1), w = n + 1;
        var cells = new List<(int R, int C, long Cap)>();
        var unbounded = new bool[counts.Length];
        for (var r = 0; r < m; r++)
            for (var c = 0; c < n; c++)
            {
                if (!suppressed[(r + 1) * w + c + 1]) continue;
                var cap = long.MaxValue;
                if (!suppressed[(r + 1) * w]) cap = Math.Min(cap, counts[(r + 1) * w]);
                if (!suppressed[c + 1]) cap = Math.Min(cap, counts[c + 1]);
                if (!suppressed[0]) cap = Math.Min(cap, counts[0]);
                if (cap == long.MaxValue)
                {
                    foreach (var i in new[] { (r + 1) * w + c + 1, (r + 1) * w, c + 1, 0 }) unbounded[i] = true;
                    cap = 0;
                }
                cells.Add((r, c, cap));
            }
        var value = (long[,])interior.Clone();
        var lo = Enumerable.Repeat(long.MaxValue, counts.Length).ToArray();
        var hi = Enumerable.Repeat(long.MinValue, counts.Length).ToArray();
        var rowSum = new long[m];
        var colSum = new long[n];
        long total = 0;
        for (var r = 0; r < m; r++) for (var c = 0; c < n; c++)
            if (!suppressed[(r + 1) * w + c + 1]) { rowSum[r] += interior[r, c]; colSum[c] += interior[r, c]; total += interior[r, c]; }
        var lastInRow = cells.Select((x, k) => k == cells.Count - 1 || cells[k + 1].R != x.R).ToArray();

        // Partial sums may not exceed a published margin, and a row is exact once its last suppressed cell is set.
        bool Fits(int k, int r, int c) =>
            (suppressed[(r + 1) * w] || (lastInRow[k] ? rowSum[r] == counts[(r + 1) * w] : rowSum[r] <= counts[(r + 1) * w]))
            && (suppressed[c + 1] || colSum[c] <= counts[c + 1]) && (suppressed[0] || total <= counts[0]);

        void Visit(int k)
        {
            if (k == cells.Count)
            {
                var full = new long[counts.Length];
                for (var r = 0; r < m; r++) for (var c = 0; c < n; c++)
                {
                    full[(r + 1) * w + c + 1] = value[r, c];
                    full[(r + 1) * w] += value[r, c];
                    full[c + 1] += value[r, c];
                    full[0] += value[r, c];
                }
                for (var i = 0; i < full.Length; i++) if (!suppressed[i] && full[i] != counts[i]) return;
                for (var i = 0; i < full.Length; i++) { lo[i] = Math.Min(lo[i], full[i]); hi[i] = Math.Max(hi[i], full[i]); }
                return;
            }
            var (rr, cc, top) = cells[k];
            for (long v = 0; v <= top; v++)
            {
                value[rr, cc] = v;
                rowSum[rr] += v;
                colSum[cc] += v;
                total += v;
                if (Fits(k, rr, cc)) Visit(k + 1);
                rowSum[rr] -= v;
                colSum[cc] -= v;
                total -= v;
            }
        }

        Visit(0);
        return Enumerable.Range(0, counts.Length)
            .Select(i => new FeasibleInterval(lo[i], unbounded[i] ? null : hi[i])).ToArray();
    }

    [Fact]
    public void IssueCounterexample_IsRecoveredExactlyWithoutTheIntervalAudit_AndProtectedWithIt()
    {
        // Issue 16, point 11: rows [0,0,0], [0,2,3], [3,5,0]; the 2 is primary.
        var interior = new long[,] { { 0, 0, 0 }, { 0, 2, 3 }, { 3, 5, 0 } };
        var (table, counts) = WithMargins(interior);
        var two = AdditiveTable.TwoWayIndex(2, 2, 4);
        Assert.True(table.IsNetwork);

        var linearOnly = DisclosureControl.Suppress(table, counts, new DisclosureOptions(protection: 0));
        Assert.False(linearOnly.IntervalAudited);
        Assert.Empty(DisclosureControl.FindDeterminedCells(table, Mask(linearOnly)));
        var before = DisclosureControl.FeasibleIntervals(table, counts, Mask(linearOnly));
        // Pattern without the interval audit: the 2, the 3 beside it, the 3 and 5 below, and the two zeros of the first
        // row above them. No cell is determined linearly, yet the published row total 0 and non-negativity force both
        // zeros, column 3 then gives the 3 and row 2 the 2.
        Assert.Equal(new FeasibleInterval(2, 2), before[two]);
        Assert.Equal(6, Mask(linearOnly).Count(b => b));
        Assert.Equal(before[two], BruteForce(interior, counts, Mask(linearOnly))[two]);

        var safe = DisclosureControl.Suppress(table, counts, DisclosureOptions.Default);
        Assert.True(safe.IntervalAudited);
        Assert.Empty(safe.Unprotected);
        var after = DisclosureControl.FeasibleIntervals(table, counts, Mask(safe));
        Assert.True(after[two].Width >= 3, after[two].ToString());
        Assert.Equal(after, BruteForce(interior, counts, Mask(safe)));
        Assert.Equal(CellSuppression.Primary, safe.States[two]);
        Assert.Equal(new FeasibleInterval(2, 5), after[two]);       // one more cell: the 0 in the corner (row 3, column 3)
        Assert.Equal(CellSuppression.Secondary, safe.States[AdditiveTable.TwoWayIndex(3, 3, 4)]);
        Assert.Equal(7, Mask(safe).Count(b => b));
    }

    [Fact]
    public void Hierarchy_PatternRuleAlone_CanNarrowACell_AndTheIntervalAuditWidensIt()
    {
        // 0 = 10 = a + B, B = b1 + b2 with a = 1, b1 = 8, b2 = 1: a and b2 primary, B secondary in the root relation;
        // then a = 10 − 8 − b2 ∈ [0, 2] although no relation has a single suppressed cell.
        int[] parents = [-1, 0, 0, 2, 2];
        long[] counts = [10, 1, 9, 8, 1];
        var table = AdditiveTable.FromParents(parents);
        Assert.True(table.IsNetwork);
        var patternOnly = DisclosureControl.Suppress(table, counts, new DisclosureOptions(protection: 0));
        Assert.Equal(new FeasibleInterval(0, 2), DisclosureControl.FeasibleIntervals(table, counts, Mask(patternOnly))[1]);
        var safe = DisclosureControl.Suppress(table, counts, DisclosureOptions.Default);
        var intervals = DisclosureControl.FeasibleIntervals(table, counts, Mask(safe));
        Assert.True(intervals[1].Width >= 3 && intervals[4].Width >= 3, string.Join(" ", intervals));
        Assert.Equal(CellSuppression.Secondary, safe.States[3]);  // b1 joins the pattern: a ∈ [0, 10]
    }

    [Fact]
    public void FeasibleIntervals_AreUnbounded_WhenTheGrandTotalAndMarginsAreSuppressed()
    {
        var interior = new long[,] { { 1, 7 }, { 6, 9 } };
        var (table, counts) = WithMargins(interior);
        var suppressed = new bool[9];
        foreach (var i in new[] { 0, 3, 1, 4 }) suppressed[i] = true;   // grand total, row-1 margin, column-1 margin, cell (1,1)
        var intervals = DisclosureControl.FeasibleIntervals(table, counts, suppressed);
        Assert.Null(intervals[4].Maximum);
        Assert.True(intervals[4].Protects(1_000_000));
        Assert.Equal(new FeasibleInterval(7, 7), intervals[5]);
        Assert.Equal(BruteForce(interior, counts, suppressed), intervals);
    }

    [Fact]
    public void NestedTwoWayTable_IsNoNetwork_AndKeepsTheLinearAudit()
    {
        var table = AdditiveTable.TwoWay([-1, 0, 0, 1, 1, 2, 2], [-1, 0, 0]);
        Assert.False(table.IsNetwork);
        Assert.Throws<ArgumentException>(() => DisclosureControl.FeasibleIntervals(table, new long[table.CellCount], new bool[table.CellCount]));
        var counts = new long[table.CellCount];
        var r = DisclosureControl.Suppress(table, counts, DisclosureOptions.Default);
        Assert.False(r.IntervalAudited);
    }

    [Fact]
    public void OneWayList_WithTotal_IsProtectedAsATableWithOneColumn()
    {
        // Spaces plus the county total: 40 = 2 + 30 + 8.
        var table = AdditiveTable.FromParents([-1, 0, 0, 0]);
        long[] counts = [40, 2, 30, 8];
        var r = DisclosureControl.Suppress(table, counts, DisclosureOptions.Default);
        Assert.Equal([CellSuppression.None, CellSuppression.Primary, CellSuppression.None, CellSuppression.Secondary], r.States);
        Assert.Equal(new FeasibleInterval(0, 10), DisclosureControl.FeasibleIntervals(table, counts, Mask(r))[1]);
    }

    [Fact]
    public void InconsistentCounts_AreRejected_ByTheIntervalAudit()
    {
        var table = AdditiveTable.FromParents([-1, 0, 0]);
        var e = Assert.Throws<ArgumentException>(() => DisclosureControl.FeasibleIntervals(table, [5, 9, 1], [false, false, true]));
        Assert.Contains("contradict", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisclosureOptions(protection: -1));
    }

    public sealed record TwoWayCase(long[,] Interior)
    {
        public override string ToString() =>
            "[" + string.Join(";", Enumerable.Range(0, Interior.GetLength(0)).Select(r => string.Join(",", Enumerable.Range(0, Interior.GetLength(1)).Select(c => Interior[r, c])))) + "]";
    }

    private static Arbitrary<TwoWayCase> Tables(int maxRows, int maxCols, int maxValue) =>
        (from m in Gen.Choose(1, maxRows)
         from n in Gen.Choose(1, maxCols)
         from values in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(0, 3)), (1, Gen.Choose(0, maxValue))), m * n)
         select new TwoWayCase(ToMatrix(values, m, n))).ToArbitrary();

    private static long[,] ToMatrix(int[] values, int m, int n)
    {
        var a = new long[m, n];
        for (var i = 0; i < values.Length; i++) a[i / n, i % n] = values[i];
        return a;
    }

    [Property(MaxTest = 150)]
    public Property RandomTwoWayTable_Suppression_PassesTheExactAudit(bool minimum5)
    {
        var options = new DisclosureOptions(minimumCount: minimum5 ? 5 : 3);
        return Prop.ForAll(Tables(6, 5, 40), t =>
        {
            var (table, counts) = WithMargins(t.Interior);
            var r = DisclosureControl.Suppress(table, counts, options);
            var intervals = DisclosureControl.FeasibleIntervals(table, counts, Mask(r));
            var ok = r.IntervalAudited && r.Unprotected.Length == 0;
            for (var i = 0; i < counts.Length; i++)
            {
                if (counts[i] > 0 && counts[i] < options.MinimumCount && r.States[i] != CellSuppression.Primary) ok = false;
                if (r.States[i] == CellSuppression.Primary && !intervals[i].Protects(options.Protection)) ok = false;
                if (intervals[i].Minimum > counts[i] || intervals[i].Maximum < counts[i]) ok = false;
            }
            return ok.Label(t + " states=[" + string.Join(",", r.States.Select(s => (int)s)) + "]");
        });
    }

    [Property(MaxTest = 200)]
    public Property FeasibleIntervals_AgreeWithBruteForce_OnTinyTables(int seed) =>
        Prop.ForAll(Tables(3, 3, 4), t =>
        {
            var (table, counts) = WithMargins(t.Interior);
            var rng = new Random(seed);
            var mask = counts.Select(_ => rng.NextDouble() < 0.4).ToArray();
            var library = DisclosureControl.FeasibleIntervals(table, counts, mask);
            var oracle = BruteForce(t.Interior, counts, mask);
            return library.SequenceEqual(oracle).Label(t + " mask=[" + string.Join(",", mask.Select(b => b ? 1 : 0)) + "] lib=" + string.Join(" ", library) + " oracle=" + string.Join(" ", oracle));
        });

    [Property(MaxTest = 100)]
    public Property RandomHierarchiesAndTables_PassTheExactAuditWheneverTheyAreNetworks(StatisticsDisclosureCase c)
    {
        var r = DisclosureControl.Suppress(c.Table, c.Counts, DisclosureOptions.Default);
        if (!c.Table.IsNetwork) return (!r.IntervalAudited).Label(c.ToString());
        var intervals = DisclosureControl.FeasibleIntervals(c.Table, c.Counts, Mask(r));
        var ok = r.IntervalAudited && r.Unprotected.Length == 0
            && Enumerable.Range(0, c.Counts.Length).All(i => r.States[i] != CellSuppression.Primary || intervals[i].Protects(3));
        return ok.Label(c + " intervals=" + string.Join(" ", intervals));
    }
}
