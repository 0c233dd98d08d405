using System.Globalization;
using NodaTime;
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

    /// <summary>e.g. <c>Fachberatung Schuldnerberatung: −62 % (Land, ab 2025-01-01, belegt)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var cut = Kind == CutKind.Share
            ? "−" + (Value * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %"
            : "−" + Value.ToString("0.##", CultureInfo.InvariantCulture) + " EUR/a";
        var src = Source is { } s ? Labels.Of(s) + ", " : "";
        return $"{Label}: {cut} ({src}ab {EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, {(IsAssumption ? "Annahme" : "belegt")})";
    }
}

/// <summary>
/// A cut scenario (<em>Kürzungsszenario</em>): a named list of cut lines. Each funding line is cut by the <em>first</em> scenario
/// line that matches it (scenario order), so overlapping lines never cut twice.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class CutScenario
{
    private readonly CutLine[] _lines;

    /// <summary>Creates a scenario.</summary>
    /// <param name="name">The name, e.g. <c>NRW Haushaltsentwurf 2025 (08/2024)</c>.</param>
    /// <param name="lines">The lines.</param>
    /// <param name="description">A description, e.g. the sources.</param>
    /// <exception cref="ArgumentException">Empty name.</exception>
    public CutScenario(string name, IEnumerable<CutLine> lines, string? description = null)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("cut scenario name: must not be empty.", nameof(name));
        ArgumentNullException.ThrowIfNull(lines);
        _lines = lines.ToArray();
        foreach (var l in _lines) ArgumentNullException.ThrowIfNull(l, nameof(lines));
        Name = name.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The description.</summary>
    public string? Description { get; }

    /// <summary>The lines in order.</summary>
    public IReadOnlyList<CutLine> Lines => _lines;

    /// <summary>Whether any line's figure is an assumption (reports then carry the label <em>Annahme</em>).</summary>
    public bool HasAssumptions => _lines.Any(l => l.IsAssumption);

    /// <summary>The scenario with every cut multiplied by a factor ≥ 0 (0 = no cut; shares capped at 100 %).</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The scaled scenario; the name gets a suffix <c> × f</c> unless f = 1.</returns>
    public CutScenario Scale(decimal factor)
    {
        if (factor < 0) throw new ArgumentOutOfRangeException(nameof(factor), factor, $"cut scale: must be >= 0, was {factor.ToString(CultureInfo.InvariantCulture)}.");
        if (factor == 1) return this;
        return new CutScenario(Name + " × " + factor.ToString(CultureInfo.InvariantCulture), _lines.Select(l => l.Scale(factor)), Description);
    }

    /// <summary>
    /// Applies the scenario at a date: for each offering, the cut of each of its active funding lines (EUR per year, rounded to
    /// cents, half to even) and the index of the scenario line that cut it (−1 = none).
    /// </summary>
    /// <param name="offerings">The offerings.</param>
    /// <param name="date">The evaluation date: lines active at it are cut by scenario lines effective at it.</param>
    /// <returns>Per offering, per funding line (in plan order).</returns>
    public IReadOnlyList<LineCut[]> Apply(IReadOnlyList<Offering> offerings, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(offerings);
        var result = new LineCut[offerings.Count][];
        var matchedTotal = new decimal[_lines.Length];
        var owner = new int[offerings.Count][];
        // Pattern matches depend only on the programme name: cache them per distinct name (many lines share a programme).
        var patternCache = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        for (var i = 0; i < offerings.Count; i++)
        {
            var lines = offerings[i].Funding.Lines;
            owner[i] = new int[lines.Count];
            for (var j = 0; j < lines.Count; j++)
            {
                owner[i][j] = -1;
                if (!lines[j].IsActiveAt(date)) continue;
                if (!patternCache.TryGetValue(lines[j].Programme, out var byLine))
                {
                    byLine = new bool[_lines.Length];
                    for (var k = 0; k < _lines.Length; k++) byLine[k] = _lines[k].ProgrammeMatches(lines[j].Programme);
                    patternCache[lines[j].Programme] = byLine;
                }
                for (var k = 0; k < _lines.Length; k++)
                {
                    if (!byLine[k] || _lines[k].EffectiveFrom > date || !_lines[k].MatchesExceptProgramme(offerings[i], lines[j])) continue;
                    owner[i][j] = k;
                    matchedTotal[k] += lines[j].AmountPerYear;
                    break;
                }
            }
        }
        for (var i = 0; i < offerings.Count; i++)
        {
            var lines = offerings[i].Funding.Lines;
            var cuts = new LineCut[lines.Count];
            for (var j = 0; j < lines.Count; j++)
            {
                var k = owner[i][j];
                if (k < 0) { cuts[j] = new LineCut(-1, 0m); continue; }
                var cl = _lines[k];
                var share = cl.Kind == CutKind.Share ? cl.Value : Math.Min(1m, cl.Value / matchedTotal[k]);
                var amount = Math.Round(lines[j].AmountPerYear * share, 2, MidpointRounding.ToEven);
                if (amount > lines[j].AmountPerYear) amount = lines[j].AmountPerYear;
                cuts[j] = new LineCut(k, amount);
            }
            result[i] = cuts;
        }
        return result;
    }

    /// <summary>The name and the number of lines.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({_lines.Length.ToString(CultureInfo.InvariantCulture)} Positionen)";
}

/// <summary>The cut of one funding line by a scenario (<em>Kürzung einer Finanzierungsposition</em>).</summary>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct LineCut : IEquatable<LineCut>
{
    /// <summary>Creates a line cut.</summary>
    /// <param name="scenarioLine">Index of the scenario line that cut it, −1 for none.</param>
    /// <param name="amountPerYear">The cut in EUR per year, ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative amount or index below −1.</exception>
    public LineCut(int scenarioLine, decimal amountPerYear)
    {
        if (scenarioLine < -1) throw new ArgumentOutOfRangeException(nameof(scenarioLine), scenarioLine, "line cut scenarioLine: must be >= -1.");
        if (amountPerYear < 0) throw new ArgumentOutOfRangeException(nameof(amountPerYear), amountPerYear, "line cut amountPerYear: must be >= 0.");
        ScenarioLine = scenarioLine;
        AmountPerYear = amountPerYear;
    }

    /// <summary>Index of the scenario line that cut it, −1 for none.</summary>
    public int ScenarioLine { get; }

    /// <summary>The cut in EUR per year.</summary>
    public decimal AmountPerYear { get; }

    /// <inheritdoc />
    public bool Equals(LineCut other) => ScenarioLine == other.ScenarioLine && AmountPerYear == other.AmountPerYear;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LineCut c && Equals(c);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ScenarioLine, AmountPerYear);

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(LineCut left, LineCut right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(LineCut left, LineCut right) => !left.Equals(right);
}
