using System.CommandLine;
using Sozialindikatoren.Data;

namespace Sozialindikatoren.Cli;

/// <summary>The shared <c>--data FILE|DIR</c> option: a JSON data set, a data folder, or (absent) the embedded sample.</summary>
internal static class CliData
{
    public static Option<string?> CreateOption() => new("--data")
    {
        Description = "JSON-Datensatz oder Datenordner (dataset.json bzw. spaces.csv + angebote.csv …); ohne Angabe: eingebettetes Beispiel Kreis Siegen-Wittgenstein / JSON data set or data folder; default: the embedded sample.",
    };

    /// <summary>Loads the data or prints every problem to stderr; returns null on failure.</summary>
    public static PlanningData? Load(string? path, TextWriter stderr)
    {
        try
        {
            return path is null ? Samples.SiegenWittgenstein.Load() : PlanningDataSource.Load(path);
        }
        catch (DataValidationException e)
        {
            PrintProblems(e.Problems, stderr);
            return null;
        }
    }

    public static void PrintProblems(IReadOnlyList<ValidationProblem> problems, TextWriter stderr)
    {
        stderr.WriteLine(problems.Count == 1 ? "1 Problem gefunden / 1 problem found:" : $"{problems.Count} Probleme gefunden / {problems.Count} problems found:");
        foreach (var p in problems) stderr.WriteLine("  " + p);
    }
}
