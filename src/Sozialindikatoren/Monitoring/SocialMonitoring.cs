using MathNet.Numerics.Distributions;
using NodaTime;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Monitoring;

/// <summary>
/// Social monitoring over time (<em>Sozialmonitoring, Beobachtung im Zeitverlauf</em>) and early warning
/// (<em>Frühwarnung</em>): per space × indicator the level with its sampling interval, the change over the window and
/// over the last 1/3/5 years, a trend whose significance reflects each value's sampling error, and the flags of a
/// configurable rule table.
/// </summary>
/// <remarks>
/// <para><b>Levels.</b> Shares in % (scale 100 with a denominator): Wilson interval of x/n; other rates: exact Poisson
/// below 10 events, Byar from 10 (<see cref="Rates"/>); direct values (no denominator): no interval.</para>
/// <para><b>Trends.</b> Shares: binomial (logit) regression of x_t on t with n_t trials; rates: Poisson regression with
/// offset log n_t (<see cref="CountTrend"/>, IRLS, Wald interval, quasi-likelihood dispersion φ = max(1, φ̂) by default);
/// direct values: ordinary least squares (<see cref="IndicatorTrend"/>). The slope is reported in the indicator's units
/// per year at the window's centre t̄: β·λ(t̄)·scale (Poisson) or β·p(t̄)(1 − p(t̄))·scale (binomial), its interval with the
/// same factor. The direction compares that interval with ± the minimum relevant change per year m =
/// <see cref="MonitoringOptions.MinimumChangePerYear"/> at the fitted level at t̄: rising when lower &gt; m, falling when
/// upper &lt; −m, stable when the interval lies within [−m, m], otherwise uncertain.</para>
/// <para><b>Rules</b> (never for the county or state series, which are references): see <see cref="WarningRuleKind"/>
/// and docs/monitoring.md for each rule's exact condition. Certainty: high when the condition also holds at
/// <see cref="MonitoringOptions.HighCertaintyLevel"/>, medium otherwise; reported for source-flagged breaks.</para>
/// <para>Deterministic; no randomness.</para>
/// </remarks>
/// <threadsafety>Pure static functions; thread-safe.</threadsafety>
public static class SocialMonitoring
{
    /// <summary>Runs the monitoring with the default options on a planning data set's indicator records.</summary>
    /// <param name="data">The data set.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">No indicator records.</exception>
    public static MonitoringResult Run(PlanningData data) => Run(MonitoringPanel.FromData(data), null);

    /// <summary>Runs the monitoring on a planning data set's indicator records.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="options">Options; null = <see cref="MonitoringOptions.Default"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">No indicator records, or no period in the window.</exception>
    public static MonitoringResult Run(PlanningData data, MonitoringOptions? options) => Run(MonitoringPanel.FromData(data), options);

