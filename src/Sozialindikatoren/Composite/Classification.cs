using System.Globalization;

namespace Sozialindikatoren.Composite;

/// <summary>
/// Status class of a space (<em>Statusklasse</em>, Berlin MSS): 1 "hoch" is the best social status (lowest need),
/// 4 "sehr niedrig" the worst.
/// </summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum StatusClass
{
    /// <summary>No class: the space is excluded (too small) or has too little data.</summary>
    Unclassified = 0,
    /// <summary>1 hoch: need index z below the first cut-off (default z &lt; −1).</summary>
    High = 1,
    /// <summary>2 mittel (default −1 ≤ z ≤ 1).</summary>
    Medium = 2,
    /// <summary>3 niedrig (default 1 &lt; z ≤ 1.5).</summary>
    Low = 3,
    /// <summary>4 sehr niedrig (default z &gt; 1.5).</summary>
    VeryLow = 4,
}

/// <summary>Dynamics class of a space (<em>Dynamikklasse</em>, Berlin MSS): "positiv" means need is falling.</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum DynamicsClass
{
    /// <summary>No class (excluded, too little data, or no dynamics computed).</summary>
    Unclassified = 0,
    /// <summary>+ positiv: the dynamics z of need change is below the lower cut-off (default z &lt; −1).</summary>
    Positive = 1,
    /// <summary>± stabil (default −1 ≤ z ≤ 1).</summary>
    Stable = 2,
    /// <summary>− negativ: need is growing faster than elsewhere (default z &gt; 1).</summary>
    Negative = 3,
}

/// <summary>
/// One of the 12 status × dynamics groups (<em>Gesamtindex Soziale Ungleichheit</em>, Berlin MSS), coded
/// <c>1+</c>, <c>1±</c>, <c>1-</c>, <c>2+</c> … <c>4-</c>.
/// </summary>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct MssGroup : IEquatable<MssGroup>
{
    /// <summary>Creates a group.</summary>
    /// <param name="status">Status class (not unclassified).</param>
    /// <param name="dynamics">Dynamics class (not unclassified).</param>
    /// <exception cref="ArgumentException">A class is unclassified or undefined.</exception>
    public MssGroup(StatusClass status, DynamicsClass dynamics)
    {
        if (status is < StatusClass.High or > StatusClass.VeryLow)
            throw new ArgumentException($"status: must be a class 1–4, was {status}.", nameof(status));
        if (dynamics is < DynamicsClass.Positive or > DynamicsClass.Negative)
            throw new ArgumentException($"dynamics: must be positive, stable or negative, was {dynamics}.", nameof(dynamics));
        Status = status;
        Dynamics = dynamics;
    }

    /// <summary>The status class.</summary>
    public StatusClass Status { get; }

    /// <summary>The dynamics class.</summary>
    public DynamicsClass Dynamics { get; }

    /// <summary>The code, e.g. <c>3-</c> (status 3, need growing) or <c>2±</c>.</summary>
    public string Code => ((int)Status).ToString(CultureInfo.InvariantCulture) + Dynamics switch
    {
        DynamicsClass.Positive => "+",
        DynamicsClass.Stable => "±",
        _ => "-",
    };

    /// <summary>All 12 groups in order 1+, 1±, 1-, … 4-.</summary>
    public static IReadOnlyList<MssGroup> All { get; } =
        [.. from s in new[] { StatusClass.High, StatusClass.Medium, StatusClass.Low, StatusClass.VeryLow }
            from d in new[] { DynamicsClass.Positive, DynamicsClass.Stable, DynamicsClass.Negative }
            select new MssGroup(s, d)];

    /// <summary>Parses a code (<c>1+</c>, <c>1±</c> or <c>1+/-</c>, <c>1-</c> or <c>1−</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The group.</returns>
    /// <exception cref="FormatException">Not a group code.</exception>
    public static MssGroup Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length >= 2 && code[0] is >= '1' and <= '4')
        {
            var s = (StatusClass)(code[0] - '0');
            var rest = code[1..];
            DynamicsClass? d = rest switch
            {
                "+" => DynamicsClass.Positive,
                "±" or "+/-" or "+/−" => DynamicsClass.Stable,
                "-" or "−" => DynamicsClass.Negative,
                _ => null,
            };
            if (d is { } dd) return new MssGroup(s, dd);
        }
        throw new FormatException($"code: '{code}' is not an MSS group code (1+ … 4-).");
    }

    /// <inheritdoc />
    public bool Equals(MssGroup other) => Status == other.Status && Dynamics == other.Dynamics;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MssGroup g && Equals(g);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, Dynamics);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(MssGroup left, MssGroup right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(MssGroup left, MssGroup right) => !left.Equals(right);

    /// <summary>The code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}

/// <summary>
/// Cut-offs of the status and dynamics classes on standardised need indices (<em>Klassengrenzen</em>).
/// </summary>
/// <remarks>
/// Status: class 1 for z &lt; s₁, 2 for s₁ ≤ z ≤ s₂, 3 for s₂ &lt; z ≤ s₃, 4 for z &gt; s₃. Dynamics: positive for
/// z &lt; d₁, stable for d₁ ≤ z ≤ d₂, negative for z &gt; d₂. Defaults s = (−1, 1, 1.5), d = (−1, 1): the values
/// commonly quoted for the Berlin MSS (±1 SD, +1.5 SD); they could not be verified from the MSS method chapter, so
/// check them against the county's own method (composite-and-rates.md §f).
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ClassCutoffs
{
    /// <summary>Creates cut-offs.</summary>
    /// <param name="status1">s₁ (upper edge of class 1, open).</param>
    /// <param name="status2">s₂ (upper edge of class 2, closed), ≥ s₁.</param>
    /// <param name="status3">s₃ (upper edge of class 3, closed), ≥ s₂.</param>
    /// <param name="dynamicsLower">d₁ (upper edge of positive, open).</param>
    /// <param name="dynamicsUpper">d₂ (upper edge of stable, closed), ≥ d₁.</param>
    /// <exception cref="ArgumentException">Not finite or not ascending.</exception>
    public ClassCutoffs(double status1 = -1, double status2 = 1, double status3 = 1.5, double dynamicsLower = -1, double dynamicsUpper = 1)
    {
        double[] all = [status1, status2, status3, dynamicsLower, dynamicsUpper];
        if (all.Any(v => !double.IsFinite(v)) || status2 < status1 || status3 < status2 || dynamicsUpper < dynamicsLower)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"cutoffs: must be finite and ascending, were status ({status1}, {status2}, {status3}), dynamics ({dynamicsLower}, {dynamicsUpper})."), nameof(status1));
        Status1 = status1;
        Status2 = status2;
        Status3 = status3;
        DynamicsLower = dynamicsLower;
        DynamicsUpper = dynamicsUpper;
    }

    /// <summary>The defaults (−1, 1, 1.5; −1, 1).</summary>
    public static ClassCutoffs Default { get; } = new();

    /// <summary>s₁.</summary>
    public double Status1 { get; }

    /// <summary>s₂.</summary>
    public double Status2 { get; }

    /// <summary>s₃.</summary>
    public double Status3 { get; }

    /// <summary>d₁.</summary>
    public double DynamicsLower { get; }

    /// <summary>d₂.</summary>
    public double DynamicsUpper { get; }
}

