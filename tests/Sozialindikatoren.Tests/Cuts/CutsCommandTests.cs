using Sozialindikatoren.Cli;
using Sozialindikatoren.Data.Json;

namespace Sozialindikatoren.Tests.Cuts;

public sealed class CutsCommandTests
{
    private static string WriteData()
    {
        var dir = Directory.CreateTempSubdirectory("cuts-data-").FullName;
        var path = Path.Combine(dir, "dataset.json");
        using var f = File.Create(path);
        PlanningDataJson.Write(CutsFixture.Data(), f);
        return path;
    }

    private static (int Code, string Out, string Err, string Dir) Run(params string[] args)
    {
        var dir = Directory.CreateTempSubdirectory("cuts-out-").FullName;
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run([.. args, "--out", dir], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString(), dir);
    }

    [Fact]
    public void Writes_the_six_files_with_the_specified_columns_byte_identically()
    {
        var data = WriteData();
        var a = Run("cuts", "--data", data, "--draws", "200", "--seed", "3", "--budget", "5000", "--assume-cofunder-withdrawal");
        var b = Run("cuts", "--data", data, "--draws", "200", "--seed", "3", "--budget", "5000", "--assume-cofunder-withdrawal");
        Assert.True(a.Code == 0, a.Err);
        // The small data set has no funding line for some preset lines: each is a warning (stderr and summary.json), nothing else.
        Assert.All(a.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.StartsWith("warning: scenario 'NRW", l, StringComparison.Ordinal));
        Assert.Contains("\"warnings\": [", File.ReadAllText(Path.Combine(a.Dir, "summary.json")), StringComparison.Ordinal);
        foreach (var name in new[] { "offerings.csv", "spaces.csv", "domains.csv", "categories.csv", "rescue.csv", "summary.json" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(a.Dir, name)), File.ReadAllBytes(Path.Combine(b.Dir, name)));
        string Header(string name) => File.ReadLines(Path.Combine(a.Dir, name)).First();
        Assert.Equal("offering_id,domain,unit,category,risk,lost_funding,capacity_before,capacity_after,closed,impact,response,legal_claim,scenario_cut,consequential_loss,provider_reported_loss", Header("offerings.csv"));
        Assert.Equal("space_id,domain,unit,coverage_before,coverage_after,class_before,class_after,p_undersupplied,people_affected,unmet_before,unmet_after", Header("spaces.csv"));
        Assert.Equal("domain,unit,offerings,affected,closed,budget,lost_funding,capacity_before,capacity_after,lost_capacity_share,newly_undersupplied,unmet_before,unmet_after", Header("domains.csv"));
        Assert.Equal("category,offerings,affected,closed,budget,lost_funding,mean_risk,mean_impact,share_of_total_cut,share_of_closures", Header("categories.csv"));
        Assert.Equal("offering_id,backfill_eur,impact_avoided,impact_avoided_per_eur,method", Header("rescue.csv"));
        Assert.Equal(new[] { "voll", "teil", "traeger" }, File.ReadLines(Path.Combine(a.Dir, "categories.csv")).Skip(1).Select(l => l.Split(',')[0]));
        Assert.Contains("o3,KinderJugend,fte,teil,", File.ReadAllText(Path.Combine(a.Dir, "offerings.csv")), StringComparison.Ordinal);
        // o3 closes: S = 1 (its 3 FTE are all KinderJugend supply in B), N = Φ(0) (no social index), and A = 0 because the
        // default norm for KinderJugend FTE counts the under-25s, which the fixture's age bands cannot give (demand unknown):
        // impact = 0.25 + 0.25 · 0.5 = 0.375.
        // With the withdrawal assumed: scenario cut 20,000 (Land), consequential loss 50,000 (the Kreis' Fehlbedarf line).
        Assert.Contains(",true,0.375,closedcofinancing,true,20000,50000,0", File.ReadAllText(Path.Combine(a.Dir, "offerings.csv")), StringComparison.Ordinal);
        Assert.Contains("\"assumeCofunderWithdrawal\": true", File.ReadAllText(Path.Combine(a.Dir, "summary.json")), StringComparison.Ordinal);
        var summary = File.ReadAllText(Path.Combine(a.Dir, "summary.json"));
        Assert.Contains("\"status\": \"assumption\"", summary, StringComparison.Ordinal);
        Assert.Contains("\"lostFunding\": 96600", summary, StringComparison.Ordinal);
        Assert.Contains("Nach Finanzierungskategorie", a.Out, StringComparison.Ordinal);
        Assert.Contains("Ausgleichsplan", a.Out, StringComparison.Ordinal);
        Assert.Equal(a.Out, b.Out);
    }

