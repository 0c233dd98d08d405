using System.Text;
using Sozialindikatoren.Cli;
using Sozialindikatoren.Data.Json;

namespace Sozialindikatoren.Tests.Cli;

public class ValidateCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Validate_Sample_PrintsSummaryInGerman()
    {
        var (code, output, _) = Run("validate");
        Assert.Equal(0, code);
        Assert.Contains("gültig", output, StringComparison.Ordinal);
        Assert.Contains("illustrativ", output, StringComparison.Ordinal);
        Assert.Contains("Gemeinde", output, StringComparison.Ordinal);
        Assert.Contains("Schuldner- und Insolvenzberatung", output, StringComparison.Ordinal);
        Assert.Contains("voll", output, StringComparison.Ordinal);
        Assert.Contains("Summe", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_English()
    {
        var (code, output, _) = Run("validate", "--lang", "en");
        Assert.Equal(0, code);
        Assert.Contains("Debt counselling", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GoodFile_ExitsZero()
    {
        var file = Path.Combine(Path.GetTempPath(), $"si-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(file, PlanningDataJson.WriteString(global::Sozialindikatoren.Samples.SiegenWittgenstein.Load()), Encoding.UTF8);
            var (code, output, _) = Run("validate", "--data", file);
            Assert.Equal(0, code);
            Assert.Contains("gültig", output, StringComparison.Ordinal);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void Validate_BadFile_ListsEveryProblemAndExitsOne()
    {
        var file = Path.Combine(Path.GetTempPath(), $"si-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(file, """
            { "format": "sozialindikatoren/dataset", "version": 1,
              "spaces": [ { "id": "05970000", "name": "K", "level": "county", "ags": "123" } ],
              "providers": [ { "id": "p", "name": "P", "association": "awo" } ],
              "offerings": [ { "id": "o", "name": "O", "domain": "Sucht", "providerId": "p", "location": "05970000", "obligation": "voluntary",
                               "capacity": { "amount": -2, "unit": "fte" } } ] }
            """);
            var (code, _, err) = Run("validate", "--data", file);
            Assert.Equal(1, code);
            Assert.Contains("2 Probleme", err, StringComparison.Ordinal);
            Assert.Contains("(ags), value '123'", err, StringComparison.Ordinal);
            Assert.Contains("capacity", err, StringComparison.Ordinal);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void Validate_BadOption_IsUsageError()
    {
        Assert.Equal(2, Run("validate", "--lang", "fr").Code);
        Assert.Equal(2, Run("validate", "--as-of", "gestern").Code);
        Assert.Equal(2, Run("validate", "--nonsense").Code);
    }
}
