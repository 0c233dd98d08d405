using System.Globalization;
using BenchmarkDotNet.Attributes;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Benchmarks;

/// <summary>
/// The shortest round-trip text of a double (issue 15, point 2: the rates job's output is mostly this): .NET's
/// <c>double.TryFormat(…, "R")</c> (baseline) against <see cref="RoundTrip"/> (Ryū, the same bytes), 100,000 seeded
/// doubles of the kinds the row jobs write (rates, interval limits, shares: 1e-7 to 1e3), UTF-8 into one buffer.
/// </summary>
[MemoryDiagnoser]
public class TextRoundTripBenchmarks
{
    private const int Count = 100_000;
    private readonly double[] _values = new double[Count];
    private readonly byte[] _buffer = new byte[Count * RoundTrip.MaxLength];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        for (var i = 0; i < Count; i++) _values[i] = rng.NextDouble() * Math.Pow(10, rng.Next(-7, 4));
    }

    /// <summary>Baseline: .NET's "R" (invariant culture).</summary>
    [Benchmark(Baseline = true)]
    public int DotNetR()
    {
        var n = 0;
        foreach (var v in _values)
        {
            v.TryFormat(_buffer.AsSpan(n), out var k, "R", CultureInfo.InvariantCulture);
            n += k;
        }
        return n;
    }

    /// <summary>Ryū (<see cref="RoundTrip.TryFormat(double, Span{byte}, out int)"/>).</summary>
    [Benchmark]
    public int Ryu()
    {
        var n = 0;
        foreach (var v in _values)
        {
            RoundTrip.TryFormat(v, _buffer.AsSpan(n), out var k);
            n += k;
        }
        return n;
    }
}
