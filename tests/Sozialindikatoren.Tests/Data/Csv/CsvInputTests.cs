using System.Text;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Csv;

namespace Sozialindikatoren.Tests.Data.Csv;

public sealed class CsvInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("csvinput-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly Encoding Cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private string Write(string name, byte[] bytes)
    {
        var p = Path.Combine(_dir, name);
        File.WriteAllBytes(p, bytes);
        return p;
    }

    private static List<string[]> Rows(CsvInput input)
    {
        var rows = new List<string[]>();
        while (input.Read()) rows.Add(Enumerable.Range(0, input.FieldCount).Select(i => input[i]).ToArray());
        return rows;
    }

    [Fact]
    public void Utf8WithoutBom_IsUtf8()
    {
        using var input = CsvInput.Open(Write("a.csv", Encoding.UTF8.GetBytes("name;wert\nMüller;1\n")));
        Assert.Equal(CsvEncoding.Utf8, input.Encoding);
        Assert.False(input.Bom);
        Assert.Equal("Müller", Rows(input)[0][0]);
    }

    [Fact]
    public void Utf8WithBom_IsUtf8_AndTheBomIsNotPartOfTheHeader()
    {
        using var input = CsvInput.Open(Write("a.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("name;wert\nMüller;1\n")]));
        Assert.Equal(CsvEncoding.Utf8, input.Encoding);
        Assert.True(input.Bom);
        Assert.Equal("name", input.Headers[0]);
        Assert.Equal("Müller", Rows(input)[0][0]);
        Assert.Contains("UTF-8 (BOM)", input.FormatText, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8_IsWindows1252_NeverReplacementCharacters()
    {
        using var input = CsvInput.Open(Write("a.csv", Cp1252.GetBytes("name;wert\nGefährdetenhilfe Müßig;1\n€uro;2\n")));
        Assert.Equal(CsvEncoding.Windows1252, input.Encoding);
        var rows = Rows(input);
        Assert.Equal("Gefährdetenhilfe Müßig", rows[0][0]);
        Assert.Equal("€uro", rows[1][0]);
        Assert.DoesNotContain(rows, r => r[0].Contains('\uFFFD'));
        Assert.Contains("windows-1252", input.FormatText, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidByteFarBehindTheFirstBlock_StillMakesTheFileWindows1252()
    {
        var sb = new StringBuilder("id,name\n");
        for (var i = 0; i < 20_000; i++) sb.Append(i).Append(",plain ascii\n");
        sb.Append("20000,Bärbel\n");
        using var input = CsvInput.Open(Write("a.csv", Cp1252.GetBytes(sb.ToString())));
        Assert.Equal(CsvEncoding.Windows1252, input.Encoding);
        Assert.Equal("Bärbel", Rows(input)[^1][1]);
    }

    [Fact]
    public void ForcedUtf8_OnWindows1252Bytes_IsAnErrorNamingTheLine()
    {
        var path = Write("a.csv", Cp1252.GetBytes("name;wert\nok;1\nMüller;2\n"));
        var ex = Assert.Throws<DataProblemException>(() => CsvInput.Open(path, new CsvReadOptions { Encoding = CsvEncoding.Utf8 }));
        Assert.Equal(3, ex.Problems[0].Line);
        Assert.Contains("not valid UTF-8", ex.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForcedWindows1252_ReadsUtf8BytesAsWindows1252()
    {
        using var input = CsvInput.Open(Write("a.csv", Encoding.UTF8.GetBytes("name\nä\n")), new CsvReadOptions { Encoding = CsvEncoding.Windows1252 });
        Assert.Equal(CsvEncoding.Windows1252, input.Encoding);
        Assert.Equal("Ã¤", Rows(input)[0][0]);
    }

    [Theory]
    [InlineData("a;b;c\n1;2;3\n", ';', CsvNumberFormat.German)]
    [InlineData("a,b,c\n1,2,3\n", ',', CsvNumberFormat.Invariant)]
    [InlineData("a\tb\tc\n1\t2\t3\n", '\t', CsvNumberFormat.Invariant)]
    [InlineData("\"x;y\",b,c\n1,2,3\n", ',', CsvNumberFormat.Invariant)]
    [InlineData("a\n1\n", ',', CsvNumberFormat.Invariant)]
    public void Delimiter_DecidesTheNumberFormat(string text, char delimiter, CsvNumberFormat format)
    {
        using var input = CsvInput.Open(new StringReader(text), "t.csv");
        Assert.Equal(delimiter, input.Delimiter);
        Assert.Equal(format, input.NumberFormat);
        Assert.Equal(text.Count(c => c == '\n') - 1, Rows(input).Count);
    }

    [Fact]
    public void NumberFormatOverride_Wins()
    {
        using var input = CsvInput.Open(new StringReader("a;b\n1.5;2\n"), "t.csv", new CsvReadOptions { NumberFormat = CsvNumberFormat.Invariant });
        Assert.Equal(CsvNumberFormat.Invariant, input.NumberFormat);
        Assert.True(input.Read());
        Assert.True(input.TryNumber(0, out var v));
        Assert.Equal(1.5, v);
    }

    [Fact]
    public void Lines_ArePhysical_AfterQuotedLineBreaks_AndBlankLines()
    {
        using var input = CsvInput.Open(new StringReader("\"a\nb\",v\n\"x\r\ny\nz\",1\n\n2,2\n3,4.0.0\n"), "t.csv");
        Assert.True(input.Read());
        Assert.Equal(3, input.Line); // header spans lines 1-2
        Assert.True(input.Read());
        Assert.Equal(7, input.Line); // the record spans 3-5, line 6 is blank
        Assert.True(input.Read());
        Assert.Equal(8, input.Line);
        Assert.False(input.TryNumber(1, out _));
        Assert.Equal(8, input.Problems[0].Line);
        Assert.Equal(2, input.Problems[0].Column);
        Assert.Equal("v", input.Problems[0].Field);
        Assert.Equal("4.0.0", input.Problems[0].Value);
    }

    [Fact]
    public void AHashIsNoComment()
    {
        using var input = CsvInput.Open(new StringReader("id,v\n#1,2\n"), "t.csv");
        Assert.Equal("#1", Rows(input)[0][0]);
    }

    [Fact]
    public void AOneMegabyteField_IsRead()
    {
        var big = new string('x', 1_000_000);
        using var input = CsvInput.Open(Write("big.csv", Encoding.UTF8.GetBytes("id,text\n1,\"" + big + "\"\n2,short\n")));
        var rows = Rows(input);
        Assert.Equal(2, rows.Count);
        Assert.Equal(big, rows[0][1]);
        Assert.Empty(input.Problems);
    }

    [Fact]
    public void UnterminatedQuote_IsOneProblemWithTheLine()
    {
        using var input = CsvInput.Open(new StringReader("id,v\n1,2\n2,\"open\n3,4\n"), "t.csv");
        Assert.Single(Rows(input));
        var p = Assert.Single(input.Problems);
        Assert.Equal(3, p.Line);
        Assert.Contains("closing quote", p.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("  \n\n")]
    public void EmptyFile_IsAProblem(string text)
    {
        var ex = Assert.Throws<DataProblemException>(() => CsvInput.Open(Write("e.csv", Encoding.UTF8.GetBytes(text))));
        Assert.Contains("empty file", ex.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolder_IsAProblemSayingSo()
    {
        var ex = Assert.Throws<DataProblemException>(() => CsvInput.Open(_dir));
        Assert.Contains("is a folder", ex.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_IsAProblem()
    {
        var ex = Assert.Throws<DataProblemException>(() => CsvInput.Open(Path.Combine(_dir, "nope.csv")));
        Assert.Contains("not found", ex.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_AliasesMatchCaseWhitespaceAndUmlautInsensitively_UnknownIsAWarning_MissingAnError()
    {
        CsvColumn[] schema = [new("area_km2", "Fläche km²", true, "flaeche"), new("capacity", "Kapazität", true), new("unit", "Einheit", true), new("name", "Name", false)];
        using var input = CsvInput.Open(new StringReader("  FLÄCHE   KM² ;kapazitaet;Farbe;;\n1;2;rot;;\n"), "t.csv");
        var header = CsvHeader.Bind(input, schema);
        Assert.Equal(0, header["area_km2"]);
        Assert.Equal(1, header["capacity"]);
        Assert.Equal(-1, header["name"]);
        var warning = Assert.Single(input.Problems, p => p.Severity == ProblemSeverity.Warning);
        Assert.Equal("Farbe", warning.Field);
        Assert.Contains("unknown column 'Farbe'", warning.Message, StringComparison.Ordinal);
        var error = Assert.Single(input.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal("unit", error.Field);
        Assert.Contains("Einheit", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Fläche km²", "flaeche_km2")]
    [InlineData("Angebot-ID", "angebot_id")]
    [InlineData("erwarteter  Verlust", "erwarteter_verlust")]
    [InlineData("gemeldet am", "gemeldet_am")]
    [InlineData("Kapazitätsabbau", "kapazitaetsabbau")]
    [InlineData(" Einschätzung ", "einschaetzung")]
    [InlineData("Betrag (€/Jahr)", "betrag_€_jahr")]
    public void Normalise(string header, string key) => Assert.Equal(key, CsvHeader.Normalise(header));

    [Fact]
    public void ErrorsAreCapped_AndReadingStops()
    {
        var sb = new StringBuilder("v\n");
        for (var i = 0; i < 1000; i++) sb.Append("x\n");
        using var input = CsvInput.Open(new StringReader(sb.ToString()), "t.csv");
        var rows = 0;
        while (input.Read()) { rows++; input.TryNumber(0, out _); }
        Assert.Equal(CsvInput.MaxErrors, rows);
        Assert.Equal(CsvInput.MaxErrors + 1, input.Problems.Count);
        Assert.Contains("stopped after", input.Problems[^1].Message, StringComparison.Ordinal);
    }
}
