using System.Globalization;
using MathNet.Numerics.Distributions;
using NodaTime;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Indicators;

/// <summary>How the change of an indicator between two periods is expressed (<em>Veränderung</em>).</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum ChangeKind
{
    /// <summary>Absolute change b − a in the indicator's unit.</summary>
    Absolute = 0,
    /// <summary>Change of a percentage in percentage points (<em>Prozentpunkte</em>): b − a; only for percentage indicators.</summary>
    PercentagePoints = 1,
    /// <summary>Relative change (b − a)/|a| × 100 in %; not applicable when a = 0.</summary>
    Relative = 2,
    /// <summary>Annualised growth ((b/a)^{1/t} − 1) × 100 in % per year (compound annual growth rate) over t years; needs a &gt; 0 and b ≥ 0.</summary>
    Annualised = 3,
}

/// <summary>
/// Change of indicators between periods (<em>Veränderung</em>, the basis of MSS dynamics: change in percentage points
/// over two years).
/// </summary>
/// <remarks>
/// Status propagation as in <see cref="Observation"/> arithmetic: a change involving a value without a number is
/// without a number (its status the more severe of both); a flagged input (provisional, estimated …) flags the change.
/// Impossible changes (relative change from 0, annualised growth from a non-positive value, zero time span) are
/// <see cref="ValueStatus.NotApplicable"/>, never ±∞.
/// </remarks>
/// <threadsafety>Pure static functions; thread-safe.</threadsafety>
public static class IndicatorChange
{
    /// <summary>Years between two reference dates: whole months / 12 plus the remaining days / 365.2425
    /// (31.12.2022 → 31.12.2024 is exactly 2).</summary>
    /// <param name="from">Earlier date.</param>
    /// <param name="to">Later date.</param>
    /// <returns>The span in years (negative when <paramref name="to"/> is earlier).</returns>
    public static double YearsBetween(LocalDate from, LocalDate to)
    {
        if (to < from) return -YearsBetween(to, from);
        var months = Period.Between(from, to, PeriodUnits.Months).Months;
        var rest = Period.Between(from.PlusMonths(months), to, PeriodUnits.Days).Days;
        return months / 12.0 + rest / 365.2425;
    }

    /// <summary>The change between two observations.</summary>
    /// <param name="from">Value at the earlier period (a).</param>
    /// <param name="to">Value at the later period (b).</param>
    /// <param name="kind">How to express the change.</param>
    /// <param name="years">The time span in years (needed for <see cref="ChangeKind.Annualised"/>).</param>
    /// <returns>The change with its status.</returns>
    public static Observation Compute(Observation from, Observation to, ChangeKind kind, double years = double.NaN)
    {
        var diff = Observation.Subtract(to, from);
        if (!diff.HasValue) return diff;
        var status = diff.Status == ValueStatus.ExactZero ? ValueStatus.Exact : diff.Status;
        switch (kind)
        {
            case ChangeKind.Absolute:
            case ChangeKind.PercentagePoints:
                return diff.Value == 0 ? new Observation(0, status) : diff;
            case ChangeKind.Relative:
                return from.Value == 0 ? new Observation(double.NaN, ValueStatus.NotApplicable) : new Observation((to.Value - from.Value) / Math.Abs(from.Value) * 100, status);
            case ChangeKind.Annualised:
                if (!(years > 0) || !double.IsFinite(years) || from.Value <= 0 || to.Value < 0) return new Observation(double.NaN, ValueStatus.NotApplicable);
                return new Observation((Math.Pow(to.Value / from.Value, 1 / years) - 1) * 100, status);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "kind: unknown change kind.");
        }
    }

    /// <summary>The change of one indicator between two periods for every space of a panel.</summary>
    /// <param name="panel">The panel.</param>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="from">Earlier period.</param>
    /// <param name="to">Later period.</param>
    /// <param name="kind">How to express the change.</param>
    /// <returns>One change per space (panel order).</returns>
    /// <exception cref="ArgumentException">Unknown indicator or period, or percentage points for a non-percentage indicator.</exception>
    public static Observation[] Between(IndicatorPanel panel, string indicatorId, LocalDate from, LocalDate to, ChangeKind kind)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var i = panel.IndexOfIndicator(indicatorId);
        if (i < 0) throw new ArgumentException($"indicatorId: '{indicatorId}' is not in the panel.", nameof(indicatorId));
        var a = panel.IndexOfPeriod(from);
        var b = panel.IndexOfPeriod(to);
        if (a < 0) throw new ArgumentException($"from: {from:yyyy-MM-dd} is not a period of the panel.", nameof(from));
        if (b < 0) throw new ArgumentException($"to: {to:yyyy-MM-dd} is not a period of the panel.", nameof(to));
        if (kind == ChangeKind.PercentagePoints && panel.Definition(indicatorId) is { IsPercentage: false } def)
            throw new ArgumentException($"kind: percentage points need a percentage indicator; '{indicatorId}' is in {def.Unit}.", nameof(kind));
        var years = YearsBetween(from, to);
        var result = new Observation[panel.Spaces.Count];
        for (var s = 0; s < result.Length; s++) result[s] = Compute(panel.Get(s, i, a), panel.Get(s, i, b), kind, years);
        return result;
    }
}

