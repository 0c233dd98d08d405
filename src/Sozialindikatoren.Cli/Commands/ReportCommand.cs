using System.CommandLine;
using System.Globalization;
using Sozialindikatoren.Analysis;
using Sozialindikatoren.Common;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Data;
using Sozialindikatoren.FollowUpCosts;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Reporting;
using Sozialindikatoren.Statistics;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Cli.Commands;

/// <summary>
/// <c>sozialindikatoren report [--data FILE|DIR] [--scenario NAME|FILE] [--budget EUR] [--lang de|en] [--out DIR]
/// [--as-of DATE] [--supply MODE] [--draws N] [--seed S] [--map-domain CODE] [--min 3] [--protection 3]</c>: the main job, the committee report.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = CliData.CreateOption();
        var scenario = new Option<string>("--scenario") { Description = "Kürzungsszenario: nrw-2025-entwurf, nrw-2025-beschlossen, bund-2025, none oder eine JSON-Datei, kombinierbar mit + (nrw-2025-entwurf+bund-2025) / cut scenario preset or JSON file, composed with +.", DefaultValueFactory = _ => "nrw-2025-entwurf" };
        var budget = new Option<decimal?>("--budget") { Description = "Rettungsbudget in EUR pro Jahr / rescue budget in EUR per year." };
        var lang = CliData.CreateLanguageOption();
        var output = new Option<string?>("--out") { Description = "Ausgabeordner für report.md, report.html, report.docx, CSV-Tabellen und result.json; ohne Angabe: Ausgabe im Terminal / output folder; default: print to the terminal." };
        var asOf = CliData.CreateAsOfOption("Stichtag (yyyy-MM-dd) / reference date.");
        var supply = CliData.CreateSupplyOption();
        var classes = CliData.CreateClassesOption();
        var draws = new Option<int>("--draws") { Description = "Monte-Carlo-Ziehungen / Monte Carlo draws.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<ulong>("--seed") { Description = "Seed der Monte-Carlo-Simulation / Monte Carlo seed.", DefaultValueFactory = _ => 1UL };
        var mapDomain = new Option<string?>("--map-domain") { Description = "Handlungsfeld der Versorgungskarten (z. B. Schulden); Standard: das Feld mit den meisten unterversorgten Gemeinden / domain shown on the coverage maps." };
        var followUp = new Option<string?>("--folgekosten") { Description = "Folgekosten-Parametertabelle (CSV, docs/data-format.md); Standard: die eingebauten Parameter / follow-up cost parameter table." };
        var objective = new Option<string>("--rescue-objective") { Description = "Ziel des Rettungsplans: impact (vermiedene Folgen je Euro) oder net-cost (vermiedene öffentliche Nettokosten je Euro) / rescue objective.", DefaultValueFactory = _ => "impact" };
        objective.AcceptOnlyFromAmong("impact", "net-cost");
        var csvDe = new Option<string?>("--csv") { Description = "de: die CSV-Tabellen zusätzlich so, wie deutsches Excel sie öffnet (;, Dezimalkomma, UTF-8 mit BOM, deutsche Spaltenköpfe) in csv-de/ / also write the CSVs for German Excel into csv-de/." };
        csvDe.AcceptOnlyFromAmong("de");
        var withdrawal = CliData.CreateCofunderWithdrawalOption();
        var min = SuppressCommand.CreateMinOption();
        min.Description = "Mindestfallzahl für vertrauliche Fallzahlen / minimum published count of confidential indicators (0 < x < min is suppressed).";
        var protection = SuppressCommand.CreateProtectionOption();
        protection.Description = "Schutzintervall für vertrauliche Fallzahlen / protection interval of suppressed confidential counts.";
        var command = new Command("report", "Bericht für den Ausschuss: Kürzungsfolgen nach Handlungsfeld, Versorgungslücken, Sozialindex, voll/teil/trägerfinanziert, Träger-Angaben, Rettungsplan / the committee report.");
        foreach (var o in new Option[] { data, scenario, budget, lang, output, asOf, supply, draws, seed, mapDomain, followUp, objective, csvDe, withdrawal, classes, min, protection }) command.Options.Add(o);
        CliCsv.AddOptions(command);
        CliDataOptions.AddOptions(command);
        var normsOption = CliData.CreateNormsOption();
        command.Options.Add(normsOption);
        command.SetAction(parse =>
        {
            if (CliData.ParseAsOf(parse.GetValue(asOf), stderr) is not { } date) return CliApp.UsageError;
            var n = parse.GetValue(draws);
            if (CutOptions.DrawsProblem(n) is { } tooMany) return Usage(stderr, tooMany);
            var b = parse.GetValue(budget);
            if (b is < 0) return Usage(stderr, $"--budget: must be >= 0 EUR, was {b.Value.ToString(CultureInfo.InvariantCulture)}.");
            ServiceDomain? domain = null;
            if (parse.GetValue(mapDomain) is { } code)
            {
                domain = ServiceDomain.All.FirstOrDefault(d => string.Equals(d.Code, code, StringComparison.OrdinalIgnoreCase));
                if (domain is null || string.IsNullOrEmpty(domain.Value.Code))
                    return Usage(stderr, $"--map-domain: unknown domain '{code}'; expected one of {string.Join(", ", ServiceDomain.All.Select(d => d.Code))}.");
            }
            var language = CliData.ParseLanguage(parse.GetValue(lang));
            if (CliData.ResolveScenario(parse.GetValue(scenario)!, stderr, out var scen, CliCsv.Options(parse).MaxInputBytes) is { } failed) return failed;
            var file = parse.GetValue(data);
            var planning = CliData.Load(parse, file, stderr, out var readWarnings);
            if (planning is null) return CliApp.InvalidInput;
            if (CliData.LoadNorms(parse, file, parse.GetValue(normsOption), stderr) is not { } norms) return CliApp.InvalidInput;

            var followUpOptions = new FollowUpCostOptions { Seed = parse.GetValue(seed) };
            if (parse.GetValue(followUp) is { } table)
            {
                try { followUpOptions = new FollowUpCostOptions { Seed = parse.GetValue(seed), Parameters = FollowUpCostCsv.ReadFile(table) }; }
                catch (DataProblemException e) { stderr.WriteLine("Fehler / error: " + e.Message); return CliApp.InvalidInput; }
            }
            var options = new PlanningAnalysisOptions(asOf: date, norms: norms, socialIndex: CliData.SocialIndex(parse.GetValue(classes)!), gaps: new GapOptions(supply: CliData.SupplyMode(parse.GetValue(supply)!)),
                scenario: scen!, cuts: new CutOptions { Draws = n, Seed = parse.GetValue(seed), Response = new ProviderResponseOptions { AssumeCofunderWithdrawal = parse.GetValue(withdrawal) } }, budgetPerYear: b, followUp: followUpOptions,
                rescue: new RescueOptions { Objective = parse.GetValue(objective) == "net-cost" ? RescueObjective.NetPublicCostAvoided : RescueObjective.ImpactAvoided }) { InputWarnings = readWarnings };
            if (CliData.Analyse(planning, file, options, stderr, new StderrProgress(stderr, language)) is not { } analysis) return CliApp.InvalidInput;
            stderr.WriteLine(language == Language.German ? "Bericht wird erstellt …" : "Building the report …");
            var result = CommitteeReport.Build(analysis, new CommitteeReportOptions
            {
                Language = language, MapDomain = domain,
                Disclosure = new DisclosureOptions(minimumCount: parse.GetValue(min), protection: parse.GetValue(protection)),
            });
            if (parse.GetValue(output) is { } dir)
            {
                string?[] inputs = [parse.GetValue(data), parse.GetValue(scenario), parse.GetValue(normsOption)];
                if (CliOutput.WriteFolder(parse, dir, inputs, stderr, out var files, result.Files(), result.BinaryFiles()) is { } refused) return refused;
                IReadOnlyList<string> german = [];
                if (parse.GetValue(csvDe) is not null
                    && CliOutput.WriteFolder(parse, Path.Combine(dir, ReportWorkbook.GermanCsvFolder), inputs, stderr, out german, [.. ReportWorkbook.GermanCsvFiles(result.Document)]) is { } refusedDe) return refusedDe;
                stdout.WriteLine(language == Language.German ? $"Bericht geschrieben nach {dir}:" : $"Report written to {dir}:");
                foreach (var f in files) stdout.WriteLine("  " + Path.GetFileName(f));
                foreach (var f in german) stdout.WriteLine("  " + ReportWorkbook.GermanCsvFolder + "/" + Path.GetFileName(f));
            }
            else
            {
                stdout.Write(result.Document.ToText());
            }
            return CliApp.Ok;
        });
        return command;
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine("Fehler / error: " + message);
        return CliApp.UsageError;
    }

    /// <summary>Progress lines go to stderr so that stdout stays the report; Monte Carlo progress in steps of 10 %.</summary>
    private sealed class StderrProgress(TextWriter stderr, Language language) : IProgress<AnalysisProgress>
    {
        private int _lastPercent = -1;

        public void Report(AnalysisProgress value)
        {
            var de = language == Language.German;
            switch (value.Stage)
            {
                case AnalysisStage.SocialIndex: stderr.WriteLine(de ? "Sozialindex wird berechnet …" : "Computing the social index …"); break;
                case AnalysisStage.Gaps: stderr.WriteLine(de ? "Versorgungslücken werden ermittelt …" : "Detecting gaps …"); break;
                case AnalysisStage.Cuts: stderr.WriteLine(de ? "Kürzungsszenario wird simuliert …" : "Simulating the cut scenario …"); break;
                case AnalysisStage.Rescue: stderr.WriteLine(de ? "Rettungsplan wird berechnet …" : "Planning the rescue budget …"); break;
                case AnalysisStage.MonteCarlo:
                    if (value.DrawsDone == 0)
                    {
                        stderr.WriteLine(de ? $"  Monte Carlo ({value.DrawsTotal.ToString(CultureInfo.InvariantCulture)} Ziehungen) …" : $"  Monte Carlo ({value.DrawsTotal.ToString(CultureInfo.InvariantCulture)} draws) …");
                        break;
                    }
                    var percent = (int)(100L * value.DrawsDone / value.DrawsTotal);
                    if (percent / 10 == _lastPercent / 10) break;
                    _lastPercent = percent;
                    stderr.WriteLine($"  Monte Carlo: {percent.ToString(CultureInfo.InvariantCulture)} %");
                    break;
            }
        }
    }
}
