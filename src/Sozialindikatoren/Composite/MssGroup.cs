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
