using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace Sozialindikatoren.Composite;

/// <summary>A small deterministic generator (SplitMix64, Steele et al. 2014): the same seed gives the same stream on every platform.</summary>
internal struct SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    public ulong NextULong()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, n).</summary>
    public int NextInt(int n) => (int)(NextDouble() * n);

    /// <summary>A seed for stream <paramref name="stream"/> derived from a master seed (independent of thread scheduling).</summary>
    public static ulong Derive(ulong seed, ulong stream)
    {
        var g = new SplitMix64(seed ^ (stream * 0xD1B54A32D192ED03UL + 0x2545F4914F6CDD1DUL));
        g.NextULong();
        return g.NextULong();
    }
}
