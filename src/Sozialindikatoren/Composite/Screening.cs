using System.Globalization;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Composite;

/// <summary>
/// Screening of units by data availability (<em>Datenverfügbarkeitsprüfung</em>), COINr's <c>Screen()</c>.
/// </summary>
/// <remarks>
/// Availability a_u = #non-missing / #indicators; a unit is kept when a_u ≥ threshold (closed boundary, as COINr).
/// Non-zero share z_u = #(x ≠ 0) / #non-missing. Forced inclusion wins over the rule; forced exclusion wins over
/// everything. Units keep their input order.
/// </remarks>
/// <threadsafety>Pure static functions; thread-safe.</threadsafety>
public static class Screening
{
    /// <summary>Screens units.</summary>
    /// <param name="data">The data.</param>
    /// <param name="threshold">Availability threshold in [0, 1] (COINr default 0.66; the ASEM example uses 0.9).</param>
    /// <param name="rule">The rule.</param>
    /// <param name="nonZeroThreshold">Non-zero threshold in [0, 1] (COINr default 0.05), used by the zero rules.</param>
    /// <param name="forceInclude">Units always kept (unless force-excluded).</param>
    /// <param name="forceExclude">Units always removed.</param>
    /// <returns>The kept table and the figures per unit.</returns>
    /// <exception cref="ArgumentException">A threshold is outside [0, 1].</exception>
    public static ScreeningResult Apply(IndicatorTable data, double threshold, ScreeningRule rule = ScreeningRule.ByMissing,
        double nonZeroThreshold = 0.05, IEnumerable<SpaceId>? forceInclude = null, IEnumerable<SpaceId>? forceExclude = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!(threshold >= 0 && threshold <= 1))
            throw new ArgumentException($"threshold: must be in [0, 1], was {threshold.ToString(CultureInfo.InvariantCulture)}.", nameof(threshold));
        if (!(nonZeroThreshold >= 0 && nonZeroThreshold <= 1))
            throw new ArgumentException($"nonZeroThreshold: must be in [0, 1], was {nonZeroThreshold.ToString(CultureInfo.InvariantCulture)}.", nameof(nonZeroThreshold));
        var include = new HashSet<SpaceId>(forceInclude ?? []);
        var exclude = new HashSet<SpaceId>(forceExclude ?? []);
        var n = data.UnitCount;
        var k = data.IndicatorCount;
        var avail = new double[n];
        var nonzero = new double[n];
        var keep = new List<int>(n);
        var removed = new List<SpaceId>();
        for (var i = 0; i < n; i++)
        {
            int present = 0, nz = 0;
            for (var j = 0; j < k; j++)
            {
                var v = data[i, j];
                if (double.IsNaN(v)) continue;
                present++;
                if (v != 0) nz++;
            }
            avail[i] = k == 0 ? 1 : (double)present / k;
            nonzero[i] = present == 0 ? 1 : (double)nz / present;
            var ok = rule switch
            {
                ScreeningRule.ByMissing => avail[i] >= threshold,
                ScreeningRule.ByZeros => nonzero[i] >= nonZeroThreshold,
                ScreeningRule.ByMissingAndZeros => avail[i] >= threshold && nonzero[i] >= nonZeroThreshold,
                _ => throw new ArgumentException($"rule: unknown screening rule {rule}.", nameof(rule)),
            };
            var id = data.Units[i];
            if (include.Contains(id)) ok = true;
            if (exclude.Contains(id)) ok = false;
            if (ok) keep.Add(i); else removed.Add(id);
        }
        var table = removed.Count == 0 ? data : data.SelectUnits(keep);
        return new ScreeningResult(table, removed.ToArray(), avail, nonzero);
    }
}
