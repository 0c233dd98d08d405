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
        catch (DataValidationException e)
        {
            PrintProblems(e.Problems, stderr);
            return CliApp.InvalidInput;
        }
    }

    public static void PrintProblems(IReadOnlyList<ValidationProblem> problems, TextWriter stderr)
    {
        stderr.WriteLine(problems.Count == 1 ? "1 Problem gefunden / 1 problem found:" : $"{problems.Count} Probleme gefunden / {problems.Count} problems found:");
        foreach (var p in problems) stderr.WriteLine("  " + p);
    }
}
