using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Tests.Arbitraries;
using Sample = Sozialindikatoren.Samples.SiegenWittgenstein;
using Sozialindikatoren.Reporting;

namespace Sozialindikatoren.Tests.Gaps;

/// <summary>Issue 12.8 and 13.5/13.10: a norm counts only the offering types it lists; at most one norm per (domain,
/// unit); a domain marked not surveyed has no coverage (never 0 %); another county's own planning norm is an assumption.</summary>
public sealed class NormScopeTests
{
    private static readonly LocalDate AsOf = Sample.AsOf;

    private static PlanningData WithOfferings(PlanningData d, IEnumerable<Offering> offerings) =>
        new(d.Name, d.Region, d.Providers, offerings, d.Indicators, d.ConferenceStatements, d.ProviderStatements, d.Description, d.Participation);

    [Fact]
    public void Family_counselling_norm_counts_only_its_types_not_all_of_domain_Familie()
    {
        var data = Sample.Load();
        var r = GapAnalysis.Run(data, SupplyNorms.Default, AsOf, new GapOptions(supply: SupplyMode.Located));
        var county = r.Row(Sample.CountyId, ServiceDomain.Familie, CapacityUnit.FullTimeEquivalents);
        // Independently: the FTE of the sample's Familie offerings of the four counted types (pregnancy counselling, 2 FTE under
        // its own law, is not family counselling): 16 FTE in the domain, 14 counted.
        string[] counted = ["familienberatung", "fruehe_hilfen", "familienbildung", "familienzentrum"];
        var familie = data.Offerings.Where(o => o.Domain == ServiceDomain.Familie && o.Capacity.Unit == CapacityUnit.FullTimeEquivalents).ToArray();
        Assert.Equal(16.0, familie.Sum(o => o.Capacity.Amount), 9);
        Assert.Equal(14.0, familie.Where(o => counted.Contains(o.Type!.Value.Code)).Sum(o => o.Capacity.Amount), 9);
        Assert.Equal(14.0, county.Supply, 9);
        // Demand: minors of the county / 5,000 (1 FTE per 5,000 minors).
        var minors = data.Region.Spaces.Where(s => s.Level == SpaceLevel.Municipality).Sum(s => (double)s.Population!.Count(AgeBand.Under(18)));
        Assert.Equal(minors / 5_000, county.Demand!.Value, 9);
        Assert.Equal(14.0 / (minors / 5_000) * 100, county.CoveragePercent!.Value, 9);
        Assert.Contains(r.OfferingsWithoutNorm, o => o.Id == "fa-schwangerschaft");
    }

    [Fact]
    public void An_offering_without_a_type_still_counts_under_a_typed_norm()
    {
        var data = Sample.Load();
        var sb = data.Offerings.First(o => o.Domain == ServiceDomain.Schulden && o.Capacity.Unit == CapacityUnit.FullTimeEquivalents);
        var untyped = new Offering("zz-untyped", "Schuldnerberatung ohne Angebotsart", sb.Domain, sb.ProviderId, sb.Location, new Capacity(1, sb.Capacity.Unit), sb.Obligation, FundingPlan.Empty);
        var typedOther = new Offering("zz-other", "Eigene Angebotsart", sb.Domain, sb.ProviderId, sb.Location, new Capacity(1, sb.Capacity.Unit), sb.Obligation, FundingPlan.Empty, type: new OfferingType("zz_eigene_art"));
        var options = new GapOptions(supply: SupplyMode.Located);
        var before = GapAnalysis.Run(data, SupplyNorms.Default, AsOf, options).Row(sb.Location, sb.Domain, sb.Capacity.Unit).Supply;
        var after = GapAnalysis.Run(WithOfferings(data, data.Offerings.Append(untyped).Append(typedOther)), SupplyNorms.Default, AsOf, options).Row(sb.Location, sb.Domain, sb.Capacity.Unit).Supply;
        Assert.Equal(before + 1, after, 9);
    }

