using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Json;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Samples;

/// <summary>
/// The embedded sample data set <em>Kreis Siegen-Wittgenstein (Beispieldaten)</em>: the county, its two planning regions
/// (Siegerland, Wittgenstein) and its 11 municipalities with real AGS, names, areas, boundaries and 31.12.2024 population
/// totals (Zensus-2022 basis); about 120 offerings of about 25 providers over all 12 service domains with obligations and
/// funding mixes; raw counts for 12 indicators over 2022–2024; the real GISD deprivation scores 1998–2021; and a few
/// social-space conference and provider statements.
/// </summary>
/// <remarks>
/// <para>
/// <b>Real where sourced, <em>illustrativ</em> where not.</b> Every figure carries its <see cref="Provenance"/>:
/// sourced (AGS, names, areas, boundaries and area centroids, the county total 274,074 and nine municipal totals of
/// IT.NRW 31.12.2024, the GISD scores), derived (the planning regions), or illustrative (the Bad Berleburg/Erndtebrück
/// split of the sourced residual 25,192, every age structure, the indicator raw counts — anchored to sourced county
/// values such as the Mindestsicherungsquote 8.5 % 2024 —, providers, offerings, funding, statements).
/// <see cref="PlanningData.HasIllustrativeFigures"/> is therefore <see langword="true"/> and reports label such figures.
/// The data set is <em>not</em> an inventory of the real offerings in the county.
/// </para>
/// <para>
/// The file is <c>Samples/Data/siegen-wittgenstein.json</c> in the canonical format (<see cref="PlanningDataJson"/>),
/// generated deterministically by <c>eng/sample/generate_siegen_wittgenstein.py</c> from the source copies in
/// <c>eng/sample/source/</c>; docs/sample.md lists every source with its date.
/// </para>
/// <para>
/// Indicator ids: <c>sgb2_quote</c>, <c>kinderarmut</c>, <c>arbeitslosenanteil</c>, <c>langzeitarbeitslosenanteil</c>,
/// <c>mindestsicherungsquote</c>, <c>altersarmut</c>, <c>anteil_80plus</c>, <c>anteil_unter18</c>,
/// <c>auslaenderanteil</c>, <c>pflegequote</c>, <c>hze_eckwert</c> (numerator per 1,000 of the denominator),
/// <c>ueberschuldungsquote</c> (numerator and denominator counts, dates 31.12.2022–31.12.2024), plus
/// <c>gisd_nrw_gemeinde</c> (direct value, municipalities, min–max scaled within NRW each year) and
/// <c>gisd_bund_kreis</c> (direct value, county, scaled within Germany), 31.12.1998–31.12.2021. Three records carry a
/// non-exact status (a suppressed count without value, a provisional and an estimated value).
/// </para>
/// </remarks>
/// <threadsafety>Stateless apart from a lazily created immutable instance; all members are thread-safe.</threadsafety>
public static class SiegenWittgenstein
{
    /// <summary>The manifest resource name of the embedded JSON file.</summary>
    public const string ResourceName = "Sozialindikatoren.Samples.siegen-wittgenstein.json";

    /// <summary>The file name used in validation messages (<c>siegen-wittgenstein.json</c>).</summary>
    public const string FileName = "siegen-wittgenstein.json";

    /// <summary>The data set's name: <c>Kreis Siegen-Wittgenstein (Beispieldaten)</c>.</summary>
    public const string Name = "Kreis Siegen-Wittgenstein (Beispieldaten)";

    /// <summary>The county's space id and AGS, <c>05970000</c>.</summary>
    public const string CountyId = "05970000";

    /// <summary>The planning region Siegerland (8 municipalities), space id <c>siegerland</c>.</summary>
    public const string SiegerlandId = "siegerland";

    /// <summary>The planning region Wittgenstein (3 municipalities), space id <c>wittgenstein</c>.</summary>
    public const string WittgensteinId = "wittgenstein";

    /// <summary>The county population at 31.12.2024 (Zensus-2022 basis): 274,074 persons.</summary>
    public const long CountyPopulation2024 = 274_074;

    /// <summary>Source of the population totals: <c>IT.NRW via Siegener Zeitung / n-ag.de, Zensus-2022-Basis</c> (Stand 31.12.2024).</summary>
    public const string PopulationSource = "IT.NRW via Siegener Zeitung / n-ag.de, Zensus-2022-Basis";

