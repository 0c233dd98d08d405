using FsCheck;
using FsCheck.Fluent;

namespace Sozialindikatoren.Tests.Arbitraries;

/// <summary>A proportion case: 0 ≤ X ≤ N, N ≥ 1.</summary>
public sealed record StatisticsProportionCase(long X, long N);

/// <summary>A Poisson rate case: X ≥ 0, denominator &gt; 0.</summary>
public sealed record StatisticsRateCase(long X, double Denominator);

/// <summary>A confidence level from a small set of common levels.</summary>
public sealed record StatisticsLevelCase(double Level);

public static partial class Generators
{
    /// <summary>Proportions with denominators from 1 to 10⁶ (small ones more often).</summary>
    public static Arbitrary<StatisticsProportionCase> StatisticsProportion() =>
        (from n in Gen.OneOf(Gen.Choose(1, 30), Gen.Choose(1, 2_000), Gen.Choose(1, 1_000_000))
         from x in Gen.Choose(0, n)
         select new StatisticsProportionCase(x, n)).ToArbitrary();

    /// <summary>Poisson counts 0 … 10⁵ (small ones more often) on denominators 1 … 10⁷, also below the count.</summary>
    public static Arbitrary<StatisticsRateCase> StatisticsRate() =>
        (from x in Gen.OneOf(Gen.Choose(0, 12), Gen.Choose(0, 500), Gen.Choose(0, 100_000))
         from d in Gen.Choose(1, 10_000_000)
         select new StatisticsRateCase(x, d)).ToArbitrary();

    /// <summary>Common confidence levels.</summary>
    public static Arbitrary<StatisticsLevelCase> StatisticsLevel() =>
        Gen.Elements(0.5, 0.8, 0.9, 0.95, 0.99, 0.998, 0.9999).Select(l => new StatisticsLevelCase(l)).ToArbitrary();
}

/// <summary>A random table with its structure and consistent counts (totals are sums), for disclosure-control properties.</summary>
public sealed class StatisticsDisclosureCase
{
    public StatisticsDisclosureCase(global::Sozialindikatoren.Statistics.AdditiveTable table, long[] counts, string description)
    {
        Table = table;
        Counts = counts;
        Description = description;
    }

    public global::Sozialindikatoren.Statistics.AdditiveTable Table { get; }

    public long[] Counts { get; }

    public string Description { get; }

    public override string ToString() => Description + " counts=[" + string.Join(",", Counts) + "]";
}

public static partial class Generators
{
    private static Gen<int[]> StatisticsTreeParents(int maxGroups, int maxLevels) =>
        from levels in Gen.Choose(1, maxLevels)
        from fanouts in Gen.ArrayOf(Gen.Choose(1, maxGroups), 64)
        select BuildTree(levels, fanouts);

    private static int[] BuildTree(int levels, int[] fanouts)
    {
        var parents = new List<int> { -1 };
        var frontier = new List<int> { 0 };
        var f = 0;
        for (var l = 0; l < levels; l++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                var k = fanouts[f++ % fanouts.Length];
                if (l == 0 && k < 2) k = 2;
                for (var c = 0; c < k; c++)
                {
                    parents.Add(node);
                    next.Add(parents.Count - 1);
                }
            }
            frontier = next;
        }
        return parents.ToArray();
    }

    private static Gen<long> StatisticsSmallCount() =>
        Gen.Frequency((3, Gen.Choose(0, 3)), (2, Gen.Choose(0, 12)), (1, Gen.Choose(0, 200))).Select(x => (long)x);

    /// <summary>Hierarchies (1–3 levels below a root, fan-out 1–4; single-child groups included) with leaf counts, many of them small.</summary>
    public static Arbitrary<StatisticsDisclosureCase> StatisticsDisclosure() =>
        Gen.OneOf(
            from parents in StatisticsTreeParents(4, 3)
            from leafValues in Gen.ArrayOf(StatisticsSmallCount(), parents.Length)
            select Hierarchy(parents, leafValues),
            from rows in StatisticsTreeParents(3, 2)
            from cols in StatisticsTreeParents(4, 1)
            from leafValues in Gen.ArrayOf(StatisticsSmallCount(), rows.Length * cols.Length)
            select TwoWay(rows, cols, leafValues)).ToArbitrary();

    private static StatisticsDisclosureCase Hierarchy(int[] parents, long[] leafValues)
    {
        var table = global::Sozialindikatoren.Statistics.AdditiveTable.FromParents(parents);
        var counts = new long[parents.Length];
        var isLeaf = Enumerable.Range(0, parents.Length).Select(i => !parents.Contains(i)).ToArray();
        for (var i = 0; i < parents.Length; i++)
        {
            if (!isLeaf[i]) continue;
            for (var c = i; c >= 0; c = parents[c]) counts[c] += leafValues[i];
        }
        return new StatisticsDisclosureCase(table, counts, "hierarchy parents=[" + string.Join(",", parents) + "]");
    }

    private static StatisticsDisclosureCase TwoWay(int[] rows, int[] cols, long[] leafValues)
    {
        var table = global::Sozialindikatoren.Statistics.AdditiveTable.TwoWay(rows, cols);
        int nr = rows.Length, nc = cols.Length;
        var rowLeaf = Enumerable.Range(0, nr).Select(i => !rows.Contains(i)).ToArray();
        var colLeaf = Enumerable.Range(0, nc).Select(i => !cols.Contains(i)).ToArray();
        var counts = new long[nr * nc];
        for (var r = 0; r < nr; r++)
        {
            if (!rowLeaf[r]) continue;
            for (var c = 0; c < nc; c++)
            {
                if (!colLeaf[c]) continue;
                var v = leafValues[r * nc + c];
                for (var rr = r; rr >= 0; rr = rows[rr])
                    for (var cc = c; cc >= 0; cc = cols[cc])
                        counts[rr * nc + cc] += v;
            }
        }
        return new StatisticsDisclosureCase(table, counts, "two-way rows=[" + string.Join(",", rows) + "] cols=[" + string.Join(",", cols) + "]");
    }
}
