using System.Globalization;
using NodaTime;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Monitoring;

/// <summary>
/// One early-warning flag (<em>Frühwarnhinweis</em>): which rule fired for which space, indicator and period, with the
/// numbers it compared and its certainty.
/// </summary>
/// <remarks>What <see cref="Value"/> and <see cref="Reference"/> hold depends on the rule: worsening trend — slope and
/// minimum relevant change per year; thresholds — value and threshold (or county value); widening gap — the gap at the
/// end and the gap at the start (unfavourable positive); series break — value and the value expected from the earlier
/// trend (or the previous value when the break was reported).</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class EarlyWarning
{
    internal EarlyWarning(SpaceId space, string indicatorId, WarningRule rule, LocalDate from, LocalDate period, double value, double reference,
        double lower, double upper, WarningCertainty certainty)
    {
        Space = space;
        IndicatorId = indicatorId;
        Rule = rule;
        From = from;
        Period = period;
        Value = value;
        Reference = reference;
        Lower = lower;
        Upper = upper;
        Certainty = certainty;
    }

    /// <summary>The space.</summary>
    public SpaceId Space { get; }

    /// <summary>The indicator.</summary>
    public string IndicatorId { get; }

    /// <summary>The rule that fired.</summary>
    public WarningRule Rule { get; }

    /// <summary>Start of the compared span (the previous period for crossings and breaks).</summary>
    public LocalDate From { get; }

    /// <summary>The period at which the rule holds.</summary>
    public LocalDate Period { get; }

    /// <summary>The tested number (see remarks), in the indicator's units.</summary>
    public double Value { get; }

    /// <summary>What it was compared with (see remarks), in the indicator's units; NaN when there is none.</summary>
    public double Reference { get; }

    /// <summary>Lower bound of the tested quantity's interval at the base level; NaN when reported.</summary>
    public double Lower { get; }

    /// <summary>Upper bound of the tested quantity's interval; NaN when reported.</summary>
    public double Upper { get; }

    /// <summary>The certainty.</summary>
    public WarningCertainty Certainty { get; }

    /// <summary>E.g. <c>05970040 sgb2_quote trend 2024-12-31: 0.31 vs 0.16 (high)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Space} {IndicatorId} {Rule.Code} {Period:yyyy-MM-dd}: {Value:0.###} vs {Reference:0.###} ({Certainty.ToCode()})");
}
