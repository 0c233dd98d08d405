using NodaTime;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Data.Genesis;

/// <summary>
/// An official statistical table read from GENESIS-Online, the Regionaldatenbank Deutschland or the Landesdatenbank NRW
/// (<em>Tabelle der amtlichen Statistik</em>): its metadata and its values in long form, one <see cref="OfficialTableCell"/>
/// per area × period × variable.
/// </summary>
/// <remarks>Cells are in file order (classic: row by row, left to right). Values without a number keep their status;
/// nothing is converted to zero or NaN silently.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class OfficialTable
{
    private readonly OfficialTableCell[] _cells;
    private readonly int _count;

    /// <summary>Creates a table from metadata and cells (the readers use this; also useful for tests and conversions).</summary>
    /// <param name="metadata">The metadata.</param>
    /// <param name="cells">The cells (copied).</param>
    public OfficialTable(OfficialTableMetadata metadata, IEnumerable<OfficialTableCell> cells)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(cells);
        Metadata = metadata;
        _cells = [.. cells];
        _count = _cells.Length;
        Cells = Array.AsReadOnly(_cells);
    }

    /// <summary>Takes ownership of the first <paramref name="count"/> elements of <paramref name="cells"/> (no copy).</summary>
    internal OfficialTable(OfficialTableMetadata metadata, OfficialTableCell[] cells, int count)
    {
        Metadata = metadata;
        _cells = cells;
        _count = count;
        Cells = new ArraySegment<OfficialTableCell>(cells, 0, count);
    }

    /// <summary>The metadata (code, title, Stand, licence, header and footer lines).</summary>
    public OfficialTableMetadata Metadata { get; }

    /// <summary>The values in file order.</summary>
    public IReadOnlyList<OfficialTableCell> Cells { get; }

    /// <summary>The values as a span (no copy).</summary>
    public ReadOnlySpan<OfficialTableCell> CellSpan => _cells.AsSpan(0, _count);

    /// <summary>The distinct area keys in order of first appearance.</summary>
    /// <returns>The keys.</returns>
    public IReadOnlyList<string> AreaKeys() => Distinct(c => c.AreaKey);

    /// <summary>The distinct variables in order of first appearance.</summary>
    /// <returns>The variables.</returns>
    public IReadOnlyList<string> Variables() => Distinct(c => c.Variable);

    /// <summary>The distinct periods, ascending.</summary>
    /// <returns>The periods.</returns>
    public IReadOnlyList<TablePeriod> Periods() => [.. Cells.Select(c => c.Period).Distinct().Order()];

    /// <summary>Finds the cell of an area, period and variable (the first one in file order when a file repeats it).</summary>
    /// <param name="areaKey">The area key as printed.</param>
    /// <param name="period">The period.</param>
    /// <param name="variable">The variable (attributes joined with <c> | </c>).</param>
    /// <param name="cell">The cell, when found.</param>
    /// <returns>Whether the table holds such a cell. A linear search; index the cells yourself for many look-ups.</returns>
    public bool TryFind(string areaKey, TablePeriod period, string variable, out OfficialTableCell cell)
    {
        foreach (var c in CellSpan)
        {
            if (c.Period == period && string.Equals(c.AreaKey, areaKey, StringComparison.Ordinal) && string.Equals(c.Variable, variable, StringComparison.Ordinal))
            {
                cell = c;
                return true;
            }
        }
        cell = default;
        return false;
    }

    /// <summary>The cells whose observation has the given status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The cells, in file order.</returns>
    public IReadOnlyList<OfficialTableCell> WithStatus(ValueStatus status) => [.. Cells.Where(c => c.Observation.Status == status)];

    private string[] Distinct(Func<OfficialTableCell, string> key)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (var c in CellSpan)
        {
            var k = key(c);
            if (seen.Add(k)) list.Add(k);
        }
        return [.. list];
    }
}
