using System.Globalization;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Cuts;

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

    /// <summary>Composes scenarios (<em>Szenarien kombinieren</em>, CLI <c>A+B</c>): the lines of each in order, so a funding
    /// line both would cut is cut by the first scenario's line (the first-match rule); name <c>A + B</c>, descriptions
    /// joined. One scenario is returned unchanged.</summary>
    /// <param name="scenarios">The scenarios, at least one.</param>
    /// <returns>The composed scenario.</returns>
    /// <exception cref="ArgumentException">No scenario.</exception>
    public static CutScenario Combine(IEnumerable<CutScenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        var list = scenarios.ToArray();
        if (list.Length == 0) throw new ArgumentException("cut scenario combine: at least one scenario.", nameof(scenarios));
        foreach (var x in list) ArgumentNullException.ThrowIfNull(x, nameof(scenarios));
        if (list.Length == 1) return list[0];
        var descriptions = list.Where(x => x.Description is not null).Select(x => x.Name + ": " + x.Description).ToArray();
        return new CutScenario(string.Join(" + ", list.Select(x => x.Name)), list.SelectMany(x => x.Lines), descriptions.Length == 0 ? null : string.Join(" ", descriptions));
    }

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

    /// <summary>What of the scenario the data set cannot use (<em>nicht anwendbare Kürzungspositionen</em>): a line whose
    /// spaces or domains the data set does not have, and a line that matches no funding line of any offering (it cuts
    /// nothing, which is rarely meant: a misspelt programme or a source the data set does not fund from).</summary>
    /// <param name="data">The data set the scenario is applied to.</param>
    /// <returns>One warning (<see cref="ProblemSeverity.Warning"/>) per finding, source <c>scenario 'name': lines[i]</c>.</returns>
    public IReadOnlyList<DataProblem> Warnings(PlanningData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var result = new List<DataProblem>();
        var domains = data.Offerings.Select(o => o.Domain).ToHashSet();
        for (var i = 0; i < _lines.Length; i++)
        {
            var l = _lines[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"scenario '{Name}': lines[{i}] '{l.Label}'");
            foreach (var s in l.Spaces.Where(s => !data.Region.Contains(s)))
                result.Add(new DataProblem(at, "spaces", s.Value, "the data set has no such space; the line cuts nothing there.") { Severity = ProblemSeverity.Warning });
            foreach (var d in l.Domains.Where(d => !domains.Contains(d)))
                result.Add(new DataProblem(at, "domains", d.Code, "no offering of the data set is in this domain.") { Severity = ProblemSeverity.Warning });
            if (!data.Offerings.Any(o => o.Funding.Lines.Any(f => l.Matches(o, f))))
                result.Add(new DataProblem(at, "programmes", string.Join(", ", l.ProgrammePatterns),
                    "the line matches no funding line of the data set (source, programme, domain and spaces together): it cuts nothing.") { Severity = ProblemSeverity.Warning });
        }
        return result;
    }

    /// <summary>The name and the number of lines.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({_lines.Length.ToString(CultureInfo.InvariantCulture)} lines)";
}
