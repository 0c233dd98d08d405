using System.Globalization;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Composite;

/// <summary>
/// Two-stage outlier treatment (<em>Ausreißerbehandlung</em>; COINr <c>Treat()</c>, JRC audit convention):
/// skew/kurtosis test → iterative winsorisation → log transform of the untreated column.
/// </summary>
/// <remarks>
/// <para>Per column, missing values ignored, n values, mean m, d = x − m:
/// skew = [√n·Σd³/(Σd²)^{3/2}]·√(n(n−1))/(n−2) (adjusted Fisher–Pearson, e1071 type 2, Excel SKEW; n ≥ 3);
/// kurt = ((n+1)(r−3)+6)(n−1)/((n−2)(n−3)) with r = n·Σd⁴/(Σd²)² (excess, e1071 type 2, Excel KURT; n ≥ 4).</para>
/// <para>Test: the column passes when |skew| &lt; T_s <b>or</b> kurt &lt; T_k (fails only if both are exceeded).
/// With fewer than 4 values or zero variance the moments are undefined; the column is left unchanged and reported as
/// <see cref="TreatmentOutcome.NotTestable"/> (COINr stops with an error, issue #45).</para>
/// <para>Winsorisation: while failing and the tally is below the limit: if skew ≥ 0 every point equal to the maximum
/// is set to the largest other value, else every point equal to the minimum to the smallest other value; tally =
/// size of the latest high set + size of the latest low set. If the winsorised column passes it is the result;
/// otherwise it is discarded and the log transform is applied to the untreated column (kept even if still failing).</para>
/// <para>Source: COINr 1.1.14 <c>R/treat.R</c>; OECD/JRC Handbook (2008) step 5; reference-data/asem/README.md.</para>
/// </remarks>
/// <threadsafety>Pure static functions; thread-safe.</threadsafety>
public static class OutlierTreatment
{
    /// <summary>Treats every indicator of a table.</summary>
    /// <param name="data">The data.</param>
    /// <param name="options">Options for all indicators (default <see cref="TreatmentOptions.Default"/>).</param>
    /// <param name="perIndicator">Optional options per indicator code, overriding <paramref name="options"/>.</param>
    /// <param name="exclude">Indicator codes to leave untreated (recorded as not needed).</param>
    /// <returns>The treated table and the treatment log.</returns>
    public static TreatmentResult Apply(IndicatorTable data, TreatmentOptions? options = null,
        IReadOnlyDictionary<string, TreatmentOptions>? perIndicator = null, IEnumerable<string>? exclude = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= TreatmentOptions.Default;
        var skip = new HashSet<string>(exclude ?? [], StringComparer.Ordinal);
        var cols = new double[data.IndicatorCount][];
        var records = new TreatmentRecord[data.IndicatorCount];
        for (var j = 0; j < cols.Length; j++)
        {
            var code = data.Codes[j];
            cols[j] = new double[data.UnitCount];
            if (skip.Contains(code))
            {
                data.Column(j).CopyTo(cols[j]);
                var r = new TreatmentRecord(code) { Outcome = TreatmentOutcome.NotNeeded };
                r.SkewBefore = r.SkewFinal = Skewness(cols[j]);
                r.KurtosisBefore = r.KurtosisFinal = Kurtosis(cols[j]);
                records[j] = r;
                continue;
            }
            var o = perIndicator is not null && perIndicator.TryGetValue(code, out var po) ? po : options;
            records[j] = TreatColumn(code, data.Column(j), cols[j], o, data.UnitArray);
        }
        return new TreatmentResult(data.WithColumns(cols), records);
    }

