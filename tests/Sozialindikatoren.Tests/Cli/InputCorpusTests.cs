using System.Globalization;
using System.Text;
using Sozialindikatoren.Cli;

namespace Sozialindikatoren.Tests.Cli;

/// <summary>
/// Runs the CLI in-process on every input of <see cref="InputCorpus"/> and classifies each run as clear (a valid input
/// accepted, or an error/warning naming file, place and value), unclear error, stack trace, silently accepted, wrong
/// with exit 0, or a valid input rejected (issue #16). The bad classes must be zero; the counts per format are written
/// to the test output (docs/data-format.md, "Fehlerbehandlung", has them before and after).
/// </summary>
public sealed class InputCorpusTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("corpus-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static (CorpusOutcome Outcome, string Text) Classify(CorpusCase c, string dir)
    {
        var args = c.Setup(dir);
        var o = new StringWriter();
        var e = new StringWriter();
        int code;
        try
        {
            code = CliApp.Run(args, o, e);
        }
        catch (Exception ex)
        {
            return (CorpusOutcome.StackTrace, ex.GetType().Name + ": " + ex.Message);
        }
        var err = e.ToString();
        var all = err + o;
        if (all.Contains("   at ", StringComparison.Ordinal) || all.Contains("Exception", StringComparison.Ordinal))
            return (CorpusOutcome.StackTrace, err);
        var located = c.Needles.All(n => n.Split('|').Any(alt => alt.Length == 0 || err.Contains(alt, StringComparison.OrdinalIgnoreCase)));
        var outcome = c.Expect switch
        {
            CorpusExpectation.Valid => code == 0 ? CorpusOutcome.Clear : CorpusOutcome.ValidRejected,
            CorpusExpectation.Error => code == 0 ? CorpusOutcome.WrongExit0 : located ? CorpusOutcome.Clear : CorpusOutcome.Unclear,
            _ => code != 0 ? (located ? CorpusOutcome.Clear : CorpusOutcome.Unclear)
                : located && (err.Contains("warning", StringComparison.OrdinalIgnoreCase) || err.Contains("note:", StringComparison.Ordinal)) ? CorpusOutcome.Clear : CorpusOutcome.SilentlyAccepted,
        };
        return (outcome, string.Create(CultureInfo.InvariantCulture, $"exit {code}: {err}"));
    }

    [Fact]
    public void TheCorpusHasAtLeastAHundredCases_OverTheEightFormats()
    {
        Assert.True(InputCorpus.All.Count >= 100, InputCorpus.All.Count.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(8, InputCorpus.All.Select(c => c.Format).Distinct().Count());
        Assert.Equal(InputCorpus.All.Count, InputCorpus.All.Select(c => c.ToString()).Distinct().Count());
    }

    [Fact]
    public void EveryInput_GivesAClearResult_NeverAStackTraceASilentOrAWrongExit0()
    {
        var results = new List<(CorpusCase Case, CorpusOutcome Outcome, string Text)>();
        for (var i = 0; i < InputCorpus.All.Count; i++)
        {
            var c = InputCorpus.All[i];
            var dir = Path.Combine(_dir, i.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(dir);
            var (outcome, text) = Classify(c, dir);
            results.Add((c, outcome, text));
        }
        var table = new StringBuilder("format | cases | " + string.Join(" | ", Enum.GetNames<CorpusOutcome>()) + "\n");
        foreach (var g in results.GroupBy(r => r.Case.Format).Append(results.GroupBy(_ => "all").Single()))
            table.Append(g.Key).Append(" | ").Append(g.Count()).Append(" | ")
                .AppendJoin(" | ", Enum.GetValues<CorpusOutcome>().Select(o => g.Count(r => r.Outcome == o))).Append('\n');
        output.WriteLine(table.ToString());
        var bad = results.Where(r => r.Outcome != CorpusOutcome.Clear).ToArray();
        foreach (var b in bad) output.WriteLine($"{b.Outcome}: {b.Case}: {b.Text.Trim().Replace('\n', ' ')}");
        Assert.True(bad.Length == 0, table + string.Join("\n", bad.Select(b => $"{b.Outcome}: {b.Case}: {Shorten(b.Text)}")));
    }

    private static string Shorten(string s)
    {
        s = s.Trim().Replace('\n', ' ');
        return s.Length <= 400 ? s : s[..400] + "…";
    }
}
