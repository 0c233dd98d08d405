using System.CommandLine;
using System.Text;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data;
using Sozialindikatoren.Reporting;

namespace Sozialindikatoren.Cli;

/// <summary>The <c>--summary FILE.json</c> option of <c>index</c>, <c>gaps</c> and <c>access</c>: the warnings (also
/// printed to stderr) and the row count in the JSON form of the cuts <c>summary.json</c> (<see cref="RunSummaryJson"/>).</summary>
internal static class CliSummary
{
    /// <summary>The option.</summary>
    public static Option<FileInfo?> CreateOption() => new("--summary")
    {
        Description = "Zusammenfassung als JSON (Warnungen, Zeilenzahl) / machine-readable summary: JSON with rows and warnings (as summary.json of cuts).",
    };

    /// <summary>Writes the summary when the option was given; null on success (or no option), else the exit code.</summary>
    public static int? Write(ParseResult parse, Option<FileInfo?> option, string command, long rows, IReadOnlyList<DataProblem> warnings, IEnumerable<string?> inputs, TextWriter stderr)
    {
        if (parse.GetValue(option) is not { } file) return null;
        var bytes = new UTF8Encoding(false).GetBytes(RunSummaryJson.Write(command, rows, warnings));
        return CliOutput.WriteBinaryFile(parse, file.FullName, inputs, stderr,
            (path, ins, force) => OutputFolder.WriteBinaryFile(path, ins, force, IsOurs, s => s.Write(bytes)));
    }

    private static bool IsOurs(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            var buffer = new char[256];
            return RunSummaryJson.IsOurs(new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }
}
