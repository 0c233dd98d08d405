using System.Globalization;
using NodaTime;
using Sozialindikatoren.Common;

namespace Sozialindikatoren.Gaps;

/// <summary>
/// The demand calculation behind a row (<em>Bedarfsberechnung</em>): target population with its source, need rate of
/// the norm, need factor, and the resulting required capacity with its interval.
/// </summary>
/// <remarks>D = T × r × f; interval [T_lo × r_lo × f, T_hi × r_hi × f] where T's interval comes from the count interval of
/// an indicator target (exact counts: T_lo = T_hi = T) and r's from the norm's published range
/// (when <see cref="GapOptions.IncludeNormRange"/>).</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class DemandCalculation
{
    internal DemandCalculation(CoverageRow row, TargetOrigin targetSource, double rateLower, double rateUpper, double sensitivity, double? z, LocalDate asOf, double confidenceLevel)
    {
        AsOf = asOf;
        ConfidenceLevel = confidenceLevel;
        Row = row;
        TargetSource = targetSource.Kind;
        TargetDate = targetSource.Date;
        TargetProvenance = targetSource.Provenance;
        TargetLower = targetSource.Lower;
        TargetUpper = targetSource.Upper;
        RateLower = rateLower;
        RateUpper = rateUpper;
        NeedSensitivity = sensitivity;
        NeedIndexZ = z;
    }

    /// <summary>The row.</summary>
    public CoverageRow Row { get; }

    /// <summary>The target population definition.</summary>
    public TargetPopulation Target => Row.Norm.Target;

    /// <summary>Where T comes from (<em>Herkunft der Zielgruppe</em>): the space's population, the sum of its children,
    /// or an indicator's count (or why that count is missing).</summary>
    public TargetSourceKind TargetSource { get; }

    /// <summary>The reference date of the population or indicator value T rests on; null when there is none.</summary>
    public LocalDate? TargetDate { get; }

    /// <summary>The provenance of the population or indicator value, or null when the data gives none.</summary>
    public Provenance? TargetProvenance { get; }

    /// <summary>Lower end of T's interval for an indicator target (persons); null for population targets (exact).</summary>
    public double? TargetLower { get; }

    /// <summary>Upper end of T's interval for an indicator target (persons); null for population targets (exact).</summary>
    public double? TargetUpper { get; }

    /// <summary>The analysis date (<em>Stichtag</em>): T is the latest value on or before it.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The confidence level of T's interval (e.g. 0.95).</summary>
    public double ConfidenceLevel { get; }

    /// <summary>The need rate r (units per person).</summary>
    public double Rate => Row.Norm.Rate;

    /// <summary>The lower need rate used for the interval.</summary>
    public double RateLower { get; }

    /// <summary>The upper need rate used for the interval.</summary>
    public double RateUpper { get; }

    /// <summary>s of the need factor for this domain.</summary>
    public double NeedSensitivity { get; }

    /// <summary>z of the space, or null when none was given (or for aggregates).</summary>
    public double? NeedIndexZ { get; }

    /// <summary>The need factor f.</summary>
    public double NeedFactor => Row.NeedFactor;

    /// <summary>A compact language-neutral summary for logs and notebooks (codes and invariant numbers), e.g.
    /// <c>D = 102355 × 4E-05 × 1 = 4.0942 (target: Population)</c>; planner text comes from the report layer.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Row.Demand is { } d && Row.TargetPopulation is { } t
        ? string.Create(CultureInfo.InvariantCulture, $"D = {t:R} × {Rate:R} × {NeedFactor:R} = {d:R} (target: {TargetSource})")
        : $"D not computable (target: {TargetSource})";

    /// <summary>The origin of T as the analysis found it.</summary>
    internal readonly record struct TargetOrigin(TargetSourceKind Kind, LocalDate? Date, Provenance? Provenance, double? Lower, double? Upper);
}
