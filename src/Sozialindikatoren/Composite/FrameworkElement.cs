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
