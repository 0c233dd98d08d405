using System.Globalization;

namespace Sozialindikatoren.Composite;

/// <summary>
/// Aggregation of normalised indicators into a hierarchy of any depth (<em>Aggregation</em>, OECD/JRC Handbook step 6;
/// COINr <c>Aggregate()</c>).
/// </summary>
/// <remarks>
/// <para><b>Missing children and weights.</b> Children with a missing value are skipped and the weights of the
/// available children are renormalised to sum 1 (Σ over available only). If the share of available children
/// (by count) is below the availability threshold, or none is available, or the available weights sum to 0, the
/// aggregate is missing.</para>
/// <para><b>Zeros.</b> A weighted geometric or harmonic mean that contains a zero (with positive weight) is 0, the
/// limit of the mean as that value tends to 0 (COINr fails, issues #47). A negative value is an error for these two
/// and for a generalised mean with non-integer p; the error names the unit and the aggregate.</para>
/// <para><b>Copeland.</b> For units i, j and the children available for both, o_ij = Σw_k[x_ik &gt; x_jk] +
/// ½Σw_k[x_ik = x_jk] with weights normalised over those children; the score of i is Σ_{j≠i} sign(o_ij − ½).</para>
/// <para>Sources: COINr 1.1.14 <c>R/aggregate.R</c>; Munda &amp; Nardo (2009), non-compensatory composite indicators.</para>
/// </remarks>
/// <threadsafety>Pure static functions; thread-safe.</threadsafety>
public static class Aggregation
{
    /// <summary>Aggregates the values of one unit (any method except Copeland).</summary>
    /// <param name="values">Child values (NaN = missing).</param>
    /// <param name="weights">Child weights (≥ 0), same length.</param>
    /// <param name="aggregator">The method.</param>
    /// <param name="availabilityThreshold">Minimum share of available children in [0, 1].</param>
    /// <returns>The aggregate, or NaN (missing) as described in the remarks.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A negative value where the method forbids it.</exception>
    public static double Combine(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, Aggregator aggregator, double availabilityThreshold = 0)
    {
        if (values.Length != weights.Length) throw new ArgumentException("weights: must have the length of values.", nameof(weights));
        if (aggregator.Method == AggregationMethod.Copeland)
            throw new ArgumentException("aggregator: Copeland compares units and needs whole columns; use CombineColumns.", nameof(aggregator));
        var available = 0;
        double wsum = 0;
        for (var k = 0; k < values.Length; k++)
        {
            if (double.IsNaN(values[k])) continue;
            available++;
            wsum += weights[k];
        }
        if (available == 0 || wsum <= 0 || (double)available / values.Length < availabilityThreshold) return double.NaN;
        switch (aggregator.Method)
        {
            case AggregationMethod.ArithmeticMean:
            {
                double s = 0;
                for (var k = 0; k < values.Length; k++)
                    if (!double.IsNaN(values[k])) s += weights[k] / wsum * values[k];
                return s;
            }
            case AggregationMethod.GeometricMean:
                return PowerMean(values, weights, wsum, 0);
            case AggregationMethod.HarmonicMean:
                return PowerMean(values, weights, wsum, -1);
            case AggregationMethod.GeneralisedMean:
                return PowerMean(values, weights, wsum, aggregator.Power);
            case AggregationMethod.WeightedMedian:
                return WeightedMedianOf(values, weights);
            default:
                throw new ArgumentException($"aggregator: unknown method {aggregator.Method}.", nameof(aggregator));
        }
    }

    private static double PowerMean(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, double wsum, double p)
    {
        if (p == 1)
        {
            double a = 0;
            for (var k = 0; k < values.Length; k++) if (!double.IsNaN(values[k])) a += weights[k] / wsum * values[k];
            return a;
        }
        var integerPower = p == Math.Floor(p);
        for (var k = 0; k < values.Length; k++)
        {
            var v = values[k];
            if (double.IsNaN(v)) continue;
            if (v < 0 && (p <= 0 || !integerPower))
                throw new ArgumentOutOfRangeException(nameof(values), v, $"values: the {(p == 0 ? "geometric" : p == -1 ? "harmonic" : "generalised")} mean needs values ≥ 0, got {v.ToString("R", CultureInfo.InvariantCulture)}; normalise to a non-negative scale (e.g. minmax:1:100).");
            if (v == 0 && p <= 0 && weights[k] > 0) return 0;
        }
        double s = 0;
        if (p == 0)
        {
            for (var k = 0; k < values.Length; k++) if (!double.IsNaN(values[k])) s += weights[k] / wsum * Math.Log(values[k]);
            return Math.Exp(s);
        }
        if (p == -1)
        {
            for (var k = 0; k < values.Length; k++) if (!double.IsNaN(values[k]) && weights[k] > 0) s += weights[k] / values[k];
            return wsum / s;
        }
        for (var k = 0; k < values.Length; k++) if (!double.IsNaN(values[k])) s += weights[k] / wsum * Math.Pow(values[k], p);
        return Math.Pow(s, 1 / p);
    }

