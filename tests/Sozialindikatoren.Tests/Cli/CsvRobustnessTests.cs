using System.Text;
using Sozialindikatoren.Cli;

namespace Sozialindikatoren.Tests.Cli;

/// <summary>No stack trace reaches a user from any command that reads CSV: empty files, unterminated quotes, a 1 MB
/// field, a folder where a file is expected, an unwritable <c>--out</c>, an amount beyond the range of decimal. Invalid
/// input is exit 1 with one line per problem, usage is exit 2.</summary>
public sealed class CsvRobustnessTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("csv-robust-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var p = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(p)!);
        File.WriteAllText(p, text, new UTF8Encoding(false));
        return p;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = CliApp.Run(args, o, e); // an exception escaping fails the test
        var err = e.ToString();
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", err, StringComparison.Ordinal);
        return (code, o.ToString(), err);
    }

    private const string Meta = "iCode,Level,Parent,Direction,Weight,Type\nI1,1,Index,1,1,Indicator\nIndex,2,,1,1,Aggregate\n";
    private const string Inventory = "offering_id,offering_name,domain,provider_id,location,capacity,unit,obligation,funding_source,programme,instrument,amount_per_year,start,end\n";

    public static TheoryData<string, string> BadFiles => new()
    {
        { "empty", "" },
        { "unterminated", "a,b\n1,\"open\n" },
        { "huge-field", "a,b\n\"" + new string('x', 1_000_000) + "\",1\n" },
        { "random", "\u0001;;\"\"\"x\n\n;" },
    };

    private string[][] Commands(string file) =>
    [
        ["rates", "--input", file],
        ["index", "--data", file, "--meta", Write("meta.csv", Meta)],
        ["index", "--data", Write("idata.csv", "uCode,I1\nA,1\nB,2\n"), "--meta", file],
        ["access", "--demand", file, "--supply", Write("s.csv", "id,capacity\nX,1\n"), "--costs", Write("c.csv", "origin,destination,cost\nA,X,1\n"), "--method", "2sfca"],
        ["access", "--demand", Write("d.csv", "id,demand\nA,1\n"), "--supply", Write("s.csv", "id,capacity\nX,1\n"), "--costs", file, "--method", "2sfca"],
        ["suppress", "--input", file, "--out", Path.Combine(_dir, "out.csv")],
    ];

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void BadCsvFiles_AreExit1_WithoutStackTrace(string name, string text)
    {
        var file = Write(name + ".csv", text);
        foreach (var args in Commands(file))
        {
            var (code, _, err) = Run(args);
            Assert.True(code == 1, string.Join(' ', args[..1]) + ": exit " + code + "\n" + err);
            Assert.Contains(name + ".csv", err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AFolderWhereAFileIsExpected_IsExit1_SayingSo()
    {
        var folder = Path.Combine(_dir, "folder.csv");
        Directory.CreateDirectory(folder);
        foreach (var args in Commands(folder))
        {
            var (code, _, err) = Run(args);
            Assert.True(code == 1, args[0] + ": exit " + code + "\n" + err);
            Assert.Contains("folder", err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ValidLongFields_AreRead()
    {
        var id = new string('x', 1_000_000);
        var (code, output, err) = Run("rates", "--input", Write("long.csv", "id,count,denominator\n" + id + ",1,10\n"));
        Assert.True(code == 0, err);
        Assert.StartsWith("id,count,denominator,value,lower,upper,method\n" + id + ",1,10,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnwritableOut_IsExit1_WithThePath()
    {
        var blocker = Write("blocker", "a file, not a folder");
        var target = Path.Combine(blocker, "out.csv");
        var rates = Write("r.csv", "id,count,denominator\na,1,10\n");
        var data = Write("idata.csv", "uCode,I1\nA,1\nB,2\n");
        var meta = Write("meta.csv", Meta);
        string[][] commands =
        [
            ["rates", "--input", rates, "--out", target],
            ["index", "--data", data, "--meta", meta, "--out", target],
            ["index", "--data", data, "--meta", meta, "--stages", Path.Combine(blocker, "stages")],
            ["access", "--demand", Write("d.csv", "id,demand\nA,1\n"), "--supply", Write("s.csv", "id,capacity\nX,1\n"), "--costs", Write("c.csv", "origin,destination,cost\nA,X,1\n"), "--method", "2sfca", "--out", target],
            ["suppress", "--input", Write("t.csv", "row,col,value\nA,x,5\nA,y,6\n"), "--out", target],
        ];
        foreach (var args in commands)
        {
            var (code, _, err) = Run(args);
            Assert.True(code is 1 or 2, args[0] + ": exit " + code + "\n" + err);
            Assert.Contains("blocker", err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AmountBeyondDecimal_OrBeyondThePlausibleRange_IsExit1_InValidate()
    {
        var dir = Path.Combine(_dir, "data");
        Write("data/spaces.csv", "id,name,level\n05970040,Siegen,municipality\n");
        foreach (var amount in new[] { "1e30", "79228162514264337593543950336", "7.9e28", "2e12" })
        {
            Write("data/angebote.csv", Inventory + $"x,X,Sucht,p,05970040,1,fte,voluntary,land,P,fixedAmount,{amount},2025-01-01,2025-12-31\n"
                + $"y,Y,Sucht,p,05970040,1,fte,voluntary,land,P,fixedAmount,{amount},2025-01-01,2025-12-31\n");
            foreach (var command in new[] { "validate", "cuts", "gaps" })
            {
                var (code, _, err) = command == "validate" ? Run(command, "--data", dir) : Run(command, "--data", dir, "--out", Path.Combine(_dir, "o-" + command));
                Assert.True(code == 1, command + " " + amount + ": exit " + code + "\n" + err);
                Assert.Contains("angebote.csv, line 2", err, StringComparison.Ordinal);
                Assert.Contains("amount_per_year", err, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void UnknownEncodingOrNumberFormat_IsUsage()
    {
        var rates = Write("r.csv", "id,count,denominator\na,1,10\n");
        Assert.Equal(2, Run("rates", "--input", rates, "--encoding", "latin9").Code);
        Assert.Equal(2, Run("rates", "--input", rates, "--number-format", "fr").Code);
        Assert.Equal(0, Run("rates", "--input", rates, "--encoding", "windows-1252", "--number-format", "invariant").Code);
    }
}
