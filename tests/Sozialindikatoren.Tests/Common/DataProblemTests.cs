using Sozialindikatoren.Common;

namespace Sozialindikatoren.Tests.Common;

public sealed class DataProblemTests
{
    [Fact]
    public void ToString_NamesPlaceFieldValueAndMessage()
    {
        var p = new DataProblem("angebote.csv", 12, 4, "capacity", "1,2,3", "not a number");
        Assert.Equal("angebote.csv, line 12, column 4 (capacity), value '1,2,3': not a number", p.ToString());
        Assert.Equal(ProblemSeverity.Error, p.Severity);
    }

    [Fact]
    public void ToString_LeavesOutWhatIsNotKnown()
    {
        Assert.Equal("dataset.json: $.offerings[3] (amount): must be > 0", new DataProblem("dataset.json: $.offerings[3]", "amount", null, "must be > 0").ToString());
        Assert.Equal("<input>: empty", new DataProblem("", null, null, "empty").ToString());
        Assert.Equal("x.csv, line 2, value '': empty value", new DataProblem("x.csv", 2, 0, "", "", "empty value").ToString());
    }

    [Fact]
    public void Severity_IsShownForWarningsAndNotes()
    {
        var p = new DataProblem("x.csv", 3, 0, "count", "7", "suspicious") { Severity = ProblemSeverity.Warning };
        Assert.StartsWith("warning: x.csv, line 3", p.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("note: ", (p with { Severity = ProblemSeverity.Note }).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Within_PrefixesTheSourceAndKeepsTheRest()
    {
        var p = new DataProblem("spaces.csv", 5, 2, "id", "x", "duplicate") { Severity = ProblemSeverity.Warning };
        var q = p.Within("daten");
        Assert.Equal(p with { }, p);
        Assert.Equal(new DataProblem("daten: spaces.csv", 5, 2, "id", "x", "duplicate") { Severity = ProblemSeverity.Warning }, q);
        Assert.Same(p, p.Within(""));
        Assert.Equal("daten", new DataProblem("", null, null, "m").Within("daten").Source);
    }

    [Fact]
    public void Constructor_RejectsBadArguments()
    {
        Assert.Throws<ArgumentException>(() => new DataProblem("x", 0, 0, null, null, " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DataProblem("x", -1, 0, null, null, "m"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DataProblem("x", 0, -1, null, null, "m"));
        Assert.Throws<ArgumentNullException>(() => new DataProblem(null!, null, null, "m"));
    }

    [Fact]
    public void Exception_CarriesEveryProblemAndListsThemInTheMessage()
    {
        var problems = Enumerable.Range(1, 25).Select(i => new DataProblem("a.csv", i, 0, "f", null, "bad")).ToArray();
        var e = new DataProblemException(problems);
        Assert.Equal(problems, e.Problems);
        Assert.StartsWith("25 problems:", e.Message, StringComparison.Ordinal);
        Assert.Contains("a.csv, line 20 (f): bad", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("line 21 ", e.Message, StringComparison.Ordinal);
        Assert.Contains("... and 5 more", e.Message, StringComparison.Ordinal);
        Assert.Equal(problems[0].ToString(), new DataProblemException(problems[0]).Message);
        Assert.Throws<ArgumentException>(() => new DataProblemException(Array.Empty<DataProblem>()));
        Assert.Single(new DataProblemException("plain").Problems);
    }
}
