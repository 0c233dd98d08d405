using System.Text;
using Sozialindikatoren.Cli;
using Sozialindikatoren.Cuts;

namespace Sozialindikatoren.Tests.Cli;

public sealed class ResourceLimitTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var o = new StringWriter();
        using var e = new StringWriter();
        var code = CliApp.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Theory]
    [InlineData("cuts")]
    [InlineData("report")]
    public void TooManyDraws_IsUsageError_WithEstimate_BeforeReadingData(string command)
    {
        // The data path does not exist: the draws check must come first.
        var (code, _, err) = Run(command, "--draws", "2000000", "--data", "/nonexistent/data.json", "--out", Path.GetTempPath());
        Assert.Equal(2, code);
        Assert.Contains("--draws: at most 1,000,000, was 2,000,000", err, StringComparison.Ordinal);
        Assert.Contains("122 MB", err, StringComparison.Ordinal);
    }

    [Fact]
    public void MemoryEstimate_IsTheDocumentedFormula()
    {
        var o = new CutOptions();
        // 8 · (1000 · (8 + 3) + 40 · 1000) = 408,000 bytes.
        Assert.Equal(408_000, o.EstimateMonteCarloBytes(1000, 3, 40));
        // Above MaxCellDrawValues (5,000,000) the cell values are not kept.
        Assert.Equal(8L * 1000 * 8, o.EstimateMonteCarloBytes(1000, 0, 10_000));
        Assert.Null(CutOptions.DrawsProblem(CutOptions.MaxDraws));
        Assert.NotNull(CutOptions.DrawsProblem(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CutOptions { Draws = CutOptions.MaxDraws + 1 }.Validate());
    }

    [Fact]
    public void JsonDataSetOverMaxInputMb_IsRefused()
    {
        var file = Path.Combine(Path.GetTempPath(), $"big-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(file, "{\"name\": \"" + new string('x', 1024 * 1024 + 10) + "\"}", Encoding.UTF8);
            var (code, _, err) = Run("validate", "--data", file, "--max-input-mb", "1");
            Assert.Equal(1, code);
            Assert.Contains("larger than the input size limit of 1 MB", err + "", StringComparison.Ordinal);
        }
        finally { File.Delete(file); }
    }
}
