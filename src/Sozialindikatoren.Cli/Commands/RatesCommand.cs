using System.CommandLine;
using System.Globalization;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data;
using Sozialindikatoren.Data.Csv;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Cli.Commands;

/// <summary>
/// <c>sozialindikatoren rates --input FILE [--method wilson|exact|byar|auto] [--level 0.95] [--per N] [--out FILE]</c>:
/// rates or proportions with confidence intervals for a CSV with header <c>id,count,denominator</c>, streamed through <see cref="RatesCsv"/>.
/// </summary>
internal static class RatesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Option<FileInfo>("--input") { Description = "CSV mit Kopfzeile id,count,denominator / input CSV with header id,count,denominator.", Required = true };
        var method = new Option<string>("--method") { Description = "wilson (Anteil/proportion), exact, byar oder/or auto (exact < 10 Ereignisse/events, sonst/else byar).", DefaultValueFactory = _ => "auto" };
        method.AcceptOnlyFromAmong("wilson", "exact", "byar", "auto");
        var level = new Option<double>("--level") { Description = "Konfidenzniveau / confidence level in (0, 1), e.g. 0.95 or 0.998.", DefaultValueFactory = _ => 0.95 };
        level.Validators.Add(r =>
        {
            if (!CliNumbers.TryValue(r, out double v)) return;
            if (!(v > 0 && v < 1)) r.AddError(string.Create(CultureInfo.InvariantCulture, $"--level must lie strictly between 0 and 1, was {v:R}."));
        });
        var per = new Option<double>("--per") { Description = "Multiplikator / multiplier (1, 100, 1000, 100000); rate = count/denominator × per.", DefaultValueFactory = _ => 1.0 };
        per.Validators.Add(r =>
        {
            if (!CliNumbers.TryValue(r, out double v)) return;
            if (!(v > 0) || !double.IsFinite(v)) r.AddError(string.Create(CultureInfo.InvariantCulture, $"--per must be a finite positive number, was {v:R}."));
        });
        var output = new Option<FileInfo?>("--out") { Description = "Ausgabedatei / output CSV (default: standard output)." };

        var command = new Command("rates", "Raten und Anteile mit Konfidenzintervallen / rates and proportions with confidence intervals.");
        command.Options.Add(input);
        command.Options.Add(method);
        command.Options.Add(level);
        command.Options.Add(per);
        command.Options.Add(output);
        CliCsv.AddOptions(command);
        command.SetAction(parse =>
        {
            if (!IntervalMethodExtensions.TryParseCode(parse.GetValue(method), out var m)) return CliApp.UsageError;
            return Run(parse.GetValue(input)!, m, new ConfidenceLevel(parse.GetValue(level)), parse.GetValue(per), parse.GetValue(output), stdout, stderr, CliOutput.Force(parse), CliCsv.Options(parse));
        });
        return command;
    }

    internal static int Run(FileInfo input, IntervalMethod method, ConfidenceLevel level, double per, FileInfo? output, TextWriter stdout, TextWriter stderr,
        bool force = false, CsvReadOptions? options = null)
    {
        var notes = new List<DataProblem>();
        long rows = 0;
        try
        {
            if (output is null && ReferenceEquals(stdout, Console.Out))
            {
                // The process's own standard output: the rows' UTF-8 bytes straight to its stream, not through text
                // (so also UTF-8 when the console's encoding is another: the same bytes as --out).
                stdout.Flush();
                using var raw = Console.OpenStandardOutput();
                rows = RatesCsv.Compute(input.FullName, raw, method, level, per, options, notes);
            }
            else if (output is null)
            {
                rows = RatesCsv.Compute(input.FullName, stdout, method, level, per, options, notes);
            }
            else if (CliOutput.WriteFile(force, output.FullName, [input.FullName], stderr, w => rows = RatesCsv.Compute(input.FullName, w, method, level, per, options, notes)) is { } failed)
            {
                return failed;
            }
        }
        catch (DataProblemException e)
        {
            CliData.PrintProblems(e.Problems, stderr);
            stderr.WriteLine(output is null ? "Abbruch / stopped." : "Nichts geschrieben / nothing written.");
            return CliApp.InvalidInput;
        }
        CliCsv.PrintNotes(notes, stderr);
        if (output is not null) stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows} Zeilen / rows → {output.FullName}"));
        return CliApp.Ok;
    }
}
