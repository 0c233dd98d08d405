using Sozialindikatoren.Cli;

namespace Sozialindikatoren.Tests.Cli;

/// <summary>Runs the CLI in process, as the command-line tests do: exit code, standard output and standard error.</summary>
internal static class CliRun
{
    /// <summary>Runs <c>sozialindikatoren ARGS</c> with captured output streams.</summary>
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = CliApp.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }
}
