using System.Globalization;
using C = global::Sozialindikatoren.Composite;

namespace Sozialindikatoren.Tests.Composite;

/// <summary>COINr's default example pipeline on the ASEM data, reproduced stage by stage (TestData/asem/README.md).</summary>
public sealed class AsemReproductionTests
{
    private static readonly C.IndexFramework Fw = AsemFixture.Framework();
    private static readonly C.CompositeResult Result = C.CompositePipeline.Run(AsemFixture.Data(Fw), Fw, C.CompositeOptions.CoinrExample);

    [Fact]
    public void Framework_has_49_indicators_in_four_levels()
    {
        Assert.Equal(49, Fw.Indicators.Count);
        Assert.Equal(4, Fw.MaxLevel);
        Assert.Equal(["Index"], Fw.TopCodes);
        Assert.Equal(8, Fw.AggregatesAt(2).Count);
    }

    [Fact]
    public void Raw_stage_matches_with_63_missing_cells()
    {
        AsemFixture.AssertStage("asem_raw.csv", Result.Raw, 0);
        Assert.Equal(63, Result.Raw.MissingCount);
    }

    [Fact]
    public void Denominated_stage_matches_and_LAO_energy_ratios_become_missing()
    {
        AsemFixture.AssertStage("asem_denominated.csv", Result.Denominated);
        Assert.Equal(65, Result.Denominated.MissingCount);
        Assert.True(double.IsNaN(Result.Denominated["LAO", "Elec"]));
    }

    [Fact]
    public void Imputed_stage_matches_by_EurAsia_group_mean()
    {
        AsemFixture.AssertStage("asem_imputed.csv", Result.Imputed);
        Assert.Equal(65, Result.Imputation.ImputedCount);
        Assert.Equal(0, Result.Imputation.RemainingMissingCount);
    }

    [Fact]
    public void Screened_stage_removes_no_unit_after_imputation()
    {
        AsemFixture.AssertStage("asem_screened.csv", Result.Screened);
        Assert.NotNull(Result.Screening);
        Assert.Empty(Result.Screening!.Removed);
    }

    [Fact]
    public void Screening_without_imputation_removes_the_five_units_named_in_the_readme()
    {
        var s = C.Screening.Apply(Result.Denominated, 0.9);
        Assert.Equal(["BGD", "BRN", "KHM", "LAO", "MMR"], s.Removed.Select(u => u.Value).OrderBy(u => u, StringComparer.Ordinal));
    }

    [Fact]
    public void Treated_stage_matches()
    {
        AsemFixture.AssertStage("asem_treated.csv", Result.Treated);
    }

    [Fact]
    public void Treatment_log_matches_indicator_by_indicator()
    {
        AssertLog("asem_treatment_log.csv", Result.Treatment!, finalSkewColumn: "skew_final");
        var winsorised = Result.Treatment!.Records.Where(r => r.Outcome == C.TreatmentOutcome.Winsorised).Select(r => r.Code).ToArray();
        Assert.Equal(15, winsorised.Length);
        Assert.DoesNotContain(Result.Treatment.Records, r => r.LogTransformApplied);
        Assert.Equal(1, Result.Treatment["FemLab"].WinsorisedLow);
    }

    [Fact]
    public void Winsorised_points_match_cell_by_cell()
    {
        var (header, rows) = AsemFixture.ReadRaw("asem_treated_points.csv");
        Assert.Equal(["iCode", "uCode", "treatment", "value_before", "value_after"], header);
        var actual = Result.Treatment!.Records.SelectMany(r => r.Points.Select(p => (r.Code, p))).ToList();
        Assert.Equal(rows.Count, actual.Count);
        Assert.Equal(35, actual.Count);
        foreach (var row in rows)
        {
            var match = actual.Single(a => a.Code == row[0] && a.p.Unit.Value == row[1]);
            Assert.Equal(row[2] == "winhi", match.p.High);
            Assert.Equal(double.Parse(row[3], CultureInfo.InvariantCulture), match.p.Before, 12);
            Assert.Equal(double.Parse(row[4], CultureInfo.InvariantCulture), match.p.After, 12);
        }
    }