    [Fact]
    public void Cofunder_withdrawal_is_off_by_default_and_scenarios_compose_with_a_plus()
    {
        var data = WriteData();
        var off = Run("cuts", "--data", data, "--draws", "0");
        Assert.True(off.Code == 0, off.Err);
        var o3 = File.ReadLines(Path.Combine(off.Dir, "offerings.csv")).Single(l => l.StartsWith("o3,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(["20000", "20000", "0", "0"], [o3[5], o3[12], o3[13], o3[14]]);   // lost = scenario cut; no consequential loss
        Assert.Contains("\"assumeCofunderWithdrawal\": false", File.ReadAllText(Path.Combine(off.Dir, "summary.json")), StringComparison.Ordinal);
        var both = Run("cuts", "--data", data, "--draws", "0", "--scenario", "nrw-2025-entwurf+bund-2025");
        Assert.True(both.Code == 0, both.Err);
        Assert.Contains("NRW Haushaltsentwurf 2025 (08/2024) + Bund 2025", File.ReadAllText(Path.Combine(both.Dir, "summary.json")), StringComparison.Ordinal);
        var bad = Run("cuts", "--data", data, "--scenario", "nrw-2025-entwurf+nirgendwo");
        Assert.Equal(CliApp.UsageError, bad.Code);
        Assert.Contains("'nirgendwo'", bad.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_runs_on_the_embedded_sample_with_the_social_index_as_need()
    {
        var r = Run("cuts", "--draws", "100", "--budget", "100000");
        Assert.Equal(0, r.Code);
        Assert.Equal("", r.Err);
        var summary = File.ReadAllText(Path.Combine(r.Dir, "summary.json"));
        Assert.Contains("\"name\": \"NRW Haushaltsentwurf 2025 (08/2024)\"", summary, StringComparison.Ordinal);
        Assert.Contains("Sozialindex (Status-z", summary, StringComparison.Ordinal);
        Assert.Contains("\"supply\": \"served\"", summary, StringComparison.Ordinal);   // demand from the gap analysis, its supply mode
        Assert.Contains("\"unmetDemand\": \"allocation\"", summary, StringComparison.Ordinal);   // capacity-constrained allocation
        Assert.Contains("\"allocationRadiusKm\": 25", summary, StringComparison.Ordinal);
        Assert.Contains("\"offeringsByProviderStatement\"", summary, StringComparison.Ordinal);
        Assert.Contains("Kreis Siegen-Wittgenstein", r.Out, StringComparison.Ordinal);
        var offerings = File.ReadAllLines(Path.Combine(r.Dir, "offerings.csv"));
        Assert.Equal(global::Sozialindikatoren.Samples.SiegenWittgenstein.Load().Offerings.Count + 1, offerings.Length);
        Assert.True(File.ReadAllLines(Path.Combine(r.Dir, "rescue.csv")).Length > 1);
    }

    [Fact]
    public void Scale_zero_and_preset_none_cut_nothing()
    {
        var data = WriteData();
        foreach (var args in new[] { new[] { "--scale", "0" }, new[] { "--scenario", "none" } })
        {
            var r = Run(["cuts", "--data", data, "--draws", "0", .. args]);
            Assert.Equal(0, r.Code);
            Assert.All(File.ReadLines(Path.Combine(r.Dir, "offerings.csv")).Skip(1), l => Assert.Equal("0", l.Split(',')[5]));
            Assert.False(File.Exists(Path.Combine(r.Dir, "rescue.csv")));
        }
    }

    [Fact]
    public void Scenario_file_and_errors()
    {
        var data = WriteData();
        var scenario = Path.Combine(Path.GetDirectoryName(data)!, "s.json");
        File.WriteAllText(scenario, global::Sozialindikatoren.Data.Json.CutScenarioJson.WriteString(global::Sozialindikatoren.Cuts.CutScenarios.Bund2025));
        Assert.Equal(0, Run("cuts", "--data", data, "--scenario", scenario, "--draws", "0").Code);
        var unknown = Run("cuts", "--data", data, "--scenario", "nrw-2030");
        Assert.Equal(2, unknown.Code);
        Assert.Contains("nrw-2025-entwurf", unknown.Err, StringComparison.Ordinal);
        Assert.Equal(2, Run("cuts", "--data", data, "--as-of", "01.01.2025").Code);
        Assert.Equal(2, Run("cuts", "--data", data, "--scale", "-1").Code);
        File.WriteAllText(scenario, """{ "format": "sozialindikatoren/cut-scenario", "version": 1, "name": "x", "lines": [ { "label": "a", "percent": 150, "effectiveFrom": "2025-01-01", "status": "sourced" } ] }""");
        var bad = Run("cuts", "--data", data, "--scenario", scenario);
        Assert.Equal(1, bad.Code);
        Assert.Contains("s.json: $.lines[0]", bad.Err, StringComparison.Ordinal);
    }
}
