using Sozialindikatoren.Data;

namespace Sozialindikatoren.Tests.Data;

/// <summary>Issue 16 point 10: inputs kept safe. One test per rule of <see cref="OutputFolder"/>.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("output-folder-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var p = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(p)!);
        File.WriteAllText(p, text);
        return p;
    }

    [Fact]
    public void WriteAll_WritesFilesAndManifest_AndARerunReplacesOurOwnFiles()
    {
        var outDir = Path.Combine(_dir, "out");
        var folder = new OutputFolder(outDir, []);
        folder.WriteAll([("a.csv", "x\n1\n"), ("b.json", "{}")]);
        Assert.Equal("x\n1\n", File.ReadAllText(Path.Combine(outDir, "a.csv")));
        var manifest = File.ReadAllText(Path.Combine(outDir, OutputFolder.ManifestName));
        Assert.Contains("\"a.csv\"", manifest, StringComparison.Ordinal);
        Assert.Contains("\"b.json\"", manifest, StringComparison.Ordinal);
        new OutputFolder(outDir, []).WriteAll([("a.csv", "x\n2\n")]);
        Assert.Equal("x\n2\n", File.ReadAllText(Path.Combine(outDir, "a.csv")));
        Assert.Contains("\"b.json\"", File.ReadAllText(Path.Combine(outDir, OutputFolder.ManifestName)), StringComparison.Ordinal);
        Assert.Equal(3, Directory.GetFiles(outDir).Length); // no temporary files left
    }

    [Fact]
    public void AFileReadAsInput_IsNeverReplaced_EvenWithForce()
    {
        var spaces = Write("data/spaces.csv", "id\nA\n");
        var folder = new OutputFolder(Path.Combine(_dir, "data"), [Path.Combine(_dir, "data")], force: true);
        var e = Assert.Throws<OutputRefusedException>(() => folder.WriteAll([("report.md", "r"), ("spaces.csv", "evil")]));
        Assert.Equal(OutputRefusal.ReplacesInput, e.Reason);
        Assert.Equal("id\nA\n", File.ReadAllText(spaces));
        Assert.False(File.Exists(Path.Combine(_dir, "data", "report.md")));   // checked before the first write
        var single = Assert.Throws<OutputRefusedException>(() => OutputFolder.WriteFile(spaces, [spaces], force: true, w => w.Write("id\n")));
        Assert.Equal(OutputRefusal.ReplacesInput, single.Reason);
        Assert.Equal("id\nA\n", File.ReadAllText(spaces));
    }

    [Fact]
    public void AForeignFile_IsRefused_UnlessForce()
    {
        var foreign = Write("out/a.csv", "someone else's\n");
        var e = Assert.Throws<OutputRefusedException>(() => new OutputFolder(Path.Combine(_dir, "out"), []).WriteAll([("a.csv", "ours")]));
        Assert.Equal(OutputRefusal.NotOurs, e.Reason);
        Assert.Equal("someone else's\n", File.ReadAllText(foreign));
        new OutputFolder(Path.Combine(_dir, "out"), [], force: true).WriteAll([("a.csv", "ours")]);
        Assert.Equal("ours", File.ReadAllText(foreign));
    }

    [Fact]
    public void AForeignManifest_IsRefused_UnlessForce()
    {
        Write("out/" + OutputFolder.ManifestName, "not json");
        var e = Assert.Throws<OutputRefusedException>(() => new OutputFolder(Path.Combine(_dir, "out"), []).WriteAll([("a.csv", "ours")]));
        Assert.Equal(OutputRefusal.NotOurs, e.Reason);
    }

    [Fact]
    public void SingleFile_IsOursWhenItStartsWithOurHeader()
    {
        var path = Write("t.csv", "row,col,value,status\nA,B,,primary\n");
        OutputFolder.WriteFile(path, [], force: false, w => w.Write("row,col,value,status\n"));
        Assert.Equal("row,col,value,status\n", File.ReadAllText(path));
        var other = Write("u.csv", "row,col,value,status,extra\n");
        Assert.Equal(OutputRefusal.NotOurs, Assert.Throws<OutputRefusedException>(() => OutputFolder.WriteFile(other, [], false, w => w.Write("row,col,value,status\n"))).Reason);
        Assert.Equal("row,col,value,status,extra\n", File.ReadAllText(other));
        Assert.Equal(2, Directory.GetFiles(_dir).Length);   // no temporary file left
        Assert.Equal(OutputRefusal.NotOurs, Assert.Throws<OutputRefusedException>(() => OutputFolder.CheckFile(other, "row,col,value,status", [])).Reason);
        OutputFolder.CheckFile(other, "row,col,value,status", [], force: true);
    }

    [Fact]
    public void AFailedWrite_LeavesNoFile_AndKeepsTheOldOne()
    {
        var path = Path.Combine(_dir, "result.csv");
        Assert.Throws<InvalidOperationException>(() => OutputFolder.WriteFile(path, [], false, w => { w.Write("h\npartial"); throw new InvalidOperationException("boom"); }));
        Assert.False(File.Exists(path));
        File.WriteAllText(path, "h\nold\n");
        Assert.Throws<InvalidOperationException>(() => OutputFolder.WriteFile(path, [], false, w => { w.Write("h\nnew"); throw new InvalidOperationException("boom"); }));
        Assert.Equal("h\nold\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_dir));
    }

    [Fact]
    public void WrongKinds_AreRefused()
    {
        var file = Write("plain.txt", "x");
        Assert.Equal(OutputRefusal.WrongKind, Assert.Throws<OutputRefusedException>(() => new OutputFolder(file, []).WriteAll([("a", "b")])).Reason);
        Assert.Equal(OutputRefusal.WrongKind, Assert.Throws<OutputRefusedException>(() => OutputFolder.CheckFile(_dir, "h", [])).Reason);
        Assert.Throws<ArgumentException>(() => new OutputFolder(_dir, []).WriteAll([("../escape.csv", "x")]));
    }
}
