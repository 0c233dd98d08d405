using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Data;
using Sozialindikatoren.Data.Excel;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Tests.Data.Excel;

/// <summary>A cut scenario as a table (<c>kuerzungen</c>), from a German CSV or a workbook sheet.</summary>
public sealed class CutScenarioTableTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kuerzungen-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void GermanCsv_GivesShareAndAmountLines_WithSourceOrAssumption()
    {
        var path = Path.Combine(_dir, "kuerzungen.csv");
        File.WriteAllText(path, "Bezeichnung;Mittelgeber;Programm;Handlungsfeld;Raum-ID;Anteil;Betrag pro Jahr;ab;Quelle\n"
            + "Land kürzt Schuldnerberatung;Land;Schuldnerberatung*;Schuldner- und Insolvenzberatung;;0,25;;2026;Haushaltsentwurf 2026\n"
            + "Kreis streicht Zuschuss;Kreis;;Suchthilfe;;;12.000 €;01.07.2026;\n");
        var s = CutScenarioTable.ReadFile(path);
        Assert.Equal("kuerzungen", s.Name);
        var (a, b) = (s.Lines[0], s.Lines[1]);
        Assert.Equal((FundingSource.Land, CutKind.Share, 0.25m, new LocalDate(2026, 1, 1), CutLineStatus.Sourced), (a.Source!.Value, a.Kind, a.Value, a.EffectiveFrom, a.Status));
        Assert.Equal([ServiceDomain.Schulden], a.Domains);
        Assert.Equal((CutKind.AmountPerYear, 12000m, CutLineStatus.Assumption), (b.Kind, b.Value, b.Status));
        Assert.Equal([ServiceDomain.Sucht], b.Domains);
    }

    [Fact]
    public void WorkbookSheet_IsRead_AndABadRowNamesSheetRowAndColumn()
    {
        var path = Path.Combine(_dir, "szenario.xlsx");
        XlsxColumn[] cols = [new("Bezeichnung"), new("Mittelgeber"), new("Anteil"), new("Betrag pro Jahr"), new("ab")];
        using (var f = File.Create(path))
            Xlsx.Write(f, [new XlsxSheet("kuerzungen", cols, [["Bund kürzt", "Bund", new XlsxCell(0.1), null, new XlsxCell(new LocalDate(2026, 1, 1))],
                ["beides", "Bund", new XlsxCell(0.1), new XlsxCell(5.0), new XlsxCell(2026.0)]])]);
        var e = Assert.Throws<DataProblemException>(() => CutScenarioTable.ReadFile(path));
        var p = Assert.Single(e.Problems);
        Assert.Equal(("kuerzungen", 3, "D"), (p.Sheet, p.Line, DataProblem.ColumnLetters(p.Column)));
    }
}
