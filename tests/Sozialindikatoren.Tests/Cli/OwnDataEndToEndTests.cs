using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using NodaTime;
using Sozialindikatoren.Cli;
using Sozialindikatoren.Data.Excel;
using Sozialindikatoren.Tests.Data;
using static Sozialindikatoren.Tests.Cli.CliRun;

namespace Sozialindikatoren.Tests.Cli;

/// <summary>
/// The "Done when" of issue 13, as a planner runs it: the Musterkreis (three Gemeinden, two Stadtteile) as a folder of
/// Windows-1252 <c>;</c> CSVs as German Excel saves them (TestData/geo/musterkreis-excel, committed so one can look at
/// them), the same data as one <c>.xlsx</c>, and <c>template --out vorlage.xlsx</c> filled with the same rows each run
/// <c>validate</c> and <c>report --out</c> without hand edits, with the boundaries from a shapefile in EPSG:25832; the
/// report has the maps of the own Sozialräume and a valid Word document, and all three give the coverage of the
/// original UTF-8 folder.
/// </summary>
public sealed class OwnDataEndToEndTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("own-data-e2e-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string ExcelFolder => Path.Combine(AppContext.BaseDirectory, "TestData", "geo", "musterkreis-excel");

    /// <summary>The base spaces (the leaves): Adorf, Bestadt-Nord, Bestadt-Süd, Cedorf.</summary>
    private static readonly string[] BaseSpaces = ["05999004", "bestadt-nord", "bestadt-sued", "05999012"];

    /// <summary>Sheet name of each CSV of the Excel folder (= file name without .csv).</summary>
    private static readonly string[] Tables = ["raeume", "angebote", "bevoelkerung", "indikatoren"];

    private static readonly string[] DateHeaders = ["Stichtag", "Beginn", "Ende"];

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>The rows of one CSV of the Excel folder, decoded from Windows-1252 (no field holds a <c>;</c> or a quote).</summary>
    private static (string[] Header, string[][] Rows) ReadGermanCsv(string table)
    {
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(ExcelFolder, table + ".csv")));
        text = text.Replace("\u0080", "€", StringComparison.Ordinal);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        return (lines[0].Split(';'), lines.Skip(1).Select(l => l.Split(';')).ToArray());
    }

    /// <summary>A CSV cell as German Excel stores it when the file is opened or typed in: dates as dates, numbers
    /// (decimal comma, thousands points, <c>€</c>) as numbers, everything else as text; keys stay text.</summary>
    private static object? Typed(string header, string cell, bool agsAsNumber)
    {
        if (cell.Length == 0) return null;
        if (DateHeaders.Contains(header)) return LocalDate.FromDateTime(DateTime.ParseExact(cell, "dd.MM.yyyy", CultureInfo.InvariantCulture));
        if (header == "AGS") return agsAsNumber ? long.Parse(cell, CultureInfo.InvariantCulture) : cell;
        if (header is "Raum-ID" or "übergeordnet" or "Standort" or "Einzugsgebiet" or "Angebot-ID" or "Träger-ID") return cell;
        return decimal.TryParse(cell.Replace("€", "", StringComparison.Ordinal).Trim(), NumberStyles.Number, German, out var d) ? d : cell;
    }

    /// <summary>validate (exit 0) and report --out with the shapefile (exit 0); the report's maps show the own
    /// Sozialräume and report.docx is valid Open XML. Returns the report folder.</summary>
    private string ValidateAndReport(string data, string name)
    {
        var shp = Path.Combine(_dir, "grenzen-" + name);
        Directory.CreateDirectory(shp);
        var boundaries = GeoTestFiles.WriteShapefile(shp, "gemeinden");
        var validate = Run("validate", "--data", data, "--boundaries", boundaries);
        Assert.True(validate.Code == 0, validate.Out + validate.Err);
        Assert.Contains("Grenzen: 5 von 6", validate.Out, StringComparison.Ordinal);
        var output = Path.Combine(_dir, "bericht-" + name);
        var report = Run("report", "--data", data, "--boundaries", boundaries, "--out", output, "--draws", "20");
        Assert.True(report.Code == 0, report.Err);
        var html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        foreach (var id in BaseSpaces) Assert.Contains($"data-id=\"{id}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Siegen", html, StringComparison.Ordinal);
        var docx = Path.Combine(output, "report.docx");
        Assert.True(File.Exists(docx));
        using (var doc = WordprocessingDocument.Open(docx, false))
        {
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc, TestContext.Current.CancellationToken)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
            Assert.NotEmpty(doc.MainDocumentPart!.ImageParts);
        }
        return output;
    }

    /// <summary>The coverage table of the original UTF-8 folder with the same shapefile.</summary>
    private string OriginalCoverage()
    {
        var output = ValidateAndReport(GeoTestFiles.Musterkreis, "original");
        return File.ReadAllText(Path.Combine(output, "versorgung.csv"));
    }

    [Fact]
    public void ExcelFolder_IsWindows1252WithSemicolonsDecimalCommasAndGermanHeaders()
    {
        foreach (var table in Tables)
        {
            var bytes = File.ReadAllBytes(Path.Combine(ExcelFolder, table + ".csv"));
            Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
            Assert.Contains("\r\n", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
            var (header, rows) = ReadGermanCsv(table);
            Assert.Equal(table == "angebote" ? "Angebot-ID" : "Raum-ID", header[0]);
            Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
        }
        var angebote = File.ReadAllText(Path.Combine(ExcelFolder, "angebote.csv"), Encoding.Latin1);
        Assert.Contains(";1,5;VZ\u00c4;", angebote, StringComparison.Ordinal);
        Assert.Contains(";40.000,00 \u0080;01.01.2025;", angebote, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows1252Folder_ValidatesAndReports_WithMapsFromAShapefile()
    {
        var validate = Run("validate", "--data", ExcelFolder);
        Assert.Contains("windows-1252", validate.Err, StringComparison.Ordinal);
        var output = ValidateAndReport(ExcelFolder, "csv");
        Assert.Equal(OriginalCoverage(), File.ReadAllText(Path.Combine(output, "versorgung.csv")));
    }

    [Fact]
    public void Workbook_ValidatesAndReports_WithMapsFromAShapefile()
    {
        var path = Path.Combine(_dir, "musterkreis.xlsx");
        var sheets = Tables.Select(t =>
        {
            var (header, rows) = ReadGermanCsv(t);
            return new XlsxSheet(t, header.Select(h => new XlsxColumn(h)).ToArray(),
                rows.Select(r => (IReadOnlyList<XlsxCell>)r.Select((c, i) => new XlsxCell(Typed(header[i], c, agsAsNumber: true))).ToArray()).ToArray());
        }).ToArray();
        using (var f = File.Create(path)) Xlsx.Write(f, sheets);
        var validate = Run("validate", "--data", path);
        Assert.Contains("05999004", validate.Err, StringComparison.Ordinal);
        var output = ValidateAndReport(path, "xlsx");
        Assert.Equal(OriginalCoverage(), File.ReadAllText(Path.Combine(output, "versorgung.csv")));
    }

    [Fact]
    public void FilledTemplate_ValidatesAndReports_WithMapsFromAShapefile()
    {
        var path = Path.Combine(_dir, "vorlage.xlsx");
        Assert.Equal(0, Run("template", "--out", path).Code);
        Fill(path);
        var output = ValidateAndReport(path, "vorlage");
        Assert.Equal(OriginalCoverage(), File.ReadAllText(Path.Combine(output, "versorgung.csv")));
    }

    /// <summary>Fills the template as a planner does in Excel: the example rows deleted, the Musterkreis rows typed in
    /// under the template's headers (each cell takes its column's format: dates and numbers as numbers, text columns
    /// as text).</summary>
    private static void Fill(string path)
    {
        using var doc = SpreadsheetDocument.Open(path, true);
        var book = doc.WorkbookPart!;
        foreach (var sheet in book.Workbook!.Sheets!.Elements<Sheet>())
        {
            if (sheet.State?.Value == SheetStateValues.Hidden) continue;
            var ws = ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet!;
            var data = ws.GetFirstChild<SheetData>()!;
            var header = data.Elements<Row>().First();
            foreach (var row in data.Elements<Row>().Skip(1).ToArray()) row.Remove();
            var name = sheet.Name!.Value!;
            if (!Tables.Contains(name)) continue;
            var headers = header.Elements<Cell>().Select(c => c.InnerText).ToList();
            var styles = ws.GetFirstChild<Columns>()!.Elements<Column>().ToDictionary(c => (int)c.Min!.Value - 1, c => c.Style?.Value);
            var (csvHeader, rows) = ReadGermanCsv(name);
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 2) };
                for (var c = 0; c < headers.Count; c++)
                {
                    var i = Array.IndexOf(csvHeader, headers[c]);
                    if (i < 0 || rows[r][i].Length == 0) continue;
                    var reference = ColumnLetters(c + 1) + (r + 2).ToString(CultureInfo.InvariantCulture);
                    var style = styles.GetValueOrDefault(c);
                    var cell = Typed(headers[c], rows[r][i], agsAsNumber: false) switch
                    {
                        LocalDate d => new Cell(new CellValue(d.ToDateTimeUnspecified().ToOADate().ToString("R", CultureInfo.InvariantCulture))),
                        decimal m => new Cell(new CellValue(m.ToString(CultureInfo.InvariantCulture))),
                        var text => new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text((string)text!))) { DataType = CellValues.InlineString },
                    };
                    cell.CellReference = reference;
                    cell.StyleIndex = style;
                    row.Append(cell);
                }
                data.Append(row);
            }
            Assert.All(csvHeader, h => Assert.Contains(h, headers));
        }
    }

    private static string ColumnLetters(int n)
    {
        var s = "";
        for (; n > 0; n = (n - 1) / 26) s = (char)('A' + (n - 1) % 26) + s;
        return s;
    }
}
