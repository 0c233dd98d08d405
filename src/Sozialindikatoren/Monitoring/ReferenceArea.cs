using System.Globalization;
using NodaTime;

namespace Sozialindikatoren.Monitoring;

/// <summary>The area of a reference series (<em>Vergleichsraum</em>) beside the county and its spaces.</summary>
/// <remarks>Codes (CSV): <c>county</c>, <c>nrw</c>, <c>de</c>.</remarks>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum ReferenceArea
{
    /// <summary>The county (<em>Kreis</em>) the spaces belong to: its own series in the data, or the sum of its spaces' counts.</summary>
    County = 0,
    /// <summary>The federal state North Rhine-Westphalia (<em>Land NRW</em>).</summary>
    Nrw = 1,
    /// <summary>Germany (<em>Bund</em>).</summary>
    Germany = 2,
}

/// <summary>Codes of <see cref="ReferenceArea"/>.</summary>
/// <threadsafety>Pure functions; thread-safe.</threadsafety>
public static class ReferenceAreaExtensions
{
    /// <summary>The code: <c>county</c>, <c>nrw</c> or <c>de</c>.</summary>
    /// <param name="area">The area.</param>
    /// <returns>The code.</returns>
    public static string ToCode(this ReferenceArea area) => area switch
    {
        ReferenceArea.County => "county",
        ReferenceArea.Nrw => "nrw",
        ReferenceArea.Germany => "de",
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, "area: unknown reference area."),
    };
}
