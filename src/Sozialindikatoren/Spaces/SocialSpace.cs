using System.Globalization;
using Sozialindikatoren.Common;

namespace Sozialindikatoren.Spaces;

/// <summary>The level of a social space in the planning hierarchy (<em>Raumebene</em>).</summary>
public enum SpaceLevel
{
    /// <summary>Land (<em>Bundesland</em>).</summary>
    State = 0,
    /// <summary>County (<em>Kreis</em>, <em>kreisfreie Stadt</em>).</summary>
    County = 1,
    /// <summary>Planning region inside a county (<em>Planungsregion</em>, e.g. Siegerland, Wittgenstein).</summary>
    PlanningRegion = 2,
    /// <summary>Municipality (<em>Gemeinde</em>, <em>Stadt</em>).</summary>
    Municipality = 3,
    /// <summary>District or quarter (<em>Stadtteil</em>, <em>Quartier</em>, <em>Sozialraum</em>, <em>Statistischer Bezirk</em>).</summary>
    District = 4,
    /// <summary>Grid cell (<em>Gitterzelle</em>, e.g. Zensus 100 m or 1 km).</summary>
    GridCell = 5,
}

/// <summary>
/// A social space (<em>Sozialraum</em>, <em>Planungsraum</em>): a unit of social planning with its place in the hierarchy,
/// area, location, boundary and population.
/// </summary>
/// <remarks>Validation: a name is required; area, if given, must be positive and finite; a county level requires a
/// county AGS and a municipality level a municipality AGS when a key is given. Cross-checks (parent exists, totals) are
/// done by <see cref="Region"/>.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class SocialSpace
{
    /// <summary>Creates a social space.</summary>
    /// <param name="id">Identifier (for municipalities and counties usually the AGS).</param>
    /// <param name="name">Name, e.g. <c>Siegen</c>.</param>
    /// <param name="level">The level in the hierarchy.</param>
    /// <param name="parent">The enclosing space, or null for the root.</param>
    /// <param name="key">The official key (AGS) where one applies.</param>
    /// <param name="areaKm2">Area in km², if known.</param>
    /// <param name="centroid">A representative point (WGS84), if known.</param>
    /// <param name="boundary">The boundary polygon (WGS84), if known.</param>
    /// <param name="population">The population by age band, if known.</param>
    /// <param name="provenance">Provenance of the name, area and key.</param>
    /// <param name="ownYouthOffice">Whether the municipality has its own youth office (<em>eigenes Jugendamt</em>); only a
    /// municipality can have one.</param>
    /// <exception cref="ArgumentException">Invalid name, area, a key that does not fit the level, or an own youth office
    /// on a space that is not a municipality.</exception>
    public SocialSpace(SpaceId id, string name, SpaceLevel level, SpaceId? parent = null, MunicipalityKey? key = null,
        double? areaKm2 = null, GeoPoint? centroid = null, GeoPolygon? boundary = null, Population? population = null,
        Provenance? provenance = null, bool ownYouthOffice = false)
    {
        if (string.IsNullOrEmpty(id.Value)) throw new ArgumentException("space id: must not be empty.", nameof(id));
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException($"space '{id}' name: must not be empty.", nameof(name));
        if (!Enum.IsDefined(level)) throw new ArgumentOutOfRangeException(nameof(level), level, $"space '{id}' level: unknown value.");
        if (areaKm2 is { } a && (!double.IsFinite(a) || a <= 0))
            throw new ArgumentOutOfRangeException(nameof(areaKm2), areaKm2, $"space '{id}' areaKm2: must be positive, was {a.ToString(CultureInfo.InvariantCulture)}.");
        if (areaKm2 is { } area && PlausibleRange.CheckArea(area) is { } areaProblem)
            throw new ArgumentOutOfRangeException(nameof(areaKm2), areaKm2, $"space '{id}' areaKm2: {areaProblem}");
        if (key is { } k)
        {
            if (level == SpaceLevel.County && !k.IsCounty)
                throw new ArgumentException($"space '{id}' key: a county needs a county AGS (Gemeinde part 000), was '{k}'.", nameof(key));
            if (level == SpaceLevel.Municipality && !k.IsMunicipality)
                throw new ArgumentException($"space '{id}' key: a municipality needs a municipality AGS, was '{k}'.", nameof(key));
        }
        if (ownYouthOffice && level != SpaceLevel.Municipality)
            throw new ArgumentException($"space '{id}' ownYouthOffice: only a municipality can have its own youth office (eigenes Jugendamt), level was {level}.", nameof(ownYouthOffice));
        if (parent is { } p && p == id) throw new ArgumentException($"space '{id}' parent: a space cannot be its own parent.", nameof(parent));
        Id = id;
        Name = name.Trim();
        Level = level;
        Parent = parent;
        Key = key;
        AreaKm2 = areaKm2;
        Centroid = centroid;
        Boundary = boundary;
        Population = population;
        Provenance = provenance;
        OwnYouthOffice = ownYouthOffice;
    }

    /// <summary>The identifier.</summary>
    public SpaceId Id { get; }

    /// <summary>The name (<em>Name</em>).</summary>
    public string Name { get; }

    /// <summary>The level.</summary>
    public SpaceLevel Level { get; }

    /// <summary>The enclosing space (<em>übergeordneter Raum</em>), or null for the root.</summary>
    public SpaceId? Parent { get; }

    /// <summary>The official key (AGS), if any.</summary>
    public MunicipalityKey? Key { get; }

    /// <summary>Area in km² (<em>Fläche</em>), if known.</summary>
    public double? AreaKm2 { get; }

    /// <summary>A representative point, if known.</summary>
    public GeoPoint? Centroid { get; }

    /// <summary>The boundary, if known.</summary>
    public GeoPolygon? Boundary { get; }

    /// <summary>The population by age band, if known.</summary>
    public Population? Population { get; }

    /// <summary>Provenance of the space's attributes.</summary>
    public Provenance? Provenance { get; }

    /// <summary>
    /// Whether this municipality is its own local youth-welfare authority (<em>eigenes Jugendamt</em>, örtlicher Träger der
    /// öffentlichen Jugendhilfe, § 69 SGB VIII with § 2 AG-KJHG NRW; e.g. Stadt Siegen in Kreis Siegen-Wittgenstein). Then
    /// the youth-welfare costs (Hilfen zur Erziehung, Erziehungsberatung) that the Kreisjugendamt bears elsewhere are the
    /// municipality's. Always false below or above the municipality level [false].
    /// </summary>
    public bool OwnYouthOffice { get; }

    /// <summary>A copy with another population (e.g. aggregated or for another reference date).</summary>
    /// <param name="population">The population.</param>
    /// <returns>The copy.</returns>
    public SocialSpace WithPopulation(Population? population) =>
        new(Id, Name, Level, Parent, Key, AreaKm2, Centroid, Boundary, population, Provenance, OwnYouthOffice);

    /// <summary>The name and id.</summary>
    /// <returns>e.g. <c>Siegen (05970040)</c>.</returns>
    public override string ToString() => $"{Name} ({Id})";
}