    /// <summary>Treats one column.</summary>
    /// <param name="code">The indicator code (for the record).</param>
    /// <param name="x">The values (NaN = missing, ignored and kept missing).</param>
    /// <param name="destination">Receives the treated values; same length as <paramref name="x"/>.</param>
    /// <param name="options">The options.</param>
    /// <param name="units">Optional unit ids for the winsorised-point list (same length).</param>
    /// <returns>The treatment record.</returns>
    public static TreatmentRecord TreatColumn(string code, ReadOnlySpan<double> x, Span<double> destination, TreatmentOptions options, IReadOnlyList<SpaceId>? units = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (destination.Length != x.Length) throw new ArgumentException("destination: must have the length of x.", nameof(destination));
        x.CopyTo(destination);
        var rec = new TreatmentRecord(code)
        {
            SkewBefore = Skewness(x),
            KurtosisBefore = Kurtosis(x),
        };
        if (double.IsNaN(rec.SkewBefore) || double.IsNaN(rec.KurtosisBefore))
        {
            rec.Outcome = TreatmentOutcome.NotTestable;
            rec.SkewFinal = rec.SkewBefore;
            rec.KurtosisFinal = rec.KurtosisBefore;
            return rec;
        }
        if (Passes(rec.SkewBefore, rec.KurtosisBefore, options))
        {
            rec.Outcome = TreatmentOutcome.NotNeeded;
            rec.SkewFinal = rec.SkewBefore;
            rec.KurtosisFinal = rec.KurtosisBefore;
            return rec;
        }
        // Stage 1: iterative winsorisation on destination.
        var high = new List<int>();
        var low = new List<int>();
        var tally = 0;
        var skew = rec.SkewBefore;
        var kurt = rec.KurtosisBefore;
        var pass = false;
        while (!pass && tally < options.WinsorisationLimit)
        {
            var isHigh = skew >= 0;
            var set = isHigh ? high : low;
            if (!WinsoriseStep(destination, isHigh, set)) break;
            tally = high.Count + low.Count;
            skew = Skewness(destination);
            kurt = Kurtosis(destination);
            pass = double.IsNaN(skew) || double.IsNaN(kurt) || Passes(skew, kurt, options);
        }
        rec.WinsorisedPointsTotal = tally;
        if (tally > 0)
        {
            rec.SkewAfterWinsorisation = skew;
            rec.KurtosisAfterWinsorisation = kurt;
            rec.PassedAfterWinsorisation = pass;
        }
        if (pass)
        {
            rec.Outcome = TreatmentOutcome.Winsorised;
            rec.Points = CollectPoints(x, destination, high, low, units);
            rec.SkewFinal = skew;
            rec.KurtosisFinal = kurt;
            return rec;
        }
        if (options.Log == LogTransform.None)
        {
            rec.Outcome = TreatmentOutcome.StillFailing;
            rec.Points = CollectPoints(x, destination, high, low, units);
            rec.SkewFinal = skew;
            rec.KurtosisFinal = kurt;
            return rec;
        }
        // Stage 2: log transform of the untreated (or winsorised) column.
        Span<double> source = options.LogOfWinsorised ? destination.ToArray() : x.ToArray();
        ApplyLog(source, destination, options.Log);
        rec.Outcome = TreatmentOutcome.LogTransformed;
        rec.SkewFinal = Skewness(destination);
        rec.KurtosisFinal = Kurtosis(destination);
        rec.PassedAfterLog = double.IsNaN(rec.SkewFinal) || double.IsNaN(rec.KurtosisFinal) || Passes(rec.SkewFinal, rec.KurtosisFinal, options);
        return rec;
    }

    /// <summary>The test: passes when |skew| &lt; T_s or kurt &lt; T_k.</summary>
    /// <param name="skew">Skew.</param>
    /// <param name="kurtosis">Excess kurtosis.</param>
    /// <param name="options">Thresholds.</param>
    /// <returns>Whether the column passes.</returns>
    public static bool Passes(double skew, double kurtosis, TreatmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Math.Abs(skew) < options.SkewThreshold || kurtosis < options.KurtosisThreshold;
    }

    /// <summary>Sample skewness (adjusted Fisher–Pearson, e1071 type 2), ignoring NaN.</summary>
    /// <param name="x">The values.</param>
    /// <returns>The skew, or NaN with fewer than 3 values or zero variance.</returns>
    public static double Skewness(ReadOnlySpan<double> x)
    {
        var (n, mean) = CountMean(x);
        if (n < 3) return double.NaN;
        double s2 = 0, s3 = 0;
        foreach (var v in x)
        {
            if (double.IsNaN(v)) continue;
            var d = v - mean;
            var d2 = d * d;
            s2 += d2;
            s3 += d2 * d;
        }
        if (s2 <= 0) return double.NaN;
        var g = Math.Sqrt(n) * s3 / Math.Pow(s2, 1.5);
        return g * Math.Sqrt(n * (n - 1.0)) / (n - 2.0);
    }

