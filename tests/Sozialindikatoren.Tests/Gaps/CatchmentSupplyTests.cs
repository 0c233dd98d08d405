using Sozialindikatoren.Text;
using Sozialindikatoren.Access;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using static Sozialindikatoren.Tests.Gaps.GapTestData;

namespace Sozialindikatoren.Tests.Gaps;

/// <summary>
/// The catchment variant on the small data set. Centroids: A (50.90 N, 8.00 E), B (50.90 N, 8.20 E), C (51.30 N, 8.00 E).
/// A–B = 14.02 km great circle × 1.3 / 50 km/h = 21.9 min (inside 30 min); A–C = 44.5 km → 69 min (outside).
/// </summary>
public sealed class CatchmentSupplyTests
{
    private const double Tol = 1e-9;
    private const CapacityUnit Fte = CapacityUnit.FullTimeEquivalents;
    private const CapacityUnit Places = CapacityUnit.Places;

    [Fact]
    public void CoordinateCatchment_MatchesHandComputed2Sfca()
    {
        var r = GapAnalysis.Run(DataSet(), Norms(), AsOf, new GapOptions(supply: SupplyMode.Access));
        // Schulden: D = 0.4 (A), 0.2 (B), 0.8 (C). Both sites reach A and B: R_sa = 0.25 / 0.6, R_sb = 0.3 / 0.6.
        var a = 0.25 / 0.6 + 0.3 / 0.6;
        Assert.Equal(a * 0.4, r.Row("A", ServiceDomain.Schulden, Fte).Supply, Tol);
        Assert.Equal(a * 0.2, r.Row("B", ServiceDomain.Schulden, Fte).Supply, Tol);
        Assert.Equal(0.0, r.Row("C", ServiceDomain.Schulden, Fte).Supply);
        Assert.Equal(a * 100, r.Row("A", ServiceDomain.Schulden, Fte).CoveragePercent!.Value, 1e-9);   // coverage = A_i × 100
        Assert.Equal(CoverageClass.Adequate, r.Row("B", ServiceDomain.Schulden, Fte).Class);
        Assert.Equal(0.55, r.Row("K", ServiceDomain.Schulden, Fte).Supply, Tol);   // Σ_i A_i D_i = Σ_j S_j
        // Pflege: R = 90 / 126 and 20 / 126 for A and B; C alone: 150 / 168.
        Assert.Equal(110.0 / 126 * 84, r.Row("A", ServiceDomain.AltenhilfePflege, Places).Supply, Tol);
        Assert.Equal(110.0 / 126 * 42, r.Row("B", ServiceDomain.AltenhilfePflege, Places).Supply, Tol);
        Assert.Equal(150, r.Row("C", ServiceDomain.AltenhilfePflege, Places).Supply, Tol);
        Assert.Equal(CoverageClass.Adequate, r.Row("B", ServiceDomain.AltenhilfePflege, Places).Class);   // 87.3 % instead of 47.6 % located
        // Gewaltschutz: the A shelter serves A and B (R = 0.6 / 1.5), C's own covers C.
        Assert.Equal(0.4, r.Row("A", ServiceDomain.Gewaltschutz, Places).Supply, Tol);
        Assert.Equal(0.2, r.Row("B", ServiceDomain.Gewaltschutz, Places).Supply, Tol);
        Assert.Equal(1.8, r.Row("C", ServiceDomain.Gewaltschutz, Places).Supply, Tol);
        var finding = r.Findings.Single(f => f.Row.Space.Id.Value == "A" && f.Row.Domain == ServiceDomain.Gewaltschutz);
        var c = Assert.Single(finding.Supply);
        Assert.Equal("g-a", c.Offering.Id);
        Assert.Equal(ContributionKind.Reachable, c.How);
        Assert.Equal("erreichbar (Einzugsbereich)", Labels.Of(c.How));
        Assert.Empty(r.UnassignedOfferings);
    }

    [Fact]
    public void GivenCosts_AreUsedAsTheyAre_RadiusApplies_AndUnlistedOfferingsAreReported()
    {
        var costs = TravelCosts.FromPairs(["A", "B", "C"], ["s-a", "s-b"],
            [("A", "s-a", 0.0), ("B", "s-a", 10.0), ("B", "s-b", 0.0), ("C", "s-a", 45.0)]);
        var r = GapAnalysis.Run(DataSet(), Norms(), AsOf, new GapOptions(supply: SupplyMode.Access, access: new AccessSupplyOptions(radiusMinutes: 30, costs: costs)));
        // s-a reaches A and B (C at 45 min is outside): R = 0.25 / 0.6; s-b only B: R = 0.3 / 0.2.
        Assert.Equal(0.25 / 0.6 * 0.4, r.Row("A", ServiceDomain.Schulden, Fte).Supply, Tol);
        Assert.Equal((0.25 / 0.6 + 1.5) * 0.2, r.Row("B", ServiceDomain.Schulden, Fte).Supply, Tol);
        Assert.Equal(0.0, r.Row("C", ServiceDomain.Schulden, Fte).Supply);
        Assert.Equal(["g-a", "g-c", "p-a", "p-b", "p-c"], r.UnassignedOfferings.Select(o => o.Id).ToArray());
    }

    [Fact]
    public void OfferingWithoutDemandInReach_CountsNowhere_AndIsReported()
    {
        var offerings = TestOfferings();
        // A debt counselling post placed far away (no demand within 30 minutes).
        offerings.Add(Off("s-far", ServiceDomain.Schulden, "C", 1, Fte, point: new global::Sozialindikatoren.Spaces.GeoPoint(52.5, 8.0)));
        var r = GapAnalysis.Run(DataSet(offerings), Norms(), AsOf, new GapOptions(supply: SupplyMode.Access));
        Assert.Equal(0.0, r.Row("C", ServiceDomain.Schulden, Fte).Supply);
        Assert.Equal(["s-far"], r.UnassignedOfferings.Select(o => o.Id).ToArray());
    }
}
