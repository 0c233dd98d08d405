using System.Globalization;
using Sozialindikatoren.Common;

namespace Sozialindikatoren.Statistics;

/// <summary>
/// One validated input row of a rate or proportion calculation (<em>Zähler und Nenner</em>): a non-negative integer
/// count and a positive denominator, parsed from text with the invariant culture (<c>.</c> as decimal point).
/// </summary>
/// <remarks>Error texts (stable, used by the CLI and tests): <c>count not a number</c>, <c>denominator not a number</c>,
/// <c>negative count</c>, <c>count not an integer</c>, <c>denominator not positive</c>, <c>count greater than
/// denominator</c> (proportions only; a rate may exceed its denominator, e.g. events per person-years).</remarks>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct RateInput
{
    /// <summary>Creates a validated row.</summary>
    /// <param name="count">The count, ≥ 0.</param>
    /// <param name="denominator">The denominator, finite and &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">negative count or denominator not positive.</exception>
    public RateInput(long count, double denominator)
    {
        Rates.Validate(count, denominator);
        Count = count;
        Denominator = denominator;
    }

    /// <summary>The count (Zähler).</summary>
    public long Count { get; }

    /// <summary>The denominator (Nenner).</summary>
    public double Denominator { get; }

    /// <summary>Parses and validates a row from text.</summary>
    /// <param name="countText">The count as text, e.g. <c>12</c>.</param>
    /// <param name="denominatorText">The denominator as text, e.g. <c>6800</c> or <c>1234.5</c>.</param>
    /// <param name="isProportion">Whether the row is a proportion (then the count must not exceed the denominator).</param>
    /// <param name="input">The row when valid.</param>
    /// <param name="error">The error text when invalid (see remarks), otherwise empty.</param>
    /// <param name="field">The field at fault (<c>count</c> or <c>denominator</c>) when invalid, otherwise empty.</param>
    /// <returns>Whether the row is valid.</returns>
    public static bool TryParse(string? countText, string? denominatorText, bool isProportion, out RateInput input, out string error, out string field)
    {
        input = default;
        var ct = (countText ?? "").Trim();
        var dt = (denominatorText ?? "").Trim();
        if (!double.TryParse(ct, NumberStyles.Float, CultureInfo.InvariantCulture, out var c) || !double.IsFinite(c))
            return Fail("count not a number", "count", out error, out field);
        if (!double.TryParse(dt, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || double.IsNaN(d))
            return Fail("denominator not a number", "denominator", out error, out field);
        return TryCreate(c, d, isProportion, out input, out error, out field);
    }

    /// <summary>Validates a row of numbers already parsed (e.g. by a CSV reader with German number rules).</summary>
    /// <param name="count">The count as read (must be a whole number ≥ 0).</param>
    /// <param name="denominator">The denominator as read (must be finite and &gt; 0).</param>
    /// <param name="isProportion">Whether the row is a proportion (then the count must not exceed the denominator).</param>
    /// <param name="input">The row when valid.</param>
    /// <param name="error">The error text when invalid (see remarks), otherwise empty.</param>
    /// <param name="field">The field at fault (<c>count</c> or <c>denominator</c>) when invalid, otherwise empty.</param>
    /// <returns>Whether the row is valid.</returns>
    public static bool TryCreate(double count, double denominator, bool isProportion, out RateInput input, out string error, out string field)
    {
        input = default;
        var c = count;
        var d = denominator;
        if (double.IsNaN(c) || double.IsInfinity(c)) return Fail("count not a number", "count", out error, out field);
        if (double.IsNaN(d)) return Fail("denominator not a number", "denominator", out error, out field);
        if (c < 0) return Fail("negative count", "count", out error, out field);
        if (PlausibleRange.CheckCount(c) is { } cp) return Fail(cp, "count", out error, out field);
        if (double.IsFinite(d) && PlausibleRange.CheckCount(d) is { } dp && d > 0) return Fail(dp, "denominator", out error, out field);
        if (c != Math.Floor(c) || c > long.MaxValue) return Fail("count not an integer", "count", out error, out field);
        if (!(d > 0) || !double.IsFinite(d)) return Fail("denominator not positive", "denominator", out error, out field);
        if (isProportion && c > d) return Fail("count greater than denominator", "count", out error, out field);
        input = new RateInput((long)c, d);
        error = "";
        field = "";
        return true;
    }

    private static bool Fail(string message, string name, out string error, out string field)
    {
        error = message;
        field = name;
        return false;
    }
}
