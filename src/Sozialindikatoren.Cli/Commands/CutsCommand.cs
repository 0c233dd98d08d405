using System.CommandLine;
using System.Globalization;
using Sozialindikatoren.Analysis;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Reporting;

namespace Sozialindikatoren.Cli.Commands;

/// <summary>
/// <c>sozialindikatoren cuts [--data FILE] [--scenario NAME|FILE] [--scale F] [--as-of DATE] [--supply MODE] [--draws N] [--seed S] [--lang de|en]
/// [--budget EUR] [--out DIR]</c>: cut scenario, provider response, impact, Monte Carlo and rescue plan through
/// <see cref="PlanningAnalysis"/>. Writes offerings.csv, spaces.csv, categories.csv, rescue.csv (with --budget) and
/// summary.json (<see cref="CutsOutput"/>); no timestamps, byte-identical for the same inputs and seed.
/// </summary>
internal static class CutsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = CliData.CreateOption();
        var scenario = new Option<string>("--scenario") { Description = "Preset (nrw-2025-entwurf, nrw-2025-beschlossen, bund-2025, none) or a scenario JSON file; compose with + (nrw-2025-entwurf+bund-2025).", DefaultValueFactory = _ => "nrw-2025-entwurf" };
        var scale = new Option<decimal>("--scale") { Description = "Multiplies every cut (0 = no cut; a cut never exceeds 100 %).", DefaultValueFactory = _ => 1m };
        var asOf = CliData.CreateAsOfOption("Stichtag / evaluation date (yyyy-MM-dd).");
        var supply = CliData.CreateSupplyOption();
        var classes = CliData.CreateClassesOption();
        var draws = new Option<int>("--draws") { Description = "Monte Carlo draws (0 = nominal only).", DefaultValueFactory = _ => 1000 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the Monte Carlo.", DefaultValueFactory = _ => 1UL };
        var budget = new Option<decimal?>("--budget") { Description = "Rescue budget in EUR per year; writes rescue.csv." };
        var output = new Option<string>("--out") { Description = "Ausgabeordner / output folder.", DefaultValueFactory = _ => CliOutput.DefaultFolder };
        var lang = CliData.CreateLanguageOption();
        var withdrawal = CliData.CreateCofunderWithdrawalOption();
        var command = new Command("cuts", "Kürzungsszenario: Risiko, Trägerreaktion, Folgen, Monte Carlo und Ausgleichsplan / cut scenario analysis.");
        foreach (var o in new Option[] { data, scenario, scale, asOf, supply, draws, seed, budget, lang, output, withdrawal, classes }) command.Options.Add(o);
        CliCsv.AddOptions(command);
        CliDataOptions.AddOptions(command);
        var normsOption = CliData.CreateNormsOption();
        command.Options.Add(normsOption);
        command.SetAction(parse =>
        {
            if (CliData.ParseAsOf(parse.GetValue(asOf), stderr) is not { } date) return CliApp.UsageError;
            var f = parse.GetValue(scale);
            if (f < 0) return Usage(stderr, $"--scale: must be >= 0, was {f.ToString(CultureInfo.InvariantCulture)}.");
            var n = parse.GetValue(draws);
            if (CutOptions.DrawsProblem(n) is { } tooMany) return Usage(stderr, tooMany);
            var b = parse.GetValue(budget);
            if (b is < 0) return Usage(stderr, $"--budget: must be >= 0 EUR, was {b.Value.ToString(CultureInfo.InvariantCulture)}.");
            var file = parse.GetValue(data);
            var planning = CliData.Load(parse, file, stderr, out var readWarnings);
            if (planning is null) return CliApp.InvalidInput;
            if (CliData.LoadNorms(parse, file, parse.GetValue(normsOption), stderr) is not { } norms) return CliApp.InvalidInput;
            if (CliData.ResolveScenario(parse.GetValue(scenario)!, stderr, out var scen, CliCsv.Options(parse).MaxInputBytes) is { } failed) return failed;

            var options = new PlanningAnalysisOptions(asOf: date, norms: norms, socialIndex: CliData.SocialIndex(parse.GetValue(classes)!), gaps: new GapOptions(supply: CliData.SupplyMode(parse.GetValue(supply)!)),
                scenario: scen!.Scale(f), cuts: new CutOptions { Draws = n, Seed = parse.GetValue(seed), Response = new ProviderResponseOptions { AssumeCofunderWithdrawal = parse.GetValue(withdrawal) } }, budgetPerYear: b) { InputWarnings = readWarnings };
            if (CliData.Analyse(planning, file, options, stderr) is not { } analysis) return CliApp.InvalidInput;
            var dir = parse.GetValue(output)!;
            if (CliOutput.WriteFolder(parse, dir, [file, parse.GetValue(scenario), parse.GetValue(normsOption)], stderr, [.. CutsOutput.Files(analysis, f)]) is { } failed2) return failed2;
            CutsSummaryText.Write(stdout, analysis.Cuts!, analysis.Rescue, CliData.ParseLanguage(parse.GetValue(lang)));
            return CliApp.Ok;
        });
        return command;
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine("Fehler / error: " + message);
        return CliApp.UsageError;
    }
}
