using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data;
using Sozialindikatoren.Data.Genesis;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Tests.Data;

public class OfficialTableReaderTests
{
    private static OfficialTableCell Cell(OfficialTable table, string key, string period, string variable) =>
        Assert.Single(table.Cells, c => c.AreaKey == key && c.Period.ToString() == period && c.Variable == variable);

    [Fact]
    public void Classic_Latin1_ReadsMetadataHierarchyAndValues()
    {
        var table = GenesisTestFiles.Read(GenesisTestFiles.Latin1Classic);
        var m = table.Metadata;
        Assert.Equal(OfficialTableFormat.Classic, m.Format);
        Assert.Equal("windows-1252", m.EncodingName);
        Assert.Equal("12411-01-01-4", m.TableCode);
        Assert.Equal("Bevölkerungsstand: Bevölkerung nach Geschlecht - Stichtag 31.12. -", m.Title);
        Assert.Equal("Bevölkerungsstand (Anzahl)", m.Measure);
        Assert.Equal(new LocalDate(2024, 6, 12), m.Stand);
        Assert.Equal("Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)", m.Licence);
        Assert.Equal("© Statistische Ämter des Bundes und der Länder, Deutschland, 2024.", m.Copyright);
        Assert.Equal(5, m.HeaderLines.Count);
        Assert.Equal(5, m.FooterLines.Count);
        Assert.Equal("Gebietsstand: 31.12.2023", m.FooterLines[0]);

        Assert.Equal(15 * 6, table.Cells.Count);
        Assert.Equal(["Insgesamt", "männlich", "weiblich"], table.Variables());
        Assert.Equal([TablePeriod.OfDate(new LocalDate(2022, 12, 31)), TablePeriod.OfDate(new LocalDate(2023, 12, 31))], table.Periods());

        var siegen = Cell(table, "05970040", "2023-12-31", "männlich");
        Assert.Equal("Siegen, Universitätsstadt", siegen.AreaName);
        Assert.Equal(8, siegen.Indentation);
        Assert.Equal(Observation.Of(51131), siegen.Observation);
        Assert.Equal(21, siegen.Line);
        Assert.Equal(7, siegen.Column);

        Assert.Equal(0, Cell(table, "DG", "2022-12-31", "Insgesamt").Indentation);
        Assert.Equal(2, Cell(table, "05", "2022-12-31", "Insgesamt").Indentation);
        var kreis = Cell(table, "05970", "2022-12-31", "Insgesamt");
        Assert.Equal("Siegen-Wittgenstein, Kreis", kreis.AreaName);
        Assert.Equal(6, kreis.Indentation);
        Assert.Equal(276944, kreis.Observation.Value);
        Assert.Equal("Erndtebrück", Cell(table, "05970012", "2023-12-31", "weiblich").AreaName);
        Assert.All(table.Cells, c => Assert.Equal(ValueStatus.Exact, c.Observation.Status));
    }

    [Fact]
    public void Classic_Utf8_JoinsSeveralHeaderRowsAndContinuesSpanningCells()
    {
        var table = GenesisTestFiles.Read(GenesisTestFiles.Utf8Classic);
        Assert.Equal("utf-8", table.Metadata.EncodingName);
        Assert.Equal("13211-02-05-4", table.Metadata.TableCode);
        Assert.Equal(new LocalDate(2025, 2, 3), table.Metadata.Stand);
        Assert.Contains("Werte mit p: vorläufig; r: berichtigt; s: geschätzt.", table.Metadata.FooterLines);
        Assert.Equal("Quelle: Statistik der Bundesagentur für Arbeit", table.Metadata.SourceLine);
        Assert.Equal(
            [
                "Arbeitslose (Anzahl) | insgesamt", "Arbeitslose (Anzahl) | Ausländer", "Arbeitslose (Anzahl) | 15 bis unter 25 Jahre",
                "Arbeitslosenquote (%) | insgesamt", "Arbeitslosenquote (%) | Ausländer", "Arbeitslosenquote (%) | 15 bis unter 25 Jahre",
            ],
            table.Variables());
        Assert.Equal([TablePeriod.OfYear(2022), TablePeriod.OfYear(2023)], table.Periods());
        Assert.Equal(7 * 12, table.Cells.Count);
        Assert.Equal(5.3, Cell(table, "DG", "2022", "Arbeitslosenquote (%) | insgesamt").Observation.Value);
        Assert.Equal(TablePeriodKind.Year, Cell(table, "DG", "2022", "Arbeitslosenquote (%) | insgesamt").Period.Kind);
        var kreis = Cell(table, "05970", "2023", "Arbeitslose (Anzahl) | insgesamt");
        Assert.Equal("Siegen-Wittgenstein, Kreis", kreis.AreaName);
        Assert.Equal(6, kreis.Indentation);
    }

