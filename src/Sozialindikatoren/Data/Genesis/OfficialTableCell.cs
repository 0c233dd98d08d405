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
