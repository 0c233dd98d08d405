using System.Globalization;
using System.Text;
using FsCheck.Xunit;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data;
using Sozialindikatoren.Data.Csv;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Tests.Data;

/// <summary>
/// The parallel path of <see cref="RatesCsv"/> (blocks of UTF-8 lines parsed, computed and formatted on several
/// threads) writes the same bytes and reports the same problems as the one CSV path (<see cref="CsvInput"/>, block size
/// 0), for every block size, and hands every line it does not take to that path.
/// </summary>
public sealed class RatesCsvBlocksTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ratesblocks-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string text, string name = "in.csv", bool bom = false)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(bom));
        return path;
    }

    private static (byte[] Output, IReadOnlyList<DataProblem>? Problems, List<DataProblem> Notes) Run(string path, IntervalMethod method, int blockBytes, int chunkRows = RatesCsv.ChunkRows)
    {
        using var ms = new MemoryStream();
        var notes = new List<DataProblem>();
        try
        {
            RatesCsv.Compute(path, new RatesSink(ms, null), method, ConfidenceLevel.Percent95, 1000, null, notes, chunkRows, pipeline: true, blockBytes);
            return (ms.ToArray(), null, notes);
        }
        catch (DataProblemException e)
        {
            return (ms.ToArray(), e.Problems, notes);
        }
    }

    private static string Describe(IEnumerable<DataProblem> problems) =>
        string.Join("\n", problems.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Severity} {p.Line}:{p.Column} {p.Field}={p.Value} {p.Message}")));

    /// <summary>Both paths agree: the same bytes when the file is good, the same problems when it is not (the rows
    /// written before a problem may differ, as they do between chunk sizes).</summary>
    private static void AssertSame(string path, IntervalMethod method, params int[] blockSizes)
    {
        var reference = Run(path, method, 0);
        foreach (var block in blockSizes)
        {
            var got = Run(path, method, block);
            if (reference.Problems is null)
            {
                Assert.True(got.Problems is null, $"block {block}: {Describe(got.Problems ?? [])}");
                Assert.True(reference.Output.AsSpan().SequenceEqual(got.Output), $"block {block}: output differs");
            }
            else
            {
                Assert.True(got.Problems is not null, $"block {block}: no problems, expected {Describe(reference.Problems)}");
                Assert.Equal(Describe(reference.Problems), Describe(got.Problems));
            }
            Assert.Equal(Describe(reference.Notes), Describe(got.Notes));
        }
    }

    private static string SimpleRows(int rows, int seed, string delimiter = ",", string newline = "\n")
    {
        var rng = new Random(seed);
        var sb = new StringBuilder("id" + delimiter + "count" + delimiter + "denominator" + newline);
        for (var i = 0; i < rows; i++)
        {
            var den = rng.Next(5, 200_000);
            var count = rng.Next(0, Math.Min(den, 5_000) + 1);
            var id = i % 13 == 0 ? $"Siegen-Süd-{i}" : "r" + i.ToString(CultureInfo.InvariantCulture);
            sb.Append(id).Append(delimiter).Append(count).Append(delimiter).Append(den).Append(newline);
        }
        return sb.ToString();
    }

    [Theory]
    [InlineData(IntervalMethod.Wilson)]
    [InlineData(IntervalMethod.ExactPoisson)]
    [InlineData(IntervalMethod.Byar)]
    [InlineData(IntervalMethod.Auto)]
    public void SimpleFile_EveryBlockSize_WritesTheSameBytes(IntervalMethod method) =>
        AssertSame(Write(SimpleRows(20_000, 5)), method, 64, 1000, 65_536, RatesCsv.BlockBytes);

    [Fact]
    public void SimpleFile_TakesTheParallelPath_AndALineItDoesNotTake_IsLeftToTheOneCsvPath()
    {
        Assert.True(Parallel(Write(SimpleRows(5_000, 1), "a.csv"), 4096));
        Assert.True(Parallel(Write(SimpleRows(5_000, 1, ";", "\r\n"), "b.csv", bom: true), 4096));
        Assert.False(Parallel(Write(SimpleRows(5_000, 1) + "\"quoted\",1,2\n", "c.csv"), 4096));
        Assert.False(Parallel(Write(SimpleRows(100, 1) + "x,1\n", "d.csv"), 4096));
        Assert.False(Parallel(Write("id,count,denominator\n", "e.csv"), 4096));
    }

    /// <summary>Whether <see cref="RatesCsv.Blocks.TryCompute"/> takes the whole file.</summary>
    private static bool Parallel(string path, int blockBytes)
    {
        using var input = CsvInput.Open(path);
        var header = CsvHeader.Bind(input, RatesCsv.Schema);
        var columns = new RatesCsv.Columns(header["id"], header["count"], header["denominator"], input.Headers.Count, false, input.NumberFormat);
        using var sink = new RatesSink(Stream.Null, null);
        var ok = RatesCsv.Blocks.TryCompute(path, input, sink, new RatesChunk.Job(IntervalMethod.Byar, ConfidenceLevel.Percent95, 1), columns,
            new DuplicateKeyDetector(), blockBytes, out var last, out _);
        if (ok) last.Dispose();
        return ok;
    }

    [Fact]
    public void LineNotTakenAfterManyBlocks_RowsWrittenOnce_SameBytes()
    {
        // Blocks of plain lines are written, then a quoted id (a line break inside) sends the rest to the one path.
        var text = SimpleRows(8_000, 2) + "\"Kreuztal\nNord\",3,400\n" + SimpleRows(3_000, 3).Split('\n', 2)[1].Replace("r", "s", StringComparison.Ordinal);
        AssertSame(Write(text), IntervalMethod.Byar, 128, 4096, 65_536);
    }

    [Fact]
    public void ProblemsAfterManyBlocks_AreTheOneCsvPathsProblems()
    {
        var text = SimpleRows(6_000, 4) + "bad,x1,100\nok,1,100\nr7,2,100\nshort,1\n";
        var path = Write(text);
        AssertSame(path, IntervalMethod.Byar, 100, 4096);
        var problems = Run(path, IntervalMethod.Byar, 4096).Problems!;
        Assert.Contains(problems, p => p.Line == 6002 && p.Field == "count" && p.Value == "x1");
        Assert.Contains(problems, p => p.Line == 6004 && p.Message.Contains("repeated id 'r7'", StringComparison.Ordinal));
    }

    [Fact]
    public void RepeatedIdInSimpleFile_IsFoundByTheParallelPath()
    {
        var text = SimpleRows(3_000, 6) + "r5,1,100\n";
        var path = Write(text);
        Assert.True(Parallel(path, 512));
        AssertSame(path, IntervalMethod.Wilson, 512, RatesCsv.BlockBytes);
        var p = Assert.Single(Run(path, IntervalMethod.Wilson, 512).Problems!);
        Assert.Equal(3_002, p.Line);
        Assert.Contains("already on line 7", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CellsAreCopiedOnlyWhenTheyAreTheirOwnText()
    {
        // The parallel path copies a count or denominator cell of plain digits; one with a leading zero is written
        // as its value, like the one CSV path writes it.
        var text = SimpleRows(3_000, 8) + "lead,007,0100\nzero,0,100\nwide,5,999999999999\n";
        var path = Write(text);
        Assert.True(Parallel(path, 4096));
        AssertSame(path, IntervalMethod.Byar, 4096);
        var lines = Encoding.UTF8.GetString(Run(path, IntervalMethod.Byar, 4096).Output).Split('\n');
        Assert.StartsWith("lead,7,100,70,", lines[3_001], StringComparison.Ordinal);
        Assert.StartsWith("zero,0,100,0,0,", lines[3_002], StringComparison.Ordinal);
        Assert.StartsWith("wide,5,999999999999,", lines[3_003], StringComparison.Ordinal);
    }

    [Fact]
    public void NoDataRows_AndBlankLines_AsTheOneCsvPath()
    {
        AssertSame(Write("id,count,denominator\n\n\r\n"), IntervalMethod.Byar, 64);
        AssertSame(Write("id,count,denominator\n\na,1,2\n\r\n\nb,2,3"), IntervalMethod.Byar, 64, 4096);
    }

    /// <summary>Fragments a rates file is made of, good and bad; the property joins random ones.</summary>
    private static readonly string[] Fragments =
    [
        "a{0},1,100\n", "b{0},0,7\n", "c{0},12,13\r\n", "Süd{0},3,50\n", "\"q,{0}\",1,9\n", "\"line\n{0}\",2,9\n", "\n", "\r\n", "   \n",
        ",,\n", " sp{0} ,1,9\n", "x{0},1,2,\n", "x{0},1,2,extra\n", "y{0},1\n", "z{0},1.5,9\n", "n{0},-1,9\n", "w{0},9,3\n", "d{0},1,0\n",
        "big{0},1000000,1.000\n", "g{0}; 1 ;2\n", "e{0},1e3,2e4\n", "r1,1,100\n", "t{0}\t,1,4\n", "u{0},1,4\r", "k{0},00012,40\n", "m{0},0,0012\n", "v{0},123456789012345,999999999999999\n", "l{0},12345678901,999999999999\n", "o{0},7,1234567890123456\n",
        "\u00a0nb{0},1,4\n", "h{0},2,3",
    ];

    private static readonly string[] Headers =
        ["id,count,denominator\n", "id,count,denominator\r\n", "ID;Anzahl;Nenner\n", "Zähler,id,Nenner\n", "id,count,denominator,name\n", "\"id\",count,denominator\n"];

    [Property(MaxTest = 150)]
    public void AnyMixOfLines_BothPathsAgree(int seed, byte methodByte)
    {
        var rng = new Random(seed);
        var sb = new StringBuilder(Headers[rng.Next(Headers.Length)]);
        var rows = rng.Next(0, 120);
        var plain = rng.Next(3) == 0; // a third: mostly simple lines, so that whole blocks are taken
        for (var i = 0; i < rows; i++)
        {
            var f = plain && rng.Next(10) > 0 ? Fragments[rng.Next(2)] : Fragments[rng.Next(Fragments.Length)];
            sb.Append(string.Format(CultureInfo.InvariantCulture, f, i));
        }
        var path = Write(sb.ToString(), "p" + (seed & 0xffff).ToString(CultureInfo.InvariantCulture) + ".csv", bom: rng.Next(4) == 0);
        var method = (IntervalMethod[])[IntervalMethod.Wilson, IntervalMethod.ExactPoisson, IntervalMethod.Byar, IntervalMethod.Auto];
        AssertSame(path, method[methodByte % 4], 16, 40, 200, RatesCsv.BlockBytes);
    }
}
