using NodaTime;

namespace Sozialindikatoren.Participation;

/// <summary>An agreement or follow-up from a meeting (<em>Vereinbarung, Arbeitsauftrag</em>): what, who, by when, status.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class Agreement
{
    /// <summary>Creates an agreement.</summary>
    /// <param name="meetingId">The meeting it was made in (non-empty).</param>
    /// <param name="text">What was agreed (non-empty).</param>
    /// <param name="owner">Who is responsible (e.g. <c>Sozialplanung</c>, a provider), or null.</param>
    /// <param name="due">The due date, or null.</param>
    /// <param name="status">The status.</param>
    /// <exception cref="ArgumentException">Empty meeting id or text, or an undefined status.</exception>
    public Agreement(string meetingId, string text, string? owner, LocalDate? due, AgreementStatus status)
    {
        if (string.IsNullOrWhiteSpace(meetingId)) throw new ArgumentException("agreement meeting id: must not be empty.", nameof(meetingId));
        if (string.IsNullOrWhiteSpace(text)) throw new ArgumentException($"agreement of meeting '{meetingId}' text: must not be empty.", nameof(text));
        if (!Enum.IsDefined(status)) throw new ArgumentOutOfRangeException(nameof(status), status, $"agreement of meeting '{meetingId}' status: unknown value.");
        MeetingId = meetingId.Trim();
        Text = text.Trim();
        Owner = string.IsNullOrWhiteSpace(owner) ? null : owner.Trim();
        Due = due;
        Status = status;
    }

    /// <summary>The meeting id.</summary>
    public string MeetingId { get; }

    /// <summary>What was agreed.</summary>
    public string Text { get; }

    /// <summary>Who is responsible, or null.</summary>
    public string? Owner { get; }

    /// <summary>The due date, or null.</summary>
    public LocalDate? Due { get; }

    /// <summary>The status.</summary>
    public AgreementStatus Status { get; }

    /// <summary>Whether it is open and its due date lies before <paramref name="asOf"/> (<em>überfällig</em>).</summary>
    /// <param name="asOf">The Stichtag.</param>
    /// <returns>Whether it is overdue.</returns>
    public bool IsOverdue(LocalDate asOf) => Status == AgreementStatus.Open && Due is { } d && d < asOf;
}
