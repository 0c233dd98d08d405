using System.Globalization;

namespace Sozialindikatoren.Composite;

/// <summary>
/// Denomination (<em>Bezug auf eine Basisgröße</em>, per-capita rates): divides indicators by a denominator column,
/// COINr's <c>Denominate()</c>.
/// </summary>
/// <remarks>
/// Formula: y = x / d · s with scale s (1 by default; 100 for percent, 1,000 for "je 1.000"). A missing numerator
/// or denominator, or a denominator of 0, gives a missing result (never ±∞). Indicators without a denominator are
/// copied unchanged.
/// </remarks>
/// <threadsafety>Pure static functions; thread-safe.</threadsafety>
public static class Denomination
{
    /// <summary>Divides every indicator that names a denominator in the framework by that column.</summary>
    /// <param name="data">Indicator data (units × indicators).</param>
    /// <param name="denominators">Denominator columns for the same units in the same order.</param>
    /// <param name="framework">The framework naming each indicator's denominator.</param>
    /// <param name="scale">Scale factor s, finite and &gt; 0.</param>
    /// <returns>The denominated table (same units and codes).</returns>
    /// <exception cref="ArgumentException">Units differ, a denominator column is missing, or the scale is invalid.</exception>
    public static IndicatorTable Apply(IndicatorTable data, IndicatorTable denominators, IndexFramework framework, double scale = 1)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in data.Codes)
        {
            if (framework.Contains(code) && framework[code].Denominator is { } d) map[code] = d;
        }
        return ApplyMap(data, denominators, map, scale);
    }

    /// <summary>Divides the named indicators by their denominator columns.</summary>
    /// <param name="data">Indicator data.</param>
    /// <param name="denominators">Denominator columns for the same units in the same order.</param>
    /// <param name="denominatorOf">Indicator code → denominator code.</param>
    /// <param name="scale">Scale factor s, finite and &gt; 0.</param>
    /// <returns>The denominated table.</returns>
    /// <exception cref="ArgumentException">Units differ, a code is unknown, or the scale is invalid.</exception>
    public static IndicatorTable ApplyMap(IndicatorTable data, IndicatorTable denominators, IReadOnlyDictionary<string, string> denominatorOf, double scale = 1)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(denominators);
        ArgumentNullException.ThrowIfNull(denominatorOf);
        if (!double.IsFinite(scale) || scale <= 0)
            throw new ArgumentException($"scale: must be finite and > 0, was {scale.ToString(CultureInfo.InvariantCulture)}.", nameof(scale));
        if (!data.Units.SequenceEqual(denominators.Units))
            throw new ArgumentException("denominators: units must be the same as in the data, in the same order.", nameof(denominators));
        var cols = data.ToColumnArrays();
        foreach (var (code, denomCode) in denominatorOf)
        {
            var j = data.IndexOf(code);
            if (j < 0) throw new ArgumentException($"denominatorOf: indicator '{code}' is not in the data.", nameof(denominatorOf));
            var dj = denominators.IndexOf(denomCode);
            if (dj < 0) throw new ArgumentException($"denominatorOf: denominator '{denomCode}' of '{code}' is not in the denominator table.", nameof(denominatorOf));
            var den = denominators.Column(dj);
            var col = cols[j];
            for (var i = 0; i < col.Length; i++)
            {
                var d = den[i];
                col[i] = double.IsNaN(d) || d == 0 ? double.NaN : col[i] / d * scale;
            }
        }
        return data.WithColumns(cols);
    }
}
