using Sozialindikatoren.Tests.Data;

namespace Sozialindikatoren.Tests.Cli;

public sealed class ImportGenesisCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("import-genesis-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = global::Sozialindikatoren.Cli.CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Classic_WritesTheLongCsv()
    {
        var output = Path.Combine(_dir, "out.csv");
        var (code, stdout, stderr) = Run("import-genesis", GenesisTestFiles.PathOf(GenesisTestFiles.Latin1Classic), "--out", output);
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Contains("12411-01-01-4", stdout, StringComparison.Ordinal);
        var lines = File.ReadAllLines(output);
        Assert.Equal("key,name,period,variable,value,status", lines[0]);
        Assert.Equal(1 + (15 * 6), lines.Length);
        Assert.Contains("05970040,\"Siegen, Universitätsstadt\",2023-12-31,männlich,51131,exact", lines);
        Assert.Contains("05970012,Erndtebrück,2022-12-31,Insgesamt,6934,exact", lines);
    }

    [Fact]
    public void Encoding_IsHonoured()
    {
        // import-genesis had no --encoding; the GENESIS reader now decides the encoding as every CSV input does.
        var latin1 = GenesisTestFiles.PathOf(GenesisTestFiles.Latin1Classic);
        var output = Path.Combine(_dir, "out.csv");
        var (code, _, stderr) = Run("import-genesis", latin1, "--out", output, "--encoding", "utf-8");
        Assert.Equal(1, code);
        Assert.Contains("not valid UTF-8", stderr, StringComparison.Ordinal);
        Assert.Contains(GenesisTestFiles.Latin1Classic, stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        var (forced, stdout, _) = Run("import-genesis", latin1, "--out", output, "--encoding", "windows-1252");
        Assert.Equal(0, forced);
        Assert.Contains("windows-1252", stdout, StringComparison.Ordinal);
        Assert.Contains("05970040,\"Siegen, Universitätsstadt\",2023-12-31,männlich,51131,exact", File.ReadAllLines(output));
        var (wrong, _, _) = Run("import-genesis", latin1, "--out", output, "--encoding", "latin-9", "--force");
        Assert.Equal(2, wrong);
    }

    [Fact]
    public void Symbols_BecomeStatusCodes()
    {
        var output = Path.Combine(_dir, "out.csv");
        var (code, stdout, _) = Run("import-genesis", GenesisTestFiles.PathOf(GenesisTestFiles.Utf8Classic), "--out", output);
        Assert.Equal(0, code);
        Assert.Contains("Status: exact 55, exact_zero 2, rounded_zero 2, suppressed 2, not_yet_available 6, not_applicable 1, unreliable 2, uncertain 2, provisional 6, revised 2, estimated 1, series_break 2, missing 1", stdout, StringComparison.Ordinal);
        var lines = File.ReadAllLines(output);
        Assert.Contains("05966,\"Olpe, Kreis\",2022,Arbeitslose (Anzahl) | 15 bis unter 25 Jahre,0,exact_zero", lines);
        Assert.Contains("05966,\"Olpe, Kreis\",2022,Arbeitslosenquote (%) | 15 bis unter 25 Jahre,0,rounded_zero", lines);
        Assert.Contains("05966,\"Olpe, Kreis\",2023,Arbeitslose (Anzahl) | 15 bis unter 25 Jahre,,suppressed", lines);
        Assert.Contains("05974,\"Soest, Kreis\",2022,Arbeitslose (Anzahl) | insgesamt,,not_yet_available", lines);
        Assert.Contains("05966,\"Olpe, Kreis\",2023,Arbeitslosenquote (%) | 15 bis unter 25 Jahre,,not_applicable", lines);
        Assert.Contains("05974,\"Soest, Kreis\",2023,Arbeitslose (Anzahl) | insgesamt,,unreliable", lines);
        Assert.Contains("05966,\"Olpe, Kreis\",2023,Arbeitslosenquote (%) | Ausländer,10.1,uncertain", lines);
        Assert.Contains("05970,\"Siegen-Wittgenstein, Kreis\",2023,Arbeitslosenquote (%) | insgesamt,6.1,provisional", lines);
        Assert.Contains("05966,\"Olpe, Kreis\",2023,Arbeitslose (Anzahl) | insgesamt,3420,revised", lines);
        Assert.Contains("05966,\"Olpe, Kreis\",2023,Arbeitslose (Anzahl) | Ausländer,1090,estimated", lines);
        Assert.Contains("05974,\"Soest, Kreis\",2023,Arbeitslosenquote (%) | insgesamt,5.3,series_break", lines);
        Assert.Contains("05978,\"Unna, Kreis\",2022,Arbeitslose (Anzahl) | Ausländer,,missing", lines);
    }

    [Fact]
    public void FlatZip_IsConverted()
    {
        var output = Path.Combine(_dir, "flat.csv");
        var (code, _, _) = Run("import-genesis", GenesisTestFiles.PathOf(GenesisTestFiles.FlatZip), "--out", output);
        Assert.Equal(0, code);
        var lines = File.ReadAllLines(output);
        Assert.Equal(15, lines.Length);
        Assert.Contains("05970008,Burbach,2023-12-31,männlich,7561,provisional", lines);
    }

    [Fact]
    public void MalformedFile_ExitsWithOneAndNamesLineColumnValue()
    {
        var input = Path.Combine(_dir, "bad.csv");
        File.WriteAllText(input, "Tabelle: 1;;\n;;2023;2023\n;;a;b\n01;Eins;1;zwei\n");
        var output = Path.Combine(_dir, "out.csv");
        var (code, _, stderr) = Run("import-genesis", input, "--out", output);
        Assert.Equal(1, code);
        Assert.Contains("bad.csv, line 4, column 4 (b), value 'zwei'", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void MissingFile_ExitsWithOne()
    {
        var (code, _, stderr) = Run("import-genesis", Path.Combine(_dir, "nope.csv"), "--out", Path.Combine(_dir, "o.csv"));
        Assert.Equal(1, code);
        Assert.Contains("nope.csv", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingOut_IsAUsageError()
    {
        var (code, _, stderr) = Run("import-genesis", GenesisTestFiles.PathOf(GenesisTestFiles.Flat));
        Assert.Equal(2, code);
        Assert.Contains("--out", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_DescribesTheCommand()
    {
        var (code, stdout, _) = Run("import-genesis", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--out", stdout, StringComparison.Ordinal);
        Assert.Contains("key,name,period,variable,value,status", stdout, StringComparison.Ordinal);
    }
}
