namespace Sozialindikatoren.Offerings;

/// <summary>
/// The type of an offering (<em>Angebotsart</em>), e.g. <c>erziehungsberatung</c>, <c>schuldnerberatung</c>,
/// <c>frauenhaus</c>, <c>kita_u3</c>: finer than its <see cref="ServiceDomain"/>. Supply norms list the types they count
/// (a family-counselling norm is not all of domain Familie), the legal-claim rules and the follow-up cost parameters
/// are per type.
/// </summary>
/// <remarks>
/// A code of 1–48 lower-case ASCII letters, digits or '_' starting with a letter (ordinal comparison). The library's
/// list of known types is <see cref="Known"/> (docs/data-format.md, "Angebotsart"); a data set may use other codes —
/// validation warns about them, since a typo would silently leave an offering outside every norm.
/// </remarks>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct OfferingType : IEquatable<OfferingType>, IComparable<OfferingType>
{
    private readonly string? _code;

    /// <summary>Creates a type from its code.</summary>
    /// <param name="code">The code (1–48 characters: a–z, 0–9, '_', starting with a letter).</param>
    /// <exception cref="ArgumentException">The code is empty, too long or has other characters.</exception>
    public OfferingType(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!IsValidCode(code))
            throw new ArgumentException($"offering type: code must be 1-48 characters a-z, 0-9 or '_' starting with a letter, was '{code}'.", nameof(code));
        _code = code;
    }

    /// <summary>The code, e.g. <c>schuldnerberatung</c>.</summary>
    public string Code => _code ?? "";

    /// <summary>Whether the code is in <see cref="Known"/>.</summary>
    public bool IsKnown => KnownDomains.ContainsKey(Code);

    /// <summary>The domain a known type belongs to, or null for a user type and for a known type of several domains
    /// (<c>selbsthilfe</c>).</summary>
    public ServiceDomain? Domain => KnownDomains.TryGetValue(Code, out var d) && d.Length > 0 ? new ServiceDomain(d) : null;

    /// <summary>Whether a known type fulfils an individual legal claim (<em>Rechtsanspruch</em>): <c>kita_u3</c> and
    /// <c>kita_ue3</c> (§ 24 SGB VIII), <c>erziehungsberatung</c> (§ 28), <c>hze_ambulant</c> and <c>hze_stationaer</c>
    /// (§§ 27 ff. SGB VIII). A user type is never one by its code (set <see cref="Obligation.IndividualLegalClaim"/>).</summary>
    public bool IsLegalClaim => LegalClaimCodes.Contains(Code);

    private static readonly HashSet<string> LegalClaimCodes = new(StringComparer.Ordinal) { "kita_u3", "kita_ue3", "erziehungsberatung", "hze_ambulant", "hze_stationaer" };

    /// <summary>Whether <paramref name="code"/> is a syntactically valid type code.</summary>
    /// <param name="code">The text.</param>
    /// <returns>True when it can be passed to the constructor.</returns>
    public static bool IsValidCode(string? code) =>
        code is { Length: > 0 and <= 48 } && code[0] is >= 'a' and <= 'z'
        && code.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');

    /// <summary>The known types in taxonomy order (domain order of <see cref="ServiceDomain.All"/>).</summary>
    public static IReadOnlyList<OfferingType> Known { get; } = KnownList().Select(k => new OfferingType(k.Code)).ToArray();

    private static readonly Dictionary<string, string> KnownDomains = KnownList().ToDictionary(k => k.Code, k => k.Domain, StringComparer.Ordinal);

    private static IEnumerable<(string Code, string Domain)> KnownList()
    {
        foreach (var c in new[] { "kita_u3", "kita_ue3", "jugendarbeit", "schulsozialarbeit", "erziehungsberatung", "hze_ambulant", "hze_stationaer", "kinderschutz" })
            yield return (c, "KinderJugend");
        foreach (var c in new[] { "familienberatung", "schwangerschaftsberatung", "fruehe_hilfen", "familienzentrum", "familienbildung" })
            yield return (c, "Familie");
        foreach (var c in new[] { "pflege_stationaer", "tagespflege", "pflegeberatung", "seniorenarbeit", "wohnberatung" })
            yield return (c, "AltenhilfePflege");
        foreach (var c in new[] { "egh_wohnen", "egh_assistenz", "werkstatt", "teilhabeberatung", "fruehfoerderung", "familienentlastung" })
            yield return (c, "Eingliederungshilfe");
        foreach (var c in new[] { "sozialpsychiatrischer_dienst", "kontaktstelle_psychiatrie", "betreutes_wohnen_psychiatrie", "tagesstaette" })
            yield return (c, "Sozialpsychiatrie");
        foreach (var c in new[] { "suchtberatung", "suchtpraevention", "sucht_reha" })
            yield return (c, "Sucht");
        yield return ("schuldnerberatung", "Schulden");
        foreach (var c in new[] { "migrationsberatung", "fluechtlingsberatung", "psychosoziales_zentrum", "integration" })
            yield return (c, "MigrationIntegration");
        foreach (var c in new[] { "tafel", "sozialberatung", "wohnungsnotfallhilfe", "quartiersarbeit", "straffaelligenhilfe" })
            yield return (c, "ArmutSozialeTeilhabe");
        foreach (var c in new[] { "frauenhaus", "gewaltberatung" })
            yield return (c, "Gewaltschutz");
        foreach (var c in new[] { "erwerbslosenberatung", "uebergang_schule_beruf", "beschaeftigung" })
            yield return (c, "ArbeitBeschaeftigung");
        foreach (var c in new[] { "gesundheitsberatung", "praevention" })
            yield return (c, "GesundheitPraevention");
        yield return ("selbsthilfe", ""); // self-help contact points and groups exist in several domains
    }

    /// <inheritdoc />
    public bool Equals(OfferingType other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OfferingType t && Equals(t);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <inheritdoc />
    public int CompareTo(OfferingType other) => string.CompareOrdinal(Code, other.Code);

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(OfferingType left, OfferingType right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(OfferingType left, OfferingType right) => !left.Equals(right);

    /// <summary>Ordering by code.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts before right.</returns>
    public static bool operator <(OfferingType left, OfferingType right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by code.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts after right.</returns>
    public static bool operator >(OfferingType left, OfferingType right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by code.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts before or equal to right.</returns>
    public static bool operator <=(OfferingType left, OfferingType right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by code.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts after or equal to right.</returns>
    public static bool operator >=(OfferingType left, OfferingType right) => left.CompareTo(right) >= 0;

    /// <summary>The code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
