using System.Globalization;

namespace Sozialindikatoren.Offerings;

/// <summary>The unit of an offering's capacity (<em>Kapazitätseinheit</em>). Capacities of different units are never added.</summary>
public enum CapacityUnit
{
    /// <summary>Places (<em>Plätze</em>), e.g. Kita places, nursing-home places, women's-shelter family places.</summary>
    Places = 0,
    /// <summary>Full-time equivalents of professional staff (<em>Vollzeitäquivalente</em>, VZÄ).</summary>
    FullTimeEquivalents = 1,
    /// <summary>Opening or counselling hours per week (<em>Stunden pro Woche</em>).</summary>
    HoursPerWeek = 2,
    /// <summary>Cases per year (<em>Fälle pro Jahr</em>).</summary>
    CasesPerYear = 3,
}

/// <summary>Labels for <see cref="CapacityUnit"/>.</summary>
/// <threadsafety>Pure; thread-safe.</threadsafety>
public static class CapacityUnitExtensions
{
    /// <summary>The machine code used in files: <c>places</c>, <c>fte</c>, <c>hours_per_week</c>, <c>cases_per_year</c>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The code.</returns>
    public static string ToCode(this CapacityUnit unit) => unit switch
    {
        CapacityUnit.Places => "places",
        CapacityUnit.FullTimeEquivalents => "fte",
        CapacityUnit.HoursPerWeek => "hours_per_week",
        CapacityUnit.CasesPerYear => "cases_per_year",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "capacity unit: unknown value."),
    };

    /// <summary>Parses a code written by <see cref="ToCode"/> (also accepts the German <c>Plätze</c>, <c>VZÄ</c>, <c>Std/Woche</c>, <c>Fälle/Jahr</c>).</summary>
    /// <param name="code">The code.</param>
    /// <param name="unit">The unit on success.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParseCode(string? code, out CapacityUnit unit)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "places" or "plätze" or "plaetze": unit = CapacityUnit.Places; return true;
            case "fte" or "vzä" or "vzae": unit = CapacityUnit.FullTimeEquivalents; return true;
            case "hours_per_week" or "std/woche" or "stunden/woche": unit = CapacityUnit.HoursPerWeek; return true;
            case "cases_per_year" or "fälle/jahr" or "faelle/jahr": unit = CapacityUnit.CasesPerYear; return true;
            default: unit = default; return false;
        }
    }

}