/// <summary>A fitted linear trend of one indicator in one space (<em>linearer Trend</em>).</summary>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct LinearTrend : IEquatable<LinearTrend>
{
    internal LinearTrend(int n, double slope, double intercept, double standardError, double lower, double upper, double level)
    {
        Count = n;
        Slope = slope;
        Intercept = intercept;
        StandardError = standardError;
        SlopeLower = lower;
        SlopeUpper = upper;
        Level = level;
    }

    /// <summary>Number of periods with a value used in the fit.</summary>
    public int Count { get; }

    /// <summary>Slope b in indicator units per year (ordinary least squares).</summary>
    public double Slope { get; }

    /// <summary>Intercept: fitted value at the first period of the panel.</summary>
    public double Intercept { get; }

    /// <summary>Standard error of the slope, √(Σe²/(n−2) / Σ(t−t̄)²); NaN when n &lt; 3.</summary>
    public double StandardError { get; }

    /// <summary>Lower bound of the slope's confidence interval, b − t_{1−α/2, n−2}·SE; NaN when n &lt; 3.</summary>
    public double SlopeLower { get; }

    /// <summary>Upper bound of the slope's confidence interval; NaN when n &lt; 3.</summary>
    public double SlopeUpper { get; }

    /// <summary>Confidence level of the interval (e.g. 0.95).</summary>
    public double Level { get; }

    /// <summary>Whether an interval exists (n ≥ 3).</summary>
    public bool HasInterval => Count >= 3 && double.IsFinite(StandardError);

    /// <summary>Whether the interval excludes 0 (a significant trend at the chosen level).</summary>
    public bool IsSignificant => HasInterval && (SlopeLower > 0 || SlopeUpper < 0);

    /// <inheritdoc />
    public bool Equals(LinearTrend other) => Count == other.Count && Slope.Equals(other.Slope) && Intercept.Equals(other.Intercept)
        && StandardError.Equals(other.StandardError) && Level.Equals(other.Level);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LinearTrend t && Equals(t);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Count, Slope, Intercept, StandardError);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(LinearTrend left, LinearTrend right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(LinearTrend left, LinearTrend right) => !left.Equals(right);

    /// <summary>E.g. <c>+0.42/yr [0.10, 0.74] (n = 5)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => HasInterval
        ? string.Create(CultureInfo.InvariantCulture, $"{Slope:+0.###;-0.###;0}/yr [{SlopeLower:0.###}, {SlopeUpper:0.###}] (n = {Count})")
        : string.Create(CultureInfo.InvariantCulture, $"{Slope:+0.###;-0.###;0}/yr (n = {Count}, no interval)");
}

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
