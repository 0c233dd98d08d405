using System.Globalization;

namespace Sozialindikatoren.Composite;

/// <summary>The role of a row in the index framework (COINr's <c>Type</c> column of <c>iMeta</c>).</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum FrameworkElementType
{
    /// <summary>A measured indicator (<em>Indikator</em>), level 1.</summary>
    Indicator = 0,
    /// <summary>An aggregate (<em>Teilindex</em>, <em>Dimension</em>, <em>Gesamtindex</em>), level ≥ 2.</summary>
    Aggregate = 1,
    /// <summary>A grouping column of the data (e.g. a region type), used for group imputation.</summary>
    Group = 2,
    /// <summary>A denominator column (e.g. population), used to turn counts into rates.</summary>
    Denominator = 3,
}

/// <summary>
/// One row of the index framework (<em>Indikatorenrahmen</em>; COINr's <c>iMeta</c> row): an indicator, an aggregate,
/// a group column or a denominator column.
/// </summary>
/// <remarks>Conventions as in COINr: <see cref="Direction"/> +1 means a higher value is better (higher score), −1
/// that a higher value is worse; the composite score therefore grows with "goodness". The <em>need</em> orientation of
/// <c>SocialIndex</c> is the opposite and is documented there.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class FrameworkElement
{
    /// <summary>Creates an element.</summary>
    /// <param name="code">Unique code (<c>iCode</c>), non-empty.</param>
    /// <param name="type">The role.</param>
    /// <param name="level">1 for indicators, ≥ 2 for aggregates, 0 for groups and denominators.</param>
    /// <param name="parent">The aggregate this element feeds (required for indicators and non-top aggregates), else null.</param>
    /// <param name="direction">+1 or −1 for indicators; ignored (stored as +1) otherwise.</param>
    /// <param name="weight">Relative weight within the parent, finite and ≥ 0; ignored for groups and denominators.</param>
    /// <param name="name">Optional display name (<c>iName</c>).</param>
    /// <param name="denominator">Optional code of the denominator column this indicator is divided by.</param>
    /// <param name="target">Optional target value (used by distance-to-target normalisation), NaN when none.</param>
    /// <exception cref="ArgumentException">A value violates the rules above (the message names field and value).</exception>
    public FrameworkElement(string code, FrameworkElementType type, int level, string? parent, int direction = 1, double weight = 1,
        string? name = null, string? denominator = null, double target = double.NaN)
    {
        if (string.IsNullOrWhiteSpace(code)) throw new ArgumentException("code: must be non-empty.", nameof(code));
        if (!Enum.IsDefined(type)) throw new ArgumentException($"type: unknown element type {type} for '{code}'.", nameof(type));
        var isTree = type is FrameworkElementType.Indicator or FrameworkElementType.Aggregate;
        if (type == FrameworkElementType.Indicator && level != 1)
            throw new ArgumentException($"level: indicator '{code}' must have level 1, was {level}.", nameof(level));
        if (type == FrameworkElementType.Aggregate && level < 2)
            throw new ArgumentException($"level: aggregate '{code}' must have level ≥ 2, was {level}.", nameof(level));
        if (type == FrameworkElementType.Indicator && direction is not (1 or -1))
            throw new ArgumentException($"direction: indicator '{code}' must have direction +1 or -1, was {direction}.", nameof(direction));
        if (isTree && (!double.IsFinite(weight) || weight < 0))
            throw new ArgumentException($"weight: '{code}' must have a finite weight ≥ 0, was {weight.ToString(CultureInfo.InvariantCulture)}.", nameof(weight));
        if (double.IsInfinity(target))
            throw new ArgumentException($"target: '{code}' must be finite or NaN, was {target.ToString(CultureInfo.InvariantCulture)}.", nameof(target));
        Code = code;
        Type = type;
        Level = isTree ? level : 0;
        Parent = string.IsNullOrWhiteSpace(parent) || !isTree ? null : parent;
        Direction = type == FrameworkElementType.Indicator ? direction : 1;
        Weight = isTree ? weight : 0;
        Name = name ?? code;
        Denominator = string.IsNullOrWhiteSpace(denominator) || type != FrameworkElementType.Indicator ? null : denominator;
        Target = target;
    }

    /// <summary>The code (<c>iCode</c>).</summary>
    public string Code { get; }

    /// <summary>The role.</summary>
    public FrameworkElementType Type { get; }

    /// <summary>Level in the hierarchy: 1 indicator, 2… aggregates, 0 for group and denominator columns.</summary>
    public int Level { get; }

    /// <summary>The parent aggregate, or null at the top and for non-tree elements.</summary>
    public string? Parent { get; }

    /// <summary>+1: higher is better; −1: higher is worse (indicators only; +1 otherwise).</summary>
    public int Direction { get; }

    /// <summary>Relative weight within the parent (renormalised over available siblings at aggregation).</summary>
    public double Weight { get; }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>Denominator column code, or null.</summary>
    public string? Denominator { get; }

    /// <summary>Target value for distance-to-target normalisation, NaN when none.</summary>
    public double Target { get; }

    /// <summary>The same element with another weight.</summary>
    /// <param name="weight">The new weight (finite, ≥ 0).</param>
    /// <returns>A new element.</returns>
    public FrameworkElement WithWeight(double weight) => new(Code, Type, Level, Parent, Direction, weight, Name, Denominator, Target);

    /// <summary>The code, type and level.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code} ({Type}, level {Level})");
}

