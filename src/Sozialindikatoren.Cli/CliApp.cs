using System.CommandLine;
using System.CommandLine.Help;
using Sozialindikatoren.Cli.Commands;

namespace Sozialindikatoren.Cli;

/// <summary>The command tree of the <c>sozialindikatoren</c> tool. Exit codes: 0 success, 1 invalid input, 2 usage error.</summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int InvalidInput = 1;
    public const int UsageError = 2;

    /// <summary>The command name: what a user types, and what <c>--help</c> shows after "Usage:".</summary>
    public const string CommandName = "sozialindikatoren";

    /// <summary>Builds the root command. Each command lives in its own file under Commands/ and registers here.</summary>
    /// <remarks>A plain <see cref="Command"/> named <see cref="CommandName"/> with the help and version options, not a
    /// <see cref="RootCommand"/>: a root command takes its usage name from the executable (<c>Sozialindikatoren.Cli</c>,
    /// or <c>testhost</c> in tests), which is not the command an installed tool is called by.</remarks>
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var root = new Command(CommandName, "sozialindikatoren: Sozialindikatoren, Sozialindex, Versorgungslücken und Kürzungsfolgen für die kommunale Sozialplanung.")
        {
            Options = { new HelpOption(), new VersionOption() },
        };
        // One line per command (keep the list sorted by command name).
        root.Subcommands.Add(AccessCommand.Create(stdout, stderr));
        root.Subcommands.Add(CutsCommand.Create(stdout, stderr));
        root.Subcommands.Add(GapsCommand.Create(stdout, stderr));
        root.Subcommands.Add(ImportGenesisCommand.Create(stdout, stderr));
        root.Subcommands.Add(IndexCommand.Create(stdout, stderr));
        root.Subcommands.Add(MonitorCommand.Create(stdout, stderr));
        root.Subcommands.Add(RatesCommand.Create(stdout, stderr));
        root.Subcommands.Add(ReportCommand.Create(stdout, stderr));
        root.Subcommands.Add(SuppressCommand.Create(stdout, stderr));
        root.Subcommands.Add(TemplateCommand.Create(stdout, stderr));
        root.Subcommands.Add(ValidateCommand.Create(stdout, stderr));
        root.Options.Add(CliOutput.CreateForceOption());
        CliNumbers.Apply(root);
        return root;
    }

    /// <summary>Parses and runs; usage errors give exit code 2.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = Build(stdout, stderr);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine("Fehler / error: " + error.Message);
            stderr.WriteLine("Hilfe / help: sozialindikatoren --help");
            return UsageError;
        }
        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(config);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Reading or writing that fails outside a command's own checks, e.g. standard output on a full disk: one
            // line, exit 1, no stack trace.
            stderr.WriteLine("Fehler / error: Ein- oder Ausgabe fehlgeschlagen / input or output failed: " + e.Message);
            return InvalidInput;
        }
    }
}
