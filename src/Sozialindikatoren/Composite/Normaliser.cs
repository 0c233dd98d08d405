using System.Globalization;

namespace Sozialindikatoren.Composite;

/// <summary>Normalisation methods (COINr's <c>n_*</c> functions).</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum NormalisationMethod
{
    /// <summary>No rescaling; only the direction is applied: y = d·x.</summary>
    None = 0,
    /// <summary>Min-max to [l, u]: y = (x' − min)/(max − min)·(u − l) + l.</summary>
    MinMax = 1,
    /// <summary>z-score: y = (x' − mean)/s·sd + m with the sample SD s (n − 1).</summary>
    ZScore = 2,
    /// <summary>Scaled by fixed bounds: y = (x' − l)/(u − l)·100.</summary>
    Scaled = 3,
    /// <summary>Rank, ascending, ties = lowest rank (1…n).</summary>
    Rank = 4,
    /// <summary>Percentile rank: (rank − 1)/(n − 1), ties = lowest rank, in [0, 1].</summary>
    PercentRank = 5,
    /// <summary>Borda score: rank − 1.</summary>
    Borda = 6,
    /// <summary>Distance to the maximum: 1 − (max − x')/(max − min).</summary>
    DistanceToMax = 7,
    /// <summary>Distance to a reference unit: 1 − (x'_ref − x')/(x'_ref − min), optionally capped at 1.</summary>
    DistanceToReference = 8,
    /// <summary>Distance to the indicator's target t: (x' − min)/(t' − min) with t' = d·t, optionally capped at 1.</summary>
    DistanceToTarget = 9,
    /// <summary>Fraction of the maximum: x'/max.</summary>
    FractionOfMax = 10,
    /// <summary>Goalposts [l, u] in indicator units: (x − l)/(u − l) (direction +1) or (u − x)/(u − l) (direction −1), truncated to [0, 1], times the scale.</summary>
    Goalposts = 11,
}