/// <summary>
/// The index framework (<em>Indikatorenrahmen</em>, <em>Indexstruktur</em>): a hierarchy of any depth from indicators
/// (level 1) through aggregates (levels 2…L) to the index at the top, plus group and denominator columns.
/// </summary>
/// <remarks>
/// <para>Validation: codes unique; every indicator has a parent; every parent exists, is an aggregate and sits exactly
/// one level above its child; every aggregate has at least one child; aggregates below the top level have a parent;
/// denominators named by indicators exist as <see cref="FrameworkElementType.Denominator"/> rows. All problems are
/// collected and reported together.</para>
/// <para>Order is kept as given (meta-file order); it defines column order in results.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class IndexFramework
{
    private readonly FrameworkElement[] _elements;
    private readonly Dictionary<string, FrameworkElement> _byCode;
    private readonly Dictionary<string, string[]> _children;

    /// <summary>Creates and validates a framework.</summary>
    /// <param name="elements">All rows, in meta order.</param>
    /// <exception cref="ArgumentException">The framework is inconsistent; the message lists every problem.</exception>
    public IndexFramework(IEnumerable<FrameworkElement> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        _elements = elements.ToArray();
        var problems = new List<string>();
        _byCode = new Dictionary<string, FrameworkElement>(StringComparer.Ordinal);
        foreach (var e in _elements)
        {
            if (!_byCode.TryAdd(e.Code, e)) problems.Add($"code '{e.Code}' appears more than once");
        }
        var tree = _elements.Where(e => e.Type is FrameworkElementType.Indicator or FrameworkElementType.Aggregate).ToArray();
        if (!tree.Any(e => e.Type == FrameworkElementType.Indicator)) problems.Add("no indicator rows");
        MaxLevel = tree.Length == 0 ? 1 : tree.Max(e => e.Level);
        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var e in tree)
        {
            if (e.Parent is null)
            {
                if (e.Level != MaxLevel) problems.Add($"'{e.Code}' (level {e.Level}) has no parent but is below the top level {MaxLevel}");
                continue;
            }
            if (!_byCode.TryGetValue(e.Parent, out var p)) { problems.Add($"parent '{e.Parent}' of '{e.Code}' does not exist"); continue; }
            if (p.Type != FrameworkElementType.Aggregate) { problems.Add($"parent '{e.Parent}' of '{e.Code}' is not an aggregate"); continue; }
            if (p.Level != e.Level + 1) { problems.Add($"parent '{e.Parent}' (level {p.Level}) of '{e.Code}' (level {e.Level}) must be exactly one level up"); continue; }
            if (!children.TryGetValue(p.Code, out var list)) children[p.Code] = list = [];
            list.Add(e.Code);
        }
        foreach (var a in tree.Where(e => e.Type == FrameworkElementType.Aggregate))
        {
            if (!children.ContainsKey(a.Code)) problems.Add($"aggregate '{a.Code}' has no children");
        }
        foreach (var e in tree.Where(e => e.Denominator is not null))
        {
            if (!_byCode.TryGetValue(e.Denominator!, out var d) || d.Type != FrameworkElementType.Denominator)
                problems.Add($"denominator '{e.Denominator}' of '{e.Code}' is not a Denominator row");
        }
        if (problems.Count > 0)
            throw new ArgumentException("elements: invalid index framework: " + string.Join("; ", problems) + ".", nameof(elements));
        _children = children.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        Indicators = tree.Where(e => e.Type == FrameworkElementType.Indicator).Select(e => e.Code).ToArray();
        Aggregates = tree.Where(e => e.Type == FrameworkElementType.Aggregate).OrderBy(e => e.Level).Select(e => e.Code).ToArray();
        Groups = _elements.Where(e => e.Type == FrameworkElementType.Group).Select(e => e.Code).ToArray();
        Denominators = _elements.Where(e => e.Type == FrameworkElementType.Denominator).Select(e => e.Code).ToArray();
    }

    /// <summary>All rows in meta order.</summary>
    public IReadOnlyList<FrameworkElement> Elements => _elements;

    /// <summary>Indicator codes in meta order.</summary>
    public IReadOnlyList<string> Indicators { get; }

    /// <summary>Aggregate codes, level by level from the lowest, in meta order within a level.</summary>
    public IReadOnlyList<string> Aggregates { get; }

    /// <summary>Group column codes.</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>Denominator column codes.</summary>
    public IReadOnlyList<string> Denominators { get; }

    /// <summary>The top level (1 when there are no aggregates).</summary>
    public int MaxLevel { get; }

    /// <summary>Codes at the top level (usually the single index).</summary>
    public IReadOnlyList<string> TopCodes => _elements.Where(e => e.Level == MaxLevel && e.Type is FrameworkElementType.Aggregate or FrameworkElementType.Indicator).Select(e => e.Code).ToArray();

    /// <summary>An element by code.</summary>
    /// <param name="code">The code.</param>
    /// <exception cref="KeyNotFoundException">No such element.</exception>
    public FrameworkElement this[string code] =>
        _byCode.TryGetValue(code, out var e) ? e : throw new KeyNotFoundException($"code: no element '{code}' in the framework.");

    /// <summary>Whether an element exists.</summary>
    /// <param name="code">The code.</param>
    /// <returns>Whether it exists.</returns>
    public bool Contains(string code) => _byCode.ContainsKey(code);

    /// <summary>The children of an aggregate, in meta order (empty for indicators).</summary>
    /// <param name="code">The aggregate code.</param>
    /// <returns>The child codes.</returns>
    public IReadOnlyList<string> Children(string code) => _children.TryGetValue(code, out var c) ? c : [];

    /// <summary>Aggregate codes at a level, in meta order.</summary>
    /// <param name="level">Level ≥ 2.</param>
    /// <returns>The codes.</returns>
    public IReadOnlyList<string> AggregatesAt(int level) => Aggregates.Where(a => _byCode[a].Level == level).ToArray();

    /// <summary>The framework with some weights replaced.</summary>
    /// <param name="weights">New weights by code (indicators and aggregates); codes not listed keep their weight.</param>
    /// <returns>A new framework.</returns>
    /// <exception cref="KeyNotFoundException">A code is unknown.</exception>
    public IndexFramework WithWeights(IReadOnlyDictionary<string, double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        foreach (var code in weights.Keys)
            if (!_byCode.ContainsKey(code)) throw new KeyNotFoundException($"weights: no element '{code}' in the framework.");
        return new IndexFramework(_elements.Select(e => weights.TryGetValue(e.Code, out var w) ? e.WithWeight(w) : e));
    }

    /// <summary>The weights of all indicators and aggregates by code.</summary>
    /// <returns>A new dictionary.</returns>
    public IReadOnlyDictionary<string, double> GetWeights() =>
        _elements.Where(e => e.Type is FrameworkElementType.Indicator or FrameworkElementType.Aggregate)
            .ToDictionary(e => e.Code, e => e.Weight, StringComparer.Ordinal);

    /// <summary>Counts of indicators, aggregates and levels.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"IndexFramework {Indicators.Count} indicators, {Aggregates.Count} aggregates, {MaxLevel} levels");
}
