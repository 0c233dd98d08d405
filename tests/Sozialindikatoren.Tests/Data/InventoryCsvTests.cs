using System.Text;
using FsCheck.Xunit;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;

namespace Sozialindikatoren.Tests.Data;

public class InventoryCsvTests
{
    private static string Write(PlanningData data)
    {
        var sw = new StringWriter();
        InventoryCsv.Write(data.Providers, data.Offerings, sw);
        return sw.ToString();
    }

    [Property(MaxTest = 100)]
    public bool RoundTrip_IsLossless(PlanningData data)
    {
        var csv = Write(data);
        var (providers, offerings) = InventoryCsv.Read(new StringReader(csv));
        var back = new StringWriter();
        InventoryCsv.Write(providers, offerings, back);
        // Providers without offerings do not appear in an inventory (it is offering-based).
        var used = data.Providers.Where(p => data.Offerings.Any(o => o.ProviderId == p.Id)).ToArray();
        return back.ToString() == csv
            && offerings.Count == data.Offerings.Count
            && providers.Select(p => (p.Id, p.Name, p.Association)).SequenceEqual(used.OrderBy(p => data.Offerings.ToList().FindIndex(o => o.ProviderId == p.Id)).Select(p => (p.Id, p.Name, p.Association)))
            && offerings.Zip(data.Offerings).All(x => x.First.Funding.Lines.SequenceEqual(x.Second.Funding.Lines)
                && x.First.Capacity == x.Second.Capacity && x.First.ServedSpaces.SequenceEqual(x.Second.ServedSpaces)
                && Equals(x.First.TargetGroup, x.Second.TargetGroup) && x.First.RecordedCategory == x.Second.RecordedCategory
                && Equals(x.First.Provenance, x.Second.Provenance) && x.First.Point == x.Second.Point);
    }

