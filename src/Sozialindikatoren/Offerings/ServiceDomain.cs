namespace Sozialindikatoren.Offerings;

/// <summary>
/// A service domain of social work (<em>Handlungsfeld</em>, <em>Leistungsbereich</em>): the taxonomy of the 12 standard
/// domains of reference/domain.md §6.1, extensible with user codes.
/// </summary>
/// <remarks>Identified by its <see cref="Code"/> (ordinal comparison). The 12 standard codes are German
/// (<c>KinderJugend</c>, <c>Familie</c>, … <c>GesundheitPraevention</c>) because they are the planners' words; a user code
/// must be 1–64 letters, digits, '_' or '-'.</remarks>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct ServiceDomain : IEquatable<ServiceDomain>, IComparable<ServiceDomain>
{
    private static readonly (string Code, string De, string En)[] Standard =
    [
        ("KinderJugend", "Kinder- und Jugendhilfe", "Children and youth"),
        ("Familie", "Familie", "Families"),
        ("AltenhilfePflege", "Altenhilfe und Pflege", "Elderly care and nursing"),
        ("Eingliederungshilfe", "Eingliederungshilfe", "Disability support"),
        ("Sozialpsychiatrie", "Sozialpsychiatrie", "Community mental health"),
        ("Sucht", "Suchthilfe", "Addiction services"),
        ("Schulden", "Schuldner- und Insolvenzberatung", "Debt counselling"),
        ("MigrationIntegration", "Migration und Integration", "Migration and integration"),
        ("ArmutSozialeTeilhabe", "Armut und soziale Teilhabe", "Poverty and social participation"),
        ("Gewaltschutz", "Gewaltschutz", "Protection from violence"),
        ("ArbeitBeschaeftigung", "Arbeit und Beschäftigung", "Work and employment"),
        ("GesundheitPraevention", "Gesundheit und Prävention", "Health and prevention"),
    ];

    private readonly string? _code;

    /// <summary>Creates a domain from its code.</summary>
    /// <param name="code">A standard code or a user code (letters, digits, '_' or '-', 1–64 characters).</param>
    /// <exception cref="ArgumentException">The code is empty, too long or has other characters.</exception>
    public ServiceDomain(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length is 0 or > 64 || !code.All(c => char.IsLetterOrDigit(c) || c is '_' or '-'))
            throw new ArgumentException($"service domain: code must be 1-64 letters, digits, '_' or '-', was '{code}'.", nameof(code));
        _code = code;
    }

    /// <summary>The code, e.g. <c>Schulden</c>.</summary>
    public string Code => _code ?? "";

    /// <summary>Whether this is one of the 12 standard domains.</summary>
    public bool IsStandard => StandardIndex >= 0;

    /// <summary>The German name (<c>Schuldner- und Insolvenzberatung</c>); the code for a user domain.</summary>
    public string GermanName => StandardIndex is var i && i >= 0 ? Standard[i].De : Code;

    /// <summary>The English name (<c>Debt counselling</c>); the code for a user domain.</summary>
    public string EnglishName => StandardIndex is var i && i >= 0 ? Standard[i].En : Code;

    private int StandardIndex
    {
        get
        {
            var code = Code;
            return Array.FindIndex(Standard, s => s.Code == code);
        }
    }

    /// <summary>Children and youth (<em>Kinder- und Jugendhilfe</em>, SGB VIII).</summary>
    public static ServiceDomain KinderJugend => new("KinderJugend");
    /// <summary>Families (<em>Familie</em>: Familienberatung, -bildung, Frühe Hilfen).</summary>
    public static ServiceDomain Familie => new("Familie");
    /// <summary>Elderly care and nursing (<em>Altenhilfe und Pflege</em>).</summary>
    public static ServiceDomain AltenhilfePflege => new("AltenhilfePflege");
    /// <summary>Disability support (<em>Eingliederungshilfe</em>, SGB IX).</summary>
    public static ServiceDomain Eingliederungshilfe => new("Eingliederungshilfe");
    /// <summary>Community mental health (<em>Sozialpsychiatrie</em>).</summary>
    public static ServiceDomain Sozialpsychiatrie => new("Sozialpsychiatrie");
    /// <summary>Addiction services (<em>Suchthilfe</em>).</summary>
    public static ServiceDomain Sucht => new("Sucht");
    /// <summary>Debt counselling (<em>Schuldner- und Insolvenzberatung</em>).</summary>
    public static ServiceDomain Schulden => new("Schulden");
    /// <summary>Migration and integration (<em>Migration und Integration</em>).</summary>
    public static ServiceDomain MigrationIntegration => new("MigrationIntegration");
    /// <summary>Poverty and social participation (<em>Armut und soziale Teilhabe</em>).</summary>
    public static ServiceDomain ArmutSozialeTeilhabe => new("ArmutSozialeTeilhabe");
    /// <summary>Protection from violence (<em>Gewaltschutz</em>: Frauenhäuser, Frauenberatung).</summary>
    public static ServiceDomain Gewaltschutz => new("Gewaltschutz");
    /// <summary>Work and employment (<em>Arbeit und Beschäftigung</em>).</summary>
    public static ServiceDomain ArbeitBeschaeftigung => new("ArbeitBeschaeftigung");
    /// <summary>Health and prevention (<em>Gesundheit und Prävention</em>).</summary>
    public static ServiceDomain GesundheitPraevention => new("GesundheitPraevention");

    /// <summary>The 12 standard domains in taxonomy order.</summary>
    public static IReadOnlyList<ServiceDomain> All { get; } = Standard.Select(s => new ServiceDomain(s.Code)).ToArray();

    /// <inheritdoc />
    public bool Equals(ServiceDomain other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ServiceDomain d && Equals(d);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Taxonomy order for standard domains, then ordinal by code.</summary>
    /// <param name="other">The other domain.</param>
    /// <returns>The comparison.</returns>
    public int CompareTo(ServiceDomain other)
    {
        var a = StandardIndex;
        var b = other.StandardIndex;
        if (a < 0) a = int.MaxValue;
        if (b < 0) b = int.MaxValue;
        return a != b ? a.CompareTo(b) : string.CompareOrdinal(Code, other.Code);
    }

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(ServiceDomain left, ServiceDomain right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ServiceDomain left, ServiceDomain right) => !left.Equals(right);

    /// <summary>Order.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts first.</returns>
    public static bool operator <(ServiceDomain left, ServiceDomain right) => left.CompareTo(right) < 0;

    /// <summary>Order.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts last.</returns>
    public static bool operator >(ServiceDomain left, ServiceDomain right) => left.CompareTo(right) > 0;

    /// <summary>Order.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts first or equal.</returns>
    public static bool operator <=(ServiceDomain left, ServiceDomain right) => left.CompareTo(right) <= 0;

    /// <summary>Order.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts last or equal.</returns>
    public static bool operator >=(ServiceDomain left, ServiceDomain right) => left.CompareTo(right) >= 0;

    /// <summary>The code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
