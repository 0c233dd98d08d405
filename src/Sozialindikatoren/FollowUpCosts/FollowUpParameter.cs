using System.Globalization;

namespace Sozialindikatoren.FollowUpCosts;

/// <summary>
/// One parameter of the follow-up cost model with its range and evidence (<em>Parameter mit Spanne und Beleg</em>):
/// low ≤ central ≤ high, the source (URL or reference text, with <c>[D]</c> for values derived here and <c>[K]</c> for
/// assumptions), the year of the figure and the evidence grade.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class FollowUpParameter
{
    /// <summary>Creates and validates a parameter.</summary>
    /// <param name="low">Low value, finite, ≥ 0.</param>
    /// <param name="central">Central value, finite, low ≤ central.</param>
    /// <param name="high">High value, finite, central ≤ high.</param>
    /// <param name="source">Source (not empty).</param>
    /// <param name="year">Year of the figure (1990–2100).</param>
    /// <param name="grade">Evidence grade.</param>
    /// <exception cref="ArgumentException">A value negative or not finite, the values out of order, an empty source, a year out of range or an unknown grade.</exception>
    public FollowUpParameter(double low, double central, double high, string source, int year, EvidenceGrade grade)
    {
        foreach (var (v, n) in new[] { (low, nameof(low)), (central, nameof(central)), (high, nameof(high)) })
            if (!double.IsFinite(v) || v < 0) throw new ArgumentOutOfRangeException(n, v, $"follow-up parameter {n}: must be a finite number >= 0, was {v.ToString(CultureInfo.InvariantCulture)}.");
        if (!(low <= central && central <= high))
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"follow-up parameter: needs low <= central <= high, was {low}, {central}, {high}."), nameof(central));
        if (string.IsNullOrWhiteSpace(source)) throw new ArgumentException("follow-up parameter source: must not be empty.", nameof(source));
        if (year is < 1990 or > 2100) throw new ArgumentOutOfRangeException(nameof(year), year, "follow-up parameter year: must be in 1990-2100.");
        if (!Enum.IsDefined(grade)) throw new ArgumentOutOfRangeException(nameof(grade), grade, "follow-up parameter grade: unknown value.");
        Low = low;
        Central = central;
        High = high;
        Source = source.Trim();
        Year = year;
        Grade = grade;
    }

    /// <summary>A parameter with one value (low = central = high).</summary>
    /// <param name="value">The value.</param>
    /// <param name="source">Source.</param>
    /// <param name="year">Year.</param>
    /// <param name="grade">Grade.</param>
    /// <returns>The parameter.</returns>
    public static FollowUpParameter Fixed(double value, string source, int year, EvidenceGrade grade) => new(value, value, value, source, year, grade);

    /// <summary>Low value.</summary>
    public double Low { get; }

    /// <summary>Central value.</summary>
    public double Central { get; }

    /// <summary>High value.</summary>
    public double High { get; }

    /// <summary>Source, e.g. a URL with <c>[S]</c>, or <c>[D]</c>/<c>[K]</c> with the derivation.</summary>
    public string Source { get; }

    /// <summary>Year of the figure.</summary>
    public int Year { get; }

    /// <summary>Evidence grade.</summary>
    public EvidenceGrade Grade { get; }

    /// <summary>The value for a case: low, central or high.</summary>
    /// <param name="bound">The case.</param>
    /// <returns>The value.</returns>
    public double At(FollowUpBound bound) => bound switch
    {
        FollowUpBound.Low => Low,
        FollowUpBound.High => High,
        _ => Central,
    };

    /// <summary>e.g. <c>0.05 / 0.08 / 0.12 (2013, C)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Low:R} / {Central:R} / {High:R} ({Year}, {Grade})");
}

/// <summary>Which end of the parameter ranges a computation uses (<em>niedrig / zentral / hoch</em>).</summary>
public enum FollowUpBound
{
    /// <summary>All parameters at their low value (and the lag at its high value): the lowest follow-up costs.</summary>
    Low = 0,
    /// <summary>All parameters at their central value.</summary>
    Central = 1,
    /// <summary>All parameters at their high value (and the lag at its low value): the highest follow-up costs.</summary>
    High = 2,
}