    [Theory]
    [InlineData("05966", "2022", "Arbeitslose (Anzahl) | 15 bis unter 25 Jahre", ValueStatus.ExactZero, 0.0)]
    [InlineData("05966", "2022", "Arbeitslosenquote (%) | 15 bis unter 25 Jahre", ValueStatus.RoundedZero, 0.0)]
    [InlineData("05978", "2022", "Arbeitslose (Anzahl) | 15 bis unter 25 Jahre", ValueStatus.RoundedZero, 0.0)]
    [InlineData("05966", "2023", "Arbeitslose (Anzahl) | 15 bis unter 25 Jahre", ValueStatus.Suppressed, double.NaN)]
    [InlineData("05974", "2022", "Arbeitslose (Anzahl) | insgesamt", ValueStatus.NotYetAvailable, double.NaN)]
    [InlineData("05966", "2023", "Arbeitslosenquote (%) | 15 bis unter 25 Jahre", ValueStatus.NotApplicable, double.NaN)]
    [InlineData("05974", "2023", "Arbeitslose (Anzahl) | insgesamt", ValueStatus.Unreliable, double.NaN)]
    [InlineData("05978", "2022", "Arbeitslosenquote (%) | 15 bis unter 25 Jahre", ValueStatus.Unreliable, double.NaN)]
    [InlineData("05974", "2023", "Arbeitslose (Anzahl) | Ausländer", ValueStatus.Suppressed, double.NaN)]
    [InlineData("05974", "2023", "Arbeitslose (Anzahl) | 15 bis unter 25 Jahre", ValueStatus.Uncertain, 312.0)]
    [InlineData("05966", "2023", "Arbeitslosenquote (%) | Ausländer", ValueStatus.Uncertain, 10.1)]
    [InlineData("05970", "2023", "Arbeitslosenquote (%) | insgesamt", ValueStatus.Provisional, 6.1)]
    [InlineData("05966", "2023", "Arbeitslose (Anzahl) | insgesamt", ValueStatus.Revised, 3420.0)]
    [InlineData("05966", "2023", "Arbeitslose (Anzahl) | Ausländer", ValueStatus.Estimated, 1090.0)]
    [InlineData("05974", "2023", "Arbeitslosenquote (%) | insgesamt", ValueStatus.SeriesBreak, 5.3)]
    [InlineData("05974", "2023", "Arbeitslosenquote (%) | Ausländer", ValueStatus.SeriesBreak, 12.0)]
    [InlineData("05974", "2023", "Arbeitslosenquote (%) | 15 bis unter 25 Jahre", ValueStatus.ExactZero, 0.0)]
    [InlineData("05978", "2022", "Arbeitslose (Anzahl) | Ausländer", ValueStatus.Missing, double.NaN)]
    [InlineData("05978", "2023", "Arbeitslosenquote (%) | Ausländer", ValueStatus.Exact, 19.2)]
    public void Classic_Utf8_MapsEverySymbol(string key, string period, string variable, ValueStatus status, double value)
    {
        var table = GenesisTestFiles.Read(GenesisTestFiles.Utf8Classic);
        var cell = Cell(table, key, period, variable);
        Assert.Equal(new Observation(value, status), cell.Observation);
    }

    [Fact]
    public void Classic_TimeInRows_TakesThePeriodFromTheRow()
    {
        var table = GenesisTestFiles.Read(GenesisTestFiles.TimeInRows);
        Assert.Equal("12411-02-03-4", table.Metadata.TableCode);
        Assert.Equal("Bevölkerungsstand (Anzahl)", table.Metadata.Measure);
        Assert.Equal(16, table.Cells.Count);
        Assert.Equal(["unter 3 Jahre", "3 bis unter 6 Jahre", "6 bis unter 10 Jahre", "Insgesamt"], table.Variables());
        var c = Cell(table, "05966", "2023-12-31", "3 bis unter 6 Jahre");
        Assert.Equal("Olpe, Kreis", c.AreaName);
        Assert.Equal(3954, c.Observation.Value);
        Assert.Equal(new LocalDate(2024, 6, 20), table.Metadata.Stand);
    }

