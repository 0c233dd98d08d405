using NodaTime;

namespace Sozialindikatoren.Participation;

/// <summary>
/// The participation record of a data set (<em>Beteiligungsnachweis</em>): meetings with the free providers
/// (<c>sitzungen</c>), who took part (<c>teilnahmen</c>: meeting id, provider id) and the agreements made
/// (<c>vereinbarungen</c>). It answers the council's question whether providers are consulted regularly.
/// </summary>
/// <remarks>Meeting ids are unique; attendances and agreements must name a meeting of the record (checked by
/// <see cref="Problems"/>; <see cref="Planning.PlanningData"/> also checks provider ids). A repeated attendance
/// (same meeting and provider) is a problem, never counted twice.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ParticipationRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="meetings">The meetings.</param>
    /// <param name="attendances">Who took part: (meeting id, provider id).</param>
    /// <param name="agreements">The agreements.</param>
    public ParticipationRecord(IEnumerable<Meeting>? meetings = null, IEnumerable<(string MeetingId, string ProviderId)>? attendances = null,
        IEnumerable<Agreement>? agreements = null)
    {
        Meetings = (meetings ?? []).OrderBy(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal).ToArray();
        Attendances = (attendances ?? []).Select(a => (a.MeetingId.Trim(), a.ProviderId.Trim())).ToArray();
        Agreements = (agreements ?? []).ToArray();
        MeetingsById = Meetings.GroupBy(m => m.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The empty record (no meetings recorded).</summary>
    public static ParticipationRecord Empty { get; } = new();

    /// <summary>The meetings, by date then id.</summary>
    public IReadOnlyList<Meeting> Meetings { get; }

    /// <summary>Who took part: (meeting id, provider id), in input order.</summary>
    public IReadOnlyList<(string MeetingId, string ProviderId)> Attendances { get; }

    /// <summary>The agreements, in input order.</summary>
    public IReadOnlyList<Agreement> Agreements { get; }

    /// <summary>The meetings by id (the first of a repeated id).</summary>
    public IReadOnlyDictionary<string, Meeting> MeetingsById { get; }

    /// <summary>Whether nothing is recorded.</summary>
    public bool IsEmpty => Meetings.Count == 0 && Attendances.Count == 0 && Agreements.Count == 0;

    /// <summary>The providers who took part in a meeting.</summary>
    /// <param name="meetingId">The meeting id.</param>
    /// <returns>The provider ids, distinct, in input order.</returns>
    public IReadOnlyList<string> Participants(string meetingId) =>
        Attendances.Where(a => a.MeetingId == meetingId).Select(a => a.ProviderId).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The meetings held on or before <paramref name="asOf"/> that a provider took part in, by date.</summary>
    /// <param name="providerId">The provider id.</param>
    /// <param name="asOf">The Stichtag.</param>
    /// <returns>The meetings.</returns>
    public IReadOnlyList<Meeting> AttendedBy(string providerId, LocalDate asOf) =>
        Attendances.Where(a => a.ProviderId == providerId).Select(a => a.MeetingId).Distinct(StringComparer.Ordinal)
            .Select(id => MeetingsById.GetValueOrDefault(id)).OfType<Meeting>().Where(m => m.Date <= asOf)
            .OrderBy(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal).ToArray();

    /// <summary>Structural problems: repeated meeting ids, attendances or agreements naming no meeting, repeated
    /// attendances. Each as (table, index, field, value, message) with the table name of the data format
    /// (<c>meetings</c>, <c>attendances</c>, <c>agreements</c>).</summary>
    /// <returns>The problems (empty when consistent).</returns>
    public IReadOnlyList<(string Table, int Index, string Field, string Value, string Message)> Problems()
    {
        var result = new List<(string, int, string, string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Meetings.Count; i++)
            if (!seen.Add(Meetings[i].Id)) result.Add(("meetings", i, "id", Meetings[i].Id, "repeated meeting id"));
        var pairs = new HashSet<(string, string)>();
        for (var i = 0; i < Attendances.Count; i++)
        {
            var (m, p) = Attendances[i];
            if (!MeetingsById.ContainsKey(m)) result.Add(("attendances", i, "meetingId", m, "unknown meeting"));
            if (!pairs.Add((m, p))) result.Add(("attendances", i, "providerId", p, $"repeated attendance of provider '{p}' at meeting '{m}'"));
        }
        for (var i = 0; i < Agreements.Count; i++)
            if (!MeetingsById.ContainsKey(Agreements[i].MeetingId)) result.Add(("agreements", i, "meetingId", Agreements[i].MeetingId, "unknown meeting"));
        return result;
    }
}
