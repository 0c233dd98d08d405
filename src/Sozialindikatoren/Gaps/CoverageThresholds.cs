using System.Globalization;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Gaps;

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
