using Sozialindikatoren.Cli;

namespace Sozialindikatoren.Tests.Cli;

public class HelpTests
{
    private static (int Code, string Out) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var code = CliApp.Run(args, stdout, TextWriter.Null);
        return (code, stdout.ToString());
    }

    [Theory]
    [InlineData("--help", "sozialindikatoren [command] [options]")]
    [InlineData("gaps --help", "sozialindikatoren gaps [options]")]
    [InlineData("report --help", "sozialindikatoren report [options]")]
    public void Help_NamesTheCommandAUserTypes(string args, string usage)
    {
        // Bug: the usage line said "Sozialindikatoren.Cli" (the assembly), or "testhost" in tests, not the tool's command.
        var (code, output) = Run(args.Split(' '));
        Assert.Equal(0, code);
        Assert.Contains("Usage:" + Environment.NewLine + "  " + usage, output, StringComparison.Ordinal);
        Assert.DoesNotContain("Sozialindikatoren.Cli", output, StringComparison.Ordinal);
        Assert.DoesNotContain("testhost", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheAssemblyVersion()
    {
        var (code, output) = Run("--version");
        Assert.Equal(0, code);
        Assert.StartsWith("0.", output.Trim(), StringComparison.Ordinal);
    }
}