/// <summary>
/// A normalisation method with its parameters (<em>Normierung</em>), e.g. <c>Normaliser.MinMax(0, 100)</c>.
/// </summary>
/// <remarks>
/// Text form (CLI <c>--normalise</c>, <see cref="Parse"/>): <c>none</c>, <c>minmax:L:U</c>, <c>zscore</c> or
/// <c>zscore:M:SD</c>, <c>scaled:L:U</c>, <c>rank</c>, <c>prank</c>, <c>borda</c>, <c>dist2max</c>,
/// <c>dist2ref:UNIT</c> or <c>dist2ref:UNIT:cap</c>, <c>dist2targ</c> or <c>dist2targ:cap</c>, <c>fracmax</c>,
/// <c>goalposts:L:U</c> or <c>goalposts:L:U:SCALE</c>.
/// </remarks>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct Normaliser : IEquatable<Normaliser>
{
    private Normaliser(NormalisationMethod method, double a, double b, bool cap, string? reference, double scale = 100)
    {
        _scale = scale;
        Method = method;
        A = a;
        B = b;
        Cap = cap;
        ReferenceUnit = reference;
    }

    /// <summary>The method.</summary>
    public NormalisationMethod Method { get; }

    /// <summary>First parameter: l (min-max, scaled, goalposts), m (z-score); 0 otherwise.</summary>
    public double A { get; }

    /// <summary>Second parameter: u (min-max, scaled, goalposts), sd (z-score), scale (goalposts: stored in <see cref="Scale"/>); 0 otherwise.</summary>
    public double B { get; }

    /// <summary>Goalpost scale factor (default 100).</summary>
    public double Scale => Method == NormalisationMethod.Goalposts ? _scale : 1;

    private readonly double _scale;

    /// <summary>Whether distance-to-reference/target results are capped at 1.</summary>
    public bool Cap { get; }

    /// <summary>The reference unit code of <see cref="NormalisationMethod.DistanceToReference"/>.</summary>
    public string? ReferenceUnit { get; }

    /// <summary>Direction only (y = d·x).</summary>
    public static Normaliser None => new(NormalisationMethod.None, 0, 0, false, null);

    /// <summary>Min-max to [l, u] (COINr default 0–100).</summary>
    /// <param name="lower">l.</param>
    /// <param name="upper">u, &gt; l.</param>
    /// <returns>The normaliser.</returns>
    /// <exception cref="ArgumentException">Bounds not finite or u ≤ l.</exception>
    public static Normaliser MinMax(double lower = 0, double upper = 100)
    {
        CheckBounds(lower, upper, nameof(upper));
        return new(NormalisationMethod.MinMax, lower, upper, false, null);
    }

    /// <summary>z-score with target mean m and SD sd (defaults 0 and 1).</summary>
    /// <param name="mean">m.</param>
    /// <param name="sd">sd, &gt; 0.</param>
    /// <returns>The normaliser.</returns>
    public static Normaliser ZScore(double mean = 0, double sd = 1)
    {
        if (!double.IsFinite(mean)) throw new ArgumentException($"mean: must be finite, was {mean.ToString(CultureInfo.InvariantCulture)}.", nameof(mean));
        if (!double.IsFinite(sd) || sd <= 0) throw new ArgumentException($"sd: must be finite and > 0, was {sd.ToString(CultureInfo.InvariantCulture)}.", nameof(sd));
        return new(NormalisationMethod.ZScore, mean, sd, false, null);
    }

    /// <summary>Scaled by fixed bounds l, u: (x' − l)/(u − l)·100.</summary>
    /// <param name="lower">l.</param>
    /// <param name="upper">u ≠ l.</param>
    /// <returns>The normaliser.</returns>
    public static Normaliser Scaled(double lower, double upper)
    {
        CheckBounds(lower, upper, nameof(upper));
        return new(NormalisationMethod.Scaled, lower, upper, false, null);
    }

    /// <summary>Ascending rank (ties lowest).</summary>
    public static Normaliser Rank => new(NormalisationMethod.Rank, 0, 0, false, null);

    /// <summary>Percentile rank (rank − 1)/(n − 1), ties lowest.</summary>
    public static Normaliser PercentRank => new(NormalisationMethod.PercentRank, 0, 0, false, null);

    /// <summary>Borda score rank − 1.</summary>
    public static Normaliser Borda => new(NormalisationMethod.Borda, 0, 0, false, null);

    /// <summary>Distance to the maximum.</summary>
    public static Normaliser DistanceToMax => new(NormalisationMethod.DistanceToMax, 0, 0, false, null);

    /// <summary>Fraction of the maximum.</summary>
    public static Normaliser FractionOfMax => new(NormalisationMethod.FractionOfMax, 0, 0, false, null);

    /// <summary>Distance to a reference unit.</summary>
    /// <param name="referenceUnit">The unit code.</param>
    /// <param name="cap">Cap results at 1.</param>
    /// <returns>The normaliser.</returns>
    public static Normaliser DistanceToReference(string referenceUnit, bool cap = false)
    {
        if (string.IsNullOrWhiteSpace(referenceUnit)) throw new ArgumentException("referenceUnit: must be a unit code.", nameof(referenceUnit));
        return new(NormalisationMethod.DistanceToReference, 0, 0, cap, referenceUnit);
    }

    /// <summary>Distance to the indicator's target (from the framework).</summary>
    /// <param name="cap">Cap results at 1.</param>
    /// <returns>The normaliser.</returns>
    public static Normaliser DistanceToTarget(bool cap = false) => new(NormalisationMethod.DistanceToTarget, 0, 0, cap, null);

    /// <summary>Goalposts in indicator units.</summary>
    /// <param name="lower">l.</param>
    /// <param name="upper">u &gt; l.</param>
    /// <param name="scale">Scale factor (default 100).</param>
    /// <returns>The normaliser.</returns>
    public static Normaliser Goalposts(double lower, double upper, double scale = 100)
    {
        CheckBounds(lower, upper, nameof(upper));
        if (!double.IsFinite(scale) || scale <= 0) throw new ArgumentException($"scale: must be finite and > 0, was {scale.ToString(CultureInfo.InvariantCulture)}.", nameof(scale));
        return new(NormalisationMethod.Goalposts, lower, upper, false, null, scale);
    }

    /// <summary>Whether the method's result is unchanged when an indicator is replaced by a·x + b with a &gt; 0
    /// (true for min-max, z-score, rank, percentile rank, Borda, distance to max and to a reference unit).</summary>
    public bool IsAffineInvariant => Method is NormalisationMethod.MinMax or NormalisationMethod.ZScore or NormalisationMethod.Rank
        or NormalisationMethod.PercentRank or NormalisationMethod.Borda or NormalisationMethod.DistanceToMax or NormalisationMethod.DistanceToReference;

    /// <summary>Parses the text form (see remarks of the type).</summary>
    /// <param name="text">E.g. <c>minmax:0:100</c>.</param>
    /// <returns>The normaliser.</returns>
    /// <exception cref="FormatException">The text is not a known form; the message lists the forms.</exception>
    public static Normaliser Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var p = text.Split(':');
        try
        {
            switch (p[0].ToLowerInvariant())
            {
                case "none" when p.Length == 1: return None;
                case "minmax" when p.Length == 1: return MinMax();
                case "minmax" when p.Length == 3: return MinMax(Num(p[1]), Num(p[2]));
                case "zscore" when p.Length == 1: return ZScore();
                case "zscore" when p.Length == 3: return ZScore(Num(p[1]), Num(p[2]));
                case "scaled" when p.Length == 3: return Scaled(Num(p[1]), Num(p[2]));
                case "rank" when p.Length == 1: return Rank;
                case "prank" when p.Length == 1: return PercentRank;
                case "borda" when p.Length == 1: return Borda;
                case "dist2max" when p.Length == 1: return DistanceToMax;
                case "fracmax" when p.Length == 1: return FractionOfMax;
                case "dist2ref" when p.Length is 2 or 3: return DistanceToReference(p[1], p.Length == 3 && IsCap(p[2]));
                case "dist2targ" when p.Length is 1 or 2: return DistanceToTarget(p.Length == 2 && IsCap(p[1]));
                case "goalposts" when p.Length == 3: return Goalposts(Num(p[1]), Num(p[2]));
                case "goalposts" when p.Length == 4: return Goalposts(Num(p[1]), Num(p[2]), Num(p[3]));
            }
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"normaliser '{text}': {e.Message}", e);
        }
        throw new FormatException($"normaliser '{text}': unknown form; use none, minmax:L:U, zscore[:M:SD], scaled:L:U, rank, prank, borda, dist2max, dist2ref:UNIT[:cap], dist2targ[:cap], fracmax, goalposts:L:U[:SCALE].");
    }

    private static bool IsCap(string s) => string.Equals(s, "cap", StringComparison.OrdinalIgnoreCase)
        ? true : throw new ArgumentException($"'{s}' is not 'cap'.");

    private static double Num(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
        ? v : throw new ArgumentException($"'{s}' is not a finite number.");

    private static void CheckBounds(double lower, double upper, string name)
    {
        if (!double.IsFinite(lower) || !double.IsFinite(upper) || upper <= lower)
            throw new ArgumentException($"{name}: bounds must be finite with upper > lower, were {lower.ToString(CultureInfo.InvariantCulture)} and {upper.ToString(CultureInfo.InvariantCulture)}.", name);
    }

    /// <summary>The text form, e.g. <c>minmax:0:100</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Method switch
    {
        NormalisationMethod.None => "none",
        NormalisationMethod.MinMax => string.Create(CultureInfo.InvariantCulture, $"minmax:{A:R}:{B:R}"),
        NormalisationMethod.ZScore => string.Create(CultureInfo.InvariantCulture, $"zscore:{A:R}:{B:R}"),
        NormalisationMethod.Scaled => string.Create(CultureInfo.InvariantCulture, $"scaled:{A:R}:{B:R}"),
        NormalisationMethod.Rank => "rank",
        NormalisationMethod.PercentRank => "prank",
        NormalisationMethod.Borda => "borda",
        NormalisationMethod.DistanceToMax => "dist2max",
        NormalisationMethod.FractionOfMax => "fracmax",
        NormalisationMethod.DistanceToReference => "dist2ref:" + ReferenceUnit + (Cap ? ":cap" : ""),
        NormalisationMethod.DistanceToTarget => Cap ? "dist2targ:cap" : "dist2targ",
        NormalisationMethod.Goalposts => string.Create(CultureInfo.InvariantCulture, $"goalposts:{A:R}:{B:R}:{Scale:R}"),
        _ => Method.ToString(),
    };

    /// <inheritdoc />
    public bool Equals(Normaliser other) => Method == other.Method && A.Equals(other.A) && B.Equals(other.B) && Cap == other.Cap
        && Scale.Equals(other.Scale) && string.Equals(ReferenceUnit, other.ReferenceUnit, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Normaliser n && Equals(n);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Method, A, B, Cap, ReferenceUnit);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(Normaliser left, Normaliser right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(Normaliser left, Normaliser right) => !left.Equals(right);
}
