using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Tests.Data;

/// <summary>
/// The streamed <see cref="RatesCsv"/> job: chunk sizes, the two-stage pipeline and the split formatting do not change
/// a byte of the output; the output is the row-by-row reference (<c>double.ToString("R")</c>); the fast double
/// formatting writes what "R" writes; a bad row after several chunks is still reported with line, field and value.
/// </summary>
public sealed class RatesCsvTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ratescsv-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteInput(int rows, int seed, string name = "in.csv")
    {
        var rng = new Random(seed);
        var sb = new StringBuilder("id,count,denominator\n");
        for (var i = 0; i < rows; i++)
        {
            var den = rng.Next(5, 200_000);
            var count = i % 3 == 0 ? rng.Next(0, 10) : rng.Next(0, Math.Min(den, 5_000) + 1);
            // Ids of every kind the writer must carry: plain, quoted (comma, quote, line break), non-ASCII, long.
            var id = (i % 97) switch
            {
                0 => $"\"a,{i}\"",
                1 => $"\"q\"\"{i}\"",
                2 => $"\"line\n{i}\"",
                3 => $"Siegen-Süd-{i}",
                4 => new string('x', 300) + i.ToString(CultureInfo.InvariantCulture),
                _ => "r" + i.ToString(CultureInfo.InvariantCulture),
            };
            sb.Append(id).Append(',').Append(count).Append(',').Append(den).Append(i % 11 == 0 ? ".5" : "").Append('\n');
        }
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
        return path;
    }

    /// <summary>The one CSV path (block size 0) unless a block size is given.</summary>
    private static byte[] Run(string path, IntervalMethod method, int chunkRows, bool pipeline, int blockBytes = 0)
    {
        using var ms = new MemoryStream();
        RatesCsv.Compute(path, new RatesSink(ms, null), method, ConfidenceLevel.Percent95, 1000, null, null, chunkRows, pipeline, blockBytes);
        return ms.ToArray();
    }

    /// <summary>The output written row by row with the one-row kernel and <c>ToString("R")</c>, independent of the chunk code.</summary>
    private static string Reference(string path, IntervalMethod method)
    {
        using var input = Sozialindikatoren.Data.Csv.CsvInput.Open(path);
        var sb = new StringBuilder(RatesCsv.OutputHeader + "\n");
        Span<double> v = stackalloc double[1], lo = stackalloc double[1], up = stackalloc double[1];
        Span<IntervalMethod> used = stackalloc IntervalMethod[1];
        while (input.Read())
        {
            var count = long.Parse(input[1], CultureInfo.InvariantCulture);
            var den = double.Parse(input[2], CultureInfo.InvariantCulture);
            Rates.Intervals([count], [den], method, ConfidenceLevel.Percent95, 1000, v, lo, up, used);
            sb.Append(Sozialindikatoren.Text.Csv.Field(input[0])).Append(',')
                .Append(count.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(den.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(v[0].ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append((lo[0] > 0 ? lo[0] : 0).ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(up[0].ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(used[0].ToCode()).Append('\n');
        }
        return sb.ToString();
    }

    [Theory]
    [InlineData(IntervalMethod.Wilson)]
    [InlineData(IntervalMethod.ExactPoisson)]
    [InlineData(IntervalMethod.Byar)]
    [InlineData(IntervalMethod.Auto)]
    public void ChunkSizesAndPipeline_DoNotChangeTheOutput_AndMatchTheRowByRowReference(IntervalMethod method)
    {
        var path = WriteInput(12_345, 7);
        var expected = Encoding.UTF8.GetBytes(Reference(path, method));
        // 1 and 7: many tiny chunks through the pipeline; 5,000: split formatting with a partial last chunk;
        // the default 65,536: one chunk, split; 100,000: larger than the file.
        foreach (var chunk in new[] { 1, 7, 4095, 5_000, RatesCsv.ChunkRows, 100_000 })
            foreach (var pipeline in new[] { false, true })
                Assert.True(expected.AsSpan().SequenceEqual(Run(path, method, chunk, pipeline)), $"chunk {chunk}, pipeline {pipeline}");
    }

    [Fact]
    public void TextWriterStreamAndStreamWriter_GiveTheSameText()
    {
        var path = WriteInput(9_000, 11);
        using var ms = new MemoryStream();
        RatesCsv.Compute(path, ms, IntervalMethod.Auto, ConfidenceLevel.Percent95, 1000, null, null);
        var text = new StringWriter();
        RatesCsv.Compute(path, text, IntervalMethod.Auto, ConfidenceLevel.Percent95, 1000, null, null);
        var file = Path.Combine(_dir, "out.csv");
        using (var w = new StreamWriter(file, false, new UTF8Encoding(false)))
        {
            w.Write("prefix written before\n");
            RatesCsv.Compute(path, w, IntervalMethod.Auto, ConfidenceLevel.Percent95, 1000, null, null);
            w.Write("suffix written after\n");
        }
        Assert.Equal(Encoding.UTF8.GetString(ms.ToArray()), text.ToString());
        Assert.Equal("prefix written before\n" + text + "suffix written after\n", File.ReadAllText(file));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void BadRowsAfterSeveralChunks_AreReportedWithLineFieldAndValue(bool pipeline)
    {
        var path = WriteInput(3_000, 3);
        // The bad row after 30 chunks of 100 rows, then good rows again (still checked, nothing more written).
        var text = File.ReadAllText(path);
        var line = text.Count(c => c == '\n') + 1;
        File.WriteAllText(path, text + "bad,x1,100\nok,1,100\n");
        using var ms = new MemoryStream();
        var e = Assert.Throws<DataProblemException>(() =>
            RatesCsv.Compute(path, new RatesSink(ms, null), IntervalMethod.Byar, ConfidenceLevel.Percent95, 1, null, null, 100, pipeline, blockBytes: 0));
        var p = Assert.Single(e.Problems, x => x.Severity == ProblemSeverity.Error);
        Assert.Equal(line, p.Line);
        Assert.Equal("count", p.Field);
        Assert.Equal("x1", p.Value);
        Assert.StartsWith("count not a number", p.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 3000)]
    public void DoubleFormatting_WritesWhatRWrites(NormalFloat f, long whole, byte kind)
    {
        var v = (kind % 4) switch
        {
            0 => f.Get,
            1 => Math.Abs(whole % 2_000_000_000_000_000L),  // whole numbers on both sides of 10^15
            2 => Math.Abs(whole % 100_000),
            _ => Math.Abs(f.Get),
        };
        AssertFormatsAsR(v);
    }

    [Theory]
    [InlineData(0.0), InlineData(1.0), InlineData(1e14), InlineData(999_999_999_999_999.0), InlineData(1e15)]
    [InlineData(1e15 + 2), InlineData(9007199254740992.0), InlineData(123456789012345.0), InlineData(0.5), InlineData(1e-7)]
    [InlineData(double.MaxValue), InlineData(double.Epsilon), InlineData(-1e300), InlineData(5.7930379270193084E-06)]
    public void DoubleFormatting_EdgeValues(double v) => AssertFormatsAsR(v);

    [Fact]
    public void DoubleFormatting_NegativeZero_IsWrittenAsRWritesIt() => AssertFormatsAsR(-0.0);

    private static void AssertFormatsAsR(double v)
    {
        Span<byte> buffer = stackalloc byte[32];
        var n = RatesChunk.Double(v, buffer);
        var text = Encoding.UTF8.GetString(buffer[..n]);
        var net = v.ToString("R", CultureInfo.InvariantCulture);
        // .NET's "R" text, except where that text does not read back (2^-25, 2^-958): there ours must (Text.RoundTrip).
        if (text == net) return;
        Assert.NotEqual(BitConverter.DoubleToInt64Bits(v), BitConverter.DoubleToInt64Bits(double.Parse(net, CultureInfo.InvariantCulture)));
        Assert.Equal(BitConverter.DoubleToInt64Bits(v), BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)));
    }

    /// <summary>A repeated id is found across chunks, between a bad and a good row, and in chunks of more than the
    /// filter's prefetch distance (16 ids), with and without the pipeline, and after blocks of the parallel path.</summary>
    [Theory]
    [InlineData(3, false, 0)]
    [InlineData(3, true, 0)]
    [InlineData(40, true, 0)]
    [InlineData(40, true, 64)]
    [InlineData(RatesCsv.ChunkRows, true, RatesCsv.BlockBytes)]
    public void RepeatedIds_AreFound_AcrossChunksAndBadRows(int chunkRows, bool pipeline, int blockBytes)
    {
        var sb = new StringBuilder("id,count,denominator\n");
        for (var i = 0; i < 100; i++) sb.Append('r').Append(i).Append(",1,100\n");
        sb.Append("r5,1,100\n");      // line 102: a repeat of line 7, in a later chunk
        sb.Append("bad,x,100\n");     // line 103: an invalid row …
        sb.Append("bad,1,100\n");     // line 104: … whose id comes again in a valid row
        var path = Path.Combine(_dir, "repeats.csv");
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
        var e = Assert.Throws<Sozialindikatoren.Common.DataProblemException>(() => Run(path, IntervalMethod.Wilson, chunkRows, pipeline, blockBytes));
        var repeats = e.Problems.Where(p => p.Message.Contains("repeated id", StringComparison.Ordinal)).Select(p => (p.Line, p.Value)).ToArray();
        Assert.Equal([(102, "r5"), (104, "bad")], repeats);
    }
}