    [Fact]
    public void Classic_TimeAndAgeGroupInRows_PutsRowAttributesIntoTheVariable()
    {
        var table = GenesisTestFiles.Read(GenesisTestFiles.TimeAndAgeInRows);
        Assert.Equal("12613-02-02-4", table.Metadata.TableCode);
        Assert.Equal("Gestorbene (Anzahl)", table.Metadata.Measure);
        Assert.Equal(3 * 5 * 6, table.Cells.Count);
        Assert.Equal([TablePeriod.OfYear(2022), TablePeriod.OfYear(2023)], table.Periods());
        Assert.Equal(30, table.Variables().Count);
        Assert.Equal("unter 1 Jahr | Insgesamt | Insgesamt", table.Variables()[0]);
        Assert.Equal("unter 1 Jahr | Ausländer | weiblich", table.Variables()[5]);
        var c = Cell(table, "05970", "2022", "65 Jahre und mehr | Insgesamt | männlich");
        Assert.Equal("Siegen-Wittgenstein, Kreis", c.AreaName);
        Assert.Equal(1519, c.Observation.Value);
        Assert.Equal(Observation.ExactZero, Cell(table, "05966", "2023", "1 bis unter 15 Jahre | Ausländer | männlich").Observation);
        Assert.Equal(Observation.Suppressed, Cell(table, "05970", "2023", "unter 1 Jahr | Ausländer | Insgesamt").Observation);
        Assert.Equal(new LocalDate(2024, 9, 5), table.Metadata.Stand);
    }

    [Fact]
    public void Classic_RowAttributesWithoutTimeInRows_AreRead()
    {
        var table = OfficialTableReader.ParseText("T;;\n;;;31.12.2023;31.12.2023\n;;;m;w\n05970;Kreis;unter 3;10;11\n05970;Kreis;3 bis unter 6;12;13\n", "r.csv");
        Assert.Equal(["unter 3 | m", "unter 3 | w", "3 bis unter 6 | m", "3 bis unter 6 | w"], table.Variables());
        Assert.Equal(13, table.Cells[3].Observation.Value);
        Assert.Equal("2023-12-31", table.Cells[3].Period.ToString());
    }

    [Fact]
    public void Flat_2024Layout_ReadsDimensionsAndQualityFlags()
    {
        var table = GenesisTestFiles.Read(GenesisTestFiles.Flat);
        var m = table.Metadata;
        Assert.Equal(OfficialTableFormat.Flat, m.Format);
        Assert.Equal("utf-8", m.EncodingName);
        Assert.Equal("12411-0015", m.TableCode);
        Assert.Equal("Fortschreibung des Bevölkerungsstandes", m.Title);
        Assert.Equal("Bevölkerungsstand (Anzahl)", m.Measure);
        Assert.Equal(14, table.Cells.Count);
        Assert.Equal(["männlich", "weiblich"], table.Variables());
        var siegen = Cell(table, "05970040", "2023-12-31", "männlich");
        Assert.Equal("Siegen, Universitätsstadt", siegen.AreaName);
        Assert.Equal(Observation.Of(51131), siegen.Observation);
        Assert.Equal(new Observation(7561, ValueStatus.Provisional), Cell(table, "05970008", "2023-12-31", "männlich").Observation);
        Assert.Equal(new Observation(7656, ValueStatus.Revised), Cell(table, "05970008", "2023-12-31", "weiblich").Observation);
        Assert.Equal(new Observation(7380, ValueStatus.Estimated), Cell(table, "05970008", "2022-12-31", "männlich").Observation);
        Assert.Equal(Observation.ExactZero, Cell(table, "05970008", "2022-12-31", "weiblich").Observation);
        Assert.Equal(Observation.Suppressed, Cell(table, "05970012", "2023-12-31", "männlich").Observation);
        Assert.Equal(Observation.Suppressed, Cell(table, "05970012", "2023-12-31", "weiblich").Observation);
        Assert.Equal(ValueStatus.NotApplicable, Cell(table, "05970012", "2022-12-31", "männlich").Observation.Status);
        Assert.Equal(ValueStatus.Unreliable, Cell(table, "05970012", "2022-12-31", "weiblich").Observation.Status);
        Assert.Equal(ValueStatus.NotYetAvailable, Cell(table, "05970036", "2023-12-31", "männlich").Observation.Status);
        Assert.Equal(Observation.Of(6591), Cell(table, "05970036", "2023-12-31", "weiblich").Observation);
    }

    [Fact]
    public void Flat_Zipped_GivesTheSameCellsAsPlain()
    {
        var plain = GenesisTestFiles.Read(GenesisTestFiles.Flat);
        var zipped = GenesisTestFiles.Read(GenesisTestFiles.FlatZip);
        Assert.Equal(plain.Cells, zipped.Cells);
        Assert.Equal("12411-0015", zipped.Metadata.TableCode);
    }

