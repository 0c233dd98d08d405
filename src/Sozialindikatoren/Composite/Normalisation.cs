using System.Globalization;

namespace Sozialindikatoren.Composite;

/// <summary>
/// Normalisation of indicators to a common scale (<em>Normierung</em>, <em>Standardisierung</em>), OECD/JRC Handbook
/// step 5, COINr <c>Normalise()</c>. The direction (polarity) is applied first: x' = d·x with d = ±1, so that after
/// normalisation a higher value always means "better" in COINr's convention (goalposts handle d themselves).
/// </summary>
/// <remarks>
/// <para>Missing values are ignored in min, max, mean, SD and ranks and stay missing. A column without variation
/// (max = min, or SD = 0) carries no information: min-max gives (l + u)/2, distance-to-max 0.5, z-score m for every
/// present value (COINr returns NaN). A column without present values stays missing. Division by a zero maximum
/// (fraction of max) or a zero span (distance to reference/target) gives missing, never ±∞.</para>
/// <para>Sources: COINr 1.1.14 <c>R/normalise.R</c>; OECD/JRC Handbook (2008) §5.</para>
/// </remarks>
/// <threadsafety>Pure static functions; thread-safe.</threadsafety>
public static class Normalisation
{
    /// <summary>Normalises one column.</summary>
    /// <param name="x">The values (NaN = missing).</param>
    /// <param name="destination">Receives the normalised values.</param>
    /// <param name="normaliser">The method.</param>
    /// <param name="direction">+1 or −1.</param>
    /// <param name="target">The indicator's target (distance to target only), in indicator units.</param>
    /// <param name="referenceIndex">Position of the reference unit (distance to reference only).</param>
    /// <exception cref="ArgumentException">Direction not ±1, or a needed target/reference is missing.</exception>
    public static void NormaliseColumn(ReadOnlySpan<double> x, Span<double> destination, Normaliser normaliser, int direction = 1, double target = double.NaN, int referenceIndex = -1)
    {
        if (direction is not (1 or -1)) throw new ArgumentException($"direction: must be +1 or -1, was {direction}.", nameof(direction));
        if (destination.Length != x.Length) throw new ArgumentException("destination: must have the length of x.", nameof(destination));
        double d = direction;
        double min = double.PositiveInfinity, max = double.NegativeInfinity, sum = 0;
        var n = 0;
        foreach (var v in x)
        {
            if (double.IsNaN(v)) continue;
            var w = d * v;
            if (w < min) min = w;
            if (w > max) max = w;
            sum += w;
            n++;
        }
        if (n == 0)
        {
            destination.Fill(double.NaN);
            return;
        }
        switch (normaliser.Method)
        {
            case NormalisationMethod.None:
                for (var i = 0; i < x.Length; i++) destination[i] = d * x[i];
                break;
            case NormalisationMethod.MinMax:
            {
                double l = normaliser.A, u = normaliser.B, span = max - min;
                for (var i = 0; i < x.Length; i++)
                {
                    var v = x[i];
                    destination[i] = double.IsNaN(v) ? double.NaN : span > 0 ? (d * v - min) / span * (u - l) + l : (l + u) / 2;
                }
                break;
            }
            case NormalisationMethod.ZScore:
            {
                var mean = sum / n;
                double ss = 0;
                foreach (var v in x)
                {
                    if (double.IsNaN(v)) continue;
                    var e = d * v - mean;
                    ss += e * e;
                }
                var sd = n > 1 ? Math.Sqrt(ss / (n - 1)) : 0;
                for (var i = 0; i < x.Length; i++)
                {
                    var v = x[i];
                    destination[i] = double.IsNaN(v) ? double.NaN : sd > 0 ? (d * v - mean) / sd * normaliser.B + normaliser.A : normaliser.A;
                }
                break;
            }
            case NormalisationMethod.Scaled:
                for (var i = 0; i < x.Length; i++)
                    destination[i] = (d * x[i] - normaliser.A) / (normaliser.B - normaliser.A) * 100;
                break;
            case NormalisationMethod.Rank:
            case NormalisationMethod.PercentRank:
            case NormalisationMethod.Borda:
            {
                var dirX = new double[x.Length];
                for (var i = 0; i < x.Length; i++) dirX[i] = d * x[i];
                Ranking.RankInto(dirX, destination, TieMethod.Min);
                if (normaliser.Method == NormalisationMethod.Borda)
                    for (var i = 0; i < x.Length; i++) destination[i] -= 1;
                else if (normaliser.Method == NormalisationMethod.PercentRank)
                    for (var i = 0; i < x.Length; i++) destination[i] = n > 1 ? (destination[i] - 1) / (n - 1) : double.IsNaN(destination[i]) ? double.NaN : 0.5;
                break;
            }
            case NormalisationMethod.DistanceToMax:
            {
                var span = max - min;
                for (var i = 0; i < x.Length; i++)
                    destination[i] = double.IsNaN(x[i]) ? double.NaN : span > 0 ? 1 - (max - d * x[i]) / span : 0.5;
                break;
            }
            case NormalisationMethod.DistanceToReference:
            {
                if (referenceIndex < 0 || referenceIndex >= x.Length)
                    throw new ArgumentException($"referenceIndex: reference unit '{normaliser.ReferenceUnit}' not found.", nameof(referenceIndex));
                var r = d * x[referenceIndex];
                var span = r - min;
                for (var i = 0; i < x.Length; i++)
                {
                    var y = double.IsNaN(r) || span == 0 ? double.NaN : 1 - (r - d * x[i]) / span;
                    destination[i] = normaliser.Cap && y > 1 ? 1 : y;
                }
                break;
            }
            case NormalisationMethod.DistanceToTarget:
            {
                if (double.IsNaN(target)) throw new ArgumentException("target: distance to target needs a target value for the indicator.", nameof(target));
                var t = d * target;
                var span = t - min;
                for (var i = 0; i < x.Length; i++)
                {
                    var y = span == 0 ? double.NaN : (d * x[i] - min) / span;
                    destination[i] = normaliser.Cap && y > 1 ? 1 : y;
                }
                break;
            }
            case NormalisationMethod.FractionOfMax:
                for (var i = 0; i < x.Length; i++) destination[i] = max == 0 ? double.NaN : d * x[i] / max;
                break;
            case NormalisationMethod.Goalposts:
            {
                double l = normaliser.A, u = normaliser.B;
                for (var i = 0; i < x.Length; i++)
                {
                    var v = x[i];
                    if (double.IsNaN(v)) { destination[i] = double.NaN; continue; }
                    var y = direction == 1 ? (v - l) / (u - l) : (u - v) / (u - l);
                    destination[i] = Math.Clamp(y, 0, 1) * normaliser.Scale;
                }
                break;
            }
            default:
                throw new ArgumentException($"normaliser: unknown method {normaliser.Method}.", nameof(normaliser));
        }
    }

