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

/// <summary>
/// The coverage thresholds in percent (<em>Schwellenwerte des Versorgungsgrads</em>). Defaults from German planning
/// practice (G-BA Bedarfsplanungs-Richtlinie §§ 24, 29: over-supply above 110 %, under-supply below 75 %, severe
/// under-supply below 50 %).
/// </summary>
/// <remarks>Classes: c &gt; <see cref="Over"/> → over; <see cref="Under"/> ≤ c ≤ <see cref="Over"/> → adequate;
/// <see cref="Severe"/> ≤ c &lt; <see cref="Under"/> → under; c &lt; <see cref="Severe"/> → severe. Requires
/// 0 ≤ severe ≤ under ≤ over, all finite.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class CoverageThresholds
{
    /// <summary>Creates thresholds.</summary>
    /// <param name="over">Over-supply above this percentage (default 110).</param>
    /// <param name="under">Under-supply below this percentage (default 75).</param>
    /// <param name="severe">Severe under-supply below this percentage (default 50).</param>
    /// <exception cref="ArgumentOutOfRangeException">Not finite, negative or not ordered.</exception>
    public CoverageThresholds(double over = 110, double under = 75, double severe = 50)
    {
        if (!double.IsFinite(over) || !double.IsFinite(under) || !double.IsFinite(severe) || severe < 0 || severe > under || under > over)
            throw new ArgumentOutOfRangeException(nameof(under), $"coverage thresholds: need finite 0 <= severe <= under <= over, were severe {F(severe)}, under {F(under)}, over {F(over)}.");
        Over = over;
        Under = under;
        Severe = severe;
    }

    /// <summary>The defaults 110 / 75 / 50.</summary>
    public static CoverageThresholds Default { get; } = new();

    /// <summary>Over-supply above this percentage.</summary>
    public double Over { get; }

    /// <summary>Under-supply below this percentage.</summary>
    public double Under { get; }

    /// <summary>Severe under-supply below this percentage.</summary>
    public double Severe { get; }

    /// <summary>Classifies a coverage in percent (NaN → <see cref="CoverageClass.Unknown"/>).</summary>
    /// <param name="coveragePercent">The coverage.</param>
    /// <returns>The class; monotone non-decreasing in the coverage.</returns>
    public CoverageClass Classify(double coveragePercent)
    {
        if (double.IsNaN(coveragePercent)) return CoverageClass.Unknown;
        if (coveragePercent > Over) return CoverageClass.Over;
        if (coveragePercent >= Under) return CoverageClass.Adequate;
        if (coveragePercent >= Severe) return CoverageClass.Under;
        return CoverageClass.Severe;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"over > {Over} %, under < {Under} %, severe < {Severe} %");

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>
/// A standardised need index per space (<em>Bedarfsindex</em>, e.g. the z-score of the composite social index) used for
/// the need adjustment factor 1 + s·z (clamped to [0.5, 2]).
/// </summary>
/// <remarks>Higher z = more need. Values must be finite. A base space without a value gets factor 1 (no adjustment)
/// and is listed in <see cref="GapAnalysisResult.SpacesWithoutNeedIndex"/>.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class NeedIndex
{
    private readonly Dictionary<SpaceId, double> _z;

    /// <summary>Creates a need index.</summary>
    /// <param name="z">z per space (finite).</param>
    /// <param name="description">What it is, e.g. <c>Sozialindex 2024 (z-Wert)</c>.</param>
    /// <exception cref="ArgumentException">A non-finite value.</exception>
    public NeedIndex(IEnumerable<KeyValuePair<SpaceId, double>> z, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(z);
        _z = new Dictionary<SpaceId, double>();
        foreach (var (k, v) in z)
        {
            if (!double.IsFinite(v)) throw new ArgumentException($"need index z for space '{k}': must be finite, was {v.ToString("R", CultureInfo.InvariantCulture)}.", nameof(z));
            _z[k] = v;
        }
        Description = string.IsNullOrWhiteSpace(description) ? "Bedarfsindex (z)" : description.Trim();
    }

    /// <summary>
    /// The status z of a social index (<see cref="Composite.SocialIndexEntry.StatusZ"/>, higher = more need) as the need
    /// index. Spaces without a status (excluded for small population or without data) get no value, so their need
    /// factor stays 1 and they are listed in <see cref="GapAnalysisResult.SpacesWithoutNeedIndex"/>.
    /// </summary>
    /// <param name="index">The social index, e.g. <c>SocialIndex.Compute(data, SocialIndexOptions.StatusOnly)</c>.</param>
    /// <returns>The need index, described as <c>Sozialindex (Status-z, Stand dd.MM.yyyy)</c>.</returns>
    public static NeedIndex FromSocialIndex(Composite.SocialIndexResult index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return new NeedIndex(index.Entries.Where(e => e.HasStatus).Select(e => new KeyValuePair<SpaceId, double>(e.Space, e.StatusZ)),
            "Sozialindex (Status-z, Stand " + NumberFormat.Date(index.StatusPeriod) + ")");
    }

    /// <summary>What the index is.</summary>
    public string Description { get; }

    /// <summary>The values.</summary>
    public IReadOnlyDictionary<SpaceId, double> Values => _z;

    /// <summary>Tries to get z of a space.</summary>
    /// <param name="space">The space.</param>
    /// <param name="z">z on success.</param>
    /// <returns>Whether the space has a value.</returns>
    public bool TryGet(SpaceId space, out double z) => _z.TryGetValue(space, out z);
}

/// <summary>
/// Options of a gap analysis (<see cref="GapAnalysis.Run"/>). Every option is named; defaults: supply split over the
/// served spaces (<see cref="SupplyMode.Served"/>, the one default of the gap analysis, the cut analysis and the committee report), thresholds 110 / 75 / 50, no need adjustment (s = 0), base level = the leaves of the region, 95 % intervals,
/// norm ranges included in the demand interval.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class GapOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="supply">How supply is counted (default <see cref="SupplyMode.Served"/>).</param>
    /// <param name="thresholds">Coverage thresholds (default <see cref="CoverageThresholds.Default"/>).</param>
    /// <param name="needSensitivity">s of the need factor 1 + s·z, finite (default 0 = off).</param>
    /// <param name="needIndex">z per space; required when s ≠ 0 to have any effect.</param>
    /// <param name="baseLevel">The level analysed per space (default: the leaves of the region, i.e. spaces without
    /// children); all levels above are aggregates.</param>
    /// <param name="confidence">Level of the count intervals of indicator targets (default 95 %).</param>
    /// <param name="includeNormRange">Whether a norm's published range widens the demand interval (default true).</param>
    /// <param name="needSensitivityByDomain">Per-domain overrides of s (e.g. 0 for a legal-claim domain).</param>
    /// <param name="access">Options of the catchment-based supply (<see cref="SupplyMode"/> access), or null.</param>
    /// <exception cref="ArgumentException">Unknown mode, non-finite s, or an invalid level.</exception>
    public GapOptions(SupplyMode supply = SupplyMode.Served, CoverageThresholds? thresholds = null, double needSensitivity = 0,
        NeedIndex? needIndex = null, SpaceLevel? baseLevel = null, ConfidenceLevel? confidence = null, bool includeNormRange = true,
        IReadOnlyDictionary<ServiceDomain, double>? needSensitivityByDomain = null, AccessSupplyOptions? access = null)
    {
        if (!Enum.IsDefined(supply)) throw new ArgumentOutOfRangeException(nameof(supply), supply, "gap options supply: unknown mode.");
        if (!double.IsFinite(needSensitivity)) throw new ArgumentOutOfRangeException(nameof(needSensitivity), needSensitivity, "gap options needSensitivity: must be finite.");
        if (baseLevel is { } bl && !Enum.IsDefined(bl)) throw new ArgumentOutOfRangeException(nameof(baseLevel), bl, "gap options baseLevel: unknown level.");
        var byDomain = new Dictionary<ServiceDomain, double>();
        foreach (var (d, s) in needSensitivityByDomain ?? new Dictionary<ServiceDomain, double>())
        {
            if (!double.IsFinite(s)) throw new ArgumentOutOfRangeException(nameof(needSensitivityByDomain), s, $"gap options needSensitivityByDomain[{d}]: must be finite.");
            byDomain[d] = s;
        }
        Supply = supply;
        Thresholds = thresholds ?? CoverageThresholds.Default;
        NeedSensitivity = needSensitivity;
        NeedIndex = needIndex;
        BaseLevel = baseLevel;
        Confidence = confidence ?? ConfidenceLevel.Percent95;
        Confidence.EnsureValid(nameof(confidence));
        IncludeNormRange = includeNormRange;
        NeedSensitivityByDomain = byDomain;
        Access = access ?? AccessSupplyOptions.Default;
    }

    /// <summary>The defaults.</summary>
    public static GapOptions Default { get; } = new();

    /// <summary>The same options with another need index (e.g. the status z of the social index computed by
    /// <c>Analysis.PlanningAnalysis</c>); everything else unchanged.</summary>
    /// <param name="needIndex">The need index, or null for none.</param>
    /// <returns>The new options.</returns>
    public GapOptions WithNeedIndex(NeedIndex? needIndex) =>
        new(Supply, Thresholds, NeedSensitivity, needIndex, BaseLevel, Confidence, IncludeNormRange, NeedSensitivityByDomain, Access);

    /// <summary>How supply is counted.</summary>
    public SupplyMode Supply { get; }

    /// <summary>The coverage thresholds.</summary>
    public CoverageThresholds Thresholds { get; }

    /// <summary>s of the need factor (0 = off).</summary>
    public double NeedSensitivity { get; }

    /// <summary>Per-domain overrides of s.</summary>
    public IReadOnlyDictionary<ServiceDomain, double> NeedSensitivityByDomain { get; }

    /// <summary>z per space, or null.</summary>
    public NeedIndex? NeedIndex { get; }

    /// <summary>The analysed level, or null for the leaves.</summary>
    public SpaceLevel? BaseLevel { get; }

    /// <summary>The level of count intervals.</summary>
    public ConfidenceLevel Confidence { get; }

    /// <summary>Whether norm ranges widen the demand interval.</summary>
    public bool IncludeNormRange { get; }

    /// <summary>Options of the catchment-based supply.</summary>
    public AccessSupplyOptions Access { get; }

    /// <summary>s for a domain: the override when given, else <see cref="NeedSensitivity"/>.</summary>
    /// <param name="domain">The domain.</param>
    /// <returns>s.</returns>
    public double SensitivityFor(ServiceDomain domain) => NeedSensitivityByDomain.TryGetValue(domain, out var s) ? s : NeedSensitivity;

    /// <summary>The need factor 1 + s·z clamped to [0.5, 2].</summary>
    /// <param name="s">Sensitivity.</param>
    /// <param name="z">Standardised need index.</param>
    /// <returns>The factor.</returns>
    public static double NeedFactor(double s, double z) => Math.Clamp(1 + s * z, 0.5, 2.0);
}
