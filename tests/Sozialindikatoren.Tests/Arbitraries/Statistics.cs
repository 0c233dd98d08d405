using FsCheck;
using FsCheck.Fluent;

namespace Sozialindikatoren.Tests;

/// <summary>A proportion case: 0 ≤ X ≤ N, N ≥ 1.</summary>
public sealed record StatisticsProportionCase(long X, long N);

/// <summary>A Poisson rate case: X ≥ 0, denominator &gt; 0.</summary>
public sealed record StatisticsRateCase(long X, double Denominator);

/// <summary>A confidence level from a small set of common levels.</summary>
public sealed record StatisticsLevelCase(double Level);

public static partial class Arbitraries
{
    /// <summary>Proportions with denominators from 1 to 10⁶ (small ones more often).</summary>
    public static Arbitrary<StatisticsProportionCase> StatisticsProportion() =>
        (from n in Gen.OneOf(Gen.Choose(1, 30), Gen.Choose(1, 2_000), Gen.Choose(1, 1_000_000))
         from x in Gen.Choose(0, n)
         select new StatisticsProportionCase(x, n)).ToArbitrary();

    /// <summary>Poisson counts 0 … 10⁵ (small ones more often) on denominators 1 … 10⁷, also below the count.</summary>
    public static Arbitrary<StatisticsRateCase> StatisticsRate() =>
        (from x in Gen.OneOf(Gen.Choose(0, 12), Gen.Choose(0, 500), Gen.Choose(0, 100_000))
         from d in Gen.Choose(1, 10_000_000)
         select new StatisticsRateCase(x, d)).ToArbitrary();

    /// <summary>Common confidence levels.</summary>
    public static Arbitrary<StatisticsLevelCase> StatisticsLevel() =>
        Gen.Elements(0.5, 0.8, 0.9, 0.95, 0.99, 0.998, 0.9999).Select(l => new StatisticsLevelCase(l)).ToArbitrary();
}
