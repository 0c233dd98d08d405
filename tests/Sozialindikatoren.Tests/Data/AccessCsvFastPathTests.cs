using System.Globalization;
using System.Text;
using FsCheck.Xunit;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data;
using Sozialindikatoren.Data.Csv;

namespace Sozialindikatoren.Tests.Data;

/// <summary>
/// The byte-level fast path of <see cref="AccessCsv.ReadPoints(string, string, bool, string, string)"/> agrees with the
/// general path (<see cref="CsvInput"/>) on every file: the same points bit for bit, or the same problems (file, line,
/// field, value, message); and <see cref="AccessCsv.WriteValues"/> writes the same text as formatting cell by cell.
/// </summary>
public sealed class AccessCsvFastPathTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("accessfast-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Put(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A point file: mostly plain records, with (by the seed) the irregularities each path must treat alike.</summary>
    private static byte[] RandomFile(Random rng, out bool latLon)
    {
        latLon = rng.Next(4) == 0;
        bool german = rng.Next(6) == 0;
        char d = german ? ';' : ',';
        string nl = rng.Next(4) == 0 ? "\r\n" : "\n";
        var sb = new StringBuilder();
        var header = latLon ? new[] { "id", "demand", "lat", "lon" } : ["id", "demand", "x", "y"];
        if (rng.Next(5) == 0) header = [header[1], header[0], header[3], header[2]];
        if (rng.Next(8) == 0) header = [.. header, "note"];
        sb.Append(string.Join(d, header)).Append(nl);
        int rows = rng.Next(0, 60);
        double corrupt = rng.Next(3) == 0 ? 0.05 : 0;
        for (int r = 0; r < rows; r++)
        {
            string id = "z" + r.ToString(CultureInfo.InvariantCulture);
            double v = rng.Next(4) == 0 ? rng.Next(0, 5000) : Math.Round(rng.NextDouble() * 1000, rng.Next(0, 6));
            double x = latLon ? 47 + rng.NextDouble() * 8 : rng.NextDouble() * 200 - 100;
            double y = latLon ? 6 + rng.NextDouble() * 9 : rng.NextDouble() * 1e4;
            string Num(double a) => german ? a.ToString("R", CultureInfo.InvariantCulture).Replace('.', ',') : a.ToString("R", CultureInfo.InvariantCulture);
            var cells = new Dictionary<string, string> { ["id"] = id, ["demand"] = Num(v), [header.Contains("x") ? "x" : "lat"] = Num(x), [header.Contains("y") ? "y" : "lon"] = Num(y), ["note"] = "n" };
            if (rng.NextDouble() < corrupt)
            {
                string key = header[rng.Next(4)];
                cells[key] = rng.Next(12) switch
                {
                    0 => "",
                    1 => "-" + cells[key],
                    2 => " " + cells[key],
                    3 => "\"" + cells[key] + "\"",
                    4 => "1e400",
                    5 => "z0",
                    6 => "1.5.2",
                    7 => "ä" + cells[key],
                    8 => cells[key] + "\r",
                    9 => "1e13",
                    10 => "999",
                    _ => "\"a,b\"",
                };
            }
            sb.Append(string.Join(d, header.Select(h => cells[h])));
            if (rng.NextDouble() < corrupt) sb.Append(d).Append(rng.Next(2) == 0 ? "" : "extra");
            if (r < rows - 1 || rng.Next(2) == 0) sb.Append(nl);
            if (rng.NextDouble() < corrupt) sb.Append(nl);
        }
        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        return rng.Next(6) == 0 ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }

    private static (AccessPoints? Points, string Problems) Read(string path, bool latLon, bool fast)
    {
        var notes = new List<DataProblem>();
        try
        {
            var p = AccessCsv.ReadPoints(path, "demand", true, latLon ? "lat" : "x", latLon ? "lon" : "y", null, notes, fast);
            return (p, string.Join("\n", notes.Select(Describe)));
        }
        catch (DataProblemException e)
        {
            return (null, string.Join("\n", e.Problems.Select(Describe)));
        }
    }

    private static string Describe(DataProblem p) => $"{p.Severity} {p.Source}:{p.Line}:{p.Column} [{p.Field}] '{p.Value}' {p.Message}";

    private static long[] Bits(double[] v) => v.Select(BitConverter.DoubleToInt64Bits).ToArray();

    [Property(MaxTest = 300)]
    public bool FastAndGeneralPathsAgree(int seed)
    {
        var rng = new Random(seed);
        var path = Put("points.csv", RandomFile(rng, out var latLon));
        var fast = Read(path, latLon, fast: true);
        var general = Read(path, latLon, fast: false);
        if (fast.Problems != general.Problems) return false;
        if (fast.Points is null || general.Points is null) return fast.Points is null && general.Points is null;
        return fast.Points.Ids.SequenceEqual(general.Points.Ids)
            && Bits(fast.Points.Values).SequenceEqual(Bits(general.Points.Values))
            && Bits(fast.Points.X).SequenceEqual(Bits(general.Points.X))
            && Bits(fast.Points.Y).SequenceEqual(Bits(general.Points.Y));
    }

    [Fact]
    public void PlainFiles_TakeTheFastPath_IrregularOnes_TheGeneralPath()
    {
        static AccessPoints? Try(string path)
        {
            using var input = CsvInput.Open(path);
            return AccessPointsFastPath.TryRead(path, input, 0, 1, true, 2, 3, latLon: false);
        }
        var plain = Put("plain.csv", "id,demand,x,y\r\na,1,2.5,3\r\n\r\nb,0,-1e3,4\r\n"u8.ToArray());
        var p = Try(plain);
        Assert.NotNull(p);
        Assert.Equal(["a", "b"], p.Ids);
        Assert.Equal([1.0, 0.0], p.Values);
        Assert.Equal([2.5, -1000.0], p.X);
        Assert.Null(Try(Put("quoted.csv", "id,demand,x,y\n\"a\",1,2,3\n"u8.ToArray())));
        Assert.Null(Try(Put("space.csv", "id,demand,x,y\na, 1,2,3\n"u8.ToArray())));
        Assert.Null(Try(Put("lonecr.csv", "id,demand,x,y\na,1,2,3\rb,1,2,3\n"u8.ToArray())));
        Assert.Null(Try(Put("short.csv", "id,demand,x,y\na,1,2\n"u8.ToArray())));
        Assert.Null(Try(Put("dup.csv", "id,demand,x,y\na,1,2,3\na,1,2,3\n"u8.ToArray())));
        Assert.Null(Try(Put("umlaut.csv", Encoding.UTF8.GetBytes("id,demand,x,y\nä,1,2,3\n"))));
        // and the general path still reports the duplicate with both lines
        var ex = Assert.Throws<DataProblemException>(() => AccessCsv.ReadPoints(Path.Combine(_dir, "dup.csv"), "demand", true, "x", "y"));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal((3, 1, "a", "duplicate id (first on line 2)."), (problem.Line, problem.Column, problem.Value, problem.Message));
    }

    [Property(MaxTest = 40)]
    public bool WriteValues_EqualsCellByCellFormatting(int seed)
    {
        var rng = new Random(seed);
        int n = rng.Next(0, 6000); // crosses the 64 Ki buffer
        var ids = new string[n];
        var values = new double[n];
        for (int i = 0; i < n; i++)
        {
            ids[i] = rng.Next(50) switch
            {
                0 => "a,b",
                1 => "q\"uote",
                2 => "line\nbreak",
                3 => new string('x', rng.Next(20_000, 70_000)), // longer than the buffer
                _ => "z" + i.ToString(CultureInfo.InvariantCulture),
            };
            values[i] = rng.Next(12) switch
            {
                0 => double.NaN,
                1 => double.PositiveInfinity,
                2 => double.Epsilon * rng.Next(1, 1000),
                3 => -rng.NextDouble() * 1e300,
                4 => 0,
                5 => rng.Next(),
                _ => BitConverter.Int64BitsToDouble((long)(rng.NextDouble() * long.MaxValue)),
            };
        }
        var expected = new StringBuilder("id,value\n");
        for (int i = 0; i < n; i++) expected.Append(global::Sozialindikatoren.Text.Csv.Field(ids[i])).Append(',').Append(global::Sozialindikatoren.Text.Invariant.Number(values[i])).Append('\n');
        var w = new StringWriter(CultureInfo.InvariantCulture);
        AccessCsv.WriteValues(w, ids, values);
        return w.ToString() == expected.ToString();
    }
}
