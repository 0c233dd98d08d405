using System.Globalization;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Gaps;

/// <summary>How supply per space is counted (<em>Angebotszuordnung</em>).</summary>
public enum SupplyMode
{
    /// <summary>
    /// <em>Standortprinzip</em>: the capacity of the offerings located in the space (CLI <c>located</c>). An offering
    /// located below the base level counts in its base-level ancestor; one located above it (e.g. a county-wide service
    /// registered at the county) is split over the base spaces below its location in proportion to their required
    /// capacity (population when there is no demand; equal shares when there is neither).
    /// </summary>
    Located = 0,
    /// <summary>
    /// <em>Einzugsgebiet</em>: each offering's capacity is split over its served spaces
    /// (<see cref="Offering.ServedSpaces"/>, default the location) in proportion to their required capacity, with the
    /// same mapping to base spaces as <see cref="Located"/>.
    /// </summary>
    Served = 1,
    /// <summary>
    /// <em>Erreichbarkeit</em>: reachable supply from the two-step floating catchment area method (2SFCA, Luo &amp; Wang
    /// 2003, generalised with a decay; <see cref="Access.Accessibility.TwoStep"/>) with the required capacity D_i of
    /// each base space as demand: R_j = S_j / Σ_k D_k W_kj, A_i = Σ_j W_ij R_j, supply_i = A_i × D_i (CLI
    /// <c>access</c>). The coverage is then A_i × 100 (the catchment-based Versorgungsgrad of reference/accessibility.md).
    /// Σ_i supply_i equals the capacity of the offerings with demand in reach; an offering without demand in reach
    /// counts nowhere and is listed in <see cref="GapAnalysisResult.UnassignedOfferings"/>. Options:
    /// <see cref="GapOptions.Access"/>.
    /// </summary>
    Access = 2,
}

/// <summary>Codes of <see cref="SupplyMode"/> as used on the command line and in files: <c>located</c>, <c>served</c>, <c>access</c>.</summary>
/// <threadsafety>Pure; thread-safe.</threadsafety>
public static class SupplyModeCodes
{
    /// <summary>The codes in enum order.</summary>
    public static IReadOnlyList<string> All { get; } = ["located", "served", "access"];

    /// <summary>The code of a mode.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns><c>located</c>, <c>served</c> or <c>access</c>.</returns>
    public static string ToCode(this SupplyMode mode) => mode switch
    {
        SupplyMode.Located => "located",
        SupplyMode.Served => "served",
        SupplyMode.Access => "access",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "supply mode: unknown value."),
    };

    /// <summary>Parses a code (exact, lower case).</summary>
    /// <param name="code">The code.</param>
    /// <param name="mode">The mode on success.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParseCode(string? code, out SupplyMode mode)
    {
        var i = code is null ? -1 : ((List<string>)["located", "served", "access"]).IndexOf(code);
        mode = i < 0 ? default : (SupplyMode)i;
        return i >= 0;
    }
}
