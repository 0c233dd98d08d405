using System.Globalization;

namespace Sozialindikatoren.Spaces;

/// <summary>
/// An age band (<em>Altersgruppe</em>): the half-open interval [From, To) in completed years, or [From, ∞) when open at the
/// top (e.g. 80+).
/// </summary>
/// <remarks>Ages are whole years 0–150. <c>new AgeBand(0, 3)</c> is "unter 3", <c>AgeBand.From(80)</c> is "80 und älter".</remarks>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct AgeBand : IEquatable<AgeBand>, IComparable<AgeBand>
{
    /// <summary>The highest age bound accepted.</summary>
    public const int MaxAge = 150;

    /// <summary>Creates a band [from, to), or [from, ∞) when <paramref name="to"/> is null.</summary>
    /// <param name="from">Lower bound (inclusive), 0–149.</param>
    /// <param name="to">Upper bound (exclusive), greater than from and at most 150, or null for an open top.</param>
    /// <exception cref="ArgumentOutOfRangeException">Bounds out of range or not increasing.</exception>
    public AgeBand(int from, int? to)
    {
        if (from < 0 || from >= MaxAge)
            throw new ArgumentOutOfRangeException(nameof(from), from, $"age band from: must be 0 to {MaxAge - 1}, was {from}.");
        if (to is { } t && (t <= from || t > MaxAge))
            throw new ArgumentOutOfRangeException(nameof(to), to, $"age band to: must be greater than from ({from}) and at most {MaxAge}, was {t}.");
        From = from;
        To = to;
    }

    /// <summary>Lower bound in years (inclusive).</summary>
    public int From { get; }

    /// <summary>Upper bound in years (exclusive), or null when the band is open at the top.</summary>
    public int? To { get; }

    /// <summary>Whether the band is open at the top.</summary>
    public bool IsOpen => To is null;

    /// <summary>The upper bound with an open top taken as <see cref="MaxAge"/>.</summary>
    public int UpperOrMax => To ?? MaxAge;

    /// <summary>All ages: [0, ∞).</summary>
    public static AgeBand All => new(0, null);

    /// <summary>The band [age, ∞), e.g. <c>AgeBand.From(65)</c> = 65+.</summary>
    /// <param name="age">The lower bound.</param>
    /// <returns>The band.</returns>
    public static AgeBand FromAge(int age) => new(age, null);

    /// <summary>The band [0, age), e.g. <c>AgeBand.Under(3)</c> = unter 3.</summary>
    /// <param name="age">The exclusive upper bound.</param>
    /// <returns>The band.</returns>
    public static AgeBand Under(int age) => new(0, age);

    /// <summary>Whether this band lies entirely within <paramref name="other"/>.</summary>
    /// <param name="other">The enclosing band.</param>
    /// <returns>Whether [From, To) ⊆ [other.From, other.To).</returns>
    public bool IsWithin(AgeBand other) => From >= other.From && UpperOrMax <= other.UpperOrMax;

    /// <summary>Whether the two bands share at least one age.</summary>
    /// <param name="other">The other band.</param>
    /// <returns>Whether they overlap.</returns>
    public bool Overlaps(AgeBand other) => From < other.UpperOrMax && other.From < UpperOrMax;

    /// <summary>Whether an age in years lies in the band.</summary>
    /// <param name="age">The age.</param>
    /// <returns>Whether From ≤ age &lt; To.</returns>
    public bool Contains(int age) => age >= From && age < UpperOrMax;

    /// <summary>Parses the compact notation written by <see cref="ToString"/>: <c>0-3</c> ([0,3)), <c>80+</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The band.</returns>
    /// <exception cref="FormatException">The text is not a band.</exception>
    public static AgeBand Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        try
        {
            if (t.EndsWith('+'))
                return new AgeBand(int.Parse(t[..^1], NumberStyles.None, CultureInfo.InvariantCulture), null);
            var dash = t.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
                return new AgeBand(int.Parse(t[..dash], NumberStyles.None, CultureInfo.InvariantCulture),
                                   int.Parse(t[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentOutOfRangeException)
        {
            throw new FormatException($"age band: expected 'from-to' (half-open) or 'from+', was '{text}': {e.Message}", e);
        }
        throw new FormatException($"age band: expected 'from-to' (half-open) or 'from+', was '{text}'.");
    }

    /// <inheritdoc />
    public bool Equals(AgeBand other) => From == other.From && To == other.To;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AgeBand b && Equals(b);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, To);

    /// <inheritdoc />
    public int CompareTo(AgeBand other) => From != other.From ? From.CompareTo(other.From) : UpperOrMax.CompareTo(other.UpperOrMax);

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(AgeBand left, AgeBand right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(AgeBand left, AgeBand right) => !left.Equals(right);

    /// <summary>Order by lower, then upper bound.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts first.</returns>
    public static bool operator <(AgeBand left, AgeBand right) => left.CompareTo(right) < 0;

    /// <summary>Order by lower, then upper bound.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts last.</returns>
    public static bool operator >(AgeBand left, AgeBand right) => left.CompareTo(right) > 0;

    /// <summary>Order by lower, then upper bound.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts first or equal.</returns>
    public static bool operator <=(AgeBand left, AgeBand right) => left.CompareTo(right) <= 0;

    /// <summary>Order by lower, then upper bound.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts last or equal.</returns>
    public static bool operator >=(AgeBand left, AgeBand right) => left.CompareTo(right) >= 0;

    /// <summary>Compact notation: <c>0-3</c> for [0, 3), <c>80+</c> for [80, ∞).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        To is { } t ? From.ToString(CultureInfo.InvariantCulture) + "-" + t.ToString(CultureInfo.InvariantCulture)
                    : From.ToString(CultureInfo.InvariantCulture) + "+";

}
