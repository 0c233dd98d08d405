using System.Globalization;

namespace Sozialindikatoren.Composite;

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
