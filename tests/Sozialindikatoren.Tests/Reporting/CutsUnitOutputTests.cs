using System.Text.Json;
using Sozialindikatoren.Analysis;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Reporting;
using Sample = Sozialindikatoren.Samples.SiegenWittgenstein;

namespace Sozialindikatoren.Tests.Reporting;

/// <summary>The report's and the cuts' machine outputs on the sample: capacity per unit, bare domain codes, one JSON writer.</summary>
public sealed class CutsUnitOutputTests
{
    private static readonly Lazy<CommitteeReportResult> Report = new(() => CommitteeReport.Build(
        PlanningAnalysis.Run(Sample.Load(), new PlanningAnalysisOptions(cuts: new CutOptions { Draws = 100, Seed = 5 }, budgetPerYear: 250_000m)),
        new CommitteeReportOptions()));

    private static readonly string[] UnitCodes = ["places", "fte", "cases_per_year", "hours_per_week"];

    private static string Csv(string name) => Report.Value.Files().Single(f => f.Name == name).Content;

    private static IEnumerable<string[]> Rows(string csv) => csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(','));

    [Theory]
    [InlineData("angebote.csv")]
    [InlineData("raeume_nach_kuerzung.csv")]
    [InlineData("versorgung.csv")]
    [InlineData("kuerzungen_handlungsfelder.csv")]
    public void Report_tables_with_capacity_have_a_unit_column_and_bare_domain_codes(string name)
    {
        var csv = Csv(name);
        var header = csv[..csv.IndexOf('\n', StringComparison.Ordinal)].Split(',');
        var d = Array.IndexOf(header, "domain");
        var u = Array.IndexOf(header, "unit");
        Assert.True(d >= 0 && u >= 0, name + ": " + string.Join(",", header));
        var codes = ServiceDomain.All.Select(x => x.Code).ToHashSet(StringComparer.Ordinal);
        var rows = Rows(csv).ToArray();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            Assert.Contains(row[d], codes);
            Assert.Contains(row[u], UnitCodes);
        }
    }

    [Fact]
    public void Cuts_tables_with_capacity_have_a_unit_column_and_bare_domain_codes()
    {
        var codes = ServiceDomain.All.Select(x => x.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, content) in CutsOutput.Files(Report.Value.Analysis).Where(f => f.Name is "offerings.csv" or "spaces.csv" or "domains.csv"))
        {
            var header = content[..content.IndexOf('\n', StringComparison.Ordinal)].Split(',');
            var d = Array.IndexOf(header, "domain");
            var u = Array.IndexOf(header, "unit");
            Assert.True(d >= 0 && u == d + 1, name);
            Assert.NotEmpty(Rows(content));
            Assert.All(Rows(content), r => { Assert.Contains(r[d], codes); Assert.Contains(r[u], UnitCodes); });
        }
    }

    [Fact]
    public void Domain_table_has_exactly_the_specified_columns_and_one_row_per_domain_and_unit()
    {
        var csv = Csv("kuerzungen_handlungsfelder.csv");
        Assert.StartsWith("domain,unit,offerings,affected,closed,budget,lost_funding,capacity_before,capacity_after,lost_capacity_share,newly_undersupplied,unmet_before,unmet_after\n", csv, StringComparison.Ordinal);
        Assert.Equal(CutsOutput.DomainsCsv(Report.Value.Cuts), csv);   // one writer for report and cuts
        var rows = Rows(csv).ToArray();
        Assert.Equal(rows.Length, rows.Select(r => (r[0], r[1])).Distinct().Count());
        var offerings = Report.Value.Cuts.Offerings;
        foreach (var r in rows)
        {
            var members = offerings.Where(o => o.Offering.Domain.Code == r[0] && o.CapacityBefore.Unit.ToCode() == r[1]).ToArray();
            Assert.Equal(members.Length, int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture));
            var before = members.Sum(o => o.CapacityBefore.Amount);
            var after = members.Sum(o => o.CapacityAfter.Amount);
            Assert.Equal(before, double.Parse(r[7], System.Globalization.CultureInfo.InvariantCulture), 9);
            Assert.Equal(after, double.Parse(r[8], System.Globalization.CultureInfo.InvariantCulture), 9);
            if (before > 0) Assert.Equal(1 - after / before, double.Parse(r[9], System.Globalization.CultureInfo.InvariantCulture), 9);
            else Assert.Equal("", r[9]);
        }
        // Every offering is in exactly one row.
        Assert.Equal(offerings.Count, rows.Sum(r => int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)));
        // KinderJugend has places and FTE (and cases per year): one row each.
        Assert.True(rows.Count(r => r[0] == "KinderJugend") >= 2);
    }

    [Fact]
    public void Category_table_carries_no_capacity()
    {
        var csv = Csv("finanzierungskategorien.csv");
        Assert.StartsWith("category,offerings,affected,closed,budget,lost_funding,mean_risk,mean_impact,share_of_total_cut,share_of_closures\n", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("capacity", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_json_and_result_json_share_identical_members()
    {
        var files = CutsOutput.Files(Report.Value.Analysis);
        using var summary = JsonDocument.Parse(files.Single(f => f.Name == "summary.json").Content);
        using var result = JsonDocument.Parse(Report.Value.ToJson());
        Assert.Equal("sozialindikatoren/cuts-summary", summary.RootElement.GetProperty("format").GetString());
        Assert.Equal("sozialindikatoren/report-result", result.RootElement.GetProperty("format").GetString());
        var shared = summary.RootElement.EnumerateObject().Where(p => p.Name != "format").ToArray();
        Assert.Contains(shared, p => p.Name == "domains");
        Assert.Contains(shared, p => p.Name == "monteCarlo");
        Assert.Contains(shared, p => p.Name == "rescue");
        foreach (var p in shared)
            Assert.Equal(p.Value.GetRawText(), result.RootElement.GetProperty(p.Name).GetRawText());
        // Apart from the shared members, result.json carries only its own object "report".
        Assert.Equal(shared.Select(p => p.Name).Prepend("format").Append("report"), result.RootElement.EnumerateObject().Select(p => p.Name));
        var domain = summary.RootElement.GetProperty("domains")[0];
        Assert.True(domain.TryGetProperty("unit", out _) && domain.TryGetProperty("capacityBefore", out _) && domain.TryGetProperty("capacityAfter", out _));
        Assert.Equal(JsonValueKind.Object, summary.RootElement.GetProperty("totals").GetProperty("capacityBefore").ValueKind);
    }
}
