using Sozialindikatoren.Common;
using Sozialindikatoren.Data;
using Sozialindikatoren.Data.Genesis;
using Sozialindikatoren.Statistics;
using Sozialindikatoren.Tests.Arbitraries;

namespace Sozialindikatoren.Tests.Data;

public class OfficialTableLongCsvTests
{
    [Fact]
    public void Write_QuotesAndFormatsInvariant()
    {
        var table = OfficialTableReader.ParseText("Tabelle: 1;;\n;;31.12.2023;31.12.2023;31.12.2023\n;;\"a, b\";\"sagt \"\"x\"\"\";c\n\"05970\";\"  Siegen, Stadt\";0,1;-;.\n", "t.csv");
        using var writer = new StringWriter();
        OfficialTableLongCsv.Write(table, writer);
        Assert.Equal(
            "key,name,period,variable,value,status\n"
            + "05970,\"Siegen, Stadt\",2023-12-31,\"a, b\",0.1,exact\n"
            + "05970,\"Siegen, Stadt\",2023-12-31,\"sagt \"\"x\"\"\",0,exact_zero\n"
            + "05970,\"Siegen, Stadt\",2023-12-31,c,,suppressed\n",
            writer.ToString());
    }

    [Fact]
    public void Write_RoundTripsDoubles()
    {
        var cell = new OfficialTableCell("DG", "Deutschland", 0, TablePeriod.OfYear(2023), "v", Observation.Of(0.1 + 0.2));
        var table = new OfficialTable(Read("x").Metadata, [cell]);
        using var writer = new StringWriter();
        OfficialTableLongCsv.Write(table, writer);
        var value = writer.ToString().Split('\n')[1].Split(',')[4];
        Assert.Equal(0.1 + 0.2, double.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [FsCheck.Xunit.Property]
    public void WriteThenRead_KeepsEveryCell(GenesisLongCells generated)
    {
        var table = new OfficialTable(Read("x").Metadata, generated.Cells);
        using var writer = new StringWriter();
        OfficialTableLongCsv.Write(table, writer);
        var back = OfficialTableLongCsv.Read(new StringReader(writer.ToString()), "long.csv");
        Assert.Equal(
            generated.Cells.Select(c => (c.AreaKey, c.AreaName, c.Period, c.Variable, c.Observation)),
            back.Cells.Select(c => (c.AreaKey, c.AreaName, c.Period, c.Variable, c.Observation)));
    }

    [Fact]
    public void ImportedFile_ReadsBackIdentically()
    {
        var table = GenesisTestFiles.Read(GenesisTestFiles.Utf8Classic);
        using var writer = new StringWriter();
        OfficialTableLongCsv.Write(table, writer);
        var back = OfficialTableLongCsv.Read(new StringReader(writer.ToString()), "long.csv");
        Assert.Equal(table.Cells.Select(c => c.Observation), back.Cells.Select(c => c.Observation));
        Assert.Equal(table.Cells.Select(c => c.Variable), back.Cells.Select(c => c.Variable));
        Assert.Equal(2, back.Cells[0].Line);
    }

    [Fact]
    public void Read_ListsAllProblems()
    {
        const string text = "key,name,period,variable,value,status\n"
            + "05970,Kreis,2023,a,1.5,exact\n"
            + "05970,Kreis,31.12.2023,a,1,exact\n"
            + "05970,Kreis,2023,a,1,weird\n"
            + "05970,Kreis,2023,a,,exact\n"
            + "05970,Kreis,2023,a,3,suppressed\n"
            + "05970,Kreis,2023,a,2,exact_zero\n"
            + "05970,Kreis,2023,a\n"
            + ",Kreis,2023,a,1,exact\n";
        var e = Assert.Throws<DataProblemException>(() => OfficialTableLongCsv.Read(new StringReader(text), "long.csv"));
        Assert.Equal([(3, 3), (4, 6), (5, 5), (6, 5), (7, 5), (8, 4), (9, 1)], e.Problems.Select(p => (p.Line, p.Column)));
        Assert.Contains("long.csv, line 3, column 3 (period), value '31.12.2023'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RejectsAWrongHeader()
    {
        var e = Assert.Throws<DataProblemException>(() => OfficialTableLongCsv.Read(new StringReader("key,name,period,value,status\n"), "h.csv"));
        Assert.Equal(1, e.Problems[0].Line);
    }

    private static OfficialTable Read(string _) => OfficialTableReader.ParseText("T;;\n;;2023\n;;a\n01;E;1\n", "x.csv");
}