/// <summary>Sample quantile definitions of Hyndman &amp; Fan (1996), as in R's <c>quantile(type = …)</c>.</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum QuantileDefinition
{
    /// <summary>Type 6: h = (n + 1)p (Minitab, SPSS).</summary>
    R6 = 6,
    /// <summary>Type 7: h = (n − 1)p + 1 (R's default, Excel PERCENTILE.INC).</summary>
    R7 = 7,
    /// <summary>Type 9: h = (n + 1/4)p + 3/8 (approximately unbiased for normal data; used by GISD).</summary>
    R9 = 9,
}

/// <summary>
/// Classification of index values (<em>Klassenbildung</em>): standardisation, MSS status and dynamics classes,
/// quantile classes (quintiles, deciles, GISD's 3 classes).
/// </summary>
/// <remarks>
/// <para>Quantiles (Hyndman &amp; Fan 1996): with sorted x₍₁₎…x₍ₙ₎ and h from the definition, Q(p) = x₍⌊h⌋₎ +
/// (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎), h clamped to [1, n].</para>
/// <para>Quantile classes (k classes): inner breaks b_j = Q(j/k), j = 1…k−1; class = 1 + #{j : x ≥ b_j}, i.e.
/// intervals closed on the left like R's <c>findInterval(all.inside = TRUE)</c>; class 1 holds the lowest values.
/// This reproduces GISD's <c>gisd_5</c>/<c>gisd_10</c> with type 9 (composite-and-rates.md §c row 4). GISD's
/// <c>gisd_k</c>: 1 = lowest quintile, 2 = quintiles 2–4, 3 = highest quintile. Missing values get class 0.</para>
/// </remarks>
/// <threadsafety>Pure static functions; thread-safe.</threadsafety>
public static class Classification
{
    /// <summary>The status class of a standardised need index value.</summary>
    /// <param name="z">The value (NaN → unclassified).</param>
    /// <param name="cutoffs">Cut-offs (default <see cref="ClassCutoffs.Default"/>).</param>
    /// <returns>The class.</returns>
    public static StatusClass ClassifyStatus(double z, ClassCutoffs? cutoffs = null)
    {
        cutoffs ??= ClassCutoffs.Default;
        if (double.IsNaN(z)) return StatusClass.Unclassified;
        if (z < cutoffs.Status1) return StatusClass.High;
        if (z <= cutoffs.Status2) return StatusClass.Medium;
        if (z <= cutoffs.Status3) return StatusClass.Low;
        return StatusClass.VeryLow;
    }

