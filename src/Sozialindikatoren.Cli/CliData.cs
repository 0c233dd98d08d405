using System.CommandLine;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data;
using Sozialindikatoren.Planning;

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
        catch (DataProblemException e)
        {
            PrintProblems(e.Problems, stderr);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Fehler / error: {path}: {e.Message}");
            return null;
        }
    }

    /// <summary>Resolves a cut scenario preset name or JSON file; returns null on success, else the exit code.</summary>
    public static int? ResolveScenario(string name, TextWriter stderr, out Cuts.CutScenario? scenario)
    {
        if (Cuts.CutScenarios.TryGet(name, out scenario)) return null;
        if (!File.Exists(name))
        {
            stderr.WriteLine($"Fehler / error: --scenario: '{name}' is neither a preset ({string.Join(", ", Cuts.CutScenarios.Names)}) nor a file.");
            return CliApp.UsageError;
        }
        try
        {
            scenario = Cuts.CutScenarioJson.ReadFile(name);
            return null;
        }
        catch (DataProblemException e)
        {
            PrintProblems(e.Problems, stderr);
            return CliApp.InvalidInput;
        }
    }

    /// <summary>The one way the CLI prints data problems (errors, warnings, notes): a count line, then one indented
    /// line per problem (<see cref="DataProblem.ToString"/>: place, line, column, field, value, message).</summary>
    public static void PrintProblems(IReadOnlyList<DataProblem> problems, TextWriter writer)
    {
        if (problems.Count == 0) return;
        writer.WriteLine(problems.Count == 1 ? "1 Problem gefunden / 1 problem found:" : $"{problems.Count} Probleme gefunden / {problems.Count} problems found:");
        foreach (var p in problems) writer.WriteLine("  " + p);
    }
}
