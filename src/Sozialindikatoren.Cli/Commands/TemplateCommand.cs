using System.CommandLine;
using Sozialindikatoren.Data;

namespace Sozialindikatoren.Cli.Commands;

/// <summary>
/// <c>sozialindikatoren template --out vorlage.xlsx</c>: writes the empty data set as an Excel workbook (one sheet per
/// table, German headers, comments, drop-down lists, one example row each; <see cref="WorkbookTemplate"/>). An existing
/// file is replaced only when this tool wrote it (or with <c>--force</c>).
/// </summary>
internal static class TemplateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string>("--out")
        {
            Description = "Ziel der Erfassungsvorlage (.xlsx) / the template workbook to write.",
            DefaultValueFactory = _ => "vorlage.xlsx",
        };
        var command = new Command("template", "Erfassungsvorlage als Excel-Arbeitsmappe: alle Tabellen des Datenordners mit deutschen Spaltenköpfen, Kommentaren, Auswahllisten und einer Beispielzeile / the data entry template workbook.");
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                stderr.WriteLine($"Fehler / error: --out: '{path}' must end in .xlsx.");
                return CliApp.UsageError;
            }
            if (CliOutput.WriteBinaryFile(parse, path, [], stderr, WorkbookTemplate.WriteFile) is { } failed) return failed;
            stdout.WriteLine($"Vorlage geschrieben / template written: {path}");
            stdout.WriteLine($"Ausfüllen, dann prüfen / fill in, then check: sozialindikatoren validate --data {path}");
            return CliApp.Ok;
        });
        return command;
    }
}
