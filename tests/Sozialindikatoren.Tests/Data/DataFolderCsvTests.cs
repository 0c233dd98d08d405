using System.Text;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Data;
using Sozialindikatoren.Data.Csv;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Tests.Data;

/// <summary>The data folder and the inventory as German Excel writes them: Windows-1252, ';', decimal comma, German headers.</summary>
public sealed class DataFolderCsvTests : IDisposable
{
    private static readonly Encoding Cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private readonly string _dir = Directory.CreateTempSubdirectory("datafolder-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string GermanInventory =
        "Angebot-ID;Angebot;Handlungsfeld;Träger-ID;Träger;Verband;Standort;Kapazität;Einheit;Verbindlichkeit;Mittelgeber;Programm;Finanzierungsart;Betrag pro Jahr;Beginn;Ende\r\n"
        + "k1;Kita Sonnenschein;KinderJugend;t1;Caritas Siegen;Caritas;05970040;1.000;places;Rechtsanspruch;Kreis;Kita-Pauschale;Festbetragsfinanzierung;1.234.567,50 €;2025;12/2025\r\n"
        + "g1;Gefährdetenhilfe Süd;ArmutSozialeTeilhabe;t2;Diakonie Süd;Diakonie;05970040;2,5;fte;freiwillig;Land;Gefährdetenhilfe;Festbetragsfinanzierung;80.000;01.01.2025;31.12.2025\r\n";

    private string WriteFile(string name, string text, Encoding encoding)
    {
        var p = Path.Combine(_dir, name);
        File.WriteAllBytes(p, encoding.GetBytes(text));
        return p;
    }

    [Fact]
    public void Windows1252Inventory_WithUmlautsInProgrammes_IsReadAndCutLinesMatch()
    {
        var path = WriteFile("angebote.csv", GermanInventory, Cp1252);
        var notes = new List<DataProblem>();
        var (providers, offerings) = InventoryCsv.ReadFile(path, null, notes);
        Assert.Equal(2, providers.Count);
        var kita = offerings[0];
        Assert.Equal(1000, kita.Capacity.Amount); // "1.000" Kita places are one thousand, as amounts always were
        Assert.Equal(1_234_567.50m, kita.Funding.Lines[0].AmountPerYear);
        Assert.Equal(new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)), kita.Funding.Lines[0].Period);
        var g = offerings[1];
        Assert.Equal("Gefährdetenhilfe Süd", g.Name);
        Assert.Equal("Gefährdetenhilfe", g.Funding.Lines[0].Programme);
        Assert.Equal(2.5, g.Capacity.Amount);
        var cut = new CutLine("Gefährdetenhilfe", null, ["Gefährdetenhilfe"], null, null, CutKind.Share, 0.58m, new LocalDate(2025, 1, 1), CutLineStatus.Sourced);
        Assert.True(cut.Matches(g, g.Funding.Lines[0]));
        Assert.False(cut.Matches(kita, kita.Funding.Lines[0]));
        var note = Assert.Single(notes, n => n.Severity == ProblemSeverity.Note);
        Assert.Equal("angebote.csv: read as windows-1252, delimiter ';', number format de.", note.ToString()[6..]);
    }

    [Fact]
    public void Participation_tables_are_read_with_German_headers_and_located_errors()
    {
        WriteFile("spaces.csv", "id,name,level\n05970040,Siegen,municipality\n", Encoding.UTF8);
        WriteFile("angebote.csv", GermanInventory, Cp1252);
        WriteFile("sitzungen.csv", "Sitzung-ID;Datum;Gremium;Raum-ID;Handlungsfelder;Titel\r\npb1;13.11.2024;Planungsbeirat;;;Planungsbeirat 2/2024\r\n"
            + "srk;08.10.2024;Sozialraumkonferenz;05970040;Schulden|Familie;\r\n", Encoding.UTF8);
        WriteFile("teilnahmen.csv", "Sitzung-ID;Träger-ID\r\npb1;t1\r\nsrk;t2\r\n", Encoding.UTF8);
        WriteFile("vereinbarungen.csv", "Sitzung-ID;Vereinbarung;zuständig;fällig;Stand\r\npb1;Bericht vorlegen;Sozialplanung;28.02.2025;offen\r\n", Encoding.UTF8);
        var data = PlanningDataSource.Load(_dir);
        Assert.Equal(["srk", "pb1"], data.Participation.Meetings.Select(m => m.Id));   // by date
        var srk = data.Participation.Meetings[0];
        Assert.Equal((Sozialindikatoren.Participation.MeetingBody.Sozialraumkonferenz, "05970040", 2), (srk.Body, srk.Space!.Value.Value, srk.Domains.Count));
        Assert.Equal([("pb1", "t1"), ("srk", "t2")], data.Participation.Attendances);
        Assert.Equal(new LocalDate(2025, 2, 28), Assert.Single(data.Participation.Agreements).Due);

        WriteFile("sitzungen.csv", "Sitzung-ID;Datum;Gremium\r\npb1;13.11.2024;Stammtisch\r\n", Encoding.UTF8);
        var e = Assert.Throws<DataProblemException>(() => PlanningDataSource.Load(_dir));
        var p = Assert.Single(e.Problems, x => x.Source == "sitzungen.csv");
        Assert.Equal((2, "Gremium", "Stammtisch"), (p.Line, p.Field, p.Value));   // the field as the file names it
        Assert.Contains("Planungsbeirat (planungsbeirat)", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnYouthOffice_IsRead_FromSpacesCsv_AndOnlyAMunicipalityMayHaveOne()
    {
        WriteFile("spaces.csv", "Raum-ID;Name;Ebene;übergeordnet;eigenes Jugendamt\r\n05970000;Kreis;Kreis;;\r\n05970040;Siegen;Gemeinde;05970000;ja\r\n"
            + "05970004;Bad Berleburg;Gemeinde;05970000;nein\r\n", Cp1252);
        WriteFile("angebote.csv", GermanInventory, Cp1252);
        var data = PlanningDataSource.Load(_dir);
        Assert.Equal(["05970040"], data.Region.Spaces.Where(s => s.OwnYouthOffice).Select(s => s.Id.Value));
        // JSON round trip keeps it (member ownYouthOffice).
        using var ms = new MemoryStream();
        Sozialindikatoren.Data.Json.PlanningDataJson.Write(data, ms);
        Assert.Contains("\"ownYouthOffice\": true", Encoding.UTF8.GetString(ms.ToArray()), StringComparison.Ordinal);
        ms.Position = 0;
        Assert.True(Sozialindikatoren.Data.Json.PlanningDataJson.Read(ms).Region[new Sozialindikatoren.Spaces.SpaceId("05970040")].OwnYouthOffice);

        WriteFile("spaces.csv", "Raum-ID;Name;Ebene;übergeordnet;eigenes Jugendamt\r\n05970000;Kreis;Kreis;;ja\r\n05970040;Siegen;Gemeinde;05970000;vielleicht\r\n", Cp1252);
        var e = Assert.Throws<DataProblemException>(() => PlanningDataSource.Load(_dir));
        var county = Assert.Single(e.Problems, x => x.Line == 2);
        Assert.Equal(("eigenes Jugendamt", "ja"), (county.Field, county.Value));
        Assert.Contains("only a municipality", county.Message, StringComparison.Ordinal);
        var bad = Assert.Single(e.Problems, x => x.Line == 3);
        Assert.Equal(("eigenes Jugendamt", "vielleicht"), (bad.Field, bad.Value));
    }

    [Fact]
    public void RepeatedPopulationRow_IsAnError_NamingBothLines()
    {
        var path = WriteFile("population.csv", "space_id,date,age_band,count\na,2024-12-31,0-2,10\na,2024-12-31,3-5,11\na,2024-12-31,0-2,12\n", Encoding.UTF8);
        var problems = new List<DataProblem>();
        DataFolderTables.ReadPopulation(TableSource.File(path), null, [], problems, null);
        var p = Assert.Single(problems);
        Assert.Equal(("population.csv", 4, "age_band", "0-2"), (p.Source, p.Line, p.Field, p.Value));
        Assert.Contains("already on line 2", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OrphanPopulationRows_AreAnError_NamingTheSpace()
    {
        WriteFile("spaces.csv", "id,name,level\n05970040,Siegen,municipality\n", Encoding.UTF8);
        WriteFile("angebote.csv", GermanInventory, Cp1252);
        WriteFile("population.csv", "space_id,date,age_band,count\n05970040,2024-12-31,0-2,10\n05970999,2024-12-31,0-2,12\n", Encoding.UTF8);
        var ex = Assert.Throws<DataProblemException>(() => PlanningDataSource.Load(_dir, null, null));
        var p = Assert.Single(ex.Problems, p => p.Value == "05970999");
        Assert.Equal("space_id", p.Field);
        Assert.Contains("does not have", p.Message, StringComparison.Ordinal);
        Assert.EndsWith("population.csv", p.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedIndicatorRow_IsAnError_NamingBothLines()
    {
        var path = WriteFile("indicators.csv", "space_id,indicator,date,value\na,sgb2,2024-12-31,10\nb,sgb2,2024-12-31,11\na,sgb2,2024-12-31,12\n", Encoding.UTF8);
        var problems = new List<DataProblem>();
        var records = DataFolderTables.ReadIndicators(TableSource.File(path), null, problems, null);
        var p = Assert.Single(problems);
        Assert.Equal(("indicators.csv", 4, "value", "12"), (p.Source, p.Line, p.Field, p.Value));
        Assert.Contains("already on line 2", p.Message, StringComparison.Ordinal);
        Assert.Equal(2, records.Count);
    }

    [Fact]
    public void SameInventoryAsUtf8WithBom_GivesTheSameOfferings()
    {
        var a = InventoryCsv.ReadFile(WriteFile("a.csv", GermanInventory, Cp1252), null, null).Offerings;
        var b = InventoryCsv.ReadFile(WriteFile("b.csv", GermanInventory, new UTF8Encoding(true)), null, null).Offerings;
        Assert.Equal(a.Select(o => (o.Name, o.Capacity.Amount, o.Funding.Lines[0].Programme, o.Funding.Lines[0].AmountPerYear)),
            b.Select(o => (o.Name, o.Capacity.Amount, o.Funding.Lines[0].Programme, o.Funding.Lines[0].AmountPerYear)));
    }

    [Theory]
    [InlineData("4.0")]
    [InlineData("1244900.5")]
    [InlineData("0.33134")]
    public void DecimalPointInASemicolonFile_IsAnErrorNamingFileLineFieldAndValue(string capacity)
    {
        var text = GermanInventory.Replace(";2,5;", ";" + capacity + ";", StringComparison.Ordinal);
        var ex = Assert.Throws<DataProblemException>(() => InventoryCsv.ReadFile(WriteFile("angebote.csv", text, Cp1252), null, null));
        var p = Assert.Single(ex.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(("angebote.csv", 3, 8, "Kapazität", capacity), (p.Source, p.Line, p.Column, p.Field, p.Value));
        Assert.Contains("number format de", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberFormatInvariant_ReadsDecimalPointsInASemicolonFile()
    {
        var text = GermanInventory.Replace(";2,5;", ";2.5;", StringComparison.Ordinal).Replace("1.234.567,50 €", "1234567.50", StringComparison.Ordinal)
            .Replace(";1.000;", ";1000;", StringComparison.Ordinal).Replace(";80.000;", ";80000;", StringComparison.Ordinal);
        var (_, offerings) = InventoryCsv.ReadFile(WriteFile("angebote.csv", text, Cp1252), new CsvReadOptions { NumberFormat = CsvNumberFormat.Invariant }, null);
        Assert.Equal(2.5, offerings[1].Capacity.Amount);
        Assert.Equal(1_234_567.50m, offerings[0].Funding.Lines[0].AmountPerYear);
    }

    [Fact]
    public void UnknownColumn_IsAWarningNamingIt()
    {
        var text = GermanInventory.Replace("Ende\r\n", "Ende;Bemerkung\r\n", StringComparison.Ordinal);
        var notes = new List<DataProblem>();
        InventoryCsv.ReadFile(WriteFile("angebote.csv", text, Cp1252), null, notes);
        var w = Assert.Single(notes, n => n.Severity == ProblemSeverity.Warning);
        Assert.Equal("Bemerkung", w.Field);
        Assert.Contains("unknown column 'Bemerkung'", w.Message, StringComparison.Ordinal);
    }

    private void WriteFolder(string spaces)
    {
        WriteFile("spaces.csv", spaces, Encoding.UTF8);
        WriteFile("angebote.csv", GermanInventory, Cp1252);
    }

    [Fact]
    public void DataFolder_GermanSpaces_WithFlaecheKm2_Load_AndEveryFileHasAFormatNote()
    {
        WriteFolder("Raum-ID;Name;Ebene;übergeordnet;AGS;Fläche km²\n05970000;Kreis Siegen-Wittgenstein;Kreis;;05970000;1.132,89\n05970040;Siegen;Gemeinde;05970000;05970040;114,7\n");
        var notes = new List<DataProblem>();
        var data = PlanningDataSource.Load(_dir, null, notes);
        Assert.Equal(1132.89, data.Region["05970000"].AreaKm2!.Value, 10);
        Assert.Equal(2, notes.Count(n => n.Severity == ProblemSeverity.Note));
        Assert.Contains(notes, n => n.Source == "spaces.csv" && n.Message.Contains("UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void DataFolder_ProblemsNamePhysicalLine_AfterAQuotedLineBreak_FieldAndValue()
    {
        WriteFolder("id,name,level,parent,area_km2\n05970000,\"Kreis\nSiegen-Wittgenstein\",county,,1132.89\n05970040,Siegen,municipality,05970000,\"1,5\"\n");
        var ex = Assert.Throws<DataProblemException>(() => PlanningDataSource.Load(_dir));
        var p = Assert.Single(ex.Problems);
        Assert.Equal(("spaces.csv", 4, 5, "area_km2", "1,5"), (p.Source, p.Line, p.Column, p.Field, p.Value));
        Assert.Contains("ambiguous", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DataFolder_IndicatorsArrow_IsRead_WhenThereIsNoIndicatorsCsv()
    {
        WriteFolder("id,name,level\n05970040,Siegen,municipality\n");
        using (var f = File.Create(Path.Combine(_dir, "indicators.arrow")))
            Sozialindikatoren.Data.Arrow.ArrowTables.WriteIndicators(f,
                [new Sozialindikatoren.Indicators.IndicatorRecord(new Sozialindikatoren.Spaces.SpaceId("05970040"), "arbeitslos", new LocalDate(2024, 12, 31), Sozialindikatoren.Statistics.Observation.Of(0.1 + 0.2))]);
        var r = Assert.Single(PlanningDataSource.Load(_dir).Indicators);
        Assert.Equal(("05970040", "arbeitslos", new LocalDate(2024, 12, 31), 0.30000000000000004), (r.Space.Value, r.IndicatorId, r.Date, r.Numerator.Value));
    }

    [Fact]
    public void DataFolder_AFolderWhereAFileIsExpected_SaysSo()
    {
        WriteFolder("id,name,level\n05970040,Siegen,municipality\n");
        Directory.CreateDirectory(Path.Combine(_dir, "indicators.csv"));
        var ex = Assert.Throws<DataProblemException>(() => PlanningDataSource.Load(_dir));
        var p = Assert.Single(ex.Problems);
        Assert.Equal("indicators.csv", p.Source);
        Assert.Contains("is a folder", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DataFolder_GermanStatements_AndYearPeriods()
    {
        WriteFolder("id;name;level\n05970040;Siegen;Gemeinde\n");
        WriteFile("population.csv", "Raum-ID;Stichtag;Altersgruppe;Anzahl\n05970040;2024;unter 18;1.000\n05970040;2024;18+;4.000\n", Cp1252);
        WriteFile("provider_statements.csv", "Angebot-ID;ab;Kapazitätsabbau;erwarteter Verlust;Text;gemeldet am\ng1;07/2025;0,5;12.000 €;Stelle fällt weg;03/2025\n", Cp1252);
        WriteFile("conference_statements.csv", "Raum-ID;Handlungsfeld;Einschätzung;Text;Datum;Quelle\n05970040;KinderJugend;Unterversorgung;zu wenig Plätze;2024;Sozialraumkonferenz\n", Cp1252);
        var data = PlanningDataSource.Load(_dir);
        Assert.Equal(5000, data.Region["05970040"].Population!.Total);
        Assert.Equal(new LocalDate(2024, 12, 31), data.Region["05970040"].Population!.ReferenceDate);
        var s = Assert.Single(data.ProviderStatements);
        Assert.Equal((new LocalDate(2025, 7, 1), 0.5, 12_000m, new LocalDate(2025, 3, 31)), (s.EffectiveFrom, s.CapacityReduction, s.ExpectedFundingLossPerYear!.Value, s.ReportedOn));
        Assert.Equal(SupplyRating.UnderSupplied, Assert.Single(data.ConferenceStatements).Rating);
    }

    [Fact]
    public void DataFolder_StatementCondition_ReadsSourceProgrammeAndShare_AndNamesABadSource()
    {
        WriteFolder("id;name;level\n05970040;Siegen;Gemeinde\n");
        WriteFile("population.csv", "Raum-ID;Stichtag;Altersgruppe;Anzahl\n05970040;2024;unter 18;1.000\n", Cp1252);
        WriteFile("provider_statements.csv", "offering_id;effective_from;capacity_reduction;text;reported_on;condition_source;condition_programme;condition_min_share\n"
            + "g1;2025-01-01;0,25;MBE-Kürzung;2024-09-30;Bund;Migrationsberatung;0,25\ng1;2025-01-01;0,5;ohne Bedingung;2024-09-30;;;\n", Cp1252);
        var data = PlanningDataSource.Load(_dir);
        var c = data.ProviderStatements[0].Condition!;
        Assert.Equal((Sozialindikatoren.Funding.FundingSource.Bund, "Migrationsberatung", 0.25), (c.Source, c.Programme, c.MinShare));
        Assert.Null(data.ProviderStatements[1].Condition);

        WriteFile("provider_statements.csv", "offering_id;effective_from;capacity_reduction;text;reported_on;condition_source;condition_min_share\ng1;2025-01-01;0,25;x;2024-09-30;Mond;0,25\n", Cp1252);
        var ex = Assert.Throws<DataProblemException>(() => PlanningDataSource.Load(_dir));
        var p = Assert.Single(ex.Problems);
        Assert.Equal(("provider_statements.csv", 2, "condition_source", "Mond"), (p.Source, p.Line, p.Field, p.Value));
    }
}