    [Fact]
    public void Flat_OlderLayout_ReadsOneCellPerMeasure()
    {
        var table = GenesisTestFiles.Read(GenesisTestFiles.OldFlat);
        Assert.Equal(OfficialTableFormat.Flat, table.Metadata.Format);
        Assert.Equal("13211-0007", table.Metadata.TableCode);
        Assert.Null(table.Metadata.Measure);
        Assert.Equal(8, table.Cells.Count);
        Assert.Equal(["Arbeitslose", "Arbeitslosenquote bezogen auf alle zivilen Erwerbspersonen"], table.Variables());
        Assert.Equal(new Observation(8950, ValueStatus.Provisional), Cell(table, "05970", "2023", "Arbeitslose").Observation);
        Assert.Equal(new Observation(5.6, ValueStatus.Exact), Cell(table, "05970", "2022", "Arbeitslosenquote bezogen auf alle zivilen Erwerbspersonen").Observation);
        Assert.Equal(Observation.Suppressed, Cell(table, "05966", "2023", "Arbeitslose").Observation);
        Assert.Equal(ValueStatus.NotApplicable, Cell(table, "05966", "2023", "Arbeitslosenquote bezogen auf alle zivilen Erwerbspersonen").Observation.Status);
        Assert.Equal("Olpe, Kreis", Cell(table, "05966", "2022", "Arbeitslose").AreaName);
    }

    [Theory]
    [InlineData(GenesisTestFiles.Latin1Classic, OfficialTableFormat.Classic)]
    [InlineData(GenesisTestFiles.Utf8Classic, OfficialTableFormat.Classic)]
    [InlineData(GenesisTestFiles.TimeInRows, OfficialTableFormat.Classic)]
    [InlineData(GenesisTestFiles.TimeAndAgeInRows, OfficialTableFormat.Classic)]
    [InlineData(GenesisTestFiles.Flat, OfficialTableFormat.Flat)]
    [InlineData(GenesisTestFiles.FlatZip, OfficialTableFormat.Flat)]
    [InlineData(GenesisTestFiles.OldFlat, OfficialTableFormat.Flat)]
    public void Detect_RecognisesEveryTestFile(string file, OfficialTableFormat format) =>
        Assert.Equal(format, OfficialTableReader.Detect(GenesisTestFiles.Bytes(file)));

    [Theory]
    [InlineData("key,name,period,variable,value,status\n05970,Kreis,2023,a,1,exact\n")]
    [InlineData("space_id,date,age_band,count\nsiegen,2023-12-31,0-3,2800\n")]
    [InlineData("")]
    [InlineData(";;;\n;;;\n")]
    public void Detect_LeavesOtherCsvAlone(string text) =>
        Assert.Null(OfficialTableReader.Detect(System.Text.Encoding.UTF8.GetBytes(text)));

    private static DataProblemException Fails(string text, string name = "bad.csv") =>
        Assert.Throws<DataProblemException>(() => OfficialTableReader.ParseText(text, name));

    private const string Head = "GENESIS-Tabelle: 99999-01-01-4;;;\nTitel;;;\n;;2023;2023\n;;a;b\n";

