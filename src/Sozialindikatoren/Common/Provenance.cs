using System.Globalization;
using NodaTime;

namespace Sozialindikatoren.Common;

/// <summary>How trustworthy a figure is (<em>Herkunft</em> / <em>Quellenangabe</em>).</summary>
public enum ProvenanceKind
{
    /// <summary>Taken from a named public source (<em>belegt</em>): source and date are given.</summary>
    Sourced = 0,
    /// <summary>Derived by arithmetic from sourced figures (<em>abgeleitet</em>), e.g. a residual of a sourced total.</summary>
    Derived = 1,
    /// <summary>Made up for demonstration (<em>illustrativ</em>): plausible, consistent with sourced totals, but not real.
    /// Every report that shows such a figure labels it.</summary>
    Illustrative = 2,
    /// <summary>A planning assumption (<em>Annahme</em>) that the user is expected to check or replace.</summary>
    Assumption = 3,
}

/// <summary>
/// The provenance of a figure (<em>Quelle und Stand</em>): whether it is sourced, derived, illustrative or an assumption,
/// with the source text and the reference date (<em>Stand</em>).
/// </summary>
/// <remarks>Sourced and derived figures must name a source. Equality is by value.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class Provenance : IEquatable<Provenance>
{
    /// <summary>Creates a provenance.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="source">The source (publisher, table, URL); required for <see cref="ProvenanceKind.Sourced"/> and <see cref="ProvenanceKind.Derived"/>.</param>
    /// <param name="date">The reference date (<em>Stand</em>), if known.</param>
    /// <exception cref="ArgumentException">A sourced or derived figure has no source.</exception>
    public Provenance(ProvenanceKind kind, string? source = null, LocalDate? date = null)
    {
        if (!Enum.IsDefined(kind)) throw new ArgumentOutOfRangeException(nameof(kind), kind, "provenance kind: unknown value.");
        if ((kind == ProvenanceKind.Sourced || kind == ProvenanceKind.Derived) && string.IsNullOrWhiteSpace(source))
            throw new ArgumentException($"provenance source: a {kind} figure must name its source.", nameof(source));
        Kind = kind;
        Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
        Date = date;
    }

    /// <summary>The kind.</summary>
    public ProvenanceKind Kind { get; }

    /// <summary>The source text, or null.</summary>
    public string? Source { get; }

    /// <summary>The reference date (<em>Stand</em>), or null.</summary>
    public LocalDate? Date { get; }

    /// <summary>Whether the figure is made up (<see cref="ProvenanceKind.Illustrative"/>) or an assumption: reports label such figures.</summary>
    public bool NeedsLabel => Kind is ProvenanceKind.Illustrative or ProvenanceKind.Assumption;

    /// <summary>An illustrative figure (<em>illustrativ</em>) with an optional note.</summary>
    /// <param name="note">What it is anchored to, if anything.</param>
    /// <returns>The provenance.</returns>
    public static Provenance Illustrative(string? note = null) => new(ProvenanceKind.Illustrative, note);

    /// <summary>A sourced figure.</summary>
    /// <param name="source">The source.</param>
    /// <param name="date">The reference date.</param>
    /// <returns>The provenance.</returns>
    public static Provenance Sourced(string source, LocalDate? date = null) => new(ProvenanceKind.Sourced, source, date);

    /// <summary>An assumption (<em>Annahme</em>).</summary>
    /// <param name="note">What is assumed.</param>
    /// <returns>The provenance.</returns>
    public static Provenance Assumption(string? note = null) => new(ProvenanceKind.Assumption, note);

    /// <inheritdoc />
    public bool Equals(Provenance? other) =>
        other is not null && Kind == other.Kind && string.Equals(Source, other.Source, StringComparison.Ordinal) && Date == other.Date;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Provenance);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Source, Date);

    /// <summary>A compact language-neutral label, e.g. <c>Illustrative (note)</c> or <c>Sourced: IT.NRW, 2024-12-31</c>;
    /// planner text in German or English: <c>Reporting.GapFindingsText.ProvenanceText</c>.</summary>
    /// <returns>The label.</returns>
    public override string ToString()
    {
        var date = Date is { } d ? ", " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        return Kind + (Source is null ? "" : ": " + Source) + date;
    }
}
