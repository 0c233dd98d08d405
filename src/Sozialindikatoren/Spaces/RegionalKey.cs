using System.Diagnostics.CodeAnalysis;

namespace Sozialindikatoren.Spaces;

/// <summary>
/// The 12-digit official regional key (<em>Amtlicher Regionalschlüssel</em>, ARS): Land (2) + RB (1) + Kreis (2) +
/// Gemeindeverband (4) + Gemeinde (3).
/// </summary>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct RegionalKey : IEquatable<RegionalKey>
{
    private readonly string? _value;

    private RegionalKey(string value) => _value = value;

    /// <summary>The 12-digit key.</summary>
    public string Value => _value ?? "000000000000";

    /// <summary>The Gemeindeverband part (<em>Gemeindeverband</em>), 4 digits.</summary>
    public string VerbandPart => Value.Substring(5, 4);

    /// <summary>The AGS contained in the ARS: the first 5 digits plus the last 3.</summary>
    public MunicipalityKey MunicipalityKey => MunicipalityKey.Parse(Value[..5] + Value[9..]);

    /// <summary>Parses a 12-digit key.</summary>
    /// <param name="text">The key.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">Not 12 digits or an invalid Land.</exception>
    public static RegionalKey Parse(string text)
    {
        if (TryParse(text, out var key)) return key;
        throw new FormatException($"ARS: must be 12 digits with a Land part 01 to 16, was '{text}'.");
    }

    /// <summary>Tries to parse a 12-digit key.</summary>
    /// <param name="text">The text.</param>
    /// <param name="key">The key on success.</param>
    /// <returns>Whether the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out RegionalKey key)
    {
        key = default;
        if (text is null || text.Length != 12) return false;
        foreach (var c in text) if (c is < '0' or > '9') return false;
        if (!MunicipalityKey.TryParse(text[..5] + text[9..], out _)) return false;
        key = new RegionalKey(text);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(RegionalKey other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RegionalKey k && Equals(k);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(RegionalKey left, RegionalKey right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(RegionalKey left, RegionalKey right) => !left.Equals(right);

    /// <summary>The 12-digit key.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => Value;
}
