using System.CommandLine;
using Sozialindikatoren.Cli;
using Sozialindikatoren.Data;
using Sozialindikatoren.Data.Json;
using static Sozialindikatoren.Tests.Cli.CliRun;

namespace Sozialindikatoren.Tests.Cli;

/// <summary>Issue 16 point 10 through the commands: no command replaces an input, foreign files only with --force, no empty output after a failure.</summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("output-safety-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var p = Path.Combine(_dir, name);
        File.WriteAllText(p, text);
        return p;
    }

    [Fact]
    public void Rates_RefusesAnInputNamedThroughSymbolicLinks_EvenWithForce()
    {
        // Bug: the check compared paths as text, so an output through a linked folder, or an input given as a link,
        // replaced the input (exit 0).
        var real = Directory.CreateDirectory(Path.Combine(_dir, "real")).FullName;
        var input = Path.Combine(real, "in.csv");
        File.WriteAllText(input, "id,count,denominator\na,5,1000\n");
        var linkedFolder = Path.Combine(_dir, "linked");
        Directory.CreateSymbolicLink(linkedFolder, real);
        var before = File.ReadAllBytes(input);

        var (code, _, err) = Run("rates", "--input", input, "--out", Path.Combine(linkedFolder, "in.csv"), "--force");
        Assert.Equal(2, code);
        Assert.Contains("would replace an input", err, StringComparison.Ordinal);

        var result = Path.Combine(real, "res.csv");
        Assert.Equal(0, Run("rates", "--input", input, "--out", result).Code);
        var resultBefore = File.ReadAllBytes(result);
        var link = Path.Combine(_dir, "reslink.csv");
        File.CreateSymbolicLink(link, result);
        Assert.Equal(2, Run("rates", "--input", link, "--out", result).Code);                                  // input is a link
        Assert.Equal(2, Run("rates", "--input", result, "--out", Path.Combine(linkedFolder, "res.csv")).Code); // output through a link
        var relative = Path.Combine(_dir, "relative");
        Directory.CreateSymbolicLink(relative, "real");                                                          // a relative link target
        Assert.Equal(2, Run("rates", "--input", input, "--out", Path.Combine(relative, "in.csv"), "--force").Code);
        Assert.Equal(before, File.ReadAllBytes(input));
        Assert.Equal(resultBefore, File.ReadAllBytes(result));
    }

    [Fact]
    public void Cuts_DefaultsToItsOwnOutputFolder()
    {
        var parse = CliApp.Build(TextWriter.Null, TextWriter.Null).Parse(["cuts"]);
        Assert.Equal("sozialindikatoren-ausgabe", parse.GetValue<string>("--out"));
    }

    [Fact]
    public void Cuts_RefusesToReplaceItsInput_EvenWithForce_AndForeignFilesWithoutForce()
    {
        // A data set that happens to be called like one of the outputs, inside the output folder.
        var data = Path.Combine(_dir, "summary.json");
        using (var f = File.Create(data)) PlanningDataJson.Write(Cuts.CutsFixture.Data(), f);
        var before = File.ReadAllBytes(data);
        var (code, _, err) = Run("cuts", "--data", data, "--draws", "0", "--out", _dir, "--force");
        Assert.Equal(2, code);
        Assert.Contains("input", err, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(data));
        Assert.False(File.Exists(Path.Combine(_dir, "offerings.csv")));   // all outputs checked before the first write

        var outDir = Path.Combine(_dir, "out");
        Directory.CreateDirectory(outDir);
        var foreign = Path.Combine(outDir, "spaces.csv");
        File.WriteAllText(foreign, "my own spaces\n");
        Assert.Equal(2, Run("cuts", "--data", data, "--draws", "0", "--out", outDir).Code);
        Assert.Equal("my own spaces\n", File.ReadAllText(foreign));
        Assert.Equal(0, Run("cuts", "--data", data, "--draws", "0", "--out", outDir, "--force").Code);
        Assert.Equal(0, Run("cuts", "--data", data, "--draws", "0", "--out", outDir).Code);   // a rerun into our folder
        Assert.True(File.Exists(Path.Combine(outDir, OutputFolder.ManifestName)));
    }

    [Fact]
    public void Rates_RefusesToOverwriteItsInput()
    {
        const string text = "id,count,denominator\nA,3,100\n";
        var input = Write("rates.csv", text);
        Assert.Equal(2, Run("rates", "--input", input, "--out", input, "--force").Code);
        Assert.Equal(text, File.ReadAllText(input));
    }

    [Fact]
    public void Access_ThatFails_LeavesNoOutputFile()
    {
        var demand = Write("demand.csv", "id,demand\nA,100\n");
        var supply = Write("supply.csv", "id,capacity\nX,10\n");
        var costs = Write("costs.csv", "origin,destination,cost\nA,X,5\n");
        var output = Path.Combine(_dir, "access.csv");
        var (code, _, err) = Run("access", "--demand", demand, "--supply", supply, "--costs", costs, "--method", "huff", "--alpha", "-1", "--out", output);
        Assert.Equal(1, code);
        Assert.Contains("alpha", err, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Equal(0, Run("access", "--demand", demand, "--supply", supply, "--costs", costs, "--method", "2sfca", "--out", output).Code);
        Assert.StartsWith("id,value\n", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.Equal(2, Run("access", "--demand", demand, "--supply", supply, "--costs", costs, "--out", demand).Code);
    }

    [Fact]
    public void Access_OutArrow_WritesIdValue_NullForNoAccess_RefusesHuffAndForeignFiles()
    {
        var demand = Write("demand.csv", "id,demand\nA,100\nB,50\n");
        var supply = Write("supply.csv", "id,capacity\nX,10\n");
        var costs = Write("costs.csv", "origin,destination,cost\nA,X,5\n");
        var output = Path.Combine(_dir, "access.feather");
        Assert.Equal(0, Run("access", "--demand", demand, "--supply", supply, "--costs", costs, "--method", "2sfca", "--out", output).Code);
        using (var reader = new Apache.Arrow.Ipc.ArrowFileReader(File.OpenRead(output)))
        {
            var batch = reader.ReadNextRecordBatch()!;
            var ids = (Apache.Arrow.StringArray)batch.Column("id");
            var values = (Apache.Arrow.DoubleArray)batch.Column("value");
            Assert.Equal(["A", "B"], new[] { ids.GetString(0), ids.GetString(1) });
            Assert.Equal(10.0 / 100, values.GetValue(0));
            Assert.Null(values.GetValue(1));
        }
        // Replacing our own Arrow file is allowed; huff (three columns) is a usage error; a foreign file needs --force.
        Assert.Equal(0, Run("access", "--demand", demand, "--supply", supply, "--costs", costs, "--method", "2sfca", "--out", output).Code);
        Assert.Equal(2, Run("access", "--demand", demand, "--supply", supply, "--costs", costs, "--method", "huff", "--out", output).Code);
        var foreign = Write("notes.arrow", "my notes");
        Assert.Equal(2, Run("access", "--demand", demand, "--supply", supply, "--costs", costs, "--method", "2sfca", "--out", foreign).Code);
        Assert.Equal("my notes", File.ReadAllText(foreign));
    }
}
