namespace Sozialindikatoren.Composite;

/// <summary>How the social index forms its status and dynamics classes (<em>Klassenbildung</em>).</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum ClassMethod
{
    /// <summary>Fixed cut-offs on the z values (<see cref="ClassCutoffs"/>, Berlin MSS: ±1 SD, +1.5 SD). Made for
    /// hundreds of areas; with a dozen spaces few or none fall into the outer classes.</summary>
    Mss = 0,

    /// <summary>Quantile classes over the classified spaces (R-7 quantiles, <see cref="Classification.QuantileClasses"/>):
    /// status in quartiles of the status z (lowest quarter = class 1 "hoch", highest = class 4 "sehr niedrig"),
    /// dynamics in terciles of the dynamics z (lowest third = "positiv", highest = "negativ"). Every class is filled
    /// whatever the number of spaces; the classes are relative to the county, not absolute.</summary>
    Quantile = 1,
}

/// <summary>Machine codes of <see cref="ClassMethod"/> (<c>mss</c>, <c>quantile</c>), as the CLI option
/// <c>--classes</c> and the JSON output use them.</summary>
public static class ClassMethodCodes
{
    /// <summary>The codes in enum order.</summary>
    public static IReadOnlyList<string> All { get; } = ["mss", "quantile"];

    /// <summary>The code of a method.</summary>
    /// <param name="method">The method.</param>
    /// <returns><c>mss</c> or <c>quantile</c>.</returns>
    public static string ToCode(this ClassMethod method) => method switch
    {
        ClassMethod.Mss => "mss",
        ClassMethod.Quantile => "quantile",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "class method: unknown value."),
    };

    /// <summary>Parses a code (exact, lower case).</summary>
    /// <param name="code">The code.</param>
    /// <param name="method">The method on success.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParseCode(string? code, out ClassMethod method)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i], code, StringComparison.Ordinal)) { method = (ClassMethod)i; return true; }
        }
        method = default;
        return false;
    }
}
