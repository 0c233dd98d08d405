using System.Globalization;
using Sozialindikatoren.Cli.Commands;
using C = global::Sozialindikatoren.Composite;

namespace Sozialindikatoren.Tests.Composite;

/// <summary>Reads the COINr ASEM fixtures (TestData/asem, see its README.md).</summary>
internal static class AsemFixture
{
    public static string Dir => Path.Combine(AppContext.BaseDirectory, "TestData", "asem");

    public static string PathOf(string name) => Path.Combine(Dir, name);

    /// <summary>A CSV as header + rows of raw strings (the fixtures never quote inside numeric stage files).</summary>
    public static (string[] Header, List<string[]> Rows) ReadRaw(string name)
    {
        var lines = File.ReadAllLines(PathOf(name)).Where(l => l.Length > 0).ToArray();
        return (lines[0].Split(','), lines.Skip(1).Select(l => l.Split(',')).ToList());
    }

    /// <summary>A stage file as uCode → column → value (NaN = empty).</summary>
    public static Dictionary<string, Dictionary<string, double>> ReadStage(string name)
    {
        var (header, rows) = ReadRaw(name);
        var result = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var d = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var j = 1; j < header.Length; j++)
                d[header[j]] = r[j].Length == 0 ? double.NaN : double.Parse(r[j], CultureInfo.InvariantCulture);
            result[r[0]] = d;
        }
        return result;
    }

    public static C.IndexFramework Framework()
    {
        var problems = new List<Sozialindikatoren.Common.DataProblem>();
        var fw = Sozialindikatoren.Data.CompositeCsv.ReadFramework(PathOf("asem_imeta.csv"), problems);
        Assert.DoesNotContain(problems, p => p.Severity == Sozialindikatoren.Common.ProblemSeverity.Error);
        return fw!;
    }

    public static C.CompositeData Data(C.IndexFramework fw)
    {
        var problems = new List<Sozialindikatoren.Common.DataProblem>();
        var data = Sozialindikatoren.Data.CompositeCsv.ReadData(PathOf("asem_idata.csv"), fw, denominate: true, group: "EurAsia_group", problems);
        Assert.DoesNotContain(problems, p => p.Severity == Sozialindikatoren.Common.ProblemSeverity.Error);
        return data!;
    }

    /// <summary>Asserts that every cell of a stage equals the table within the tolerance (missing = missing).</summary>
    public static void AssertStage(string file, C.IndicatorTable table, double tolerance = 1e-9)
    {
        var expected = ReadStage(file);
        Assert.Equal(expected.Count, table.UnitCount);
        var compared = 0;
        foreach (var (unit, cols) in expected)
        {
            var i = table.UnitIndexOf(unit);
            Assert.True(i >= 0, $"{file}: unit {unit} missing from the result");
            foreach (var (code, e) in cols)
            {
                var j = table.IndexOf(code);
                Assert.True(j >= 0, $"{file}: column {code} missing from the result");
                var a = table[i, j];
                if (double.IsNaN(e)) Assert.True(double.IsNaN(a), $"{file}: {unit}/{code} expected missing, was {a}");
                else Assert.True(Math.Abs(a - e) <= tolerance, $"{file}: {unit}/{code} expected {e:R}, was {a:R} (diff {Math.Abs(a - e):E2})");
                compared++;
            }
        }
        Assert.True(compared > 0);
    }
}
