using System.IO.Compression;
using System.Text;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data;
using Sozialindikatoren.Data.Geo;
using Sozialindikatoren.Data.Json;

namespace Sozialindikatoren.Tests.Data;

/// <summary>
/// The readers that are not plain CSV — the JSON data set, the scenario JSON, the .xlsx workbook and the boundary
/// files (GeoJSON, shapefile) — fed mutations of a valid file and random bytes (fixed seeds): each either reads or
/// throws <see cref="DataProblemException"/> with problems that say what is wrong; no other exception escapes
/// (issue 16, Tests). <c>CsvReaderFuzzTests</c> and <c>OfficialTableFuzzTests</c> cover the CSV readers and GENESIS.
/// Open: the shapefile reader (NetTopologySuite) did not finish within 150 s on mutated .shp/.shx/.dbf files in a first
/// attempt, so shapefiles are not fuzzed here yet.
/// </summary>
public sealed class WholeFileReaderFuzzTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("wholefuzz-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly byte[] Specials = [(byte)'"', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)':', (byte)'<', (byte)'>', (byte)'/',
        (byte)'-', (byte)'e', (byte)'.', (byte)'0', (byte)'9', 0xFF, 0xC3, 0x80, 0, (byte)'\n', (byte)'\\'];

    /// <summary>1-4 edits: replace, insert, delete, truncate, a random byte, a run of digits, or a doubled block.</summary>
    internal static byte[] Mutate(byte[] valid, Random rng)
    {
        var bytes = new List<byte>(valid);
        var edits = rng.Next(1, 5);
        for (var k = 0; k < edits && bytes.Count > 0; k++)
        {
            var at = rng.Next(bytes.Count);
            switch (rng.Next(7))
            {
                case 0: bytes[at] = Specials[rng.Next(Specials.Length)]; break;
                case 1: bytes.Insert(at, Specials[rng.Next(Specials.Length)]); break;
                case 2: bytes.RemoveRange(at, Math.Min(bytes.Count - at, rng.Next(1, 40))); break;
                case 3: bytes.RemoveRange(at, bytes.Count - at); break; // truncate
                case 4: bytes[at] = (byte)rng.Next(256); break;
                case 5: bytes.InsertRange(at, Encoding.ASCII.GetBytes(new string('9', rng.Next(1, 400)))); break;
                default:
                    var len = Math.Min(bytes.Count - at, rng.Next(1, 200));
                    bytes.InsertRange(at, bytes.GetRange(at, len));
                    break;
            }
        }
        return [.. bytes];
    }

    private string Put(string name, byte[] bytes)
    {
        var p = Path.Combine(_dir, name);
        File.WriteAllBytes(p, bytes);
        return p;
    }

    private static void ReadOrReject(Action read)
    {
        try
        {
            read();
        }
        catch (DataProblemException e)
        {
            Assert.NotEmpty(e.Problems);
            Assert.All(e.Problems, p => Assert.True(p.Line >= 0 && p.Column >= 0 && p.Message.Length > 0 && p.Source.Length > 0, p.ToString()));
        }
    }

    /// <summary>The valid file reads; then <paramref name="mutations"/> mutated files and some random ones.</summary>
    private void Fuzz(string name, byte[] valid, Action<string> read, int mutations, int seed, int random = 20)
    {
        read(Put(name, valid));
        var rng = new Random(seed);
        for (var i = 0; i < mutations; i++)
        {
            var path = Put(name, Mutate(valid, rng));
            ReadOrReject(() => read(path));
        }
        for (var i = 0; i < random; i++)
        {
            var bytes = new byte[rng.Next(0, 400)];
            rng.NextBytes(bytes);
            var path = Put(name, bytes);
            ReadOrReject(() => read(path));
        }
        var empty = Put(name, []);
        ReadOrReject(() => read(empty));
    }

    [Fact]
    public void JsonDataSet_MutatedAndRandom_OnlyDataProblemExceptionEscapes()
    {
        var valid = Encoding.UTF8.GetBytes(PlanningDataJson.WriteString(Sozialindikatoren.Samples.SiegenWittgenstein.Load()));
        Fuzz("dataset.json", valid, p => PlanningDataJson.ReadFile(p), 60, 16_01);
    }

    private const string Scenario = """
        {"format": "sozialindikatoren/cut-scenario", "version": 1, "name": "T", "lines": [
          {"label": "L", "source": "land", "programmes": ["*"], "percent": 20, "effectiveFrom": "2025-01-01", "status": "assumption", "note": "n"},
          {"label": "M", "source": "bund", "programmes": ["Frühe Hilfen"], "domains": ["KinderJugend"], "spaces": ["05970040"], "amountPerYear": 12000.5, "effectiveFrom": "2026-01-01", "status": "sourced", "note": "Haushalt"}]}
        """;

    [Fact]
    public void ScenarioJson_MutatedAndRandom_OnlyDataProblemExceptionEscapes() =>
        Fuzz("scenario.json", Encoding.UTF8.GetBytes(Scenario), p => CutScenarioJson.ReadFile(p), 300, 16_02);

    [Fact]
    public void Workbook_MutatedBytesAndMutatedSheetXml_OnlyDataProblemExceptionEscapes()
    {
        byte[] valid;
        using (var ms = new MemoryStream())
        {
            WorkbookTemplate.Write(ms);
            valid = ms.ToArray();
        }
        // Bytes of the zip package (mostly a broken package) …
        Fuzz("daten.xlsx", valid, p => PlanningDataSource.Load(p), 40, 16_03, random: 10);
        // … and mutations of the XML inside an intact package: bad cells, broken shared strings, styles and sheets.
        var rng = new Random(16_04);
        string[] entries;
        using (var zip = new ZipArchive(new MemoryStream(valid), ZipArchiveMode.Read)) entries = [.. zip.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".xml", StringComparison.Ordinal))];
        for (var i = 0; i < 120; i++)
        {
            var entry = entries[rng.Next(entries.Length)];
            var path = Put("daten.xlsx", Rezip(valid, entry, b => Mutate(b, rng)));
            ReadOrReject(() => PlanningDataSource.Load(path));
        }
    }

    private static byte[] Rezip(byte[] package, string entry, Func<byte[], byte[]> change)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var e in source.Entries)
            {
                using var ms = new MemoryStream();
                using (var s = e.Open()) s.CopyTo(ms);
                var bytes = e.FullName == entry ? change(ms.ToArray()) : ms.ToArray();
                using var t = target.CreateEntry(e.FullName).Open();
                t.Write(bytes);
            }
        }
        return output.ToArray();
    }

    [Fact]
    public void GeoJson_MutatedAndRandom_OnlyDataProblemExceptionEscapes() =>
        Fuzz("grenzen.geojson", File.ReadAllBytes(GeoTestFiles.MusterkreisGeoJson), p => BoundaryFile.Read(p), 300, 16_05);
}
