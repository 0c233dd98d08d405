using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sozialindikatoren.Analysis;
using Sozialindikatoren.Common;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Data.Json;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Reporting;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;
using Sozialindikatoren.Text;
using Sample = Sozialindikatoren.Samples.SiegenWittgenstein;

namespace Sozialindikatoren.Tests.Reporting;

/// <summary>Issue #16.11–12: the counts of an indicator marked confidential are published in the committee report only
/// after primary and secondary suppression (one-way table: base spaces plus the county total).</summary>
public sealed partial class ConfidentialReportTests
{
    private const string Indicator = "hze_eckwert";
    private static readonly LocalDate Date = new(2024, 12, 31);

    /// <summary>The test data set: the sample with its HzE records replaced by one confidential year of case counts.
    /// The first municipality has 1 case (primary); every other count is distinctive, so that a leak of the secondary
    /// cell (the smallest other count, 4711) can be searched for in every output.</summary>
    internal static readonly long[] Counts = [1, 4711, 5813, 6907, 7019, 8123, 9231, 10343, 11457, 12569, 13679];

    private static readonly Lazy<(PlanningData Data, CommitteeReportResult De, CommitteeReportResult En)> Reports = new(() =>
    {
        var data = ConfidentialData();
        var analysis = PlanningAnalysis.Run(data, new PlanningAnalysisOptions(cuts: new CutOptions { Draws = 50, Seed = 1 }));
        return (data, CommitteeReport.Build(analysis, new CommitteeReportOptions()), CommitteeReport.Build(analysis, new CommitteeReportOptions { Language = Language.English }));
    });

    internal static PlanningData ConfidentialData()
    {
        var s = Sample.Load();
        var municipalities = s.Region.AtLevel(SpaceLevel.Municipality).OrderBy(m => m.Id).ToArray();
        Assert.Equal(Counts.Length, municipalities.Length);
        var records = municipalities.Select((m, i) => new IndicatorRecord(m.Id, Indicator, Date, Observation.Of(Counts[i]), Observation.Of(200_000),
            new Provenance(ProvenanceKind.Illustrative), confidential: true));
        return new PlanningData(s.Name, s.Region, s.Providers, s.Offerings, s.Indicators.Where(r => r.IndicatorId != Indicator).Concat(records),
            s.ConferenceStatements, s.ProviderStatements, s.Description, s.Participation);
    }

    [GeneratedRegex(@"(?<![\d.,])4[.,]?711(?![\d]|[.,]\d)")]
    private static partial Regex SecondaryValue();

