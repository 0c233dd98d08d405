using System.Globalization;
using MathNet.Numerics.Distributions;
using NodaTime;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Indicators;

/// <summary>
/// Linear trend over periods (<em>Trendschätzung</em>): ordinary least squares of the value on time in years, with a
/// Student-t confidence interval for the slope.
/// </summary>
/// <remarks>
/// t = years since the panel's first period (<see cref="IndicatorChange.YearsBetween"/>); b = Σ(t−t̄)(y−ȳ)/Σ(t−t̄)²;
/// a = ȳ − b·t̄; SE(b) = √(Σe²/(n−2)/Σ(t−t̄)²); interval b ± t_{1−α/2, n−2}·SE(b) (any textbook, e.g. Fahrmeir et al.,
/// Regression, 2013, §3.3). Periods whose status carries no number are left out; fewer than 2 values give no trend.
/// </remarks>
/// <threadsafety>Pure static functions; thread-safe.</threadsafety>
public static class IndicatorTrend
{
    /// <summary>Fits a trend to one series.</summary>
    /// <param name="years">Time of each value in years.</param>
    /// <param name="values">Values (NaN = missing, skipped).</param>
    /// <param name="level">Confidence level in (0, 1), default 0.95.</param>
    /// <returns>The trend, or null with fewer than 2 values or no spread in time.</returns>
    public static LinearTrend? Fit(ReadOnlySpan<double> years, ReadOnlySpan<double> values, double level = 0.95)
    {
        if (years.Length != values.Length) throw new ArgumentException("values: must have the length of years.", nameof(values));
        if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "level: must be in (0, 1).");
        int n = 0;
        double st = 0, sy = 0;
        for (var k = 0; k < years.Length; k++)
        {
            if (double.IsNaN(values[k])) continue;
            n++;
            st += years[k];
            sy += values[k];
        }
        if (n < 2) return null;
        double tm = st / n, ym = sy / n, stt = 0, sty = 0;
        for (var k = 0; k < years.Length; k++)
        {
            if (double.IsNaN(values[k])) continue;
            stt += (years[k] - tm) * (years[k] - tm);
            sty += (years[k] - tm) * (values[k] - ym);
        }
        if (!(stt > 0)) return null;
        var b = sty / stt;
        var a = ym - b * tm;
        if (n < 3) return new LinearTrend(n, b, a, double.NaN, double.NaN, double.NaN, level);
        double sse = 0;
        for (var k = 0; k < years.Length; k++)
        {
            if (double.IsNaN(values[k])) continue;
            var e = values[k] - (a + b * years[k]);
            sse += e * e;
        }
        var se = Math.Sqrt(sse / (n - 2) / stt);
        var q = StudentT.InvCDF(0, 1, n - 2, 1 - (1 - level) / 2);
        return new LinearTrend(n, b, a, se, b - q * se, b + q * se, level);
    }

    /// <summary>Fits a trend per space for one indicator over all periods of a panel.</summary>
    /// <param name="panel">The panel.</param>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="level">Confidence level, default 0.95.</param>
    /// <returns>One trend per space (null where fewer than 2 values exist).</returns>
    public static LinearTrend?[] ForPanel(IndicatorPanel panel, string indicatorId, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var i = panel.IndexOfIndicator(indicatorId);
        if (i < 0) throw new ArgumentException($"indicatorId: '{indicatorId}' is not in the panel.", nameof(indicatorId));
        var t = panel.Periods.Select(p => IndicatorChange.YearsBetween(panel.Periods[0], p)).ToArray();
        var result = new LinearTrend?[panel.Spaces.Count];
        var y = new double[t.Length];
        for (var s = 0; s < result.Length; s++)
        {
            for (var p = 0; p < t.Length; p++) y[p] = panel.Values(i, p)[s];
            result[s] = Fit(t, y, level);
        }
        return result;
    }
}
