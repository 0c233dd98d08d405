using System.CommandLine;
using System.Globalization;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Cli.Commands;

/// <summary>
/// <c>sozialindikatoren suppress --input table.csv [--min 3] [--protection 3] --out out.csv</c>: statistical disclosure
/// control of a two-way table given as long CSV <c>row,col,value</c>; writes <c>row,col,value,status</c> for every
/// interior and margin cell (margins keyed <c>Insgesamt</c>).
/// </summary>
internal static class SuppressCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Option<string>("--input") { Description = "Kreuztabelle im Langformat / two-way table as long CSV with header row,col,value.", Required = true };
        var min = CreateMinOption();
        var protection = CreateProtectionOption();
        var output = new Option<string>("--out") { Description = "Ausgabedatei / output CSV row,col,value,status.", Required = true };

        var command = new Command("suppress", "Geheimhaltung einer Kreuztabelle (primär und sekundär, mit Intervallprüfung) / disclosure control of a two-way table with an exact interval audit.");
        command.Options.Add(input);
        command.Options.Add(min);
        command.Options.Add(protection);
        command.Options.Add(output);
        CliCsv.AddOptions(command);
        command.SetAction(parse => Run(parse, parse.GetValue(input)!, parse.GetValue(min), parse.GetValue(protection), parse.GetValue(output)!, stdout, stderr));
        return command;
    }

    /// <summary><c>--min</c> (default 3, ≥ 1): the minimum published count; shared by <c>suppress</c> and <c>report</c>.</summary>
    internal static Option<int> CreateMinOption()
    {
        var min = new Option<int>("--min") { Description = "Mindestfallzahl / minimum count: cells with 0 < value < min are suppressed (primary).", DefaultValueFactory = _ => 3 };
        min.Validators.Add(r =>
        {
            if (CliNumbers.TryValue(r, out int v) && v < 1) r.AddError(string.Create(CultureInfo.InvariantCulture, $"--min must be >= 1, was {v}."));
        });
        return min;
    }

    /// <summary><c>--protection</c> (default 3, ≥ 0): the protection interval; shared by <c>suppress</c> and <c>report</c>.</summary>
    internal static Option<int> CreateProtectionOption()
    {
        var protection = new Option<int>("--protection") { Description = "Schutzintervall / minimum width max − min of a primary cell's feasible interval for an attacker who knows every published cell and that counts are >= 0.", DefaultValueFactory = _ => 3 };
        protection.Validators.Add(r =>
        {
            if (CliNumbers.TryValue(r, out int v) && v < 0) r.AddError(string.Create(CultureInfo.InvariantCulture, $"--protection must be >= 0, was {v}."));
        });
        return protection;
    }

    private static int Run(ParseResult parse, string input, int min, int protection, string output, TextWriter stdout, TextWriter stderr)
    {
        if (Directory.Exists(input))
        {
            stderr.WriteLine($"Fehler / error: --input: {input}: a folder, expected a CSV file.");
            return CliApp.InvalidInput;
        }
        if (!File.Exists(input))
        {
            stderr.WriteLine($"Fehler / error: --input: {input}: Datei nicht gefunden / file not found.");
            return CliApp.InvalidInput;
        }
        if (CliOutput.CheckFile(parse, output, CrossTableCsv.OutputHeader, [input], stderr) is { } refused) return refused;
        CrossTable table;
        var warnings = new List<DataProblem>();
        try
        {
            table = CrossTableCsv.Read(input, CliCsv.Options(parse), warnings);
        }
        catch (DataProblemException e)
        {
            CliData.PrintProblems(e.Problems, stderr);
            return CliApp.InvalidInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Fehler / error: --input: {input}: {e.Message}");
            return CliApp.InvalidInput;
        }
        foreach (var w in warnings) stderr.WriteLine(w.ToString());

        var result = table.Suppress(new DisclosureOptions(minimumCount: min, protection: protection));
        if (CliOutput.WriteFile(parse, output, [input], stderr, w => CrossTableCsv.Write(w, table, result)) is { } failed) return failed;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{table.Counts.Length} Zellen / cells: {result.PrimaryCount} primär / primary, {result.SecondaryCount} sekundär / secondary gesperrt / suppressed → {output}"));
        if (result.Unprotected.Length > 0)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Warnung / warning: {result.Unprotected.Length} cell(s) could not be protected to an interval of {protection}."));
            return CliApp.InvalidInput;
        }
        return CliApp.Ok;
    }
}
