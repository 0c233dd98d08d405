using Sozialindikatoren.Cli;

namespace Sozialindikatoren.Tests.Cli;

/// <summary>A failing standard output (full disk, closed pipe) is one error line and exit 1 (bug: a stack trace).</summary>
public sealed class FailingOutputTests
{
    private sealed class FullDisk : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
        public override void Write(char value) => throw new IOException("No space left on device");
        public override void Write(ReadOnlySpan<char> buffer) => throw new IOException("No space left on device");
        public override void Write(string? value) => throw new IOException("No space left on device");
    }

    [Fact]
    public void Rates_ToAFullStandardOutput_IsExit1WithOneLine()
    {
        var dir = Directory.CreateTempSubdirectory("full-disk-").FullName;
        try
        {
            var input = Path.Combine(dir, "r.csv");
            File.WriteAllText(input, "id,count,denominator\na,5,1000\n");
            var err = new StringWriter();
            var code = CliApp.Run(["rates", "--input", input], new FullDisk(), err);
            Assert.Equal(CliApp.InvalidInput, code);
            Assert.Contains("input or output failed: No space left on device", err.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", err.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
