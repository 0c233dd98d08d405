using System.Globalization;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Composite;

/// <summary>
/// Imputation of missing values (<em>Imputation fehlender Werte</em>), OECD/JRC Handbook step 3; COINr's
/// <c>Impute()</c> and <c>impute_panel()</c>.
/// </summary>
/// <remarks>
/// Only missing cells change (COINr issue #40 reported group imputation changing present values; here that cannot
/// happen). When no donor value exists (a group without any value for an indicator, a column that is entirely
/// missing) the cell stays missing and is counted in <see cref="ImputationResult.RemainingMissingCount"/>.
/// Group labels: one per unit; an empty or null label forms no group (its units are not imputed by group methods).
/// </remarks>
/// <threadsafety>Pure static functions; thread-safe.</threadsafety>
public static class Imputation
{
    /// <summary>Imputes column by column.</summary>
    /// <param name="data">The data.</param>
    /// <param name="method">The method.</param>
    /// <param name="groups">Group label per unit (required for group methods; same order as the units).</param>
    /// <returns>The imputed table and counts.</returns>
    /// <exception cref="ArgumentException">Group labels are missing or of the wrong length for a group method.</exception>
    public static ImputationResult Apply(IndicatorTable data, ImputationMethod method, IReadOnlyList<string?>? groups = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (method == ImputationMethod.None) return new ImputationResult(data, 0, data.MissingCount);
        var isGroup = method is ImputationMethod.GroupMean or ImputationMethod.GroupMedian;
        var useMedian = method is ImputationMethod.Median or ImputationMethod.GroupMedian;
        int[] groupOf;
        int groupCount;
        if (isGroup)
        {
            if (groups is null || groups.Count != data.UnitCount)
                throw new ArgumentException($"groups: a group label per unit is required for {method} ({data.UnitCount} units, {(groups?.Count ?? 0).ToString(CultureInfo.InvariantCulture)} labels).", nameof(groups));
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            groupOf = new int[data.UnitCount];
            for (var i = 0; i < groupOf.Length; i++)
            {
                var g = groups[i];
                if (string.IsNullOrEmpty(g)) { groupOf[i] = -1; continue; }
                if (!ids.TryGetValue(g, out var id)) ids[g] = id = ids.Count;
                groupOf[i] = id;
            }
            groupCount = ids.Count;
        }
        else
        {
            groupOf = new int[data.UnitCount];
            groupCount = 1;
        }
        var cols = data.ToColumnArrays();
        int imputed = 0, remaining = 0;
        var buffer = new List<double>(data.UnitCount);
        var fill = new double[groupCount];
        foreach (var col in cols)
        {
            var anyMissing = false;
            foreach (var v in col) if (double.IsNaN(v)) { anyMissing = true; break; }
            if (!anyMissing) continue;
            for (var g = 0; g < groupCount; g++)
            {
                buffer.Clear();
                for (var i = 0; i < col.Length; i++)
                    if (groupOf[i] == g && !double.IsNaN(col[i])) buffer.Add(col[i]);
                fill[g] = buffer.Count == 0 ? double.NaN : useMedian ? Median(buffer) : Mean(buffer);
            }
            for (var i = 0; i < col.Length; i++)
            {
                if (!double.IsNaN(col[i])) continue;
                var f = groupOf[i] < 0 ? double.NaN : fill[groupOf[i]];
                if (double.IsNaN(f)) { remaining++; continue; }
                col[i] = f;
                imputed++;
            }
        }
        return new ImputationResult(data.WithColumns(cols), imputed, remaining);
    }

