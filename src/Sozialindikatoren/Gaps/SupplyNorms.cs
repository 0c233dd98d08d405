using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Gaps;

/// <summary>
/// A catalogue of planning norms (<em>Richtwertkatalog</em>): at most one <see cref="SupplyNorm"/> per service domain
/// and capacity unit. <see cref="Default"/> covers the 12 standard domains (reference/domain.md §6.2).
/// </summary>
/// <remarks>
/// <para>Units are never mixed: a domain with places and FTE has two norms and is analysed twice (two rows per space).
/// A (domain, unit) of the inventory without a norm is not analysed and is reported in
/// <see cref="GapAnalysisResult.OfferingsWithoutNorm"/>.</para>
/// <para>Norms keep the order given (the default catalogue: taxonomy order, places before FTE).</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class SupplyNorms
{
    private readonly SupplyNorm[] _norms;
    private readonly Dictionary<(ServiceDomain, CapacityUnit), int> _index;

    /// <summary>Creates a catalogue.</summary>
    /// <param name="norms">The norms; (domain, unit) must be unique.</param>
    /// <exception cref="ArgumentException">A duplicate (domain, unit).</exception>
    public SupplyNorms(IEnumerable<SupplyNorm> norms)
    {
        ArgumentNullException.ThrowIfNull(norms);
        _norms = norms.ToArray();
        _index = new Dictionary<(ServiceDomain, CapacityUnit), int>();
        for (var i = 0; i < _norms.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(_norms[i], nameof(norms));
            if (!_index.TryAdd((_norms[i].Domain, _norms[i].Unit), i))
                throw new ArgumentException($"supply norms: two norms for domain '{_norms[i].Domain}' and unit '{_norms[i].Unit.ToCode()}': '{_norms[_index[(_norms[i].Domain, _norms[i].Unit)]].Label}' and '{_norms[i].Label}' (at most one norm per domain and unit).", nameof(norms));
        }
    }

    /// <summary>The norms in catalogue order.</summary>
    public IReadOnlyList<SupplyNorm> Norms => _norms;

    /// <summary>Number of norms.</summary>
    public int Count => _norms.Length;

    /// <summary>Tries to find the norm of a domain and unit.</summary>
    /// <param name="domain">The domain.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="norm">The norm on success.</param>
    /// <returns>Whether there is one.</returns>
    public bool TryGet(ServiceDomain domain, CapacityUnit unit, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SupplyNorm? norm)
    {
        norm = _index.TryGetValue((domain, unit), out var i) ? _norms[i] : null;
        return norm is not null;
    }

    /// <summary>The norm of a domain and unit.</summary>
    /// <param name="domain">The domain.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The norm.</returns>
    /// <exception cref="KeyNotFoundException">No norm.</exception>
    public SupplyNorm this[ServiceDomain domain, CapacityUnit unit] =>
        TryGet(domain, unit, out var n) ? n : throw new KeyNotFoundException($"supply norms: no norm for domain '{domain}' and unit '{unit.ToCode()}'.");

    /// <summary>A copy with a norm added or replaced (same domain and unit; position kept when replaced).</summary>
    /// <param name="norm">The norm.</param>
    /// <returns>The new catalogue.</returns>
    public SupplyNorms With(SupplyNorm norm)
    {
        ArgumentNullException.ThrowIfNull(norm);
        var list = _norms.ToList();
        if (_index.TryGetValue((norm.Domain, norm.Unit), out var i)) list[i] = norm;
        else list.Add(norm);
        return new SupplyNorms(list);
    }

    /// <summary>A copy without the norm of a domain and unit (if present).</summary>
    /// <param name="domain">The domain.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The new catalogue.</returns>
    public SupplyNorms Without(ServiceDomain domain, CapacityUnit unit) =>
        new(_norms.Where(n => !(n.Domain == domain && n.Unit == unit)));

    /// <summary>The catalogue for a data set's region: a norm whose only source is the own planning of an area
    /// (<see cref="SupplyNorm.SourceArea"/>, an AGS) that is not a space of the region becomes an assumption
    /// (<em>Annahme</em>) with the same value; every other norm is kept as it is.</summary>
    /// <param name="region">The data set's region.</param>
    /// <returns>This catalogue when nothing changes, else the new one.</returns>
    public SupplyNorms ForRegion(Region region)
    {
        ArgumentNullException.ThrowIfNull(region);
        if (_norms.All(n => n.SourceArea is null)) return this;
        var areas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in region.Spaces)
        {
            areas.Add(s.Id.Value);
            if (s.Key is { } key) areas.Add(key.Value);
        }
        return new SupplyNorms(_norms.Select(n => n.SourceArea is null || areas.Contains(n.SourceArea) ? n : n.WithProvenance(Provenance.Assumption(
            "kein allgemein gültiger Richtwert, Planungsparameter eines anderen Kreises, hier als Annahme übernommen: " + WithoutArea(n.Provenance.Source)))));
    }

    /// <summary>The source text without its leading area (<c>Kreis X, Planung (2020): value</c> → <c>value</c>).</summary>
    private static string WithoutArea(string? source) =>
        source is null ? "örtlich zu ersetzen" : source.IndexOf(':', StringComparison.Ordinal) is var i and >= 0 ? source[(i + 1)..].Trim() : "örtlich zu ersetzen";

    /// <summary>
    /// The default catalogue for the 12 standard domains: the published norms of reference/domain.md §6.2 with source and
    /// date, and clearly marked assumptions (<see cref="ProvenanceKind.Assumption"/>) where no norm is published. Every
    /// domain has an FTE norm; places norms for Kinder/Jugend (U3), Altenhilfe/Pflege, Eingliederungshilfe,
    /// Sozialpsychiatrie, Gewaltschutz and Arbeit/Beschäftigung; cases-per-year norms for Kinder/Jugend (ambulant HzE),
    /// Eingliederungshilfe (Frühförderung) and Sucht (ambulant rehabilitation). Two assumptions use indicator counts
    /// (<c>mindestsicherungsquote</c>, <c>langzeitarbeitslosenanteil</c>). The table with every value and its source is in
    /// docs/gaps.md.
    /// </summary>
    public static SupplyNorms Default { get; } = new(BuildDefault());

    private static IEnumerable<SupplyNorm> BuildDefault()
    {
        var all = TargetPopulation.Inhabitants;
        const CapacityUnit places = CapacityUnit.Places;
        const CapacityUnit fte = CapacityUnit.FullTimeEquivalents;
        static Provenance A(string note) => Provenance.Assumption(note);
        static OfferingType[] T(params string[] codes) => codes.Select(c => new OfferingType(c)).ToArray();

        // Kinder- und Jugendhilfe
        yield return new SupplyNorm(ServiceDomain.KinderJugend, places, TargetPopulation.Ages(AgeBand.Under(3), "Kinder unter 3 Jahren", "children under 3"),
            35, 100, "Kita-Plätze U3",
            Provenance.Sourced("Krippengipfel 2007 (Bund/Länder): Plätze für 35 % der unter 3-Jährigen; Bedarf der Eltern 45,2 % (DJI 2017); nationalatlas.de, iwkoeln.de", new LocalDate(2007, 4, 2)),
            rangeUpperAmount: 45.2,
            note: "Versorgungsquote 35 % (Ausbauziel 2013); Obergrenze des Intervalls: elterlicher Betreuungsbedarf 45,2 % (2017). Rechtsanspruch ab 1 Jahr seit 1.8.2013. Zählt nur Angebote mit Zielgruppe unter 3 Jahren (nicht z. B. Heimplätze nach § 34 SGB VIII).",
            offeringAges: AgeBand.Under(3), englishLabel: "Childcare places under 3", offeringTypes: T("kita_u3"));
        yield return new SupplyNorm(ServiceDomain.KinderJugend, fte, TargetPopulation.Ages(AgeBand.Under(25), "Einwohner unter 25 Jahren"),
            1, 1_000, "Kinder- und Jugendarbeit",
            A("kein verbindlicher Richtwert veröffentlicht; 1 VZÄ (Jugendarbeit, Jugendsozialarbeit, Schulsozialarbeit, Beratung) je 1.000 Einwohner unter 25 Jahren (amtliche Altersgruppen; SGB VIII: junge Menschen unter 27)"),
            note: "Zum Vergleich (nicht belegt in den Referenzen): Kooperationsverbund Schulsozialarbeit 1 Fachkraft je 150 Schüler.", englishLabel: "Youth work", offeringTypes: T("jugendarbeit", "schulsozialarbeit", "erziehungsberatung", "kinderschutz"));
        yield return new SupplyNorm(ServiceDomain.KinderJugend, CapacityUnit.CasesPerYear, TargetPopulation.Ages(AgeBand.Under(18), "Minderjährige", "minors"),
            5, 1_000, "Ambulante Hilfen zur Erziehung",
            A("kein Richtwert veröffentlicht; 5 Fälle ambulanter Hilfen zur Erziehung je Jahr je 1.000 Minderjährige"),
            note: "Örtlich besser aus dem HzE-Eckwert (KJH-Statistik) und dem Anteil ambulanter Hilfen ableiten.", englishLabel: "Outpatient youth welfare (HzE)", offeringTypes: T("hze_ambulant"));
        // Familie
        yield return new SupplyNorm(ServiceDomain.Familie, fte, TargetPopulation.Ages(AgeBand.Under(18), "Minderjährige", "minors"),
            1, 5_000, "Familienberatung",
            A("abgeleitet aus der bke-Inanspruchnahme von 219 Beratungen je 10.000 Minderjährige (2010) bei angenommenen rund 100 Fällen je VZÄ: ≈ 1 VZÄ je 5.000 Minderjährige"),
            note: "Deckt Erziehungs- und Familienberatung, Frühe Hilfen und Familienbildung ab; ersetzen durch örtliche Planung.", englishLabel: "Family counselling", offeringTypes: T("familienberatung", "fruehe_hilfen", "familienbildung", "familienzentrum"));
        // Altenhilfe und Pflege
        yield return new SupplyNorm(ServiceDomain.AltenhilfePflege, places, TargetPopulation.Ages(AgeBand.FromAge(80), "Einwohner ab 80 Jahren"),
            14, 100, "Pflegeheimplätze",
            Provenance.Sourced("Kreis Siegen-Wittgenstein, Pflegebedarfsplanung (Entwurf 2020): 14 % der Einwohner ab 80 Jahren benötigen einen vollstationären Platz (WP/Funke-Berichte)", new LocalDate(2020, 1, 1)),
            note: "Kein bundesweiter Richtwert; Planungsparameter des Kreises. Alternative 2021–23: 13,9–14,5 % der Pflegebedürftigen.", englishLabel: "Nursing home places", offeringTypes: T("pflege_stationaer")).WithSourceArea("05970000");
        yield return new SupplyNorm(ServiceDomain.AltenhilfePflege, fte, TargetPopulation.Ages(AgeBand.FromAge(65), "Einwohner ab 65 Jahren"),
            1, 5_000, "Senioren- und Pflegeberatung",
            A("kein Richtwert veröffentlicht; 1 VZÄ Senioren-/Pflegeberatung und Quartiersarbeit je 5.000 Einwohner ab 65 Jahren"), englishLabel: "Counselling for older people and carers", offeringTypes: T("pflegeberatung", "seniorenarbeit", "wohnberatung"));
        // Eingliederungshilfe
        yield return new SupplyNorm(ServiceDomain.Eingliederungshilfe, fte, all,
            1, 10_000, "Eingliederungshilfe (Beratung, offene Hilfen)",
            A("kein Richtwert veröffentlicht; 1 VZÄ Beratung/offene Hilfen (KoKoBe, EUTB, Frühförderung) je 10.000 Einwohner"), englishLabel: "Disability support (counselling, open services)", offeringTypes: T("teilhabeberatung", "familienentlastung", "fruehfoerderung"));
        yield return new SupplyNorm(ServiceDomain.Eingliederungshilfe, places, TargetPopulation.Ages(new AgeBand(18, 65), "Einwohner von 18 bis unter 65 Jahren"),
            4, 1_000, "Eingliederungshilfe (WfbM, besondere Wohnformen)",
            A("kein Richtwert veröffentlicht; 4 Plätze (Werkstatt, besondere Wohnform) je 1.000 Einwohner von 18 bis unter 65 Jahren"),
            note: "Leistungen mit individuellem Rechtsanspruch (SGB IX); Planung beim LWL. Ersetzen durch die Leistungsstatistik.", englishLabel: "Disability support (workshops, residential)", offeringTypes: T("werkstatt", "egh_wohnen"));
        yield return new SupplyNorm(ServiceDomain.Eingliederungshilfe, CapacityUnit.CasesPerYear, TargetPopulation.Ages(AgeBand.Under(6), "Kinder unter 6 Jahren", "children under 6"),
            2, 100, "Frühförderung",
            A("kein Richtwert veröffentlicht; 2 Frühförderfälle je Jahr je 100 Kinder unter 6 Jahren"), englishLabel: "Early intervention", offeringTypes: T("fruehfoerderung"));
        // Sozialpsychiatrie
        yield return new SupplyNorm(ServiceDomain.Sozialpsychiatrie, fte, all,
            1, 20_000, "Sozialpsychiatrie",
            A("kein Richtwert veröffentlicht; 1 VZÄ (SpDi, Kontakt- und Beratungsstellen) je 20.000 Einwohner"), englishLabel: "Community mental health services", offeringTypes: T("sozialpsychiatrischer_dienst", "kontaktstelle_psychiatrie"));
        yield return new SupplyNorm(ServiceDomain.Sozialpsychiatrie, places, TargetPopulation.Ages(AgeBand.FromAge(18), "Einwohner ab 18 Jahren"),
            1, 10_000, "Tagesstätten für psychisch kranke Menschen",
            A("kein Richtwert veröffentlicht; 1 Tagesstättenplatz je 10.000 Erwachsene"), englishLabel: "Day centres for people with mental illness", offeringTypes: T("tagesstaette"));
        // Sucht
        yield return new SupplyNorm(ServiceDomain.Sucht, fte, TargetPopulation.Ages(AgeBand.FromAge(18), "Einwohner ab 18 Jahren"),
            1, 15_000, "Suchtberatung",
            A("kein verbindlicher Richtwert gefunden (DHS 2023/24 nennt keinen Schlüssel); 1 VZÄ Suchtberatung je 15.000 Erwachsene"), englishLabel: "Addiction counselling", offeringTypes: T("suchtberatung"));
        yield return new SupplyNorm(ServiceDomain.Sucht, CapacityUnit.CasesPerYear, TargetPopulation.Ages(new AgeBand(18, 65), "Einwohner von 18 bis unter 65 Jahren"),
            1, 2_500, "Ambulante Suchtrehabilitation",
            A("kein Richtwert veröffentlicht; 1 Fall ambulanter Suchtrehabilitation je Jahr je 2.500 Einwohner im Erwerbsalter"), englishLabel: "Outpatient addiction rehabilitation", offeringTypes: T("sucht_reha"));
        // Schulden
        yield return new SupplyNorm(ServiceDomain.Schulden, fte, all,
            2, 50_000, "Schuldnerberatung",
            Provenance.Sourced("AG SBV, Positionspapier 2003: mindestens 2 Fachkräfte (Vollzeit) je 50.000 Einwohner (agsbv.de)", new LocalDate(2003, 3, 1)),
            note: "Praxisvergleich: Kreis Herford 1 Berater je 47.000 Einwohner (westfalen-blatt.de 2021).", englishLabel: "Debt counselling", offeringTypes: T("schuldnerberatung"));
        // Migration und Integration
        yield return new SupplyNorm(ServiceDomain.MigrationIntegration, fte, all,
            1, 15_000, "Migrationsberatung",
            A("kein Richtwert veröffentlicht; 1 VZÄ (MBE, JMD, Integrationsagentur, Flüchtlingsberatung) je 15.000 Einwohner"),
            note: "Besser: Bezug auf Einwohner ohne deutsche Staatsangehörigkeit (Indikator auslaenderanteil), wenn kleinräumig vorhanden.", englishLabel: "Migration counselling", offeringTypes: T("migrationsberatung", "fluechtlingsberatung", "integration"));
        // Armut und soziale Teilhabe
        yield return new SupplyNorm(ServiceDomain.ArmutSozialeTeilhabe, fte, TargetPopulation.FromIndicator("mindestsicherungsquote", "Empfänger von Mindestsicherungsleistungen", "recipients of minimum income benefits"),
            1, 2_000, "Sozialberatung und Wohnungsnotfallhilfe",
            A("kein Richtwert veröffentlicht; 1 VZÄ (allgemeine Sozialberatung, Wohnungsnotfallhilfe, Tagesaufenthalt) je 2.000 Empfänger von Mindestsicherungsleistungen"),
            note: "Zielgruppe aus dem Zähler des Indikators mindestsicherungsquote (SGB II, SGB XII, AsylbLG); ohne diesen Indikator ist der Bedarf unbekannt.", englishLabel: "Social counselling and homelessness services", offeringTypes: T("sozialberatung", "wohnungsnotfallhilfe"));
        // Gewaltschutz
        yield return new SupplyNorm(ServiceDomain.Gewaltschutz, places, all,
            1, 10_000, "Frauenhausplätze",
            Provenance.Sourced("Europarat / Istanbul-Konvention (erläuternder Bericht): 1 Familienplatz je 10.000 Einwohner (= 2,5 Betten); ältere Europarats-Empfehlung 1 Platz je 7.500 (augsburger-allgemeine.de, ndr.de, bnn.de)", new LocalDate(2011, 5, 11)),
            rangeLowerAmount: 0.5, rangeUpperAmount: 10_000.0 / 7_500.0,
            note: "Intervall: untere Grenze bei Zählung je 10.000 Frauen (halbiert den Bedarf), obere Grenze 1 Platz je 7.500 Einwohner.", englishLabel: "Women's shelter places", offeringTypes: T("frauenhaus"));
        yield return new SupplyNorm(ServiceDomain.Gewaltschutz, fte, all,
            1, 25_000, "Frauenberatung und Frauenhaus-Personal",
            A("kein Richtwert veröffentlicht; 1 VZÄ (Frauenberatungsstellen, Interventionsstellen, Frauenhaus-Fachkräfte) je 25.000 Einwohner"), englishLabel: "Women's counselling and shelter staff", offeringTypes: T("gewaltberatung", "frauenhaus"));
        // Arbeit und Beschäftigung
        yield return new SupplyNorm(ServiceDomain.ArbeitBeschaeftigung, fte, TargetPopulation.Ages(new AgeBand(15, 65), "Einwohner von 15 bis unter 65 Jahren"),
            1, 20_000, "Erwerbslosenberatung",
            A("kein Richtwert veröffentlicht; 1 VZÄ (Arbeitslosenzentren, Erwerbslosenberatung, Berufseinstiegsbegleitung) je 20.000 Einwohner im Erwerbsalter"), englishLabel: "Counselling for the unemployed", offeringTypes: T("erwerbslosenberatung", "uebergang_schule_beruf"));
        yield return new SupplyNorm(ServiceDomain.ArbeitBeschaeftigung, places, TargetPopulation.FromIndicator("langzeitarbeitslosenanteil", "Langzeitarbeitslose", "long-term unemployed"),
            2, 100, "Beschäftigungsplätze (§ 16i SGB II, Projekte)",
            A("kein Richtwert veröffentlicht; 2 Beschäftigungs- und Qualifizierungsplätze je 100 Langzeitarbeitslose"),
            note: "Zielgruppe aus dem Zähler des Indikators langzeitarbeitslosenanteil (BA); ohne diesen Indikator ist der Bedarf unbekannt.", englishLabel: "Employment places (§ 16i SGB II, projects)", offeringTypes: T("beschaeftigung"));
        // Gesundheit und Prävention
        yield return new SupplyNorm(ServiceDomain.GesundheitPraevention, fte, all,
            1, 30_000, "Gesundheitsförderung",
            A("kein Richtwert veröffentlicht; 1 VZÄ (Gesundheitsförderung, AIDS-Hilfe, Prävention) je 30.000 Einwohner"), englishLabel: "Health promotion", offeringTypes: T("gesundheitsberatung", "praevention"));
    }
}
