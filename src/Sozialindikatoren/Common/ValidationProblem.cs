namespace Sozialindikatoren;

/// <summary>
/// One problem found while validating or loading data (<em>Prüfbefund</em>): where (path: file, line or JSON path),
/// which field, which value, and what is wrong.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ValidationProblem : IEquatable<ValidationProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="path">Where: e.g. <c>dataset.json: $.offerings[3]</c> or <c>angebote.csv:12</c>.</param>
    /// <param name="field">The field, e.g. <c>capacity.amount</c>.</param>
    /// <param name="value">The offending value as text (may be empty).</param>
    /// <param name="message">What is wrong.</param>
    public ValidationProblem(string path, string field, string? value, string message)
    {
        Path = path ?? "";
        Field = field ?? "";
        Value = value ?? "";
        Message = message ?? "";
    }

    /// <summary>Where the problem is (file and line, or a JSON path, or an id path such as <c>offering 'x'</c>).</summary>
    public string Path { get; }

    /// <summary>The field.</summary>
    public string Field { get; }

    /// <summary>The offending value as text.</summary>
    public string Value { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(ValidationProblem? other) => other is not null && Path == other.Path && Field == other.Field && Value == other.Value && Message == other.Message;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValidationProblem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Field, Value, Message);

    /// <summary><c>path: field = 'value': message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Path}: {Field} = '{Value}': {Message}";
}

/// <summary>
/// Thrown when a data set or file has problems (<em>ungültige Daten</em>); lists <em>all</em> problems found, not just the first.
/// </summary>
/// <threadsafety>Immutable after construction.</threadsafety>
public sealed class DataValidationException : Exception
{
    /// <summary>Creates the exception from a non-empty list of problems.</summary>
    /// <param name="problems">The problems.</param>
    public DataValidationException(IReadOnlyList<ValidationProblem> problems)
        : base(BuildMessage(problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with one problem.</summary>
    /// <param name="message">The message.</param>
    public DataValidationException(string message) : base(message)
    {
        Problems = [new ValidationProblem("", "", "", message)];
    }

    /// <summary>Creates the exception (for serialisation frameworks).</summary>
    public DataValidationException() : this("Invalid data.") { }

    /// <summary>Creates the exception with an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DataValidationException(string message, Exception innerException) : base(message, innerException)
    {
        Problems = [new ValidationProblem("", "", "", message)];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    private static string BuildMessage(IReadOnlyList<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var head = problems.Count == 1 ? "1 problem found:" : $"{problems.Count} problems found:";
        return head + Environment.NewLine + string.Join(Environment.NewLine, problems.Take(200).Select(p => "  " + p));
    }
}
