using System.Globalization;

namespace Sozialindikatoren.Statistics;

/// <summary>
/// A two-way table of counts with its margins (<em>Kreuztabelle mit Randsummen</em>), e.g. spaces × age bands: the
/// interior counts, the row and column totals and the grand total, as an <see cref="AdditiveTable"/> for disclosure
/// control.
/// </summary>
/// <remarks>
/// The table has (rows + 1) × (columns + 1) cells; index 0 of each dimension is the total, so interior cell (r, c) is
/// <see cref="AdditiveTable.TwoWayIndex"/>(r + 1, c + 1, columns + 1). With one level of margins the table is a network
/// (<see cref="AdditiveTable.IsNetwork"/>), so <see cref="Suppress"/> includes the exact interval audit. A one-way list
/// of counts with its total is the table with one column.
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class CrossTable
{
    private readonly long[] _counts;

    /// <summary>Creates the table and computes its margins.</summary>
    /// <param name="rowKeys">The row keys (e.g. space ids): at least one, distinct, not empty.</param>
    /// <param name="columnKeys">The column keys (e.g. age bands): at least one, distinct, not empty.</param>
    /// <param name="counts">The interior counts [row, column], each ≥ 0; the dimensions must match the keys.</param>
    /// <exception cref="ArgumentException">Empty or duplicate keys, dimensions that do not match, or totals beyond the range of <see cref="long"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative count.</exception>
    public CrossTable(IReadOnlyList<string> rowKeys, IReadOnlyList<string> columnKeys, long[,] counts)
    {
        ArgumentNullException.ThrowIfNull(rowKeys);
        ArgumentNullException.ThrowIfNull(columnKeys);
        ArgumentNullException.ThrowIfNull(counts);
        RowKeys = CheckKeys(rowKeys, nameof(rowKeys));
        ColumnKeys = CheckKeys(columnKeys, nameof(columnKeys));
        int m = RowKeys.Count, n = ColumnKeys.Count;
        if (counts.GetLength(0) != m || counts.GetLength(1) != n)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"counts: {counts.GetLength(0)} × {counts.GetLength(1)} values for {m} rows × {n} columns."), nameof(counts));
        _counts = new long[(m + 1) * (n + 1)];
        try
        {
            for (var r = 0; r < m; r++)
                for (var c = 0; c < n; c++)
                {
                    var v = counts[r, c];
                    if (v < 0) throw new ArgumentOutOfRangeException(nameof(counts), v, string.Create(CultureInfo.InvariantCulture, $"counts[{r}, {c}]: negative count ({v})."));
                    _counts[(r + 1) * (n + 1) + c + 1] = v;
                    checked
                    {
                        _counts[(r + 1) * (n + 1)] += v;
                        _counts[c + 1] += v;
                        _counts[0] += v;
                    }
                }
        }
        catch (OverflowException e)
        {
            throw new ArgumentException("counts: a total exceeds the range of a 64-bit count.", nameof(counts), e);
        }
        Table = AdditiveTable.TwoWay([-1, .. Enumerable.Repeat(0, m)], [-1, .. Enumerable.Repeat(0, n)]);
    }

    /// <summary>The row keys, in order.</summary>
    public IReadOnlyList<string> RowKeys { get; }

    /// <summary>The column keys, in order.</summary>
    public IReadOnlyList<string> ColumnKeys { get; }

    /// <summary>The table structure: (rows + 1) × (columns + 1) cells, index 0 of each dimension the total.</summary>
    public AdditiveTable Table { get; }

    /// <summary>Every cell's count (interior and margins), indexed like <see cref="Table"/>.</summary>
    public ReadOnlySpan<long> Counts => _counts;

    /// <summary>The cell index of (row, column); −1 stands for the total of that dimension.</summary>
    /// <param name="row">The row index (0 … rows − 1), or −1 for the column totals.</param>
    /// <param name="column">The column index (0 … columns − 1), or −1 for the row totals.</param>
    /// <returns>The index into <see cref="Counts"/> and <see cref="Table"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public int CellIndex(int row, int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(row, -1);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowKeys.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(column, -1);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, ColumnKeys.Count);
        return AdditiveTable.TwoWayIndex(row + 1, column + 1, ColumnKeys.Count + 1);
    }

    /// <summary>Primary and secondary suppression of the table with its margins (<see cref="DisclosureControl.Suppress(AdditiveTable, ReadOnlySpan{long}, DisclosureOptions)"/>).</summary>
    /// <param name="options">The options (minimum count, protection).</param>
    /// <returns>The state of every cell, indexed like <see cref="Counts"/>.</returns>
    public SuppressionResult Suppress(DisclosureOptions options) => DisclosureControl.Suppress(Table, _counts, options);

    private static string[] CheckKeys(IReadOnlyList<string> keys, string name)
    {
        if (keys.Count == 0) throw new ArgumentException(name + ": at least one key is needed.", name);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var k in keys)
        {
            if (string.IsNullOrWhiteSpace(k)) throw new ArgumentException(name + ": a key is empty.", name);
            if (!seen.Add(k)) throw new ArgumentException(name + ": key '" + k + "' appears twice.", name);
        }
        return [.. keys];
    }
}
