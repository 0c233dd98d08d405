using System.Text;
using FsCheck.Xunit;
using Sozialindikatoren.Data.Csv;

namespace Sozialindikatoren.Tests.Data.Csv;

/// <summary>
/// <see cref="Utf8Records"/> takes only lines <see cref="CsvTokenizer"/> reads the same way: every record it calls
/// simple has the tokenizer's fields, blank lines are skipped as <see cref="CsvInput"/> skips them, and the first line
/// it does not take is one the tokenizer reads differently or a record with another number of fields.
/// </summary>
public sealed class Utf8RecordsTests
{
    private static readonly string[] Pieces = ["a", "bc", "Süd", " ", "", "1", "2,5", "\"", "\r", "\t", "x y", "€"];

    /// <summary>The records up to the first that is not simple, as field texts.</summary>
    private static List<string[]> Simple(byte[] bytes, byte delimiter, int fields, out bool stopped)
    {
        var records = new Utf8Records(bytes, delimiter);
        Span<Range> ranges = stackalloc Range[fields];
        var list = new List<string[]>();
        Utf8Record next;
        while ((next = records.Next(ranges)) == Utf8Record.Record)
        {
            var r = new string[fields];
            for (var i = 0; i < fields; i++) r[i] = Encoding.UTF8.GetString(bytes.AsSpan()[ranges[i]]);
            list.Add(r);
        }
        stopped = next == Utf8Record.NotSimple;
        return list;
    }

    /// <summary>The tokenizer's non-blank records (as <see cref="CsvInput.Read"/> keeps them), up to a syntax error
    /// (an unclosed quote; <see cref="Utf8Records"/> stops at its line, as it holds a quote).</summary>
    private static List<string[]> Tokenized(string text, char delimiter)
    {
        using var t = new CsvTokenizer(new StringReader(text), delimiter);
        var list = new List<string[]>();
        while (true)
        {
            try
            {
                if (!t.Read()) break;
            }
            catch (CsvSyntaxException)
            {
                break;
            }
            var r = new string[t.FieldCount];
            for (var i = 0; i < r.Length; i++) r[i] = t[i].ToString();
            if (r.All(f => string.IsNullOrWhiteSpace(f))) continue;
            list.Add(r);
        }
        return list;
    }

    [Property(MaxTest = 500)]
    public void SimpleRecords_AreTheTokenizersRecords(int seed, bool semicolon)
    {
        var rng = new Random(seed);
        var delimiter = semicolon ? ';' : ',';
        var sb = new StringBuilder();
        var lines = rng.Next(0, 12);
        for (var l = 0; l < lines; l++)
        {
            var n = rng.Next(1, 5);
            for (var f = 0; f < n; f++)
            {
                if (f > 0) sb.Append(delimiter);
                sb.Append(Pieces[rng.Next(Pieces.Length)]);
            }
            sb.Append(rng.Next(4) == 0 ? "\r\n" : "\n");
        }
        if (rng.Next(3) == 0 && sb.Length > 0) sb.Length--; // no line end at the end of the file
        var text = sb.ToString();
        var simple = Simple(Encoding.UTF8.GetBytes(text), (byte)delimiter, 3, out var stopped);
        var tokenized = Tokenized(text, delimiter);
        Assert.True(simple.Count <= tokenized.Count);
        for (var i = 0; i < simple.Count; i++) Assert.Equal(tokenized[i], simple[i]);
        if (!stopped) Assert.Equal(tokenized.Count, simple.Count);
        else if (simple.Count < tokenized.Count && !text.Contains('"') && !text.Contains('\r'))
            Assert.NotEqual(3, tokenized[simple.Count].Length); // without quotes and CRs it stops only at another field count …
    }

    [Fact]
    public void Examples()
    {
        var text = "a,1,2\r\n\nb,3,4\nc,5,6";
        var got = Simple(Encoding.UTF8.GetBytes(text), (byte)',', 3, out var stopped);
        Assert.False(stopped);
        Assert.Equal([["a", "1", "2"], ["b", "3", "4"], ["c", "5", "6"]], got);
        Simple(Encoding.UTF8.GetBytes("a,1,2\n\"b\",3,4\n"), (byte)',', 3, out stopped);
        Assert.True(stopped);
        Assert.Single(Simple(Encoding.UTF8.GetBytes("a,1,2\nb,3\r4\n"), (byte)',', 3, out stopped));
        Assert.True(stopped);
        Assert.Single(Simple(Encoding.UTF8.GetBytes("a,1,2\nb,3,4,5\n"), (byte)',', 3, out stopped));
        Assert.True(stopped);
    }

    [Fact]
    public void Delimiter_MustBeOneAsciiCharacterThatIsNotAQuoteOrLineBreak()
    {
        Assert.Throws<ArgumentException>(() => new Utf8Records([], (byte)'"'));
        Assert.Throws<ArgumentException>(() => new Utf8Records([], (byte)'\n'));
        Assert.Throws<ArgumentException>(() => new Utf8Records([], 0xC3));
    }
}