    [Fact]
    public void Read_HeaderOnly_IsAWarningNamingTheFile_NotASilentEmptyInventory()
    {
        // Review pass (#16): a header-only angebote.csv gave a "valid" data set with no offering and no word about it.
        var path = Path.Combine(Path.GetTempPath(), $"angebote-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, string.Join(",", InventoryCsv.Columns) + "\n");
        try
        {
            var notes = new List<DataProblem>();
            var (_, offerings) = InventoryCsv.ReadFile(path, null, notes);
            Assert.Empty(offerings);
            var w = Assert.Single(notes, n => n.Severity == ProblemSeverity.Warning && n.Message.Contains("no data rows", StringComparison.Ordinal));
            Assert.Equal(Path.GetFileName(path), Path.GetFileName(w.Source));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void OfferingType_IsReadAsInTheNormTable_GermanWordsNormalised()
    {
        // Bug: the inventory compared normalised codes but kept a custom code raw, the richtwerte table normalised it, so
        // "Frühe Hilfen" counted for a norm listing fruehe_hilfen only when written as the code in angebote.csv.
        const string csv = """
        Angebot-ID;Angebot;Handlungsfeld;Träger-ID;Träger;Verband;Standort;Kapazität;Einheit;Verbindlichkeit;Angebotsart
        fh1;Frühe Hilfen Siegen;Familie;dia;Diakonie;Diakonie;05970040;1,5;VZÄ;freiwillig;Frühe Hilfen
        sb1;Schuldnerberatung Siegen;Schulden;dia;Diakonie;Diakonie;05970040;2;VZÄ;freiwillig;Schuldnerberatung
        """;
        var (_, offerings) = InventoryCsv.Read(new StringReader(csv));
        Assert.Equal(["fruehe_hilfen", "schuldnerberatung"], offerings.Select(o => o.Type!.Value.Code));
        Assert.Equal(InventoryCsv.ParseOfferingType("Frühe Hilfen"), offerings[0].Type);
    }

    [Fact]
    public void Read_GermanHeadersAndValues_SemicolonDecimalComma()
    {
        const string csv = """
        Angebot-ID;Angebot;Handlungsfeld;Träger-ID;Träger;Verband;Standort;Kapazität;Einheit;Verbindlichkeit;Mittelgeber;Programm;Finanzierungsart;Betrag pro Jahr;Beginn;Ende
        sb1;Schuldnerberatung Siegen;Schulden;dia;Diakonie;Diakonie;05970040;2,5;VZÄ;Pflicht für Zielgruppe;Land;Fachberatung Schuldnerberatung;Festbetragsfinanzierung;12.500,50;01.01.2025;31.12.2025
        sb1;Schuldnerberatung Siegen;Schulden;dia;Diakonie;Diakonie;05970040;2,5;VZÄ;Pflicht für Zielgruppe;Eigenmittel;Eigenanteil;Eigenmittel;1.000;01.01.2025;31.12.2025
        """;
        var (providers, offerings) = InventoryCsv.Read(new StringReader(csv));
        var p = Assert.Single(providers);
        Assert.Equal(ProviderAssociation.Diakonie, p.Association);
        var o = Assert.Single(offerings);
        Assert.Equal(2.5, o.Capacity.Amount);
        Assert.Equal(CapacityUnit.FullTimeEquivalents, o.Capacity.Unit);
        Assert.Equal(Obligation.DutyForTargetGroup, o.Obligation);
        Assert.Equal(2, o.Funding.Lines.Count);
        Assert.Equal(12_500.50m, o.Funding.Lines[0].AmountPerYear);
        Assert.Equal(FundingInstrument.FixedAmount, o.Funding.Lines[0].Instrument);
        Assert.Equal(FundingSource.OwnFunds, o.Funding.Lines[1].Source);
    }

    [Fact]
    public void Read_RepeatedFundingRow_IsAnError_NamingBothLines()
    {
        const string csv = """
        offering_id,offering_name,domain,provider_id,provider_name,association,location,capacity,unit,obligation,funding_source,programme,instrument,amount_per_year,start,end
        a,A,Schulden,p,P,awo,05970040,1,fte,voluntary,land,X,fixedAmount,100,2025-01-01,2025-12-31
        a,A,Schulden,p,P,awo,05970040,1,fte,voluntary,kreis,X,fixedAmount,100,2025-01-01,2025-12-31
        a,A,Schulden,p,P,awo,05970040,1,fte,voluntary,land,X,fixedAmount,100,2025-01-01,2025-12-31
        """;
        var ex = Assert.Throws<DataProblemException>(() => InventoryCsv.Read(new StringReader(csv), "inv.csv"));
        var p = Assert.Single(ex.Problems);
        Assert.Equal("inv.csv", p.Source);
        Assert.Equal(4, p.Line);
        Assert.Equal("programme", p.Field);
        Assert.Equal("X", p.Value);
        Assert.Contains("already on line 2", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ListsEveryProblemWithLineFieldAndValue()
    {
        const string csv = """
        offering_id,offering_name,domain,provider_id,provider_name,association,location,capacity,unit,obligation,funding_source,programme,instrument,amount_per_year,start,end
        a,A,Schulden,p,P,awo,05970040,-1,fte,voluntary,land,X,fixedAmount,100,2025-01-01,2025-12-31
        b,B,Schulden,p,P,awo,05970040,1,liters,voluntary,land,X,fixedAmount,abc,2025-01-01,2025-12-31
        c,C,Schulden,p,P,awo,05970040,1,fte,sometimes,moon,X,fixedAmount,100,2025-12-31,2025-01-01
        d,D,Schulden,p,Q,awo,05970040,1,fte,voluntary,land,X,fixedAmount,0,2025-01-01,2025-12-31
        """;
        var ex = Assert.Throws<DataProblemException>(() => InventoryCsv.Read(new StringReader(csv), "inv.csv"));
        Assert.True(ex.Problems.Count == 8, string.Join("\n", ex.Problems));
        Assert.Contains(ex.Problems, p => p.Source == "inv.csv" && p.Line == 2 && p.Field == "capacity" && p.Value == "-1");
        Assert.Contains(ex.Problems, p => p.Source == "inv.csv" && p.Line == 3 && p.Field == "unit" && p.Value == "liters");
        Assert.Contains(ex.Problems, p => p.Source == "inv.csv" && p.Line == 3 && p.Field == "amount_per_year" && p.Value == "abc");
        Assert.Contains(ex.Problems, p => p.Source == "inv.csv" && p.Line == 4 && p.Field == "obligation" && p.Value == "sometimes");
        Assert.Contains(ex.Problems, p => p.Source == "inv.csv" && p.Line == 4 && p.Field == "funding_source" && p.Value == "moon");
        Assert.Contains(ex.Problems, p => p.Source == "inv.csv" && p.Line == 4 && p.Field == "end");
        Assert.Contains(ex.Problems, p => p.Source == "inv.csv" && p.Line == 5 && p.Field == "provider_id");
        Assert.Contains(ex.Problems, p => p.Source == "inv.csv" && p.Line == 5 && p.Field == "amount_per_year" && p.Value == "0");
    }

    [Fact]
    public void Read_MissingRequiredColumn_IsReported()
    {
        var ex = Assert.Throws<DataProblemException>(() => InventoryCsv.Read(new StringReader("offering_id,offering_name\nx,y\n"), "inv.csv"));
        Assert.Contains(ex.Problems, p => p.Field == "domain" && p.Message.Contains("missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Folder_WithCsvFiles_Loads()
    {
        var dir = Directory.CreateTempSubdirectory("si-data-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "spaces.csv"), "id,name,level,parent,ags,area_km2\n05970000,Kreis,Kreis,,05970000,100\n05970040,Siegen,Gemeinde,05970000,05970040,50\n05970004,Bad Berleburg,municipality,05970000,05970004,50\n", Encoding.UTF8);
            File.WriteAllText(Path.Combine(dir, "population.csv"), "space_id,date,age_band,count\n05970040,2024-12-31,unter 18,100\n05970040,2024-12-31,18 bis unter 65,300\n05970040,2024-12-31,65 und mehr,100\n05970004,2024-12-31,0-18,10\n05970004,2024-12-31,18+,40\n");
            File.WriteAllText(Path.Combine(dir, "angebote.csv"), "offering_id,offering_name,domain,provider_id,provider_name,association,location,capacity,unit,obligation,funding_source,programme,instrument,amount_per_year,start,end\nx,X,Sucht,p,P,caritas,05970040,1.5,fte,voluntary,land,Landespauschale Suchthilfe,fixedAmount,50000,2025-01-01,2025-12-31\n");
            File.WriteAllText(Path.Combine(dir, "indicators.csv"), "key,name,period,variable,value,status\n05970040,Siegen,2024,sgb2_quote,12.5,exact\n05970004,Bad Berleburg,2024-12-31,sgb2_quote,,suppressed\n");
            var data = PlanningDataSource.Load(dir);
            Assert.Equal(3, data.Region.Count);
            Assert.Equal(550, data.Region.AggregatePopulationTotal("05970000"));
            Assert.Equal(100, data.Region["05970040"].Population!.Count(Sozialindikatoren.Spaces.AgeBand.FromAge(65)));
            Assert.Single(data.Offerings);
            Assert.Equal(2, data.Indicators.Count);
            Assert.Equal(Sozialindikatoren.Statistics.ValueStatus.Suppressed, data.Indicators[1].Numerator.Status);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Folder_WithOfficialTables_ReadsPopulationByAgeAndIndicatorTables()
    {
        var dir = Directory.CreateTempSubdirectory("si-genesis-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "spaces.csv"), "id,name,level,parent,ags\n05970000,Kreis,county,,05970000\n05970040,Siegen,municipality,05970000,05970040\n05970008,Burbach,municipality,05970000,05970008\n");
            const string head = "statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;2_variable_attribute_code;2_variable_attribute_label;value;value_unit;value_variable_code;value_variable_label;value_q\n";
            string Row(string key, string name, string code, string label, int value) =>
                $"12411;Fortschreibung des Bevölkerungsstandes;STAG;Stichtag;2023-12-31;GEMEIN;Gemeinden;{key};{name};ALTX3;Altersgruppen;{code};{label};{value};Anzahl;BEVSTD;Bevölkerungsstand;e\n";
            File.WriteAllText(Path.Combine(dir, "population.csv"), head
                + Row("05970040", "Siegen", "ALT000B18", "unter 18 Jahre", 17000) + Row("05970040", "Siegen", "ALT018B65", "18 bis unter 65 Jahre", 64000) + Row("05970040", "Siegen", "ALT065UM", "65 Jahre und mehr", 21000)
                + Row("05970008", "Burbach", "ALT000B18", "unter 18 Jahre", 2500) + Row("05970008", "Burbach", "ALT018B65", "18 bis unter 65 Jahre", 9000) + Row("05970008", "Burbach", "ALT065UM", "65 Jahre und mehr", 3000));
            File.WriteAllText(Path.Combine(dir, "angebote.csv"), "offering_id,offering_name,domain,provider_id,location,capacity,unit,obligation\nx,X,Sucht,p,05970040,1,fte,voluntary\n");
            Directory.CreateDirectory(Path.Combine(dir, "indicators"));
            File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "genesis", "12411-0015_de_flat.zip"), Path.Combine(dir, "indicators", "einwohner_nach_geschlecht.zip"));
            var data = PlanningDataSource.Load(dir);
            Assert.Equal(102_000, data.Region["05970040"].Population!.Total);
            Assert.Equal(3000, data.Region["05970008"].Population!.Count(Sozialindikatoren.Spaces.AgeBand.FromAge(65)));
            Assert.Equal(Sozialindikatoren.Common.ProvenanceKind.Sourced, data.Region["05970040"].Population!.Provenance!.Kind);
            Assert.Contains(data.Indicators, r => r.IndicatorId.StartsWith("einwohner_nach_geschlecht/", StringComparison.Ordinal) && r.Space.Value == "05970040");
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Folder_Missing_NamesPath()
    {
        var ex = Assert.Throws<DataProblemException>(() => PlanningDataSource.Load("/nonexistent/folder"));
        Assert.Contains("no such file", ex.Problems[0].Message, StringComparison.Ordinal);
    }
}
