namespace Sozialindikatoren.Common;

/// <summary>
/// Thrown when data cannot be read or does not validate (<em>fehlerhafte oder ungültige Daten</em>): the one exception
/// of every reader and of the data-set validation. <see cref="Problems"/> lists <em>every</em> problem found (readers
/// collect problems in cells and stop at the first structural problem); the message lists them too (at most 20, then
/// a count).
/// </summary>
/// <remarks>Readers throw only this exception for bad content (random, truncated or malformed input), never an
/// <see cref="IndexOutOfRangeException"/> or similar. Arguments that are null still throw
/// <see cref="ArgumentNullException"/>, and failures of the underlying stream propagate as <see cref="IOException"/>.</remarks>
/// <threadsafety>Immutable after construction; thread-safe to read.</threadsafety>
public sealed class DataProblemException : Exception
{
    /// <summary>Creates the exception for one problem.</summary>
    /// <param name="problem">The problem.</param>
    public DataProblemException(DataProblem problem)
        : this(problem, null)
    {
    }

    /// <summary>Creates the exception for one problem with its cause.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="innerException">The cause, or null.</param>
    public DataProblemException(DataProblem problem, Exception? innerException)
        : base(problem?.ToString(), innerException)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Problems = [problem];
    }

    /// <summary>Creates the exception for several problems.</summary>
    /// <param name="problems">The problems (at least one).</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public DataProblemException(IEnumerable<DataProblem> problems)
        : this(ToList(problems))
    {
    }

    /// <summary>Creates the exception with a message only (for serialisation frameworks and generic handlers); the
    /// message becomes one problem without a place.</summary>
    /// <param name="message">The message.</param>
    public DataProblemException(string message)
        : this(new DataProblem("", null, null, string.IsNullOrWhiteSpace(message) ? "invalid data" : message))
    {
    }

    /// <summary>Creates the exception with a message and a cause; the message becomes one problem without a place.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DataProblemException(string message, Exception innerException)
        : this(new DataProblem("", null, null, string.IsNullOrWhiteSpace(message) ? "invalid data" : message), innerException)
    {
    }

    /// <summary>Creates the exception without details.</summary>
    public DataProblemException()
        : this("invalid data")
    {
    }

    private DataProblemException(DataProblem[] problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in the order found; never empty.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    private static DataProblem[] ToList(IEnumerable<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var list = problems.ToArray();
        if (list.Length == 0) throw new ArgumentException("problems: at least one problem is required.", nameof(problems));
        foreach (var p in list) ArgumentNullException.ThrowIfNull(p, nameof(problems));
        return list;
    }

    private static string Describe(DataProblem[] problems)
    {
        if (problems.Length == 1) return problems[0].ToString();
        var lines = problems.Take(20).Select(p => "  " + p.ToString());
        var more = problems.Length > 20 ? $"{Environment.NewLine}  ... and {problems.Length - 20} more" : "";
        return $"{problems.Length} problems:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
