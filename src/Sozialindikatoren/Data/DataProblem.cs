using System.Globalization;
using System.Text;

namespace Sozialindikatoren.Data;

/// <summary>
/// One problem found while reading a data file (<em>Fehler in der Eingabedatei</em>): where it is (file, line, column,
/// field) and which value was wrong.
/// </summary>
/// <remarks>
/// Lines and columns are 1-based; 0 means "not known" (e.g. a problem with the whole file). Lines count physical text
/// lines, so a quoted field spanning two lines advances the count by two.
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class DataProblem
{
    /// <summary>Creates a problem description.</summary>
    /// <param name="source">The file name or another name of the input (never null; may be empty).</param>
    /// <param name="line">The 1-based line, or 0 when not known.</param>
    /// <param name="column">The 1-based column (field number), or 0 when not known.</param>
    /// <param name="field">The field or column header, when known.</param>
    /// <param name="value">The offending value as read, when there is one.</param>
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

    /// <summary>The file name or another name of the input.</summary>
    public string Source { get; }

    /// <summary>The 1-based line, or 0 when not known.</summary>
    public int Line { get; }

    /// <summary>The 1-based column (field number within the line), or 0 when not known.</summary>
    public int Column { get; }

    /// <summary>The field or column header, when known.</summary>
    public string? Field { get; }

    /// <summary>The offending value as read, when there is one.</summary>
    public string? Value { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <summary>The problem as one line: <c>file.csv, line 12, column 4 (männlich), value '1,2,3': not a number</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(Source.Length == 0 ? "<input>" : Source);
        if (Line > 0) sb.Append(", line ").Append(Line.ToString(CultureInfo.InvariantCulture));
        if (Column > 0) sb.Append(", column ").Append(Column.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(Field)) sb.Append(" (").Append(Field).Append(')');
        if (Value is not null) sb.Append(", value '").Append(Shorten(Value)).Append('\'');
        sb.Append(": ").Append(Message);
        return sb.ToString();
    }

    private static string Shorten(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 77), "...");
}
