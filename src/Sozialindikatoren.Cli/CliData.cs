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

    /// <summary>Loads the data with the command's <c>--encoding</c> and <c>--number-format</c>, or prints every problem to
    /// stderr; returns null on failure. Warnings and the format of each CSV file go to stderr.</summary>
    public static PlanningData? Load(ParseResult parse, string? path, TextWriter stderr) => Load(path, stderr, CliDataOptions.Options(parse));

    /// <summary>Loads the data (see the other overload) and returns the warnings found while reading, for the result files.</summary>
    public static PlanningData? Load(ParseResult parse, string? path, TextWriter stderr, out IReadOnlyList<DataProblem> warnings) =>
        Load(path, stderr, CliDataOptions.Options(parse), out warnings);

    /// <summary>Loads the data (the embedded sample when no path is given, with boundaries from <c>--boundaries</c> if
    /// any) or prints every problem to stderr; returns null on failure.</summary>
    public static PlanningData? Load(string? path, TextWriter stderr, DataLoadOptions? options = null) => Load(path, stderr, options, out _);

    private static PlanningData? Load(string? path, TextWriter stderr, DataLoadOptions? options, out IReadOnlyList<DataProblem> warnings)
    {
        var notes = new List<DataProblem>();
        warnings = notes;
        options ??= DataLoadOptions.Default;
        try
        {
            var data = path is null
                ? PlanningDataSource.Finish(Samples.SiegenWittgenstein.Load(), null, options, notes)
                : PlanningDataSource.LoadWith(path, options, notes);
            CliCsv.PrintNotes(notes, stderr);
            return data;
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

    /// <summary>The shared <c>--norms FILE</c> option of <c>gaps</c>, <c>cuts</c> and <c>report</c>: own planning norms
    /// (<c>richtwerte</c>, CSV or xlsx) over the default catalogue and the data set's own <c>richtwerte</c> table.</summary>
    public static Option<string?> CreateNormsOption() => new("--norms")
    {
        Description = "Eigene Richtwerte (CSV oder .xlsx mit Blatt richtwerte: Handlungsfeld, Einheit, Zielgruppe, Wert, je, Quelle, Stand, Status, Angebotsarten); ersetzen den Standard-Richtwert derselben Einheit oder ergänzen ihn / own planning norms (CSV or xlsx), replacing the default norm of the same domain and unit or extending the catalogue.",
    };

    /// <summary>The norms of a run: the default catalogue, the data set's own <c>richtwerte</c> table (folder or workbook),
    /// then the <c>--norms</c> file; prints every problem and returns null on failure.</summary>
    public static Gaps.SupplyNorms? LoadNorms(ParseResult parse, string? dataPath, string? normsFile, TextWriter stderr)
    {
        try
        {
            return Data.SupplyNormTable.Load(dataPath, normsFile, Gaps.SupplyNorms.Default, CliCsv.Options(parse));
        }
        catch (DataProblemException e)
        {
            PrintProblems(e.Problems, stderr);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Fehler / error: {normsFile ?? dataPath}: {e.Message}");
            return null;
        }
    }

    /// <summary>The shared <c>--supply located|served|access</c> option of <c>gaps</c>, <c>cuts</c> and <c>report</c> (default <c>served</c>).</summary>
    public static Option<string> CreateSupplyOption()
    {
        var option = new Option<string>("--supply")
        {
            Description = "Angebotszuordnung / supply: served (Kapazität anteilig über die versorgten Räume, nach Bedarf; Standard) | located (Standort) | access (erreichbares Angebot, 2SFCA).",
            DefaultValueFactory = _ => "served",
        };
        option.AcceptOnlyFromAmong([.. Gaps.SupplyModeCodes.All]);
        return option;
    }

    /// <summary>The shared <c>--classes</c> option (social index classes: mss | quantile).</summary>
    public static Option<string> CreateClassesOption()
    {
        var option = new Option<string>("--classes")
        {
            Description = "Klassen des Sozialindex / social index classes: mss (feste Grenzen ±1 / +1,5 der z-Werte; Standard) | quantile (Quartile des Status, Terzile der Dynamik).",
            DefaultValueFactory = _ => "mss",
        };
        option.AcceptOnlyFromAmong([.. Composite.ClassMethodCodes.All]);
        return option;
    }

    /// <summary>The social index options of the planning analysis with the parsed <c>--classes</c> value (validated by the parser).</summary>
    public static Composite.SocialIndexOptions SocialIndex(string code) =>
        Composite.SocialIndexOptions.StatusAndDynamics.WithClasses(Composite.ClassMethodCodes.TryParseCode(code, out var m) ? m : throw new ArgumentOutOfRangeException(nameof(code), code, "--classes: unknown value."));

    /// <summary>The supply mode of a parsed <c>--supply</c> value (validated by the parser).</summary>
    public static Gaps.SupplyMode SupplyMode(string code) =>
        Gaps.SupplyModeCodes.TryParseCode(code, out var mode) ? mode : throw new ArgumentOutOfRangeException(nameof(code), code, "--supply: unknown value.");

    /// <summary>The shared <c>--as-of</c> option (default 2025-01-01, the sample's Stichtag).</summary>
    public static Option<string> CreateLanguageOption()
    {
        var lang = new Option<string>("--lang") { Description = "Sprache: de oder en / language.", DefaultValueFactory = _ => "de" };
        lang.AcceptOnlyFromAmong("de", "en");
        return lang;
    }

    public static Text.Language ParseLanguage(string? code) => code == "en" ? Text.Language.English : Text.Language.German;

    public static Option<string> CreateAsOfOption(string description) => new("--as-of") { Description = description, DefaultValueFactory = _ => "2025-01-01" };

    /// <summary>Parses <c>--as-of</c>; prints the usage error and returns null when it is not a date.</summary>
    public static NodaTime.LocalDate? ParseAsOf(string? text, TextWriter stderr)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(text ?? "");
        if (date.Success) return date.Value;
        stderr.WriteLine($"Fehler / error: --as-of: expected a date yyyy-MM-dd, was '{text}'.");
        return null;
    }

    /// <summary>Runs a planning analysis; a data set the analysis cannot run on (e.g. access supply without centroids) is exit 1
    /// with the message; returns null then.</summary>
    public static Analysis.PlanningAnalysisResult? Analyse(PlanningData data, string? path, Analysis.PlanningAnalysisOptions options, TextWriter stderr,
        IProgress<Analysis.AnalysisProgress>? progress = null)
    {
        try
        {
            var result = Analysis.PlanningAnalysis.Run(data, options, progress);
            // The reading warnings were printed by Load; the analysis adds its own (unknown types, scenario lines).
            foreach (var w in result.Warnings.Skip(options.InputWarnings.Count)) stderr.WriteLine(w.ToString());
            return result;
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"Fehler / error: {(path is null ? Samples.SiegenWittgenstein.FileName : Path.GetFileName(path))}: {e.Message}");
            return null;
        }
    }

    /// <summary>The <c>--assume-cofunder-withdrawal</c> flag of <c>report</c> and <c>cuts</c> (default off).</summary>
    public static System.CommandLine.Option<bool> CreateCofunderWithdrawalOption() => new("--assume-cofunder-withdrawal")
    {
        Description = "Annahme: Kofinanzierer (Fehlbedarfsfinanzierung von Kreis/Kommune) ziehen sich zurück, wenn ein anderer Geldgeber kürzt; als Annahme gekennzeichnet / assume co-funders withdraw their deficit funding when another funder cuts (labelled as an assumption).",
    };

    /// <summary>Resolves a cut scenario preset name or JSON file; returns null on success, else the exit code.</summary>
    public static int? ResolveScenario(string name, TextWriter stderr, out Cuts.CutScenario? scenario, long maxInputBytes = Data.Csv.CsvReadOptions.DefaultMaxInputBytes)
    {
        // A whole name that is a preset or a file wins; otherwise 'A+B' composes presets and files (A's lines first).
        if (Cuts.CutScenarios.TryGet(name, out scenario) || File.Exists(name) || !name.Contains('+', StringComparison.Ordinal)) return ResolveOne(name, stderr, out scenario, maxInputBytes);
        var parts = new List<Cuts.CutScenario>();
        foreach (var part in name.Split('+', StringSplitOptions.TrimEntries))
        {
            if (part.Length == 0) { stderr.WriteLine($"Fehler / error: --scenario: empty part in '{name}' (expected A+B)."); scenario = null; return CliApp.UsageError; }
            if (ResolveOne(part, stderr, out var one, maxInputBytes) is { } failed) { scenario = null; return failed; }
            parts.Add(one!);
        }
        scenario = Cuts.CutScenario.Combine(parts);
        return null;
    }

    private static int? ResolveOne(string name, TextWriter stderr, out Cuts.CutScenario? scenario, long maxInputBytes)
    {
        if (Cuts.CutScenarios.TryGet(name, out scenario)) return null;
        if (!File.Exists(name))
        {
            stderr.WriteLine($"Fehler / error: --scenario: '{name}' is neither a preset ({string.Join(", ", Cuts.CutScenarios.Names)}) nor a file; presets and files compose with '+' (nrw-2025-entwurf+bund-2025).");
            return CliApp.UsageError;
        }
        try
        {
            scenario = name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
                ? Data.CutScenarioTable.ReadFile(name, new Data.Csv.CsvReadOptions { MaxInputBytes = maxInputBytes })
                : Data.Json.CutScenarioJson.ReadFile(name, maxInputBytes);
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
