using NodaTime;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Participation;

/// <summary>
/// Whether the free providers are consulted regularly (<em>Finden regelmäßige Abstimmungen mit den freien Trägern
/// statt?</em>): meetings per body and year, each provider's participation within a window before the Stichtag, open
/// and overdue agreements, and the next planned meeting of each body.
/// </summary>
/// <remarks>
/// <para>Only meetings dated on or before the Stichtag count as held; later ones are planned (<see cref="NextMeeting"/>).
/// A provider counts as consulted when it took part in at least one meeting within <see cref="WindowYears"/> years
/// before the Stichtag (default 2: the Planungsbeirat meets at least yearly, so two years allow for one missed
/// session). Public bodies (<see cref="ProviderAssociation.PublicBody"/>) are listed like any provider.</para>
/// <para>Pure; deterministic; thread-safe.</para>
/// </remarks>
public sealed class ParticipationSummary
{
    private ParticipationSummary(LocalDate asOf, int windowYears, MeetingCount[] counts, ProviderParticipation[] providers,
        Agreement[] open, Dictionary<MeetingBody, Meeting> next, bool hasRecord, Meeting[] held)
    {
        _held = held;
        AsOf = asOf;
        WindowYears = windowYears;
        Counts = counts;
        Providers = providers;
        OpenAgreements = open;
        _next = next;
        HasRecord = hasRecord;
    }

    private readonly Dictionary<MeetingBody, Meeting> _next;
    private readonly Meeting[] _held;

    /// <summary>Computes the summary.</summary>
    /// <param name="record">The participation record.</param>
    /// <param name="providers">The providers of the data set.</param>
    /// <param name="asOf">The Stichtag.</param>
    /// <param name="windowYears">The window in years for <see cref="ProviderParticipation.Consulted"/> (≥ 1, default 2).</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A window below 1 year.</exception>
    public static ParticipationSummary Compute(ParticipationRecord record, IEnumerable<Provider> providers, LocalDate asOf, int windowYears = 2)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(providers);
        if (windowYears < 1) throw new ArgumentOutOfRangeException(nameof(windowYears), windowYears, "participation windowYears: must be >= 1.");
        var held = record.Meetings.Where(m => m.Date <= asOf).ToArray();
        var counts = held.GroupBy(m => (m.Body, m.Date.Year)).OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Body)
            .Select(g => new MeetingCount(g.Key.Body, g.Key.Year, g.Count(), g.Sum(m => record.Participants(m.Id).Count))).ToArray();
        var windowStart = asOf.PlusYears(-windowYears);
        var rows = providers.Select(p =>
        {
            var attended = record.AttendedBy(p.Id, asOf);
            return new ProviderParticipation(p, attended.Count, attended.Count(m => m.Date > windowStart), attended.Count > 0 ? attended[^1].Date : null);
        }).OrderBy(r => r.Provider.Id, StringComparer.Ordinal).ToArray();
        var open = record.Agreements.Where(a => a.Status == AgreementStatus.Open)
            .OrderBy(a => a.Due ?? LocalDate.MaxIsoValue).ThenBy(a => a.MeetingId, StringComparer.Ordinal).ToArray();
        var next = record.Meetings.Where(m => m.Date > asOf).GroupBy(m => m.Body).ToDictionary(g => g.Key, g => g.First());
        return new ParticipationSummary(asOf, windowYears, counts, rows, open, next, !record.IsEmpty, held);
    }

    /// <summary>The Stichtag.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The window in years before the Stichtag in which a provider must have taken part to count as consulted.</summary>
    public int WindowYears { get; }

    /// <summary>Whether the data set records any participation at all (false: the report says nothing is recorded, never "no meetings").</summary>
    public bool HasRecord { get; }

    /// <summary>Meetings held per body and calendar year, by year then body.</summary>
    public IReadOnlyList<MeetingCount> Counts { get; }

    /// <summary>Every provider's participation, by provider id.</summary>
    public IReadOnlyList<ProviderParticipation> Providers { get; }

    /// <summary>Open agreements, by due date (none last) then meeting id.</summary>
    public IReadOnlyList<Agreement> OpenAgreements { get; }

    /// <summary>Meetings of a body held within the window before the Stichtag (date after Stichtag − window, up to the Stichtag).</summary>
    /// <param name="body">The body.</param>
    /// <returns>The count.</returns>
    public int MeetingsInWindow(MeetingBody body)
    {
        var start = AsOf.PlusYears(-WindowYears);
        return _held.Count(m => m.Body == body && m.Date > start);
    }

    /// <summary>The next planned meeting of a body after the Stichtag, or null when none is recorded.</summary>
    /// <param name="body">The body.</param>
    /// <returns>The meeting or null.</returns>
    public Meeting? NextMeeting(MeetingBody body) => _next.GetValueOrDefault(body);

    /// <summary>Whether a provider counts as consulted (took part within the window).</summary>
    /// <param name="providerId">The provider id.</param>
    /// <returns>Whether consulted; false for an unknown id.</returns>
    public bool IsConsulted(string providerId) => Providers.FirstOrDefault(p => p.Provider.Id == providerId)?.Consulted == true;
}
