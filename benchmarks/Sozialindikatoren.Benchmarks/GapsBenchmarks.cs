using BenchmarkDotNet.Attributes;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Benchmarks;

/// <summary>
/// The issue's gap benchmark: 11,000 municipalities (in 10 planning regions of one county, 13 official age bands each)
/// × the 12 standard domains (19 age-band norms of <see cref="SupplyNorms.Default"/>: FTE for all 12, places and cases
/// where the catalogue has them) × 100,000 offerings (seed 42; 1 % registered at a planning region and split over its
/// municipalities). The baseline is a straightforward LINQ implementation of the same located-supply analysis: group
/// the offerings by (location, domain, unit) into a dictionary, look every population up through the region, build one
/// row object per space × norm, sum the aggregates by walking the children, sort the under-supplied rows by score.
/// </summary>
[MemoryDiagnoser]
public class GapsBenchmarks
{
    private const int Municipalities = 11_000, Regions = 10, Offerings = 100_000;
    private PlanningData _data = null!;
    private SupplyNorms _norms = null!;
    private static readonly LocalDate AsOf = new(2025, 1, 1);
    private static readonly GapOptions Served = new(supply: SupplyMode.Served);
    private static readonly GapOptions Located = new(supply: SupplyMode.Located);

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        var bands = new AgeBand[]
        {
            new(0, 3), new(3, 6), new(6, 10), new(10, 15), new(15, 18), new(18, 25), new(25, 30), new(30, 40),
            new(40, 50), new(50, 65), new(65, 75), new(75, 80), new(80, null),
        };
        var date = new LocalDate(2024, 12, 31);
        var spaces = new List<SocialSpace>(Municipalities + Regions + 1) { new("K", "Kreis", SpaceLevel.County) };
        for (var r = 0; r < Regions; r++) spaces.Add(new SocialSpace("R" + r, "Region " + r, SpaceLevel.PlanningRegion, "K"));
        for (var m = 0; m < Municipalities; m++)
        {
            var scale = rng.Next(200, 20_000);
            var pop = new Population(date, bands.Select(b => new KeyValuePair<AgeBand, long>(b, (long)(scale * (b.UpperOrMax - b.From) / 150.0 * (0.5 + rng.NextDouble())))));
            spaces.Add(new SocialSpace("M" + m, "Gemeinde " + m, SpaceLevel.Municipality, "R" + (m % Regions), population: pop));
        }
        _norms = new SupplyNorms(SupplyNorms.Default.Norms.Where(n => n.Target.Kind == TargetPopulationKind.AgeBand));
        var norms = _norms.Norms;
        var offerings = new List<Offering>(Offerings);
        for (var i = 0; i < Offerings; i++)
        {
            var norm = norms[rng.Next(norms.Count)];
            SpaceId location = rng.Next(100) == 0 ? "R" + rng.Next(Regions) : "M" + rng.Next(Municipalities);
            var amount = norm.Unit == CapacityUnit.FullTimeEquivalents ? rng.Next(1, 9) * 0.25 : rng.Next(1, 60);
            var target = norm.OfferingAges is { } ages ? new TargetGroup("Zielgruppe", ages) : null;
            offerings.Add(new Offering("o" + i.ToString("000000", System.Globalization.CultureInfo.InvariantCulture), "Angebot", norm.Domain, "p", location,
                new Capacity(amount, norm.Unit), Obligation.Voluntary, FundingPlan.Empty, targetGroup: target));
        }
        _data = new PlanningData("Benchmark", new Region(spaces), [new Provider("p", "Träger", ProviderAssociation.Caritas)], offerings);
    }

    /// <summary>Baseline: LINQ grouping, dictionary look-ups, one object per row, aggregates by walking the tree.</summary>
    [Benchmark(Baseline = true)]
    public int StraightforwardLinq()
    {
        var region = _data.Region;
        var norms = _norms.Norms;
        var byKey = _data.Offerings
            .Select(o => (Offering: o, Norm: norms.FirstOrDefault(n => n.Counts(o))))
            .Where(x => x.Norm is not null)
            .GroupBy(x => (x.Offering.Location, x.Offering.Domain, x.Offering.Capacity.Unit))
            .ToDictionary(g => g.Key, g => g.Select(x => x.Offering).ToList());
        var rows = new Dictionary<(SpaceId, ServiceDomain, CapacityUnit), (double Target, double Demand, double Supply)>();
        var leaves = region.Spaces.Where(s => region.ChildrenOf(s.Id).Count == 0).ToList();
        foreach (var s in leaves)
        {
            foreach (var n in norms)
            {
                var target = (double)(region.AggregatePopulation(s.Id, n.Target.Band) ?? 0);
                var demand = target * n.Rate;
                var supply = byKey.TryGetValue((s.Id, n.Domain, n.Unit), out var list) ? list.Sum(o => o.Capacity.Amount) : 0;
                rows[(s.Id, n.Domain, n.Unit)] = (target, demand, supply);
            }
        }
        // Offerings registered above the municipalities: split by demand over the leaves below.
        foreach (var s in region.Spaces.Where(s => region.ChildrenOf(s.Id).Count > 0))
        {
            var below = region.LeavesOf(s.Id);
            foreach (var n in norms)
            {
                if (!byKey.TryGetValue((s.Id, n.Domain, n.Unit), out var list)) continue;
                var total = below.Sum(l => rows[(l.Id, n.Domain, n.Unit)].Demand);
                foreach (var l in below)
                {
                    var r = rows[(l.Id, n.Domain, n.Unit)];
                    rows[(l.Id, n.Domain, n.Unit)] = (r.Target, r.Demand, r.Supply + list.Sum(o => o.Capacity.Amount) * (total > 0 ? r.Demand / total : 1.0 / below.Count));
                }
            }
        }
        var result = new List<(SpaceId Space, SupplyNorm Norm, double Target, double Demand, double Supply, double? Coverage, CoverageClass Class)>();
        foreach (var s in leaves.Concat(region.Spaces.Where(s => region.ChildrenOf(s.Id).Count > 0).OrderByDescending(s => s.Level)))
        {
            var below = region.LeavesOf(s.Id);
            foreach (var n in norms)
            {
                var parts = below.Select(l => rows[(l.Id, n.Domain, n.Unit)]).ToList();
                double t = parts.Sum(p => p.Target), d = parts.Sum(p => p.Demand), sup = parts.Sum(p => p.Supply);
                double? c = d > 0 ? sup / d * 100 : null;
                result.Add((s.Id, n, t, d, sup, c, c is { } cc ? CoverageThresholds.Default.Classify(cc) : CoverageClass.NoDemand));
            }
        }
        var findings = result.Where(r => r.Class is CoverageClass.Under or CoverageClass.Severe && region.ChildrenOf(r.Space).Count == 0)
            .Select(r => (r.Space, r.Norm, Score: (r.Demand - r.Supply) / r.Demand * ((r.Demand - r.Supply) * r.Target / r.Demand)))
            .OrderByDescending(f => f.Score).ToList();
        return result.Count + findings.Count;
    }

    /// <summary>The library, located supply: rows, aggregates and ranked findings with evidence.</summary>
    [Benchmark]
    public int GapAnalysisLocated()
    {
        var r = GapAnalysis.Run(_data, _norms, AsOf, Located);
        return r.Rows.Count + r.Findings.Count;
    }

    /// <summary>The library, supply split over the served spaces (the default).</summary>
    [Benchmark]
    public int GapAnalysisServed()
    {
        var r = GapAnalysis.Run(_data, _norms, AsOf, Served);
        return r.Rows.Count + r.Findings.Count;
    }
}
