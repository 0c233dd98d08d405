using Sozialindikatoren.Offerings;
using Sozialindikatoren.Text;

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
    internal DemandCalculation(CoverageRow row, string targetSource, double rateLower, double rateUpper, double sensitivity, double? z)
    {
        Row = row;
        TargetSource = targetSource;
        RateLower = rateLower;
        RateUpper = rateUpper;
        NeedSensitivity = sensitivity;
        NeedIndexZ = z;
    }

    /// <summary>The row.</summary>
    public CoverageRow Row { get; }

    /// <summary>The target population definition.</summary>
    public TargetPopulation Target => Row.Norm.Target;

    /// <summary>Where T comes from, e.g. <c>Bevölkerung am 31.12.2024 (Quelle: IT.NRW …)</c>.</summary>
    public string TargetSource { get; }

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

    /// <summary>German text, e.g. <c>Bedarf = 102.355 Einwohner × 2 VZÄ je 50.000 × Faktor 1 = 4,09 VZÄ (Intervall 4,09–4,09)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var u = Labels.Of(Row.Unit);
        if (Row.Demand is not { } d || Row.TargetPopulation is not { } t)
            return $"Bedarf nicht berechenbar: {Target.GermanLabel} fehlt ({TargetSource})";
        return $"Bedarf = {NumberFormat.Compact(t, 0)} {Target.GermanLabel} × {Row.Norm.GermanText()} × Bedarfsfaktor {NumberFormat.Compact(NeedFactor, 2)}"
             + $" = {NumberFormat.Compact(d, 2)} {u} (Intervall {NumberFormat.Compact(Row.DemandLower ?? d, 2)}–{NumberFormat.Compact(Row.DemandUpper ?? d, 2)} {u}); {TargetSource}";
    }
}