    /// <summary>Runs the monitoring on a panel.</summary>
    /// <param name="panel">The panel.</param>
    /// <param name="options">Options; null = <see cref="MonitoringOptions.Default"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">No period lies in the window, or the window's first year is after its last.</exception>
    public static MonitoringResult Run(MonitoringPanel panel, MonitoringOptions? options)
    {
        ArgumentNullException.ThrowIfNull(panel);
        options ??= MonitoringOptions.Default;
        if (options.FromYear is { } fy && options.ToYear is { } ty && fy > ty)
            throw new ArgumentException($"options: the first year {fy} is after the last year {ty}.", nameof(options));
        var v = panel.Values;
        var window = Enumerable.Range(0, v.Periods.Count)
            .Where(p => (options.FromYear is not { } f || v.Periods[p].Year >= f) && (options.ToYear is not { } t || v.Periods[p].Year <= t)).ToArray();
        if (window.Length == 0)
            throw new ArgumentException($"options: no period of the data ({v.Periods[0]:yyyy-MM-dd} – {v.LatestPeriod:yyyy-MM-dd}) lies in the years {options.FromYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"}–{options.ToYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"}.", nameof(options));
        var years = v.Periods.Select(p => IndicatorChange.YearsBetween(v.Periods[0], p)).ToArray();
        var references = options.References.ToDictionary(r => (r.IndicatorId, r.Area, r.Period), r => r.Value);

        var indicators = new List<string>();
        var series = new List<SeriesPoint>();
        var trends = new List<TrendRow>();
        var warnings = new List<EarlyWarning>();
        for (var i = 0; i < v.Indicators.Count; i++)
        {
            var id = v.Indicators[i];
            var periods = window.Where(p => Enumerable.Range(0, v.Spaces.Count).Any(s => v.Get(s, i, p).HasValue)).ToArray();
            if (periods.Length == 0) continue;
            indicators.Add(id);
            var ctx = new IndicatorContext(panel, options, i, periods, years);
            for (var s = 0; s < v.Spaces.Count; s++)
            {
                foreach (var p in window)
                {
                    var o = v.Get(s, i, p);
                    if (o.Status == ValueStatus.Missing) continue;
                    var (lo, hi) = ctx.Interval(s, p, options.Level);
                    series.Add(new SeriesPoint(v.Spaces[s].Value, v.Spaces[s], panel.IsReference(v.Spaces[s]) ? ReferenceArea.County : null, id, v.Periods[p], o,
                        lo, hi, ctx.CountOrNaN(s, p), ctx.DenominatorOrNaN(s, p)));
                }
            }
            foreach (var area in new[] { ReferenceArea.Nrw, ReferenceArea.Germany })
                foreach (var r in options.References.Where(r => r.IndicatorId == id && r.Area == area && InWindow(r.Period.Year, options)).OrderBy(r => r.Period))
                    series.Add(new SeriesPoint(area.ToCode(), null, area, id, r.Period, Observation.Of(r.Value), double.NaN, double.NaN, double.NaN, double.NaN));

            var full = new Fit?[v.Spaces.Count];
            for (var s = 0; s < v.Spaces.Count; s++)
            {
                var isRef = panel.IsReference(v.Spaces[s]);
                var fit = ctx.FitWindow(s, periods, options.MinimumPeriods);
                full[s] = fit;
                trends.Add(ctx.Row(s, periods[0], periods[^1], fit, isRef));
                var last = periods[^1];
                foreach (var span in options.ChangeSpans)
                {
                    var from = v.IndexOfPeriod(v.Periods[last].PlusYears(-span));
                    if (from <= periods[0]) continue; // not in the data, before the window, or the whole window again
                    var sub = periods.Where(p => p >= from && p <= last).ToArray();
                    trends.Add(ctx.Row(s, from, last, ctx.FitWindow(s, sub, 2), isRef));
                }
            }
            for (var s = 0; s < v.Spaces.Count; s++)
            {
                if (panel.IsReference(v.Spaces[s])) continue;
                var county = panel.CountyOf(v.Spaces[s]) is { } c ? v.IndexOfSpace(c) : -1;
                foreach (var rule in options.Rules)
                {
                    if (!rule.AppliesTo(id)) continue;
                    switch (rule.Kind)
                    {
                        case WarningRuleKind.WorseningTrend:
                            ctx.Trend(s, rule, full[s], warnings);
                            break;
                        case WarningRuleKind.Threshold when rule.Threshold is { } th:
                            ctx.Crossing(s, rule, -1, th, warnings);
                            break;
                        case WarningRuleKind.CountyThreshold when county >= 0:
                            ctx.Crossing(s, rule, county, double.NaN, warnings);
                            break;
                        case WarningRuleKind.WideningGap:
                            ctx.Gap(s, rule, county, full, references, warnings);
                            break;
                        case WarningRuleKind.SeriesBreak:
                            ctx.Break(s, rule, warnings);
                            break;
                        default:
                            break;
                    }
                }
            }
        }
        var windowPeriods = window.Select(p => v.Periods[p]).ToArray();
        return new MonitoringResult(panel, options, indicators, windowPeriods, series, trends, warnings);
    }

    private static bool InWindow(int year, MonitoringOptions o) => (o.FromYear is not { } f || year >= f) && (o.ToYear is not { } t || year <= t);

    /// <summary>A fitted trend in a common shape: slope on the link scale (GLM) or value scale (OLS), with the factor to
    /// the indicator's units at the centre.</summary>
    private sealed record Fit(int N, double Slope, double Se, double Df, double Factor, double Level, double Dispersion, double PValue, CountTrendFit? Glm)
    {
        public (double Lower, double Upper) Units(ConfidenceLevel level)
        {
            if (!(Se >= 0) || double.IsNaN(Df)) return (double.NaN, double.NaN);
            var q = CountTrend.Quantile(level, Df);
            return ((Slope - q * Se) * Factor, (Slope + q * Se) * Factor);
        }
    }

