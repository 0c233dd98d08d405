using System.Globalization;
using System.Text;

namespace Sozialindikatoren.Common;

/// <summary>How serious a <see cref="DataProblem"/> is (<em>Schweregrad</em>).</summary>
public enum ProblemSeverity
{
    /// <summary>The data cannot be used as it is (<em>Fehler</em>); readers and validation throw
    /// <see cref="DataProblemException"/>.</summary>
    Error = 0,
    /// <summary>The data can be used, but a figure is probably wrong or incomplete (<em>Warnung</em>).</summary>
    Warning = 1,
    /// <summary>Worth knowing, nothing wrong (<em>Hinweis</em>), e.g. a default that was applied.</summary>
    Note = 2,
}

/// <summary>
/// One problem found while reading or validating data (<em>Prüfbefund</em>): where it is (file, sheet or JSON path;
/// line; column), which field, which value was wrong, what is wrong and how serious it is. The one problem record of
/// the library: every reader and the data-set validation report with it, and <see cref="DataProblemException"/>
/// carries a list of them.
/// </summary>
/// <remarks>
/// <para>Lines and columns are 1-based; 0 means "not known" or "not applicable" (a problem with the whole file, or a
/// JSON path, which names the place by itself). Lines count physical text lines, so a quoted field spanning two lines
/// advances the count by two.</para>
/// <para><see cref="Field"/> and <see cref="Value"/> are null when there is none (a missing file has no value); an
/// empty string is an empty value that was read.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed record DataProblem
{
    /// <summary>Creates a problem with a line and column.</summary>
    /// <param name="source">Where: a file name (<c>angebote.csv</c>), a sheet, or a file with a JSON path
    /// (<c>dataset.json: $.offerings[3]</c>) or an id path (<c>offering 'x'</c>); never null, may be empty.</param>
    /// <param name="line">The 1-based line, or 0 when not known.</param>
    /// <param name="column">The 1-based column (field number), or 0 when not known.</param>
    /// <param name="field">The field or column header, or null.</param>
    /// <param name="value">The offending value as read, or null when there is none.</param>
    /// <param name="message">What is wrong (not empty).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> or <paramref name="column"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="message"/> is empty.</exception>
    public DataProblem(string source, int line, int column, string? field, string? value, string message)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        if (string.IsNullOrWhiteSpace(message))
            throw new ArgumentException("message: must not be empty.", nameof(message));
        Source = source;
        Line = line;
        Column = column;
        Field = field;
        Value = value;
        Message = message;
    }

    /// <summary>Creates a problem without line and column (a JSON path, an id path or a whole file).</summary>
    /// <param name="source">Where (see the other constructor).</param>
    /// <param name="field">The field, or null.</param>
    /// <param name="value">The offending value, or null.</param>
    /// <param name="message">What is wrong (not empty).</param>
    /// <exception cref="ArgumentException"><paramref name="message"/> is empty.</exception>
    public DataProblem(string source, string? field, string? value, string message)
        : this(source, 0, 0, field, value, message)
    {
    }

    /// <summary>Where: file, sheet, JSON path or id path.</summary>
    public string Source { get; private init; }

    /// <summary>The 1-based line, or 0 when not known.</summary>
    public int Line { get; }

    /// <summary>The 1-based column (field number within the line), or 0 when not known.</summary>
    public int Column { get; }

    /// <summary>The field or column header, or null.</summary>
    public string? Field { get; }

    /// <summary>The offending value as read, or null.</summary>
    public string? Value { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <summary>The worksheet (<em>Tabellenblatt</em>) of a workbook input, or null for other inputs. When set,
    /// <see cref="Source"/> is the workbook file, <see cref="Line"/> the worksheet row and <see cref="Column"/> the
    /// worksheet column (1 = A), and <see cref="ToString"/> writes <c>sheet 'raeume', row 3, column C</c>.</summary>
    public string? Sheet { get; init; }

    /// <summary>How serious the problem is; <see cref="ProblemSeverity.Error"/> unless set.</summary>
    public ProblemSeverity Severity { get; init; } = ProblemSeverity.Error;

    /// <summary>The same problem with <paramref name="prefix"/> put in front of <see cref="Source"/>, e.g. the folder
    /// of a data set or the file of a JSON path (<c>prefix: source</c>).</summary>
    /// <param name="prefix">The outer place (not null); an empty prefix returns the problem unchanged.</param>
    /// <returns>The problem.</returns>
    public DataProblem Within(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length == 0) return this;
        return this with { Source = Source.Length == 0 ? prefix : prefix + ": " + Source };
    }

    /// <summary>The problem as one line, e.g. <c>angebote.csv, line 12, column 4 (capacity), value '1,2,3': not a
    /// number</c>; warnings and notes start with <c>warning:</c> or <c>note:</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        if (Severity == ProblemSeverity.Warning) sb.Append("warning: ");
        else if (Severity == ProblemSeverity.Note) sb.Append("note: ");
        sb.Append(Source.Length == 0 ? "<input>" : Source);
        if (Sheet is not null) sb.Append(", sheet '").Append(Sheet).Append('\'');
        if (Line > 0) sb.Append(Sheet is null ? ", line " : ", row ").Append(Line.ToString(CultureInfo.InvariantCulture));
        if (Column > 0) sb.Append(", column ").Append(Sheet is null ? Column.ToString(CultureInfo.InvariantCulture) : ColumnLetters(Column));
        if (!string.IsNullOrEmpty(Field)) sb.Append(" (").Append(Field).Append(')');
        if (Value is not null) sb.Append(", value '").Append(Shorten(Value)).Append('\'');
        sb.Append(": ").Append(Message);
        return sb.ToString();
    }

    /// <summary>The worksheet column letters of a 1-based column number: 1 → <c>A</c>, 27 → <c>AA</c>.</summary>
    /// <param name="column">The column (≥ 1).</param>
    /// <returns>The letters.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is below 1.</exception>
    public static string ColumnLetters(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    private static string Shorten(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 77), "...");
}
