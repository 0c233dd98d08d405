using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Participation;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Planning;

/// <summary>
/// A whole planning data set (<em>Planungsdatensatz</em>): the region with its spaces and populations, the providers, the
/// offering inventory (<em>Bestand</em>) with funding, raw indicator data, and qualitative evidence (social-space
/// conference statements, provider survey statements).
/// </summary>
/// <remarks>
/// Construction validates all cross-references and collects <em>all</em> problems into one
/// <see cref="DataProblemException"/> (duplicate ids, dangling references to providers, spaces or offerings).
/// Element-level problems (negative capacity, period end before start, non-positive amounts, invalid AGS) are caught by
/// the element constructors, and by the readers, which collect them per file position.
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class PlanningData
{
    /// <summary>Creates and validates a data set.</summary>
    /// <param name="name">A name, e.g. <c>Kreis Siegen-Wittgenstein (Beispieldaten)</c>.</param>
    /// <param name="region">The spaces.</param>
    /// <param name="providers">The providers.</param>
    /// <param name="offerings">The offerings.</param>
    /// <param name="indicators">Raw indicator data (may be empty).</param>
    /// <param name="conferenceStatements">Social-space conference statements (may be empty).</param>
    /// <param name="providerStatements">Provider survey statements (may be empty).</param>
    /// <param name="description">Free description and notes on provenance.</param>
    /// <param name="participation">Meetings with the providers, who took part, agreements (<em>Beteiligung</em>); default: none recorded.</param>
    /// <exception cref="DataProblemException">Any cross-reference problem (all are listed).</exception>
    public PlanningData(string name, Region region, IEnumerable<Provider> providers, IEnumerable<Offering> offerings,
        IEnumerable<IndicatorRecord>? indicators = null, IEnumerable<ConferenceStatement>? conferenceStatements = null,
        IEnumerable<ProviderStatement>? providerStatements = null, string? description = null, ParticipationRecord? participation = null)
    {
        ArgumentNullException.ThrowIfNull(region);
        Name = string.IsNullOrWhiteSpace(name) ? "Datensatz" : name.Trim();
        Description = description;
        Region = region;
        Providers = providers.ToArray();
        Offerings = offerings.ToArray();
        Indicators = (indicators ?? []).ToArray();
        ConferenceStatements = (conferenceStatements ?? []).ToArray();
        ProviderStatements = (providerStatements ?? []).ToArray();
        Participation = participation ?? ParticipationRecord.Empty;
        ConfidentialIndicators = Indicators.Where(r => r.Confidential).Select(r => r.IndicatorId).ToHashSet(StringComparer.Ordinal);
        var problems = Validate();
        if (problems.Count > 0) throw new DataProblemException(problems);
        ProvidersById = Providers.ToDictionary(p => p.Id, StringComparer.Ordinal);
        OfferingsById = Offerings.ToDictionary(o => o.Id, StringComparer.Ordinal);
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The ids of the indicators marked confidential (<em>vertraulich</em>): those with at least one
    /// <see cref="IndicatorRecord.Confidential"/> record, so one marked record protects the whole series. Their counts
    /// are published only after disclosure control; empty when nothing is marked.</summary>
    public IReadOnlySet<string> ConfidentialIndicators { get; }

    /// <summary>Description and provenance notes.</summary>
    public string? Description { get; }

    /// <summary>The region (spaces, hierarchy, populations).</summary>
    public Region Region { get; }

    /// <summary>The providers (<em>Träger</em>).</summary>
    public IReadOnlyList<Provider> Providers { get; }

    /// <summary>The offerings (<em>Angebote</em>).</summary>
    public IReadOnlyList<Offering> Offerings { get; }

    /// <summary>Raw indicator data.</summary>
    public IReadOnlyList<IndicatorRecord> Indicators { get; }

    /// <summary>Statements from social-space conferences (<em>Sozialraumkonferenzen</em>).</summary>
    public IReadOnlyList<ConferenceStatement> ConferenceStatements { get; }

    /// <summary>Statements from the provider survey (<em>Träger-Abfrage</em>).</summary>
    public IReadOnlyList<ProviderStatement> ProviderStatements { get; }

    /// <summary>The participation record (<em>Beteiligung</em>): meetings with the providers, attendances, agreements.</summary>
    public ParticipationRecord Participation { get; }

    /// <summary>Providers by id.</summary>
    public IReadOnlyDictionary<string, Provider> ProvidersById { get; }

    /// <summary>Offerings by id.</summary>
    public IReadOnlyDictionary<string, Offering> OfferingsById { get; }

    /// <summary>A copy with another region (e.g. the same spaces with boundaries read from a file), validated again.</summary>
    /// <param name="region">The region; every space the offerings, indicators and statements refer to must be in it.</param>
    /// <returns>The copy; providers, offerings, indicators and statements are the same objects.</returns>
    /// <exception cref="DataProblemException">A reference to a space the new region does not have.</exception>
    public PlanningData WithRegion(Region region) =>
        new(Name, region, Providers, Offerings, Indicators, ConferenceStatements, ProviderStatements, Description, Participation);

    /// <summary>Whether any figure in the data set is illustrative or an assumption (reports then carry a visible label).</summary>
    public bool HasIllustrativeFigures =>
        Offerings.Any(o => o.Provenance?.NeedsLabel == true || o.Funding.Lines.Any(l => l.Provenance?.NeedsLabel == true))
        || Region.Spaces.Any(s => s.Population?.Provenance?.NeedsLabel == true || s.Provenance?.NeedsLabel == true)
        || Indicators.Any(i => i.Provenance?.NeedsLabel == true)
        || ConferenceStatements.Any(c => c.Provenance?.NeedsLabel == true)
        || ProviderStatements.Any(p => p.Provenance?.NeedsLabel == true)
        || Participation.Meetings.Any(m => m.Provenance?.NeedsLabel == true);

    /// <summary>Derives each offering's funding category at a date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="rule">The rule; default <see cref="FundingCategoryRule.Default"/>.</param>
    /// <returns>Offering id → category, in offering order.</returns>
    public IReadOnlyList<KeyValuePair<Offering, FundingCategory>> CategoriesAt(LocalDate date, FundingCategoryRule? rule = null)
    {
        rule ??= FundingCategoryRule.Default;
        return Offerings.Select(o => new KeyValuePair<Offering, FundingCategory>(o, rule.Classify(o.Funding, date))).ToArray();
    }

    /// <summary>Offerings whose recorded category disagrees with the derived one (reported, not hidden).</summary>
    /// <param name="date">The date.</param>
    /// <param name="rule">The rule; default <see cref="FundingCategoryRule.Default"/>.</param>
    /// <returns>One warning (<see cref="ProblemSeverity.Warning"/>) per disagreement (field <c>recordedCategory</c>).</returns>
    public IReadOnlyList<DataProblem> CategoryDisagreements(LocalDate date, FundingCategoryRule? rule = null)
    {
        rule ??= FundingCategoryRule.Default;
        var result = new List<DataProblem>();
        foreach (var o in Offerings)
        {
            if (o.RecordedCategory is not { } recorded) continue;
            var derived = rule.Classify(o.Funding, date);
            if (recorded != derived)
                result.Add(new DataProblem($"offering '{o.Id}'", "recordedCategory", recorded.ToCode(),
                    $"recorded category differs from the derived one ({derived.ToCode()}) at {date:yyyy-MM-dd}") { Severity = ProblemSeverity.Warning });
        }
        return result;
    }

    /// <summary>Offerings whose type (<em>Angebotsart</em>) is not one of <see cref="OfferingType.Known"/>: allowed,
    /// but a typo would leave the offering outside every norm that lists its types, so each is reported.</summary>
    /// <returns>One warning (<see cref="ProblemSeverity.Warning"/>) per offering with an unknown type (field <c>type</c>).</returns>
    public IReadOnlyList<DataProblem> UnknownOfferingTypes() =>
        Offerings.Where(o => o.Type is { IsKnown: false })
            .Select(o => new DataProblem($"offering '{o.Id}'", "type", o.Type!.Value.Code,
                "offering type is not one of the known types (docs/data-format.md, Angebotsart); check the spelling") { Severity = ProblemSeverity.Warning })
            .ToArray();

    private List<DataProblem> Validate()
    {
        var problems = new List<DataProblem>();
        var providerIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Providers.Count; i++)
        {
            if (!providerIds.Add(Providers[i].Id))
                problems.Add(new DataProblem($"providers[{i}]", "id", Providers[i].Id, "duplicate provider id"));
        }
        var offeringIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Offerings.Count; i++)
        {
            var o = Offerings[i];
            var path = $"offerings[{i}] '{o.Id}'";
            if (!offeringIds.Add(o.Id)) problems.Add(new DataProblem(path, "id", o.Id, "duplicate offering id"));
            if (!providerIds.Contains(o.ProviderId)) problems.Add(new DataProblem(path, "providerId", o.ProviderId, "unknown provider"));
            if (!Region.Contains(o.Location)) problems.Add(new DataProblem(path, "location", o.Location.Value, "unknown space"));
            foreach (var s in o.ServedSpaces)
                if (!Region.Contains(s)) problems.Add(new DataProblem(path, "servedSpaces", s.Value, "unknown space"));
        }
        var seen = new HashSet<(SpaceId, string, LocalDate)>();
        for (var i = 0; i < Indicators.Count; i++)
        {
            var r = Indicators[i];
            if (!Region.Contains(r.Space)) problems.Add(new DataProblem($"indicators[{i}]", "space", r.Space.Value, "unknown space"));
            if (!seen.Add((r.Space, r.IndicatorId, r.Date)))
                problems.Add(new DataProblem($"indicators[{i}]", "indicatorId", r.IndicatorId, $"duplicate record for space '{r.Space}' at {r.Date:yyyy-MM-dd}"));
        }
        for (var i = 0; i < ConferenceStatements.Count; i++)
        {
            if (!Region.Contains(ConferenceStatements[i].Space))
                problems.Add(new DataProblem($"conferenceStatements[{i}]", "space", ConferenceStatements[i].Space.Value, "unknown space"));
        }
        for (var i = 0; i < ProviderStatements.Count; i++)
        {
            if (!offeringIds.Contains(ProviderStatements[i].OfferingId))
                problems.Add(new DataProblem($"providerStatements[{i}]", "offeringId", ProviderStatements[i].OfferingId, "unknown offering"));
            if (ProviderStatements[i].MeetingId is { } pm && !Participation.MeetingsById.ContainsKey(pm))
                problems.Add(new DataProblem($"providerStatements[{i}]", "meetingId", pm, "unknown meeting"));
        }
        for (var i = 0; i < ConferenceStatements.Count; i++)
        {
            if (ConferenceStatements[i].MeetingId is { } cm && !Participation.MeetingsById.ContainsKey(cm))
                problems.Add(new DataProblem($"conferenceStatements[{i}]", "meetingId", cm, "unknown meeting"));
        }
        foreach (var (table, index, field, value, message) in Participation.Problems())
            problems.Add(new DataProblem($"{table}[{index}]", field, value, message));
        for (var i = 0; i < Participation.Meetings.Count; i++)
        {
            if (Participation.Meetings[i].Space is { } ms && !Region.Contains(ms))
                problems.Add(new DataProblem($"meetings[{i}]", "space", ms.Value, "unknown space"));
        }
        for (var i = 0; i < Participation.Attendances.Count; i++)
        {
            if (!providerIds.Contains(Participation.Attendances[i].ProviderId))
                problems.Add(new DataProblem($"attendances[{i}]", "providerId", Participation.Attendances[i].ProviderId, "unknown provider"));
        }
        return problems;
    }
}