    private static double WeightedMedianOf(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        Span<double> v = values.Length <= 64 ? stackalloc double[values.Length] : new double[values.Length];
        Span<double> w = values.Length <= 64 ? stackalloc double[values.Length] : new double[values.Length];
        var m = 0;
        double total = 0;
        for (var k = 0; k < values.Length; k++)
        {
            if (double.IsNaN(values[k]) || weights[k] <= 0) continue;
            v[m] = values[k];
            w[m] = weights[k];
            total += weights[k];
            m++;
        }
        v = v[..m];
        w = w[..m];
        v.Sort(w);
        var half = total / 2;
        double cum = 0;
        for (var k = 0; k < m; k++)
        {
            cum += w[k];
            if (Math.Abs(cum - half) <= 1e-12 * total && k + 1 < m) return (v[k] + v[k + 1]) / 2;
            if (cum >= half) return v[k];
        }
        return v[m - 1];
    }

    /// <summary>Aggregates whole child columns into one column (all methods, including Copeland).</summary>
    /// <param name="children">Child columns, each with one value per unit (NaN = missing).</param>
    /// <param name="weights">One weight per child (≥ 0).</param>
    /// <param name="aggregator">The method.</param>
    /// <param name="availabilityThreshold">Minimum share of available children in [0, 1].</param>
    /// <returns>One aggregate per unit.</returns>
    public static double[] CombineColumns(IReadOnlyList<double[]> children, ReadOnlySpan<double> weights, Aggregator aggregator, double availabilityThreshold = 0)
    {
        ArgumentNullException.ThrowIfNull(children);
        if (children.Count != weights.Length) throw new ArgumentException("weights: one weight per child column is required.", nameof(weights));
        CheckThreshold(availabilityThreshold);
        var n = children.Count == 0 ? 0 : children[0].Length;
        var result = new double[n];
        if (aggregator.Method == AggregationMethod.Copeland)
        {
            CopelandInto(children, weights, availabilityThreshold, result);
            return result;
        }
        var k = children.Count;
        Span<double> buf = k <= 256 ? stackalloc double[k] : new double[k];
        if (aggregator.Method == AggregationMethod.ArithmeticMean)
        {
            // Fast path without per-unit span gathering.
            for (var i = 0; i < n; i++)
            {
                double s = 0, wsum = 0;
                var available = 0;
                for (var c = 0; c < k; c++)
                {
                    var v = children[c][i];
                    if (double.IsNaN(v)) continue;
                    available++;
                    wsum += weights[c];
                }
                if (available == 0 || wsum <= 0 || (double)available / k < availabilityThreshold) { result[i] = double.NaN; continue; }
                for (var c = 0; c < k; c++)
                {
                    var v = children[c][i];
                    if (!double.IsNaN(v)) s += weights[c] / wsum * v;
                }
                result[i] = s;
            }
            return result;
        }
        for (var i = 0; i < n; i++)
        {
            for (var c = 0; c < k; c++) buf[c] = children[c][i];
            result[i] = Combine(buf, weights, aggregator, availabilityThreshold);
        }
        return result;
    }