    private sealed class IndicatorContext(MonitoringPanel panel, MonitoringOptions options, int indicator, int[] periods, double[] years)
    {
        private readonly IndicatorPanel _v = panel.Values;
        private readonly string _id = panel.Values.Indicators[indicator];
        private readonly IndicatorDefinition? _def = panel.Values.Definition(panel.Values.Indicators[indicator]);
        private double Scale => _def?.Scale ?? 1;
        private int Sign => _def is null ? 0 : (int)_def.Polarity;
        private bool IsShare => _def?.IsPercentage == true;

        public double CountOrNaN(int s, int p) => panel.Count(s, indicator, p);

        public double DenominatorOrNaN(int s, int p) => panel.Denominators.Get(s, indicator, p) is { HasValue: true } d ? d.Value : double.NaN;

        private bool HasCounts(int s, int p) => !double.IsNaN(CountOrNaN(s, p)) && DenominatorOrNaN(s, p) > 0;

        private bool Binomial(int s, int p) => IsShare && CountOrNaN(s, p) <= DenominatorOrNaN(s, p);

        public (double Lower, double Upper) Interval(int s, int p, ConfidenceLevel level)
        {
            if (!HasCounts(s, p)) return (double.NaN, double.NaN);
            var x = (long)Math.Round(CountOrNaN(s, p));
            var n = DenominatorOrNaN(s, p);
            if (IsShare && x > n) x = (long)Math.Floor(n);
            var ci = Rates.Interval(x, n, Binomial(s, p) ? IntervalMethod.Wilson : IntervalMethod.Auto, level, Scale);
            return (ci.Lower, ci.Upper);
        }

        /// <summary>Sampling standard error of a value in the indicator's units (φ = 1).</summary>
        private double StandardError(int s, int p)
        {
            var x = CountOrNaN(s, p);
            var n = DenominatorOrNaN(s, p);
            if (double.IsNaN(x) || !(n > 0)) return double.NaN;
            if (Binomial(s, p))
            {
                var q = x / n;
                return Math.Sqrt(q * (1 - q) / n) * Scale;
            }
            return Math.Sqrt(x) / n * Scale;
        }

        public Fit? FitWindow(int s, int[] window, int minimum)
        {
            var t = window.Select(p => years[p]).ToArray();
            var countBased = window.Any(p => HasCounts(s, p));
            if (countBased)
            {
                var x = window.Select(p => HasCounts(s, p) ? CountOrNaN(s, p) : double.NaN).ToArray();
                var n = window.Select(p => HasCounts(s, p) ? DenominatorOrNaN(s, p) : double.NaN).ToArray();
                if (x.Count(c => !double.IsNaN(c)) < minimum) return null;
                var family = IsShare && window.All(p => !HasCounts(s, p) || Binomial(s, p)) ? CountFamily.Binomial : CountFamily.Poisson;
                if (CountTrend.Fit(t, x, n, family, options.Level, options.Dispersion) is not { } f) return null;
                var centre = f.FittedAt(f.Centre);
                var factor = family == CountFamily.Poisson ? centre * Scale : centre * (1 - centre) * Scale;
                return new Fit(f.Count, f.Slope, f.StandardError, f.DegreesOfFreedom, factor, centre * Scale, f.Dispersion, f.PValue, f);
            }
            var y = window.Select(p => _v.Get(s, indicator, p) is { HasValue: true } o ? o.Value : double.NaN).ToArray();
            if (y.Count(c => !double.IsNaN(c)) < minimum) return null;
            if (IndicatorTrend.Fit(t, y, options.Level.Level) is not { } lt) return null;
            var tm = t.Where((_, k) => !double.IsNaN(y[k])).Average();
            var df = lt.HasInterval ? lt.Count - 2 : double.NaN;
            var pValue = lt.HasInterval ? (lt.StandardError == 0 ? (lt.Slope == 0 ? 1 : 0) : 2 * (1 - StudentT.CDF(0, 1, df, Math.Abs(lt.Slope) / lt.StandardError))) : double.NaN;
            return new Fit(lt.Count, lt.Slope, lt.HasInterval ? lt.StandardError : double.NaN, df, 1, lt.Intercept + lt.Slope * tm, 1, pValue, null);
        }

        private double MinimumChange(Fit f) => options.MinimumChangePerYear(_id, f.Level);