    /// <summary>The dynamics class of a standardised need-change value.</summary>
    /// <param name="z">The value (NaN → unclassified).</param>
    /// <param name="cutoffs">Cut-offs (default <see cref="ClassCutoffs.Default"/>).</param>
    /// <returns>The class.</returns>
    public static DynamicsClass ClassifyDynamics(double z, ClassCutoffs? cutoffs = null)
    {
        cutoffs ??= ClassCutoffs.Default;
        if (double.IsNaN(z)) return DynamicsClass.Unclassified;
        if (z < cutoffs.DynamicsLower) return DynamicsClass.Positive;
        if (z <= cutoffs.DynamicsUpper) return DynamicsClass.Stable;
        return DynamicsClass.Negative;
    }

    /// <summary>
    /// z-standardisation over the included values: z = (x − x̄)/s with the mean and sample SD (n − 1) of the
    /// included, non-missing values; excluded and missing values get NaN.
    /// </summary>
    /// <param name="x">Values (NaN = missing).</param>
    /// <param name="include">Which values enter (and receive) the standardisation; null = all.</param>
    /// <returns>The z values (all 0 when the included values do not vary; NaN with fewer than 2 included values).</returns>
    public static double[] Standardise(ReadOnlySpan<double> x, ReadOnlySpan<bool> include = default)
    {
        var all = include.IsEmpty;
        if (!all && include.Length != x.Length) throw new ArgumentException("include: must have the length of x.", nameof(include));
        double sum = 0;
        var n = 0;
        for (var i = 0; i < x.Length; i++)
            if ((all || include[i]) && !double.IsNaN(x[i])) { sum += x[i]; n++; }
        var z = new double[x.Length];
        if (n < 2) { Array.Fill(z, double.NaN); return z; }
        var mean = sum / n;
        double ss = 0;
        for (var i = 0; i < x.Length; i++)
            if ((all || include[i]) && !double.IsNaN(x[i])) ss += (x[i] - mean) * (x[i] - mean);
        var sd = Math.Sqrt(ss / (n - 1));
        for (var i = 0; i < x.Length; i++)
            z[i] = (all || include[i]) && !double.IsNaN(x[i]) ? (sd > 0 ? (x[i] - mean) / sd : 0) : double.NaN;
        return z;
    }

    /// <summary>The sample quantile Q(p) of sorted values.</summary>
    /// <param name="sorted">Ascending values without NaN.</param>
    /// <param name="p">Probability in [0, 1].</param>
    /// <param name="definition">The definition (default R-7).</param>
    /// <returns>The quantile (NaN for no values).</returns>
    public static double Quantile(ReadOnlySpan<double> sorted, double p, QuantileDefinition definition = QuantileDefinition.R7)
    {
        if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "p: must be in [0, 1].");
        var n = sorted.Length;
        if (n == 0) return double.NaN;
        var h = definition switch
        {
            QuantileDefinition.R6 => (n + 1) * p,
            QuantileDefinition.R7 => (n - 1) * p + 1,
            QuantileDefinition.R9 => (n + 0.25) * p + 0.375,
            _ => throw new ArgumentOutOfRangeException(nameof(definition), definition, "definition: unknown quantile definition."),
        };
        h = Math.Clamp(h, 1, n);
        var lo = (int)Math.Floor(h);
        if (lo >= n) return sorted[n - 1];
        return sorted[lo - 1] + (h - lo) * (sorted[lo] - sorted[lo - 1]);
    }

    /// <summary>Quantile classes 1…k (1 = lowest values); missing values get 0.</summary>
    /// <param name="x">Values (NaN = missing).</param>
    /// <param name="classes">k ≥ 2 (5 = quintiles, 10 = deciles).</param>
    /// <param name="definition">Quantile definition (GISD: R-9).</param>
    /// <returns>One class per value.</returns>
    public static int[] QuantileClasses(ReadOnlySpan<double> x, int classes, QuantileDefinition definition = QuantileDefinition.R7)
    {
        if (classes < 2) throw new ArgumentOutOfRangeException(nameof(classes), classes, "classes: need at least 2 classes.");
        var sorted = new List<double>(x.Length);
        foreach (var v in x) if (!double.IsNaN(v)) sorted.Add(v);
        sorted.Sort();
        var s = sorted.ToArray();
        var breaks = new double[classes - 1];
        for (var j = 1; j < classes; j++) breaks[j - 1] = Quantile(s, (double)j / classes, definition);
        var result = new int[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i])) continue;
            var c = 1;
            foreach (var b in breaks) if (x[i] >= b) c++;
            result[i] = c;
        }
        return result;
    }

    /// <summary>GISD's 3 classes from quintiles: 1 = lowest quintile, 2 = quintiles 2–4, 3 = highest quintile (0 = missing).</summary>
    /// <param name="x">Values (NaN = missing).</param>
    /// <param name="definition">Quantile definition (GISD: R-9).</param>
    /// <returns>One class per value.</returns>
    public static int[] GisdClasses(ReadOnlySpan<double> x, QuantileDefinition definition = QuantileDefinition.R9)
    {
        var q = QuantileClasses(x, 5, definition);
        for (var i = 0; i < q.Length; i++) q[i] = q[i] switch { 0 => 0, 1 => 1, 5 => 3, _ => 2 };
        return q;
    }
}
