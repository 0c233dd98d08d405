using System.CommandLine;

namespace Sozialindikatoren.Cli.Commands;

/// <summary><c>sozialindikatoren validate [--data FILE]</c>.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<FileSystemInfo?>("--data") { Description = "JSON data set (dataset.json) or folder; default: the embedded Siegen-Wittgenstein sample." };
        var command = new Command("validate", "Prüft einen Datensatz und zeigt eine Übersicht / validates a data set and prints a summary.");
        command.Options.Add(data);
        command.SetAction(parse =>
        {
            stdout.WriteLine("validate: not yet wired");
            return CliApp.Ok;
        });
        return command;
    }
}
