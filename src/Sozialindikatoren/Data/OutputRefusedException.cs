using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sozialindikatoren.Data;

/// <summary>Why an output was refused (<em>Grund der Verweigerung</em>).</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum OutputRefusal
{
    /// <summary>The output would replace a file read as input of the same run (refused even with force).</summary>
    ReplacesInput = 1,
    /// <summary>An existing file that this tool did not write (not in the folder's manifest, or without our header); allowed with force.</summary>
    NotOurs = 2,
    /// <summary>The output folder is a file, or the output file is a folder.</summary>
    WrongKind = 3,
}

/// <summary>
/// Thrown before anything is written when an output would replace an input or a file that is not ours
/// (<em>Ausgabe verweigert</em>). A usage error: the CLI exits with code 2.
/// </summary>
/// <threadsafety>Immutable after construction.</threadsafety>
public sealed class OutputRefusedException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The full path of the refused output.</param>
    /// <param name="reason">Why it was refused.</param>
    public OutputRefusedException(string path, OutputRefusal reason)
        : base(Describe(path, reason))
    {
        OutputPath = path;
        Reason = reason;
    }

    /// <summary>The full path of the refused output.</summary>
    public string OutputPath { get; }

    /// <summary>Why it was refused.</summary>
    public OutputRefusal Reason { get; }

    private static string Describe(string path, OutputRefusal reason) => reason switch
    {
        OutputRefusal.ReplacesInput => $"{path}: would replace an input file of this run; choose another output (--force does not override this).",
        OutputRefusal.NotOurs => $"{path}: exists and was not written by sozialindikatoren; choose another output or replace it with --force.",
        _ => $"{path}: the output path is a folder where a file is expected, or a file where a folder is expected.",
    };
}
