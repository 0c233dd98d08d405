namespace Sozialindikatoren.Statistics;

/// <summary>Common multipliers of rates (<em>je 100 / je 1.000 / je 100.000 Einwohner</em>): a rate is count / denominator × per.</summary>
/// <threadsafety>Constants only; thread-safe.</threadsafety>
public static class RateScale
{
    /// <summary>No multiplier (a plain ratio).</summary>
    public const double PerOne = 1;

    /// <summary>Per 100 (percent).</summary>
    public const double Per100 = 100;

    /// <summary>Per 1,000 (Promille), the usual scale for social indicators per inhabitants.</summary>
    public const double Per1000 = 1_000;

    /// <summary>Per 10,000.</summary>
    public const double Per10000 = 10_000;

    /// <summary>Per 100,000, the usual scale for health and mortality rates.</summary>
    public const double Per100000 = 100_000;

    /// <summary>A count (or a count limit) as a rate: <paramref name="count"/> / <paramref name="denominator"/> ×
    /// <paramref name="per"/>, in this order — with per = 1 the correctly rounded quotient, so a rate, Wilson's
    /// estimate and a funnel value of the same row are the same double (count × (per / denominator) can differ in the
    /// last bit). The one place this formula is evaluated.</summary>
    internal static double Apply(double count, double denominator, double per) => count / denominator * per;
}