    /// <summary>
    /// Imputes one time series of a unit and indicator over ordered periods; present values are kept.
    /// </summary>
    /// <param name="periods">Strictly increasing period positions (e.g. years).</param>
    /// <param name="values">Values per period, NaN = missing.</param>
    /// <param name="method">The method.</param>
    /// <returns>A new array. With no observation everything stays missing; with one observation
    /// <see cref="PanelImputationMethod.Linear"/> fills nothing and the constant methods fill with it (no crash, unlike
    /// COINr issue #63).</returns>
    /// <exception cref="ArgumentException">Lengths differ or periods are not strictly increasing.</exception>
    public static double[] ImputeSeries(ReadOnlySpan<double> periods, ReadOnlySpan<double> values, PanelImputationMethod method)
    {
        if (periods.Length != values.Length)
            throw new ArgumentException($"values: {values.Length} values for {periods.Length} periods.", nameof(values));
        for (var t = 1; t < periods.Length; t++)
            if (!(periods[t] > periods[t - 1]))
                throw new ArgumentException($"periods: must be strictly increasing, {periods[t].ToString(CultureInfo.InvariantCulture)} follows {periods[t - 1].ToString(CultureInfo.InvariantCulture)}.", nameof(periods));
        var result = values.ToArray();
        int first = -1, last = -1;
        for (var t = 0; t < values.Length; t++)
        {
            if (double.IsNaN(values[t])) continue;
            if (first < 0) first = t;
            last = t;
        }
        if (first < 0) return result;
        var prev = -1;
        for (var t = 0; t < values.Length; t++)
        {
            if (!double.IsNaN(values[t])) { prev = t; continue; }
            var next = -1;
            for (var s = t + 1; s < values.Length; s++) if (!double.IsNaN(values[s])) { next = s; break; }
            result[t] = method switch
            {
                PanelImputationMethod.Latest => prev >= 0 ? values[prev] : double.NaN,
                PanelImputationMethod.Constant => prev >= 0 ? values[prev] : values[first],
                PanelImputationMethod.Linear => prev >= 0 && next >= 0 ? Interpolate(periods, values, prev, next, t) : double.NaN,
                PanelImputationMethod.LinearConstant => prev >= 0 && next >= 0 ? Interpolate(periods, values, prev, next, t) : prev >= 0 ? values[last] : values[first],
                _ => throw new ArgumentException($"method: unknown panel imputation method {method}.", nameof(method)),
            };
        }
        return result;
    }

    /// <summary>
    /// Imputes an indicator panel over time, per space and indicator (<see cref="ImputeSeries"/> with periods in years
    /// since the first period). Imputed cells get the status <see cref="ValueStatus.Estimated"/> (<c>s</c>, geschätzt), so
    /// they stay recognisable in every later result.
    /// </summary>
    /// <param name="panel">The panel.</param>
    /// <param name="method">The method.</param>
    /// <param name="indicatorIds">Indicators to impute (default: all).</param>
    /// <returns>A new panel and the number of imputed cells.</returns>
    /// <remarks>Only cells that are <see cref="ValueStatus.Missing"/> or <see cref="ValueStatus.NotYetAvailable"/> are
    /// filled; suppressed (<c>.</c>), unreliable (<c>/</c>) and not applicable (<c>x</c>) cells are left as they are, so
    /// imputation never works around statistical confidentiality. Donor values are all cells with a number.</remarks>
    public static (IndicatorPanel Panel, int Imputed) ImputePanel(IndicatorPanel panel, PanelImputationMethod method, IReadOnlyList<string>? indicatorIds = null)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var ids = indicatorIds ?? panel.Indicators;
        var periods = panel.Periods.Select(p => IndicatorChange.YearsBetween(panel.Periods[0], p)).ToArray();
        var b = new IndicatorPanelBuilder();
        foreach (var s in panel.Spaces) b.AddSpace(s);
        foreach (var id in panel.Indicators)
            if (panel.Definition(id) is { } d) b.Define(d);
        var targets = new HashSet<string>(ids, StringComparer.Ordinal);
        foreach (var id in ids)
            if (!panel.HasIndicator(id)) throw new ArgumentException($"indicatorIds: '{id}' is not in the panel.", nameof(indicatorIds));
        var imputed = 0;
        var series = new double[periods.Length];
        for (var i = 0; i < panel.Indicators.Count; i++)
        {
            var id = panel.Indicators[i];
            for (var s = 0; s < panel.Spaces.Count; s++)
            {
                for (var p = 0; p < periods.Length; p++) series[p] = panel.Values(i, p)[s];
                var filled = targets.Contains(id) ? ImputeSeries(periods, series, method) : series;
                for (var p = 0; p < periods.Length; p++)
                {
                    var o = panel.Get(s, i, p);
                    if (!o.HasValue && o.Status is ValueStatus.Missing or ValueStatus.NotYetAvailable && !double.IsNaN(filled[p]))
                    {
                        o = new Observation(filled[p], ValueStatus.Estimated);
                        imputed++;
                    }
                    b.Set(panel.Spaces[s], id, panel.Periods[p], o);
                }
            }
        }
        return (b.Build(), imputed);
    }

    private static double Interpolate(ReadOnlySpan<double> p, ReadOnlySpan<double> v, int a, int b, int t) =>
        v[a] + (v[b] - v[a]) * (p[t] - p[a]) / (p[b] - p[a]);

    internal static double Mean(List<double> values)
    {
        double s = 0;
        foreach (var v in values) s += v;
        return s / values.Count;
    }

    internal static double Median(List<double> values)
    {
        values.Sort();
        var n = values.Count;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
