using Sozialindikatoren.Data;
using Sozialindikatoren.Statistics;

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

    private static OfficialTable Read(string _) => OfficialTableReader.ParseText("T;;\n;;2023\n;;a\n01;E;1\n", "x.csv");
}
