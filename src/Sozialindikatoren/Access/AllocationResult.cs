using System.Globalization;
using Sozialindikatoren.Optimisation;

namespace Sozialindikatoren.Access;

/// <summary>
/// The result of a capacity-constrained allocation (<em>kapazitätsbeschränkte Zuordnung</em>): served and unmet
/// demand per zone (<em>ungedeckter Bedarf</em>), use and utilisation per site (<em>Auslastung</em>).
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class AllocationResult
{
    private readonly double[] _served;
    private readonly double[] _unmet;
    private readonly double[] _used;
    private readonly double[] _capacity;
    private readonly AllocationFlow[] _flows;

    internal AllocationResult(TravelCosts costs, double[] served, double[] unmet, double[] used, double[] capacity, AllocationFlow[] flows, double radius, long pivots)
    {
        ZoneIds = costs.ZoneIds;
        SiteIds = costs.SiteIds;
        _served = served;
        _unmet = unmet;
        _used = used;
        _capacity = capacity;
        _flows = flows;
        Radius = radius;
        Pivots = pivots;
        double td = 0, ts = 0, tu = 0, tc = 0;
        for (int i = 0; i < served.Length; i++) { ts += served[i]; tu += unmet[i]; td += served[i] + unmet[i]; }
        foreach (var f in flows) tc += f.Amount * f.Cost;
        TotalDemand = td;
        TotalServed = ts;
        TotalUnmet = tu;
        TotalCost = tc;
    }

    /// <summary>The zone ids.</summary>
    public IReadOnlyList<string> ZoneIds { get; }

    /// <summary>The site ids.</summary>
    public IReadOnlyList<string> SiteIds { get; }

    /// <summary>Demand served per zone.</summary>
    public IReadOnlyList<double> Served => Array.AsReadOnly(_served);

    /// <summary>Demand left unserved per zone (<em>ungedeckter Bedarf</em>).</summary>
    public IReadOnlyList<double> Unmet => Array.AsReadOnly(_unmet);

    /// <summary>Capacity used per site.</summary>
    public IReadOnlyList<double> Used => Array.AsReadOnly(_used);

    /// <summary>Utilisation per site, used / capacity in [0, 1]; NaN for a site with capacity 0 (closed).</summary>
    public IReadOnlyList<double> Utilisation => Array.AsReadOnly(_used.Select((u, j) => _capacity[j] > 0 ? u / _capacity[j] : double.NaN).ToArray());

    /// <summary>The positive flows, ordered by zone, then site.</summary>
    public IReadOnlyList<AllocationFlow> Flows => Array.AsReadOnly(_flows);

    /// <summary>Σ P_i.</summary>
    public double TotalDemand { get; }

    /// <summary>Σ served = the maximum flow.</summary>
    public double TotalServed { get; }

    /// <summary>Σ unmet = Σ P_i − maximum flow.</summary>
    public double TotalUnmet { get; }

    /// <summary>Σ t_ij x_ij, the minimal total travel cost among maximal allocations.</summary>
    public double TotalCost { get; }

    /// <summary>The inclusive radius used (+∞ for every stored pair).</summary>
    public double Radius { get; }

    /// <summary>Number of simplex pivots (diagnostic).</summary>
    public long Pivots { get; }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"allocation: demand {TotalDemand}, served {TotalServed}, unmet {TotalUnmet}, cost {TotalCost}");
}
