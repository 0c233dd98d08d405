using Sozialindikatoren.Analysis;
using Sozialindikatoren.Cli;
using Sozialindikatoren.Composite;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Reporting;
using Sample = Sozialindikatoren.Samples.SiegenWittgenstein;

namespace Sozialindikatoren.Tests.Reporting;

/// <summary>Issue 12.13: MSS cut-offs or quantile classes for the social index, and the report says which.</summary>
public sealed class ReportClassesTests
{
    private static CommitteeReportResult Report(ClassMethod classes) => CommitteeReport.Build(
        PlanningAnalysis.Run(Sample.Load(), new PlanningAnalysisOptions(socialIndex: SocialIndexOptions.StatusAndDynamics.WithClasses(classes), cuts: new CutOptions { Draws = 0 })));

    private static string SectionText(CommitteeReportResult r) =>
        string.Join("\n", r.Document.Sections.Single(s => s.Id == "sozialindex").Blocks.OfType<ReportParagraph>().Select(p => p.Text));

    /// <summary>Quantile classes are the quartiles of the status z and the terciles of the dynamics z, computed here by hand.</summary>
    [Fact]
    public void Quantile_classes_are_quartiles_of_status_and_terciles_of_dynamics()
    {
        var mss = SocialIndex.Compute(Sample.Load(), SocialIndexOptions.StatusAndDynamics);
        var q = SocialIndex.Compute(Sample.Load(), SocialIndexOptions.StatusAndDynamics.WithClasses(ClassMethod.Quantile));
        Assert.Equal(mss.Entries.Select(e => e.StatusZ), q.Entries.Select(e => e.StatusZ));   // the index is the same, only the classes differ
        static double R7(double[] sorted, double p)
        {
            var h = (sorted.Length - 1) * p;
            var lo = (int)Math.Floor(h);
            return lo + 1 >= sorted.Length ? sorted[^1] : sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
        }
        var status = q.Entries.Where(e => e.HasStatus).Select(e => e.StatusZ).Order().ToArray();
        var dyn = q.Entries.Where(e => e.HasDynamics).Select(e => e.DynamicsZ).Order().ToArray();
        Assert.Equal(11, status.Length);
        double[] sb = [R7(status, 0.25), R7(status, 0.5), R7(status, 0.75)];
        double[] db = [R7(dyn, 1 / 3.0), R7(dyn, 2 / 3.0)];
        foreach (var e in q.Entries.Where(e => e.HasStatus))
        {
            Assert.Equal(1 + sb.Count(b => e.StatusZ >= b), (int)e.Status);
            if (e.HasDynamics) Assert.Equal(1 + db.Count(b => e.DynamicsZ >= b), (int)e.Dynamics);
        }
        // Every status class holds spaces (2 or 3 of 11); the fixed MSS cut-offs leave classes empty on the sample.
        Assert.All(Enum.GetValues<StatusClass>().Where(c => c != StatusClass.Unclassified), c => Assert.InRange(q.Entries.Count(e => e.Status == c), 2, 3));
        Assert.Contains(Enum.GetValues<StatusClass>().Where(c => c != StatusClass.Unclassified), c => mss.Entries.All(e => e.Status != c));
    }

    [Fact]
    public void Report_says_which_classes_it_uses_and_what_MSS_cutoffs_mean_for_11_spaces()
    {
        var mss = SectionText(Report(ClassMethod.Mss));
        Assert.Contains("Klassenbildung: feste MSS-Grenzen der z-Werte (Option --classes mss, Standard)", mss, StringComparison.Ordinal);
        Assert.Contains("mehreren hundert Planungsräumen gemacht; bei 11 Gemeinden fallen nur wenige oder keine in die äußeren Klassen", mss, StringComparison.Ordinal);
        var quantile = SectionText(Report(ClassMethod.Quantile));
        Assert.Contains("Klassenbildung: Quantilsklassen (Option --classes quantile) über die 11 Gemeinden", quantile, StringComparison.Ordinal);
        Assert.DoesNotContain("mehreren hundert", quantile, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_report_and_cuts_accept_classes_and_reject_unknown_values()
    {
        var dir = Directory.CreateTempSubdirectory("si-classes-").FullName;
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            Assert.Equal(0, CliApp.Run(["report", "--classes", "quantile", "--draws", "0", "--out", Path.Combine(dir, "r")], stdout, stderr));
            Assert.Contains("Quantilsklassen", File.ReadAllText(Path.Combine(dir, "r", "report.md")), StringComparison.Ordinal);
            Assert.Equal(0, CliApp.Run(["cuts", "--classes", "mss", "--draws", "0"], new StringWriter(), new StringWriter()));
            Assert.Equal(2, CliApp.Run(["report", "--classes", "jenks"], new StringWriter(), new StringWriter()));
            Assert.Equal(2, CliApp.Run(["cuts", "--classes", "jenks"], new StringWriter(), new StringWriter()));
        }
        finally { Directory.Delete(dir, true); }
    }
}
