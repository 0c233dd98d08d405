using System.Diagnostics.CodeAnalysis;

namespace Sozialindikatoren.Spaces;

/// <summary>
/// The official municipality key (<em>Amtlicher Gemeindeschlüssel</em>, AGS): 8 digits = Land (2) + Regierungsbezirk (1)
/// + Kreis (2) + Gemeinde (3), e.g. <c>05970040</c> for Siegen.
/// </summary>
/// <remarks>
/// <para>Validation: exactly 8 ASCII digits, Land <c>01</c>–<c>16</c>. A key whose Gemeinde part is <c>000</c> denotes the
/// Kreis itself (e.g. <c>05970000</c> = Kreis Siegen-Wittgenstein, <see cref="IsCounty"/>); a key whose Kreis and
/// Gemeinde parts are <c>00000</c> denotes a Regierungsbezirk or, with RB <c>0</c>, the Land.</para>
/// <para>The leading zero is part of the key: keep keys as text, never as numbers.</para>
/// </remarks>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct MunicipalityKey : IEquatable<MunicipalityKey>, IComparable<MunicipalityKey>
{
    private readonly string? _value;

    private MunicipalityKey(string value) => _value = value;

    /// <summary>The 8-digit key.</summary>
    public string Value => _value ?? "00000000";

    /// <summary>The Land part (<em>Land</em>), 2 digits, e.g. <c>05</c> (Nordrhein-Westfalen).</summary>
    public string Land => Value[..2];

    /// <summary>The Regierungsbezirk part (<em>Regierungsbezirk</em>), 1 digit, e.g. <c>9</c> (Arnsberg); <c>0</c> where a Land has none.</summary>
    public string RegierungsbezirkPart => Value.Substring(2, 1);

    /// <summary>The Kreis part (<em>Kreis</em>), 2 digits, e.g. <c>70</c>.</summary>
    public string KreisPart => Value.Substring(3, 2);

    /// <summary>The Gemeinde part (<em>Gemeinde</em>), 3 digits, e.g. <c>040</c>; <c>000</c> for a Kreis key.</summary>
    public string GemeindePart => Value.Substring(5, 3);

    /// <summary>The 5-digit Kreis key (<em>Kreisschlüssel</em>), e.g. <c>05970</c>.</summary>
    public string KreisKey => Value[..5];

    /// <summary>Whether the key denotes a Kreis (Gemeinde part <c>000</c>, Kreis part not <c>00</c>).</summary>
    public bool IsCounty => GemeindePart == "000" && KreisPart != "00";

    /// <summary>Whether the key denotes a municipality (Gemeinde part not <c>000</c>).</summary>
    public bool IsMunicipality => GemeindePart != "000";

    /// <summary>The key of the Kreis that contains this municipality (<c>05970040</c> → <c>05970000</c>).</summary>
    public MunicipalityKey County => new(KreisKey + "000");

    /// <summary>Parses an 8-digit key.</summary>
    /// <param name="text">The key, e.g. <c>05970040</c>.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">The text is not 8 digits or the Land is not 01–16; the message names the value.</exception>
    public static MunicipalityKey Parse(string text)
    {
        if (TryParse(text, out var key, out var error)) return key;
        throw new FormatException(error);
    }

    /// <summary>Tries to parse an 8-digit key.</summary>
    /// <param name="text">The text.</param>
    /// <param name="key">The key on success.</param>
    /// <returns>Whether the text is a valid key.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out MunicipalityKey key) => TryParse(text, out key, out _);

    private static bool TryParse(string? text, out MunicipalityKey key, out string error)
    {
        key = default;
        if (text is null || text.Length != 8)
        {
            error = $"AGS: must have exactly 8 digits, was '{text}'.";
            return false;
        }
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                error = $"AGS: must consist of digits only, was '{text}'.";
                return false;
            }
        }
        var land = (text[0] - '0') * 10 + (text[1] - '0');
        if (land is < 1 or > 16)
        {
            error = $"AGS: Land part must be 01 to 16, was '{text[..2]}' in '{text}'.";
            return false;
        }
        key = new MunicipalityKey(text);
        error = "";
        return true;
    }

    /// <summary>The 12-digit regional key (<em>Amtlicher Regionalschlüssel</em>, ARS) of a municipality that belongs to no
    /// Gemeindeverband (<em>verbandsfrei</em>, as all NRW municipalities): Kreis key + <c>0</c> + Gemeinde part + Gemeinde part
    /// (Netphen <c>05970032</c> → <c>059700032032</c>); for a Kreis key: Kreis key + <c>0000000</c>.</summary>
    /// <returns>The ARS.</returns>
    public RegionalKey ToRegionalKeyVerbandsfrei() =>
        RegionalKey.Parse(IsMunicipality ? KreisKey + "0" + GemeindePart + GemeindePart : KreisKey + "0000000");

    /// <inheritdoc />
    public bool Equals(MunicipalityKey other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MunicipalityKey k && Equals(k);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(MunicipalityKey other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(MunicipalityKey left, MunicipalityKey right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(MunicipalityKey left, MunicipalityKey right) => !left.Equals(right);

    /// <summary>Order.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts first.</returns>
    public static bool operator <(MunicipalityKey left, MunicipalityKey right) => left.CompareTo(right) < 0;

    /// <summary>Order.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts last.</returns>
    public static bool operator >(MunicipalityKey left, MunicipalityKey right) => left.CompareTo(right) > 0;

    /// <summary>Order.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts first or equal.</returns>
    public static bool operator <=(MunicipalityKey left, MunicipalityKey right) => left.CompareTo(right) <= 0;

    /// <summary>Order.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts last or equal.</returns>
    public static bool operator >=(MunicipalityKey left, MunicipalityKey right) => left.CompareTo(right) >= 0;

    /// <summary>The 8-digit key.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => Value;
}
