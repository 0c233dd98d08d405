using System.Globalization;
using System.Text;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Cuts;

/// <summary>Percentiles of a Monte Carlo quantity (<em>Perzentile</em>), type 7 (linear interpolation between order statistics, as R's default).</summary>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct PercentileSummary : IEquatable<PercentileSummary>
{
    /// <summary>Creates a summary.</summary>
    /// <param name="p05">5th percentile.</param>
    /// <param name="p50">Median.</param>
    /// <param name="p95">95th percentile.</param>
    /// <param name="mean">Mean.</param>
    public PercentileSummary(double p05, double p50, double p95, double mean)
    {
        P05 = p05;
        P50 = p50;
        P95 = p95;
        Mean = mean;
    }

    /// <summary>5th percentile.</summary>
    public double P05 { get; }

    /// <summary>Median.</summary>
    public double P50 { get; }

    /// <summary>95th percentile.</summary>
    public double P95 { get; }

    /// <summary>Mean.</summary>
    public double Mean { get; }

    /// <summary>Type-7 percentiles of a sample (sorted internally; the input is not changed).</summary>
    /// <param name="values">The sample (NaN-free).</param>
    /// <returns>The summary; NaN for an empty sample.</returns>
    public static PercentileSummary Of(ReadOnlySpan<double> values)
    {
        if (values.Length == 0) return new PercentileSummary(double.NaN, double.NaN, double.NaN, double.NaN);
        var sorted = values.ToArray();
        Array.Sort(sorted);
        double sum = 0;
        foreach (var v in values) sum += v;
        return new PercentileSummary(Quantile(sorted, 0.05), Quantile(sorted, 0.5), Quantile(sorted, 0.95), sum / values.Length);
    }

    internal static double Quantile(ReadOnlySpan<double> sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <inheritdoc />
    public bool Equals(PercentileSummary other) => P05.Equals(other.P05) && P50.Equals(other.P50) && P95.Equals(other.P95) && Mean.Equals(other.Mean);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PercentileSummary s && Equals(s);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(P05, P50, P95, Mean);

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(PercentileSummary left, PercentileSummary right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PercentileSummary left, PercentileSummary right) => !left.Equals(right);

    /// <summary>e.g. <c>P5 1.2 · P50 3.4 · P95 5.6</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"P5 {P05:0.###} · P50 {P50:0.###} · P95 {P95:0.###} · mean {Mean:0.###}");
}
