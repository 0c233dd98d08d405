namespace Sozialindikatoren.Gaps;

/// <summary>
/// The coverage class of a space × domain × unit (<em>Versorgungsstufe</em>), from the coverage
/// (<em>Versorgungsgrad</em>) c = supply / required × 100 and the thresholds of <see cref="CoverageThresholds"/>
/// (defaults from the G-BA Bedarfsplanungs-Richtlinie: over-supply above 110 %, under-supply below 75 %, severe below 50 %).
/// </summary>
/// <remarks>Ordered from worst to best supply so that the class is monotone in coverage:
/// <see cref="Severe"/> &lt; <see cref="Under"/> &lt; <see cref="Adequate"/> &lt; <see cref="Over"/>.
/// <see cref="NoDemand"/> (required = 0), <see cref="Unknown"/> (demand not computable) and <see cref="NotSurveyed"/>
/// (supply not surveyed) stand outside that order.</remarks>
public enum CoverageClass
{
    /// <summary>Demand could not be computed (missing population or suppressed indicator count); CSV code <c>unknown</c>.</summary>
    Unknown = 0,
    /// <summary><em>erhebliche Unterversorgung</em>: c &lt; severe threshold (default 50 %); CSV code <c>severe</c>.</summary>
    Severe = 1,
    /// <summary><em>Unterversorgung</em>: severe ≤ c &lt; under threshold (default 50 % to &lt; 75 %); CSV code <c>under</c>.</summary>
    Under = 2,
    /// <summary><em>bedarfsgerecht</em>: under ≤ c ≤ over threshold (default 75 % to 110 %); CSV code <c>adequate</c>.</summary>
    Adequate = 3,
    /// <summary><em>Überversorgung</em>: c &gt; over threshold (default 110 %); CSV code <c>over</c>.</summary>
    Over = 4,
    /// <summary>No demand (required capacity 0); coverage undefined; CSV code <c>no_demand</c>.</summary>
    NoDemand = 5,
    /// <summary><em>nicht erhoben</em>: the data set marks the domain and unit as not surveyed (its offerings are not in
    /// the inventory, <see cref="SupplyNorm.NotSurveyed"/>); coverage unknown, never 0 %; CSV code <c>not_surveyed</c>.</summary>
    NotSurveyed = 6,
}

/// <summary>How certain an under-supply is, given the demand interval (<em>Belastbarkeit</em>).</summary>
/// <remarks>With demand interval [L, U] around the point estimate D and supply S: <see cref="Certain"/> when even
/// S / L × 100 is below the under-supply threshold, <see cref="Probable"/> when S / D × 100 is, <see cref="Possible"/>
/// when only S / U × 100 is; <see cref="None"/> otherwise (no under-supply at any end).</remarks>
public enum GapCertainty
{
    /// <summary>No under-supply, even at the upper end of demand.</summary>
    None = 0,
    /// <summary><em>möglich</em>: only the upper end of the demand interval shows under-supply.</summary>
    Possible = 1,
    /// <summary><em>wahrscheinlich</em>: the point estimate shows under-supply.</summary>
    Probable = 2,
    /// <summary><em>sicher</em>: even the lower end of the demand interval shows under-supply.</summary>
    Certain = 3,
}

/// <summary>How a conference statement relates to the quantitative class (<em>Abgleich mit der Sozialraumkonferenz</em>).</summary>
public enum StatementAgreement
{
    /// <summary><em>stimmt überein</em>: same class (over, adequate, under or severe).</summary>
    Agrees = 0,
    /// <summary><em>stimmt teilweise überein</em>: same direction (both under-supply, or both no under-supply) but another severity.</summary>
    PartlyAgrees = 1,
    /// <summary><em>widerspricht</em>: one sees under-supply, the other does not.</summary>
    Disagrees = 2,
    /// <summary><em>nicht vergleichbar</em>: no quantitative class (unknown demand, no demand, or no norm for the domain).</summary>
    NotComparable = 3,
}

/// <summary>Codes and German labels for the gap enums.</summary>
/// <threadsafety>Pure; thread-safe.</threadsafety>
public static class GapEnumExtensions
{
    /// <summary>The CSV code: <c>over</c>, <c>adequate</c>, <c>under</c>, <c>severe</c>, <c>no_demand</c>, <c>unknown</c>, <c>not_surveyed</c>.</summary>
    /// <param name="value">The class.</param>
    /// <returns>The code.</returns>
    public static string ToCode(this CoverageClass value) => value switch
    {
        CoverageClass.Over => "over",
        CoverageClass.Adequate => "adequate",
        CoverageClass.Under => "under",
        CoverageClass.Severe => "severe",
        CoverageClass.NoDemand => "no_demand",
        CoverageClass.Unknown => "unknown",
        CoverageClass.NotSurveyed => "not_surveyed",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "coverage class: unknown value."),
    };


    /// <summary>Whether the class is an under-supply (<see cref="CoverageClass.Under"/> or <see cref="CoverageClass.Severe"/>).</summary>
    /// <param name="value">The class.</param>
    /// <returns>Whether it is an under-supply.</returns>
    public static bool IsUnderSupply(this CoverageClass value) => value is CoverageClass.Under or CoverageClass.Severe;


    /// <summary>Machine code: <c>certain</c>, <c>probable</c>, <c>possible</c>, <c>none</c>.</summary>
    /// <param name="value">The certainty.</param>
    /// <returns>The code.</returns>
    public static string ToCode(this GapCertainty value) => value switch
    {
        GapCertainty.Certain => "certain",
        GapCertainty.Probable => "probable",
        GapCertainty.Possible => "possible",
        _ => "none",
    };


}