    /// <summary>Sample excess kurtosis (e1071 type 2), ignoring NaN.</summary>
    /// <param name="x">The values.</param>
    /// <returns>The kurtosis, or NaN with fewer than 4 values or zero variance.</returns>
    public static double Kurtosis(ReadOnlySpan<double> x)
    {
        var (n, mean) = CountMean(x);
        if (n < 4) return double.NaN;
        double s2 = 0, s4 = 0;
        foreach (var v in x)
        {
            if (double.IsNaN(v)) continue;
            var d = v - mean;
            var d2 = d * d;
            s2 += d2;
            s4 += d2 * d2;
        }
        if (s2 <= 0) return double.NaN;
        double nn = n;
        var r = nn * s4 / (s2 * s2);
        return ((nn + 1) * (r - 3) + 6) * (nn - 1) / ((nn - 2) * (nn - 3));
    }

    /// <summary>Applies a log transform to a column (NaN stays NaN).</summary>
    /// <param name="x">The values.</param>
    /// <param name="destination">Receives the transformed values.</param>
    /// <param name="transform">The transform.</param>
    public static void ApplyLog(ReadOnlySpan<double> x, Span<double> destination, LogTransform transform)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in x)
        {
            if (double.IsNaN(v)) continue;
            if (v < min) min = v;
            if (v > max) max = v;
        }
        var a = 0.01 * (max - min);
        var plusNegative = transform == LogTransform.LogCTPlus && Skewness(x) <= 0;
        for (var i = 0; i < x.Length; i++)
        {
            var v = x[i];
            destination[i] = double.IsNaN(v) ? double.NaN : transform switch
            {
                LogTransform.None => v,
                LogTransform.LogCT => Math.Log(v - min + a),
                LogTransform.LogCTPlus => plusNegative ? -Math.Log(max + a - v) : Math.Log(v - min + a),
                LogTransform.LogCTOriginal => Math.Log(v - min + 1),
                _ => throw new ArgumentException($"transform: unknown log transform {transform}.", nameof(transform)),
            };
            if (double.IsInfinity(destination[i])) destination[i] = double.NaN;
        }
    }

    private static (int N, double Mean) CountMean(ReadOnlySpan<double> x)
    {
        var n = 0;
        double s = 0;
        foreach (var v in x)
        {
            if (double.IsNaN(v)) continue;
            n++;
            s += v;
        }
        return (n, n == 0 ? double.NaN : s / n);
    }

    // One winsorisation step; replaces `set` by the indices changed in this step. Returns false when no other value exists.
    private static bool WinsoriseStep(Span<double> x, bool high, List<int> set)
    {
        var extreme = high ? double.NegativeInfinity : double.PositiveInfinity;
        foreach (var v in x)
        {
            if (double.IsNaN(v)) continue;
            if (high ? v > extreme : v < extreme) extreme = v;
        }
        var next = high ? double.NegativeInfinity : double.PositiveInfinity;
        var found = false;
        foreach (var v in x)
        {
            if (double.IsNaN(v) || v == extreme) continue;
            if (high ? v > next : v < next) next = v;
            found = true;
        }
        if (!found) return false;
        set.Clear();
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] == extreme)
            {
                x[i] = next;
                set.Add(i);
            }
        }
        return true;
    }

    private static WinsorisedPoint[] CollectPoints(ReadOnlySpan<double> original, ReadOnlySpan<double> treated, List<int> high, List<int> low, IReadOnlyList<SpaceId>? units)
    {
        var points = new List<WinsorisedPoint>(high.Count + low.Count);
        foreach (var i in high) points.Add(new WinsorisedPoint(UnitAt(units, i), true, original[i], treated[i]));
        foreach (var i in low) points.Add(new WinsorisedPoint(UnitAt(units, i), false, original[i], treated[i]));
        return points.ToArray();
    }

    private static SpaceId UnitAt(IReadOnlyList<SpaceId>? units, int i) =>
        units is not null && i < units.Count ? units[i] : new SpaceId("#" + (i + 1).ToString(CultureInfo.InvariantCulture));
}