        public TrendRow Row(int s, int from, int to, Fit? fit, bool isReference)
        {
            var change = IndicatorChange.Compute(_v.Get(s, indicator, from), _v.Get(s, indicator, to), ChangeKind.Absolute);
            if (fit is null)
                return new TrendRow(_v.Spaces[s], _id, _v.Periods[from], _v.Periods[to], 0, change, Method(s, from), double.NaN, double.NaN, double.NaN, double.NaN,
                    double.NaN, double.NaN, TrendDirection.Insufficient, isReference);
            var (lo, hi) = fit.Units(options.Level);
            var m = MinimumChange(fit);
            var direction = double.IsNaN(lo) ? TrendDirection.Insufficient
                : lo > m ? TrendDirection.Rising
                : hi < -m ? TrendDirection.Falling
                : lo >= -m && hi <= m ? TrendDirection.Stable
                : TrendDirection.Uncertain;
            var method = fit.Glm is { } g ? (g.Family == CountFamily.Binomial ? TrendMethod.Binomial : TrendMethod.Poisson) : TrendMethod.LeastSquares;
            return new TrendRow(_v.Spaces[s], _id, _v.Periods[from], _v.Periods[to], fit.N, change, method, fit.Slope * fit.Factor, lo, hi, fit.PValue, m,
                fit.Dispersion, direction, isReference);
        }

        private TrendMethod Method(int s, int p) => HasCounts(s, p) ? (IsShare ? TrendMethod.Binomial : TrendMethod.Poisson) : TrendMethod.LeastSquares;

        public void Trend(int s, WarningRule rule, Fit? fit, List<EarlyWarning> warnings)
        {
            if (Sign == 0 || fit is null) return;
            var m = MinimumChange(fit);
            bool Holds(ConfidenceLevel level)
            {
                var (lo, hi) = fit.Units(level);
                return Sign > 0 ? lo > m : hi < -m;
            }
            if (!Holds(options.Level)) return;
            var (l, u) = fit.Units(options.Level);
            warnings.Add(new EarlyWarning(_v.Spaces[s], _id, rule, _v.Periods[periods[0]], _v.Periods[periods[^1]], fit.Slope * fit.Factor, Sign * m, l, u,
                Holds(options.HighCertaintyLevel) ? WarningCertainty.High : WarningCertainty.Medium));
        }

        /// <summary>Crossing of a fixed threshold (county &lt; 0) or of the county's interval.</summary>
        public void Crossing(int s, WarningRule rule, int county, double threshold, List<EarlyWarning> warnings)
        {
            if (Sign == 0) return;
            var countyRule = county >= 0;
            bool? Past(int p, ConfidenceLevel level)
            {
                var o = _v.Get(s, indicator, p);
                if (!o.HasValue) return null;
                var (lo, hi) = Interval(s, p, level);
                if (double.IsNaN(lo))
                {
                    if (countyRule) return null;
                    lo = hi = o.Value;
                }
                double tLo = threshold, tHi = threshold;
                if (countyRule)
                {
                    if (!_v.Get(county, indicator, p).HasValue) return null;
                    (tLo, tHi) = Interval(county, p, level);
                    if (double.IsNaN(tLo)) return null;
                }
                return Sign > 0 ? lo > tHi : hi < tLo;
            }
            var withValue = periods.Where(p => Past(p, options.Level) is not null).ToArray();
            if (withValue.Length < 2 || Past(withValue[^1], options.Level) != true) return;
            for (var k = withValue.Length - 1; k >= 1; k--)
            {
                var p = withValue[k];
                if (Past(withValue[k - 1], options.Level) == true) continue;
                var (lo, hi) = Interval(s, p, options.Level);
                var reference = countyRule ? _v.Get(county, indicator, p).Value : threshold;
                var high = !double.IsNaN(lo) && Past(p, options.HighCertaintyLevel) == true;
                warnings.Add(new EarlyWarning(_v.Spaces[s], _id, rule, _v.Periods[withValue[k - 1]], _v.Periods[p], _v.Get(s, indicator, p).Value, reference,
                    lo, hi, high ? WarningCertainty.High : WarningCertainty.Medium));
                return;
            }
        }

