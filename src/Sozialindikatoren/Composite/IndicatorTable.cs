using System.Globalization;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Composite;

/// <summary>
/// A units × indicators data matrix of one period (<em>Datenmatrix</em>, COINr's <c>iData</c> of one year), stored
/// column by column: the working data of every step of the composite-index pipeline.
/// </summary>
/// <remarks>
/// <para><b>Missing values.</b> A missing cell is stored as <see cref="double.NaN"/> inside the pipeline; this is the
/// only meaning NaN has here. Use <see cref="IsMissing"/> or <see cref="MissingCount"/>; every step documents how it
/// treats missing cells (skipped, imputed, or propagated as missing). Infinite values are rejected.</para>
/// <para>Units are social spaces (<see cref="SpaceId"/>); indicators and aggregates are named by code (COINr's
/// <c>iCode</c>). Both must be unique.</para>
/// </remarks>
/// <threadsafety>Immutable after construction; thread-safe. The spans returned by <see cref="Column(int)"/> are
/// read-only views of internal storage.</threadsafety>
public sealed class IndicatorTable
{
    private readonly SpaceId[] _units;
    private readonly string[] _codes;
    private readonly double[][] _columns;
    private readonly Dictionary<string, int> _codeIndex;
    private readonly Dictionary<SpaceId, int> _unitIndex;

    /// <summary>Creates a table from columns (one array per indicator, one entry per unit); the arrays are copied.</summary>
    /// <param name="units">The unit (space) ids, unique.</param>
    /// <param name="codes">The indicator codes, unique and non-empty.</param>
    /// <param name="columns">One column per code, each of length <c>units.Count</c>; NaN = missing, infinities are rejected.</param>
    /// <exception cref="ArgumentException">Counts differ, a code or unit is duplicated or empty, or a value is infinite.</exception>
    public IndicatorTable(IReadOnlyList<SpaceId> units, IReadOnlyList<string> codes, IReadOnlyList<double[]> columns)
        : this(units.ToArray(), codes.ToArray(), columns.Select(c => (double[])c.Clone()).ToArray(), validate: true)
    {
    }

    internal IndicatorTable(SpaceId[] units, string[] codes, double[][] columns, bool validate)
    {
        _units = units;
        _codes = codes;
        _columns = columns;
        _unitIndex = new Dictionary<SpaceId, int>(units.Length);
        for (var i = 0; i < units.Length; i++)
        {
            if (!_unitIndex.TryAdd(units[i], i))
                throw new ArgumentException($"units: duplicate unit id '{units[i]}' at position {i}.", nameof(units));
        }
        _codeIndex = new Dictionary<string, int>(codes.Length, StringComparer.Ordinal);
        for (var j = 0; j < codes.Length; j++)
        {
            if (string.IsNullOrWhiteSpace(codes[j]))
                throw new ArgumentException($"codes: indicator code at position {j} is empty.", nameof(codes));
            if (!_codeIndex.TryAdd(codes[j], j))
                throw new ArgumentException($"codes: duplicate indicator code '{codes[j]}' at position {j}.", nameof(codes));
        }
        if (columns.Length != codes.Length)
            throw new ArgumentException($"columns: {columns.Length} columns for {codes.Length} codes.", nameof(columns));
        if (!validate) return;
        for (var j = 0; j < columns.Length; j++)
        {
            var col = columns[j] ?? throw new ArgumentException($"columns: column '{codes[j]}' is null.", nameof(columns));
            if (col.Length != units.Length)
                throw new ArgumentException($"columns: column '{codes[j]}' has {col.Length} values for {units.Length} units.", nameof(columns));
            for (var i = 0; i < col.Length; i++)
            {
                if (double.IsInfinity(col[i]))
                    throw new ArgumentException($"columns: value of '{codes[j]}' for unit '{units[i]}' is {col[i].ToString(CultureInfo.InvariantCulture)}; only finite numbers or NaN (missing) are allowed.", nameof(columns));
            }
        }
    }

    /// <summary>The unit (space) ids in row order.</summary>
    public IReadOnlyList<SpaceId> Units => _units;

    /// <summary>The indicator (or aggregate) codes in column order.</summary>
    public IReadOnlyList<string> Codes => _codes;

    /// <summary>Number of units (rows).</summary>
    public int UnitCount => _units.Length;

    /// <summary>Number of indicators (columns).</summary>
    public int IndicatorCount => _codes.Length;

    /// <summary>A column as a read-only span (NaN = missing).</summary>
    /// <param name="indicator">Column position.</param>
    /// <returns>The values of all units.</returns>
    public ReadOnlySpan<double> Column(int indicator) => _columns[indicator];

