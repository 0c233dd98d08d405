namespace Sozialindikatoren.Statistics;

/// <summary>The method of a confidence interval (<em>Verfahren des Konfidenzintervalls</em>).</summary>
/// <remarks>Code names (CLI, CSV): <c>wilson</c>, <c>exact</c>, <c>byar</c>, <c>auto</c>; see <see cref="IntervalMethodExtensions.ToCode"/>.</remarks>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum IntervalMethod
{
    /// <summary>Wilson score interval of a proportion x/n (Wilson 1927).</summary>
    Wilson = 0,
    /// <summary>Exact Poisson interval of a count (Garwood 1936), via χ² (equivalently gamma) quantiles.</summary>
    ExactPoisson = 1,
    /// <summary>Byar's approximation of the Poisson interval of a count (Breslow &amp; Day 1987).</summary>
    Byar = 2,
    /// <summary>Public-health rule for counts: exact Poisson below 10 events, Byar from 10 events (PHEindicatormethods).</summary>
    Auto = 3,
    /// <summary>Dobson et al. (1991) interval of a directly standardised rate: the Poisson limits of the total count (Byar or exact) scaled onto the rate.</summary>
    Dobson = 4,
}

/// <summary>Codes of <see cref="IntervalMethod"/>.</summary>
/// <threadsafety>All members are pure and thread-safe.</threadsafety>
public static class IntervalMethodExtensions
{
    /// <summary>The code name: <c>wilson</c>, <c>exact</c>, <c>byar</c> or <c>auto</c>.</summary>
    /// <param name="method">The method.</param>
    /// <returns>The code.</returns>
    public static string ToCode(this IntervalMethod method) => method switch
    {
        IntervalMethod.Wilson => "wilson",
        IntervalMethod.ExactPoisson => "exact",
        IntervalMethod.Byar => "byar",
        IntervalMethod.Auto => "auto",
        IntervalMethod.Dobson => "dobson",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "method: unknown interval method."),
    };

    /// <summary>Parses a code name of a crude-rate method (<c>wilson</c>, <c>exact</c>, <c>byar</c>, <c>auto</c>; case-sensitive, as written by <see cref="ToCode"/>).</summary>
    /// <param name="code">The code.</param>
    /// <param name="method">The method when known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParseCode(string? code, out IntervalMethod method)
    {
        switch (code)
        {
            case "wilson": method = IntervalMethod.Wilson; return true;
            case "exact": method = IntervalMethod.ExactPoisson; return true;
            case "byar": method = IntervalMethod.Byar; return true;
            case "auto": method = IntervalMethod.Auto; return true;
            default: method = IntervalMethod.Auto; return false;
        }
    }
}
