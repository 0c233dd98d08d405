using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sozialindikatoren.Data.Csv;
using CsvWriter = Sozialindikatoren.Text.Csv;

namespace Sozialindikatoren.Tests.Data.Csv;

/// <summary>The library's RFC 4180 tokenizer: fields, quotes, line ends, physical line numbers, buffer boundaries,
/// and the round trip with the one writer (<see cref="CsvWriter"/>).</summary>
public sealed class CsvTokenizerTests
{
    private static List<(int Line, string[] Fields)> Tokens(string text, char delimiter = ',', int buffer = 1 << 16)
    {
        using var t = new CsvTokenizer(new StringReader(text), delimiter, bufferSize: buffer);
        var records = new List<(int, string[])>();
        while (t.Read()) records.Add((t.Line, Enumerable.Range(0, t.FieldCount).Select(t.GetString).ToArray()));
        return records;
    }

    public static TheoryData<int> Buffers => [1, 2, 3, 7, 1 << 16];

    [Theory]
    [MemberData(nameof(Buffers))]
    public void Fields_QuotesAndLineEnds(int buffer)
    {
        var r = Tokens("a,\"b,c\",\"say \"\"hi\"\"\"\r\n,x,\r\n\"\"\n\nlast", ',', buffer);
        Assert.Equal(5, r.Count);
        Assert.Equal(["a", "b,c", "say \"hi\""], r[0].Fields);
        Assert.Equal(["", "x", ""], r[1].Fields);
        Assert.Equal([""], r[2].Fields);
        Assert.Equal([""], r[3].Fields);
        Assert.Equal(["last"], r[4].Fields);
        Assert.Equal([1, 2, 3, 4, 5], r.Select(x => x.Line));
    }

    [Theory]
    [MemberData(nameof(Buffers))]
    public void LineNumbers_ArePhysicalAfterQuotedLineBreaks(int buffer)
    {
        // LF, CRLF and a lone CR inside quotes are one line each; the record ends are LF, CRLF and CR.
        var r = Tokens("h1;h2\n1;\"two\nlines\"\r\n2;\"three\r\nlines\rhere\"\r3;\"\"\"\n\"\"\"\n4;end\n", ';', buffer);
        Assert.Equal([1, 2, 4, 7, 9], r.Select(x => x.Line));
        Assert.Equal("two\nlines", r[1].Fields[1]);
        Assert.Equal("three\r\nlines\rhere", r[2].Fields[1]);
        Assert.Equal("\"\n\"", r[3].Fields[1]);
        Assert.Equal(["4", "end"], r[4].Fields);
    }

    [Fact]
    public void FinalLineBreak_StartsNoRecord_AndEmptyTextHasNone()
    {
        Assert.Single(Tokens("a,b\n"));
        Assert.Single(Tokens("a,b\r\n"));
        Assert.Single(Tokens("a,b"));
        Assert.Empty(Tokens(""));
    }

    [Fact]
    public void LenientRules_QuoteInsideUnquotedField_AndTextAfterClosingQuote()
    {
        var r = Tokens("ab\"c,\"x\"y\"z,\"q\"\n");
        Assert.Equal(["ab\"c", "xy\"z", "q"], r[0].Fields);
    }

    [Theory]
    [MemberData(nameof(Buffers))]
    public void UnterminatedQuote_NamesTheLineTheRecordStartsOn(int buffer)
    {
        using var t = new CsvTokenizer(new StringReader("a,b\n\"x\ny\",1\n2,\"open\n3,4\n"), ',', bufferSize: buffer);
        Assert.True(t.Read());
        Assert.True(t.Read());
        var e = Assert.Throws<CsvSyntaxException>(() => t.Read());
        Assert.Equal(4, e.Line);
        Assert.Equal(2, e.Field);
        Assert.Contains("closing quote", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AOneMegabyteField_QuotedOrNot_IsReadWhole()
    {
        var big = string.Concat(Enumerable.Repeat("x\"\"y\n;", 200_000)); // 1.2 M characters, quotes and line breaks
        var r = Tokens("id;text\n1;\"" + big + "\"\n2;" + new string('z', 1 << 20) + "\n3;short\n", ';', 1024);
        Assert.Equal(4, r.Count);
        Assert.Equal(big.Replace("\"\"", "\"", StringComparison.Ordinal), r[1].Fields[1]);
        Assert.Equal(1 << 20, r[2].Fields[1].Length);
        Assert.Equal(2 + 200_000 + 1, r[2].Line);
        Assert.Equal(["3", "short"], r[3].Fields);
    }

    [Fact]
    public void BeyondTheLastField_IsEmpty()
    {
        using var t = new CsvTokenizer(new StringReader("a,b\n"), ',');
        Assert.True(t.Read());
        Assert.Equal(2, t.FieldCount);
        Assert.True(t[2].IsEmpty);
        Assert.True(t[-1].IsEmpty);
        Assert.Equal("", t.GetString(5));
    }

    private static readonly char[] Alphabet = ['a', 'Z', 'ä', ' ', ',', ';', '\t', '"', '\r', '\n', '1', '.'];

    private static Arbitrary<string[][]> Tables() =>
        (from width in Gen.Choose(1, 4)
         from length in Gen.Choose(0, 12)
         from rows in Gen.ArrayOf(Gen.ArrayOf(Gen.ArrayOf(Gen.Elements(Alphabet)).Select(a => new string(a)), width), length)
         select rows).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property WriteThenRead_GivesTheSameFields() =>
        Prop.ForAll(Tables(), Gen.Elements(',', ';', '\t').ToArbitrary(), Gen.Elements(1, 3, 64, 1 << 16).ToArbitrary(), (rows, delimiter, buffer) =>
        {
            var width = rows.Length > 0 ? rows[0].Length : 1;
            var header = Enumerable.Range(0, width).Select(i => "c\"" + i + delimiter).ToArray();
            var text = CsvWriter.ToText(header, rows, delimiter);
            var back = Tokens(text, delimiter, buffer);
            // A one-column row with an empty cell is an empty line: one empty field, as written.
            return back.Count == rows.Length + 1
                && back[0].Fields.SequenceEqual(header)
                && rows.Select((row, i) => back[i + 1].Fields.SequenceEqual(row)).All(x => x)
                && back.Select(r => r.Line).SequenceEqual(PhysicalLines(text, back.Count));
        });

    /// <summary>The line each record starts on, counted independently: record ends are the line ends outside quotes
    /// (the writer quotes every field that holds a quote, so a quote toggles the state).</summary>
    private static IEnumerable<int> PhysicalLines(string text, int records)
    {
        var line = 1;
        var quoted = false;
        var starts = new List<int> { 1 };
        for (var i = 0; i < text.Length && starts.Count <= records; i++)
        {
            var c = text[i];
            if (c == '"') { quoted = !quoted; continue; }
            if (c is not ('\r' or '\n')) continue;
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            line++;
            if (!quoted && i + 1 < text.Length) starts.Add(line);
        }
        return starts.Take(records);
    }
}
