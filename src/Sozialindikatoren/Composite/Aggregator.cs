using System.Globalization;

namespace Sozialindikatoren.Composite;

/// <summary>Aggregation methods (COINr's <c>a_*</c> functions).</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum AggregationMethod
{
    /// <summary>Weighted arithmetic mean Σw·x/Σw (fully compensatory).</summary>
    ArithmeticMean = 0,
    /// <summary>Weighted geometric mean exp(Σw·ln x/Σw); a zero gives 0 (the limit), negatives are an error.</summary>
    GeometricMean = 1,
    /// <summary>Weighted harmonic mean Σw/Σ(w/x); a zero gives 0 (the limit), negatives are an error.</summary>
    HarmonicMean = 2,
    /// <summary>Generalised (power) mean (Σw·x^p/Σw)^{1/p}; p = 0 is the geometric mean.</summary>
    GeneralisedMean = 3,
    /// <summary>Weighted median: the smallest value whose cumulative weight reaches half the total; the mean of it and the next value when the half is hit exactly.</summary>
    WeightedMedian = 4,
    /// <summary>Copeland outranking score across units (non-compensatory).</summary>
    Copeland = 5,
}

/// <summary>An aggregation method with its parameter (<em>Aggregationsverfahren</em>).</summary>
/// <remarks>Text form (CLI <c>--aggregate</c>): <c>amean</c>, <c>gmean</c>, <c>hmean</c>, <c>median</c>,
/// <c>copeland</c>, <c>genmean:P</c>.</remarks>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct Aggregator : IEquatable<Aggregator>
{
    private Aggregator(AggregationMethod method, double power)
    {
        Method = method;
        Power = power;
    }

    /// <summary>The method.</summary>
    public AggregationMethod Method { get; }

    /// <summary>The power p of the generalised mean (1 for others).</summary>
    public double Power { get; }

    /// <summary>Weighted arithmetic mean.</summary>
    public static Aggregator ArithmeticMean => new(AggregationMethod.ArithmeticMean, 1);

    /// <summary>Weighted geometric mean.</summary>
    public static Aggregator GeometricMean => new(AggregationMethod.GeometricMean, 0);

    /// <summary>Weighted harmonic mean.</summary>
    public static Aggregator HarmonicMean => new(AggregationMethod.HarmonicMean, -1);

    /// <summary>Weighted median.</summary>
    public static Aggregator WeightedMedian => new(AggregationMethod.WeightedMedian, 1);

    /// <summary>Copeland score.</summary>
    public static Aggregator Copeland => new(AggregationMethod.Copeland, 1);

    /// <summary>Generalised mean with power p.</summary>
    /// <param name="power">p, finite.</param>
    /// <returns>The aggregator.</returns>
    public static Aggregator GeneralisedMean(double power) => double.IsFinite(power)
        ? new(AggregationMethod.GeneralisedMean, power)
        : throw new ArgumentException($"power: must be finite, was {power.ToString(CultureInfo.InvariantCulture)}.", nameof(power));

    /// <summary>Parses the text form.</summary>
    /// <param name="text">E.g. <c>amean</c> or <c>genmean:2</c>.</param>
    /// <returns>The aggregator.</returns>
    /// <exception cref="FormatException">Unknown form.</exception>
    public static Aggregator Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var p = text.Split(':');
        switch (p[0].ToLowerInvariant())
        {
            case "amean" when p.Length == 1: return ArithmeticMean;
            case "gmean" when p.Length == 1: return GeometricMean;
            case "hmean" when p.Length == 1: return HarmonicMean;
            case "median" when p.Length == 1: return WeightedMedian;
            case "copeland" when p.Length == 1: return Copeland;
            case "genmean" when p.Length == 2 && double.TryParse(p[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var power) && double.IsFinite(power):
                return GeneralisedMean(power);
        }
        throw new FormatException($"aggregator '{text}': unknown form; use amean, gmean, hmean, median, copeland or genmean:P.");
    }

    /// <summary>The text form.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Method switch
    {
        AggregationMethod.ArithmeticMean => "amean",
        AggregationMethod.GeometricMean => "gmean",
        AggregationMethod.HarmonicMean => "hmean",
        AggregationMethod.WeightedMedian => "median",
        AggregationMethod.Copeland => "copeland",
        _ => "genmean:" + Power.ToString("R", CultureInfo.InvariantCulture),
    };

    /// <inheritdoc />
    public bool Equals(Aggregator other) => Method == other.Method && Power.Equals(other.Power);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Aggregator a && Equals(a);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Method, Power);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(Aggregator left, Aggregator right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(Aggregator left, Aggregator right) => !left.Equals(right);
}