    private static void CopelandInto(IReadOnlyList<double[]> children, ReadOnlySpan<double> weights, double threshold, double[] result)
    {
        var n = result.Length;
        var k = children.Count;
        var ok = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var available = 0;
            for (var c = 0; c < k; c++) if (!double.IsNaN(children[c][i])) available++;
            ok[i] = available > 0 && (double)available / k >= threshold;
        }
        for (var i = 0; i < n; i++)
        {
            if (!ok[i]) { result[i] = double.NaN; continue; }
            double score = 0;
            for (var j = 0; j < n; j++)
            {
                if (j == i || !ok[j]) continue;
                double o = 0, wsum = 0;
                for (var c = 0; c < k; c++)
                {
                    double a = children[c][i], b = children[c][j];
                    if (double.IsNaN(a) || double.IsNaN(b)) continue;
                    wsum += weights[c];
                    if (a > b) o += weights[c];
                    else if (a == b) o += weights[c] / 2;
                }
                if (wsum <= 0) continue;
                o /= wsum;
                score += o > 0.5 ? 1 : o < 0.5 ? -1 : 0;
            }
            result[i] = score;
        }
    }

    private static void CheckThreshold(double t)
    {
        if (!(t >= 0 && t <= 1))
            throw new ArgumentException($"availabilityThreshold: must be in [0, 1], was {t.ToString(CultureInfo.InvariantCulture)}.", nameof(t));
    }

    /// <summary>
    /// Aggregates level by level through the framework: indicators → level 2 → … → top, each parent from its
    /// children with the framework weights.
    /// </summary>
    /// <param name="normalised">Normalised indicators (columns named as the framework's indicators).</param>
    /// <param name="framework">The hierarchy and weights.</param>
    /// <param name="aggregator">The default method.</param>
    /// <param name="perLevel">Optional method per level (key = level of the aggregate, 2…L).</param>
    /// <param name="availabilityThreshold">Default availability threshold in [0, 1] (default 0: any available child suffices).</param>
    /// <param name="thresholdPerAggregate">Optional threshold per aggregate code.</param>
    /// <returns>A table with the indicators followed by the aggregates, level by level from the lowest, in framework order.</returns>
    /// <exception cref="ArgumentException">An indicator of the framework is missing from the table, or a value is invalid for the method (message names unit and aggregate).</exception>
    public static IndicatorTable Aggregate(IndicatorTable normalised, IndexFramework framework, Aggregator aggregator,
        IReadOnlyDictionary<int, Aggregator>? perLevel = null, double availabilityThreshold = 0,
        IReadOnlyDictionary<string, double>? thresholdPerAggregate = null)
    {
        ArgumentNullException.ThrowIfNull(normalised);
        ArgumentNullException.ThrowIfNull(framework);
        CheckThreshold(availabilityThreshold);
        var codes = new List<string>(framework.Indicators.Count + framework.Aggregates.Count);
        var cols = new List<double[]>(codes.Capacity);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var code in framework.Indicators)
        {
            var j = normalised.IndexOf(code);
            if (j < 0) throw new ArgumentException($"normalised: indicator '{code}' of the framework is not in the table.", nameof(normalised));
            index[code] = codes.Count;
            codes.Add(code);
            cols.Add(normalised.ColumnArray(j));
        }
        foreach (var agg in framework.Aggregates)
        {
            var element = framework[agg];
            var children = framework.Children(agg);
            var childCols = new double[children.Count][];
            var w = new double[children.Count];
            for (var c = 0; c < children.Count; c++)
            {
                childCols[c] = cols[index[children[c]]];
                w[c] = framework[children[c]].Weight;
            }
            var a = perLevel is not null && perLevel.TryGetValue(element.Level, out var pa) ? pa : aggregator;
            var t = thresholdPerAggregate is not null && thresholdPerAggregate.TryGetValue(agg, out var pt) ? pt : availabilityThreshold;
            double[] col;
            try
            {
                col = CombineColumns(childCols, w, a, t);
            }
            catch (ArgumentOutOfRangeException e)
            {
                var unit = FindOffendingUnit(childCols, normalised);
                throw new ArgumentException($"aggregate '{agg}', unit '{unit}': {e.Message}", nameof(normalised), e);
            }
            index[agg] = codes.Count;
            codes.Add(agg);
            cols.Add(col);
        }
        return IndicatorTable.Wrap(normalised.UnitArray, codes.ToArray(), cols.ToArray());
    }

    private static string FindOffendingUnit(double[][] cols, IndicatorTable table)
    {
        foreach (var c in cols)
            for (var i = 0; i < c.Length; i++)
                if (c[i] < 0) return table.Units[i].Value;
        return "?";
    }
}
