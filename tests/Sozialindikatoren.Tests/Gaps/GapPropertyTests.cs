using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using Sozialindikatoren;
using Sozialindikatoren.Common;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Tests.Arbitraries;
using Sozialindikatoren.Reporting;

namespace Sozialindikatoren.Tests.Gaps;

public sealed class GapPropertyTests
{
    private static readonly LocalDate AsOf = new(2025, 1, 1);

    private static GapAnalysisResult Run(PlanningData data, SupplyNorms? norms = null, GapOptions? options = null) =>
        GapAnalysis.Run(data, norms ?? SupplyNorms.Default, AsOf, options);

    private static PlanningData WithOfferings(PlanningData d, IEnumerable<Offering> offerings) =>
        new(d.Name, d.Region, d.Providers, offerings, d.Indicators, d.ConferenceStatements, d.ProviderStatements);

    private static double Tol(double scale) => 1e-9 * Math.Max(1, Math.Abs(scale));

    [Property]
    public bool MoreSupply_NeverIncreasesAGap(GapsDataCase c, PositiveInt extra, byte mode)
    {
        var options = new GapOptions(supply: (SupplyMode)(mode % 3));
        var before = Run(c.Data, options: options);
        var rng = new Random(c.Seed);
        var municipalities = c.Data.Region.Spaces.Where(s => s.Level == SpaceLevel.Municipality).ToArray();
        var domain = ServiceDomain.All[rng.Next(12)];
        var unit = rng.Next(2) == 0 ? CapacityUnit.FullTimeEquivalents : CapacityUnit.Places;
        var location = rng.Next(4) == 0 ? c.Data.Region.Roots.First().Id : municipalities[rng.Next(municipalities.Length)].Id;
        var added = new Offering("zz-extra", "Zusatz", domain, "p", location, new Capacity(extra.Get / 4.0, unit), Obligation.Voluntary, FundingPlan.Empty);
        var after = Run(WithOfferings(c.Data, c.Data.Offerings.Append(added)), options: options);
        return before.Rows.Zip(after.Rows).All(p => p.First.Gap is not { } g0 || p.Second.Gap!.Value <= g0 + Tol(g0));
    }

    [Property]
    public bool MoreDemand_NeverDecreasesAGap(GapsDataCase c, PositiveInt percent, byte mode)
    {
        var options = new GapOptions(supply: (SupplyMode)(mode % 3));
        var before = Run(c.Data, options: options);
        var factor = 1 + percent.Get / 100.0;
        var raised = new SupplyNorms(SupplyNorms.Default.Norms.Select(n => n.WithAmount(n.Amount * factor, Provenance.Assumption("raised"))));
        var after = Run(c.Data, raised, options);
        return before.Rows.Zip(after.Rows).All(p => p.First.Gap is not { } g0 || p.Second.Gap!.Value >= g0 - Tol(g0));
    }

    [Property]
    public bool Classes_AreMonotoneInCoverage(GapsDataCase c)
    {
        var rows = Run(c.Data).Rows.Where(r => r.CoveragePercent is not null).OrderBy(r => r.CoveragePercent!.Value).ToArray();
        for (var i = 1; i < rows.Length; i++)
            if (rows[i].Class < rows[i - 1].Class) return false;
        return true;
    }

    [Property]
    public bool Classes_AreMonotone_ForAnyThresholds(NormalFloat a, NormalFloat b, PositiveInt severe, PositiveInt width1, PositiveInt width2)
    {
        var t = new CoverageThresholds(over: severe.Get % 200 + width1.Get % 100 + width2.Get % 100, under: severe.Get % 200 + width1.Get % 100, severe: severe.Get % 200);
        double x = Math.Abs(a.Get) % 300, y = Math.Abs(b.Get) % 300;
        if (x > y) (x, y) = (y, x);
        return t.Classify(x) <= t.Classify(y);
    }

    [Property]
    public bool CountyAndRegionTotals_EqualTheSumsOverTheirMunicipalities(GapsDataCase c, byte mode)
    {
        var supplyMode = (SupplyMode)(mode % 3);
        var r = Run(c.Data, options: new GapOptions(supply: supplyMode));
        var region = c.Data.Region;
        foreach (var aggregate in region.Spaces.Where(s => s.Level != SpaceLevel.Municipality))
        {
            var leaves = region.LeavesOf(aggregate.Id).Where(l => l.Level == SpaceLevel.Municipality).OrderBy(l => region.IndexOf(l.Id)).ToArray();   // sums run in region order
            if (leaves.Length == 0) continue;
            foreach (var norm in SupplyNorms.Default.Norms)
            {
                var total = r.Row(aggregate.Id, norm.Domain, norm.Unit);
                var parts = leaves.Select(l => r.Row(l.Id, norm.Domain, norm.Unit)).ToArray();
                double supply = 0, demand = 0, target = 0;
                var unknown = false;
                foreach (var p in parts)
                {
                    supply += p.Supply;
                    if (p.Demand is { } d && p.TargetPopulation is { } t) { demand += d; target += t; }
                    else unknown = true;
                }
                Assert.Equal(supply, total.Supply);
                if (unknown)
                {
                    // Missing is not zero: an aggregate over a space with unknown demand is unknown.
                    Assert.Null(total.Demand);
                    Assert.Equal(CoverageClass.Unknown, total.Class);
                }
                else
                {
                    Assert.Equal(demand, total.Demand);
                    Assert.Equal(target, total.TargetPopulation);
                }
            }
        }
        // Every capacity with a norm is counted exactly once in the county (located and served; the catchment counts
        // only offerings with demand in reach).
        if (supplyMode == SupplyMode.Access) return true;
        foreach (var norm in SupplyNorms.Default.Norms)
        {
            var capacity = c.Data.Offerings.Where(norm.Counts).Sum(o => o.Capacity.Amount);
            Assert.Equal(capacity, r.Row("K", norm.Domain, norm.Unit).Supply, Tol(capacity));
        }
        return true;
    }

    [Property]
    public bool Results_DoNotDependOnTheOrderOfOfferings(GapsDataCase c, byte mode)
    {
        var options = new GapOptions(supply: (SupplyMode)(mode % 3));
        var shuffled = c.Data.Offerings.OrderBy(_ => Guid.NewGuid()).ToArray();
        new Random(c.Seed).Shuffle(shuffled);
        var a = Run(c.Data, options: options);
        var b = Run(WithOfferings(c.Data, shuffled), options: options);
        return ResultTables.Coverage(a).ToCsv() == ResultTables.Coverage(b).ToCsv()
            && a.Findings.Select(f => f.ToString()).SequenceEqual(b.Findings.Select(f => f.ToString()));
    }
}
