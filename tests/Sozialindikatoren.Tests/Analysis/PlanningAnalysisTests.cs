using Sozialindikatoren.Analysis;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Gaps;
using Sample = Sozialindikatoren.Samples.SiegenWittgenstein;
using Sozialindikatoren.Reporting;

namespace Sozialindikatoren.Tests.Analysis;

public sealed class PlanningAnalysisTests
{
    [Fact]
    public void Runs_every_stage_once_and_the_cuts_rest_on_the_gap_analysis()
    {
        var progress = new List<AnalysisProgress>();
        var r = PlanningAnalysis.Run(Sample.Load(), new PlanningAnalysisOptions(cuts: new CutOptions { Draws = 64 }, budgetPerYear: 50_000m),
            new ListProgress(progress));
        Assert.NotNull(r.Index);
        Assert.Null(r.IndexProblem);
        Assert.NotNull(r.NeedIndex);                                   // status z of the social index
        Assert.Same(r.NeedIndex, r.Gaps.Options.NeedIndex);
        Assert.Equal(SupplyMode.Served, r.Gaps.Options.Supply);       // the one default supply mode
        Assert.Same(r.Gaps, r.Cuts!.Gaps);                             // one model: the cuts consume this gap analysis
        Assert.All(r.Cuts.Cells, c => Assert.Same(r.Gaps.Row(c.Space, c.Domain, c.Unit), c.Row));
        Assert.NotNull(r.Rescue);
        Assert.Equal(new[] { AnalysisStage.SocialIndex, AnalysisStage.Gaps, AnalysisStage.Cuts, AnalysisStage.MonteCarlo, AnalysisStage.Rescue },
            progress.Select(p => p.Stage).Distinct());
        var draws = progress.Where(p => p.Stage == AnalysisStage.MonteCarlo).Select(p => p.DrawsDone).ToArray();
        Assert.Equal(draws.Order(), draws);                            // monotonic
        Assert.Equal(64, draws[^1]);
    }

    [Fact]
    public void Stops_where_the_options_say()
    {
        var gapsOnly = PlanningAnalysis.Run(Sample.Load(), new PlanningAnalysisOptions(stopAfter: AnalysisStage.Gaps));
        Assert.Null(gapsOnly.Cuts);
        Assert.Null(gapsOnly.Rescue);
        var nominal = PlanningAnalysis.Run(Sample.Load(), new PlanningAnalysisOptions(stopAfter: AnalysisStage.Cuts, budgetPerYear: 1_000m));
        Assert.Null(nominal.Cuts!.MonteCarlo);
        Assert.Null(nominal.Rescue);
        Assert.Equal(ResultTables.Coverage(gapsOnly.Gaps).ToCsv(), ResultTables.Coverage(nominal.Gaps).ToCsv());
    }

    [Fact]
    public void Invalid_options_throw_in_the_constructor()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlanningAnalysisOptions(budgetPerYear: -1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlanningAnalysisOptions(stopAfter: (AnalysisStage)9));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new PlanningAnalysisOptions(cuts: new CutOptions { Draws = -1 }));
        Assert.Contains("CutOptions.Draws", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => new PlanningAnalysisOptions(cuts: new CutOptions { AbsorbableShare = ParameterDistribution.Uniform(0, 2) }));
        Assert.Contains("AbsorbableShare", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => new PlanningAnalysisOptions(rescue: new RescueOptions { Step = 0.5 }));
        Assert.Contains("RescueOptions.Step", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RescueOptions { ExactMaxCandidates = -1 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new CutOptions { MaxThreads = 0 }.Validate());
    }

    private sealed class ListProgress(List<AnalysisProgress> sink) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value) => sink.Add(value);
    }
}
