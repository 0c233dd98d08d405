using Sozialindikatoren.Common;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Samples;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Tests.Gaps;

public sealed class SampleGapTests
{
    [Theory]
    [InlineData(SupplyMode.Located)]
    [InlineData(SupplyMode.Served)]
    [InlineData(SupplyMode.Access)]
    public void Sample_HasRowsForAll11MunicipalitiesAndAll12Domains_WithANormOrAFlaggedAssumption(SupplyMode mode)
    {
        var data = SiegenWittgenstein.Load();
        var r = GapAnalysis.Run(data, SupplyNorms.Default, SiegenWittgenstein.AsOf, new GapOptions(supply: mode));
        var municipalities = data.Region.AtLevel(SpaceLevel.Municipality);
        Assert.Equal(11, municipalities.Count);
        foreach (var m in municipalities)
        {
            var rows = r.RowsOf(m.Id);
            Assert.Equal(ServiceDomain.All.ToHashSet(), rows.Select(x => x.Domain).ToHashSet());
            foreach (var row in rows)
            {
                Assert.True(row.Norm.Provenance.Kind is ProvenanceKind.Sourced || row.Norm.IsAssumption, row.ToString());
                Assert.NotEqual(CoverageClass.Unknown, row.Class);
            }
        }
        // Municipalities first, then the planning regions, then the county.
        var order = r.Rows.Select(x => x.Space.Level).Distinct().ToArray();
        Assert.Equal([SpaceLevel.Municipality, SpaceLevel.PlanningRegion, SpaceLevel.County], order);
        // Every (domain, unit) of the inventory has a norm; offerings of a type no norm counts fall outside (issue 12.8): the
        // residential youth-care places (not U3), day care (not a nursing-home place), pregnancy counselling (SchKG, not family
        // counselling), assistance (SGB IX), assisted living and self-help in mental health, prevention and self-help in
        // addiction, the psychosocial centre, food banks, neighbourhood work, offender aid and the transition places.
        Assert.Equal(["ab-produktionsschule", "ap-tagespflege-bl", "ap-tagespflege-siegen", "as-gefaehrdetenhilfe", "as-sozialkaufhaus-kreuztal", "as-tafel-siegen",
            "as-tafel-wittgenstein", "as-teilhabe-wittgenstein", "as-ziq-fischbacherberg", "egh-assistenz", "fa-schwangerschaft", "kj-wohngruppen", "mi-psz", "sp-bewo",
            "sp-selbsthilfe", "su-praevention", "su-selbsthilfe"], r.OfferingsWithoutNorm.Select(o => o.Id).Order(StringComparer.Ordinal).ToArray());
        if (mode != SupplyMode.Access) Assert.Empty(r.UnassignedOfferings);
        // County totals: the located capacity is all counted once.
        var county = r.Row(SiegenWittgenstein.CountyId, ServiceDomain.Schulden, CapacityUnit.FullTimeEquivalents);
        if (mode != SupplyMode.Access) Assert.Equal(7.5, county.Supply, 1e-9);
        Assert.Equal(274_074 * 2.0 / 50_000, county.Demand!.Value, 1e-9);
    }

    [Fact]
    public void Sample_ConferenceStatementsAppearInTheFindings_WithAgreement()
    {
        var data = SiegenWittgenstein.Load();
        var r = GapAnalysis.Run(data, SupplyNorms.Default, SiegenWittgenstein.AsOf, new GapOptions(supply: SupplyMode.Served));
        Assert.Equal(data.ConferenceStatements.Where(s => s.Date <= SiegenWittgenstein.AsOf).ToHashSet(), r.Statements.Select(s => s.Statement).ToHashSet());
        Assert.All(r.Statements, s => Assert.NotNull(s.Row));
        var withStatements = r.Findings.Where(f => f.Statements.Count > 0).ToArray();
        Assert.NotEmpty(withStatements);
        Assert.Contains(withStatements, f => Sozialindikatoren.Reporting.GapFindingsText.Line(f).Contains("Sozialraumkonferenz", StringComparison.Ordinal));
        // Freudenberg: the conference sees a lack of home places, the data do not (places per 80+ above the county mean).
        var freudenberg = r.Statements.Single(s => s.Statement.Space.Value == "05970016" && s.Row!.Unit == CapacityUnit.Places);
        Assert.Equal(StatementAgreement.Disagrees, freudenberg.Agreement);
    }
}

public sealed class SampleNeedAdjustmentTests
{
    [Fact]
    public void SocialIndexStatusZ_DrivesTheNeedFactor()
    {
        var data = SiegenWittgenstein.Load();
        var index = global::Sozialindikatoren.Composite.SocialIndex.Compute(data, global::Sozialindikatoren.Composite.SocialIndexOptions.StatusOnly);
        var need = NeedIndex.FromSocialIndex(index);
        Assert.Equal(11, need.Values.Count);
        var r = GapAnalysis.Run(data, SupplyNorms.Default, SiegenWittgenstein.AsOf, new GapOptions(needSensitivity: 0.2, needIndex: need));
        foreach (var m in data.Region.AtLevel(SpaceLevel.Municipality))
        {
            var row = r.Row(m.Id, ServiceDomain.Schulden, CapacityUnit.FullTimeEquivalents);
            var f = Math.Clamp(1 + 0.2 * index[m.Id].StatusZ, 0.5, 2);
            Assert.Equal(f, row.NeedFactor, 1e-12);
            Assert.Equal(m.Population!.Total * 2.0 / 50_000 * f, row.Demand!.Value, 1e-9);
        }
        // Siegen has the highest need in the sample: factor above 1.
        Assert.True(r.Row("05970040", ServiceDomain.Schulden, CapacityUnit.FullTimeEquivalents).NeedFactor > 1);
        Assert.Empty(r.SpacesWithoutNeedIndex);
    }
}
