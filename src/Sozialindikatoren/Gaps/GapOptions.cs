using System.Globalization;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Gaps;

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

    /// <summary>The same options with another supply mode (e.g. <see cref="SupplyMode.Located"/> for the located coverage
    /// shown beside served-area coverage); everything else unchanged.</summary>
    /// <param name="supply">The supply mode.</param>
    /// <returns>The new options.</returns>
    public GapOptions WithSupply(SupplyMode supply) =>
        new(supply, Thresholds, NeedSensitivity, NeedIndex, BaseLevel, Confidence, IncludeNormRange, NeedSensitivityByDomain, Access);

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
