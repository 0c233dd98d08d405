using System.CommandLine;
using Sozialindikatoren.Data;

namespace Sozialindikatoren.Cli;

/// <summary>
/// Every command writes its files through here (<see cref="OutputFolder"/>): inputs are never replaced (exit 2, also
/// with <c>--force</c>), existing files only when ours or with <c>--force</c> (else exit 2), writes go through a
/// temporary file and a rename, and a write error is exit 1 with the path.
/// </summary>
internal static class CliOutput
{
    /// <summary>The default output folder of commands that write several files.</summary>
    public const string DefaultFolder = "sozialindikatoren-ausgabe";

    /// <summary>The <c>--force</c> option, recursive on the root command.</summary>
    public static Option<bool> CreateForceOption() => new("--force")
    {
        Description = "Vorhandene fremde Ausgabedateien ersetzen (nie Eingabedateien) / replace existing output files not written by this tool (never inputs).",
        Recursive = true,
    };

    /// <summary>Whether <c>--force</c> was given.</summary>
    public static bool Force(ParseResult parse) => parse.GetValue<bool>("--force");

    /// <summary>Writes files into an output folder; null on success, else the exit code (message on stderr).</summary>
    public static int? WriteFolder(ParseResult parse, string directory, IEnumerable<string?> inputs, TextWriter stderr, params (string Name, string Content)[] files) =>
        WriteFolder(parse, directory, inputs, stderr, out _, files);

    /// <summary>Writes files into an output folder and returns their paths; null on success, else the exit code.</summary>
    public static int? WriteFolder(ParseResult parse, string directory, IEnumerable<string?> inputs, TextWriter stderr, out IReadOnlyList<string> written, params (string Name, string Content)[] files) =>
        WriteFolder(parse, directory, inputs, stderr, out written, files, []);

    /// <summary>Writes text and binary files into an output folder and returns their paths; null on success, else the exit code.</summary>
    public static int? WriteFolder(ParseResult parse, string directory, IEnumerable<string?> inputs, TextWriter stderr, out IReadOnlyList<string> written,
        IReadOnlyList<(string Name, string Content)> files, IReadOnlyList<(string Name, byte[] Content)> binaries)
    {
        IReadOnlyList<string> paths = [];
        var code = Guard(directory, stderr, () => paths = new OutputFolder(directory, inputs, Force(parse)).WriteAll(files, binaries));
        written = paths;
        return code;
    }

    /// <summary>Writes one output file (its first line is our header); null on success, else the exit code.</summary>
    public static int? WriteFile(ParseResult parse, string path, IEnumerable<string?> inputs, TextWriter stderr, Action<TextWriter> write) =>
        WriteFile(Force(parse), path, inputs, stderr, write);

    /// <summary>Writes one output file (its first line is our header); null on success, else the exit code.</summary>
    public static int? WriteFile(bool force, string path, IEnumerable<string?> inputs, TextWriter stderr, Action<TextWriter> write) =>
        Guard(path, stderr, () => OutputFolder.WriteFile(path, inputs, force, write));

    /// <summary>Writes one binary output file through <paramref name="write"/> (path, inputs, force); null on success, else the exit code.</summary>
    public static int? WriteBinaryFile(ParseResult parse, string path, IEnumerable<string?> inputs, TextWriter stderr, Action<string, IEnumerable<string?>, bool> write) =>
        Guard(path, stderr, () => write(path, inputs, Force(parse)));

    /// <summary>Checks one output file before a long computation; null when it may be written, else the exit code.</summary>
    public static int? CheckFile(ParseResult parse, string path, string header, IEnumerable<string?> inputs, TextWriter stderr) =>
        Guard(path, stderr, () => OutputFolder.CheckFile(path, header, inputs, Force(parse)));

    private static int? Guard(string path, TextWriter stderr, Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (OutputRefusedException e)
        {
            stderr.WriteLine("Fehler / error: --out: " + e.Message);
            return CliApp.UsageError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Fehler / error: --out: {path}: {e.Message}");
            return CliApp.InvalidInput;
        }
    }
}
