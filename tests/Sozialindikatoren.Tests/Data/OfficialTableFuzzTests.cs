using System.Text;
using FsCheck.Xunit;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data;
using Sozialindikatoren.Data.Genesis;
using Sozialindikatoren.Statistics;
using Sozialindikatoren.Tests.Arbitraries;

namespace Sozialindikatoren.Tests.Data;

/// <summary>Random, truncated and mutated input never crashes the readers with anything but <see cref="DataProblemException"/>.</summary>
public class OfficialTableFuzzTests
{
    /// <summary>Parses and checks the invariants of a successful result; a DataProblemException must locate its problem.</summary>
    private static void ParseOrReject(Func<OfficialTable> parse)
    {
        OfficialTable table;
        try
        {
            table = parse();
        }
        catch (DataProblemException e)
        {
            Assert.NotEmpty(e.Problems);
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            Assert.All(e.Problems, p => Assert.True(p.Line >= 0 && p.Column >= 0));
            return;
        }
        foreach (var c in table.Cells)
        {
            Assert.False(string.IsNullOrEmpty(c.AreaKey));
            Assert.Equal(c.Observation.HasValue, !double.IsNaN(c.Observation.Value));
            Assert.True(c.Line > 0 && c.Column > 0);
        }
        using var writer = new StringWriter();
        OfficialTableLongCsv.Write(table, writer);
    }

    [Property(MaxTest = 1000)]
    public void RandomBytes_OnlyDataProblemException(byte[] bytes)
    {
        ParseOrReject(() => OfficialTableReader.Parse(bytes, "random.bin"));
        _ = OfficialTableReader.Detect(bytes);
    }

    [Property(MaxTest = 300)]
    public void RandomBytesAfterZipSignature_OnlyDataProblemException(byte[] bytes) =>
        ParseOrReject(() => OfficialTableReader.Parse([(byte)'P', (byte)'K', 3, 4, .. bytes], "random.zip"));

    [Property(MaxTest = 1000)]
    public void RandomCsvText_OnlyDataProblemException(GenesisCsvNoise noise)
    {
        ParseOrReject(() => OfficialTableReader.ParseText(noise.Text, "noise.csv"));
        ParseOrReject(() => OfficialTableReader.Parse(Encoding.Latin1.GetBytes(noise.Text), "noise.csv"));
    }

    [Property(MaxTest = 500)]
    public void LongCsvRead_RandomText_OnlyDataProblemException(GenesisCsvNoise noise) =>
        ParseOrReject(() => OfficialTableLongCsv.Read(new StringReader("key,name,period,variable,value,status\n" + noise.Text.Replace(';', ',')), "long.csv"));

    [Property(MaxTest = 500)]
    public void TruncatedFiles_OnlyDataProblemException(GenesisTruncation t) =>
        ParseOrReject(() => OfficialTableReader.Parse(GenesisTestFiles.Bytes(t.File)[..t.Cut], t.File));

    [Property(MaxTest = 500)]
    public void MutatedFiles_OnlyDataProblemException(GenesisMutation m)
    {
        var bytes = GenesisTestFiles.Bytes(m.File);
        bytes[m.Position] = m.Value;
        ParseOrReject(() => OfficialTableReader.Parse(bytes, m.File));
    }

    [Property(MaxTest = 500)]
    public void RandomSymbolCells_ParseOrNameTheCell(GenesisNoiseCells cells)
    {
        var text = "Tabelle: 1;;\n;;" + string.Join(";", cells.Texts.Select(_ => "2023")) + "\n;;"
            + string.Join(";", cells.Texts.Select((_, i) => "v" + i)) + "\n05970;Kreis;" + string.Join(";", cells.Texts) + "\n";
        try
        {
            var table = OfficialTableReader.ParseText(text, "cells.csv");
            Assert.Equal(cells.Texts.Length, table.Cells.Count);
            for (var i = 0; i < cells.Texts.Length; i++)
                Assert.True(OfficialSymbols.TryParse(cells.Texts[i], out var o) && o == table.Cells[i].Observation);
        }
        catch (DataProblemException e)
        {
            Assert.All(e.Problems, p =>
            {
                Assert.Equal(4, p.Line);
                Assert.InRange(p.Column, 3, cells.Texts.Length + 2);
                Assert.Equal(cells.Texts[p.Column - 3].Trim(), p.Value!.Trim());
            });
        }
    }

    [Property(MaxTest = 500)]
    public void PrintedObservations_RoundTrip((string Text, Observation Expected)[] printed)
    {
        if (printed.Length == 0) return;
        // One decimal separator per file: print all with a comma.
        var texts = printed.Select(p => p.Text.Replace('.', ',').Replace(",,,", "...")).Select(t => t == "," ? "." : t).ToArray();
        var text = "Tabelle: 1;;\n;;" + string.Join(";", texts.Select(_ => "31.12.2023")) + "\n;;"
            + string.Join(";", texts.Select((_, i) => "v" + i)) + "\n05970;Kreis;" + string.Join(";", texts) + "\n";
        var table = OfficialTableReader.ParseText(text, "printed.csv");
        Assert.Equal(printed.Select(p => p.Expected), table.Cells.Select(c => c.Observation));
    }
}