        public void Gap(int s, WarningRule rule, int county, Fit?[] fits, Dictionary<(string, ReferenceArea, LocalDate), double> references, List<EarlyWarning> warnings)
        {
            if (Sign == 0 || rule.Reference is not { } area) return;
            if (area == ReferenceArea.County && county < 0) return;
            (double Value, double Se)? Reference(int p)
            {
                if (area == ReferenceArea.County)
                {
                    var o = _v.Get(county, indicator, p);
                    var se = StandardError(county, p);
                    if (!o.HasValue || double.IsNaN(se)) return null;
                    return (o.Value, se * Math.Sqrt(fits[county]?.Dispersion ?? 1));
                }
                return references.TryGetValue((_id, area, _v.Periods[p]), out var r) ? (r, 0.0) : null;
            }
            (double Value, double Se)? Own(int p)
            {
                var o = _v.Get(s, indicator, p);
                var se = StandardError(s, p);
                if (!o.HasValue || double.IsNaN(se)) return null;
                return (o.Value, se * Math.Sqrt(fits[s]?.Dispersion ?? 1));
            }
            var both = periods.Where(p => Own(p) is not null && Reference(p) is not null).ToArray();
            if (both.Length < 2) return;
            int a = both[0], b = both[^1];
            var (oa, sa) = Own(a)!.Value;
            var (ob, sb) = Own(b)!.Value;
            var (ra, rsa) = Reference(a)!.Value;
            var (rb, rsb) = Reference(b)!.Value;
            var ga = Sign * (oa - ra);
            var gb = Sign * (ob - rb);
            var seB = Math.Sqrt(sb * sb + rsb * rsb);
            var seD = Math.Sqrt(seB * seB + sa * sa + rsa * rsa);
            var relevant = options.MinimumChangePerYear(_id, rb) * (years[b] - years[a]);
            bool Holds(ConfidenceLevel level) => gb - level.Z * seB > 0 && gb - ga - level.Z * seD > relevant;
            if (!Holds(options.Level)) return;
            var z = options.Level.Z;
            warnings.Add(new EarlyWarning(_v.Spaces[s], _id, rule, _v.Periods[a], _v.Periods[b], gb, ga, gb - ga - z * seD, gb - ga + z * seD,
                Holds(options.HighCertaintyLevel) ? WarningCertainty.High : WarningCertainty.Medium));
        }

        public void Break(int s, WarningRule rule, List<EarlyWarning> warnings)
        {
            var seen = new List<int>();
            foreach (var p in periods)
            {
                var o = _v.Get(s, indicator, p);
                if (o.Status == ValueStatus.SeriesBreak)
                {
                    var prev = seen.Count > 0 ? _v.Get(s, indicator, seen[^1]).Value : double.NaN;
                    warnings.Add(new EarlyWarning(_v.Spaces[s], _id, rule, _v.Periods[seen.Count > 0 ? seen[^1] : p], _v.Periods[p], o.HasValue ? o.Value : double.NaN,
                        prev, double.NaN, double.NaN, WarningCertainty.Reported));
                }
                else if (seen.Count >= 3 && HasCounts(s, p) && Jump(s, p, seen) is { } w)
                {
                    warnings.Add(new EarlyWarning(_v.Spaces[s], _id, rule, _v.Periods[seen[^1]], _v.Periods[p], o.Value, w.Expected, w.Lower, w.Upper, w.Certainty));
                }
                if (o.HasValue && o.Status != ValueStatus.SeriesBreak && HasCounts(s, p)) seen.Add(p);
                else if (o.Status == ValueStatus.SeriesBreak) seen.Clear();
            }
        }

        private (double Expected, double Lower, double Upper, WarningCertainty Certainty)? Jump(int s, int p, List<int> before)
        {
            if (FitWindow(s, [.. before], 3) is not { Glm: { } f }) return null;
            var x = CountOrNaN(s, p);
            var n = DenominatorOrNaN(s, p);
            var binomial = f.Family == CountFamily.Binomial;
            if (!(x > 0) || binomial && !(x < n)) return null;
            var q = x / n;
            var etaObs = binomial ? Math.Log(q / (1 - q)) : Math.Log(q);
            var varObs = f.Dispersion * (binomial ? 1 / (n * q * (1 - q)) : 1 / x);
            var etaHat = f.Intercept + f.Slope * (years[p] - f.Centre);
            var sd = Math.Sqrt(f.PredictorVariance(years[p]) + varObs);
            double Inv(double eta) => (binomial ? 1 / (1 + Math.Exp(-eta)) : Math.Exp(eta)) * Scale;
            var expected = Inv(etaHat);
            var z = Math.Abs(etaObs - etaHat) / sd;
            if (z <= options.Level.Z || Math.Abs(q * Scale / expected - 1) < options.MinimumBreakJump) return null;
            var zl = options.Level.Z;
            return (expected, Inv(etaHat - zl * sd), Inv(etaHat + zl * sd), z > options.HighCertaintyLevel.Z ? WarningCertainty.High : WarningCertainty.Medium);
        }
    }
}
