using System.Globalization;
using NodaTime;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Gaps;

/// <summary>
/// Gap detection (<em>Bestands-Bedarfs-Abgleich</em>, <em>Versorgungslückenanalyse</em>): demand per space and domain from
/// planning norms, supply from the offering inventory, coverage (<em>Versorgungsgrad</em>), under-supply classes, gaps,
/// ranked findings with evidence, conference statements, and aggregation to planning regions and the county.
/// </summary>
/// <remarks>
/// <para><b>Spaces.</b> The base spaces are the leaves of the region (or the spaces of <see cref="GapOptions.BaseLevel"/>);
/// every ancestor of a base space is an aggregate whose figures are sums over its base spaces, so planning-region and
/// county totals are consistent with the spaces by construction.</para>
/// <para><b>Demand</b> per base space b and norm k (domain × unit): D = T × r × f with T the target population (age
/// band of the space's population, or the numerator of the latest indicator record on or before <c>asOf</c>),
/// r = the norm's need rate, f = clamp(1 + s·z_b, 0.5, 2) (s from the options, default 0 = off; z from
/// <see cref="GapOptions.NeedIndex"/>). Interval: [T_lo × r_lo × f, T_hi × r_hi × f] (count interval of indicator
/// targets: exact Poisson below 10 events, Byar from 10; norm range when <see cref="GapOptions.IncludeNormRange"/>).
/// Units are analysed separately, never added.</para>
/// <para><b>Supply</b> per base space: see <see cref="SupplyMode"/>. Offerings are processed in ordinal order of their id,
/// so results do not depend on the order of the inventory (bit-identical sums). An offering whose domain and unit have no
/// norm is not counted and is listed in <see cref="GapAnalysisResult.OfferingsWithoutNorm"/>.</para>
/// <para><b>Coverage</b> c = S / D × 100, classes by <see cref="CoverageThresholds"/>, gap G = D − S, people not covered =
/// max(G, 0) × T / D, certainty from the demand interval (<see cref="GapCertainty"/>).</para>
/// <para><b>Findings</b>: base rows with an at least possible under-supply, ranked by (max(G, 0) / D) × people not covered × f.</para>
/// <para><b>Conference statements</b> dated on or before <c>asOf</c> are compared with the class of their space and domain
/// (a statement about a space below the base level with its base ancestor).</para>
/// <para>Formulas and sources: docs/methodology.md, section "Versorgungslücken"; norms: docs/gaps.md.</para>
/// </remarks>
/// <threadsafety>All members are pure and thread-safe.</threadsafety>
public static class GapAnalysis
{
    /// <summary>Runs a gap analysis.</summary>
    /// <param name="data">The planning data set.</param>
    /// <param name="norms">The norm catalogue, e.g. <see cref="SupplyNorms.Default"/>; applied through
    /// <see cref="SupplyNorms.ForRegion"/> (a norm sourced only from another area's own planning becomes an assumption).</param>
    /// <param name="asOf">The analysis date: selects indicator records and conference statements dated on or before it.</param>
    /// <param name="options">Options (default <see cref="GapOptions.Default"/>).</param>
    /// <returns>The immutable result.</returns>
    /// <exception cref="ArgumentException">The region has no base spaces (e.g. <see cref="GapOptions.BaseLevel"/> matches no space).</exception>
    public static GapAnalysisResult Run(PlanningData data, SupplyNorms norms, LocalDate asOf, GapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(norms);
        options ??= GapOptions.Default;
        // A norm sourced only from another area's own planning is an assumption for this data set.
        norms = norms.ForRegion(data.Region);
        var layout = SpaceLayout.Build(data.Region, options.BaseLevel);
        var demand = DemandTable.Build(data, layout, norms, asOf, options);
        var offerings = data.Offerings.OrderBy(o => o.Id, StringComparer.Ordinal).ToArray();
        var supply = SupplyTable.Build(offerings, data.Region, layout, norms, demand, options, asOf);
        return new GapAnalysisResult(data, norms, asOf, options, layout, demand, supply, offerings);
    }

    internal static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
