using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data;
using Sozialindikatoren.Data.Csv;
using Sozialindikatoren.Data.Excel;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Tests.Data.Excel;

/// <summary><c>--data FILE.xlsx</c>: sheets are the data folder's tables, cells as Excel stores them, read through the
/// one <see cref="CsvInput"/> path; the template passes validation.</summary>
public sealed class WorkbookInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("workbook-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static XlsxSheet Sheet(string name, string[] headers, params object?[][] rows) =>
        new(name, headers.Select(h => new XlsxColumn(h)).ToArray(), rows.Select(r => (IReadOnlyList<XlsxCell>)r.Select(v => new XlsxCell(v)).ToArray()).ToArray());

    private static readonly string[] SpacesHeader = ["Raum-ID", "Name", "Ebene", "übergeordnet", "AGS", "Fläche km²"];
    private static readonly string[] InventoryHeader = ["Angebot-ID", "Angebot", "Handlungsfeld", "Träger-ID", "Standort", "Kapazität", "Einheit", "Verbindlichkeit",
        "Mittelgeber", "Programm", "Finanzierungsart", "Betrag pro Jahr", "Beginn", "Ende"];

    private static object?[] Offering(string id, string domain, object capacity, string unit) =>
        [id, "Beratung " + id, domain, "t1", "K", capacity, unit, "freiwillige Leistung", "Land", "Programm", "Festbetragsfinanzierung", 10000.0, 2025.0, new LocalDate(2025, 12, 31)];

    private string Write(string name, params XlsxSheet[] sheets)
    {
        var path = Path.Combine(_dir, name);
        using (var f = File.Create(path)) Xlsx.Write(f, sheets);
        return path;
    }

    private string Basic(params XlsxSheet[] extra) => Write("daten.xlsx",
    [
        Sheet("raeume", SpacesHeader, ["K", "Kreis", "Kreis", null, null, 1132.0], ["G1", "Musterstadt", "Gemeinde", "K", 5970004.0, "58,5"]),
        Sheet("angebote", InventoryHeader, Offering("a1", "Suchthilfe", "1,5", "VZÄ"), Offering("a2", "Kinder- und Jugendhilfe", 12.0, "Plätze")),
        .. extra,
    ]);

    /// <summary>A package whose relationships name a part it does not hold (here the styles part, deleted from the zip)
    /// is a problem naming the file, not an InvalidOperationException (found by the workbook fuzz test).</summary>
    [Fact]
    public void PackageWithAMissingPart_IsAProblemNamingTheFile()
    {
        var path = Path.Combine(_dir, "kaputt.xlsx");
        using (var f = File.Create(path)) WorkbookTemplate.Write(f);
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
            zip.GetEntry("xl/styles.xml")!.Delete();
        var e = Assert.Throws<DataProblemException>(() => PlanningDataSource.Load(path));
        var p = Assert.Single(e.Problems);
        Assert.Equal("kaputt.xlsx", p.Source);
        Assert.Contains("not a readable Excel workbook", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CellsAsExcelStoresThem_NumbersTextNumbersDatesAndYears_AreRead()
    {
        var notes = new List<DataProblem>();
        var data = PlanningDataSource.Load(Basic(), null, notes);
        var g1 = data.Region[new SpaceId("G1")];
        Assert.Equal("05970004", g1.Key!.Value.ToString()); // a 7-digit number in an AGS column lost its leading zero
        Assert.Equal(58.5, g1.AreaKm2); // text holding a number, German rules
        Assert.Equal(1132.0, data.Region[new SpaceId("K")].AreaKm2); // a number cell
        var a1 = data.Offerings.Single(o => o.Id == "a1");
        Assert.Equal(ServiceDomain.Sucht, a1.Domain); // German display name
        Assert.Equal(1.5, a1.Capacity.Amount);
        Assert.Equal(CapacityUnit.FullTimeEquivalents, a1.Capacity.Unit);
        Assert.Equal(ServiceDomain.KinderJugend, data.Offerings.Single(o => o.Id == "a2").Domain);
        var line = a1.Funding.Lines.Single();
        Assert.Equal(new LocalDate(2025, 1, 1), line.Period.Start); // the number 2025 in a period column is a year
        Assert.Equal(new LocalDate(2025, 12, 31), line.Period.End); // a real Excel date
        Assert.Equal(10000m, line.AmountPerYear);
        var padded = Assert.Single(notes, n => n.Severity == ProblemSeverity.Warning && n.Message.Contains("AGS", StringComparison.Ordinal));
        Assert.Equal("raeume", padded.Sheet);
        Assert.Equal(3, padded.Line);
        Assert.Contains("sheet 'raeume', row 3, column E (AGS), value '5970004'", padded.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SheetsAndCsvFolder_GiveTheSameDataSet()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "ordner")).FullName;
        File.WriteAllText(Path.Combine(folder, "raeume.csv"), "Raum-ID;Name;Ebene;übergeordnet;AGS;Fläche km²\nK;Kreis;Kreis;;;1132\nG1;Musterstadt;Gemeinde;K;05970004;58,5\n");
        File.WriteAllText(Path.Combine(folder, "angebote.csv"), string.Join(";", InventoryHeader) + "\n"
            + "a1;Beratung a1;Suchthilfe;t1;K;1,5;VZÄ;freiwillige Leistung;Land;Programm;Festbetragsfinanzierung;10000;2025;31.12.2025\n"
            + "a2;Beratung a2;Kinder- und Jugendhilfe;t1;K;12;Plätze;freiwillige Leistung;Land;Programm;Festbetragsfinanzierung;10000;2025;31.12.2025\n");
        var csv = PlanningDataSource.Load(folder);
        var xlsx = PlanningDataSource.Load(Basic());
        Assert.Equal(Sozialindikatoren.Data.Json.PlanningDataJson.WriteString(csv).Replace("\"ordner\"", "\"x\"", StringComparison.Ordinal),
            Sozialindikatoren.Data.Json.PlanningDataJson.WriteString(xlsx).Replace("\"daten\"", "\"x\"", StringComparison.Ordinal));
    }

    [Fact]
    public void BadCells_NameSheetRowColumnLetterHeaderAndValue()
    {
        var path = Write("fehler.xlsx",
            Sheet("raeume", SpacesHeader, ["K", "Kreis", "Kreis", null, null, "12.5"]),
            Sheet("angebote", InventoryHeader, Offering("a1", "Sucht", 1.0, "VZÄ") is var o ? [.. o[..12], 45000.0, o[13]] : []));
        var e = Assert.Throws<DataProblemException>(() => PlanningDataSource.Load(path));
        var area = Assert.Single(e.Problems, p => p.Field == "Fläche km²");
        Assert.Equal(("raeume", 2, 6, "12.5"), (area.Sheet, area.Line, area.Column, area.Value));
        Assert.StartsWith("fehler.xlsx: fehler.xlsx, sheet 'raeume', row 2, column F (Fläche km²), value '12.5'", area.Within("fehler.xlsx").ToString(), StringComparison.Ordinal);
        var start = Assert.Single(e.Problems, p => p.Field == "Beginn");
        Assert.Equal(("angebote", 2, "M", "45000"), (start.Sheet, start.Line, DataProblem.ColumnLetters(start.Column), start.Value));
        Assert.Contains("format the cell as a date", start.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownDomain_ListsGermanNamesWithCodes_AndOwnDomainsComeOnlyFromHandlungsfelder()
    {
        var typo = Write("typo.xlsx", Sheet("raeume", SpacesHeader, ["K", "Kreis", "Kreis", null, null, null]),
            Sheet("angebote", InventoryHeader, Offering("a1", "Wohnungslosenhilfe", 1.0, "Fälle pro Jahr")));
        var e = Assert.Throws<DataProblemException>(() => PlanningDataSource.Load(typo));
        var p = Assert.Single(e.Problems);
        Assert.Equal("Handlungsfeld", p.Field);
        Assert.Contains("Suchthilfe (Sucht)", p.Message, StringComparison.Ordinal);
        Assert.Contains("handlungsfelder", p.Message, StringComparison.Ordinal);

        var declared = Write("eigen.xlsx", Sheet("raeume", SpacesHeader, ["K", "Kreis", "Kreis", null, null, null]),
            Sheet("angebote", InventoryHeader, Offering("a1", "Wohnungslosenhilfe", 1.0, "Fälle pro Jahr")),
            Sheet("handlungsfelder", ["Kürzel", "Name"], ["Wohnungslos", "Wohnungslosenhilfe"]));
        var o = PlanningDataSource.Load(declared).Offerings.Single();
        Assert.Equal("Wohnungslos", o.Domain.Code);
        Assert.Equal(CapacityUnit.CasesPerYear, o.Capacity.Unit);
    }

    [Fact]
    public void UnknownSheet_IsAWarningNamingIt()
    {
        var notes = new List<DataProblem>();
        PlanningDataSource.Load(Basic(Sheet("Notizen", ["x"], ["y"])), null, notes);
        var w = Assert.Single(notes, n => n.Severity == ProblemSeverity.Warning && n.Sheet == "Notizen");
        Assert.Contains("unknown sheet", w.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkbookAboveTheInputLimit_IsRefusedBeforeReading()
    {
        var e = Assert.Throws<DataProblemException>(() => PlanningDataSource.Load(Basic(), new CsvReadOptions { MaxInputBytes = 100 }, null));
        Assert.Contains("--max-input-mb", Assert.Single(e.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SharedStringsAndDateStyles_AsExcelWritesThem_AreRead()
    {
        // Built the way Excel saves: shared strings, a custom date format (TT.MM.JJJJ), a logical cell.
        var path = Path.Combine(_dir, "excel.xlsx");
        using (var doc = SpreadsheetDocument.Create(path, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new Sheets());
            var sst = book.AddNewPart<SharedStringTablePart>();
            string[] strings = ["Raum-ID", "Stichtag", "Altersgruppe", "Anzahl", "G1", "insgesamt"];
            sst.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(s))));
            book.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 170, FormatCode = "dd/mm/yyyy;@" }),
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()), new CellStyleFormats(new CellFormat()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 170, ApplyNumberFormat = true }));
            var ws = book.AddNewPart<WorksheetPart>();
            Cell S(string r, int i) => new(new CellValue(i)) { CellReference = r, DataType = CellValues.SharedString };
            ws.Worksheet = new Worksheet(new SheetData(
                new Row(S("A1", 0), S("B1", 1), S("C1", 2), S("D1", 3)) { RowIndex = 1 },
                new Row(S("A3", 4), new Cell(new CellValue(45657)) { CellReference = "B3", StyleIndex = 1 }, S("C3", 5), new Cell(new CellValue(1234)) { CellReference = "D3" }) { RowIndex = 3 }));
            book.Workbook.Sheets!.Append(new Sheet { Id = book.GetIdOfPart(ws), SheetId = 1, Name = "bevoelkerung" });
        }
        using var book2 = Sozialindikatoren.Data.Csv.Workbook.Open(path, CsvReadOptions.DefaultMaxInputBytes);
        using var input = CsvInput.Open(book2, "bevoelkerung");
        Assert.Equal(["Raum-ID", "Stichtag", "Altersgruppe", "Anzahl"], input.Headers);
        Assert.True(input.Read());
        Assert.Equal(3, input.Line); // the worksheet row, an empty row 2 skipped
        Assert.Equal(("G1", "2024-12-31", CellKind.Date), (input[0], input[1], input.Kind(1)));
        Assert.True(input.TryInteger(3, out var n));
        Assert.Equal(1234, n);
        Assert.False(input.Read());
    }

    [Fact]
    public void Template_PassesValidation_AndIsValidOpenXml()
    {
        var path = Path.Combine(_dir, "vorlage.xlsx");
        WorkbookTemplate.WriteFile(path, [], force: false);
        var notes = new List<DataProblem>();
        var data = PlanningDataSource.Load(path, null, notes);
        Assert.DoesNotContain(notes, n => n.Severity != ProblemSeverity.Note);
        var offering = Assert.Single(data.Offerings);
        Assert.Equal(ServiceDomain.Schulden, offering.Domain);
        Assert.Equal("05970004", data.Region.Spaces.Single().Key!.Value.ToString());
        Assert.Single(data.ProviderStatements);
        Assert.Equal("PB-1", Assert.Single(data.Participation.Meetings).Id);   // the participation sheets' example rows
        Assert.Equal([("PB-1", "T1")], data.Participation.Attendances);
        Assert.Single(data.Participation.Agreements);
        // The richtwerte sheet's example row replaces the default debt-counselling norm (same value, the data set's own).
        var norm = SupplyNormTable.Load(path, null)[ServiceDomain.Schulden, CapacityUnit.FullTimeEquivalents];
        Assert.Equal((SupplyNormOrigin.DataSet, 2.0, 50_000.0, false), (norm.Origin, norm.Amount, norm.PerPersons, norm.IsAssumption));
        Assert.Equal(["schuldnerberatung"], norm.OfferingTypes.Select(t => t.Code));
        using var doc = SpreadsheetDocument.Open(path, false);
        Assert.Empty(new OpenXmlValidator().Validate(doc, TestContext.Current.CancellationToken));
        var sheets = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToArray();
        Assert.Equal(["raeume", "angebote", "bevoelkerung", "indikatoren", "einschaetzungen", "traegermeldungen", "handlungsfelder", "richtwerte", "sitzungen", "teilnahmen", "vereinbarungen", Xlsx.ListSheet], sheets);
        var angebote = (WorksheetPart)doc.WorkbookPart.GetPartById(doc.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().ElementAt(1).Id!);
        Assert.Contains("Erlaubt:", angebote.WorksheetCommentsPart!.Comments!.InnerText, StringComparison.Ordinal);
        Assert.True(angebote.Worksheet.Elements<DataValidations>().Single().Count!.Value >= 7); // domain, association, unit, obligation, category, source, instrument
    }

    [Fact]
    public void Template_RefusesAForeignFile_ButReplacesItsOwn()
    {
        var path = Path.Combine(_dir, "vorlage.xlsx");
        File.WriteAllBytes(path, "not ours"u8.ToArray());
        Assert.Throws<OutputRefusedException>(() => WorkbookTemplate.WriteFile(path, [], force: false));
        Assert.Equal("not ours"u8.ToArray(), File.ReadAllBytes(path));
        WorkbookTemplate.WriteFile(path, [], force: true);
        WorkbookTemplate.WriteFile(path, [], force: false); // ours now
        Assert.Throws<OutputRefusedException>(() => WorkbookTemplate.WriteFile(path, [path], force: true));
    }
}
