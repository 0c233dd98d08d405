using System.Globalization;
using NodaTime;

namespace Sozialindikatoren.Monitoring;

/// <summary>The shipped reference values (<em>Vergleichswerte NRW / Bund</em>): only values with a published source.</summary>
/// <remarks>
/// <para>Today this is a single value: the NRW over-indebtedness rate ≈ 11.7 % in 2016 (Creditreform SchuldnerAtlas,
/// quoted by the Fachberatung für Schuldnerberatung NRW, fbsb-nrw.de; reference/domain.md §2 row 30). No sourced NRW or
/// Germany values were found for the other sample indicators in the project's references, so none are shipped; add
/// your own (e.g. from IT.NRW Sozialberichte or the BA) through <see cref="MonitoringOptions.References"/>. The GISD
/// scores are re-normalised within each frame and year and have no NRW or Germany "value".</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public static class ReferenceValues
{
    /// <summary>The shipped, sourced reference values.</summary>
    public static IReadOnlyList<ReferenceValue> Default { get; } =
    [
        new("ueberschuldungsquote", ReferenceArea.Nrw, new LocalDate(2016, 12, 31), 11.7,
            "Creditreform SchuldnerAtlas 2016 via Fachberatungsstelle für Schuldnerberatung NRW (fbsb-nrw.de): Überschuldungsquote NRW ≈ 11,7 %"),
    ];
}
