using Sozialindikatoren.Data;
using Sozialindikatoren.Data.Csv;

namespace Sozialindikatoren.Tests.Data;

/// <summary>The flat duplicate check of the <c>rates</c> stream: a fixed Bloom filter, suspects confirmed by re-reading
/// (issue 16.3: a repeated id is an error naming both lines; a hash collision is never reported).</summary>
public sealed class DuplicateKeyDetectorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dupkeys-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private List<(int Line, int First, string Id)> Run(string csv, DuplicateKeyDetector detector)
    {
        var path = Path.Combine(_dir, "t.csv");
        File.WriteAllText(path, csv);
        using (var input = CsvInput.Open(path))
            while (input.Read()) detector.Add(input.Span(0).Trim());
        var found = new List<(int, int, string)>();
        detector.Confirm(() => CsvInput.Open(path), 0, (l, f, id) => found.Add((l, f, id)));
        return found;
    }

    [Fact]
    public void RealRepeat_IsReportedWithBothLines()
    {
        var found = Run("id,count\na,1\nb,2\n\"multi\nline\",3\na,4\n", new DuplicateKeyDetector());
        Assert.Equal([(6, 2, "a")], found);
    }

    [Fact]
    public void HashCollisions_AreNotRepeats()
    {
        // Every id has the same hash: each row after the first is a suspect, none is a repeat except the real one.
        var detector = new DuplicateKeyDetector(_ => 42);
        var found = Run("id,count\na,1\nb,2\nc,3\nb,4\na,5\nb,6\n", detector);
        Assert.Equal([(5, 3, "b"), (6, 2, "a"), (7, 3, "b")], found);
    }

    [Fact]
    public void ManyDistinctIds_InTheDefaultFilter_AreNoSuspects()
    {
        var detector = new DuplicateKeyDetector();
        for (var i = 0; i < 200_000; i++) detector.Add(("id" + i).AsSpan());
        Assert.Equal(200_000, detector.Count);
        Assert.False(detector.HasSuspects);
        detector.Add("id123".AsSpan());
        Assert.True(detector.HasSuspects);
    }

    [Fact]
    public void Hash64_DependsOnEveryCharacter()
    {
        Assert.NotEqual(DuplicateKeyDetector.Hash64("05970040"), DuplicateKeyDetector.Hash64("05970041"));
        Assert.NotEqual(DuplicateKeyDetector.Hash64("ab"), DuplicateKeyDetector.Hash64("ba"));
        Assert.NotEqual(DuplicateKeyDetector.Hash64("\u0100"), DuplicateKeyDetector.Hash64("\u0001"));
    }

    /// <summary>Adding ids in batches (with the prefetch) reports the same repeats as adding them one by one, in an
    /// overfull filter where most ids are suspects.</summary>
    [Fact]
    public void BatchAdd_ReportsTheSameRepeatsAsOneByOne()
    {
        var rows = new System.Text.StringBuilder("id,count\n");
        for (var i = 0; i < 3_000; i++) rows.Append("id").Append(i % 2_900).Append(",1\n");
        var one = new DuplicateKeyDetector(log2Bits: 12);
        var expected = Run(rows.ToString(), one);
        var batch = new DuplicateKeyDetector(log2Bits: 12);
        var path = Path.Combine(_dir, "t.csv");
        var hashes = new List<ulong>();
        using (var input = CsvInput.Open(path))
            while (input.Read()) hashes.Add(batch.Hash(input.Span(0).Trim()));
        for (var i = 0; i < hashes.Count; i += 1_000) batch.AddHashes(hashes.Skip(i).Take(1_000).ToArray());
        var found = new List<(int, int, string)>();
        batch.Confirm(() => CsvInput.Open(path), 0, (l, f, id) => found.Add((l, f, id)));
        Assert.Equal(100, expected.Count);
        Assert.Equal(expected, found);
        Assert.Equal(one.Count, batch.Count);
    }

    [Fact]
    public void FilterSize_OutsideItsRange_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DuplicateKeyDetector(log2Bits: 8));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DuplicateKeyDetector(log2Bits: 37));
    }

    /// <summary>A filter far too small for its ids (1,024 bits for 5,000 ids) makes most ids suspects: memory stays the
    /// filter's, and the confirming read still reports exactly the real repeats, with their first lines.</summary>
    [Fact]
    public void OverfullFilter_StillReportsExactlyTheRealRepeats()
    {
        var rows = new System.Text.StringBuilder("id,count\n");
        for (var i = 0; i < 5_000; i++) rows.Append("id").Append(i).Append(",1\n");
        rows.Append("id17,2\nid4999,3\n");
        var detector = new DuplicateKeyDetector(log2Bits: 10);
        var found = Run(rows.ToString(), detector);
        Assert.Equal([(5_002, 19, "id17"), (5_003, 5_001, "id4999")], found);
    }
}
