using NodaTime;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Participation;

/// <summary>Meetings of one body in one calendar year (<em>Sitzungen je Gremium und Jahr</em>).</summary>
/// <param name="Body">The body.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Meetings">Meetings held (on or before the Stichtag).</param>
/// <param name="Participations">Provider attendances at these meetings (a provider at two meetings counts twice).</param>
public sealed record MeetingCount(MeetingBody Body, int Year, int Meetings, int Participations);
