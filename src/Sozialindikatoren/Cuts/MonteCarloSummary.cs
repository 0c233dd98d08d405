using System.Globalization;
using System.Text;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Cuts;

/// <summary>The Monte Carlo summary (<em>Monte-Carlo-Auswertung</em>) over uncertain response parameters.</summary>
/// <remarks>
/// Per draw, every offering the model responds for (cut, no statement, no co-financing failure) draws a, e and v from the
/// option distributions; lost funding does not depend on them (it is the scenario's cut), the unabsorbed loss does.
/// Unmet demand per draw is the local measure Σ max(0, demand − supply) over cells (computed for every draw).
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class MonteCarloSummary
{
    internal MonteCarloSummary(int draws, ulong seed, PercentileSummary lostFunding, PercentileSummary unabsorbedLoss,
        PercentileSummary closures, PercentileSummary locatedGaps, PercentileSummary unmetDemand, bool cellPercentilesKept,
        IReadOnlyDictionary<CapacityUnit, PercentileSummary> lostCapacityShareByUnit, UnmetDemandMethod unmetDemandMethod)
    {
        LostCapacityShareByUnit = lostCapacityShareByUnit;
        Draws = draws;
        Seed = seed;
        LostFunding = lostFunding;
        UnabsorbedLoss = unabsorbedLoss;
        Closures = closures;
        LocatedGaps = locatedGaps;
        UnmetDemand = unmetDemand;
        CellPercentilesKept = cellPercentilesKept;
        UnmetDemandMethod = unmetDemandMethod;
    }

    /// <summary>Number of draws.</summary>
    public int Draws { get; }

    /// <summary>The master seed.</summary>
    public ulong Seed { get; }

    /// <summary>Total lost funding per draw, EUR per year.</summary>
    public PercentileSummary LostFunding { get; }

    /// <summary>Total unabsorbed loss per draw, EUR per year.</summary>
    public PercentileSummary UnabsorbedLoss { get; }

    /// <summary>Lost capacity share per draw for each capacity unit present: 1 − Σ capacity after / Σ capacity before over
    /// the offerings of that unit (a fraction from 0 to 1). Units without capacity are absent.</summary>
    public IReadOnlyDictionary<CapacityUnit, PercentileSummary> LostCapacityShareByUnit { get; }

    /// <summary>Number of closures per draw.</summary>
    public PercentileSummary Closures { get; }

    /// <summary>Located gaps per draw: number of cells under-supplied (under or severe) after the cut.</summary>
    public PercentileSummary LocatedGaps { get; }

    /// <summary>Total unmet demand per draw as a share of each domain's demand, summed over domains (unit-free).</summary>
    public PercentileSummary UnmetDemand { get; }

    /// <summary>Whether per-cell coverage percentiles were kept (see <see cref="CutOptions.MaxCellDrawValues"/>).</summary>
    public bool CellPercentilesKept { get; }

    /// <summary>How unmet demand was computed in the draws: always <see cref="Cuts.UnmetDemandMethod.Local"/>
    /// (max(0, demand − supply) per space and domain, every draw; the allocation runs for the nominal result only).</summary>
    public UnmetDemandMethod UnmetDemandMethod { get; }
}
