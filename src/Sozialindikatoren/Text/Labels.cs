using System.Collections.Frozen;

namespace Sozialindikatoren.Text;

/// <summary>
/// The label catalogue (<em>Beschriftungen</em>): the German and English display label of every enum member a planner
/// sees in a report, a CSV label column or the terminal (coverage classes, certainty, agreement, supply ratings,
/// status and dynamics classes, provider responses, funding categories, sources and instruments, capacity units,
/// rescue methods, warning rules, trend directions, …). The one place for such labels: calculation layers return
/// enums, <c>Reporting</c>, <c>Data</c> writers and the CLI render them here.
/// </summary>
/// <remarks>
/// <para><c>Text</c> is a leaf namespace and cannot see the enums, so an entry is keyed by the enum's simple type name
/// and the member name (<c>CoverageClass.Severe</c>); <see cref="Of{TEnum}"/> builds the key from
/// <c>typeof(TEnum).Name</c> and <c>value.ToString()</c> — no other reflection, AOT-safe.</para>
/// <para>Machine codes (<c>ToCode()</c>, used in CSV and JSON) are not labels and stay with their enums.</para>
/// <para>To add a label: add one line to the table below (German, English); the catalogue test lists the enums whose
/// members must all have both.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public static class Labels
{
    private static readonly (string Key, string German, string English)[] Entries =
    [
        // FollowUpCosts
        ("Payer.Kreis", "Kreis", "county"),
        ("Payer.Kommune", "Kommune", "municipality"),
        ("Payer.Land", "Land", "federal state (Land)"),
        ("Payer.Bund", "Bund/Jobcenter", "federal government/job centre"),
        ("Payer.SocialInsurance", "Sozialversicherung", "social insurance"),
        ("Payer.Other", "Sonstige", "other"),
        // Gaps
        ("CoverageClass.Over", "Überversorgung", "over-supply"),
        ("CoverageClass.Adequate", "bedarfsgerecht", "adequate"),
        ("CoverageClass.Under", "Unterversorgung", "under-supply"),
        ("CoverageClass.Severe", "erhebliche Unterversorgung", "severe under-supply"),
        ("CoverageClass.NoDemand", "kein Bedarf", "no demand"),
        ("CoverageClass.Unknown", "unbekannt (Bedarf nicht berechenbar)", "unknown (demand not computable)"),
        ("CoverageClass.NotSurveyed", "nicht erhoben", "not surveyed"),
        ("SupplyNormOrigin.Default", "Standard", "default"),
        ("SupplyNormOrigin.DataSet", "eigener Richtwert", "own norm"),
        ("GapCertainty.Certain", "sicher", "certain"),
        ("GapCertainty.Probable", "wahrscheinlich", "probable"),
        ("GapCertainty.Possible", "möglich", "possible"),
        ("GapCertainty.None", "keine", "none"),
        ("StatementAgreement.Agrees", "stimmt überein", "agrees"),
        ("StatementAgreement.PartlyAgrees", "stimmt teilweise überein", "partly agrees"),
        ("StatementAgreement.Disagrees", "widerspricht", "disagrees"),
        ("StatementAgreement.NotComparable", "nicht vergleichbar", "not comparable"),
        ("ContributionKind.Located", "Standort", "at its location"),
        ("ContributionKind.SplitFromAbove", "anteilig, Standort oberhalb der Analyseebene", "shared, located above the analysis level"),
        ("ContributionKind.ServedArea", "anteilig nach Einzugsgebiet", "shared over its catchment"),
        ("ContributionKind.Reachable", "erreichbar (Einzugsbereich)", "reachable (catchment)"),
        ("TargetSourceKind.Population", "Bevölkerung", "population"),
        ("TargetSourceKind.SumOfChildren", "Summe der Teilräume", "sum over the sub-spaces"),
        ("TargetSourceKind.Indicator", "Indikator-Zähler", "indicator count"),
        ("TargetSourceKind.IndicatorMissing", "Indikator fehlt", "indicator missing"),
        ("TargetSourceKind.NumeratorMissing", "Zähler fehlt", "count missing"),
        ("MeetingBody.Planungsbeirat", "Planungsbeirat", "planning advisory board"),
        ("MeetingBody.Sozialraumkonferenz", "Sozialraumkonferenz", "social space conference"),
        ("MeetingBody.GespraechKommune", "Gespräch in der Kommune", "talk in the municipality"),
        ("MeetingBody.TraegerAbfrage", "Träger-Abfrage", "provider survey"),
        ("AgreementStatus.Open", "offen", "open"),
        ("AgreementStatus.Done", "erledigt", "done"),
        ("AgreementStatus.Dropped", "entfallen", "dropped"),
        ("ClassMethod.Mss", "feste MSS-Grenzen der z-Werte", "fixed MSS cut-offs on the z values"),
        ("ClassMethod.Quantile", "Quantilsklassen", "quantile classes"),
        ("SupplyMode.Located", "am Standort", "at the location"),
        ("SupplyMode.Served", "nach versorgten Räumen aufgeteilt", "shared over the spaces served"),
        ("SupplyMode.Access", "nach Erreichbarkeit", "by accessibility"),
        // Offerings
        ("SupplyRating.OverSupplied", "Überversorgung", "over-supplied"),
        ("SupplyRating.Adequate", "bedarfsgerecht", "adequate"),
        ("SupplyRating.UnderSupplied", "Unterversorgung", "under-supplied"),
        ("SupplyRating.SeverelyUnderSupplied", "erhebliche Unterversorgung", "severely under-supplied"),
        ("CapacityUnit.Places", "Plätze", "places"),
        ("CapacityUnit.FullTimeEquivalents", "VZÄ", "FTE"),
        ("CapacityUnit.HoursPerWeek", "Std./Woche", "hours/week"),
        ("CapacityUnit.CasesPerYear", "Fälle/Jahr", "cases/year"),
        ("Obligation.IndividualLegalClaim", "individueller Rechtsanspruch", "individual legal claim"),
        ("Obligation.ObjectiveLegalDuty", "objektiv-rechtliche Verpflichtung", "objective legal duty"),
        ("Obligation.DutyForTargetGroup", "Pflichtaufgabe für eine Zielgruppe", "duty for a target group"),
        ("Obligation.Voluntary", "freiwillige Leistung", "voluntary service"),
        ("Obligation.TimeLimitedProgramme", "befristetes Programm", "time-limited programme"),
        ("ProviderAssociation.Awo", "AWO", "AWO"),
        ("ProviderAssociation.Caritas", "Caritas", "Caritas"),
        ("ProviderAssociation.Diakonie", "Diakonie", "Diakonie"),
        ("ProviderAssociation.Drk", "DRK", "DRK"),
        ("ProviderAssociation.Paritaetischer", "Paritätischer", "Paritätischer"),
        ("ProviderAssociation.Zwst", "ZWST", "ZWST"),
        ("ProviderAssociation.PublicBody", "öffentlicher Träger", "public body"),
        ("ProviderAssociation.Private", "privat-gewerblicher Träger", "private for-profit provider"),
        ("ProviderAssociation.Other", "sonstiger Träger", "other provider"),
        // Composite
        ("StatusClass.High", "1 hoch", "1 high"),
        ("StatusClass.Medium", "2 mittel", "2 medium"),
        ("StatusClass.Low", "3 niedrig", "3 low"),
        ("StatusClass.VeryLow", "4 sehr niedrig", "4 very low"),
        ("StatusClass.Unclassified", "nicht klassifiziert", "unclassified"),
        ("DynamicsClass.Positive", "+ positiv", "+ positive"),
        ("DynamicsClass.Stable", "± stabil", "± stable"),
        ("DynamicsClass.Negative", "- negativ", "- negative"),
        ("DynamicsClass.Unclassified", "nicht klassifiziert", "unclassified"),
        // Funding
        ("FundingCategory.Full", "vollfinanziert", "fully financed"),
        ("FundingCategory.Partial", "teilfinanziert", "partly financed"),
        ("FundingCategory.ProviderFinanced", "trägerfinanziert", "provider-financed"),
        ("FundingCategory.NotClassifiable", "nicht klassifizierbar", "not classifiable"),
        ("FundingSource.Bund", "Bund", "federal government"),
        ("FundingSource.Land", "Land", "Land (state)"),
        ("FundingSource.Kreis", "Kreis", "county"),
        ("FundingSource.Kommune", "Kommune", "municipality"),
        ("FundingSource.EuEsf", "EU/ESF", "EU/ESF"),
        ("FundingSource.SocialInsurance", "Sozialversicherung", "social insurance"),
        ("FundingSource.FoundationLottery", "Stiftung/Lotterie", "foundation/lottery"),
        ("FundingSource.OwnFunds", "Eigenmittel", "own funds"),
        ("FundingSource.Donations", "Spenden", "donations"),
        ("FunderLevel.Bund", "Bund", "federal government"),
        ("FunderLevel.Land", "Land", "Land (state)"),
        ("FunderLevel.Kreis", "Kreis", "county"),
        ("FunderLevel.Kommune", "Kommune", "municipality"),
        ("FunderLevel.Other", "sonstige", "other"),
        ("FundingInstrument.FullFunding", "Vollfinanzierung", "full funding"),
        ("FundingInstrument.ShareFunding", "Anteilfinanzierung", "share funding"),
        ("FundingInstrument.DeficitFunding", "Fehlbedarfsfinanzierung", "deficit funding"),
        ("FundingInstrument.FixedAmount", "Festbetragsfinanzierung", "fixed-amount funding"),
        ("FundingInstrument.ServiceFee", "Leistungsentgelt", "service fee"),
        ("FundingInstrument.OwnResources", "Eigenmittel", "own resources"),
        // Cuts
        ("ResponseKind.NotAffected", "nicht betroffen", "not affected"),
        ("ResponseKind.Absorbed", "aus Eigenmitteln aufgefangen", "absorbed from own funds"),
        ("ResponseKind.Shrunk", "verkleinert", "shrinks"),
        ("ResponseKind.ClosedBelowViability", "schließt (unter Tragfähigkeit)", "closes (below viability)"),
        ("ResponseKind.ClosedCoFinancing", "schließt (Kofinanzierung entfällt)", "closes (co-financing fails)"),
        ("ResponseKind.ProviderStatement", "laut Träger-Abfrage", "per provider survey"),
        ("RescueMethod.Auto", "automatisch gewählt", "chosen automatically"),
        ("RescueMethod.Exact", "exakt (dynamische Programmierung)", "exact (dynamic programming)"),
        ("RescueMethod.Greedy", "Greedy nach vermiedenen Folgen je Euro", "greedy by impact avoided per euro"),
        ("CutKind.Share", "Anteil", "share"),
        ("CutKind.AmountPerYear", "Betrag pro Jahr", "amount per year"),
        ("CutLineStatus.Sourced", "belegt", "sourced"),
        ("CutLineStatus.Assumption", "Annahme", "assumption"),
        ("StatementStatus.Applies", "gilt", "applies"),
        ("StatementStatus.ConditionNotMet", "nicht im Szenario (Bedingung nicht erfüllt)", "not in the scenario (condition not met)"),
        ("StatementStatus.OfferingNotCut", "nicht im Szenario (Angebot nicht gekürzt)", "not in the scenario (offering not cut)"),
        ("StatementStatus.Superseded", "durch eine spätere Angabe ersetzt", "superseded by a later statement"),
        ("StatementStatus.AfterStichtagYear", "nach dem Stichtagsjahr", "after the year of the reference date"),
        ("StatementStatus.Disabled", "nicht verwendet", "not used"),
        // Monitoring
        ("WarningRuleKind.WorseningTrend", "Trend verschlechtert sich", "worsening trend"),
        ("WarningRuleKind.Threshold", "Schwellenwert überschritten", "threshold crossed"),
        ("WarningRuleKind.CountyThreshold", "Kreiswert überschritten", "county value crossed"),
        ("WarningRuleKind.WideningGap", "Abstand wächst", "gap widens"),
        ("WarningRuleKind.SeriesBreak", "Zeitreihenbruch", "break in series"),
        ("WarningCertainty.High", "hoch", "high"),
        ("WarningCertainty.Medium", "mittel", "medium"),
        ("WarningCertainty.Reported", "gemeldet", "reported"),
        ("TrendDirection.Rising", "steigend", "rising"),
        ("TrendDirection.Falling", "fallend", "falling"),
        ("TrendDirection.Stable", "stabil", "stable"),
        ("TrendDirection.Uncertain", "unklar", "unclear"),
        ("TrendDirection.Insufficient", "zu wenige Werte", "too few values"),
        ("ReferenceArea.County", "Kreis", "county"),
        ("ReferenceArea.Nrw", "NRW", "NRW"),
        ("ReferenceArea.Germany", "Bund", "Germany"),
        // Indicators
        ("IndicatorDomain.Demography", "Demografie", "demography"),
        ("IndicatorDomain.Migration", "Migration", "migration"),
        ("IndicatorDomain.SocialSituation", "soziale Lage", "social situation"),
        ("IndicatorDomain.Labour", "Arbeit", "labour"),
        ("IndicatorDomain.ChildrenAndYouth", "Kinder und Jugend", "children and youth"),
        ("IndicatorDomain.Care", "Pflege", "care"),
        ("IndicatorDomain.Education", "Bildung", "education"),
        ("IndicatorDomain.Debt", "Verschuldung", "debt"),
        ("Polarity.MoreNeed", "mehr Bedarf", "more need"),
        ("Polarity.LessNeed", "weniger Bedarf", "less need"),
        ("Polarity.Context", "Kontext", "context"),
        // Spaces and provenance
        ("SpaceLevel.State", "Land", "state"),
        ("SpaceLevel.County", "Kreis", "county"),
        ("SpaceLevel.PlanningRegion", "Planungsregion", "planning region"),
        ("SpaceLevel.Municipality", "Gemeinde", "municipality"),
        ("SpaceLevel.District", "Stadtteil/Quartier", "district"),
        ("SpaceLevel.GridCell", "Gitterzelle", "grid cell"),
        ("ProvenanceKind.Sourced", "belegt", "sourced"),
        ("ProvenanceKind.Derived", "abgeleitet", "derived"),
        ("ProvenanceKind.Illustrative", "illustrativ", "illustrative"),
        ("ProvenanceKind.Assumption", "Annahme", "assumption"),
    ];

    private static readonly FrozenDictionary<string, (string German, string English)> Catalogue =
        Entries.ToFrozenDictionary(e => e.Key, e => (e.German, e.English), StringComparer.Ordinal);

    /// <summary>The display label of an enum member.</summary>
    /// <typeparam name="TEnum">The enum type; its simple name is the catalogue key (<c>CoverageClass</c>).</typeparam>
    /// <param name="value">The member.</param>
    /// <param name="language">The language (German by default).</param>
    /// <returns>The label, e.g. <c>erhebliche Unterversorgung</c> / <c>severe under-supply</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The catalogue has no label for the member (a new member without a
    /// line in the catalogue, or an undefined numeric value).</exception>
    public static string Of<TEnum>(TEnum value, Language language = Language.German) where TEnum : struct, Enum =>
        TryOf(value, language, out var label) ? label
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"label catalogue: no label for {typeof(TEnum).Name}.{value}.");

    /// <summary>The display label of an enum member, if the catalogue has one.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The member.</param>
    /// <param name="language">The language.</param>
    /// <param name="label">The label, or empty.</param>
    /// <returns>Whether the catalogue has a label.</returns>
    public static bool TryOf<TEnum>(TEnum value, Language language, out string label) where TEnum : struct, Enum
    {
        if (Catalogue.TryGetValue(typeof(TEnum).Name + "." + value.ToString(), out var e))
        {
            label = language == Language.English ? e.English : e.German;
            return true;
        }
        label = "";
        return false;
    }

    /// <summary>An age range <c>[from, to)</c> in words: <c>unter 3</c> / <c>under 3</c>, <c>3 bis unter 6</c> /
    /// <c>3 to under 6</c>, <c>80 und älter</c> / <c>80 and over</c>, <c>alle Altersgruppen</c> / <c>all ages</c>.</summary>
    /// <param name="from">The lower bound in completed years (inclusive, ≥ 0).</param>
    /// <param name="to">The upper bound (exclusive), or null for open-ended.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string AgeRange(int from, int? to, Language language = Language.German)
    {
        var en = language == Language.English;
        var f = from.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var t = to?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (from, t) switch
        {
            (0, null) => en ? "all ages" : "alle Altersgruppen",
            (0, _) => en ? $"under {t}" : $"unter {t}",
            (_, null) => en ? $"{f} and over" : $"{f} und älter",
            _ => en ? $"{f} to under {t}" : $"{f} bis unter {t}",
        };
    }

    /// <summary>Every catalogue entry: enum type name, member name, German and English label (for tests and for
    /// tools that list the vocabulary).</summary>
    /// <returns>The entries in catalogue order.</returns>
    public static IEnumerable<(string Enum, string Member, string German, string English)> All() =>
        Entries.Select(e => (e.Key[..e.Key.IndexOf('.', StringComparison.Ordinal)], e.Key[(e.Key.IndexOf('.', StringComparison.Ordinal) + 1)..], e.German, e.English));
}
