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

/// <summary>One offering's contribution to the supply of a row (<em>Angebot im Bestand</em>).</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class SupplyContribution
{
    internal SupplyContribution(Offering offering, double amount, string how)
    {
        Offering = offering;
        Amount = amount;
        How = how;
    }

    /// <summary>The offering.</summary>
    public Offering Offering { get; }

    /// <summary>Capacity counted for the row, in the row's unit.</summary>
    public double Amount { get; }

    /// <summary>The share of the offering's capacity counted (Amount / capacity; 1 for a located offering), NaN-free: 0 when the capacity is 0.</summary>
    public double Share => Offering.Capacity.Amount > 0 ? Amount / Offering.Capacity.Amount : 0;

    /// <summary>How it is counted: <c>Standort</c>, <c>anteilig (Standort oberhalb der Analyseebene)</c>, <c>anteilig (Einzugsgebiet)</c>, <c>erreichbar</c>.</summary>
    public string How { get; }

    /// <summary>German text, e.g. <c>Schuldnerberatung Siegen (Diakonie): 2,5 VZÄ (Standort)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Offering.Name}: {NumberFormat.Compact(Amount, 2)} {Labels.Of(Offering.Capacity.Unit)} ({How})";
}

/// <summary>
/// A conference statement (<em>Aussage der Sozialraumkonferenz</em>) compared with the quantitative class of its space and
/// domain.
/// </summary>
/// <remarks>The rating is compared with <see cref="Row"/>'s class: same class → agrees; both under-supply or both not →
/// partly agrees; otherwise disagrees; no comparable row (no norm, unknown or no demand) → not comparable. A statement
/// names a domain, not a unit: <see cref="GapAnalysisResult.Statements"/> compares it with every unit's row.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class StatementAssessment
{
    internal StatementAssessment(ConferenceStatement statement, CoverageRow? row)
    {
        Statement = statement;
        Row = row;
        Agreement = Compare(statement.Rating, row?.Class);
    }

    internal static StatementAgreement Compare(SupplyRating rating, CoverageClass? cls)
    {
        if (cls is not { } c || c is CoverageClass.Unknown or CoverageClass.NoDemand) return StatementAgreement.NotComparable;
        var asRating = c switch
        {
            CoverageClass.Over => SupplyRating.OverSupplied,
            CoverageClass.Adequate => SupplyRating.Adequate,
            CoverageClass.Under => SupplyRating.UnderSupplied,
            _ => SupplyRating.SeverelyUnderSupplied,
        };
        if (asRating == rating) return StatementAgreement.Agrees;
        var dataUnder = c.IsUnderSupply();
        var statedUnder = rating is SupplyRating.UnderSupplied or SupplyRating.SeverelyUnderSupplied;
        return dataUnder == statedUnder ? StatementAgreement.PartlyAgrees : StatementAgreement.Disagrees;
    }

    /// <summary>The statement.</summary>
    public ConferenceStatement Statement { get; }

    /// <summary>The row compared with, or null when there is none.</summary>
    public CoverageRow? Row { get; }

    /// <summary>The agreement.</summary>
    public StatementAgreement Agreement { get; }

    /// <summary>German text, e.g. <c>Sozialraumkonferenz Siegen, 12.03.2024: Unterversorgung – „Wartezeiten …“ (stimmt überein)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var label = Statement.Provenance?.NeedsLabel == true ? " [" + Statement.Provenance + "]" : "";
        return $"{Statement.Source}, {NumberFormat.Date(Statement.Date)}: {Labels.Of(Statement.Rating)} – „{Statement.Text}“ ({Labels.Of(Agreement)}){label}";
    }
}