    [Fact]
    public void A_norm_can_count_the_offerings_of_a_funding_programme()
    {
        var data = Sample.Load();
        var options = new GapOptions(supply: SupplyMode.Located);
        var schulden = data.Offerings.Where(o => o.Domain == ServiceDomain.Schulden && o.Capacity.Unit == CapacityUnit.FullTimeEquivalents).ToArray();
        var programme = schulden.SelectMany(o => o.Funding.Lines).Select(l => l.Programme).GroupBy(p => p).OrderBy(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var norm = new SupplyNorm(ServiceDomain.Schulden, CapacityUnit.FullTimeEquivalents, TargetPopulation.Inhabitants, 2, 50_000, "Schuldnerberatung (Programm)",
            Provenance.Assumption("Test"), programmes: [programme.ToUpperInvariant()]);
        var r = GapAnalysis.Run(data, SupplyNorms.Default.With(norm), AsOf, options);
        var expected = schulden.Where(o => o.Funding.Lines.Any(l => l.Programme == programme) && !o.Funding.Lines.All(l => l.Period.End < AsOf)).Sum(o => o.Capacity.Amount);
        Assert.True(expected > 0);
        Assert.Equal(expected, r.Row(Sample.CountyId, ServiceDomain.Schulden, CapacityUnit.FullTimeEquivalents).Supply, 9);
    }

    /// <summary>Property: adding an offering of a type the norm does not count never changes that norm's coverage.</summary>
    [Property]
    public bool Adding_an_offering_of_a_type_the_norm_does_not_count_never_changes_its_coverage(GapsDataCase c, PositiveInt capacity, byte mode)
    {
        var options = new GapOptions(supply: (SupplyMode)(mode % 2 == 0 ? 0 : 1));
        var rng = new Random(c.Seed);
        var typed = SupplyNorms.Default.Norms.Where(n => n.OfferingTypes.Count > 0).ToArray();
        var norm = typed[rng.Next(typed.Length)];
        // Types of the norm's domain it does not list, a type of no domain (selbsthilfe) and a user type.
        var others = OfferingType.Known.Where(t => (t.Domain is null || t.Domain == norm.Domain) && !norm.OfferingTypes.Contains(t)).Append(new OfferingType("zz_eigene_art")).ToArray();
        var type = others[rng.Next(others.Length)];
        var spaces = c.Data.Region.Spaces.ToArray();
        var location = spaces[rng.Next(spaces.Length)].Id;
        var provider = c.Data.Offerings.Count > 0 ? c.Data.Offerings[0].ProviderId : c.Data.Providers[0].Id;
        var added = new Offering("zz-other-type", "Zusatz", norm.Domain, provider, location, new Capacity(capacity.Get / 4.0, norm.Unit), Obligation.Voluntary,
            FundingPlan.Empty, targetGroup: new TargetGroup("alle", AgeBand.Under(3)), type: type);
        var before = GapAnalysis.Run(c.Data, SupplyNorms.Default, AsOf, options);
        var after = GapAnalysis.Run(WithOfferings(c.Data, c.Data.Offerings.Append(added)), SupplyNorms.Default, AsOf, options);
        return before.Rows.Zip(after.Rows).Where(p => p.First.Norm.Domain == norm.Domain && p.First.Norm.Unit == norm.Unit)
            .All(p => p.First.CoveragePercent == p.Second.CoveragePercent && p.First.Supply == p.Second.Supply);
    }

    [Fact]
    public void A_second_norm_for_the_same_domain_and_unit_is_an_error_naming_both()
    {
        var first = SupplyNorms.Default[ServiceDomain.Familie, CapacityUnit.FullTimeEquivalents];
        var second = new SupplyNorm(ServiceDomain.Familie, CapacityUnit.FullTimeEquivalents, TargetPopulation.Inhabitants, 1, 40_000, "Schwangerschaftsberatung",
            Provenance.Sourced("§ 4 SchKG"), offeringTypes: [new OfferingType("schwangerschaftsberatung")]);
        var e = Assert.Throws<ArgumentException>(() => new SupplyNorms([first, second]));
        Assert.Contains("'Familienberatung' and 'Schwangerschaftsberatung'", e.Message, StringComparison.Ordinal);
        // With() replaces the norm of the same (domain, unit) instead.
        Assert.Equal("Schwangerschaftsberatung", SupplyNorms.Default.With(second)[ServiceDomain.Familie, CapacityUnit.FullTimeEquivalents].Label);
    }

    [Fact]
    public void Another_countys_own_planning_norm_is_an_assumption_the_sample_keeps_it_sourced()
    {
        var pflege = SupplyNorms.Default[ServiceDomain.AltenhilfePflege, CapacityUnit.Places];
        Assert.Equal("05970000", pflege.SourceArea);
        var sample = GapAnalysis.Run(Sample.Load(), SupplyNorms.Default, AsOf).Norms[ServiceDomain.AltenhilfePflege, CapacityUnit.Places];
        Assert.False(sample.IsAssumption);
        var other = GapAnalysis.Run(Tests.Cuts.CutsFixture.Data(), SupplyNorms.Default, AsOf).Norms[ServiceDomain.AltenhilfePflege, CapacityUnit.Places];
        Assert.True(other.IsAssumption);
        Assert.Equal(pflege.Amount, other.Amount);
        Assert.DoesNotContain("Siegen", other.Provenance.Source!, StringComparison.Ordinal);
        // Every other default norm keeps its status.
        Assert.Equal(SupplyNorms.Default.Norms.Count(n => n.IsAssumption) + 1, GapAnalysis.Run(Tests.Cuts.CutsFixture.Data(), SupplyNorms.Default, AsOf).Norms.Norms.Count(n => n.IsAssumption));
    }

    [Fact]
    public void A_norm_marked_not_surveyed_has_no_coverage_no_gap_and_no_finding_never_0_percent()
    {
        var data = Sample.Load();
        var norms = SupplyNorms.Default.With(SupplyNorms.Default[ServiceDomain.Gewaltschutz, CapacityUnit.Places].AsNotSurveyed());
        var r = GapAnalysis.Run(data, norms, AsOf);
        var rows = r.Rows.Where(x => x.Domain == ServiceDomain.Gewaltschutz && x.Unit == CapacityUnit.Places).ToArray();
        Assert.NotEmpty(rows);
        Assert.All(rows, x =>
        {
            Assert.Equal(CoverageClass.NotSurveyed, x.Class);
            Assert.Null(x.CoveragePercent);
            Assert.Null(x.Gap);
            Assert.Null(x.PeopleNotCovered);
            Assert.NotNull(x.Demand);
            Assert.Equal(GapCertainty.None, x.Certainty);
        });
        Assert.DoesNotContain(r.Findings, f => f.Row.Domain == ServiceDomain.Gewaltschutz && f.Row.Unit == CapacityUnit.Places);
        // The shelter staff norm of the same domain is not affected.
        Assert.NotNull(r.Row(Sample.CountyId, ServiceDomain.Gewaltschutz, CapacityUnit.FullTimeEquivalents).CoveragePercent);
        // versorgung.csv: empty coverage and the status in the class column.
        var csv = ResultTables.Coverage(r).ToCsv().Split('\n');
        var header = csv[0].Split(',');
        var line = csv.First(l => l.StartsWith(Sample.CountyId + ",", StringComparison.Ordinal) && l.Contains(",Gewaltschutz,", StringComparison.Ordinal) && l.Contains(",places,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("", line[Array.IndexOf(header, "coverage_pct")]);
        Assert.Equal("not_surveyed", line[Array.IndexOf(header, "class")]);
        // The cut analysis keeps the status before and after, with no unmet demand.
        var cuts = CutAnalysis.Run(r, CutScenarios.NrwDraft2025, new CutOptions { Draws = 0 });
        Assert.All(cuts.Cells.Where(x => x.Domain == ServiceDomain.Gewaltschutz && x.Unit == CapacityUnit.Places), x =>
        {
            Assert.Equal(CoverageClass.NotSurveyed, x.ClassBefore);
            Assert.Equal(CoverageClass.NotSurveyed, x.ClassAfter);
            Assert.True(double.IsNaN(x.CoverageBefore) && double.IsNaN(x.CoverageAfter));
            Assert.Equal(0, x.UnmetBefore);
            Assert.False(x.NewlyUnderSupplied);
        });
    }
}
