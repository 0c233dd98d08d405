using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Sozialindikatoren.Data;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Benchmarks;

/// <summary>
/// The streamed <c>rates</c> job in process (issue 15, point 2): 1,000,000 rows of the whole-job mix (as
/// <c>benchmarks/wholejob/generate.py</c>: a third of the counts 0–9, the rest 10–5,000, denominators 5,000–200,000)
/// read, computed and written as UTF-8 to a null stream, without the pipeline (reading waits while a chunk is
/// computed and written) against the two-stage pipeline and the parallel path of blocks (the default), per method. <c>rates-phases FILE</c> (Program.cs) splits the time into phases.
/// </summary>
[MemoryDiagnoser]
public class DataRatesCsvBenchmarks
{
    private const int Rows = 1_000_000;
    private string _path = "";

    /// <summary>The interval method.</summary>
    [Params(IntervalMethod.Wilson, IntervalMethod.ExactPoisson, IntervalMethod.Byar)]
    public IntervalMethod Method { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        var sb = new StringBuilder("id,count,denominator\n");
        for (var i = 0; i < Rows; i++)
        {
            var den = rng.Next(5_000, 200_001);
            var count = i % 3 == 0 ? rng.Next(0, 10) : rng.Next(10, 5_001);
            sb.Append(CultureInfo.InvariantCulture, $"r{i},{count},{den}\n");
        }
        _path = Path.Combine(Path.GetTempPath(), "rates-bench-" + Environment.ProcessId + ".csv");
        File.WriteAllText(_path, sb.ToString());
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    /// <summary>Baseline: the one CSV path, no pipeline, chunk after chunk.</summary>
    [Benchmark(Baseline = true)]
    public long NoPipeline() =>
        RatesCsv.Compute(_path, new RatesSink(Stream.Null, null), Method, ConfidenceLevel.Percent95, 1, null, null, RatesCsv.ChunkRows, pipeline: false, blockBytes: 0);

    /// <summary>The one CSV path with the two-stage pipeline (what a file the parallel path does not take gets).</summary>
    [Benchmark]
    public long Pipeline() =>
        RatesCsv.Compute(_path, new RatesSink(Stream.Null, null), Method, ConfidenceLevel.Percent95, 1, null, null, RatesCsv.ChunkRows, pipeline: true, blockBytes: 0);

    /// <summary>The default: the parallel path (blocks of lines parsed, computed and formatted on every processor).</summary>
    [Benchmark]
    public long ParallelBlocks() => RatesCsv.Compute(_path, Stream.Null, Method, ConfidenceLevel.Percent95, 1, null, null);
}
