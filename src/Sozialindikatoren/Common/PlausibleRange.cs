namespace Sozialindikatoren.Common;

/// <summary>
/// The documented plausible ranges of input figures (<em>Plausibilitätsgrenzen</em>): a value beyond them is an
/// impossible value (a typo, a unit error, an exponent where none belongs), never a figure to compute with. The one
/// place of these limits; the domain constructors and every reader (JSON data set, data folder, inventory, rates,
/// index, access, scenario, official tables) check against them and report the place. Listed in docs/data-format.md.
/// </summary>
/// <remarks>The limits are far above anything a German county, Land or the Federal Republic holds (about 84 million
/// inhabitants, 357,600 km²), so no real figure is refused; they are below the point where sums and products of many
/// such figures lose meaning or overflow.</remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class PlausibleRange
{
    /// <summary>Capacity of one offering (<em>Kapazität</em>): at most 1,000,000 places, full-time equivalents, hours
    /// per week or cases per year.</summary>
    public const double MaxCapacity = 1_000_000;

    /// <summary>An amount in euro per year (<em>Betrag pro Jahr</em>: a funding line, an expected loss, a cut): at most
    /// 10¹² € (a thousand billion; the federal budget is about 5 × 10¹¹ €).</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>Persons in one age band of one space (<em>Einwohner</em>): at most 100,000,000.</summary>
    public const long MaxPopulation = 100_000_000;

    /// <summary>A count or a denominator (<em>Fallzahl</em>, <em>Nenner</em>: indicator records, rates, demand and
    /// capacity of access zones and sites): at most 10¹² (also person-years).</summary>
    public const double MaxCount = 1e12;

    /// <summary>Area of a space in km² (<em>Fläche</em>): at most 400,000 km² (Germany: 357,600 km²).</summary>
    public const double MaxAreaKm2 = 400_000;

    /// <summary>A travel cost (<em>Reisezeit, Entfernung</em>) in minutes or km: at most 1,000,000.</summary>
    public const double MaxTravelCost = 1_000_000;

    /// <summary>Any other measured value (an indicator value, a value in an official table or an index input): at most
    /// 10¹⁵ in magnitude.</summary>
    public const double MaxMagnitude = 1e15;

    /// <summary>Why a capacity is not plausible, or null when it is (finite, ≥ 0, ≤ <see cref="MaxCapacity"/>).</summary>
    /// <param name="amount">The capacity.</param>
    /// <returns>The reason, or null.</returns>
    public static string? CheckCapacity(double amount) => Check(amount, 0, MaxCapacity, "a capacity", "1,000,000 (places, fte, hours per week or cases per year of one offering)");

    /// <summary>Why an amount in euro is beyond the range (|amount| ≤ <see cref="MaxAmount"/>), or null.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The reason, or null.</returns>
    public static string? CheckAmount(decimal amount) =>
        Math.Abs(amount) <= MaxAmount ? null : "beyond the plausible range of an amount (at most 10¹² € per year).";

    /// <summary>Why a count or denominator is not plausible (finite, ≥ 0, ≤ <see cref="MaxCount"/>), or null.</summary>
    /// <param name="count">The count.</param>
    /// <returns>The reason, or null.</returns>
    public static string? CheckCount(double count) => Check(count, 0, MaxCount, "a count", "10¹²");

    /// <summary>Why a population count is not plausible (0 ≤ count ≤ <see cref="MaxPopulation"/>), or null.</summary>
    /// <param name="count">Persons.</param>
    /// <returns>The reason, or null.</returns>
    public static string? CheckPopulation(long count) => count < 0 ? "a population count must not be negative."
        : count > MaxPopulation ? "beyond the plausible range of a population count (at most 100,000,000 per age band and space)." : null;

    /// <summary>Why an area is not plausible (finite, &gt; 0, ≤ <see cref="MaxAreaKm2"/>), or null.</summary>
    /// <param name="km2">The area in km².</param>
    /// <returns>The reason, or null.</returns>
    public static string? CheckArea(double km2) => double.IsFinite(km2) && km2 <= 0 ? "an area must be positive."
        : Check(km2, 0, MaxAreaKm2, "an area", "400,000 km²");

    /// <summary>Why a travel cost is not plausible (finite, ≥ 0, ≤ <see cref="MaxTravelCost"/>), or null.</summary>
    /// <param name="cost">The cost.</param>
    /// <returns>The reason, or null.</returns>
    public static string? CheckTravelCost(double cost) => Check(cost, 0, MaxTravelCost, "a travel cost", "1,000,000 minutes or km");

    /// <summary>Why a measured value is not plausible (finite, |value| ≤ <see cref="MaxMagnitude"/>), or null.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The reason, or null.</returns>
    public static string? CheckMagnitude(double value) => Check(value, -MaxMagnitude, MaxMagnitude, "a value", "10¹⁵ in magnitude");

    private static string? Check(double value, double min, double max, string what, string limit)
    {
        if (!double.IsFinite(value)) return what + " must be a finite number.";
        if (min == 0 && value < 0) return what + " must not be negative.";
        if (value < min || value > max) return $"beyond the plausible range of {what} (at most {limit}).";
        return null;
    }
}
