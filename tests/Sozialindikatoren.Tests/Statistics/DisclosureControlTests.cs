using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.LinearAlgebra;
using Sozialindikatoren.Statistics;
using Sozialindikatoren.Tests.Arbitraries;

namespace Sozialindikatoren.Tests.Statistics;

public class DisclosureControlTests
{
    private static readonly DisclosureOptions Min3 = DisclosureOptions.Default;

    /// <summary>
    /// Independent oracle (SVD rank, MathNet): a suppressed cell j is determined by the published cells and the
    /// relations iff the unit vector e_j lies in the row space of the relation matrix restricted to the suppressed cells.
    /// </summary>
    internal static List<int> DeterminedByRank(AdditiveTable table, bool[] suppressed)
    {
        var cols = Enumerable.Range(0, table.CellCount).Where(i => suppressed[i]).ToArray();
        if (cols.Length == 0) return [];
        var index = cols.Select((c, j) => (c, j)).ToDictionary(p => p.c, p => p.j);
        var rows = new List<double[]>();
        foreach (var rel in table.Relations)
        {
            var row = new double[cols.Length];
            var any = false;
            if (suppressed[rel.Total]) { row[index[rel.Total]] = 1; any = true; }
            foreach (var p in rel.Parts) if (suppressed[p]) { row[index[p]] = -1; any = true; }
            if (any) rows.Add(row);
        }
        if (rows.Count == 0) return [];
        var a = Matrix<double>.Build.DenseOfRowArrays(rows);
        var rank = a.Rank();
        var result = new List<int>();
        for (var j = 0; j < cols.Length; j++)
        {
            var e = new double[cols.Length];
            e[j] = 1;
            var aug = Matrix<double>.Build.DenseOfRowArrays(rows.Append(e));
            if (aug.Rank() == rank) result.Add(cols[j]);
        }
        return result;
    }

    private static bool[] Mask(SuppressionResult r) => r.States.Select(s => s != CellSuppression.None).ToArray();

    [Property(MaxTest = 150)]
    public Property AfterSuppression_NoRelationHasExactlyOneSuppressedCell(StatisticsDisclosureCase c, bool minimum5)
    {
        var options = new DisclosureOptions(minimumCount: minimum5 ? 5 : 3);
        var r = DisclosureControl.Suppress(c.Table, c.Counts, options);
        var mask = Mask(r);
        var ok = DisclosureControl.FirstRelationWithSingleSuppression(c.Table, mask) < 0;
        for (var i = 0; i < c.Counts.Length; i++)
        {
            var small = c.Counts[i] > 0 && c.Counts[i] < options.MinimumCount;
            if (small && r.States[i] != CellSuppression.Primary) ok = false;
            if (!mask[i] && small) ok = false;
        }
        return ok.Label(c.ToString());
    }

    [Property(MaxTest = 100)]
    public Property LinearAudit_FindsNoDeterminedSuppressedCell(StatisticsDisclosureCase c)
    {
        var r = DisclosureControl.Suppress(c.Table, c.Counts, Min3);
        var determined = DeterminedByRank(c.Table, Mask(r));
        return (determined.Count == 0 && r.Unprotected.Length == 0).Label(c + " determined=[" + string.Join(",", determined) + "]");
    }

    [Property(MaxTest = 100)]
    public Property LibraryAudit_AgreesWithRankOracle_OnRandomPatterns(StatisticsDisclosureCase c, int seed)
    {
        var rng = new Random(seed);
        var mask = Enumerable.Range(0, c.Table.CellCount).Select(_ => rng.NextDouble() < 0.35).ToArray();
        var library = DisclosureControl.FindDeterminedCells(c.Table, mask);
        var oracle = DeterminedByRank(c.Table, mask);
        return library.SequenceEqual(oracle).Label(c + " mask=[" + string.Join(",", mask.Select(b => b ? 1 : 0)) + "] lib=[" + string.Join(",", library) + "] oracle=[" + string.Join(",", oracle) + "]");
    }

    [Fact]
    public void Hierarchy_SuppressedTotal_IsProtectedInItsParentRelation()
    {
        // 0 = Land; 1, 2 = Kreise; 3 = only municipality of Kreis 1 (kreisfreie Stadt); 4, 5 = municipalities of Kreis 2.
        int[] parents = [-1, 0, 0, 1, 2, 2];
        long[] counts = [2 + 40 + 9, 2, 40 + 9, 2, 40, 9];
        var table = AdditiveTable.FromParents(parents);
        Assert.Equal(-1, table.FirstViolatedRelation(counts));
        var r = DisclosureControl.Suppress(table, counts, Min3);
        Assert.Equal(CellSuppression.Primary, r.States[3]);
        Assert.Equal(CellSuppression.Primary, r.States[1]);    // the Kreis total equals its only part (2)
        Assert.Equal(CellSuppression.Secondary, r.States[2]);  // Kreis 1 suppressed in the Land relation: smallest sibling
        Assert.Equal(CellSuppression.Secondary, r.States[5]);  // Kreis 2 suppressed in its own relation: smallest part 9
        Assert.Equal(CellSuppression.None, r.States[0]);
        Assert.Equal(CellSuppression.None, r.States[4]);
        Assert.Empty(DeterminedByRank(table, Mask(r)));
        var published = r.ToObservations(counts);
        Assert.Equal(Observation.Suppressed, published[3]);
        Assert.Equal(Observation.Of(40), published[4]);
    }

