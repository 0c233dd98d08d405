using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Csv;
using Sozialindikatoren.Data.Excel;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Data;

/// <summary>
/// The empty data set as an Excel workbook (<em>Erfassungsvorlage</em>, <c>sozialindikatoren template</c>): one sheet per
/// table of a data folder (sheet name = CSV file name without <c>.csv</c>), the German headers, a comment on each header
/// (meaning, unit, allowed values), drop-down lists for the coded columns (from <see cref="Labels"/> and the standard
/// domains), key columns formatted as text (so an AGS keeps its leading zero), and one example row per sheet. The
/// template as written passes <c>validate --data vorlage.xlsx</c>.
/// </summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class WorkbookTemplate
{
    /// <summary>Writes the template workbook.</summary>
    /// <param name="stream">A writable, seekable stream.</param>
    public static void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Xlsx.Write(stream, Sheets());
    }

    /// <summary>Writes the template to a file through <see cref="OutputFolder.WriteBinaryFile"/>: never over an input;
    /// an existing file only when this tool wrote it, or with force.</summary>
    /// <param name="path">The file (e.g. <c>vorlage.xlsx</c>).</param>
    /// <param name="inputs">The run's inputs.</param>
    /// <param name="force">Whether a foreign file may be replaced.</param>
    /// <exception cref="OutputRefusedException">The file is an input, a folder, or foreign without force.</exception>
    public static void WriteFile(string path, IEnumerable<string?> inputs, bool force) =>
        OutputFolder.WriteBinaryFile(path, inputs, force, Xlsx.IsOurs, Write);

    private static readonly LocalDate Stichtag = new(2024, 12, 31);

    internal static IReadOnlyList<XlsxSheet> Sheets()
    {
        string Code<T>(T v) where T : struct, Enum => Json.PlanningDataJson.Code(v);
        var levels = CodedValues.GermanNames<SpaceLevel>();
        var categories = CodedValues.GermanNames(new[] { FundingCategory.Full, FundingCategory.Partial, FundingCategory.ProviderFinanced });
        var domains = CodedValues.DomainNames();
        var lists = new Dictionary<string, (IReadOnlyList<string> Values, string Allowed)>(StringComparer.Ordinal)
        {
            ["level"] = (levels, CodedValues.Allowed<SpaceLevel>(Code)),
            ["domain"] = (domains, "die 12 Handlungsfelder (Name oder Kürzel) oder ein im Blatt handlungsfelder erklärtes"),
            ["association"] = (CodedValues.GermanNames<ProviderAssociation>(), CodedValues.Allowed<ProviderAssociation>(Code)),
            ["unit"] = (CodedValues.GermanNames<CapacityUnit>(), CodedValues.Allowed<CapacityUnit>(u => u.ToCode())),
            ["obligation"] = (CodedValues.GermanNames<Obligation>(), CodedValues.Allowed<Obligation>(Code)),
            ["recorded_category"] = (categories, "vollfinanziert (voll), teilfinanziert (teil), trägerfinanziert (traeger)"),
            ["funding_source"] = (CodedValues.GermanNames<FundingSource>(), CodedValues.Allowed<FundingSource>(Code)),
            ["instrument"] = (CodedValues.GermanNames<FundingInstrument>(), CodedValues.Allowed<FundingInstrument>(Code)),
            ["offering_type"] = (OfferingType.Known.Select(t => t.Code).ToArray(), "die Angebotsarten in docs/data-format.md (z. B. schuldnerberatung), oder leer"),
            ["rating"] = (CodedValues.GermanNames<SupplyRating>(), CodedValues.Allowed<SupplyRating>(Code)),
            ["body"] = (CodedValues.GermanNames<Participation.MeetingBody>(), CodedValues.Allowed<Participation.MeetingBody>(Participation.MeetingBodyCodes.ToCode)),
        };
        XlsxSheet Sheet(string name, IReadOnlyList<CsvColumn> schema, params object?[] example)
        {
            var columns = schema.Select(c =>
            {
                var help = Help.TryGetValue(name + ":" + c.Name, out var h) || Help.TryGetValue(c.Name, out h) ? h : (Text: c.German, Format: XlsxFormat.General);
                var comment = $"{c.German} ({c.Name}){(c.Required ? ", Pflichtfeld" : ", optional")}: {help.Text}";
                IReadOnlyList<string>? allowed = null;
                if (lists.TryGetValue(c.Name, out var list)) { allowed = list.Values; comment += " Erlaubt: " + list.Allowed + "."; }
                return new XlsxColumn(c.German, comment, allowed, help.Format);
            }).ToArray();
            var row = example.Select(v => new XlsxCell(v)).ToArray();
            return new XlsxSheet(name, columns, [row]);
        }
        const string Id = "05970004";
        return
        [
            Sheet("raeume", DataFolderTables.Spaces, Id, "Musterstadt", Labels.Of(SpaceLevel.Municipality), null, Id, 58.5, 50.87, 8.02, "nein", "Annahme: Beispielzeile"),
            Sheet("angebote", InventoryCsv.Schema, "A1", "Schuldnerberatung Musterstadt", ServiceDomain.Schulden.GermanName, "T1", "Diakonie Musterstadt",
                Labels.Of(ProviderAssociation.Diakonie), Id, null, 2.5, Labels.Of(CapacityUnit.FullTimeEquivalents), Labels.Of(Obligation.Voluntary),
                "überschuldete Haushalte", "18+", null, "ja", null, "schuldnerberatung", null, null, "Annahme: Beispielzeile", null,
                Labels.Of(FundingSource.Land), "Landesprogramm Schuldnerberatung", Labels.Of(FundingInstrument.FixedAmount), 60000m,
                new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31), "Annahme: Beispielzeile"),
            Sheet("bevoelkerung", DataFolderTables.Population, Id, Stichtag, "insgesamt", 25000L, "Annahme: Beispielzeile"),
            Sheet("indikatoren", DataFolderTables.Indicators, Id, "sgb2_quote", 2024L, 8.5, null, null, null, "Annahme: Beispielzeile"),
            Sheet("einschaetzungen", DataFolderTables.Conference, Id, ServiceDomain.Schulden.GermanName, Labels.Of(SupplyRating.UnderSupplied),
                "Wartezeit über drei Monate", new LocalDate(2025, 3, 31), "Sozialraumkonferenz", "Annahme: Beispielzeile"),
            Sheet("traegermeldungen", DataFolderTables.ProviderStatements, "A1", new LocalDate(2026, 1, 1), 0.5, 30000m,
                "halbe Stelle fällt weg", new LocalDate(2025, 6, 30), "Annahme: Beispielzeile"),
            Sheet("handlungsfelder", DataFolderTables.Domains, "Wohnungslosenhilfe", "Wohnungslosenhilfe"),
            Sheet("richtwerte", SupplyNormTable.Schema, ServiceDomain.Schulden.GermanName, Labels.Of(CapacityUnit.FullTimeEquivalents), "insgesamt", 2.0, 50000.0,
                "Schuldnerberatung", "AG SBV, Positionspapier 2003", 2003L, "veröffentlicht", "schuldnerberatung"),
            Sheet("sitzungen", ParticipationTables.Meetings, "PB-1", new LocalDate(2025, 5, 14), Labels.Of(Participation.MeetingBody.Planungsbeirat), null, null, "Planungsbeirat 1/2025", "Annahme: Beispielzeile"),
            Sheet("teilnahmen", ParticipationTables.Attendances, "PB-1", "T1"),
            Sheet("vereinbarungen", ParticipationTables.Agreements, "PB-1", "Folgen der Kürzungen je Handlungsfeld aufbereiten", "Sozialplanung", new LocalDate(2025, 9, 30), Labels.Of(Participation.AgreementStatus.Open)),
        ];
    }

    /// <summary>The comment text (meaning, unit) and cell format of each column, by canonical name.</summary>
    private static readonly Dictionary<string, (string Text, XlsxFormat Format)> Help = new(StringComparer.Ordinal)
    {
        ["id"] = ("eindeutige Kennung des Raums, z. B. der AGS 05970004 oder ein eigenes Kürzel (Text).", XlsxFormat.Text),
        ["name"] = ("Bezeichnung.", XlsxFormat.General),
        ["level"] = ("Ebene des Raums.", XlsxFormat.General),
        ["parent"] = ("Raum-ID des übergeordneten Raums (Gemeinde eines Stadtteils, Kreis einer Gemeinde); leer beim obersten Raum.", XlsxFormat.Text),
        ["ags"] = ("Amtlicher Gemeindeschlüssel, 8 Ziffern (Text, führende Null).", XlsxFormat.Text),
        ["area_km2"] = ("Fläche in km².", XlsxFormat.Decimal),
        ["lat"] = ("geografische Breite in Grad (WGS84), Dezimalzahl.", XlsxFormat.General),
        ["lon"] = ("geografische Länge in Grad (WGS84), Dezimalzahl.", XlsxFormat.General),
        ["own_youth_office"] = ("ja, wenn die Gemeinde ein eigenes Jugendamt hat (dann trägt sie statt des Kreises die Kosten der Jugendhilfe, z. B. Stadt Siegen); sonst leer oder nein. Nur bei Ebene Gemeinde.", XlsxFormat.General),
        ["provenance"] = ("Herkunft: belegt|abgeleitet|illustrativ|Annahme, optional ': Quelle @ JJJJ-MM-TT'.", XlsxFormat.General),
        ["space_id"] = ("Raum-ID aus dem Blatt raeume.", XlsxFormat.Text),
        ["date"] = ("Datum (Stichtag) oder Jahr (2024) oder Monat (03/2024).", XlsxFormat.Date),
        ["age_band"] = ("Altersgruppe: 0-3, 80+, 'unter 3', '3 bis unter 6', '80 und älter' oder insgesamt.", XlsxFormat.General),
        ["count"] = ("Anzahl Personen (ganze Zahl).", XlsxFormat.Integer),
        ["indicator"] = ("Kennung des Indikators (Katalog in docs/data-format.md).", XlsxFormat.General),
        ["value"] = ("Wert in der Einheit des Indikators; leer = fehlt.", XlsxFormat.General),
        ["status"] = ("Status des Werts (z. B. geheim, geschaetzt); leer = genau.", XlsxFormat.General),
        ["denominator"] = ("Nenner (Bezugsgröße) des Werts, wenn er ein Anteil ist.", XlsxFormat.General),
        ["denominator_status"] = ("Status des Nenners.", XlsxFormat.General),
        ["domain"] = ("Handlungsfeld.", XlsxFormat.General),
        ["rating"] = ("Einschätzung der Versorgung durch die Konferenz.", XlsxFormat.General),
        ["text"] = ("Aussage im Wortlaut.", XlsxFormat.General),
        ["source"] = ("Quelle (Gremium, Protokoll).", XlsxFormat.General),
        ["offering_id"] = ("eindeutige Kennung des Angebots (Text); eine Zeile je Finanzierungslinie.", XlsxFormat.Text),
        ["offering_name"] = ("Name des Angebots.", XlsxFormat.General),
        ["provider_id"] = ("Kennung des Trägers (Text).", XlsxFormat.Text),
        ["meeting_id"] = ("Kennung der Sitzung aus dem Blatt sitzungen (Text); bei Aussagen optional.", XlsxFormat.Text),
        ["body"] = ("Gremium oder Format der Sitzung.", XlsxFormat.General),
        ["domains"] = ("Handlungsfelder auf der Tagesordnung, mit | getrennt; leer = alle.", XlsxFormat.General),
        ["title"] = ("Bezeichnung der Sitzung, z. B. Planungsbeirat 1/2025.", XlsxFormat.General),
        ["owner"] = ("Wer die Vereinbarung umsetzt (Sozialplanung, Träger …).", XlsxFormat.General),
        ["due"] = ("Frist der Vereinbarung (Datum).", XlsxFormat.Date),
        ["provider_name"] = ("Name des Trägers.", XlsxFormat.General),
        ["association"] = ("Spitzenverband des Trägers.", XlsxFormat.General),
        ["location"] = ("Raum-ID des Standorts.", XlsxFormat.Text),
        ["served_spaces"] = ("Raum-IDs des Einzugsgebiets, getrennt durch |; leer = der Standort.", XlsxFormat.Text),
        ["capacity"] = ("Kapazität in der Einheit der Spalte Einheit.", XlsxFormat.Decimal),
        ["unit"] = ("Einheit der Kapazität.", XlsxFormat.General),
        ["obligation"] = ("Verbindlichkeit der Leistung.", XlsxFormat.General),
        ["target_group"] = ("Zielgruppe (Beschreibung); leer = alle.", XlsxFormat.General),
        ["target_ages"] = ("Altersgruppe der Zielgruppe, z. B. 18+ oder 0-6.", XlsxFormat.General),
        ["target_condition"] = ("Merkmal der Zielgruppe (Indikator-Kennung).", XlsxFormat.General),
        ["vulnerable"] = ("besonders verletzliche Zielgruppe: ja/nein.", XlsxFormat.General),
        ["offering_type"] = ("Angebotsart (Kürzel), bestimmt u. a. Rechtsanspruch und Folgekosten; leer = unbekannt.", XlsxFormat.General),
        ["recorded_category"] = ("Finanzierungskategorie laut eigener Erhebung; leer = berechnet.", XlsxFormat.General),
        ["offering_provenance"] = ("Herkunft der Angaben zum Angebot.", XlsxFormat.General),
        ["provider_provenance"] = ("Herkunft der Angaben zum Träger.", XlsxFormat.General),
        ["funding_source"] = ("Mittelgeber der Finanzierungslinie.", XlsxFormat.General),
        ["programme"] = ("Förderprogramm oder Haushaltstitel.", XlsxFormat.General),
        ["instrument"] = ("Finanzierungsart.", XlsxFormat.General),
        ["amount_per_year"] = ("Betrag in Euro pro Jahr.", XlsxFormat.Euro),
        ["start"] = ("Beginn der Finanzierung (Datum oder Jahr).", XlsxFormat.Date),
        ["end"] = ("Ende der Finanzierung (Datum oder Jahr).", XlsxFormat.Date),
        ["line_provenance"] = ("Herkunft der Finanzierungsangabe.", XlsxFormat.General),
        ["effective_from"] = ("ab wann die Meldung gilt (Datum oder Monat).", XlsxFormat.Date),
        ["capacity_reduction"] = ("Kapazitätsabbau als Anteil (0 bis 100 %).", XlsxFormat.Percent),
        ["expected_funding_loss_per_year"] = ("erwarteter Verlust an Mitteln in Euro pro Jahr.", XlsxFormat.Euro),
        ["reported_on"] = ("Datum der Meldung.", XlsxFormat.Date),
        ["target"] = ("Zielgruppe des Richtwerts: Altersgruppe (unter 3, 18-65, 80+, insgesamt) oder Kennung eines Indikators, dessen Zähler die Zielgruppe ist (z. B. mindestsicherungsquote); leer = wie der ersetzte Richtwert, sonst alle Einwohner.", XlsxFormat.General),
        ["per"] = ("Bezugsgröße N: der Wert gilt je N Personen der Zielgruppe (z. B. 50000); leer = 1 (Quote).", XlsxFormat.General),
        ["label"] = ("Bezeichnung des Richtwerts, z. B. Schuldnerberatung; leer = wie der ersetzte Richtwert.", XlsxFormat.General),
        ["stand"] = ("Stand der Quelle (Datum oder Jahr).", XlsxFormat.General),
        ["offering_types"] = ("Angebotsarten (Kürzel), die als Bestand zählen, getrennt durch ; oder ,; leer = wie der ersetzte Richtwert, sonst alle Angebote des Handlungsfelds und der Einheit.", XlsxFormat.General),
        ["programmes"] = ("Förderprogramme, deren Angebote als Bestand zählen (Text im Programm einer Finanzierungslinie), getrennt durch ; oder |; optional, zusätzlich zu den Angebotsarten.", XlsxFormat.General),
        ["richtwerte:value"] = ("Richtwert: Kapazität (in der Einheit) je N Personen der Zielgruppe, z. B. 2 (VZÄ je 50.000); leer nur bei Status nicht erhoben oder um nur Quelle/Status eines Standard-Richtwerts zu ersetzen.", XlsxFormat.General),
        ["richtwerte:status"] = ("veröffentlicht (mit Quelle), Annahme, oder nicht erhoben (das Handlungsfeld wurde im Bestand nicht erhoben: kein Versorgungsgrad, nie 0 %); leer = veröffentlicht mit Quelle, sonst Annahme.", XlsxFormat.General),
        ["richtwerte:source"] = ("Quelle des Richtwerts (Veröffentlichung, Beschluss); bei veröffentlichten Richtwerten Pflicht.", XlsxFormat.General),
        ["richtwerte:unit"] = ("Einheit des Richtwerts; leer nur bei Status nicht erhoben (dann alle Einheiten des Handlungsfelds).", XlsxFormat.General),
        ["code"] = ("Kürzel eines eigenen Handlungsfelds (Buchstaben, Ziffern, _ oder -).", XlsxFormat.General),
    };
}
