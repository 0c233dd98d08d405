using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sozialindikatoren.Common;
using Sozialindikatoren.Composite;
using Sozialindikatoren.Data;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Tests.Data.Csv;

/// <summary>
/// Every CSV reader, fed random bytes and mutations of valid files (fixed seeds), either succeeds or throws
/// <see cref="DataProblemException"/> with located problems; nothing else escapes. And a random table with one corrupted
/// field gives exactly one problem, at the right physical line and field.
/// </summary>
public sealed class CsvReaderFuzzTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("csvfuzz-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly Encoding Cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private const string Inventory = "offering_id;offering_name;domain;provider_id;provider_name;location;capacity;unit;obligation;funding_source;programme;instrument;amount_per_year;start;end\n"
        + "a;Kita Süd;KinderJugend;p;Träger;05970040;1.000;places;Rechtsanspruch;Kreis;Kita-Pauschale;Festbetrag;12.500,00 €;2025;12/2025\n"
        + "b;\"Beratung\nSucht\";Sucht;p;Träger;05970040;2,5;fte;freiwillig;Land;Gefährdetenhilfe;Festbetrag;80.000;01.01.2025;31.12.2025\n";
    private const string Spaces = "id,name,level,parent,area_km2\n05970000,Kreis,county,,1132.89\n05970040,Siegen,municipality,05970000,114.7\n";
    private const string Rates = "id,count,denominator\na,5,1000\nb,0,200\n\"c,d\",12,3400.5\n";
    private const string Meta = "iCode,Level,Parent,Direction,Weight,Type\nI1,1,Index,1,1,Indicator\nI2,1,Index,-1,2,Indicator\nIndex,2,,1,1,Aggregate\n";
    private const string IData = "uCode,I1,I2\nA,1.5,2\nB,,3\nC,4,5e2\n";
    private const string Points = "id;demand;x;y\nA;100;1,5;2\nB;50;3;4,25\n";
    private const string Costs = "origin,destination,cost\nA,X,5\nB,X,10\n";
    private const string Cross = "row;col;value\nA;x;1.000\nA;y;2\nB;x;3\nB;y;0\n";

    private string Put(string name, byte[] bytes)
    {
        var p = Path.Combine(_dir, name);
        File.WriteAllBytes(p, bytes);
        return p;
    }

    private static readonly (string Name, string Valid, Action<string> Read)[] Readers =
    [
        ("angebote.csv", Inventory, p => InventoryCsv.ReadFile(p, null, null)),
        ("rates.csv", Rates, p => RatesCsv.Compute(p, TextWriter.Null, IntervalMethod.Auto, ConfidenceLevel.Percent95, 1000, null, null)),
        ("rates_w.csv", Rates, p => RatesCsv.Compute(p, TextWriter.Null, IntervalMethod.Wilson, ConfidenceLevel.Percent95, 1, null, null)),
        ("meta.csv", Meta, p => { var problems = new List<DataProblem>(); if (CompositeCsv.ReadFramework(p, problems) is null) Throw(problems); }),
        ("idata.csv", IData, p =>
        {
            var problems = new List<DataProblem>();
            var fw = CompositeCsv.ReadFramework(Path.Combine(Path.GetDirectoryName(p)!, "meta_valid.csv"), problems)!;
            if (CompositeCsv.ReadData(p, fw, false, null, problems) is null) Throw(problems);
        }),
        ("points.csv", Points, p => AccessCsv.ReadPoints(p, "demand", true, "x", "y")),
        ("costs.csv", Costs, p => AccessCsv.ReadCosts(p, ["A", "B"], ["X"])),
        ("cross.csv", Cross, p => CrossTableCsv.Read(p, null)),
        ("spaces.csv", Spaces, p =>
        {
            var dir = Path.Combine(Path.GetDirectoryName(p)!, "folder");
            Directory.CreateDirectory(dir);
            File.Copy(p, Path.Combine(dir, "spaces.csv"), true);
            File.WriteAllText(Path.Combine(dir, "angebote.csv"), "offering_id,offering_name,domain,provider_id,location,capacity,unit,obligation\nx,X,Sucht,p,05970040,1,fte,voluntary\n");
            PlanningDataSource.Load(dir);
        }),
    ];

    private static void Throw(List<DataProblem> problems) =>
        throw new DataProblemException(problems.Where(p => p.Severity == ProblemSeverity.Error).DefaultIfEmpty(new DataProblem("x", null, null, "failed")));

    private void ReadOrReject(Action<string> read, string path)
    {
        try
        {
            read(path);
        }
        catch (DataProblemException e)
        {
            Assert.NotEmpty(e.Problems);
            Assert.All(e.Problems, p => Assert.True(p.Line >= 0 && p.Column >= 0 && p.Message.Length > 0));
        }
    }

    private static readonly byte[] Specials = [(byte)'"', (byte)';', (byte)',', (byte)'\n', (byte)'\r', (byte)'.', (byte)'-', (byte)'e', 0xFF, 0xC3, 0xE4, 0x80, 0, (byte)'\t', (byte)'#'];

    private static byte[] Mutate(byte[] valid, Random rng)
    {
        var bytes = new List<byte>(valid);
        var edits = rng.Next(1, 5);
        for (var k = 0; k < edits && bytes.Count > 0; k++)
        {
            var at = rng.Next(bytes.Count);
            switch (rng.Next(6))
            {
                case 0: bytes[at] = Specials[rng.Next(Specials.Length)]; break;
                case 1: bytes.Insert(at, Specials[rng.Next(Specials.Length)]); break;
                case 2: bytes.RemoveAt(at); break;
                case 3: bytes.RemoveRange(at, bytes.Count - at); break; // truncate
                case 4: bytes[at] = (byte)rng.Next(256); break;
                default: bytes.InsertRange(at, Encoding.ASCII.GetBytes(new string('9', rng.Next(1, 400)))); break;
            }
        }
        return [.. bytes];
    }

    [Fact]
    public void EveryReader_MutatedAndRandomFiles_OnlyDataProblemExceptionEscapes()
    {
        Put("meta_valid.csv", Encoding.UTF8.GetBytes(Meta));
        foreach (var (name, valid, read) in Readers)
        {
            var validBytes = Cp1252.GetBytes(valid);
            read(Put(name, validBytes)); // the valid file reads
            var rng = new Random(name.GetHashCode(StringComparison.Ordinal) & 0xFFFF ^ 20251202);
            for (var i = 0; i < 150; i++)
            {
                ReadOrReject(read, Put(name, Mutate(validBytes, rng)));
            }
            for (var i = 0; i < 30; i++)
            {
                var random = new byte[rng.Next(0, 300)];
                rng.NextBytes(random);
                ReadOrReject(read, Put(name, random));
            }
            ReadOrReject(read, Put(name, []));
            ReadOrReject(read, Put(name, Encoding.UTF8.GetBytes(valid.Split('\n')[0] + "\n\"unterminated")));
            ReadOrReject(read, Put(name, Encoding.UTF8.GetBytes(valid.Split('\n')[0] + "\n\"" + new string('x', 1_100_000) + "\"\n")));
        }
    }

    public sealed record CorruptCase(int Rows, bool German, int Row, int Kind, int Seed);

    public static class CorruptCases
    {
        public static Arbitrary<CorruptCase> Arb() =>
            (from rows in Gen.Choose(1, 40)
             from german in Gen.Elements(true, false)
             from row in Gen.Choose(0, rows - 1)
             from kind in Gen.Choose(0, 5)
             from seed in Gen.Choose(0, int.MaxValue - 1)
             select new CorruptCase(rows, german, row, kind, seed)).ToArbitrary();
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(CorruptCases)])]
    public void RandomRowsWithOneCorruptedField_GiveExactlyOneLocatedProblem(CorruptCase c)
    {
        var rng = new Random(c.Seed);
        var d = c.German ? ';' : ',';
        var sb = new StringBuilder($"id{d}demand{d}x{d}y\n");
        var line = 2;
        int expectedLine = 0, expectedColumn = 0;
        string expectedValue = "";
        for (var r = 0; r < c.Rows; r++)
        {
            // Some ids carry quoted line breaks: the problem's line must still be the physical line.
            var id = rng.Next(4) == 0 ? $"\"id {r}\nzweite Zeile\"" : "id" + r.ToString(CultureInfo.InvariantCulture);
            var fields = new[] { id, Num(rng.NextDouble() * 10_000, c.German, rng), Num(rng.NextDouble() * 100 - 50, c.German, rng), Num(rng.NextDouble() * 100, c.German, rng) };
            if (r == c.Row)
            {
                var col = 1 + rng.Next(3);
                var bad = c.Kind switch
                {
                    0 => "abc",
                    1 => c.German ? "4.0" : "\"1,5\"",
                    2 => col == 1 ? "-3" : "1e400",
                    // impossible values (#16.4): beyond the plausible range of a count or a coordinate, a negative demand
                    4 => col == 1 ? "2e12" : "1e20",
                    5 => col == 1 ? "-0,5".Replace(',', c.German ? ',' : '.') : c.German ? "-1e16" : "-1e16",
                    _ => "",
                };
                fields[col] = bad;
                expectedColumn = col + 1;
                expectedValue = bad.Trim('"');
                expectedLine = line;
            }
            sb.Append(string.Join(d, fields)).Append('\n');
            line += 1 + id.Count(ch => ch == '\n');
        }
        var path = Put("points.csv", Encoding.UTF8.GetBytes(sb.ToString()));
        var ex = Assert.Throws<DataProblemException>(() => AccessCsv.ReadPoints(path, "demand", true, "x", "y"));
        var p = Assert.Single(ex.Problems);
        Assert.Equal(("points.csv", expectedLine, expectedColumn, new[] { "id", "demand", "x", "y" }[expectedColumn - 1], expectedValue),
            (p.Source, p.Line, p.Column, p.Field, p.Value));
    }

    private static string Num(double v, bool german, Random rng)
    {
        var r = Math.Round(v, rng.Next(0, 4));
        if (!german) return r.ToString("R", CultureInfo.InvariantCulture);
        return CsvNumberTests.German((decimal)r, rng.Next(2) == 0);
    }
}
