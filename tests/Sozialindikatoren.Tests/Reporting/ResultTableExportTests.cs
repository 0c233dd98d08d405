using System.Text;
using Sozialindikatoren.Analysis;
using Sozialindikatoren.Cli;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Monitoring;
using Sozialindikatoren.Reporting;
using Sozialindikatoren.Text;
using Sample = Sozialindikatoren.Samples.SiegenWittgenstein;

namespace Sozialindikatoren.Tests.Reporting;

/// <summary>The table export of the results (issue 13, Packaging): <c>ToTable()</c>/<c>ToTables()</c> give the tables the
/// CLI writes — the same header as the CSV the CLI writes, and <c>ToCsv()</c> byte for byte the file the library writes.</summary>
public sealed class ResultTableExportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("result-tables-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly Lazy<CommitteeReportResult> Report = new(() => CommitteeReport.Build(
        PlanningAnalysis.Run(Sample.Load(), new PlanningAnalysisOptions(cuts: new CutOptions { Draws = 50, Seed = 3 }, budgetPerYear: 150_000m)),
        new CommitteeReportOptions()));

    private static readonly Lazy<MonitoringResult> Monitoring = new(() => SocialMonitoring.Run(Sample.Load()));

    /// <summary>The CLI's output folder of one command on the sample (run once per command).</summary>
    private static readonly Lazy<string> CutsOut = new(() => CliOut("cuts", "--budget", "150000", "--draws", "20"));

    private static readonly Lazy<string> ReportOut = new(() => CliOut("report", "--budget", "150000", "--draws", "20"));

    private static readonly Lazy<string> MonitorOut = new(() => CliOut("monitor"));

    private static string CliOut(params string[] args)
    {
        var dir = Path.Combine(Path.GetTempPath(), "result-tables-cli-" + Guid.NewGuid().ToString("N"), args[0]);
        var err = new StringWriter();
        var code = CliApp.Run([.. args, "--out", dir], new StringWriter(), err);
        Assert.True(code == 0, err.ToString());
        return dir;
    }

    private static string Header(string path) => File.ReadAllText(path, Encoding.UTF8).Split('\n')[0];

    private static IEnumerable<(string Name, Table Table)> CutTables()
    {
        var a = Report.Value.Analysis;
        return [.. a.Cuts!.ToTables(), ("rescue.csv", a.Rescue!.ToTable())];
    }

    public static TheoryData<string, string> CutsFiles => new()
    {
        { "offerings.csv", "angebote.csv" }, { "spaces.csv", "raeume_nach_kuerzung.csv" }, { "domains.csv", "kuerzungen_handlungsfelder.csv" },
        { "categories.csv", "finanzierungskategorien.csv" }, { "rescue.csv", "rettungsplan.csv" },
    };

    [Theory]
    [MemberData(nameof(CutsFiles))]
    public void CutTables_HaveTheHeaderTheCliWrites_InCutsAndInTheReport(string cutsName, string reportName)
    {
        var table = CutTables().Single(t => t.Name == cutsName).Table;
        Assert.NotEmpty(table.Rows);
        Assert.Equal(Header(Path.Combine(CutsOut.Value, cutsName)), string.Join(",", table.Columns));
        Assert.Equal(Header(Path.Combine(ReportOut.Value, reportName)), string.Join(",", table.Columns));
    }

    [Theory]
    [MemberData(nameof(CutsFiles))]
    public void CutTables_ToCsv_AreTheBytesOfTheWrittenFiles(string cutsName, string reportName)
    {
        var csv = CutTables().Single(t => t.Name == cutsName).Table.ToCsv();
        var written = CutsOutput.WriteTo(Report.Value.Analysis, Path.Combine(_dir, "cuts"), 1m);
        Assert.Equal(new UTF8Encoding(false).GetBytes(csv), File.ReadAllBytes(written.Single(p => Path.GetFileName(p) == cutsName)));
        Report.Value.WriteTo(Path.Combine(_dir, "report"));
        Assert.Equal(new UTF8Encoding(false).GetBytes(csv), File.ReadAllBytes(Path.Combine(_dir, "report", reportName)));
    }

    /// <summary>The gap analysis' table is the CSV of <c>gaps --out</c> and the report's <c>versorgung.csv</c>, byte for byte
    /// (the coverage before the cuts is the same in both, issue 11.1).</summary>
    [Fact]
    public void Gaps_ToTable_IsTheGapsCsvAndVersorgungCsv()
    {
        var bytes = new UTF8Encoding(false).GetBytes(Report.Value.Analysis.Gaps.ToTable().ToCsv());
        var gapsFile = Path.Combine(_dir, "gaps.csv");
        var err = new StringWriter();
        Assert.True(CliApp.Run(["gaps", "--out", gapsFile], new StringWriter(), err) == 0, err.ToString());
        Assert.Equal(bytes, File.ReadAllBytes(gapsFile));
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(ReportOut.Value, "versorgung.csv")));
    }

    [Fact]
    public void FollowUpCosts_ToTable_IsFolgekostenCsv()
    {
        var table = Report.Value.Analysis.FollowUp!.ToTable();
        Assert.NotEmpty(table.Rows);
        Assert.Equal(Header(Path.Combine(ReportOut.Value, "folgekosten.csv")), string.Join(",", table.Columns));
        Report.Value.WriteTo(Path.Combine(_dir, "report"));
        Assert.Equal(new UTF8Encoding(false).GetBytes(table.ToCsv()), File.ReadAllBytes(Path.Combine(_dir, "report", "folgekosten.csv")));
    }

    [Fact]
    public void Monitoring_ToTables_AreTheMonitorFiles()
    {
        var tables = Monitoring.Value.ToTables();
        Assert.Equal(["zeitreihen.csv", "trends.csv", "warnungen.csv"], tables.Select(t => t.Name));
        var written = MonitoringReport.WriteTo(Monitoring.Value, Path.Combine(_dir, "monitor"), "Test");
        foreach (var (name, table) in tables)
        {
            Assert.Equal(Header(Path.Combine(MonitorOut.Value, name)), string.Join(",", table.Columns));
            Assert.Equal(new UTF8Encoding(false).GetBytes(table.ToCsv()), File.ReadAllBytes(written.Single(p => Path.GetFileName(p) == name)));
        }
        Assert.NotEmpty(tables[0].Table.Rows);
        Assert.NotEmpty(tables[1].Table.Rows);
    }

    [Fact]
    public void MonitoringWarnings_TextFollowsTheLanguage()
    {
        var de = ResultTables.MonitoringWarnings(Monitoring.Value, Language.German);
        var en = ResultTables.MonitoringWarnings(Monitoring.Value, Language.English);
        Assert.Equal(de.Columns, en.Columns);
        Assert.Equal(de.Rows.Count, en.Rows.Count);
        if (de.Rows.Count > 0) Assert.NotEqual(de.Rows[0][^1], en.Rows[0][^1]);
    }

    [Fact]
    public void Rescue_ToTable_RendersAsTerminalText()
    {
        var plan = Report.Value.Analysis.Rescue!;
        var text = plan.ToTable().ToText();
        Assert.StartsWith("offering_id", text, StringComparison.Ordinal);
        Assert.Equal(plan.Choices.Count + 2, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains(plan.Choices[0].OfferingId, text, StringComparison.Ordinal);
    }
}
