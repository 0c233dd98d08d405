using Sozialindikatoren.Common;
using Sozialindikatoren.Data;
using Sozialindikatoren.Data.Excel;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Cli;
using static Sozialindikatoren.Tests.Cli.CliRun;

namespace Sozialindikatoren.Tests.Data;

/// <summary>Issue 13.5: the data set's own norms (richtwerte.csv, the sheet richtwerte, --norms FILE).</summary>
public sealed class SupplyNormTableTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("si-norms-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private const string Header = "Handlungsfeld;Einheit;Zielgruppe;Wert;je;Quelle;Stand;Status;Angebotsarten\n";

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>A copy of the Musterkreis folder with a richtwerte.csv.</summary>
    private string MusterkreisWith(string richtwerte)
    {
        var dir = Directory.CreateDirectory(Path.Combine(_dir, "musterkreis")).FullName;
        foreach (var f in Directory.EnumerateFiles(GeoTestFiles.Musterkreis)) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        File.WriteAllText(Path.Combine(dir, "richtwerte.csv"), richtwerte);
        return dir;
    }

    [Fact]
    public void A_row_replaces_the_default_of_its_domain_and_unit_and_extends_the_catalogue_otherwise()
    {
        var file = Write("richtwerte.csv", Header
            + "Schuldnerberatung;VZÄ;insgesamt;3;50.000;Kreistagsbeschluss 12/2024;2024;veröffentlicht;schuldnerberatung, sozialberatung\n"
            + "Familie;Plätze;unter 6;2;100;;;Annahme;familienzentrum\n");
        var norms = SupplyNormTable.ReadFile(file);
        var sb = norms[ServiceDomain.Schulden, CapacityUnit.FullTimeEquivalents];
        Assert.Equal((3.0, 50_000.0, SupplyNormOrigin.DataSet, false, "Kreistagsbeschluss 12/2024"), (sb.Amount, sb.PerPersons, sb.Origin, sb.IsAssumption, sb.Provenance.Source));
        Assert.Equal(new NodaTime.LocalDate(2024, 12, 31), sb.Provenance.Date);
        Assert.Equal(["schuldnerberatung", "sozialberatung"], sb.OfferingTypes.Select(t => t.Code));
        Assert.Equal("Schuldnerberatung", sb.Label);   // the replaced norm's label
        var fp = norms[ServiceDomain.Familie, CapacityUnit.Places];
        Assert.True(fp.IsAssumption);
        Assert.Equal(Sozialindikatoren.Spaces.AgeBand.Under(6), fp.Target.Band);
        Assert.Equal(SupplyNorms.Default.Count + 1, norms.Count);
        Assert.All(norms.Norms.Where(n => !(n.Domain == ServiceDomain.Schulden && n.Unit == CapacityUnit.FullTimeEquivalents) && !(n.Domain == ServiceDomain.Familie && n.Unit == CapacityUnit.Places)),
            n => Assert.Equal(SupplyNormOrigin.Default, n.Origin));
    }

    [Fact]
    public void Own_norm_of_the_data_folder_gives_independently_computed_coverage()
    {
        // Musterkreis: debt counselling 1.5 FTE (sb-nord) for the whole county; own norm 3 FTE per 50,000 inhabitants.
        var dir = MusterkreisWith(Header + "Schulden;VZÄ;;3;50000;Eigene Planung;2025;veröffentlicht;\n");
        var data = PlanningDataSource.Load(dir);
        var norms = SupplyNormTable.Load(dir, null);
        var r = GapAnalysis.Run(data, norms, new NodaTime.LocalDate(2025, 1, 1), new GapOptions(supply: SupplyMode.Located));
        var county = r.Row("05999000", ServiceDomain.Schulden, CapacityUnit.FullTimeEquivalents);
        // The base spaces: Adorf, the two Stadtteile of Bestadt, Cestadt (Bestadt's own total is not added).
        var inhabitants = new[] { "05999004", "bestadt-nord", "bestadt-sued", "05999012" }.Sum(id => (double)data.Region.AggregatePopulationTotal(id)!.Value);
        Assert.Equal(1.5, county.Supply, 9);
        Assert.Equal(inhabitants * 3 / 50_000, county.Demand!.Value, 9);
        Assert.Equal(1.5 / (inhabitants * 3 / 50_000) * 100, county.CoveragePercent!.Value, 9);
        // The folder loader does not warn about the norm table.
        var notes = new List<DataProblem>();
        PlanningDataSource.LoadWith(dir, DataLoadOptions.Default, notes);
        Assert.DoesNotContain(notes, n => n.Message.Contains("richtwerte", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Not_surveyed_marks_every_norm_of_the_domain_when_the_unit_is_empty()
    {
        var norms = SupplyNormTable.ReadFile(Write("r.csv", Header + "Gewaltschutz;;;;;;;nicht erhoben;\nSucht;VZÄ;;;;;;not surveyed;\n"));
        Assert.True(norms[ServiceDomain.Gewaltschutz, CapacityUnit.Places].NotSurveyed);
        Assert.True(norms[ServiceDomain.Gewaltschutz, CapacityUnit.FullTimeEquivalents].NotSurveyed);
        Assert.True(norms[ServiceDomain.Sucht, CapacityUnit.FullTimeEquivalents].NotSurveyed);
        Assert.False(norms[ServiceDomain.Sucht, CapacityUnit.CasesPerYear].NotSurveyed);
    }

    [Theory]
    [InlineData("Suchthilfen;VZÄ;;1;1000;Q;;veröffentlicht;", 2, 1, "Handlungsfeld", "Suchthilfen", "Suchthilfe (Sucht)")]
    [InlineData("Sucht;Betten;;1;1000;Q;;veröffentlicht;", 2, 2, "Einheit", "Betten", "unknown unit")]
    [InlineData("Sucht;VZÄ;;eins;1000;Q;;veröffentlicht;", 2, 4, "Wert", "eins", "")]
    [InlineData("Sucht;VZÄ;;1;0;Q;;veröffentlicht;", 2, 5, "je", "0", "> 0")]
    [InlineData("Sucht;VZÄ;;1;1000;;;veröffentlicht;", 2, 6, "Quelle", "", "needs its source")]
    [InlineData("Sucht;VZÄ;;1;1000;Q;;vielleicht;", 2, 8, "Status", "vielleicht", "nicht erhoben")]
    [InlineData("Sucht;VZÄ;;1;1000;Q;;veröffentlicht;Sucht Beratung!", 2, 9, "Angebotsarten", "Sucht Beratung!", "not an offering type")]
    [InlineData("Sucht;VZÄ;über achtzig;1;1000;Q;;veröffentlicht;", 2, 3, "Zielgruppe", "über achtzig", "age band")]
    [InlineData("Sucht;VZÄ;;1;1000;Q;13/2024;veröffentlicht;", 2, 7, "Stand", "13/2024", "")]
    [InlineData("Familie;Plätze;;;;;;Annahme;", 2, 4, "Wert", "", "required")]
    public void Every_bad_cell_is_a_problem_with_file_line_field_and_value(string row, int line, int column, string field, string value, string message)
    {
        var e = Assert.Throws<DataProblemException>(() => SupplyNormTable.ReadFile(Write("richtwerte.csv", Header + row + "\n")));
        var p = Assert.Single(e.Problems, x => x.Severity == ProblemSeverity.Error);
        Assert.Equal(("richtwerte.csv", line, column, field, value), (p.Source, p.Line, p.Column, p.Field, p.Value ?? ""));
        Assert.Contains(message, p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_row_for_the_same_domain_and_unit_names_both_lines()
    {
        var e = Assert.Throws<DataProblemException>(() => SupplyNormTable.ReadFile(Write("richtwerte.csv", Header
            + "Sucht;VZÄ;;1;15000;;;Annahme;suchtberatung\nSchulden;VZÄ;;2;50000;;;Annahme;\nSuchthilfe;Vollzeitäquivalente;;2;15000;;;Annahme;\n")));
        var p = Assert.Single(e.Problems);
        Assert.Equal(4, p.Line);
        Assert.Contains("line 2 and line 4", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_workbook_sheet_richtwerte_is_read_through_the_same_rows()
    {
        var path = Path.Combine(_dir, "norms.xlsx");
        using (var f = File.Create(path))
            Xlsx.Write(f, [new XlsxSheet("richtwerte", new[] { "Handlungsfeld", "Einheit", "Wert", "je", "Status", "Angebotsarten" }.Select(h => new XlsxColumn(h)).ToArray(),
                new XlsxCell[][]
                {
                    [new XlsxCell("Schuldner- und Insolvenzberatung"), new XlsxCell("VZÄ"), new XlsxCell(2.5), new XlsxCell(50000.0), new XlsxCell("Annahme"), new XlsxCell("schuldnerberatung")],
                    [new XlsxCell("Gewaltschutz"), new XlsxCell("Plätze"), new XlsxCell(null), new XlsxCell(null), new XlsxCell("nicht erhoben"), new XlsxCell(null)],
                })]);
        var norms = SupplyNormTable.ReadFile(path);
        Assert.Equal(2.5, norms[ServiceDomain.Schulden, CapacityUnit.FullTimeEquivalents].Amount);
        Assert.True(norms[ServiceDomain.Schulden, CapacityUnit.FullTimeEquivalents].IsAssumption);
        Assert.True(norms[ServiceDomain.Gewaltschutz, CapacityUnit.Places].NotSurveyed);
        // A bad cell names the sheet.
        using (var f = File.Create(path))
            Xlsx.Write(f, [new XlsxSheet("richtwerte", new[] { "Handlungsfeld", "Einheit", "Wert" }.Select(h => new XlsxColumn(h)).ToArray(),
                new XlsxCell[][] { [new XlsxCell("Schulden"), new XlsxCell("Stunden am Tag"), new XlsxCell(1.0)] })]);
        var p = Assert.Single(Assert.Throws<DataProblemException>(() => SupplyNormTable.ReadFile(path)).Problems);
        Assert.Equal(("richtwerte", 2, "Einheit", "Stunden am Tag"), (p.Sheet, p.Line, p.Field, p.Value));
    }

    [Fact]
    public void Cli_gaps_takes_norms_and_reports_a_not_surveyed_domain_as_such()
    {
        var norms = Write("own.csv", Header + "Gewaltschutz;Plätze;;;;;;nicht erhoben;\n");
        var (code, stdout, stderr) = Run("gaps", "--data", GeoTestFiles.Musterkreis, "--norms", norms);
        Assert.True(code == 0, stderr);
        var lines = stdout.Split('\n');
        var header = lines[0].Split(',');
        var shelter = lines.Where(l => l.Contains(",Gewaltschutz,", StringComparison.Ordinal) && l.Contains(",places,", StringComparison.Ordinal)).Select(l => l.Split(',')).ToArray();
        Assert.NotEmpty(shelter);
        Assert.All(shelter, l => Assert.Equal(("", "not_surveyed"), (l[Array.IndexOf(header, "coverage_pct")], l[Array.IndexOf(header, "class")])));
        // A bad norms file is exit 1 with the problem's place.
        var bad = Write("bad.csv", Header + "Gewaltschutz;Zimmer;;1;1;;;Annahme;\n");
        var (code2, _, stderr2) = Run("gaps", "--data", GeoTestFiles.Musterkreis, "--norms", bad);
        Assert.Equal(1, code2);
        Assert.Contains("bad.csv", stderr2, StringComparison.Ordinal);
        Assert.Contains("Zimmer", stderr2, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_checks_the_data_folders_richtwerte_and_lists_the_own_norms()
    {
        var good = MusterkreisWith(Header + "Schulden;VZÄ;;3;50000;Kreistag DS 1/2025;2025;veröffentlicht;\nGewaltschutz;;;;;;;nicht erhoben;\n");
        var (code, stdout, stderr) = Run("validate", "--data", good);
        Assert.True(code == 0, stderr);
        Assert.Contains("Eigene Richtwerte (richtwerte): 3", stdout, StringComparison.Ordinal);
        Assert.Contains("Gewaltschutz (Plätze): Frauenhausplätze, nicht erhoben", stdout, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(good, "richtwerte.csv"), Header + "Schulden;VZÄ;;drei;50000;Q;;veröffentlicht;\n");
        var (code2, _, stderr2) = Run("validate", "--data", good);
        Assert.Equal(1, code2);
        Assert.Contains("richtwerte.csv", stderr2, StringComparison.Ordinal);
        Assert.Contains("drei", stderr2, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_own_table_means_no_own_norms_but_an_empty_norms_file_is_an_error()
    {
        // Found by the end-to-end run of the filled template (issue 13): a planner without own norms empties the
        // template's sheet richtwerte; that was "the norm table (richtwerte) has no rows", exit 1.
        var data = MusterkreisWith(Header);
        Assert.Same(SupplyNorms.Default, SupplyNormTable.Load(data, null));
        var (code, _, stderr) = Run("validate", "--data", data);
        Assert.True(code == 0, stderr);
        var empty = Write("leer.csv", Header);
        var p = Assert.Single(Assert.Throws<DataProblemException>(() => SupplyNormTable.Load(data, empty)).Problems);
        Assert.Contains("has no rows", p.Message, StringComparison.Ordinal);
        Assert.Equal(1, Run("gaps", "--data", data, "--norms", empty).Code);
    }
}
