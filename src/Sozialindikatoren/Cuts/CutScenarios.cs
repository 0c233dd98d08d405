using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Cuts;

/// <summary>
/// The built-in cut scenarios (<em>Kürzungsszenarien</em>), exactly as tabled in reference/cut-presets.md (figures and sources
/// in reference/domain.md §5.4). Each line carries its status: <em>belegt</em> (sourced) or <em>Annahme</em>.
/// </summary>
/// <remarks>
/// <para>Programme patterns: the published label and, for labels that join alternatives with <c> / </c> or carry a parenthetical,
/// each alternative and the stem (so <c>Landespauschale Suchthilfe / Suchtberatung</c> matches a funding line named
/// <c>Suchtberatung</c>; the too generic alternative <c>Prävention</c> is left out). Patterns match by case-insensitive
/// substring. Each line is restricted to its source (Land for NRW, Bund for the federal lines) but not to a domain: the
/// table matches on the programme name (the Land's <em>Familienberatung</em> also funds Erziehungsberatung in KinderJugend);
/// the tabled domain is kept in the line's note.</para>
/// <para>CLI names: <c>nrw-2025-entwurf</c>, <c>nrw-2025-beschlossen</c>, <c>bund-2025</c>, <c>none</c>.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public static class CutScenarios
{
    private static readonly LocalDate Effective2025 = new(2025, 1, 1);

    private const string LagFw = "LAG Freie Wohlfahrtspflege NRW, Auswirkungen der Haushaltsplanung 2025; Stellungnahme zur Anhörung 31.10.2024 (Drucksache 18/10300)";

    /// <summary>Draft rows: label, domain, share, sourced?, note.</summary>
    private static readonly (string Label, string Domain, decimal Share, bool Sourced, string Note)[] NrwDraftRows =
    [
        ("Soziale Beratung von Geflüchteten / Flüchtlingsberatung", "MigrationIntegration", 0.67m, true, "−22,1 Mio. €, \"zwei Drittel\" (SPD-Analyse via aktuel-lde24.com)"),
        ("Fachberatung Schuldnerberatung", "Schulden", 0.62m, true, "463.400 € → 176.600 € (NRZ/Funke article407169547; diakonie-kreis-re.de; fbsb-nrw.de)"),
        ("Gefährdetenhilfe", "ArmutSozialeTeilhabe", 0.58m, true, "−2,4 Mio. € (−58 %) (bag-s.de)"),
        ("Familienberatung", "Familie", 0.50m, true, "\"fast halbiert\", −9,8 Mio. €; eine andere Analyse nennt −3,9 Mio. € (unsicher)"),
        ("Landespauschale Suchthilfe / Suchtberatung", "Sucht", 0.20m, false, "−2 Mio. € veröffentlicht, Basis unbekannt"),
        ("Armutsbekämpfung (Landesprogramme)", "ArmutSozialeTeilhabe", 0.30m, false, "−5,8 Mio. € veröffentlicht (WAZ/Funke article407817143), Basis unbekannt"),
        ("Gewaltschutz / Frauenberatung / Frauenhäuser", "Gewaltschutz", 0.15m, false, "−1,9 Mio. € veröffentlicht, Basis unbekannt"),
        ("Kinder- und Jugendschutz / Prävention", "KinderJugend", 0.10m, false, "−0,87 Mio. € veröffentlicht, Basis unbekannt"),
        ("AIDS-Hilfe", "GesundheitPraevention", 0.30m, false, "−1,6 Mio. € veröffentlicht (gruene-fraktion-nrw.de), Basis unbekannt"),
        ("Berufseinstiegsbegleitung", "ArbeitBeschaeftigung", 0.30m, false, "als Kürzung genannt (" + LagFw + ")"),
        ("Alter und Pflege (Landesförderung)", "AltenhilfePflege", 0.10m, false, "als Kürzung genannt (" + LagFw + ")"),
        ("Hilfen für Menschen mit Behinderung (Landesförderung)", "Eingliederungshilfe", 0.10m, false, "als Kürzung genannt (" + LagFw + ")"),
    ];

    /// <summary>"NRW Haushaltsentwurf 2025 (08/2024)": the Land's draft budget, effective 2025-01-01 (12 lines, 4 sourced, 8 Annahme).</summary>
    public static CutScenario NrwDraft2025 { get; } = new(
        "NRW Haushaltsentwurf 2025 (08/2024)",
        NrwDraftRows.Select(r => Line(r.Label, FundingSource.Land, [r.Domain], r.Share, r.Sourced, r.Note)),
        "Entwurf des Landeshaushalts NRW 2025 (Kabinett 19.08.2024); Kürzungen laut LAG Freie Wohlfahrtspflege NRW, Quellen je Position.");

    /// <summary>"NRW Haushalt 2025 beschlossen (12/2024)": the draft after the amendments of 03.12.2024 (about 43 m€ restored).</summary>
    /// <remarks>Suchthilfe, AIDS-Hilfe, Gewaltschutz/Frauenhäuser 0 % (sourced: "fast vollständig zurückgenommen");
    /// Armutsbekämpfung draft × (1 − 1.6/5.8) (sourced amounts); Flüchtlingsberatung, Behinderung, Alter und Pflege,
    /// Familienberatung draft × 0.5 (Annahme: "teilweise entlastet"); Schuldnerberatung, Gefährdetenhilfe, Kinder- und
    /// Jugendschutz, Berufseinstiegsbegleitung as draft (Annahme: no restoration found).</remarks>
    public static CutScenario NrwAdopted2025 { get; } = new(
        "NRW Haushalt 2025 beschlossen (12/2024)",
        NrwDraftRows.Select(r =>
        {
            const string amend = "Änderungsanträge CDU/Grüne 03.12.2024, rund 43 Mio. € (gruene-fraktion-nrw.de; paritaet-nrw.org; diakonie-rwl.de)";
            return r.Domain switch
            {
                "Sucht" or "GesundheitPraevention" or "Gewaltschutz" =>
                    Line(r.Label, FundingSource.Land, [r.Domain], 0m, true, "\"fast vollständig zurückgenommen\"; " + amend),
                "ArmutSozialeTeilhabe" when r.Label.StartsWith("Armutsbekämpfung", StringComparison.Ordinal) =>
                    Line(r.Label, FundingSource.Land, [r.Domain], r.Share * (1m - 1.6m / 5.8m), true,
                        "Entwurf × (1 − 1,6/5,8): 1,6 von 5,8 Mio. € zurückgenommen (WAZ/Funke article407817143); Entwurfs-Prozentsatz selbst Annahme"),
                "MigrationIntegration" or "Eingliederungshilfe" or "AltenhilfePflege" or "Familie" =>
                    Line(r.Label, FundingSource.Land, [r.Domain], r.Share * 0.5m, false, "Entwurf × 0,5: \"teilweise entlastet\"; " + amend),
                _ => Line(r.Label, FundingSource.Land, [r.Domain], r.Share, false, "wie Entwurf: keine Rücknahme gefunden"),
            };
        }),
        "Landeshaushalt NRW 2025 nach den Änderungen vom 03.12.2024 (rund 43 Mio. € für Soziales zurückgenommen).");

    /// <summary>"Bund 2025": federal lines after the AWO/BAGFW overview of the 2024/2025 drafts (the drafts, not the softened final budget).</summary>
    public static CutScenario Bund2025 { get; } = new(
        "Bund 2025",
        [
            Line("Migrationsberatung für erwachsene Zugewanderte (MBE)", FundingSource.Bund, ["MigrationIntegration"], 0.30m, true, "ca. −30 % (AWO \"Sozialkürzungen verhindern\"; BAGFW 2023-11)", ["Migrationsberatung für erwachsene Zugewanderte"]),
            Line("Asylverfahrensberatung", FundingSource.Bund, ["MigrationIntegration"], 0.50m, true, "−50 % des Bedarfs (AWO/BAGFW)"),
            Line("Psychosoziale Zentren für Geflüchtete", FundingSource.Bund, ["MigrationIntegration"], 0.59m, true, "17 Mio. € → 7 Mio. € (AWO/BAGFW)", ["Psychosoziale Zentren"]),
            Line("Bundesfreiwilligendienst", FundingSource.Bund, [], 0.25m, true, "−25 % (erster Schritt; evangelisch.de epd 02.05.2024)", ["Bundesfreiwilligendienst"]),
            Line("Zusammenhalt durch Teilhabe", FundingSource.Bund, ["ArmutSozialeTeilhabe"], 0.15m, false, "−2 Mio. € veröffentlicht, Basis unbekannt"),
            Line("Jugendmigrationsdienste", FundingSource.Bund, ["KinderJugend", "MigrationIntegration"], 0m, true, "0 % für 2024 (in der Bereinigungssitzung entschärft); spätere Jahre offen", ["Jugendmigrationsdienst"]),
        ],
        "Bundeshaushalt: Entwürfe 2024/2025 laut AWO \"Sozialkürzungen verhindern\" und BAGFW; mehrere Kürzungen wurden später entschärft, das Szenario bildet die Entwürfe ab.");

    /// <summary>The empty scenario (<em>keine Kürzung</em>).</summary>
    public static CutScenario None { get; } = new("keine Kürzung", [], "Vergleichsszenario ohne Kürzungen.");

    /// <summary>The CLI names of the presets in order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["nrw-2025-entwurf", "nrw-2025-beschlossen", "bund-2025", "none"];

    /// <summary>A preset by its CLI name (<c>nrw-2025-entwurf</c>, <c>nrw-2025-beschlossen</c>, <c>bund-2025</c>, <c>none</c>; case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="scenario">The preset on success.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CutScenario? scenario)
    {
        scenario = name?.Trim().ToLowerInvariant() switch
        {
            "nrw-2025-entwurf" => NrwDraft2025,
            "nrw-2025-beschlossen" => NrwAdopted2025,
            "bund-2025" => Bund2025,
            "none" => None,
            _ => null,
        };
        return scenario is not null;
    }

    private static CutLine Line(string label, FundingSource source, string[] domains, decimal share, bool sourced, string note, string[]? patterns = null) =>
        new(label, source, patterns ?? PatternsOf(label), null, null, CutKind.Share, share, Effective2025,
            sourced ? CutLineStatus.Sourced : CutLineStatus.Assumption,
            "Handlungsfeld laut Tabelle: " + (domains.Length == 0 ? "alle mit BFD-Stellen" : string.Join(" / ", domains.Select(d => new ServiceDomain(d).GermanName))) + ". " + note);

    /// <summary>The label, its <c> / </c> alternatives and the stem before a parenthetical.</summary>
    private static string[] PatternsOf(string label)
    {
        var result = new List<string> { label };
        foreach (var part in label.Split(" / ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "Prävention") continue;
            var stem = part;
            var paren = part.IndexOf(" (", StringComparison.Ordinal);
            if (paren > 0) stem = part[..paren];
            if (!result.Contains(part)) result.Add(part);
            if (!result.Contains(stem)) result.Add(stem);
        }
        return result.ToArray();
    }
}
