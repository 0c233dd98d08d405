using System.CommandLine;
using System.Globalization;
using Sozialindikatoren.Analysis;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Reporting;

namespace Sozialindikatoren.Cli.Commands;

/// <summary>
/// <c>sozialindikatoren gaps [--data FILE] [--as-of DATE] [--supply served|located|access] [--need-sensitivity S] [--lang de|en] [--out FILE]</c>: coverage and
/// under-supply per space × domain × unit (CSV) and the ranked findings in German (or English with <c>--lang en</c>). Without <c>--out</c> the CSV goes to
/// standard output and the findings to standard error (so the CSV can be piped); with <c>--out</c> the findings go to
/// standard output.
/// </summary>
internal static class GapsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = CliData.CreateOption();
        var asOf = CliData.CreateAsOfOption("Stichtag / analysis date (yyyy-MM-dd): indicator records and conference statements up to this date.");
        var supply = CliData.CreateSupplyOption();
        var sensitivity = new Option<double>("--need-sensitivity") { Description = "s of the need factor 1 + s·z (z = status z of the social index of the data set, clamped to [0.5, 2]); default 0 = no adjustment.", DefaultValueFactory = _ => 0.0 };
        var lang = CliData.CreateLanguageOption();
        var output = new Option<FileInfo?>("--out") { Description = "Output CSV: space_id,space,domain,target_population,demand,supply,unit,coverage_pct,class,gap (default: standard output)." };
        var summary = CliSummary.CreateOption();
        var command = new Command("gaps", "Versorgungslücken je Sozialraum und Handlungsfeld / coverage and under-supply per space and domain, with ranked findings (German).");
        foreach (var o in new Option[] { data, asOf, supply, sensitivity, lang, output, summary }) command.Options.Add(o);
        CliCsv.AddOptions(command);
        CliDataOptions.AddOptions(command);
        var normsOption = CliData.CreateNormsOption();
        command.Options.Add(normsOption);
        command.SetAction(parse =>
        {
            if (CliData.ParseAsOf(parse.GetValue(asOf), stderr) is not { } date) return CliApp.UsageError;
            var s = parse.GetValue(sensitivity);
            if (!double.IsFinite(s))
            {
                stderr.WriteLine("Fehler / error: --need-sensitivity: must be a finite number.");
                return CliApp.UsageError;
            }
            var file = parse.GetValue(data);
            var planning = CliData.Load(parse, file, stderr, out var readWarnings);
            if (planning is null) return CliApp.InvalidInput;
            if (CliData.LoadNorms(parse, file, parse.GetValue(normsOption), stderr) is not { } norms) return CliApp.InvalidInput;
            var options = new PlanningAnalysisOptions(asOf: date, norms: norms, stopAfter: AnalysisStage.Gaps,
                gaps: new GapOptions(supply: CliData.SupplyMode(parse.GetValue(supply)!), needSensitivity: s)) { InputWarnings = readWarnings };
            if (CliData.Analyse(planning, file, options, stderr) is not { } analysis) return CliApp.InvalidInput;
            if (s != 0 && analysis.NeedIndex is null)
            {
                stderr.WriteLine($"Fehler / error: --need-sensitivity: no social index for the need factor: {analysis.IndexProblem}");
                return CliApp.InvalidInput;
            }
            var result = analysis.Gaps;
            var outFile = parse.GetValue(output);
            TextWriter report;
            var csv = ResultTables.Coverage(result).ToCsv();
            if (outFile is null)
            {
                stdout.Write(csv);
                report = stderr;
            }
            else
            {
                if (CliOutput.WriteFile(parse, outFile.FullName, [file, parse.GetValue(normsOption)], stderr, w => w.Write(csv)) is { } failed) return failed;
                report = stdout;
            }
            GapFindingsText.WriteFindings(result, report, CliData.ParseLanguage(parse.GetValue(lang)));
            return CliSummary.Write(parse, summary, "gaps", result.Rows.Count, analysis.Warnings, [file, parse.GetValue(normsOption), outFile?.FullName], stderr) ?? CliApp.Ok;
        });
        return command;
    }
}
