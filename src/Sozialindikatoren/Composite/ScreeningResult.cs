using System.Globalization;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Composite;

/// <summary>How units are screened (COINr's <c>Screen(unit_screen = …)</c>).</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum ScreeningRule
{
    /// <summary>Keep a unit when its share of non-missing indicators is ≥ the threshold (<c>byNA</c>).</summary>
    ByMissing = 0,
    /// <summary>Keep a unit when its share of non-zero values among its non-missing values is ≥ the non-zero threshold (<c>byzeros</c>).</summary>
    ByZeros = 1,
    /// <summary>Both conditions (<c>byNAandzeros</c>).</summary>
    ByMissingAndZeros = 2,
}

/// <summary>The outcome of unit screening: the kept table and, per input unit, the availability figures.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ScreeningResult
{
    internal ScreeningResult(IndicatorTable table, SpaceId[] removed, double[] availability, double[] nonZeroShare)
    {
        Table = table;
        Removed = removed;
        Availability = availability;
        NonZeroShare = nonZeroShare;
    }

    /// <summary>The data of the kept units, in input order.</summary>
    public IndicatorTable Table { get; }

    /// <summary>The removed units, in input order.</summary>
    public IReadOnlyList<SpaceId> Removed { get; }

    /// <summary>Per input unit: non-missing indicators / all indicators (<em>Datenverfügbarkeit</em>).</summary>
    public IReadOnlyList<double> Availability { get; }

    /// <summary>Per input unit: non-zero values / non-missing values (1 when all are missing).</summary>
    public IReadOnlyList<double> NonZeroShare { get; }
}
