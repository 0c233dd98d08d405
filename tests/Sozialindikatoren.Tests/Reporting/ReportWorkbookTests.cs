using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using NodaTime;
using Sozialindikatoren.Cli;
using Sozialindikatoren.Data.Excel;
using Sozialindikatoren.Reporting;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Tests.Reporting;

/// <summary><c>report.xlsx</c> and <c>csv-de/</c>: the report's tables for spreadsheet users.</summary>
public sealed class ReportWorkbookTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("report-xlsx-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("1.234,5", 1234.5, (int)XlsxFormat.Decimal)]
    [InlineData("60.000", 60000.0, (int)XlsxFormat.Integer)]
    [InlineData("−2,5", -2.5, (int)XlsxFormat.Decimal)]
    [InlineData("12,5 %", 0.125, (int)XlsxFormat.Percent)]
    public void GermanDisplayNumbers_BecomeTypedCells(string text, double value, int format)
    {
        var cell = ReportWorkbook.Typed(text, Language.German);
        Assert.Equal((XlsxFormat)format, cell.Format);
        Assert.Equal(value, (double)cell.Value!, 12);
    }

    [Fact]
    public void AmountsDatesKeysAndDashes_AreTypedOrKeptAsText()
    {
        Assert.Equal(new XlsxCell(60000m, XlsxFormat.Euro), ReportWorkbook.Typed("60.000 €", Language.German));
        Assert.Equal(new XlsxCell(new LocalDate(2024, 12, 31), XlsxFormat.Date), ReportWorkbook.Typed("31.12.2024", Language.German));
        Assert.Equal(new XlsxCell("05970004"), ReportWorkbook.Typed("05970004", Language.German)); // a key keeps its zero
        Assert.Equal(new XlsxCell("Schuldner- und Insolvenzberatung"), ReportWorkbook.Typed("Schuldner- und Insolvenzberatung", Language.German));
        Assert.Equal(new XlsxCell("2,5 → 1,5"), ReportWorkbook.Typed("2,5 → 1,5", Language.German));
        Assert.Null(ReportWorkbook.Typed("–", Language.German).Value);
        Assert.Equal(new XlsxCell(250000m, XlsxFormat.Euro), ReportWorkbook.Typed("€250,000", Language.English));
    }

    [Fact]
    public void ReportOut_WritesReportXlsx_OneValidSheetPerTable_AndGermanCsvs()
    {
        var dir = Path.Combine(_dir, "out");
        var code = CliApp.Run(["report", "--out", dir, "--draws", "20", "--csv", "de"], new StringWriter(), new StringWriter());
        Assert.Equal(0, code);
        var manifest = File.ReadAllText(Path.Combine(dir, "sozialindikatoren-manifest.json"));
        Assert.Contains("\"report.xlsx\"", manifest, StringComparison.Ordinal);
        Assert.True(Sozialindikatoren.Cuts.CutScenarios.TryGet("nrw-2025-entwurf", out var scenario));
        var report = CommitteeReport.Build(Sozialindikatoren.Analysis.PlanningAnalysis.Run(Sozialindikatoren.Samples.SiegenWittgenstein.Load(), new Sozialindikatoren.Analysis.PlanningAnalysisOptions(
            asOf: new LocalDate(2025, 1, 1), scenario: scenario, cuts: new Sozialindikatoren.Cuts.CutOptions { Draws = 20 }))).Document;
        var tables = report.Sections.SelectMany(s => s.Blocks).OfType<ReportTable>().ToArray();
        using var doc = SpreadsheetDocument.Open(Path.Combine(dir, "report.xlsx"), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc, TestContext.Current.CancellationToken));
        var sheets = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToArray();
        Assert.Equal(tables.Length, sheets.Length);
        Assert.Contains(sheets, s => s.Name == "kuerzungen_handlungsfelder");
        var part = (WorksheetPart)doc.WorkbookPart.GetPartById(sheets.Single(s => s.Name == "kuerzungen_handlungsfelder").Id!);
        Assert.Equal(PaneStateValues.Frozen, part.Worksheet.Descendants<Pane>().Single().State!.Value);
        Assert.NotNull(part.Worksheet.Elements<AutoFilter>().SingleOrDefault());
        var header = part.Worksheet.Descendants<Row>().First().Elements<Cell>().Select(c => c.InnerText).ToArray();
        Assert.Contains("Handlungsfeld", header);
        Assert.Contains(part.Worksheet.Descendants<Cell>(), c => c.DataType is null && c.CellValue is not null); // typed numbers

        var german = File.ReadAllBytes(Path.Combine(dir, ReportWorkbook.GermanCsvFolder, "kuerzungen_handlungsfelder.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], german[..3]);
        var text = System.Text.Encoding.UTF8.GetString(german[3..]);
        Assert.StartsWith("Handlungsfeld;", text, StringComparison.Ordinal);
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
        // The default CSVs keep the machine format.
        Assert.StartsWith(CutsOutput.DomainsHeader, File.ReadAllText(Path.Combine(dir, "kuerzungen_handlungsfelder.csv")), StringComparison.Ordinal);
    }
}