    /// <summary>A column by code.</summary>
    /// <param name="code">The indicator code.</param>
    /// <returns>The values of all units (NaN = missing).</returns>
    /// <exception cref="KeyNotFoundException">No such code.</exception>
    public ReadOnlySpan<double> Column(string code) => _columns[IndexOfRequired(code)];

    /// <summary>The value of one cell (NaN = missing).</summary>
    /// <param name="unit">Row position.</param>
    /// <param name="indicator">Column position.</param>
    public double this[int unit, int indicator] => _columns[indicator][unit];

    /// <summary>The value of one cell by unit id and code (NaN = missing).</summary>
    /// <param name="unit">The unit id.</param>
    /// <param name="code">The indicator code.</param>
    public double this[SpaceId unit, string code] => _columns[IndexOfRequired(code)][UnitIndexOfRequired(unit)];

    /// <summary>Whether a cell is missing.</summary>
    /// <param name="unit">Row position.</param>
    /// <param name="indicator">Column position.</param>
    /// <returns><c>true</c> when the cell holds no value.</returns>
    public bool IsMissing(int unit, int indicator) => double.IsNaN(_columns[indicator][unit]);

    /// <summary>Number of missing cells in the whole table.</summary>
    public int MissingCount
    {
        get
        {
            var n = 0;
            foreach (var col in _columns)
                foreach (var v in col)
                    if (double.IsNaN(v)) n++;
            return n;
        }
    }

    /// <summary>Position of a code, or −1.</summary>
    /// <param name="code">The indicator code.</param>
    /// <returns>The column position or −1.</returns>
    public int IndexOf(string code) => _codeIndex.TryGetValue(code, out var j) ? j : -1;

    /// <summary>Position of a unit, or −1.</summary>
    /// <param name="unit">The unit id.</param>
    /// <returns>The row position or −1.</returns>
    public int UnitIndexOf(SpaceId unit) => _unitIndex.TryGetValue(unit, out var i) ? i : -1;

    /// <summary>A copy of all columns (NaN = missing).</summary>
    /// <returns>New arrays, one per code.</returns>
    public double[][] ToColumnArrays() => _columns.Select(c => (double[])c.Clone()).ToArray();

    /// <summary>The table restricted to some units, in the given order.</summary>
    /// <param name="rows">Row positions to keep.</param>
    /// <returns>A new table.</returns>
    public IndicatorTable SelectUnits(IReadOnlyList<int> rows)
    {
        var units = new SpaceId[rows.Count];
        for (var k = 0; k < rows.Count; k++) units[k] = _units[rows[k]];
        var cols = new double[_columns.Length][];
        for (var j = 0; j < cols.Length; j++)
        {
            var c = new double[rows.Count];
            for (var k = 0; k < rows.Count; k++) c[k] = _columns[j][rows[k]];
            cols[j] = c;
        }
        return new IndicatorTable(units, (string[])_codes.Clone(), cols, validate: false);
    }

    /// <summary>The table restricted to some codes, in the given order.</summary>
    /// <param name="codes">Codes to keep.</param>
    /// <returns>A new table sharing no storage with this one.</returns>
    /// <exception cref="KeyNotFoundException">A code is unknown.</exception>
    public IndicatorTable SelectCodes(IReadOnlyList<string> codes)
    {
        var cols = new double[codes.Count][];
        for (var k = 0; k < codes.Count; k++) cols[k] = (double[])_columns[IndexOfRequired(codes[k])].Clone();
        return new IndicatorTable((SpaceId[])_units.Clone(), codes.ToArray(), cols, validate: false);
    }

    internal double[] ColumnArray(int j) => _columns[j];

    internal SpaceId[] UnitArray => _units;

    internal string[] CodeArray => _codes;

    internal static IndicatorTable Wrap(SpaceId[] units, string[] codes, double[][] columns) => new(units, codes, columns, validate: false);

    internal IndicatorTable WithColumns(double[][] columns) => new(_units, _codes, columns, validate: false);

    internal int IndexOfRequired(string code) =>
        _codeIndex.TryGetValue(code, out var j) ? j : throw new KeyNotFoundException($"code: no indicator '{code}' in the table.");

    private int UnitIndexOfRequired(SpaceId unit) =>
        _unitIndex.TryGetValue(unit, out var i) ? i : throw new KeyNotFoundException($"unit: no unit '{unit}' in the table.");

    /// <summary>A short description, e.g. <c>IndicatorTable 51 units × 49 indicators, 63 missing</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"IndicatorTable {UnitCount} units × {IndicatorCount} indicators, {MissingCount} missing");
}
