using BenchmarkDotNet.Attributes;
using Sozialindikatoren.Data;

namespace Sozialindikatoren.Benchmarks;

/// <summary>
/// The repeated-id check of the rates stream (the 16 MB blocked Bloom filter, far larger than the caches): 1,000,000
/// distinct ids added one by one (baseline: each block a cache miss after the other) against the same hashes added per
/// chunk of 65,536 with the prefetch (<see cref="DuplicateKeyDetector.AddHashes"/>). A new filter per invocation.
/// </summary>
[MemoryDiagnoser]
public class DataDuplicateKeyBenchmarks
{
    private const int Ids = 1_000_000;
    private readonly ulong[] _hashes = new ulong[Ids];

    [GlobalSetup]
    public void Setup()
    {
        for (var i = 0; i < Ids; i++) _hashes[i] = DuplicateKeyDetector.Hash64(("r" + i).AsSpan());
    }

    /// <summary>Baseline: one id after the other.</summary>
    [Benchmark(Baseline = true)]
    public long OneByOne()
    {
        var d = new DuplicateKeyDetector();
        foreach (var h in _hashes) d.AddHashes([h]);
        return d.Count;
    }

    /// <summary>Per chunk, with the prefetch.</summary>
    [Benchmark]
    public long PerChunk()
    {
        var d = new DuplicateKeyDetector();
        for (var i = 0; i < Ids; i += RatesCsv.ChunkRows) d.AddHashes(_hashes.AsSpan(i, Math.Min(RatesCsv.ChunkRows, Ids - i)));
        return d.Count;
    }
}
