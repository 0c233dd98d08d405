using System.CommandLine;
using System.Globalization;
using Sozialindikatoren.Analysis;
using Sozialindikatoren.Gaps;

namespace Sozialindikatoren.Cli.Commands;

/// <summary>
/// <c>sozialindikatoren gaps [--data FILE] [--as-of DATE] [--supply served|located|access] [--need-sensitivity S] [--out FILE]</c>: coverage and
/// under-supply per space × domain × unit (CSV) and the ranked findings in German. Without <c>--out</c> the CSV goes to
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
        var output = new Option<FileInfo?>("--out") { Description = "Output CSV: space_id,space,domain,target_population,demand,supply,unit,coverage_pct,class,gap (default: standard output)." };
        var command = new Command("gaps", "Versorgungslücken je Sozialraum und Handlungsfeld / coverage and under-supply per space and domain, with ranked findings (German).");
        foreach (var o in new Option[] { data, asOf, supply, sensitivity, output }) command.Options.Add(o);
        CliCsv.AddOptions(command);
        CliDataOptions.AddOptions(command);
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
            var planning = CliData.Load(parse, file, stderr);
            if (planning is null) return CliApp.InvalidInput;
            var options = new PlanningAnalysisOptions(asOf: date, stopAfter: AnalysisStage.Gaps,
                gaps: new GapOptions(supply: CliData.SupplyMode(parse.GetValue(supply)!), needSensitivity: s));
            if (CliData.Analyse(planning, file, options, stderr) is not { } analysis) return CliApp.InvalidInput;
            if (s != 0 && analysis.NeedIndex is null)
            {
                stderr.WriteLine($"Fehler / error: --need-sensitivity: no social index for the need factor: {analysis.IndexProblem}");
                return CliApp.InvalidInput;
            }
            var result = analysis.Gaps;
            var outFile = parse.GetValue(output);
            TextWriter report;
            if (outFile is null)
            {
                result.WriteCsv(stdout);
                report = stderr;
            }
            else
            {
                if (CliOutput.WriteFile(parse, outFile.FullName, [file], stderr, result.WriteCsv) is { } failed) return failed;
                report = stdout;
            }
            WriteFindings(result, report);
            return CliApp.Ok;
        });
        return command;
    }

    internal static void WriteFindings(GapAnalysisResult result, TextWriter w)
    {
        w.WriteLine($"Versorgungslücken – {result.DataName}, Stand {result.AsOf.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}");
        if (result.Findings.Count == 0) w.WriteLine("Keine Befunde: in keinem Sozialraum zeigt der Bestands-Bedarfs-Abgleich eine Unterversorgung.");
        // The first 20 findings with their full evidence, the rest one line each.
        foreach (var f in result.Findings.Take(20)) w.Write(f.ToEvidenceText());
        foreach (var f in result.Findings.Skip(20)) w.WriteLine($"{f.Rank.ToString(CultureInfo.InvariantCulture)}. {f}");
        var assumptions = result.Norms.Norms.Where(n => n.IsAssumption).Select(n => n.Label).ToArray();
        if (assumptions.Length > 0)
            w.WriteLine("Hinweis: Annahmen statt veröffentlichter Richtwerte für " + string.Join(", ", assumptions) + " (bitte durch örtliche Werte ersetzen).");
        if (result.OfferingsWithoutNorm.Count > 0)
            w.WriteLine($"Hinweis: {result.OfferingsWithoutNorm.Count.ToString(CultureInfo.InvariantCulture)} Angebote ohne Richtwert für ihr Handlungsfeld und ihre Einheit wurden nicht ausgewertet: "
                + string.Join(", ", result.OfferingsWithoutNorm.Select(o => o.Id)));
        if (result.Options.NeedSensitivity != 0 && result.Options.NeedIndex is { } ni)
            w.WriteLine($"Bedarfsanpassung: Faktor 1 + {result.Options.NeedSensitivity.ToString("0.###", CultureInfo.InvariantCulture)}·z aus {ni.Description}, begrenzt auf [0,5; 2]"
                + (result.SpacesWithoutNeedIndex.Count > 0 ? "; ohne Wert (Faktor 1): " + string.Join(", ", result.SpacesWithoutNeedIndex) : "") + ".");
        if (result.Options.Supply == SupplyMode.Access)
            w.WriteLine("Erreichbarkeit: " + result.Options.Access + " (Annahmen, siehe docs/gaps.md).");
        if (result.UnassignedOfferings.Count > 0)
            w.WriteLine($"Hinweis: {result.UnassignedOfferings.Count.ToString(CultureInfo.InvariantCulture)} Angebote ließen sich keinem Sozialraum zuordnen: " + string.Join(", ", result.UnassignedOfferings.Select(o => o.Id)));
    }
}
