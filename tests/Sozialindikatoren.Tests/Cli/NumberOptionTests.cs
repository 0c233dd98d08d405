using Sozialindikatoren.Cli;
using static Sozialindikatoren.Tests.Cli.CliRun;

namespace Sozialindikatoren.Tests.Cli;

/// <summary>Number options: a German-looking number is refused, never read as another number; a text that is no
/// number is a usage error, not a crash (bugs: <c>--per 100.000</c> ran with 100, <c>--per 1,5</c> with 15, and
/// <c>--per abc</c> ended in a stack trace).</summary>
public sealed class NumberOptionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("number-options-").FullName;
    private readonly string _rates;

    public NumberOptionTests()
    {
        _rates = Path.Combine(_dir, "r.csv");
        File.WriteAllText(_rates, "id,count,denominator\na,5,1000\n");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("--per", "100.000", "ambiguous")]
    [InlineData("--per", "1.000", "ambiguous")]
    [InlineData("--per", "1,5", "decimal separator")]
    [InlineData("--per", "100,5", "decimal separator")]
    [InlineData("--level", "0,95", "decimal separator")]
    [InlineData("--per", "abc", "Cannot parse")]
    [InlineData("--per", "1 000", "Cannot parse")]
    [InlineData("--level", "abc", "Cannot parse")]
    [InlineData("--level", "", "Cannot parse")]
    [InlineData("--max-input-mb", "x", "Cannot parse")]
    public void Rates_RefusesTheNumber_WithExit2(string option, string text, string message)
    {
        var (code, output, err) = Run("rates", "--input", _rates, option, text);
        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains(message, err, StringComparison.Ordinal);
        Assert.Contains(option, err, StringComparison.Ordinal);
        Assert.Equal("", output);
    }

    [Theory]
    [InlineData("--per", "1000", "a,5,1000,5,")]
    [InlineData("--per", "1e3", "a,5,1000,5,")]
    [InlineData("--per", "100000", "a,5,1000,500,")]
    [InlineData("--level", "0.998", "a,5,1000,0.005,")]
    [InlineData("--per", "0.125", "a,5,1000,0.000625,")]
    public void Rates_TakesPlainInvariantNumbers(string option, string text, string row)
    {
        var (code, output, err) = Run("rates", "--input", _rates, option, text);
        Assert.True(code == 0, err);
        Assert.Contains(row, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", "--budget", "250.000")]
    [InlineData("cuts", "--scale", "0,5")]
    [InlineData("report", "--draws", "1.000")]
    [InlineData("suppress", "--min", "x")]
    [InlineData("validate", "--tolerance", "abc")]
    public void EveryCommand_RefusesAmbiguousOrNonNumbers(string command, string option, string text)
    {
        var (code, _, err) = Run(command, option, text);
        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains(option, err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.5", false)]
    [InlineData("0.125", false)]
    [InlineData("12.5", false)]
    [InlineData("1.25", false)]
    [InlineData("1e5", false)]
    [InlineData("1000000", false)]
    [InlineData("1.000", true)]
    [InlineData("-2.500", true)]
    [InlineData("1.000.000", true)]
    [InlineData("3,5", true)]
    public void Problem_FlagsOnlyWhatAGermanReaderReadsOtherwise(string text, bool refused) =>
        Assert.Equal(refused, CliNumbers.Problem(text) is not null);
}
