namespace Sozialindikatoren.Offerings;

/// <summary>
/// The target group of an offering (<em>Zielgruppe</em>): an age band and/or a condition (e.g. over-indebted households,
/// people in need of care), with a free description.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class TargetGroup : IEquatable<TargetGroup>
{
    /// <summary>Creates a target group.</summary>
    /// <param name="description">Description, e.g. <c>Familien mit Kindern unter 3</c>.</param>
    /// <param name="ages">The age band, if the group is defined by age.</param>
    /// <param name="condition">A condition code, e.g. <c>ueberschuldet</c>, <c>pflegebeduerftig</c>, <c>gefluechtet</c>.</param>
    /// <param name="vulnerable">Whether the group is particularly vulnerable (used by the cut-impact score).</param>
    /// <exception cref="ArgumentException">Empty description.</exception>
    public TargetGroup(string description, Spaces.AgeBand? ages = null, string? condition = null, bool vulnerable = false)
    {
        if (string.IsNullOrWhiteSpace(description)) throw new ArgumentException("target group description: must not be empty.", nameof(description));
        Description = description.Trim();
        Ages = ages;
        Condition = string.IsNullOrWhiteSpace(condition) ? null : condition.Trim();
        Vulnerable = vulnerable;
    }

    /// <summary>The description.</summary>
    public string Description { get; }

    /// <summary>The age band, if any.</summary>
    public Spaces.AgeBand? Ages { get; }

    /// <summary>The condition code, if any.</summary>
    public string? Condition { get; }

    /// <summary>Whether the group is particularly vulnerable (<em>besonders vulnerabel</em>).</summary>
    public bool Vulnerable { get; }

    /// <inheritdoc />
    public bool Equals(TargetGroup? other) => other is not null && Description == other.Description && Ages == other.Ages && Condition == other.Condition && Vulnerable == other.Vulnerable;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TargetGroup);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Description, Ages, Condition, Vulnerable);

    /// <summary>The description.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Description;
}