    private static string[] CsvRows(CommitteeReportResult r) =>
        r.Files().Single(f => f.Name == "fallzahlen.csv").Content.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void CaseCounts_SuppressTheSmallCountAndOneComplement_AndPublishTheTotal()
    {
        var (data, de, _) = Reports.Value;
        Assert.Equal([Indicator], data.ConfidentialIndicators);
        var rows = CsvRows(de);
        Assert.Equal("indicator,date,space_id,space,count,status,denominator,rate,rate_status", rows[0]);
        Assert.Equal(1 + Counts.Length + 1, rows.Length);
        var cells = rows.Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(["primary", "secondary"], cells.Where(c => c[5] != "published").Select(c => c[5]).ToArray());
        Assert.All(cells.Where(c => c[5] != "published"), c => Assert.Equal(("", "", "suppressed"), (c[4], c[7], c[8])));
        var total = cells[^1];
        Assert.Equal(("Insgesamt", Counts.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), "published"), (total[2], total[4], total[5]));
        // The suppressed cells are exactly the primary count and the secondary 4711.
        Assert.Equal(["", ""], cells.Take(2).Select(c => c[4]).ToArray());
        Assert.All(cells.Skip(2).Take(Counts.Length - 2), c => Assert.Equal("published", c[5]));
        var section = de.Document.Sections.Single(s => s.Id == "fallzahlen");
        var md = de.Document.ToMarkdown();
        Assert.Contains("## Fallzahlen vertraulicher Indikatoren", md, StringComparison.Ordinal);
        var firstRow = md.Split('\n').First(l => l.StartsWith("| " + data.Region.AtLevel(SpaceLevel.Municipality).OrderBy(m => m.Id).First().Name + " |", StringComparison.Ordinal) && l.Contains(" . |", StringComparison.Ordinal));
        Assert.Equal(2, firstRow.Split(" . |").Length - 1); // the count and its rate
        Assert.NotNull(section);
    }

    [Fact]
    public void SuppressedValues_AppearNowhere_InMarkdownHtmlCsvJsonDocxOrXlsx()
    {
        foreach (var r in new[] { Reports.Value.De, Reports.Value.En })
        {
            foreach (var (name, content) in r.Files())
                Assert.False(SecondaryValue().IsMatch(content), $"{name} shows the suppressed count 4711: {SecondaryValue().Match(content).Value}");
            Assert.False(SecondaryValue().IsMatch(r.ToJson()), "result.json");
            foreach (var (name, bytes) in r.BinaryFiles())
            {
                using var zip = new ZipArchive(new MemoryStream(bytes));
                foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
                {
                    using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                    var text = reader.ReadToEnd();
                    Assert.False(SecondaryValue().IsMatch(text), $"{name}/{entry.FullName} shows the suppressed count 4711");
                }
            }
            // The primary count's rate (1 / 200,000 × 1,000 = 0.005) is suppressed, the published ones are there.
            var rows = CsvRows(r).Skip(1).Select(l => l.Split(',')).ToArray();
            Assert.Equal("", rows[0][7]);
            Assert.Equal((5813 / 200.0).ToString("R", System.Globalization.CultureInfo.InvariantCulture), rows[2][7]);
        }
        // The confidential series stays out of the monitoring (its per-space rates would reveal the counts).
        Assert.DoesNotContain(Reports.Value.De.Files().Single(f => f.Name == "trends.csv").Content.Split('\n'), l => l.Contains(Indicator, StringComparison.Ordinal));
    }

    [Fact]
    public void MethodSection_SaysWhatWasProtectedAndHow_InGermanAndEnglish()
    {
        var de = Reports.Value.De.Document.Sections.Single(s => s.Id == "methodik").Blocks.OfType<ReportList>().Single().Items;
        var en = Reports.Value.En.Document.Sections.Single(s => s.Id == "methodik").Blocks.OfType<ReportList>().Single().Items;
        var d = Assert.Single(de, i => i.StartsWith("Geheimhaltung", StringComparison.Ordinal));
        var e = Assert.Single(en, i => i.StartsWith("Confidentiality", StringComparison.Ordinal));
        foreach (var needle in new[] { Indicator, "BStatG", "Statistisches Bundesamt", "0 < x < 3", "max − min ≥ 3" }) Assert.Contains(needle, d, StringComparison.Ordinal);
        foreach (var needle in new[] { Indicator, "BStatG", "Federal Statistical Office", "0 < x < 3", "max − min ≥ 3" }) Assert.Contains(needle, e, StringComparison.Ordinal);
        Assert.DoesNotContain("Fallzahl", string.Join(" ", en), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_MinAndProtection_ChangeThePattern()
    {
        var analysis = PlanningAnalysis.Run(Reports.Value.Data, new PlanningAnalysisOptions(cuts: new CutOptions { Draws = 20, Seed = 1 }));
        var strict = CommitteeReport.Build(analysis, new CommitteeReportOptions { Disclosure = new DisclosureOptions(minimumCount: 5000, protection: 3) });
        var cells = CsvRows(strict).Skip(1).Select(l => l.Split(',')).ToArray();
        // 1 and 4711 are below 5000; together they only give x1 + x2 = 4712, so no secondary suppression is needed.
        Assert.Equal(["primary", "primary"], cells.Where(c => c[5] != "published").Select(c => c[5]).ToArray());
        var none = CommitteeReport.Build(analysis, new CommitteeReportOptions { Disclosure = new DisclosureOptions(minimumCount: 1) });
        Assert.All(CsvRows(none).Skip(1), l => Assert.Contains(",published,", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Cli_ReportOnAConfidentialDataSet_WritesFallzahlenCsv_AndBadMinOrProtectionIsExit2()
    {
        var dir = Directory.CreateTempSubdirectory("confidential-cli-").FullName;
        try
        {
            var file = Path.Combine(dir, "dataset.json");
            File.WriteAllText(file, PlanningDataJson.WriteString(ConfidentialData()));
            static (int Code, string Err) Run(params string[] args)
            {
                var o = new StringWriter();
                var e = new StringWriter();
                return (Sozialindikatoren.Cli.CliApp.Run(args, o, e), e.ToString());
            }
            var ok = Run("report", "--data", file, "--draws", "0", "--min", "2", "--protection", "2", "--out", Path.Combine(dir, "out"));
            Assert.True(ok.Code == 0, ok.Err);
            var rows = File.ReadAllLines(Path.Combine(dir, "out", "fallzahlen.csv"));
            Assert.Equal(2, rows.Count(l => l.Contains(",,primary,", StringComparison.Ordinal) || l.Contains(",,secondary,", StringComparison.Ordinal)));
            Assert.Contains("0 < x < 2", File.ReadAllText(Path.Combine(dir, "out", "report.md")), StringComparison.Ordinal);
            Assert.Equal(2, Run("report", "--data", file, "--draws", "0", "--min", "0").Code);
            Assert.Equal(2, Run("report", "--data", file, "--draws", "0", "--protection", "-1").Code);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void MonitorCommandPath_LeavesConfidentialIndicatorsOut()
    {
        var data = ConfidentialData();
        var result = global::Sozialindikatoren.Monitoring.SocialMonitoring.Run(data);
        Assert.DoesNotContain(Indicator, result.Indicators);
        Assert.Contains("sgb2_quote", result.Indicators);
    }

    [Fact]
    public void Sample_MarksNothingConfidential_SoTheReportHasNoCaseCountSection()
    {
        var sample = Sample.Load();
        Assert.Empty(sample.ConfidentialIndicators);
    }

    /// <summary>A random one-way list (spaces plus total as a table with one column) after suppression passes the exact
    /// audit: every primary cell's feasible interval is at least the protection wide (or it is reported unprotected).</summary>
    [Property(MaxTest = 200)]
    public Property OneWayList_Suppression_PassesTheExactAudit()
    {
        var gen = from n in Gen.Choose(1, 14)
                  from values in Gen.ArrayOf(Gen.OneOf(Gen.Choose(0, 4), Gen.Choose(0, 40)), n)
                  from min in Gen.Choose(2, 5)
                  from protection in Gen.Choose(1, 4)
                  select (values, min, protection);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (values, min, protection) = t;
            var counts = new long[values.Length, 1];
            for (var i = 0; i < values.Length; i++) counts[i, 0] = values[i];
            var table = new CrossTable(values.Select((_, i) => "r" + i).ToArray(), ["n"], counts);
            var result = table.Suppress(new DisclosureOptions(minimumCount: min, protection: protection));
            var suppressed = result.States.Select(s => s != CellSuppression.None).ToArray();
            var intervals = DisclosureControl.FeasibleIntervals(table.Table, table.Counts, suppressed);
            for (var c = 0; c < suppressed.Length; c++)
            {
                if (result.States[c] != CellSuppression.Primary) continue;
                if (!intervals[c].Protects(protection) && !result.Unprotected.Contains(c)) return false;
            }
            // The total is never the only suppressed cell of its relation (it would follow by subtraction).
            return DisclosureControl.FirstRelationWithSingleSuppression(table.Table, suppressed) < 0;
        });
    }

    [Fact]
    public void Json_ConfidentialMember_RoundTrips_AndAStringIsAnErrorWithPathAndLine()
    {
        var data = ConfidentialData();
        var json = PlanningDataJson.WriteString(data);
        Assert.Contains("\"confidential\": true", json, StringComparison.Ordinal);
        var back = PlanningDataJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        Assert.Equal([Indicator], back.ConfidentialIndicators);
        Assert.Equal(Counts.Length, back.Indicators.Count(r => r.Confidential));

        var bad = json.Replace("\"confidential\": true", "\"confidential\": \"ja\"", StringComparison.Ordinal);
        var ex = Assert.Throws<DataProblemException>(() => PlanningDataJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(bad)), "t.json"));
        var p = ex.Problems[0];
        Assert.Equal("t.json", p.Source);
        Assert.True(p.Line > 0, p.ToString());
        Assert.Contains("confidential", p.ToString(), StringComparison.Ordinal);
        Assert.Contains("ja", p.ToString(), StringComparison.Ordinal);

        var misspelt = json.Replace("\"confidential\": true", "\"confidentail\": true", StringComparison.Ordinal);
        var ex2 = Assert.Throws<DataProblemException>(() => PlanningDataJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(misspelt)), "t.json"));
        Assert.Contains("did you mean 'confidential'", ex2.Problems[0].Message, StringComparison.Ordinal);
    }
}
