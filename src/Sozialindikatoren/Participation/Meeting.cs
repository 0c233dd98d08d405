using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Participation;

/// <summary>
/// A meeting or consultation with the free providers (<em>Sitzung, Beteiligungstermin</em>): a Planungsbeirat, a
/// Sozialraumkonferenz, a talk in a municipality or a provider survey, with its date, space and the domains on its
/// agenda. A meeting dated after the Stichtag is a planned one (used for the next steps).
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class Meeting
{
    /// <summary>Creates a meeting.</summary>
    /// <param name="id">The meeting id (non-empty; unique in the data set; statements refer to it by <c>meeting_id</c>).</param>
    /// <param name="date">The date.</param>
    /// <param name="body">The body or format.</param>
    /// <param name="space">The space it concerns (a planning region, municipality …), or null for the whole county.</param>
    /// <param name="domains">The domains on its agenda (empty = all).</param>
    /// <param name="title">A title, e.g. <c>Planungsbeirat 2/2024</c>, or null.</param>
    /// <param name="provenance">Where the record comes from (e.g. illustrative), or null.</param>
    /// <exception cref="ArgumentException">Empty id or an undefined body.</exception>
    public Meeting(string id, LocalDate date, MeetingBody body, SpaceId? space = null, IEnumerable<ServiceDomain>? domains = null,
        string? title = null, Provenance? provenance = null)
    {
        if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("meeting id: must not be empty.", nameof(id));
        if (!Enum.IsDefined(body)) throw new ArgumentOutOfRangeException(nameof(body), body, $"meeting '{id}' body: unknown value.");
        Id = id.Trim();
        Date = date;
        Body = body;
        Space = space;
        Domains = (domains ?? []).Distinct().ToArray();
        Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        Provenance = provenance;
    }

    /// <summary>The meeting id.</summary>
    public string Id { get; }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>The body or format.</summary>
    public MeetingBody Body { get; }

    /// <summary>The space it concerns, or null for the whole county.</summary>
    public SpaceId? Space { get; }

    /// <summary>The domains on its agenda (empty = all domains).</summary>
    public IReadOnlyList<ServiceDomain> Domains { get; }

    /// <summary>The title, or null.</summary>
    public string? Title { get; }

    /// <summary>The provenance, or null.</summary>
    public Provenance? Provenance { get; }

    /// <summary>Whether a domain is on the agenda (true for every domain when the agenda is empty).</summary>
    /// <param name="domain">The domain.</param>
    /// <returns>Whether it is covered.</returns>
    public bool Covers(ServiceDomain domain) => Domains.Count == 0 || Domains.Contains(domain);

    /// <summary>e.g. <c>pb-2024-2 Planungsbeirat 2024-11-12</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} {Body} {Date:yyyy-MM-dd}";
}
