using System.Globalization;
using Sozialindikatoren.Common;

namespace Sozialindikatoren.Spaces;

/// <summary>
/// A hierarchy of social spaces (<em>Gebietsgliederung</em>): a county with its planning regions, municipalities and
/// districts. Answers parent, children, ancestors and descendants, and aggregates populations up the tree.
/// </summary>
/// <remarks>
/// <para>Validation on construction collects all structural problems (duplicate ids, unknown parents, cycles, a child
/// level not below its parent's) into one <see cref="DataProblemException"/>.</para>
/// <para>Population totals: where a space and all its children have a population, the parent's total should equal the
/// sum of the children's totals (and, for every band both can answer, the sum per band); a difference is a warning
/// (<see cref="PopulationMismatches"/>), not an error, because official totals and a Stadtteil breakdown from the
/// municipality's own register often differ a little. Each space keeps its own figure. A space without its own
/// population gets the aggregate of its children from <see cref="AggregatePopulationTotal"/>.</para>
/// <para>Spaces keep the order in which they were given (<see cref="Spaces"/>); children are listed in that order.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class Region
{
    private readonly SocialSpace[] _spaces;
    private readonly Dictionary<SpaceId, int> _index;
    private readonly int[] _parent;
    private readonly int[][] _children;

    /// <summary>Creates and validates a hierarchy.</summary>
    /// <param name="spaces">The spaces, any order; exactly the ones without a parent are roots.</param>
    /// <exception cref="DataProblemException">Any structural or population problem (all are listed).</exception>
    public Region(IEnumerable<SocialSpace> spaces)
    {
        ArgumentNullException.ThrowIfNull(spaces);
        _spaces = spaces.ToArray();
        var problems = new List<DataProblem>();
        _index = new Dictionary<SpaceId, int>();
        for (var i = 0; i < _spaces.Length; i++)
        {
            if (!_index.TryAdd(_spaces[i].Id, i))
                problems.Add(new DataProblem($"spaces[{i}]", "id", _spaces[i].Id.Value, "duplicate space id"));
        }
        _parent = new int[_spaces.Length];
        var kids = new List<int>[_spaces.Length];
        for (var i = 0; i < _spaces.Length; i++) kids[i] = [];
        for (var i = 0; i < _spaces.Length; i++)
        {
            _parent[i] = -1;
            if (_spaces[i].Parent is not { } p) continue;
            if (!_index.TryGetValue(p, out var pi))
            {
                problems.Add(new DataProblem($"space '{_spaces[i].Id}'", "parent", p.Value, "unknown parent space"));
                continue;
            }
            if (_spaces[pi].Level >= _spaces[i].Level)
                problems.Add(new DataProblem($"space '{_spaces[i].Id}'", "level", _spaces[i].Level.ToString(),
                    $"level must be below its parent's level ({_spaces[pi].Level} of '{p}')"));
            _parent[i] = pi;
            kids[pi].Add(i);
        }
        _children = kids.Select(k => k.ToArray()).ToArray();
        if (problems.Count > 0) throw new DataProblemException(problems);
    }

    /// <summary>All spaces in the given order.</summary>
    public IReadOnlyList<SocialSpace> Spaces => _spaces;

    /// <summary>The spaces without a parent.</summary>
    public IEnumerable<SocialSpace> Roots => Enumerable.Range(0, _spaces.Length).Where(i => _parent[i] < 0).Select(i => _spaces[i]);

    /// <summary>Number of spaces.</summary>
    public int Count => _spaces.Length;

    /// <summary>Whether a space exists.</summary>
    /// <param name="id">The id.</param>
    /// <returns>Whether it exists.</returns>
    public bool Contains(SpaceId id) => _index.ContainsKey(id);

    /// <summary>The position of a space in <see cref="Spaces"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The index.</returns>
    /// <exception cref="KeyNotFoundException">Unknown id.</exception>
    public int IndexOf(SpaceId id) => _index.TryGetValue(id, out var i) ? i : throw new KeyNotFoundException($"space id '{id}' is not in the region.");

    /// <summary>A space by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The space.</returns>
    /// <exception cref="KeyNotFoundException">Unknown id.</exception>
    public SocialSpace this[SpaceId id] => _spaces[IndexOf(id)];

    /// <summary>Tries to get a space.</summary>
    /// <param name="id">The id.</param>
    /// <param name="space">The space on success.</param>
    /// <returns>Whether it exists.</returns>
    public bool TryGet(SpaceId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SocialSpace? space)
    {
        space = _index.TryGetValue(id, out var i) ? _spaces[i] : null;
        return space is not null;
    }

    /// <summary>The parent of a space, or null for a root.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The parent.</returns>
    public SocialSpace? ParentOf(SpaceId id) => _parent[IndexOf(id)] is var p && p >= 0 ? _spaces[p] : null;

    /// <summary>The direct children of a space, in the given order.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The children.</returns>
    public IReadOnlyList<SocialSpace> ChildrenOf(SpaceId id) => _children[IndexOf(id)].Select(i => _spaces[i]).ToArray();

    /// <summary>All descendants of a space, depth first, in the given order.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The descendants (not including the space).</returns>
    public IReadOnlyList<SocialSpace> DescendantsOf(SpaceId id)
    {
        var result = new List<SocialSpace>();
        void Walk(int i)
        {
            foreach (var c in _children[i])
            {
                result.Add(_spaces[c]);
                Walk(c);
            }
        }
        Walk(IndexOf(id));
        return result;
    }

    /// <summary>The ancestors of a space from its parent up to the root.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The ancestors.</returns>
    public IReadOnlyList<SocialSpace> AncestorsOf(SpaceId id)
    {
        var result = new List<SocialSpace>();
        for (var p = _parent[IndexOf(id)]; p >= 0; p = _parent[p]) result.Add(_spaces[p]);
        return result;
    }

    /// <summary>The spaces of one level, in the given order.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The spaces.</returns>
    public IReadOnlyList<SocialSpace> AtLevel(SpaceLevel level) => _spaces.Where(s => s.Level == level).ToArray();

    /// <summary>The leaf descendants (spaces without children) below a space, or the space itself when it is a leaf.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The leaves.</returns>
    public IReadOnlyList<SocialSpace> LeavesOf(SpaceId id)
    {
        var i = IndexOf(id);
        if (_children[i].Length == 0) return [_spaces[i]];
        return DescendantsOf(id).Where(s => _children[IndexOf(s.Id)].Length == 0).ToArray();
    }

    /// <summary>
    /// The population total of a space: its own when given, otherwise the sum over its children (recursively).
    /// </summary>
    /// <param name="id">The id.</param>
    /// <returns>The total, or null when neither the space nor all of its children (recursively) have populations.</returns>
    public long? AggregatePopulationTotal(SpaceId id) => Total(IndexOf(id));

    /// <summary>
    /// The number of persons in an age band for a space: its own population when it can answer the band, otherwise the
    /// sum over its children.
    /// </summary>
    /// <param name="id">The id.</param>
    /// <param name="band">The age band (a union of given bands).</param>
    /// <returns>The count, or null when it cannot be answered.</returns>
    public long? AggregatePopulation(SpaceId id, AgeBand band) => CountIn(IndexOf(id), band);

    private long? Total(int i)
    {
        if (_spaces[i].Population is { } p) return p.Total;
        if (_children[i].Length == 0) return null;
        long sum = 0;
        foreach (var c in _children[i])
        {
            if (Total(c) is not { } t) return null;
            sum += t;
        }
        return sum;
    }

    private long? CountIn(int i, AgeBand band)
    {
        if (_spaces[i].Population is { } p && p.TryCount(band, out var n)) return n;
        if (_children[i].Length == 0) return null;
        long sum = 0;
        foreach (var c in _children[i])
        {
            if (CountIn(c, band) is not { } t) return null;
            sum += t;
        }
        return sum;
    }

    /// <summary>
    /// Parents whose population differs from the sum over their children (<em>Summenabgleich</em>): one warning per
    /// parent and total or age band whose difference exceeds the tolerance, naming both numbers.
    /// </summary>
    /// <param name="relativeTolerance">Allowed difference as a share of the parent's figure (0.01 = 1 %), 0 to 1;
    /// 0 (default) warns on any difference.</param>
    /// <returns>Warnings (<see cref="ProblemSeverity.Warning"/>), field <c>population.total</c> or
    /// <c>population[band]</c>, value the parent's figure, the children's sum in the message; empty when consistent.
    /// Parents with a child without population are not checked.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is not within 0 and 1.</exception>
    public IReadOnlyList<DataProblem> PopulationMismatches(double relativeTolerance = 0)
    {
        if (!(relativeTolerance >= 0 && relativeTolerance <= 1))
            throw new ArgumentOutOfRangeException(nameof(relativeTolerance), relativeTolerance, "relativeTolerance: must be within 0 and 1.");
        var problems = new List<DataProblem>();
        CheckPopulations(problems, relativeTolerance);
        return problems;
    }

    private void CheckPopulations(List<DataProblem> problems, double tolerance)
    {
        bool Differs(long own, long sum) => Math.Abs(own - sum) > tolerance * Math.Abs(own);
        for (var i = 0; i < _spaces.Length; i++)
        {
            if (_spaces[i].Population is not { } own || _children[i].Length == 0) continue;
            long sum = 0;
            var complete = true;
            foreach (var c in _children[i])
            {
                if (Total(c) is { } t) sum += t;
                else complete = false;
            }
            if (!complete) continue;
            if (Differs(own.Total, sum))
            {
                problems.Add(new DataProblem($"space '{_spaces[i].Id}'", "population.total",
                    own.Total.ToString(CultureInfo.InvariantCulture),
                    $"population {own.Total.ToString(CultureInfo.InvariantCulture)} differs from the sum over its children ({sum.ToString(CultureInfo.InvariantCulture)}, difference {(own.Total - sum).ToString("+0;-0", CultureInfo.InvariantCulture)}); each space keeps its own figure")
                    { Severity = ProblemSeverity.Warning });
                continue;
            }
            foreach (var band in own.Bands)
            {
                long bandSum = 0;
                var answerable = true;
                foreach (var c in _children[i])
                {
                    if (CountIn(c, band) is { } t) bandSum += t;
                    else answerable = false;
                }
                if (answerable && Differs(own.Count(band), bandSum))
                    problems.Add(new DataProblem($"space '{_spaces[i].Id}'", $"population[{band}]",
                        own.Count(band).ToString(CultureInfo.InvariantCulture),
                        $"population {own.Count(band).ToString(CultureInfo.InvariantCulture)} differs from the sum over its children ({bandSum.ToString(CultureInfo.InvariantCulture)}); each space keeps its own figure")
                    { Severity = ProblemSeverity.Warning });
            }
        }
        // Cycles cannot occur: levels strictly increase from parent to child (checked above).
    }
}