    [Fact]
    public void Winmax1_variant_falls_through_to_the_log_transform_for_eleven_indicators()
    {
        var t = C.OutlierTreatment.Apply(Result.Screened, new C.TreatmentOptions(winsorisationLimit: 1));
        AsemFixture.AssertStage("asem_treated_winmax1.csv", t.Table);
        AssertLog("asem_treatment_log_winmax1.csv", t, finalSkewColumn: "skew_after_log");
        var logged = t.Records.Where(r => r.LogTransformApplied).Select(r => r.Code).OrderBy(c => c, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "Bord", "CultServ", "FDI", "ForPort", "Forest", "Gas", "NGOs", "Poverty", "Services", "StMob", "Tariff" }.OrderBy(c => c, StringComparer.Ordinal), logged);
        Assert.False(t["ForPort"].PassedAfterLog);
        Assert.False(t["CultServ"].PassedAfterLog);
    }

    [Fact]
    public void Normalised_stage_matches()
    {
        AsemFixture.AssertStage("asem_normalised.csv", Result.Normalised);
    }

    [Fact]
    public void Aggregated_stage_matches_all_pillars_subindices_and_index()
    {
        AsemFixture.AssertStage("asem_aggregated.csv", Result.Aggregated, 1e-9);
    }

    [Fact]
    public void Final_ranks_match()
    {
        var (_, rows) = AsemFixture.ReadRaw("asem_final_ranks.csv");
        foreach (var r in rows)
        {
            var i = Result.Aggregated.UnitIndexOf(r[0]);
            Assert.Equal(double.Parse(r[2], CultureInfo.InvariantCulture), Result.Ranks[i]);
            Assert.Equal(double.Parse(r[1], CultureInfo.InvariantCulture), Result.Scores[i], 9);
        }
        Assert.Equal("CHE", Result.Aggregated.Units[Result.Ranks.ToList().IndexOf(1)].Value);
    }

    [Fact]
    public void Steps_name_every_step_that_ran()
    {
        Assert.Collection(Result.Steps,
            s => Assert.StartsWith("denominate", s, StringComparison.Ordinal),
            s => Assert.StartsWith("impute: GroupMean by EurAsia_group, 65 cells", s, StringComparison.Ordinal),
            s => Assert.StartsWith("screen", s, StringComparison.Ordinal),
            s => Assert.Contains("15 winsorised", s, StringComparison.Ordinal),
            s => Assert.StartsWith("normalise: minmax:0:100", s, StringComparison.Ordinal),
            s => Assert.StartsWith("weights", s, StringComparison.Ordinal),
            s => Assert.StartsWith("aggregate: amean", s, StringComparison.Ordinal));
    }

    private static void AssertLog(string file, C.TreatmentResult treatment, string finalSkewColumn)
    {
        var (header, rows) = AsemFixture.ReadRaw(file);
        int Col(string name) => Array.IndexOf(header, name);
        static double Num(string s) => s.Length == 0 ? double.NaN : double.Parse(s, CultureInfo.InvariantCulture);
        Assert.Equal(49, rows.Count);
        foreach (var row in rows)
        {
            var r = treatment[row[0]];
            Assert.Equal(Num(row[Col("skew_before")]), r.SkewBefore, 9);
            Assert.Equal(Num(row[Col("kurtosis_before")]), r.KurtosisBefore, 9);
            Assert.Equal(row[Col("passed_initial_test")] == "TRUE", r.PassedInitially);
            Assert.Equal(int.Parse(row[Col("winsorised_points_total")], CultureInfo.InvariantCulture), r.WinsorisedPointsTotal);
            Assert.Equal(int.Parse(row[Col("winsorised_high")], CultureInfo.InvariantCulture), r.WinsorisedHigh);
            Assert.Equal(int.Parse(row[Col("winsorised_low")], CultureInfo.InvariantCulture), r.WinsorisedLow);
            var sw = Num(row[Col("skew_after_winsorisation")]);
            if (double.IsNaN(sw)) Assert.True(double.IsNaN(r.SkewAfterWinsorisation), row[0]);
            else Assert.Equal(sw, r.SkewAfterWinsorisation, 9);
            var pw = row[Col("passed_after_winsorisation")];
            Assert.Equal(pw.Length == 0 ? null : pw == "TRUE", r.PassedAfterWinsorisation);
            Assert.Equal(row[Col("log_transform_applied")] == "TRUE", r.LogTransformApplied);
            var pl = row[Col("passed_after_log")];
            Assert.Equal(pl.Length == 0 ? null : pl == "TRUE", r.PassedAfterLog);
            var sf = Num(row[Col(finalSkewColumn)]);
            if (!double.IsNaN(sf)) Assert.Equal(sf, r.SkewFinal, 9);
        }
    }
}
