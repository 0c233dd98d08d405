using System.Globalization;

namespace Sozialindikatoren.Monitoring;

/// <summary>The kind of an early-warning rule (<em>Frühwarnregel</em>).</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum WarningRuleKind
{
    /// <summary>Significant worsening trend (<em>signifikant verschlechternder Trend</em>): the slope's whole interval lies
    /// beyond the minimum relevant change per year in the unfavourable direction.</summary>
    WorseningTrend = 0,
    /// <summary>Crossing of a fixed threshold (<em>Schwellenwert</em>) in the indicator's scale: the value's whole interval
    /// lies past the threshold in the unfavourable direction, and in the previous period it did not.</summary>
    Threshold = 1,
    /// <summary>Crossing of the county value (<em>Kreiswert</em>): the space's interval lies wholly past the county's
    /// interval (unfavourable side), and in the previous period it did not.</summary>
    CountyThreshold = 2,
    /// <summary>Widening gap (<em>wachsender Abstand</em>) to a reference (county, NRW, Germany) in the unfavourable
    /// direction: the gap at the end lies beyond 0 and its growth since the start beyond the minimum relevant change,
    /// both beyond their intervals.</summary>
    WideningGap = 3,
    /// <summary>Break in the series (<em>Zeitreihenbruch</em>): a value flagged as a series break by its source, or a
    /// jump outside the prediction interval of the trend of the earlier periods.</summary>
    SeriesBreak = 4,
}

/// <summary>
/// One row of the early-warning rule table (<em>Regeltabelle der Frühwarnung</em>): which rule, for which indicator
/// (all when null), with which threshold or reference, and whether it is on.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class WarningRule
{
    private WarningRule(string code, WarningRuleKind kind, string? indicatorId, double? threshold, ReferenceArea? reference, bool enabled)
    {
        if (string.IsNullOrWhiteSpace(code) || !code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            throw new ArgumentException($"code: a rule code is lower-case a–z, 0–9 and '_', was '{code}'.", nameof(code));
        if (threshold is { } t && !double.IsFinite(t)) throw new ArgumentException("threshold: must be finite.", nameof(threshold));
        Code = code;
        Kind = kind;
        IndicatorId = string.IsNullOrWhiteSpace(indicatorId) ? null : indicatorId.Trim();
        Threshold = threshold;
        Reference = reference;
        Enabled = enabled;
    }

    /// <summary>The rule's code as written to <c>warnungen.csv</c> (e.g. <c>trend</c>, <c>gap_county</c>).</summary>
    public string Code { get; }

    /// <summary>The kind.</summary>
    public WarningRuleKind Kind { get; }

    /// <summary>The indicator it applies to, or null for every indicator with a polarity.</summary>
    public string? IndicatorId { get; }

    /// <summary>The threshold in the indicator's scale (<see cref="WarningRuleKind.Threshold"/> only).</summary>
    public double? Threshold { get; }

    /// <summary>The reference area (<see cref="WarningRuleKind.WideningGap"/> only).</summary>
    public ReferenceArea? Reference { get; }

    /// <summary>Whether the rule is evaluated.</summary>
    public bool Enabled { get; }

    /// <summary>Whether the rule applies to an indicator.</summary>
    /// <param name="indicatorId">The id.</param>
    /// <returns>Whether it applies.</returns>
    public bool AppliesTo(string indicatorId) => Enabled && (IndicatorId is null || string.Equals(IndicatorId, indicatorId, StringComparison.Ordinal));

    /// <summary>A copy switched on or off.</summary>
    /// <param name="enabled">Whether enabled.</param>
    /// <returns>The copy.</returns>
    public WarningRule WithEnabled(bool enabled) => new(Code, Kind, IndicatorId, Threshold, Reference, enabled);

    /// <summary>The worsening-trend rule (code <c>trend</c>).</summary>
    /// <param name="indicatorId">One indicator, or null for all.</param>
    /// <returns>The rule.</returns>
    public static WarningRule WorseningTrend(string? indicatorId = null) => new("trend", WarningRuleKind.WorseningTrend, indicatorId, null, null, true);

    /// <summary>A fixed threshold for one indicator (code <c>threshold</c>), e.g. SGB II-Quote 10 %.</summary>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="threshold">The threshold in the indicator's scale; "past" means above for indicators where more is
    /// worse, below for those where less is worse.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">Empty id or non-finite threshold.</exception>
    public static WarningRule FixedThreshold(string indicatorId, double threshold)
    {
        if (string.IsNullOrWhiteSpace(indicatorId)) throw new ArgumentException("indicatorId: a threshold needs its indicator.", nameof(indicatorId));
        return new("threshold", WarningRuleKind.Threshold, indicatorId, threshold, null, true);
    }

    /// <summary>The county value as threshold (code <c>county_threshold</c>).</summary>
    /// <param name="indicatorId">One indicator, or null for all.</param>
    /// <returns>The rule.</returns>
    public static WarningRule CountyThreshold(string? indicatorId = null) => new("county_threshold", WarningRuleKind.CountyThreshold, indicatorId, null, null, true);

    /// <summary>The widening gap to a reference (codes <c>gap_county</c>, <c>gap_nrw</c>, <c>gap_de</c>).</summary>
    /// <param name="reference">The reference area.</param>
    /// <param name="indicatorId">One indicator, or null for all.</param>
    /// <returns>The rule.</returns>
    public static WarningRule WideningGap(ReferenceArea reference, string? indicatorId = null) =>
        new("gap_" + reference.ToCode(), WarningRuleKind.WideningGap, indicatorId, null, reference, true);

    /// <summary>The series-break rule (code <c>break</c>).</summary>
    /// <param name="indicatorId">One indicator, or null for all.</param>
    /// <returns>The rule.</returns>
    public static WarningRule SeriesBreak(string? indicatorId = null) => new("break", WarningRuleKind.SeriesBreak, indicatorId, null, null, true);

    /// <summary>E.g. <c>threshold sgb2_quote 10</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Code}{(IndicatorId is null ? "" : " " + IndicatorId)}{(Threshold is { } t ? " " + t.ToString("R", CultureInfo.InvariantCulture) : "")}{(Enabled ? "" : " (off)")}");
}