    /// <summary>
    /// The attribution the CC BY 4.0 licence of the GISD scores requires with every copy or derived result:
    /// <c>Robert Koch-Institut (2025): German Index of Socioeconomic Deprivation (GISD), Release 2025 v1.0, CC BY 4.0</c>.
    /// </summary>
    public const string GisdAttribution =
        "Robert Koch-Institut (2025): German Index of Socioeconomic Deprivation (GISD), Release 2025 v1.0, CC BY 4.0";

    /// <summary>
    /// The (voluntary) source note of the municipal boundaries and centroids: Land NRW, Geobasis NRW, Digitale
    /// Verwaltungsgrenzen DVG2, Datenlizenz Deutschland – Zero – Version 2.0 (no attribution required; given anyway).
    /// </summary>
    public const string BoundaryAttribution =
        "Verwaltungsgrenzen: Land NRW (2022), Datenlizenz Deutschland – Zero – Version 2.0 (www.govdata.de/dl-de/zero-2-0); Geobasis NRW, DVG2 Stand 08.03.2022, vereinfacht";

    /// <summary>Source note of the official municipal areas: <c>Statistisches Bundesamt (Destatis), Gemeindeverzeichnis</c>.</summary>
    public const string AreaAttribution = "Statistisches Bundesamt (Destatis), Gemeindeverzeichnis";

    /// <summary>Indicator id of the GISD scores of the municipalities (scaled within NRW).</summary>
    public const string GisdMunicipalIndicatorId = "gisd_nrw_gemeinde";

    /// <summary>Indicator id of the GISD score of the county (scaled within Germany).</summary>
    public const string GisdCountyIndicatorId = "gisd_bund_kreis";

    private static readonly Lazy<PlanningData> Cached = new(Parse, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The reference date the sample is built for (<em>Stichtag</em>): 1 January 2025. All funding lines are active then,
    /// except one deliberately expired project (<c>mi-sprachcafe-kreuztal</c>, ended 31.12.2024).
    /// </summary>
    public static LocalDate AsOf => new(2025, 1, 1);

    /// <summary>The ids (= AGS) of the 11 municipalities, in AGS order.</summary>
    public static IReadOnlyList<string> MunicipalityIds { get; } =
    [
        "05970004", "05970008", "05970012", "05970016", "05970020", "05970024",
        "05970028", "05970032", "05970036", "05970040", "05970044",
    ];

    /// <summary>
    /// The validated sample data set. The instance is parsed once on first use and shared (it is immutable);
    /// use <see cref="Parse"/> for a fresh copy.
    /// </summary>
    /// <returns>The data set.</returns>
    /// <exception cref="DataProblemException">The embedded file does not validate (a packaging error).</exception>
    public static PlanningData Load() => Cached.Value;

    /// <summary>Parses and validates the embedded file anew (no caching).</summary>
    /// <returns>A new data set instance.</returns>
    /// <exception cref="DataProblemException">The embedded file does not validate (a packaging error).</exception>
    public static PlanningData Parse()
    {
        using var stream = OpenDocumentStream();
        return PlanningDataJson.Read(stream, FileName);
    }

    /// <summary>Opens the embedded JSON file (UTF-8). The caller disposes the stream.</summary>
    /// <returns>A readable stream.</returns>
    /// <exception cref="InvalidOperationException">The resource is missing from the assembly (a packaging error).</exception>
    public static Stream OpenDocumentStream() =>
        typeof(SiegenWittgenstein).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"embedded resource '{ResourceName}' is missing from the Sozialindikatoren assembly.");

    /// <summary>The embedded JSON file as text, exactly as shipped (e.g. to copy it as a starting point for an own data set).</summary>
    /// <returns>The JSON text.</returns>
    public static string LoadDocumentJson()
    {
        using var stream = OpenDocumentStream();
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The municipalities' boundary polygons (simplified DVG2, WGS84), keyed by space id (= AGS), in AGS order.</summary>
    /// <returns>Space id → polygon; 11 entries.</returns>
    public static IReadOnlyList<KeyValuePair<SpaceId, GeoPolygon>> MunicipalityBoundaries()
    {
        var region = Load().Region;
        var result = new List<KeyValuePair<SpaceId, GeoPolygon>>(MunicipalityIds.Count);
        foreach (var id in MunicipalityIds)
        {
            var space = region[new SpaceId(id)];
            if (space.Boundary is { } b) result.Add(new(space.Id, b));
        }
        return result;
    }
}
