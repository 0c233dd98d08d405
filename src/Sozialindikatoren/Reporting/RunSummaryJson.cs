using Sozialindikatoren.Common;

namespace Sozialindikatoren.Reporting;

/// <summary>
/// The machine-readable summary of a command that writes one CSV (<c>index</c>, <c>gaps</c>, <c>access</c>: their
/// <c>--summary FILE.json</c>): <c>format</c> (<c>sozialindikatoren/COMMAND-summary</c>), <c>version</c>,
/// <c>command</c>, <c>rows</c> (data rows written) and <c>warnings</c> — the same writer and member names as the cuts
/// <c>summary.json</c> and the report's <c>result.json</c> (<see cref="CutsOutput"/>), so a script reads the warnings of
/// every command the same way.
/// </summary>
/// <threadsafety>Pure; thread-safe.</threadsafety>
public static class RunSummaryJson
{
    /// <summary>The start of the <c>format</c> value, by which an existing summary file is recognised as ours.</summary>
    public const string FormatPrefix = "sozialindikatoren/";

    /// <summary>The summary as indented JSON (LF-terminated, invariant numbers).</summary>
    /// <param name="command">The command name (<c>index</c>, <c>gaps</c>, <c>access</c>).</param>
    /// <param name="rows">The number of data rows written.</param>
    /// <param name="warnings">Warnings and notes of the run (reading and calculation), in the order printed to stderr.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(string command, long rows, IReadOnlyList<DataProblem> warnings)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(warnings);
        return CutsOutput.Json(FormatPrefix + command + "-summary", w =>
        {
            w.WriteString("command", command);
            w.WriteNumber("rows", rows);
            CutsOutput.WriteWarnings(w, warnings);
        });
    }

    /// <summary>Whether a file's text is a summary written by this tool (for replacing it without <c>--force</c>).</summary>
    /// <param name="text">The start of the file.</param>
    /// <returns>True when it holds our <c>format</c> member.</returns>
    public static bool IsOurs(string text) =>
        text is not null && text.Contains("\"format\": \"" + FormatPrefix, StringComparison.Ordinal);
}
