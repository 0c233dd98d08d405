using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Offerings;

/// <summary>How participants of a social-space conference rate the supply of a domain (<em>Einschätzung</em>).</summary>
public enum SupplyRating
{
    /// <summary><em>Überversorgung</em>: more supply than needed.</summary>
    OverSupplied = 0,
    /// <summary><em>bedarfsgerecht</em>: adequate.</summary>
    Adequate = 1,
    /// <summary><em>Unterversorgung</em>: under-supplied.</summary>
    UnderSupplied = 2,
    /// <summary><em>erhebliche Unterversorgung</em>: severely under-supplied.</summary>
    SeverelyUnderSupplied = 3,
}

/// <summary>
/// A structured statement from a social-space conference (<em>Sozialraumkonferenz</em>): qualitative evidence about the
/// supply of one domain in one space, attached to quantitative gap findings.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ConferenceStatement
{
    /// <summary>Creates a statement.</summary>
    /// <param name="space">The space the statement is about.</param>
    /// <param name="domain">The service domain.</param>
    /// <param name="rating">The rating of the supply.</param>
    /// <param name="text">What was said (summary).</param>
    /// <param name="date">Date of the conference.</param>
    /// <param name="source">Who said it / the minutes, e.g. <c>Sozialraumkonferenz Wittgenstein, Protokoll</c>.</param>
    /// <param name="provenance">Real or illustrative.</param>
    /// <exception cref="ArgumentException">Empty text or source.</exception>
    public ConferenceStatement(SpaceId space, ServiceDomain domain, SupplyRating rating, string text, LocalDate date, string source, Provenance? provenance = null)
    {
        if (string.IsNullOrEmpty(space.Value)) throw new ArgumentException("conference statement space: must be set.", nameof(space));
        if (string.IsNullOrEmpty(domain.Code)) throw new ArgumentException("conference statement domain: must be set.", nameof(domain));
        if (!Enum.IsDefined(rating)) throw new ArgumentOutOfRangeException(nameof(rating), rating, "conference statement rating: unknown value.");
        if (string.IsNullOrWhiteSpace(text)) throw new ArgumentException("conference statement text: must not be empty.", nameof(text));
        if (string.IsNullOrWhiteSpace(source)) throw new ArgumentException("conference statement source: must not be empty.", nameof(source));
        Space = space;
        Domain = domain;
        Rating = rating;
        Text = text.Trim();
        Date = date;
        Source = source.Trim();
        Provenance = provenance;
    }

    /// <summary>The space.</summary>
    public SpaceId Space { get; }

    /// <summary>The domain.</summary>
    public ServiceDomain Domain { get; }

    /// <summary>The rating.</summary>
    public SupplyRating Rating { get; }

    /// <summary>What was said.</summary>
    public string Text { get; }

    /// <summary>Date of the conference.</summary>
    public LocalDate Date { get; }

    /// <summary>Source.</summary>
    public string Source { get; }

    /// <summary>Provenance.</summary>
    public Provenance? Provenance { get; }

    /// <summary>The id of the meeting (<em>Sitzung</em>) where this was said or reported, or null (see
    /// <c>Participation.ParticipationRecord</c>; the data set checks that the meeting exists).</summary>
    public string? MeetingId { get; init; }
}
