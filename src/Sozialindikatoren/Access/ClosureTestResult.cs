using System.Globalization;

namespace Sozialindikatoren.Access;

/// <summary>
/// The result of a closure test (<em>Erreichbarkeitsprüfung bei Schließung</em>, after the G-BA
/// Sicherstellungszuschläge rule): the cost to the nearest open site per zone before and after, and the people beyond
/// the threshold.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ClosureTestResult
{
    private readonly double[] _before;
    private readonly double[] _after;

    internal ClosureTestResult(IReadOnlyList<string> zoneIds, double[] before, double[] after, double threshold, double beyondBefore, double beyondAfter, double additional)
    {
        ZoneIds = zoneIds;
        _before = before;
        _after = after;
        Threshold = threshold;
        PeopleBeyondBefore = beyondBefore;
        PeopleBeyondAfter = beyondAfter;
        AdditionalPeopleBeyond = additional;
    }

    /// <summary>The zone ids.</summary>
    public IReadOnlyList<string> ZoneIds { get; }

    /// <summary>Cost to the nearest open site before the closure (+∞ when none is stored).</summary>
    public IReadOnlyList<double> NearestBefore => Array.AsReadOnly(_before);

    /// <summary>Cost to the nearest open site after the closure (+∞ when none is stored).</summary>
    public IReadOnlyList<double> NearestAfter => Array.AsReadOnly(_after);

    /// <summary>The threshold: a zone is beyond when its nearest open site costs strictly more.</summary>
    public double Threshold { get; }

    /// <summary>People whose nearest open site is beyond the threshold before.</summary>
    public double PeopleBeyondBefore { get; }

    /// <summary>People whose nearest open site is beyond the threshold after.</summary>
    public double PeopleBeyondAfter { get; }

    /// <summary>People within the threshold before and beyond it after (<em>zusätzlich Betroffene</em>; the G-BA
    /// measure: e.g. ≥ 5,000 people beyond 30 car minutes endangers basic care).</summary>
    public double AdditionalPeopleBeyond { get; }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"closure test (> {Threshold}): before {PeopleBeyondBefore}, after {PeopleBeyondAfter}, additional {AdditionalPeopleBeyond}");
}
