using System.Globalization;

namespace Sozialindikatoren.Access;

/// <summary>
/// The result of a Huff redistribution (<em>Umverteilung nach dem Huff-Modell</em>): expected clients and overload per
/// site, demand left without any open site in reach per zone.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class HuffResult
{
    private readonly double[] _expected;
    private readonly double[] _overload;
    private readonly double[] _unreached;

    internal HuffResult(TravelCosts costs, double[] expected, double[] overload, double[] unreached)
    {
        SiteIds = costs.SiteIds;
        ZoneIds = costs.ZoneIds;
        _expected = expected;
        _overload = overload;
        _unreached = unreached;
        TotalUnreached = unreached.Sum();
        TotalOverload = overload.Sum();
    }

    /// <summary>The site ids.</summary>
    public IReadOnlyList<string> SiteIds { get; }

    /// <summary>The zone ids.</summary>
    public IReadOnlyList<string> ZoneIds { get; }

    /// <summary>Expected clients per site E_j = Σ_i P_i p_ij (0 for closed sites).</summary>
    public IReadOnlyList<double> Expected => Array.AsReadOnly(_expected);

    /// <summary>Overload per site max(E_j − S_j, 0) (<em>Überlast</em>).</summary>
    public IReadOnlyList<double> Overload => Array.AsReadOnly(_overload);

    /// <summary>Demand per zone with no open site in reach (kept as unserved demand).</summary>
    public IReadOnlyList<double> Unreached => Array.AsReadOnly(_unreached);

    /// <summary>Σ of <see cref="Unreached"/>.</summary>
    public double TotalUnreached { get; }

    /// <summary>Σ of <see cref="Overload"/>.</summary>
    public double TotalOverload { get; }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Huff: {_expected.Length} sites, overload {TotalOverload}, unreached demand {TotalUnreached}");
}
