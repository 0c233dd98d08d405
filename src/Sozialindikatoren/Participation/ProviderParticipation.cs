using NodaTime;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Participation;

/// <summary>One provider's participation (<em>Beteiligung eines Trägers</em>) up to the Stichtag.</summary>
/// <param name="Provider">The provider.</param>
/// <param name="Meetings">Meetings attended on or before the Stichtag.</param>
/// <param name="MeetingsInWindow">Meetings attended within the window before the Stichtag (<see cref="ParticipationSummary.WindowYears"/>).</param>
/// <param name="LastMeeting">The date of the last meeting attended, or null when none.</param>
public sealed record ProviderParticipation(Provider Provider, int Meetings, int MeetingsInWindow, LocalDate? LastMeeting)
{
    /// <summary>Whether the provider took part in at least one meeting within the window (<em>beteiligt</em>).</summary>
    public bool Consulted => MeetingsInWindow > 0;
}
