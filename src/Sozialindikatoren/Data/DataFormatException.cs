namespace Sozialindikatoren.Data;

/// <summary>
/// Thrown when a data file is malformed (<em>fehlerhafte Eingabedatei</em>): the message names file, line, column and
/// value of the first problem, and <see cref="Problems"/> lists every problem found (readers collect problems in cells
/// and stop at the first structural problem).
/// </summary>
/// <remarks>The readers of this namespace throw only this exception for bad content (random, truncated or malformed
/// input), never an <see cref="IndexOutOfRangeException"/> or similar. Arguments that are null still throw
/// <see cref="ArgumentNullException"/>, and failures of the underlying stream propagate as <see cref="IOException"/>.</remarks>
/// <threadsafety>Instances are immutable after construction; thread-safe to read.</threadsafety>
public sealed class DataFormatException : FormatException
{
    private static readonly IReadOnlyList<DataProblem> NoProblems = [];

    /// <summary>Creates an exception without problem details.</summary>
    public DataFormatException()
        : this("The data file is malformed.")
    {
    }

    /// <summary>Creates an exception with a message and no structured problem.</summary>
    /// <param name="message">The message.</param>
    public DataFormatException(string message)
        : base(message) => Problems = NoProblems;

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DataFormatException(string message, Exception innerException)
        : base(message, innerException) => Problems = NoProblems;

    /// <summary>Creates an exception for one problem.</summary>
    /// <param name="problem">The problem.</param>
    public DataFormatException(DataProblem problem)
        : this(problem, null)
    {
    }

    /// <summary>Creates an exception for one problem with its cause.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="innerException">The cause, or null.</param>
    public DataFormatException(DataProblem problem, Exception? innerException)
        : base(problem?.ToString(), innerException)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Problems = [problem];
    }

    /// <summary>Creates an exception for several problems; the message lists them all (at most 20, then a count).</summary>
    /// <param name="problems">The problems (at least one).</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public DataFormatException(IReadOnlyList<DataProblem> problems)
        : base(Describe(problems))
    {
        Problems = [.. problems];
    }

    /// <summary>Every problem found, in file order; empty only when the exception was built from a plain message.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    /// <summary>The input name of the first problem, or null.</summary>
    public string? InputName => Problems.Count > 0 ? Problems[0].Source : null;

    /// <summary>The line of the first problem (1-based), or 0.</summary>
    public int Line => Problems.Count > 0 ? Problems[0].Line : 0;

    /// <summary>The column of the first problem (1-based), or 0.</summary>
    public int Column => Problems.Count > 0 ? Problems[0].Column : 0;

    /// <summary>The offending value of the first problem, or null.</summary>
    public string? Value => Problems.Count > 0 ? Problems[0].Value : null;

    private static string Describe(IReadOnlyList<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0) throw new ArgumentException("problems: at least one problem is required.", nameof(problems));
        if (problems.Count == 1) return problems[0].ToString();
        var lines = problems.Take(20).Select(p => "  " + p.ToString());
        var more = problems.Count > 20 ? $"{Environment.NewLine}  ... and {problems.Count - 20} more" : "";
        return $"{problems.Count} problems:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