    [Fact]
    public void Malformed_Number_NamesFileLineColumnAndValue()
    {
        var e = Fails(Head + "01;Eins;1;2\n02;Zwei;3;4x5\n03;Drei;1,2,3;6\n");
        Assert.Equal(2, e.Problems.Count);
        Assert.Equal("bad.csv", e.Problems[0].Source);
        Assert.Equal(6, e.Problems[0].Line);
        Assert.Equal(4, e.Problems[0].Column);
        Assert.Equal("4x5", e.Problems[0].Value);
        Assert.Equal("b", e.Problems[0].Field);
        Assert.Contains("bad.csv, line 6, column 4 (b), value '4x5'", e.Message, StringComparison.Ordinal);
        Assert.Equal(7, e.Problems[1].Line);
        Assert.Equal(3, e.Problems[1].Column);
        Assert.Contains("thousands", e.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_TruncatedRow_IsReported()
    {
        var e = Fails(Head + "01;Eins;1;2\n02;Zwei;3");
        Assert.Equal(6, e.Problems[0].Line);
        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_MixedDecimalSeparators_AreRejected()
    {
        var e = Fails(Head + "01;Eins;1,5;2\n02;Zwei;3.5;4\n");
        Assert.Equal(6, e.Problems[0].Line);
        Assert.Equal(3, e.Problems[0].Column);
        Assert.Contains("mixed decimal separators", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_DecimalPointAlone_IsAccepted()
    {
        var table = OfficialTableReader.ParseText(Head + "01;Eins;1.5;2\n", "en.csv");
        Assert.Equal(1.5, table.Cells[0].Observation.Value);
    }

    [Theory]
    [InlineData("", "no column header rows")]
    [InlineData("Nur ein Titel;;\n", "no column header rows")]
    [InlineData("Titel;;\n01;Eins;5\n", "data row before any column header row")]
    [InlineData("Titel;;\n;;a;b\n01;Eins;1;2\n", "line 2, column 3: no period")]
    [InlineData("Titel;;\n;2023\n01;Eins;1\n", "line 2, column 2: column header rows must start with at least 2 empty cells")]
    [InlineData("Titel;;\n;;;2023\n2023;01;Eins;1\n", "periods both in a column header row and in the first column")]
    [InlineData("Titel;;\n;;2023;2023\n;;a;b\n01;Eins;1;2\n;;c;d\n", "empty first cell among the data rows")]
    [InlineData("Titel;;\n;;2023\n;;a\n;Eins;1\n", "line 4, column 2: column header rows must start with at least 2 empty cells (key;name, or period;key;name, then row attributes), found 1 (a data row without area key?)")]
    [InlineData("Titel;;\n;;2023\n;;a\n01;\"Eins;1\n", "malformed CSV")]
    [InlineData("Titel;;\n;;2023\n;;a\n01;Eins;1;7\n", "without a column header")]
    public void Malformed_Structure_GivesDataProblemException(string text, string expected)
    {
        var e = Fails(text);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("bad.csv", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_TimeInRows_BadPeriod_IsReported()
    {
        var e = Fails("Titel;;\n;;;a\n2023;01;Eins;1\n20x3;02;Zwei;2\n");
        Assert.Equal(4, e.Problems[0].Line);
        Assert.Equal(1, e.Problems[0].Column);
        Assert.Equal("20x3", e.Problems[0].Value);
    }

    [Fact]
    public void LineNumbers_CountLinesInsideQuotedFields()
    {
        var table = OfficialTableReader.ParseText("\"Titel\nzweite Zeile\";;\n;;2023\n;;a\n01;Eins;1\n02;Zwei;2\n", "q.csv");
        Assert.Equal(5, table.Cells[0].Line);
        Assert.Equal(6, table.Cells[1].Line);
        Assert.Equal("Titel\nzweite Zeile", table.Metadata.HeaderLines[0]);
    }

    [Fact]
    public void Zip_WithoutCsv_IsRejected()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var w = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            w.Write("hallo");
        }
        var e = Assert.Throws<DataProblemException>(() => OfficialTableReader.Parse(buffer.ToArray(), "x.zip"));
        Assert.Contains("no .csv file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_Damaged_IsRejected()
    {
        var bytes = GenesisTestFiles.Bytes(GenesisTestFiles.FlatZip);
        var cut = bytes[..(bytes.Length / 2)];
        var e = Assert.Throws<DataProblemException>(() => OfficialTableReader.Parse(cut, "x.zip"));
        Assert.StartsWith("x.zip", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SizeLimit_IsEnforced()
    {
        using var stream = new MemoryStream(GenesisTestFiles.Bytes(GenesisTestFiles.Utf8Classic));
        var e = Assert.Throws<DataProblemException>(() => OfficialTableReader.Read(stream, "big.csv", maxBytes: 100));
        Assert.Contains("limit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Flat_Malformed_ValuesAndQualityAreReported()
    {
        const string head = "statistics_code;statistics_label;time;1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;value;value_q\n";
        var e = Assert.Throws<DataProblemException>(() => OfficialTableReader.ParseText(
            head + "1;S;2023;KREISE;Kreise;05970;SiWi;12a;e\n1;S;2023;KREISE;Kreise;05970;SiWi;12;.\n1;S;20233;KREISE;Kreise;05970;SiWi;12;e\n1;S;2023;GES;Geschlecht;M;m;1;e\n1;S;2023\n", "f.csv"));
        Assert.Equal(5, e.Problems.Count);
        Assert.Equal((2, 8), (e.Problems[0].Line, e.Problems[0].Column));
        Assert.Equal((3, 9), (e.Problems[1].Line, e.Problems[1].Column));
        Assert.Contains("contradicts", e.Problems[1].Message, StringComparison.Ordinal);
        Assert.Equal((4, 3), (e.Problems[2].Line, e.Problems[2].Column));
        Assert.Contains("regional dimension", e.Problems[3].Message, StringComparison.Ordinal);
        Assert.Contains("truncated", e.Problems[4].Message, StringComparison.Ordinal);
    }
}
