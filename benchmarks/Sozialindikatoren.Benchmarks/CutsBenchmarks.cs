using BenchmarkDotNet.Attributes;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Benchmarks;

/// <summary>
/// Cut analysis: 10,000 Monte Carlo draws on the embedded county (Siegen-Wittgenstein sample; goal &lt; 1 s) and 1,000 draws on a synthetic
/// national data set (11,000 spaces, 100,000 offerings; goal &lt; 30 s). Baseline: a straightforward Monte Carlo that
/// recomputes the whole supply vector per draw on one thread with <see cref="Random"/>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CutsBenchmarks
{
    private GapAnalysisResult _county = null!;
    private GapAnalysisResult _national = null!;
    private CutModel _countyModel = null!;
    private CutModel _nationalModel = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The cut analysis runs on a gap analysis (one model of demand and supply); that is computed once here.
        var asOf = new LocalDate(2025, 1, 1);
        _county = GapAnalysis.Run(Samples.SiegenWittgenstein.Load(), SupplyNorms.Default, asOf);
        _national = GapAnalysis.Run(CutsSynthetic.Build(11_000, 100_000, 2), CutsSynthetic.Norms, asOf);
        _countyModel = new CutModel(_county, CutScenarios.NrwDraft2025, new CutOptions { Draws = 0 }, null);
        _nationalModel = new CutModel(_national, CutScenarios.NrwDraft2025, new CutOptions { Draws = 0 }, null);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("County10000")]
    public double CountyNaive() => NaiveMonteCarlo(_countyModel, 10_000);

    [Benchmark]
    [BenchmarkCategory("County10000")]
    public CutResult County() =>
        CutAnalysis.Run(_county, CutScenarios.NrwDraft2025, new CutOptions { Draws = 10_000, Seed = 1 });

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("National1000")]
    public double NationalNaive() => NaiveMonteCarlo(_nationalModel, 1_000);

    [Benchmark]
    [BenchmarkCategory("National1000")]
    public CutResult National() =>
        CutAnalysis.Run(_national, CutScenarios.NrwDraft2025, new CutOptions { Draws = 1_000, Seed = 1 });

    /// <summary>The straightforward method: per draw, every offering's response, the full supply vector and every cell's class.</summary>
    private static double NaiveMonteCarlo(CutModel m, int draws)
    {
        var rng = new Random(1);
        var o = m.Options;
        var under = new int[m.CellCount];
        var remaining = new double[m.Off.Length];
        for (var d = 0; d < draws; d++)
        {
            for (var i = 0; i < m.Off.Length; i++)
            {
                var p = new ResponseParameters(o.AbsorbableShare.Sample(rng.NextDouble()), o.Elasticity.Sample(rng.NextDouble()), o.ViabilityThreshold.Sample(rng.NextDouble()));
                m.Exposures[i].Respond(p, true, out remaining[i], out _);
            }
            var supply = m.SupplyAfter(remaining);
            for (var c = 0; c < m.CellCount; c++)
                if (m.ClassOf(c, supply[c]).IsUnderSupply()) under[c]++;
        }
        return under.Sum() / (double)draws;
    }
}

/// <summary>Synthetic data sets: a flat region of N spaces under one root, offerings over the 12 domains with Land, Kreis and own funding.</summary>
internal static class CutsSynthetic
{
    /// <summary>One FTE norm per domain on the inhabitants (2 FTE per 50,000), so every synthetic offering has cells.</summary>
    public static SupplyNorms Norms { get; } = new(ServiceDomain.All.Select(d =>
        new SupplyNorm(d, CapacityUnit.FullTimeEquivalents, TargetPopulation.Inhabitants, 2, 50_000, d.GermanName, Provenance.Assumption("Benchmark"))));

    private static readonly string[] Programmes =
    [
        "Fachberatung Schuldnerberatung", "Familienberatung", "Landespauschale Suchthilfe", "Soziale Beratung von Geflüchteten",
        "Gefährdetenhilfe", "Armutsbekämpfung (Landesprogramme)", "Gewaltschutz / Frauenhäuser", "AIDS-Hilfe", "Landesprogramm ohne Kürzung",
    ];

    public static PlanningData Build(int spaces, int offerings, int seed)
    {
        var rng = new Random(seed);
        var root = new SpaceId("R");
        var list = new List<SocialSpace>(spaces + 1) { new(root, "Region", SpaceLevel.County) };
        for (var i = 0; i < spaces; i++)
            list.Add(new SocialSpace(new SpaceId("s" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Raum " + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                SpaceLevel.Municipality, root, population: Population.OfTotal(new LocalDate(2024, 12, 31), rng.Next(500, 50_000))));
        var region = new Region(list);
        var providers = Enumerable.Range(0, 50).Select(p => new Provider("p" + p.ToString(System.Globalization.CultureInfo.InvariantCulture), "Träger", (ProviderAssociation)(p % 9))).ToArray();
        var period = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2026, 12, 31));
        var offs = new Offering[offerings];
        for (var i = 0; i < offerings; i++)
        {
            var s = rng.Next(spaces);
            var served = Enumerable.Range(0, rng.Next(1, 4)).Select(k => list[1 + (s + k) % spaces].Id).Distinct().ToArray();
            var lines = new List<FundingLine>
            {
                new(FundingSource.Land, Programmes[rng.Next(Programmes.Length)], (FundingInstrument)rng.Next(0, 4), rng.Next(10, 200) * 500m, period),
                new(FundingSource.Kreis, "Kreis-Zuwendungsvertrag", rng.Next(4) == 0 ? FundingInstrument.DeficitFunding : FundingInstrument.ShareFunding, rng.Next(10, 200) * 500m, period),
            };
            if (rng.Next(2) == 0) lines.Add(new FundingLine(FundingSource.OwnFunds, "Eigenmittel", FundingInstrument.OwnResources, rng.Next(1, 50) * 500m, period));
            offs[i] = new Offering("o" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Angebot", ServiceDomain.All[rng.Next(12)], providers[rng.Next(providers.Length)].Id,
                list[1 + s].Id, new Capacity(rng.Next(1, 20) / 2.0, CapacityUnit.FullTimeEquivalents), Obligation.Voluntary, new FundingPlan(lines),
                targetGroup: new TargetGroup("Zielgruppe", vulnerable: rng.Next(3) == 0), servedSpaces: served);
        }
        return new PlanningData("synthetisch", region, providers, offs);
    }
}
