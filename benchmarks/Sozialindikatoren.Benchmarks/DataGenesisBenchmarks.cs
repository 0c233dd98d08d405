using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Sozialindikatoren.Data;
using Sozialindikatoren.Data.Genesis;

namespace Sozialindikatoren.Benchmarks;

/// <summary>
/// Reading an 11,000-row classic GENESIS table (Gemeinden × 2 reference dates × 3 attributes = 66,000 values, Latin-1,
/// with symbols and decimal commas): the library reader against a straightforward split-based parser.
/// </summary>
[MemoryDiagnoser]
public class DataGenesisBenchmarks
{
    private const int Rows = 11_000;
    private byte[] _latin1 = [];

    [GlobalSetup]
    public void Setup()
    {
        var sb = new StringBuilder();
        sb.Append("GENESIS-Tabelle: 12411-01-01-4;;;;;;;\r\n");
        sb.Append("Bevölkerungsstand: Bevölkerung nach Geschlecht - Stichtag 31.12. -;;;;;;;\r\n");
        sb.Append("regionale Tiefe: Gemeinden;;;;;;;\r\n");
        sb.Append("Bevölkerungsstand (Anzahl);;;;;;;\r\n");
        sb.Append(";;31.12.2022;31.12.2022;31.12.2022;31.12.2023;31.12.2023;31.12.2023\r\n");
        sb.Append(";;Insgesamt;männlich;weiblich;Insgesamt;männlich;weiblich\r\n");
        var random = new Random(42);
        string[] symbols = ["-", ".", "x", "/", "...", "(12,5)", "17 p"];
        for (var i = 0; i < Rows; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{5_000_000 + i:D8};        Gemeinde Nummer {i}, Stadt");
            for (var c = 0; c < 6; c++)
            {
                sb.Append(';');
                var roll = random.Next(100);
                if (roll < 3) sb.Append(symbols[random.Next(symbols.Length)]);
                else if (roll < 20) sb.Append((random.Next(0, 100_000) / 10.0).ToString("0.0", CultureInfo.GetCultureInfo("de-DE")));
                else sb.Append(random.Next(0, 200_000).ToString(CultureInfo.InvariantCulture));
            }
            sb.Append("\r\n");
        }
        sb.Append("__________;;;;;;;\r\n© Statistische Ämter des Bundes und der Länder, Deutschland, 2024.;;;;;;;\r\nStand: 12.06.2024;;;;;;;\r\nDatenlizenz Deutschland – Namensnennung – Version 2.0;;;;;;;\r\n");
        _latin1 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(sb.ToString());
    }

    /// <summary>A straightforward parser: decode, split lines and cells, double.Parse with de-DE, a symbol switch, one object per value.</summary>
    [Benchmark(Baseline = true)]
    public int SplitAndParse()
    {
        var text = Encoding.Latin1.GetString(_latin1);
        var lines = text.Split("\r\n");
        var de = CultureInfo.GetCultureInfo("de-DE");
        string[]? periods = null, attributes = null;
        var cells = new List<NaiveCell>();
        foreach (var line in lines)
        {
            if (line.StartsWith("____", StringComparison.Ordinal)) break;
            var parts = line.Split(';');
            if (parts.Length < 3 || (parts[0].Length > 0 && parts[1].Length == 0)) continue;
            if (parts[0].Length == 0)
            {
                if (periods is null) periods = parts;
                else attributes = parts;
                continue;
            }
            for (var j = 2; j < parts.Length; j++)
            {
                var t = parts[j].Trim();
                var status = "exact";
                double value = double.NaN;
                switch (t)
                {
                    case "-": status = "exact_zero"; value = 0; break;
                    case ".": status = "suppressed"; break;
                    case "...": status = "not_yet_available"; break;
                    case "x": status = "not_applicable"; break;
                    case "/": status = "unreliable"; break;
                    default:
                        if (t.StartsWith('(')) { status = "uncertain"; t = t.Trim('(', ')'); }
                        else if (t.EndsWith(" p", StringComparison.Ordinal)) { status = "provisional"; t = t[..^2]; }
                        value = double.Parse(t, NumberStyles.Float, de);
                        break;
                }
                cells.Add(new NaiveCell(parts[0], parts[1].Trim(), periods![j], attributes![j], value, status));
            }
        }
        return cells.Count;
    }

    /// <summary>The library: encoding detection, the library's CSV tokenizer, symbol mapping, typed cells with line and column.</summary>
    [Benchmark]
    public int OfficialTableReaderParse() => OfficialTableReader.Parse(_latin1, "bench.csv").Cells.Count;

    private sealed record NaiveCell(string Key, string Name, string Period, string Variable, double Value, string Status);
}
