using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.FollowUpCosts;

/// <summary>
/// The default follow-up cost parameters (<em>Standardparameter der Folgekosten</em>), copied from the reference
/// followup-costs.md (§§ 1–5, 7, 9) with source, year and evidence grade; docs/methodology.md lists the same table.
/// Only the services with published evidence have defaults: debt, addiction and educational counselling, ambulatory
/// HzE, prevention of housing loss, violence protection (shelter and counselling) and care counselling. Every other type
/// has none, and the model leaves its offerings out rather than guess.
/// </summary>
/// <remarks>
/// <para>No headline SROI ratio is applied 1:1. Where a probability of escalation is not published it is derived
/// (<c>[D]</c>) from the public share of an SROI-3 ratio, discounted by a factor 0.3–0.5 for deadweight and counterfactual
/// uncertainty (reference §9): p = ratio × 0.3–0.5 × input per case ÷ cost of an escalation. Caseloads per FTE are not
/// published in the reference; they are assumptions (<c>[K]</c>, grade D) from an FTE cost of ≈ 75,000 EUR per year and the
/// published cost per case where one exists.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public static class FollowUpCostDefaults
{
    private const string Fte75 = "[K] Annahme: ≈ 75.000 € je VZÄ und Jahr (Personal- und Sachkosten)";

    // Parameters two services share (declared before All, which reads them during static initialisation).
    private static readonly FollowUpParameter HeimEpisodeCost = new(100_000, 107_500, 115_000, "[D] Dauer 21 Monate (Destatis 2023, presseportal.de/pm/32102/5677156) × 4.900–5.500 € je Monat (Main-Post 2024, MDR 2020)", 2023, EvidenceGrade.B);
    private static readonly PayerShares YouthOfficeShares = new(0, 0, 0, 0, 0, "[S] Der örtliche Träger der Jugendhilfe (Jugendamt) trägt HzE, § 69 SGB VIII: das Kreisjugendamt, in einer Gemeinde mit eigenem Jugendamt (Stadt Siegen) die Gemeinde (domain.md §1.1)", 2025, EvidenceGrade.B, youthOffice: 1);
    private static readonly FollowUpParameter ViolenceCostPerYear = new(6_000, 12_000, 22_000, "[D] Sacco 2017 (b-tu.de/news/artikel/13210): 1.043,8 Mio. € direkte bzw. 3,8 Mrd. € tangible Kosten je Jahr ÷ ≈ 170.000 Betroffene [K]", 2017, EvidenceGrade.B);
    private static readonly FollowUpParameter ImmediateLag = new(0, 0, 1, "[K] Kosten fallen sofort an (Polizei, Justiz, Gesundheit)", 2025, EvidenceGrade.D);
    private static readonly PayerShares ViolencePayerShares = new(0.1, 0.1, 0.3, 0.2, 0.3, "[K] Annahme nach den Kostenarten bei Sacco 2017 (Polizei/Justiz Land, Gesundheit SV, Transfers Bund)", 2017, EvidenceGrade.D);

    /// <summary>The default parameter sets, one per type: schuldnerberatung, suchtberatung, erziehungsberatung,
    /// hze_ambulant, wohnungsnotfallhilfe, frauenhaus, gewaltberatung, pflegeberatung.</summary>
    public static IReadOnlyList<FollowUpCostParameters> All { get; } =
    [
        new(new OfferingType("schuldnerberatung"), CapacityUnit.FullTimeEquivalents,
            "Wohnungsverlust mit Notunterbringung bzw. verfestigter Transferbezug, ein Personenjahr",
            new(70, 100, 150, Fte75 + "; ≈ 750 € je Fall [K]", 2025, EvidenceGrade.D),
            new(0.05, 0.08, 0.12, "[D] öffentlicher Anteil der SROI 5,3 € ≈ 1,6 € je € (WU Wien/ASB 2013, ots.at/presseaussendung/OTS_20130613_OTS0108) × 0,3–0,5 × 750 € je Fall ÷ 6.000 €", 2013, EvidenceGrade.C),
            new(4_000, 6_000, 10_800, "[D] Notunterbringung ≈ 500 € je Person und Monat × 12 (München 2018, br.de); hoch: £9.266 je Personenjahr (Pleace & Culhane/Crisis 2016, works.bepress.com/dennis_culhane/205/)", 2018, EvidenceGrade.B),
            new(1, 1, 2, "[D] 12-Monats-Eskalationsfenster der SROI-Studien (xit-online.de 2020/2022); Folgekosten nach 1–3 Jahren (followup-costs.md §9)", 2022, EvidenceGrade.C),
            new(0.3, 0.4, 0, 0.3, 0, "[K] Annahme: Unterbringung bei der Gemeinde (ordnungsrechtlich), KdU beim Kreis, SGB-II-Leistungen beim Bund/Jobcenter; keine Jobcenter-Einsparstudie gefunden [NF]", 2025, EvidenceGrade.D)),
        new(new OfferingType("suchtberatung"), CapacityUnit.FullTimeEquivalents,
            "Eskalation binnen 12 Monaten (stationäre Behandlung, Arbeitsplatzverlust, Haft), öffentliche Kosten je Fall",
            new(60, 80, 110, "[D] ≈ 500.000 Klient:innen in ≈ 1.400 Stellen (DHS 2024, rheinpfalz.de) ≈ 357 je Stelle, bei ≈ 4 VZÄ je Stelle [K]", 2024, EvidenceGrade.D),
            new(0.05, 0.07, 0.09, "[D] SROI 3 17 € je € (xit/LGL Bayern 2022, xit-online.de/2022/12/14/…) × öffentl. Anteil 0,3 [K] × 0,3–0,5 × 740 € je Fall ÷ 20.700 €", 2019, EvidenceGrade.C),
            new(10_350, 20_700, 20_700, "[S?] 20.700 € vermiedene öffentliche Kosten je Fall gegen 740 € (Schellberg 2020, morgenweb.de, vermutlich xit Görlitz 2020); niedrig: halbiert für Mitnahmeeffekte [D]", 2020, EvidenceGrade.C),
            new(1, 1, 2, "[S] 12-Monats-Fenster der SROI-3-Bewertung (xit-online.de 2022)", 2022, EvidenceGrade.C),
            new(0.1, 0.1, 0, 0.2, 0.6, "[K] Annahme: Kranken- und Rentenversicherung dominieren (xit 2022: Nutzen gesamtgesellschaftlich, nicht kommunal)", 2022, EvidenceGrade.D)),
        new(new OfferingType("erziehungsberatung"), CapacityUnit.FullTimeEquivalents,
            "Heimerziehung (§ 34 SGB VIII), eine Episode von ≈ 21 Monaten",
            new(55, 70, 90, "[D] " + Fte75 + " ÷ ≈ 1.050 € je Fall (bke-Memorandum 2012, jugendhilfeportal.de)", 2012, EvidenceGrade.D),
            new(0.008, 0.013, 0.02, "[D] HzE 1 € → ≈ 3 € (Macsenaere/IKJ 2007, dgsf.org) × 0,3–0,5 × 1.050–1.240 € je Fall (bke) ÷ 107.500 €; kein monetarisierter EB-Beleg [NF]", 2012, EvidenceGrade.C),
            HeimEpisodeCost,
            new(1, 2, 3, "[K] Folgekosten nach 1–3 Jahren (followup-costs.md §9)", 2025, EvidenceGrade.D),
            YouthOfficeShares),
        new(new OfferingType("hze_ambulant"), CapacityUnit.CasesPerYear,
            "Heimerziehung (§ 34 SGB VIII) statt ambulanter Hilfe, eine Episode von ≈ 21 Monaten",
            FollowUpParameter.Fixed(1, "Einheit Fälle/Jahr: ein Fall je Einheit (Definition)", 2025, EvidenceGrade.A),
            new(0.09, 0.15, 0.21, "[D] HzE 1 € → ≈ 3 € (Macsenaere/IKJ 2007, dgsf.org) × 0,3–0,5 × SPFH ≈ 15.000 € je Jahr (Hamburg 2012, abendblatt.de) ÷ 107.500 €", 2012, EvidenceGrade.C),
            HeimEpisodeCost,
            new(1, 1, 2, "[S] Heimepisoden von 21 Monaten; Folgekosten nach 1–3 Jahren (followup-costs.md §9)", 2023, EvidenceGrade.C),
            YouthOfficeShares),
        new(new OfferingType("wohnungsnotfallhilfe"), CapacityUnit.FullTimeEquivalents,
            "Wohnungslosigkeit mit ordnungsrechtlicher Unterbringung, ein Personenjahr",
            new(40, 60, 90, "[D] 1.200+ Fälle in 8 Fachstellen in 12 Monaten (König/EVH Nürnberg 2015, w.epd.de/sw/2016/03/11/2-8.htm) ≈ 150 je Fachstelle, bei ≈ 2,5 VZÄ je Fachstelle [K]", 2015, EvidenceGrade.D),
            new(0.2, 0.35, 0.5, "[D] bis 9,46 € je € öffentlich (König 2015, donaukurier.de) × 0,3–0,5 × 1.250 € je Fall [K] ÷ 10.800 €", 2015, EvidenceGrade.C),
            new(6_000, 10_800, 21_000, "[D] 500 € je Person und Monat × 12 (München 2018, br.de); zentral £9.266 je Personenjahr (Pleace & Culhane/Crisis 2016); hoch: Familie 3.500 € je Monat × 6 (Frankfurt, op-online.de)", 2018, EvidenceGrade.B),
            new(0, 1, 1, "[K] Wohnungsverlust folgt der Räumung binnen Monaten", 2025, EvidenceGrade.D),
            new(0.2, 0.7, 0, 0.1, 0, "[K] Annahme: ordnungsrechtliche Unterbringung bei der Gemeinde, KdU beim Kreis, SGB II beim Bund (followup-costs.md §9)", 2025, EvidenceGrade.D)),
        new(new OfferingType("frauenhaus"), CapacityUnit.Places,
            "fortgesetzte häusliche Gewalt, tangible Kosten eines Jahres je betroffener Frau",
            new(1, 1.5, 2.5, "[K] Annahme: Aufenthalte von 3–6 Monaten, Plätze zählen Kinder mit", 2025, EvidenceGrade.D),
            new(0.1, 0.2, 0.3, "[K] Annahme; kein SROI eines Frauenhauses gefunden [NF]", 2025, EvidenceGrade.D),
            ViolenceCostPerYear,
            ImmediateLag,
            ViolencePayerShares),
        new(new OfferingType("gewaltberatung"), CapacityUnit.FullTimeEquivalents,
            "fortgesetzte häusliche Gewalt, tangible Kosten eines Jahres je betroffener Person",
            new(40, 60, 90, "[K] Annahme: Beratungsfälle je VZÄ und Jahr", 2025, EvidenceGrade.D),
            new(0.05, 0.1, 0.15, "[K] Annahme; kein monetarisierter Beleg [NF]", 2025, EvidenceGrade.D),
            ViolenceCostPerYear,
            ImmediateLag,
            ViolencePayerShares),
        new(new OfferingType("pflegeberatung"), CapacityUnit.FullTimeEquivalents,
            "früherer Heimeinzug, öffentliche Mehrkosten eines Heimjahres (PG 3)",
            new(100, 150, 250, "[K] Annahme: Beratungsfälle je VZÄ und Jahr", 2025, EvidenceGrade.D),
            new(0, 0.005, 0.02, "[S] kein Gesamteffekt präventiver Hausbesuche, RR 1,02 (0,88–1,18) (Mayo-Wilson 2014, pmc.ncbi.nlm.nih.gov/articles/PMC3951196); hoch: OR 0,55–0,65 (Elkan 2001, Stuck 2002) bei ≈ 5 % Heimeinzug [K]", 2014, EvidenceGrade.A),
            new(12_000, 16_400, 24_000, "[D] Pflegekasse (1.319 + 267 − 599 Pflegegeld) × 12 ≈ 11.850 € (verbraucherzentrale.nrw 2025) + 38 % × 12.000 € HzP ≈ 4.560 € (IT.NRW/Landkreistag 2025)", 2025, EvidenceGrade.A),
            new(1, 1, 3, "[K] Heimeinzug nach 1–3 Jahren", 2025, EvidenceGrade.D),
            new(0.28, 0, 0, 0, 0.72, "[D] 4.560 € Hilfe zur Pflege (Kreis) und 11.850 € Pflegekasse je Heimjahr (s. Kosten)", 2025, EvidenceGrade.A)),
    ];
}
