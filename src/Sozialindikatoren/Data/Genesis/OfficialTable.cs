using NodaTime;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Data.Genesis;

/// <summary>The file layout an official table was read from.</summary>
public enum OfficialTableFormat
{
    /// <summary>The classic table CSV (<em>Werteabruf</em>/table export of GENESIS-Online, Regionaldatenbank, Landesdatenbank NRW):
    /// header lines, column header rows, one row per area, footer.</summary>
    Classic = 0,

    /// <summary>The flat-file CSV (<em>ffcsv</em>), one value per row, in the 2024 layout (<c>value</c>, <c>k_variable_*</c> columns)
    /// or the older layout (<c>Zeit</c>, <c>k_Merkmal_*</c>, <c>CODE__Label__Unit</c> columns).</summary>
    Flat = 1,
}

/// <summary>
/// One value of an official table (<em>Tabellenfeld</em>): area, period, variable and the value with its status.
/// </summary>
/// <remarks>The strings are shared between cells of the same row or column; building a cell allocates nothing.</remarks>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct OfficialTableCell : IEquatable<OfficialTableCell>
{
    /// <summary>Creates a cell.</summary>
    /// <param name="areaKey">The area key as printed (<em>Regionalschlüssel</em>, e.g. <c>05970040</c>, <c>DG</c>); not empty.</param>
    /// <param name="areaName">The area name without indentation (e.g. <c>Siegen, Universitätsstadt</c>).</param>
    /// <param name="indentation">The number of leading spaces of the name as printed (the hierarchy depth shown by the table), ≥ 0.</param>
    /// <param name="period">The year or reference date.</param>
    /// <param name="variable">The column attribute(s) joined with <c> | </c> (e.g. <c>männlich</c>, <c>unter 6 Jahre | weiblich</c>).</param>
    /// <param name="observation">The value and its status.</param>
    /// <param name="line">The 1-based line in the file the value came from (0 when not from a file).</param>
    /// <param name="column">The 1-based column in that line (0 when not from a file).</param>
    /// <exception cref="ArgumentException">The area key is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Indentation, line or column is negative.</exception>
    public OfficialTableCell(string areaKey, string areaName, int indentation, TablePeriod period, string variable, Observation observation, int line = 0, int column = 0)
    {
        ArgumentNullException.ThrowIfNull(areaKey);
        ArgumentNullException.ThrowIfNull(areaName);
        ArgumentNullException.ThrowIfNull(variable);
        if (areaKey.Length == 0) throw new ArgumentException("areaKey: must not be empty.", nameof(areaKey));
        ArgumentOutOfRangeException.ThrowIfNegative(indentation);
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        AreaKey = areaKey;
        AreaName = areaName;
        Indentation = indentation;
        Period = period;
        Variable = variable;
        Observation = observation;
        Line = line;
        Column = column;
    }

    /// <summary>The area key as printed (<em>Regionalschlüssel</em>): <c>DG</c> Germany, 2 digits Land, 3 Regierungsbezirk,
    /// 5 Kreis, 8 Gemeinde (AGS), 9 Gemeindeverband, 12 ARS.</summary>
    public string AreaKey { get; }

    /// <summary>The area name without the indentation.</summary>
    public string AreaName { get; }

    /// <summary>The number of leading spaces of the printed name (hierarchy depth in the table).</summary>
    public int Indentation { get; }

    /// <summary>The year or reference date.</summary>
    public TablePeriod Period { get; }

    /// <summary>The column attribute(s) joined with <c> | </c>.</summary>
    public string Variable { get; }

    /// <summary>The value with its status (see <see cref="OfficialSymbols"/> for the mapping of the symbols).</summary>
    public Observation Observation { get; }

    /// <summary>The 1-based line the value came from (0 when not from a file).</summary>
    public int Line { get; }

    /// <summary>The 1-based column the value came from (0 when not from a file).</summary>
    public int Column { get; }

    /// <inheritdoc />
    public bool Equals(OfficialTableCell other) =>
        string.Equals(AreaKey, other.AreaKey, StringComparison.Ordinal) && string.Equals(AreaName, other.AreaName, StringComparison.Ordinal)
        && Indentation == other.Indentation && Period == other.Period && string.Equals(Variable, other.Variable, StringComparison.Ordinal)
        && Observation == other.Observation && Line == other.Line && Column == other.Column;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OfficialTableCell c && Equals(c);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AreaKey, Period, Variable, Observation);

    /// <summary>Equality of all fields.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(OfficialTableCell left, OfficialTableCell right) => left.Equals(right);

    /// <summary>Inequality of any field.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(OfficialTableCell left, OfficialTableCell right) => !left.Equals(right);

    /// <summary>A short description, e.g. <c>05970 Siegen-Wittgenstein, Kreis · 2023-12-31 · männlich = 135000</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{AreaKey} {AreaName} · {Period} · {Variable} = {Observation}";
}

