namespace Sozialindikatoren.Statistics;

/// <summary>
/// An <see cref="AdditiveTable"/> read as a flow network (<em>Tabelle als Netzwerk</em>): one node per relation plus a
/// ground node, one arc per cell, so that every relation "total = Σ parts" is flow conservation at its node.
/// </summary>
/// <remarks>
/// <para>Each relation gets an orientation s = ±1; a cell enters a node when s · role = +1 (role +1 for the total, −1 for
/// a part) and leaves it otherwise. A cell in two relations must enter one and leave the other, which fixes the
/// orientation of the second relation from the first (a breadth-first 2-colouring of the relations); a cell in one
/// relation is an arc to or from the ground node, whose conservation is implied by all others (Σ over relations of
/// total − Σ parts counts every two-relation cell once with each sign). The table is a network when the colouring
/// succeeds and no cell lies in three or more relations: single hierarchies (<see cref="AdditiveTable.FromParents"/>),
/// one-way lists with a total, and two-way tables with one level of margins in each dimension (rows → cells →
/// columns, the margins and the grand total closing the circulation). Nested two-way tables are not networks.</para>
/// <para>With published cells fixed, the feasible values of the suppressed cells are exactly the non-negative flows on
/// their arcs with the published flows as node supplies — the transportation problem of cell bounds.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
internal sealed class TableNetwork
{
    private readonly int[] _offsets;
    private readonly int[] _incident;

    private TableNetwork(int nodeCount, int[] tail, int[] head)
    {
        NodeCount = nodeCount;
        Tail = tail;
        Head = head;
        _offsets = new int[nodeCount + 1];
        for (var c = 0; c < tail.Length; c++)
        {
            if (tail[c] < 0) continue;
            _offsets[tail[c] + 1]++;
            _offsets[head[c] + 1]++;
        }
        for (var v = 0; v < nodeCount; v++) _offsets[v + 1] += _offsets[v];
        _incident = new int[_offsets[nodeCount]];
        var fill = _offsets[..nodeCount];
        for (var c = 0; c < tail.Length; c++)
        {
            if (tail[c] < 0) continue;
            _incident[fill[tail[c]]++] = c;
            _incident[fill[head[c]]++] = c;
        }
    }

    /// <summary>Relations plus the ground node (the last node).</summary>
    public int NodeCount { get; }

    /// <summary>Tail node per cell, −1 for a cell in no relation.</summary>
    public int[] Tail { get; }

    /// <summary>Head node per cell, −1 for a cell in no relation.</summary>
    public int[] Head { get; }

    /// <summary>The cells whose arcs touch a node (ascending).</summary>
    public ReadOnlySpan<int> Incident(int node) => _incident.AsSpan(_offsets[node], _offsets[node + 1] - _offsets[node]);

    /// <summary>The network of a table, or null when the table is not one.</summary>
    public static TableNetwork? TryBuild(AdditiveTable table)
    {
        var relations = table.Relations;
        var n = table.CellCount;
        for (var c = 0; c < n; c++)
            if (table.RelationsOf(c).Length > 2) return null;
        var sign = new int[relations.Count];
        var queue = new Queue<int>();
        for (var start = 0; start < relations.Count; start++)
        {
            if (sign[start] != 0) continue;
            sign[start] = 1;
            queue.Enqueue(start);
            while (queue.Count > 0)
            {
                var a = queue.Dequeue();
                int[] cells = [relations[a].Total, .. relations[a].Parts];
                foreach (var cell in cells)
                {
                    var rels = table.RelationsOf(cell);
                    if (rels.Length != 2) continue;
                    var b = rels[0] == a ? rels[1] : rels[0];
                    if (b == a) return null;
                    var wanted = -sign[a] * Role(relations[a], cell) * Role(relations[b], cell);
                    if (sign[b] == 0) { sign[b] = wanted; queue.Enqueue(b); }
                    else if (sign[b] != wanted) return null;
                }
            }
        }
        var ground = relations.Count;
        var tail = new int[n];
        var head = new int[n];
        for (var c = 0; c < n; c++)
        {
            var rels = table.RelationsOf(c);
            tail[c] = head[c] = -1;
            if (rels.Length == 0) continue;
            int into = ground, outOf = ground;
            foreach (var r in rels)
            {
                if (sign[r] * Role(relations[r], c) > 0) into = r;
                else outOf = r;
            }
            tail[c] = outOf;
            head[c] = into;
        }
        return new TableNetwork(relations.Count + 1, tail, head);
    }

    private static int Role(AdditiveRelation relation, int cell) => relation.Total == cell ? 1 : -1;
}
