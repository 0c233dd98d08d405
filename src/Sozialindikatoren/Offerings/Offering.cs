using Sozialindikatoren.Common;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Offerings;

/// <summary>
/// An offering of social services (<em>Angebot</em>, <em>Einrichtung</em>, <em>Dienst</em>): what it does, who runs it,
/// where it is, how much it can serve, whom, how binding it is in law, and how it is financed.
/// </summary>
/// <remarks>
/// <para>Validation here: id and name non-empty; served spaces default to the location space and hold no duplicates.
/// Cross-references (provider, spaces) are checked by the data set (<c>Planning.PlanningData</c>, a layer above).</para>
/// <para><see cref="RecordedCategory"/> is the category the inventory states, kept as given; the derived category comes
/// from <see cref="FundingCategoryRule"/>, and disagreement is reported by <c>PlanningData.CategoryDisagreements</c>.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class Offering
{
    /// <summary>Creates an offering.</summary>
    /// <param name="id">Identifier (1–64 characters, no surrounding white space).</param>
    /// <param name="name">Name, e.g. <c>Schuldnerberatung Siegen</c>.</param>
    /// <param name="domain">The service domain.</param>
    /// <param name="providerId">The provider's id.</param>
    /// <param name="location">The space where the offering is located.</param>
    /// <param name="capacity">Its capacity.</param>
    /// <param name="obligation">How binding it is in law.</param>
    /// <param name="funding">Its funding plan.</param>
    /// <param name="point">Its exact location, if known.</param>
    /// <param name="targetGroup">Its target group, if specified.</param>
    /// <param name="servedSpaces">The spaces it serves (<em>Einzugsgebiet</em>); default: only the location.</param>
    /// <param name="recordedCategory">The funding category recorded in the inventory, if any.</param>
    /// <param name="provenance">Provenance.</param>
    /// <param name="type">The offering type (<em>Angebotsart</em>), if recorded; a known type must belong to <paramref name="domain"/>.</param>
    /// <exception cref="ArgumentException">Invalid id, name or duplicate served spaces.</exception>
    public Offering(string id, string name, ServiceDomain domain, string providerId, SpaceId location, Capacity capacity,
        Obligation obligation, FundingPlan funding, GeoPoint? point = null, TargetGroup? targetGroup = null,
        IEnumerable<SpaceId>? servedSpaces = null, FundingCategory? recordedCategory = null, Provenance? provenance = null,
        OfferingType? type = null)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64 || id.Trim() != id)
            throw new ArgumentException($"offering id: must have 1-64 characters without surrounding white space, was '{id}'.", nameof(id));
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException($"offering '{id}' name: must not be empty.", nameof(name));
        if (string.IsNullOrEmpty(domain.Code)) throw new ArgumentException($"offering '{id}' domain: must be set.", nameof(domain));
        if (string.IsNullOrWhiteSpace(providerId)) throw new ArgumentException($"offering '{id}' providerId: must not be empty.", nameof(providerId));
        if (string.IsNullOrEmpty(location.Value)) throw new ArgumentException($"offering '{id}' location: must be set.", nameof(location));
        if (!Enum.IsDefined(obligation)) throw new ArgumentOutOfRangeException(nameof(obligation), obligation, $"offering '{id}' obligation: unknown value.");
        ArgumentNullException.ThrowIfNull(funding);
        if (PlausibleRange.CheckCapacity(capacity.Amount) is { } capacityProblem)
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity.Amount, $"offering '{id}' capacity: {capacityProblem}");
        var served = (servedSpaces ?? [location]).ToArray();
        if (served.Length == 0) served = [location];
        var dup = served.GroupBy(s => s).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null) throw new ArgumentException($"offering '{id}' servedSpaces: space '{dup.Key}' is listed twice.", nameof(servedSpaces));
        if (recordedCategory is { } rc && !Enum.IsDefined(rc)) throw new ArgumentOutOfRangeException(nameof(recordedCategory), rc, $"offering '{id}' recordedCategory: unknown value.");
        if (type is { Domain: { } typeDomain } && typeDomain != domain)
            throw new ArgumentException($"offering '{id}' type: '{type.Value.Code}' belongs to domain {typeDomain.Code}, not {domain.Code}.", nameof(type));
        Id = id;
        Name = name.Trim();
        Type = type;
        Domain = domain;
        ProviderId = providerId;
        Location = location;
        Capacity = capacity;
        Obligation = obligation;
        Funding = funding;
        Point = point;
        TargetGroup = targetGroup;
        ServedSpaces = served;
        RecordedCategory = recordedCategory;
        Provenance = provenance;
    }

    /// <summary>The identifier.</summary>
    public string Id { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The service domain (<em>Handlungsfeld</em>).</summary>
    public ServiceDomain Domain { get; }

    /// <summary>The offering type (<em>Angebotsart</em>, e.g. <c>erziehungsberatung</c>), or null when the data does not say.</summary>
    public OfferingType? Type { get; }

    /// <summary>The provider's id (<em>Träger</em>).</summary>
    public string ProviderId { get; }

    /// <summary>The space where the offering is located (<em>Standort</em>).</summary>
    public SpaceId Location { get; }

    /// <summary>The exact location, if known.</summary>
    public GeoPoint? Point { get; }

    /// <summary>The capacity (<em>Kapazität</em>).</summary>
    public Capacity Capacity { get; }

    /// <summary>The target group (<em>Zielgruppe</em>), if specified.</summary>
    public TargetGroup? TargetGroup { get; }

    /// <summary>The spaces it serves (<em>Einzugsgebiet</em>), at least the location.</summary>
    public IReadOnlyList<SpaceId> ServedSpaces { get; }

    /// <summary>How binding the offering is in law (<em>Verbindlichkeit</em>).</summary>
    public Obligation Obligation { get; }

    /// <summary>Whether the offering fulfils an individual legal claim (<em>Rechtsanspruch</em>): its
    /// <see cref="Obligation"/> is <see cref="Obligation.IndividualLegalClaim"/> or its <see cref="Type"/> is a
    /// legal-claim type (<see cref="OfferingType.IsLegalClaim"/>, e.g. Erziehungsberatung § 28, Kita § 24 SGB VIII).
    /// When a cut closes or shrinks such an offering, the duty to provide the service, and its cost, stays with the
    /// public body (Jugendamt, Kreis).</summary>
    public bool IsLegalClaim => Obligation == Obligation.IndividualLegalClaim || Type is { IsLegalClaim: true };

    /// <summary>The funding plan (<em>Finanzierungsplan</em>).</summary>
    public FundingPlan Funding { get; }

    /// <summary>The category recorded in the inventory, if any.</summary>
    public FundingCategory? RecordedCategory { get; }

    /// <summary>Provenance (real or illustrative).</summary>
    public Provenance? Provenance { get; }

    /// <summary>A copy with another capacity (e.g. after a cut).</summary>
    /// <param name="capacity">The capacity.</param>
    /// <returns>The copy.</returns>
    public Offering WithCapacity(Capacity capacity) =>
        new(Id, Name, Domain, ProviderId, Location, capacity, Obligation, Funding, Point, TargetGroup, ServedSpaces, RecordedCategory, Provenance, Type);

    /// <summary>A copy with another funding plan.</summary>
    /// <param name="funding">The plan.</param>
    /// <returns>The copy.</returns>
    public Offering WithFunding(FundingPlan funding) =>
        new(Id, Name, Domain, ProviderId, Location, Capacity, Obligation, funding, Point, TargetGroup, ServedSpaces, RecordedCategory, Provenance, Type);

    /// <summary>The id and name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({Id})";
}
