namespace Sozialindikatoren.Indicators;

/// <summary>
/// A set of indicator definitions by id (<em>Indikatorenkatalog</em>); <see cref="Standard"/> holds the standard
/// indicators of German municipal social reporting (domain.md §2: Berlin MSS, Wegweiser Kommune, Sozialberichte NRW,
/// Siegen Armutsindex).
/// </summary>
/// <remarks>Sources abbreviated as in domain.md §2: BA = Statistik der Bundesagentur für Arbeit; IT.NRW = Landesbetrieb
/// IT.NRW / Landesdatenbank; EWR = Einwohnermelderegister; KJH = Kinder- und Jugendhilfestatistik. RAG =
/// Regelaltersgrenze (§ 7a SGB II).</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class IndicatorCatalogue
{
    private readonly IndicatorDefinition[] _items;
    private readonly Dictionary<string, IndicatorDefinition> _byId;

    /// <summary>Creates a catalogue.</summary>
    /// <param name="definitions">The definitions; ids must be unique.</param>
    /// <exception cref="ArgumentException">An id appears twice.</exception>
    public IndicatorCatalogue(IEnumerable<IndicatorDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        _items = definitions.ToArray();
        _byId = new Dictionary<string, IndicatorDefinition>(StringComparer.Ordinal);
        foreach (var d in _items)
            if (!_byId.TryAdd(d.Id, d)) throw new ArgumentException($"definitions: id '{d.Id}' appears more than once.", nameof(definitions));
    }

    /// <summary>All definitions in catalogue order.</summary>
    public IReadOnlyList<IndicatorDefinition> Definitions => _items;

    /// <summary>A definition by id.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="KeyNotFoundException">Unknown id.</exception>
    public IndicatorDefinition this[string id] =>
        _byId.TryGetValue(id, out var d) ? d : throw new KeyNotFoundException($"id: no indicator '{id}' in the catalogue.");

    /// <summary>Looks up a definition.</summary>
    /// <param name="id">The id.</param>
    /// <param name="definition">The definition when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGet(string id, out IndicatorDefinition definition) => _byId.TryGetValue(id, out definition!);

    /// <summary>The English name of every unit the standard catalogue prints (declared before Standard: static fields initialise in text order; a unit missing here fails the type initialiser, so a
    /// new catalogue unit cannot be left untranslated).</summary>
    private static readonly Dictionary<string, string> EnglishUnits = new(StringComparer.Ordinal)
    {
        ["%"] = "%", ["Personen"] = "persons", ["EW je km²"] = "residents per km²", ["je 1.000 EW"] = "per 1,000 residents",
        ["je 100 20–<65"] = "per 100 aged 20–<65", ["je 100 80+"] = "per 100 aged 80+", ["Score 0–1"] = "score 0–1",
        ["je 1.000 unter 18"] = "per 1,000 under 18", ["je 1.000 unter 21"] = "per 1,000 under 21",
    };

    /// <summary>The standard catalogue (37 definitions: domain.md §2 rows 1–30 with their variants, and the two GISD scores of the embedded sample).</summary>
    public static IndicatorCatalogue Standard { get; } = new(BuildStandard().Select(x => x.WithUnitEn(EnglishUnits[x.Unit])));


    /// <summary>Id of <em>Einwohner</em> (population count), the default population for the minimum-size rule.</summary>
    public const string Population = "einwohner";

    private static IEnumerable<IndicatorDefinition> BuildStandard()
    {
        const string ItNrw = "IT.NRW Landesdatenbank 12411 (Fortschreibung des Bevölkerungsstandes), Gemeinde; EWR below";
        const string BaGs = "BA Grundsicherungsstatistik SGB II, Gemeinde (Geheimhaltung: Mindestfallzahl 3)";
        const string BaAlo = "BA Arbeitsmarktstatistik (Arbeitslose nach Gemeinden bzw. kleinräumig) + EWR";
        var d = IndicatorDomain.Demography;
        yield return new("einwohner", "Einwohner", "Population", "Einwohner am Stichtag 31.12.", null, 1, Polarity.Context, "Personen", ItNrw, d, "Always state the basis (Zensus 2011 / Zensus 2022).");
        yield return new("bevoelkerungsdichte", "Bevölkerungsdichte", "Population density", "Einwohner", "Fläche in km²", 1, Polarity.Context, "EW je km²", "IT.NRW 12411 + 33111 (Flächenerhebung), Gemeinde", d);
        yield return new("anteil_unter18", "Anteil unter 18-Jährige", "Share aged under 18", "Einwohner unter 18 Jahren", "Einwohner", 100, Polarity.Context, "%", "IT.NRW 12411-02/-03, Gemeinde", d, "Context; + for youth services.");
        yield return new("anteil_unter6", "Anteil unter 6-Jährige", "Share aged under 6", "Einwohner unter 6 Jahren", "Einwohner", 100, Polarity.Context, "%", "IT.NRW 12411-02/-03, Gemeinde", d, "Context; + for day care planning.");
        yield return new("anteil_6_15", "Anteil 6- bis unter 15-Jährige", "Share aged 6 to under 15", "Einwohner von 6 bis unter 15 Jahren", "Einwohner", 100, Polarity.Context, "%", "IT.NRW 12411-02/-03, Gemeinde", d, "Context; + for school-age services.");
        yield return new("anteil_65plus", "Anteil 65-Jährige und Ältere", "Share aged 65 and over", "Einwohner ab 65 Jahren", "Einwohner", 100, Polarity.MoreNeed, "%", "IT.NRW 12411, Gemeinde", d, "+ for elderly services.");
        yield return new("anteil_80plus", "Anteil Hochaltrige (80+)", "Share aged 80 and over", "Einwohner ab 80 Jahren", "Einwohner", 100, Polarity.MoreNeed, "%", "IT.NRW 12411, Gemeinde", d, "+ for care (Wegweiser Kommune; Pflegeplanung).");
        yield return new("jugendquotient", "Jugendquotient", "Youth dependency ratio", "Einwohner unter 20 Jahren", "Einwohner von 20 bis unter 65 Jahren", 100, Polarity.Context, "je 100 20–<65", "IT.NRW 12411, Gemeinde", d, "Wegweiser Kommune bands.");
        yield return new("altenquotient", "Altenquotient", "Old-age dependency ratio", "Einwohner ab 65 Jahren", "Einwohner von 20 bis unter 65 Jahren", 100, Polarity.Context, "je 100 20–<65", "IT.NRW 12411, Gemeinde", d, "Wegweiser Kommune bands.");
        yield return new("wanderungssaldo", "Wanderungssaldo je 1.000 Einwohner", "Net migration per 1,000 inhabitants", "Zuzüge − Fortzüge im Jahr", "Einwohner", 1000, Polarity.LessNeed, "je 1.000 EW", "IT.NRW 12711 (Wanderungsstatistik), Gemeinde", d, "Negative values signal out-migration.");
        yield return new("natuerlicher_saldo", "Natürlicher Saldo je 1.000 Einwohner", "Natural balance per 1,000 inhabitants", "Lebendgeborene − Gestorbene im Jahr", "Einwohner", 1000, Polarity.Context, "je 1.000 EW", "IT.NRW 12612/12613, Gemeinde", d);
        var m = IndicatorDomain.Migration;
        yield return new("auslaenderanteil", "Ausländeranteil", "Share of foreign nationals", "Einwohner ohne deutsche Staatsangehörigkeit", "Einwohner", 100, Polarity.Context, "%", "IT.NRW (Fortschreibung), Gemeinde; AZR for the Kreis", m, "Not the same as Migrationshintergrund; + for migration services.");
        yield return new("anteil_migrationshintergrund", "Anteil mit Migrationshintergrund", "Share with a migration background", "Einwohner mit Migrationshintergrund", "Einwohner", 100, Polarity.Context, "%", "EWR (abgeleitet, z. B. MigraPro), Zensus", m, "Small-area values only from municipal registers.");
        var s = IndicatorDomain.SocialSituation;
        yield return new("sgb2_quote", "SGB II-Quote", "SGB II rate", "Regelleistungsberechtigte nach SGB II", "Bevölkerung von 0 bis unter der Regelaltersgrenze", 100, Polarity.MoreNeed, "%", BaGs, s, "The BA denominator moves with the rising retirement age (§ 7a SGB II).");
        yield return new("elb_quote", "ELB-Quote", "Rate of employable benefit recipients", "Erwerbsfähige Leistungsberechtigte (SGB II)", "Bevölkerung von 15 bis unter der Regelaltersgrenze", 100, Polarity.MoreNeed, "%", BaGs, s);
        yield return new("kinderarmut", "Kinderarmut (SGB II-Quote unter 15)", "Child poverty (SGB II rate under 15)", "Nicht erwerbsfähige Leistungsberechtigte unter 15 Jahren (SGB II)", "Einwohner unter 15 Jahren", 100, Polarity.MoreNeed, "%", BaGs, s, "Berlin MSS S4; established child-poverty proxy (Sozialberichte NRW).");
        yield return new("kinderarmut_u18", "Kinderarmut (unter 18 in Bedarfsgemeinschaften)", "Child poverty (under 18 in SGB II households)", "Kinder unter 18 Jahren in SGB II-Bedarfsgemeinschaften", "Einwohner unter 18 Jahren", 100, Polarity.MoreNeed, "%", BaGs, s, "Variant of kinderarmut; Kreis Siegen-Wittgenstein 2018: 13.4 %.");
        yield return new("jugendarmut", "Jugendarmut", "Youth poverty", "Erwerbsfähige Leistungsberechtigte von 15 bis unter 18 Jahren", "Einwohner von 15 bis unter 18 Jahren", 100, Polarity.MoreNeed, "%", BaGs, s, "Wegweiser Kommune; variant 15 to under 25.");
        yield return new("altersarmut", "Altersarmut", "Old-age poverty", "Empfänger von Grundsicherung im Alter (SGB XII, 4. Kapitel) ab der Regelaltersgrenze", "Einwohner ab 65 Jahren", 100, Polarity.MoreNeed, "%", "IT.NRW 22151 (Statistik der Grundsicherung), Kreis/Gemeinde", s);
        yield return new("mindestsicherungsquote", "Mindestsicherungsquote", "Minimum-income benefit rate", "Empfänger von SGB II, SGB XII (HLU außerhalb von Einrichtungen, Grundsicherung) und Regelleistungen nach AsylbLG (und KOF)", "Einwohner", 100, Polarity.MoreNeed, "%", "IT.NRW / Sozialberichte NRW, Gemeinde", s, "Kreis Siegen-Wittgenstein 31.12.2024: 8.5 %.");
        yield return new("transferbezug", "Transferbezug", "Transfer receipt", "Empfänger von SGB II und SGB XII (nicht in Einrichtungen)", "Einwohner", 100, Polarity.MoreNeed, "%", "BA + Sozialamt, kleinräumig", s, "Berlin MSS S3; close to mindestsicherungsquote.");
        yield return new("alleinerziehende", "Anteil Alleinerziehende", "Share of single parents", "Bedarfsgemeinschaften Alleinerziehender", "Bedarfsgemeinschaften mit Kindern", 100, Polarity.MoreNeed, "%", "BA; EWR-Haushaltegenerierung (HHSTAT)", IndicatorDomain.ChildrenAndYouth, "Part of the Siegen Armutsindex; variant with households (Zensus).");
        var l = IndicatorDomain.Labour;
        yield return new("arbeitslosenquote", "Arbeitslosenquote", "Unemployment rate", "Arbeitslose", "Alle zivilen Erwerbspersonen", 100, Polarity.MoreNeed, "%", "BA, Kreis/Agentur/Geschäftsstelle", l, "Not published for small areas; use arbeitslosenanteil there.");
        yield return new("arbeitslosenanteil", "Arbeitslosenanteil", "Unemployment share", "Arbeitslose (SGB II und SGB III)", "Einwohner von 15 bis unter 65 Jahren", 100, Polarity.MoreNeed, "%", BaAlo, l, "Berlin MSS S1; Siegen 'Arbeitslosenrelation'.");
        yield return new("langzeitarbeitslosenanteil", "Langzeitarbeitslosenanteil", "Long-term unemployment share", "Arbeitslose, seit 12 Monaten oder länger arbeitslos", "Einwohner von 15 bis unter 65 Jahren", 100, Polarity.MoreNeed, "%", BaAlo, l, "Berlin MSS S2; variant relative to all unemployed.");
        yield return new("jugendarbeitslosigkeit", "Jugendarbeitslosigkeit", "Youth unemployment", "Arbeitslose unter 25 Jahren", "Einwohner von 15 bis unter 25 Jahren", 100, Polarity.MoreNeed, "%", BaAlo, l);
        yield return new("beschaeftigungsquote", "Beschäftigungsquote (Wohnort)", "Employment rate (place of residence)", "Sozialversicherungspflichtig Beschäftigte am Wohnort", "Einwohner von 15 bis unter 65 Jahren", 100, Polarity.LessNeed, "%", "BA Beschäftigungsstatistik, Gemeinde", l);
        var c = IndicatorDomain.ChildrenAndYouth;
        yield return new("betreuungsquote_u3", "Betreuungsquote unter 3", "Childcare rate under 3", "Kinder unter 3 Jahren in Kindertageseinrichtungen und Kindertagespflege (Stichtag 1.3.)", "Kinder unter 3 Jahren", 100, Polarity.LessNeed, "%", "IT.NRW KJH-Statistik, Jugendamtsbezirk/Kreis", c, "Supply indicator; compare with the parents' demand (≈ 45 % nationally, 2017).");
        yield return new("betreuungsquote_ue3", "Betreuungsquote 3 bis Schuleintritt", "Childcare rate 3 to school age", "Kinder von 3 Jahren bis zum Schuleintritt in Kindertageseinrichtungen und Kindertagespflege (Stichtag 1.3.)", "Kinder von 3 bis unter 6 Jahren", 100, Polarity.LessNeed, "%", "IT.NRW KJH-Statistik, Jugendamtsbezirk/Kreis", c, "Supply indicator.");
        yield return new("hze_eckwert", "HzE-Eckwert", "Rate of educational support (HzE)", "Laufende und beendete Hilfen zur Erziehung (§§ 27–35, 41 SGB VIII)", "Einwohner unter 21 Jahren", 1000, Polarity.MoreNeed, "je 1.000 unter 21", "KJH-Statistik, Jugendamt", c, "Kreis benchmarking rings use 'je 1.000 unter 21'.");
        yield return new("kindeswohl_8a", "8a-Verfahren je 1.000 unter 18", "Child-protection assessments per 1,000 under 18", "Gefährdungseinschätzungen nach § 8a SGB VIII", "Einwohner unter 18 Jahren", 1000, Polarity.MoreNeed, "je 1.000 unter 18", "KJH-Statistik (§ 8a), Jugendamt", c);
        var p = IndicatorDomain.Care;
        yield return new("pflegequote", "Pflegequote", "Care dependency rate", "Pflegebedürftige nach SGB XI", "Einwohner", 100, Polarity.MoreNeed, "%", "Pflegestatistik (zweijährlich), Kreis", p, "Variant per 65+ or 80+; Kreis Siegen-Wittgenstein 2017: 4.5 %.");
        yield return new("heimplatzversorgung", "Heimplatzversorgung", "Nursing-home places per 100 aged 80+", "Vollstationäre Pflegeplätze", "Einwohner ab 80 Jahren", 100, Polarity.LessNeed, "je 100 80+", "Pflegestatistik, WTG-Behörde", p, "Supply indicator.");
        yield return new("schulabgaenger_ohne_abschluss", "Schulabgänger ohne Abschluss", "School leavers without a certificate", "Abgänger ohne Hauptschulabschluss", "Alle Abgänger allgemeinbildender Schulen", 100, Polarity.MoreNeed, "%", "IT.NRW Schulstatistik", IndicatorDomain.Education);
        yield return new("gisd_nrw_gemeinde", "GISD-Score (NRW, Gemeindeverband)", "GISD score (NRW frame, municipal association)", "German Index of Socioeconomic Deprivation, Score 0 (geringste) bis 1 (höchste Deprivation), min-max-skaliert innerhalb NRW und Jahr", null, 1, Polarity.MoreNeed, "Score 0–1", "Robert Koch-Institut (2025): GISD Release 2025 v1.0, CC BY 4.0", IndicatorDomain.SocialSituation, "Re-normalised every year and within the NRW frame: compare areas within one year, not levels over time.");
        yield return new("gisd_bund_kreis", "GISD-Score (Bund, Kreis)", "GISD score (federal frame, district)", "German Index of Socioeconomic Deprivation, Score 0 bis 1, skaliert über alle Kreise und Jahr", null, 1, Polarity.MoreNeed, "Score 0–1", "Robert Koch-Institut (2025): GISD Release 2025 v1.0, CC BY 4.0", IndicatorDomain.SocialSituation, "Quintile/decile classes use R quantile type 9.");
        yield return new("ueberschuldungsquote", "Überschuldungsquote", "Over-indebtedness rate", "Überschuldete Personen ab 18 Jahren", "Einwohner ab 18 Jahren", 100, Polarity.MoreNeed, "%", "Creditreform SchuldnerAtlas (kommerziell; Kreis/PLZ)", IndicatorDomain.Debt, "NRW ≈ 11.7 % (2016).");
    }
}
