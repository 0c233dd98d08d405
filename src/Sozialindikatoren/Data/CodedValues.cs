using Sozialindikatoren.Data.Csv;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Data;

/// <summary>
/// Coded columns in the planners' words (<em>Auswahlwerte</em>): every coded column of a table (Ebene, Handlungsfeld,
/// Einheit, Verbindlichkeit, Verband, Kategorie, Mittelgeber, Finanzierungsart, Einschätzung) accepts the machine code,
/// the German and English display name of <see cref="Labels"/> and the synonyms its reader lists, matched like headers
/// (<see cref="CsvHeader.Normalise"/>, also without <c>_</c>). An unknown value is an error that lists the allowed
/// values as <c>German name (code)</c>, e.g. <c>Suchthilfe (Sucht)</c>. The template's drop-down lists come from here.
/// </summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class CodedValues
{
    /// <summary>Further names of the standard domains (<em>Handlungsfeld</em>), besides code and German/English name.</summary>
    private static readonly (string Name, string Code)[] DomainSynonyms =
    [
        ("Jugendhilfe", "KinderJugend"), ("Kinder und Jugend", "KinderJugend"), ("Kinder- und Jugendhilfe", "KinderJugend"),
        ("Familienhilfe", "Familie"), ("Familienberatung", "Familie"),
        ("Altenhilfe", "AltenhilfePflege"), ("Pflege", "AltenhilfePflege"), ("Behindertenhilfe", "Eingliederungshilfe"),
        ("Sucht", "Sucht"), ("Suchtberatung", "Sucht"), ("Schuldnerberatung", "Schulden"), ("Schuldnerhilfe", "Schulden"),
        ("Migration", "MigrationIntegration"), ("Integration", "MigrationIntegration"), ("Armut", "ArmutSozialeTeilhabe"),
        ("soziale Teilhabe", "ArmutSozialeTeilhabe"), ("Arbeit", "ArbeitBeschaeftigung"), ("Beschäftigung", "ArbeitBeschaeftigung"),
        ("Gesundheit", "GesundheitPraevention"), ("Prävention", "GesundheitPraevention"), ("Gewaltschutz", "Gewaltschutz"),
    ];

    /// <summary>Parses a coded cell of an enumeration.</summary>
    /// <param name="text">The cell.</param>
    /// <param name="code">The machine code of a member.</param>
    /// <param name="synonyms">Further accepted names (any spelling; normalised here), or null.</param>
    /// <param name="value">The member.</param>
    /// <returns>Whether the text names a member.</returns>
    public static bool TryParse<T>(string text, Func<T, string> code, IEnumerable<KeyValuePair<string, T>>? synonyms, out T value) where T : struct, Enum
    {
        var key = Key(text);
        foreach (var m in Enum.GetValues<T>())
        {
            if (Key(code(m)) == key || (Labels.TryOf(m, Language.German, out var de) && Key(de) == key) || (Labels.TryOf(m, Language.English, out var en) && Key(en) == key))
            {
                value = m;
                return true;
            }
        }
        foreach (var (name, m) in synonyms ?? [])
        {
            if (Key(name) != key) continue;
            value = m;
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>The allowed values for an error message: <c>Plätze (places), VZÄ (fte), …</c>.</summary>
    public static string Allowed<T>(Func<T, string> code, IEnumerable<T>? members = null) where T : struct, Enum =>
        string.Join(", ", (members ?? Enum.GetValues<T>()).Select(m => $"{Labels.Of(m)} ({code(m)})"));

    /// <summary>The German names of the members (the template's drop-down list).</summary>
    public static IReadOnlyList<string> GermanNames<T>(IEnumerable<T>? members = null) where T : struct, Enum =>
        (members ?? Enum.GetValues<T>()).Select(m => Labels.Of(m)).ToArray();

    /// <summary>Parses a domain (<em>Handlungsfeld</em>): a standard code, German or English name or synonym, or a domain
    /// declared in the data set's <c>handlungsfelder</c> table (by code or name).</summary>
    /// <param name="text">The cell.</param>
    /// <param name="declared">The declared user domains: code → name, or null when there is no such table.</param>
    /// <param name="domain">The domain.</param>
    /// <returns>Whether the text names a standard or declared domain.</returns>
    public static bool TryParseDomain(string text, IReadOnlyDictionary<string, string>? declared, out ServiceDomain domain)
    {
        var key = Key(text);
        domain = default;
        if (key.Length == 0) return false;
        foreach (var d in ServiceDomain.All)
        {
            if (Key(d.Code) != key && Key(d.GermanName) != key && Key(d.EnglishName) != key) continue;
            domain = d;
            return true;
        }
        foreach (var (name, code) in DomainSynonyms)
        {
            if (Key(name) != key) continue;
            domain = new ServiceDomain(code);
            return true;
        }
        foreach (var (code, name) in declared ?? new Dictionary<string, string>())
        {
            if (Key(code) != key && Key(name) != key) continue;
            domain = new ServiceDomain(code);
            return true;
        }
        return false;
    }

    /// <summary>The allowed domains for an error message: <c>Kinder- und Jugendhilfe (KinderJugend), …, Suchthilfe (Sucht), …</c>
    /// and the declared ones, with the hint where to declare an own domain.</summary>
    public static string AllowedDomains(IReadOnlyDictionary<string, string>? declared) =>
        "unknown domain (Handlungsfeld); allowed: " + string.Join(", ", DomainNames(declared).Zip(DomainCodes(declared), (n, c) => $"{n} ({c})"))
        + ". An own domain must be declared in the table handlungsfelder (Kürzel, Name).";

    /// <summary>The German names of the standard and declared domains (the template's drop-down list).</summary>
    public static IReadOnlyList<string> DomainNames(IReadOnlyDictionary<string, string>? declared = null) =>
        [.. ServiceDomain.All.Select(d => d.GermanName), .. (declared ?? new Dictionary<string, string>()).Select(d => d.Value.Length > 0 ? d.Value : d.Key)];

    private static IEnumerable<string> DomainCodes(IReadOnlyDictionary<string, string>? declared) =>
        [.. ServiceDomain.All.Select(d => d.Code), .. (declared ?? new Dictionary<string, string>()).Keys];

    private static string Key(string text) => CsvHeader.Normalise(text).Replace("_", "", StringComparison.Ordinal);
}
