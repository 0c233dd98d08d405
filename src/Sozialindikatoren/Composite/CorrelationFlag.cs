using System.Globalization;

namespace Sozialindikatoren.Composite;

/// <summary>What a correlation flag warns about.</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum CorrelationFlagKind
{
    /// <summary>|r| ≥ threshold (default 0.9): the two indicators are nearly redundant (double counting).</summary>
    Collinear = 0,
    /// <summary>r &lt; 0 inside the same aggregate: the indicators pull in opposite directions (check polarity).</summary>
    Negative = 1,
}

/// <summary>A flagged pair of indicators within one aggregate.</summary>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly record struct CorrelationFlag(string Parent, string First, string Second, double R, CorrelationFlagKind Kind);
