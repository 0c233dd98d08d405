namespace Sozialindikatoren.Spaces;

/// <summary>
/// The identifier of a social space (<em>Sozialraum</em>, <em>Planungsraum</em>, <em>Gebietseinheit</em>): an AGS for a
/// municipality or county, or any user code for planning regions, districts and grid cells.
/// </summary>
/// <remarks>Ordinal, case-sensitive comparison. Must be non-empty, at most 64 characters, without leading or
/// trailing white space and without control characters.</remarks>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct SpaceId : IEquatable<SpaceId>, IComparable<SpaceId>
{
    private readonly string? _value;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The code, e.g. <c>05970040</c> or <c>siegerland</c>.</param>
    /// <exception cref="ArgumentException">The code is empty, too long, padded with white space or holds control characters.</exception>
    public SpaceId(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0 || value.Length > 64)
            throw new ArgumentException($"space id: must have 1 to 64 characters, was '{value}'.", nameof(value));
        if (value.Trim().Length != value.Length)
            throw new ArgumentException($"space id: must not start or end with white space, was '{value}'.", nameof(value));
        foreach (var c in value)
        {
            if (char.IsControl(c))
                throw new ArgumentException($"space id: must not contain control characters, was '{value}'.", nameof(value));
        }
        _value = value;
    }

    /// <summary>The code (empty for <c>default</c>).</summary>
    public string Value => _value ?? "";

    /// <inheritdoc />
    public bool Equals(SpaceId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SpaceId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(SpaceId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(SpaceId left, SpaceId right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SpaceId left, SpaceId right) => !left.Equals(right);

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts before right.</returns>
    public static bool operator <(SpaceId left, SpaceId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts after right.</returns>
    public static bool operator >(SpaceId left, SpaceId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts before or equal to right.</returns>
    public static bool operator <=(SpaceId left, SpaceId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts after or equal to right.</returns>
    public static bool operator >=(SpaceId left, SpaceId right) => left.CompareTo(right) >= 0;

    /// <summary>Creates an identifier from a string.</summary>
    /// <param name="value">The code.</param>
    /// <returns>The identifier.</returns>
    public static implicit operator SpaceId(string value) => new(value);

    /// <summary>The code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Value;
}
