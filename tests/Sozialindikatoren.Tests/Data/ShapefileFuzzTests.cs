using System.Buffers.Binary;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Geo;

namespace Sozialindikatoren.Tests.Data;

/// <summary>The shapefile boundary reader, fed mutated <c>.shp</c> bytes (fixed seed): each case ends quickly, either read or
/// with a located <see cref="DataProblemException"/>; nothing else escapes and nothing hangs.</summary>
public sealed class ShapefileFuzzTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("shpfuzz-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Regression: one byte that turned a polygon's point count into 2,030,043,142 (in a 144-byte record) made the
    /// reader run for minutes; it is now a problem naming the record and its point count.</summary>
    [Fact]
    public void PointCountBeyondTheRecord_IsALocatedProblem()
    {
        var shp = GeoTestFiles.WriteShapefile(_dir, "grenzen");
        var bytes = File.ReadAllBytes(shp);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(100 + 8 + 40), 2_030_043_142); // record 1: numPoints
        File.WriteAllBytes(shp, bytes);
        var ex = Assert.Throws<DataProblemException>(() => BoundaryFile.Read(shp));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal("grenzen.shp", problem.Source);
        Assert.Equal("record 1.points", problem.Field);
        Assert.Equal("2030043142", problem.Value);
    }

    [Fact]
    public async Task MutatedShp_EndsQuicklyWithDataOrLocatedProblem()
    {
        var shp = GeoTestFiles.WriteShapefile(_dir, "grenzen");
        var original = File.ReadAllBytes(shp);
        var rng = new Random(3);
        for (int n = 0; n < 300; n++)
        {
            var bytes = (byte[])original.Clone();
            for (int m = rng.Next(1, 4); m > 0; m--) bytes[rng.Next(bytes.Length)] = (byte)rng.Next(256);
            if (n % 10 == 9) bytes = bytes[..rng.Next(bytes.Length)]; // truncated
            File.WriteAllBytes(shp, bytes);
            var read = Task.Run(() =>
            {
                try { BoundaryFile.Read(shp); return null; }
                catch (DataProblemException) { return null; }
                catch (Exception e) { return $"case {n}: {e.GetType().Name}: {e.Message}"; }
            }, TestContext.Current.CancellationToken);
            var failure = await read.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
            Assert.Null(failure);
        }
    }
}
