using Sozialindikatoren.Cli;
using static Sozialindikatoren.Tests.Cli.CliRun;

namespace Sozialindikatoren.Tests.Cli;

/// <summary><c>template --out vorlage.xlsx</c>, then <c>validate</c> and <c>report</c> on it, as a planner runs them.</summary>
public sealed class TemplateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("template-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Template_ThenValidateAndReport_RunWithoutHandEdits()
    {
        var path = Path.Combine(_dir, "vorlage.xlsx");
        Assert.Equal(0, Run("template", "--out", path).Code);
        var validate = Run("validate", "--data", path);
        Assert.True(validate.Code == 0, validate.Err);
        Assert.Contains("gültig", validate.Out, StringComparison.Ordinal);
        var report = Run("report", "--data", path, "--out", Path.Combine(_dir, "bericht"), "--draws", "10");
        Assert.True(report.Code == 0, report.Err);
        Assert.True(File.Exists(Path.Combine(_dir, "bericht", "report.xlsx")));
    }

    [Fact]
    public void Template_RefusesAForeignFileAndANonXlsxName()
    {
        var path = Path.Combine(_dir, "daten.xlsx");
        File.WriteAllBytes(path, [1, 2, 3]);
        var (code, _, err) = Run("template", "--out", path);
        Assert.Equal(2, code);
        Assert.Contains("--out", err, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Equal(2, Run("template", "--out", Path.Combine(_dir, "vorlage.csv")).Code);
    }

    [Fact]
    public void NotAWorkbook_ValidateExits1_NamingTheFile()
    {
        var path = Path.Combine(_dir, "kaputt.xlsx");
        File.WriteAllBytes(path, "PK not a zip"u8.ToArray());
        var (code, _, err) = Run("validate", "--data", path);
        Assert.Equal(1, code);
        Assert.Contains("kaputt.xlsx", err, StringComparison.Ordinal);
    }
}
