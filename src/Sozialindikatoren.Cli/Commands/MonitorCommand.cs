using System.CommandLine;
using System.Globalization;
using Sozialindikatoren.Monitoring;
using Sozialindikatoren.Reporting;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Cli.Commands;

/// <summary>
/// <c>sozialindikatoren monitor [--data FILE|DIR] [--from YEAR] [--to YEAR] [--out DIR] [--lang de|en]</c>: social
/// monitoring over time with early warning; writes <c>zeitreihen.csv</c>, <c>trends.csv</c>, <c>warnungen.csv</c> and the
/// section "Entwicklung und Frühwarnung" as <c>entwicklung.md</c> / <c>entwicklung.html</c>.
/// </summary>
internal static class MonitorCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = CliData.CreateOption();
        var from = new Option<int?>("--from") { Description = "Erstes Jahr (Standard: erste Periode der Daten) / first year (default: the first period in the data)." };
        var to = new Option<int?>("--to") { Description = "Letztes Jahr (Standard: letzte Periode der Daten) / last year (default: the last period in the data)." };
        var output = new Option<string>("--out") { Description = $"Ausgabeordner / output folder (default ./{CliOutput.DefaultFolder}/).", DefaultValueFactory = _ => CliOutput.DefaultFolder };
        var lang = CliData.CreateLanguageOption();
        var command = new Command("monitor", "Sozialmonitoring über die Zeit mit Frühwarnung: Zeitreihen mit Intervallen, Trends (Binomial-/Poisson-Regression), Warnhinweise / monitoring over time with early warning.");
        foreach (var o in new Option[] { data, from, to, output, lang }) command.Options.Add(o);
        CliCsv.AddOptions(command);
        command.SetAction(parse =>
        {
            var f = parse.GetValue(from);
            var t = parse.GetValue(to);
            if (f is { } fy && fy is < 1900 or > 2200) return Usage(stderr, $"--from: expected a year 1900–2200, was {fy.ToString(CultureInfo.InvariantCulture)}.");
            if (t is { } ty && ty is < 1900 or > 2200) return Usage(stderr, $"--to: expected a year 1900–2200, was {ty.ToString(CultureInfo.InvariantCulture)}.");
            if (f is { } a && t is { } b && a > b) return Usage(stderr, $"--from {a.ToString(CultureInfo.InvariantCulture)} is after --to {b.ToString(CultureInfo.InvariantCulture)}.");
            var planning = CliData.Load(parse, parse.GetValue(data), stderr);
            if (planning is null) return CliApp.InvalidInput;
            if (planning.Indicators.Count == 0)
            {
                stderr.WriteLine("Fehler / error: --data: the data set has no indicator records to monitor.");
                return CliApp.InvalidInput;
            }
            var language = CliData.ParseLanguage(parse.GetValue(lang));
            MonitoringResult result;
            try
            {
                result = SocialMonitoring.Run(planning, new MonitoringOptions { FromYear = f, ToYear = t });
            }
            catch (ArgumentException e)
            {
                stderr.WriteLine("Fehler / error: " + e.Message);
                return CliApp.InvalidInput;
            }
            var dir = parse.GetValue(output)!;
            var files = MonitoringReport.Files(result, planning.Name, language);
            if (CliOutput.WriteFolder(parse, dir, [parse.GetValue(data)], stderr, [.. files]) is { } failed) return failed;
            var de = language == Language.German;
            var span = string.Create(CultureInfo.InvariantCulture, $"{result.Indicators.Count} / {result.Periods[0]:yyyy}–{result.Periods[^1]:yyyy} / {result.Warnings.Count}");
            stdout.WriteLine(de ? $"Indikatoren / Zeitraum / Frühwarnhinweise: {span}; geschrieben nach {dir}:" : $"indicators / window / early-warning flags: {span}; written to {dir}:");
            foreach (var (name, _) in files) stdout.WriteLine("  " + name);
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