/// <summary>
/// The descriptive lines of an official table (<em>Tabellenkopf und -fuß</em>): code, title, measure, <em>Stand</em>,
/// copyright and licence, and every header and footer line as printed.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class OfficialTableMetadata
{
    internal OfficialTableMetadata(OfficialTableFormat format, string encodingName, string? tableCode, string? title, string? measure,
        LocalDate? stand, string? copyright, string? licence, string? sourceLine, IReadOnlyList<string> headerLines, IReadOnlyList<string> footerLines)
    {
        Format = format;
        EncodingName = encodingName;
        TableCode = tableCode;
        Title = title;
        Measure = measure;
        Stand = stand;
        Copyright = copyright;
        Licence = licence;
        SourceLine = sourceLine;
        HeaderLines = headerLines;
        FooterLines = footerLines;
    }

    /// <summary>The layout the table was read from.</summary>
    public OfficialTableFormat Format { get; }

    /// <summary>The text encoding detected: <c>utf-8</c> or <c>windows-1252</c> (ISO-8859-1 is read as its superset Windows-1252).</summary>
    public string EncodingName { get; }

    /// <summary>The table code (<em>Tabellencode</em>, e.g. <c>12411-01-01-4</c>), when the file names it (classic: the
    /// <c>GENESIS-Tabelle:</c>/<c>Tabelle:</c> line; flat: the file name before <c>_flat</c>, else the statistic code).</summary>
    public string? TableCode { get; }

    /// <summary>The title (classic: the first header line after the code; flat: <c>statistics_label</c>).</summary>
    public string? Title { get; }

    /// <summary>The measure with its unit (<em>Merkmal (Einheit)</em>, e.g. <c>Bevölkerungsstand (Anzahl)</c>), when printed.</summary>
    public string? Measure { get; }

    /// <summary>The data state (<em>Stand</em>) from the footer line <c>Stand: dd.mm.yyyy</c>, when present.</summary>
    public LocalDate? Stand { get; }

    /// <summary>The copyright/source line (e.g. <c>© Statistische Ämter des Bundes und der Länder, Deutschland, 2024.</c>), when present.</summary>
    public string? Copyright { get; }

    /// <summary>The licence line (e.g. <c>Datenlizenz Deutschland – Namensnennung – Version 2.0</c>), when present.</summary>
    public string? Licence { get; }

    /// <summary>The source note (a header or footer line starting with <c>Quelle</c>, <c>Datenquelle</c> or <c>Source</c>), when present.</summary>
    public string? SourceLine { get; }

    /// <summary>Every header line before the column headers, as printed (trimmed).</summary>
    public IReadOnlyList<string> HeaderLines { get; }

    /// <summary>Every footer line after the data (notes, copyright, Stand, licence), as printed (trimmed), without the underscore rule.</summary>
    public IReadOnlyList<string> FooterLines { get; }
}

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
