using System.Collections.ObjectModel;
using System.Globalization;

namespace Sozialindikatoren.Statistics;

/// <summary>
/// The structure of a table for disclosure control (<em>Tabellenstruktur für die Geheimhaltung</em>): cells 0 … n−1 and
/// the additive relations between them (total = sum of parts), independent of any domain type.
/// </summary>
/// <remarks>
/// <para>Build one from a hierarchy with <see cref="FromParents"/> (e.g. Gemeinde → Kreis → Land → Bund: every internal
/// node is the sum of its children), or a two-way table (space hierarchy × age bands) with <see cref="TwoWay"/>, where
/// relations run along both dimensions, or give explicit relations. Values are passed separately to
/// <see cref="DisclosureControl"/>.</para>
/// <para><see cref="IsHierarchy"/> is true when the table came from <see cref="FromParents"/>: every cell is the total
/// of at most one relation and a part of at most one, and the relations form a tree. For such tables the rule "no
/// relation has exactly one suppressed cell" already guarantees that no suppressed cell can be computed from the
/// published ones (see docs/methodology.md, "Secondary suppression"); for all others the linear audit is run.
/// Tables whose relations form a flow network (<see cref="IsNetwork"/>) also get the exact interval audit, which uses
/// that counts are ≥ 0.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class AdditiveTable
{
    private readonly AdditiveRelation[] _relations;
    private readonly int[] _cellOffsets;
    private readonly int[] _cellRelations;
    private readonly Lazy<TableNetwork?> _network;

    /// <summary>Creates a table structure from explicit relations.</summary>
    /// <param name="cellCount">The number of cells, ≥ 1.</param>
    /// <param name="relations">The additive relations; every index must be below <paramref name="cellCount"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The cell count is not positive or an index is out of range.</exception>
    public AdditiveTable(int cellCount, IReadOnlyList<AdditiveRelation> relations)
        : this(cellCount, relations, isHierarchy: false)
    {
    }

    private AdditiveTable(int cellCount, IReadOnlyList<AdditiveRelation> relations, bool isHierarchy)
    {
        ArgumentNullException.ThrowIfNull(relations);
        if (cellCount < 1) throw new ArgumentOutOfRangeException(nameof(cellCount), cellCount, "cellCount: must be ≥ 1.");
        _relations = relations.ToArray();
        var counts = new int[cellCount + 1];
        for (var r = 0; r < _relations.Length; r++)
        {
            var rel = _relations[r] ?? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"relations[{r}]: null."), nameof(relations));
            Check(rel.Total, cellCount, r);
            counts[rel.Total + 1]++;
            foreach (var p in rel.Parts)
            {
                Check(p, cellCount, r);
                counts[p + 1]++;
            }
        }
        for (var i = 0; i < cellCount; i++) counts[i + 1] += counts[i];
        _cellOffsets = counts;
        _cellRelations = new int[counts[cellCount]];
        var fill = counts.AsSpan(0, cellCount).ToArray();
        for (var r = 0; r < _relations.Length; r++)
        {
            _cellRelations[fill[_relations[r].Total]++] = r;
            foreach (var p in _relations[r].Parts) _cellRelations[fill[p]++] = r;
        }
        CellCount = cellCount;
        Relations = new ReadOnlyCollection<AdditiveRelation>(_relations);
        IsHierarchy = isHierarchy;
        _network = new Lazy<TableNetwork?>(() => TableNetwork.TryBuild(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The number of cells.</summary>
    public int CellCount { get; }

    /// <summary>The additive relations.</summary>
    public IReadOnlyList<AdditiveRelation> Relations { get; }

    /// <summary>Whether the table is a single hierarchy built by <see cref="FromParents"/> (see remarks).</summary>
    public bool IsHierarchy { get; }

    /// <summary>
    /// Whether the relations form a flow network (<em>Netzwerkstruktur</em>): every cell lies in at most two relations,
    /// and the relations can be oriented so that each cell in two relations enters one and leaves the other. True for
    /// hierarchies, one-way lists with a total and two-way tables with one level of margins per dimension; false for
    /// nested two-way tables. Only network tables get the exact interval audit
    /// (<see cref="DisclosureControl.FeasibleIntervals"/>).
    /// </summary>
    public bool IsNetwork => Network is not null;

    /// <summary>The table as a flow network, or null (computed once).</summary>
    internal TableNetwork? Network => _network.Value;

    /// <summary>The indices of the relations that contain a cell (as total or part).</summary>
    /// <param name="cell">The cell index.</param>
    /// <returns>The relation indices.</returns>
    public ReadOnlySpan<int> RelationsOf(int cell) => _cellRelations.AsSpan(_cellOffsets[cell], _cellOffsets[cell + 1] - _cellOffsets[cell]);

    /// <summary>
    /// A hierarchy given by parent indices (e.g. municipalities → Kreise → Länder → Bund): every cell with children is
    /// the sum of its children.
    /// </summary>
    /// <param name="parents">For each cell the index of its parent, or −1 for a root.</param>
    /// <returns>The table structure with one relation per internal cell.</returns>
    /// <exception cref="ArgumentException">A parent index is out of range, a cell is its own parent, or the parents form a cycle.</exception>
    public static AdditiveTable FromParents(ReadOnlySpan<int> parents)
    {
        var n = parents.Length;
        if (n == 0) throw new ArgumentException("parents: no cells.", nameof(parents));
        var children = new List<int>?[n];
        for (var i = 0; i < n; i++)
        {
            var p = parents[i];
            if (p < -1 || p >= n || p == i) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"parents[{i}]: invalid parent index {p}."), nameof(parents));
            if (p >= 0) (children[p] ??= []).Add(i);
        }
        // Cycle check: walk up from every cell with a step limit.
        var depthKnown = new int[n];
        for (var i = 0; i < n; i++)
        {
            var steps = 0;
            for (var c = i; c >= 0 && depthKnown[c] == 0; c = parents[c])
            {
                if (++steps > n) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"parents: the parents of cell {i} form a cycle."), nameof(parents));
            }
            for (var c = i; c >= 0 && depthKnown[c] == 0; c = parents[c]) depthKnown[c] = 1;
        }
        var relations = new List<AdditiveRelation>();
        for (var i = 0; i < n; i++)
            if (children[i] is { } ch) relations.Add(new AdditiveRelation(i, ch));
        return new AdditiveTable(n, relations, isHierarchy: true);
    }

    /// <summary>
    /// A two-way table (e.g. spaces × age bands) whose rows and columns are each a hierarchy (use a single root with
    /// all others as its children for a plain total). Cell (r, c) has index <c>r · columns + c</c>
    /// (<see cref="TwoWayIndex"/>). Relations run along both dimensions: for every column, each internal row is the sum
    /// of its child rows; for every row, each internal column is the sum of its child columns.
    /// </summary>
    /// <param name="rowParents">Parent index per row (−1 for a root).</param>
    /// <param name="columnParents">Parent index per column (−1 for a root).</param>
    /// <returns>The table structure.</returns>
    /// <exception cref="ArgumentException">A parent list is invalid (see <see cref="FromParents"/>).</exception>
    public static AdditiveTable TwoWay(ReadOnlySpan<int> rowParents, ReadOnlySpan<int> columnParents)
    {
        var rows = FromParents(rowParents);
        var cols = FromParents(columnParents);
        int nr = rows.CellCount, nc = cols.CellCount;
        var relations = new List<AdditiveRelation>();
        foreach (var rel in rows.Relations)
            for (var c = 0; c < nc; c++)
                relations.Add(new AdditiveRelation(rel.Total * nc + c, rel.Parts.ToArray().Select(r => r * nc + c).ToArray()));
        foreach (var rel in cols.Relations)
            for (var r = 0; r < nr; r++)
                relations.Add(new AdditiveRelation(r * nc + rel.Total, rel.Parts.ToArray().Select(c => r * nc + c).ToArray()));
        return new AdditiveTable(checked(nr * nc), relations, isHierarchy: false);
    }

    /// <summary>The cell index of (row, column) in a <see cref="TwoWay"/> table.</summary>
    /// <param name="row">The row index.</param>
    /// <param name="column">The column index.</param>
    /// <param name="columns">The number of columns.</param>
    /// <returns><c>row · columns + column</c>.</returns>
    public static int TwoWayIndex(int row, int column, int columns) => row * columns + column;

    /// <summary>Checks that values satisfy every relation exactly (total = Σ parts).</summary>
    /// <param name="values">One value per cell.</param>
    /// <returns>The index of the first violated relation, or −1 when all hold.</returns>
    /// <exception cref="ArgumentException">The number of values differs from the cell count.</exception>
    public int FirstViolatedRelation(ReadOnlySpan<long> values)
    {
        if (values.Length != CellCount) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"values: {values.Length} values for {CellCount} cells."), nameof(values));
        for (var r = 0; r < _relations.Length; r++)
        {
            long s = 0;
            foreach (var p in _relations[r].Parts) s += values[p];
            if (s != values[_relations[r].Total]) return r;
        }
        return -1;
    }

    private static void Check(int cell, int cellCount, int relation)
    {
        if (cell >= cellCount) throw new ArgumentOutOfRangeException(nameof(cell), cell, string.Create(CultureInfo.InvariantCulture, $"relations[{relation}]: cell index {cell} is not below the cell count {cellCount}."));
    }
}
