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