    [Fact]
    public void TwoWay_PatternRuleAlone_CanLeaveADeterminedCell_AndTheAuditFixesIt()
    {
        // Rows: total 0 with leaves 1..4; columns: total 0 with leaves 1..4. Two 2×2 blocks of primaries joined by a
        // bridge cell: every row and column has ≥ 2 suppressed cells, yet the bridge cell is determined.
        int[] rows = [-1, 0, 0, 0, 0];
        int[] cols = [-1, 0, 0, 0, 0];
        var table = AdditiveTable.TwoWay(rows, cols);
        var leaf = new long[5, 5];
        for (var r = 1; r < 5; r++) for (var c = 1; c < 5; c++) leaf[r, c] = 50;
        foreach (var (r, c) in new[] { (1, 1), (1, 2), (2, 1), (2, 2), (3, 3), (3, 4), (4, 3), (4, 4), (1, 3) }) leaf[r, c] = 1;
        var counts = new long[25];
        for (var r = 1; r < 5; r++)
            for (var c = 1; c < 5; c++)
            {
                counts[r * 5 + c] = leaf[r, c];
                counts[r * 5] += leaf[r, c];
                counts[c] += leaf[r, c];
                counts[0] += leaf[r, c];
            }
        Assert.Equal(-1, table.FirstViolatedRelation(counts));
        var patternOnly = DisclosureControl.Suppress(table, counts, new DisclosureOptions(audit: DisclosureAudit.Never));
        Assert.Equal(-1, DisclosureControl.FirstRelationWithSingleSuppression(table, Mask(patternOnly)));
        Assert.Contains(AdditiveTable.TwoWayIndex(1, 3, 5), DeterminedByRank(table, Mask(patternOnly)));
        Assert.Contains(AdditiveTable.TwoWayIndex(1, 3, 5), DisclosureControl.FindDeterminedCells(table, Mask(patternOnly)));

        var audited = DisclosureControl.Suppress(table, counts, Min3);
        Assert.True(audited.AuditRounds >= 2);
        Assert.Empty(DeterminedByRank(table, Mask(audited)));
        Assert.Empty(audited.Unprotected);
    }

    [Fact]
    public void Observations_WithoutNumber_AreTreatedAsSuppressed()
    {
        var table = AdditiveTable.FromParents([-1, 0, 0, 0]);
        Observation[] cells = [Observation.Of(30), Observation.Suppressed, Observation.Of(10), Observation.Of(12)];
        var r = DisclosureControl.Suppress(table, cells, Min3);
        Assert.Equal(CellSuppression.Primary, r.States[1]);
        Assert.Equal(CellSuppression.Secondary, r.States[2]);
        Assert.Equal(1, r.SecondaryCount);
    }

    [Theory]
    [InlineData(0L, 5, 0L)]
    [InlineData(1L, 5, 0L)]
    [InlineData(2L, 5, 0L)]
    [InlineData(3L, 5, 5L)]
    [InlineData(7L, 5, 5L)]
    [InlineData(8L, 5, 10L)]
    [InlineData(4L, 10, 0L)]
    [InlineData(5L, 10, 10L)]
    [InlineData(14L, 10, 10L)]
    [InlineData(1234L, 10, 1230L)]
    public void RoundToMultiple_HalvesUp_MaxDeviationHalfTheBase(long value, int b, long expected)
    {
        Assert.Equal(expected, DisclosureControl.RoundToMultiple(value, b));
        Assert.True(Math.Abs(expected - value) * 2 <= b);
    }

    [Fact]
    public void Round_KeepsExactZero_MarksRoundedZero_AndKeepsSuppressed()
    {
        var r = DisclosureControl.Round([Observation.ExactZero, Observation.Of(2), Observation.Of(13), Observation.Suppressed, new Observation(12, ValueStatus.Provisional)], 5);
        Assert.Equal(Observation.ExactZero, r[0]);
        Assert.Equal(new Observation(0, ValueStatus.RoundedZero), r[1]);
        Assert.Equal(Observation.Of(15), r[2]);
        Assert.Equal(Observation.Suppressed, r[3]);
        Assert.Equal(new Observation(10, ValueStatus.Provisional), r[4]);
    }

    [Fact]
    public void Rates_FromSuppressedCounts_AreSuppressed_AndSmallDenominatorsFlagged()
    {
        Observation[] counts = [Observation.Suppressed, Observation.Of(12), Observation.Of(12), Observation.ExactZero];
        Observation[] pops = [Observation.Of(6800), Observation.Of(6800), Observation.Of(250), Observation.Of(1000)];
        var r = DisclosureControl.Rates(counts, pops, 1000, DisclosureOptions.Default);
        Assert.Equal(ValueStatus.Suppressed, r[0].Status);
        Assert.Equal(12.0 / 6800 * 1000, r[1].Value, 12);
        Assert.Equal(ValueStatus.Unreliable, r[2].Status);
        Assert.False(r[2].HasValue);
        Assert.Equal(ValueStatus.ExactZero, r[3].Status);
        var flagged = DisclosureControl.Rates(counts, pops, 1000, new DisclosureOptions(smallDenominatorStatus: ValueStatus.Uncertain, minimumDenominator: 500));
        Assert.Equal(new Observation(48, ValueStatus.Uncertain), flagged[2]);
    }

    [Fact]
    public void Options_AndTables_ValidateTheirInputs()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisclosureOptions(minimumCount: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisclosureOptions(roundingBase: 3));
        Assert.Throws<ArgumentException>(() => AdditiveTable.FromParents([1, 0]));
        Assert.Throws<ArgumentException>(() => AdditiveTable.FromParents([-1, 5]));
        Assert.Throws<ArgumentException>(() => new AdditiveRelation(0, [1, 1]));
        Assert.Throws<ArgumentException>(() => new AdditiveRelation(0, [0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AdditiveTable(2, [new AdditiveRelation(0, [2])]));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureControl.Suppress(AdditiveTable.FromParents([-1, 0]), [3, -3], Min3));
    }
}
