using System.Globalization;
using NodaTime;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Gaps;

/// <summary>Index structures over the region: base spaces, aggregates and the mapping of every space to them.</summary>
internal sealed class SpaceLayout
{
    public required SocialSpace[] Spaces { get; init; }
    public required int[] Parent { get; init; }
    /// <summary>Region index of each base space, in region order.</summary>
    public required int[] Bases { get; init; }
    /// <summary>Per region index: base position of the space or its base ancestor, else -1.</summary>
    public required int[] BaseOf { get; init; }
    /// <summary>Per region index: aggregate position, else -1.</summary>
    public required int[] AggregateOf { get; init; }
    /// <summary>Region index of each aggregate, in output order (finer levels first, then region order).</summary>
    public required int[] Aggregates { get; init; }
    /// <summary>Base positions below each aggregate (ascending).</summary>
    public required int[][] Members { get; init; }
    /// <summary>Per region index: whether it is a base space.</summary>
    public required bool[] IsBase { get; init; }

    public int BaseCount => Bases.Length;

    public static SpaceLayout Build(Region region, SpaceLevel? baseLevel)
    {
        var spaces = region.Spaces.ToArray();
        var n = spaces.Length;
        var parent = new int[n];
        var hasChildren = new bool[n];
        for (var i = 0; i < n; i++)
        {
            parent[i] = spaces[i].Parent is { } p ? region.IndexOf(p) : -1;
            if (parent[i] >= 0) hasChildren[parent[i]] = true;
        }
        var isBase = new bool[n];
        var bases = new List<int>();
        var basePos = new int[n];
        Array.Fill(basePos, -1);
        for (var i = 0; i < n; i++)
        {
            isBase[i] = baseLevel is { } lvl ? spaces[i].Level == lvl : !hasChildren[i];
            if (isBase[i])
            {
                basePos[i] = bases.Count;
                bases.Add(i);
            }
        }
        if (bases.Count == 0)
            throw new ArgumentException($"gap analysis: no base spaces (base level {(baseLevel?.ToString() ?? "leaves")}).", nameof(baseLevel));
        var baseOf = new int[n];
        for (var i = 0; i < n; i++)
        {
            var j = i;
            while (j >= 0 && !isBase[j]) j = parent[j];
            baseOf[i] = j >= 0 ? basePos[j] : -1;
        }
        var aggOf = new int[n];
        Array.Fill(aggOf, -1);
        var aggList = new List<int>();
        var members = new List<List<int>>();
        for (var b = 0; b < bases.Count; b++)
        {
            for (var p = parent[bases[b]]; p >= 0; p = parent[p])
            {
                if (aggOf[p] < 0)
                {
                    aggOf[p] = aggList.Count;
                    aggList.Add(p);
                    members.Add([]);
                }
                members[aggOf[p]].Add(b);
            }
        }
        // Output order: finer levels first (districts, municipalities, planning regions, county), region order within a level.
        var order = Enumerable.Range(0, aggList.Count)
            .OrderByDescending(a => (int)spaces[aggList[a]].Level).ThenBy(a => aggList[a]).ToArray();
        var aggregates = order.Select(a => aggList[a]).ToArray();
        var orderedMembers = order.Select(a => members[a].ToArray()).ToArray();
        for (var a = 0; a < aggregates.Length; a++) aggOf[aggregates[a]] = a;
        return new SpaceLayout
        {
            Spaces = spaces, Parent = parent, Bases = bases.ToArray(), BaseOf = baseOf, AggregateOf = aggOf,
            Aggregates = aggregates, Members = orderedMembers, IsBase = isBase,
        };
    }
}
