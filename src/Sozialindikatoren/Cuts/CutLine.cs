using System.Globalization;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Cuts;

/// <summary>How a cut line states its cut (<em>Kürzungsart</em>).</summary>
public enum CutKind
{
    /// <summary>A share of every matched funding line (<em>prozentuale Kürzung</em>), in [0, 1].</summary>
    Share = 0,
    /// <summary>An amount in EUR per year over all matched lines together (<em>Kürzungsbetrag</em>), distributed pro rata to their amounts and capped at their sum.</summary>
    AmountPerYear = 1,
}

/// <summary>Whether a cut line's figure is sourced or an assumption (<em>belegt</em> / <em>Annahme</em>); carried into every output.</summary>
public enum CutLineStatus
{
    /// <summary><em>belegt</em>: the percentage follows from a named source.</summary>
    Sourced = 0,
    /// <summary><em>Annahme</em>: only an amount or a mention is published; the percentage is an assumption the user is expected to replace.</summary>
    Assumption = 1,
}

/// <summary>
/// One line of a cut scenario (<em>Kürzungsposition</em>): which funding lines it hits (source, programme name patterns,
/// domains, spaces), by how much, from when, and whether its figure is sourced or an <em>Annahme</em>.
/// </summary>
/// <remarks>
/// <para>Matching: a funding line matches when (1) its source equals <see cref="Source"/> (if set); (2) its programme name
/// matches one of <see cref="ProgrammePatterns"/> (if any): a pattern with <c>*</c> or <c>?</c> is a glob over the whole name,
/// otherwise the name must contain the pattern; both ignore case (ordinal, invariant); (3) the offering's domain is one of
/// <see cref="Domains"/> (if any); (4) the offering's location is one of <see cref="Spaces"/> (if any). Claim-backed
/// service fees (<see cref="FundingInstrument.ServiceFee"/>) and own funds are never matched: grant cuts do not reduce them.</para>
/// <para>The line applies from <see cref="EffectiveFrom"/>: at an evaluation date before it, it cuts nothing.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class CutLine
{
    private readonly string[] _patterns;
    private readonly ServiceDomain[] _domains;
    private readonly SpaceId[] _spaces;

    /// <summary>Creates a cut line.</summary>
    /// <param name="label">The programme line as published, e.g. <c>Fachberatung Schuldnerberatung</c>.</param>
    /// <param name="source">The funding source it cuts, or null for any (external) source.</param>
    /// <param name="programmePatterns">Programme name patterns; empty = every programme.</param>
    /// <param name="domains">Domains; empty = every domain.</param>
    /// <param name="spaces">Location spaces; empty = everywhere.</param>
    /// <param name="kind">Share or amount.</param>
    /// <param name="value">The share in [0, 1] or the amount in EUR per year (≥ 0).</param>
    /// <param name="effectiveFrom">From when the cut applies.</param>
    /// <param name="status">Sourced or Annahme.</param>
    /// <param name="note">The source or the assumption in words.</param>
    /// <exception cref="ArgumentException">Empty label, share outside [0, 1], negative amount, empty pattern.</exception>
    public CutLine(string label, FundingSource? source, IEnumerable<string>? programmePatterns, IEnumerable<ServiceDomain>? domains,
        IEnumerable<SpaceId>? spaces, CutKind kind, decimal value, LocalDate effectiveFrom, CutLineStatus status, string? note = null)
    {
        if (string.IsNullOrWhiteSpace(label)) throw new ArgumentException("cut line label: must not be empty.", nameof(label));
        if (source is { } s && !Enum.IsDefined(s)) throw new ArgumentOutOfRangeException(nameof(source), s, $"cut line '{label}' source: unknown value.");
        if (!Enum.IsDefined(kind)) throw new ArgumentOutOfRangeException(nameof(kind), kind, $"cut line '{label}' kind: unknown value.");
        if (!Enum.IsDefined(status)) throw new ArgumentOutOfRangeException(nameof(status), status, $"cut line '{label}' status: unknown value.");
        if (kind == CutKind.Share && (value < 0 || value > 1))
            throw new ArgumentOutOfRangeException(nameof(value), value, $"cut line '{label}' value: a share must be in [0, 1], was {value.ToString(CultureInfo.InvariantCulture)}.");
        if (kind == CutKind.AmountPerYear && value < 0)
            throw new ArgumentOutOfRangeException(nameof(value), value, $"cut line '{label}' value: an amount must be >= 0 EUR/year, was {value.ToString(CultureInfo.InvariantCulture)}.");
        if (kind == CutKind.AmountPerYear && PlausibleRange.CheckAmount(value) is { } amountProblem)
            throw new ArgumentOutOfRangeException(nameof(value), value, $"cut line '{label}' value: {amountProblem}");
        _patterns = (programmePatterns ?? []).Select(p => p?.Trim() ?? "").ToArray();
        if (_patterns.Any(p => p.Length == 0)) throw new ArgumentException($"cut line '{label}' programmePatterns: a pattern must not be empty.", nameof(programmePatterns));
        _domains = (domains ?? []).Distinct().ToArray();
        _spaces = (spaces ?? []).Distinct().ToArray();
        Label = label.Trim();
        Source = source;
        Kind = kind;
        Value = value;
        EffectiveFrom = effectiveFrom;
        Status = status;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    /// <summary>The programme line as published.</summary>
    public string Label { get; }

    /// <summary>The source cut, or null for any external source.</summary>
    public FundingSource? Source { get; }

    /// <summary>Programme name patterns (empty = all).</summary>
    public IReadOnlyList<string> ProgrammePatterns => _patterns;

    /// <summary>Domains (empty = all).</summary>
    public IReadOnlyList<ServiceDomain> Domains => _domains;

    /// <summary>Location spaces (empty = all).</summary>
    public IReadOnlyList<SpaceId> Spaces => _spaces;

    /// <summary>Share or amount.</summary>
    public CutKind Kind { get; }

    /// <summary>The share in [0, 1] or the amount in EUR per year.</summary>
    public decimal Value { get; }

    /// <summary>From when the cut applies.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Sourced or Annahme.</summary>
    public CutLineStatus Status { get; }

    /// <summary>The source or assumption in words.</summary>
    public string? Note { get; }

    /// <summary>Whether the figure is an assumption (<em>Annahme</em>).</summary>
    public bool IsAssumption => Status == CutLineStatus.Assumption;

    /// <summary>The same line with its cut multiplied by a factor ≥ 0; a share is capped at 1 (a cut never exceeds 100 %).</summary>
    /// <param name="factor">The factor, finite and ≥ 0.</param>
    /// <returns>The scaled line.</returns>
    public CutLine Scale(decimal factor)
    {
        if (factor < 0) throw new ArgumentOutOfRangeException(nameof(factor), factor, $"cut scale: must be >= 0, was {factor.ToString(CultureInfo.InvariantCulture)}.");
        var v = Value * factor;
        if (Kind == CutKind.Share && v > 1) v = 1;
        return new CutLine(Label, Source, _patterns, _domains, _spaces, Kind, v, EffectiveFrom, Status, Note);
    }

    /// <summary>Whether the line matches a funding line of an offering (ignoring the date).</summary>
    /// <param name="offering">The offering.</param>
    /// <param name="line">One of its funding lines.</param>
    /// <returns>Whether matched.</returns>
    public bool Matches(Offering offering, FundingLine line)
    {
        ArgumentNullException.ThrowIfNull(offering);
        ArgumentNullException.ThrowIfNull(line);
        if (line.Instrument == FundingInstrument.ServiceFee || line.Source.IsOwnShare()) return false;
        if (Source is { } s && line.Source != s) return false;
        if (_domains.Length > 0 && Array.IndexOf(_domains, offering.Domain) < 0) return false;
        if (_spaces.Length > 0 && Array.IndexOf(_spaces, offering.Location) < 0) return false;
        return ProgrammeMatches(line.Programme);
    }

    internal bool MatchesExceptProgramme(Offering offering, FundingLine line)
    {
        if (line.Instrument == FundingInstrument.ServiceFee || line.Source.IsOwnShare()) return false;
        if (Source is { } s && line.Source != s) return false;
        if (_domains.Length > 0 && Array.IndexOf(_domains, offering.Domain) < 0) return false;
        return _spaces.Length == 0 || Array.IndexOf(_spaces, offering.Location) >= 0;
    }

    internal bool ProgrammeMatches(string programme)
    {
        if (_patterns.Length == 0) return true;
        foreach (var p in _patterns)
            if (PatternMatches(p, programme)) return true;
        return false;
    }

    /// <summary>Whether a programme name matches a pattern (glob with <c>*</c>/<c>?</c> over the whole name, else substring; case-insensitive).</summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="programme">The programme name.</param>
    /// <returns>Whether it matches.</returns>
    public static bool PatternMatches(string pattern, string programme)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(programme);
        if (pattern.AsSpan().IndexOfAny('*', '?') < 0) return programme.Contains(pattern, StringComparison.OrdinalIgnoreCase);
        return Glob(pattern.ToUpperInvariant(), programme.ToUpperInvariant());
    }

    private static bool Glob(string p, string s)
    {
        int pi = 0, si = 0, star = -1, mark = 0;
        while (si < s.Length)
        {
            if (pi < p.Length && (p[pi] == '?' || p[pi] == s[si])) { pi++; si++; }
            else if (pi < p.Length && p[pi] == '*') { star = pi++; mark = si; }
            else if (star >= 0) { pi = star + 1; si = ++mark; }
            else return false;
        }
        while (pi < p.Length && p[pi] == '*') pi++;
        return pi == p.Length;
    }

    /// <summary>A compact language-neutral summary, e.g. <c>Fachberatung Schuldnerberatung: −62 % (Land, from 2025-01-01, Sourced)</c>
    /// (the label is data and stays as given).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var cut = Kind == CutKind.Share
            ? "−" + (Value * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %"
            : "−" + Value.ToString("0.##", CultureInfo.InvariantCulture) + " EUR/a";
        var src = Source is { } s ? s + ", " : "";
        return $"{Label}: {cut} ({src}from {EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, {Status})";
    }
}
