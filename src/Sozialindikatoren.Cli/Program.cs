using System.CommandLine;
using System.Globalization;
using Sozialindikatoren.Cli;

// Machine-readable output is written with the invariant culture explicitly; planner-facing text uses de-DE or en.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

return CliApp.Run(args, Console.Out, Console.Error);