    /// <summary>Normalises every indicator of a table with its framework direction and target.</summary>
    /// <param name="data">The data; codes not in the framework are treated with direction +1.</param>
    /// <param name="framework">Directions and targets.</param>
    /// <param name="normaliser">The default method.</param>
    /// <param name="perIndicator">Optional methods per indicator code (COINr <c>indiv_specs</c>), overriding the default.</param>
    /// <returns>The normalised table.</returns>
    public static IndicatorTable Apply(IndicatorTable data, IndexFramework? framework, Normaliser normaliser, IReadOnlyDictionary<string, Normaliser>? perIndicator = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var cols = new double[data.IndicatorCount][];
        for (var j = 0; j < cols.Length; j++)
        {
            var code = data.Codes[j];
            var n = perIndicator is not null && perIndicator.TryGetValue(code, out var pn) ? pn : normaliser;
            var e = framework is not null && framework.Contains(code) ? framework[code] : null;
            var reference = n.Method == NormalisationMethod.DistanceToReference ? data.UnitIndexOf(new Spaces.SpaceId(n.ReferenceUnit!)) : -1;
            cols[j] = new double[data.UnitCount];
            NormaliseColumn(data.Column(j), cols[j], n, e?.Direction ?? 1, e?.Target ?? double.NaN, reference);
        }
        return data.WithColumns(cols);
    }
}
