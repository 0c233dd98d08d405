using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;
using C = global::Sozialindikatoren.Cuts;

namespace Sozialindikatoren.Tests.Cuts;

/// <summary>The domain table per (domain, unit): Kita places never dilute counselling FTE (issue #11, "Why").</summary>
public sealed class DomainUnitTests
{
    private static DateInterval Year => new(new LocalDate(2024, 1, 1), new LocalDate(2026, 12, 31));

    private static Offering Fte(string id, double fte, FundingSource source, string programme) =>
        new(id, id, ServiceDomain.KinderJugend, "p1", CutsFixture.B, new Capacity(fte, CapacityUnit.FullTimeEquivalents), Obligation.Voluntary,
            new FundingPlan([new FundingLine(source, programme, FundingInstrument.ShareFunding, 100_000m * (decimal)fte, Year)]));

    /// <summary>KinderJugend: 2,867 Kita places (Kommune, not cut) and 37 FTE of counselling, of which two centres
    /// (4 + 5 FTE, Land "Erziehungsberatung" only) lose all their funding and close.</summary>
    private static C.CutResult Run(int draws = 0)
    {
        var kita = new Offering("kita", "Kitas", ServiceDomain.KinderJugend, "p2", CutsFixture.A, new Capacity(2_867, CapacityUnit.Places), Obligation.IndividualLegalClaim,
            new FundingPlan([new FundingLine(FundingSource.Kommune, "Kita-Zuschuss", FundingInstrument.ShareFunding, 20_000_000m, Year)]));
        var data = CutsFixture.Data(false, false, kita, Fte("eb1", 4, FundingSource.Land, "Erziehungsberatung"), Fte("eb2", 5, FundingSource.Land, "Erziehungsberatung"),
            Fte("other", 28, FundingSource.Kreis, "Jugendhilfe"));
        var scenario = new C.CutScenario("Test", [new C.CutLine("Erziehungsberatung", FundingSource.Land, ["Erziehungsberatung"], null, null, C.CutKind.Share, 1m, CutsFixture.AsOf, C.CutLineStatus.Sourced)]);
        return CutsFixture.Run(data, scenario, new C.CutOptions { Draws = draws });
    }

    [Fact]
    public void Two_closed_counselling_centres_show_their_true_fte_loss_not_diluted_by_kita_places()
    {
        var r = Run();
        Assert.Equal(2, r.Offerings.Count(o => o.Closed));
        var rows = r.ByDomain.Where(g => g.Domain == ServiceDomain.KinderJugend).ToArray();
        Assert.Equal(new[] { CapacityUnit.Places, CapacityUnit.FullTimeEquivalents }, rows.Select(g => g.Unit));
        var fte = rows[1];
        Assert.Equal(new Capacity(37, CapacityUnit.FullTimeEquivalents), fte.CapacityBefore);
        Assert.Equal(new Capacity(28, CapacityUnit.FullTimeEquivalents), fte.CapacityAfter);
        Assert.Equal(9.0 / 37, fte.LostCapacityShare!.Value, 12);   // 24.3 %, where the mixed sum gave 9 / 2,904 = 0.3 %
        Assert.Equal(3, fte.Offerings);
        Assert.Equal(2, fte.Closed);
        Assert.Equal(900_000m, fte.LostFunding);
        var places = rows[0];
        Assert.Equal(new Capacity(2_867, CapacityUnit.Places), places.CapacityBefore);
        Assert.Equal(0.0, places.LostCapacityShare!.Value);
        Assert.Equal(0, places.Closed);
        Assert.Equal(20_000_000m, places.Budget);
    }

    [Fact]
    public void Monte_carlo_lost_capacity_share_is_per_unit()
    {
        var mc = Run(200).MonteCarlo!;
        Assert.Equal(new[] { CapacityUnit.Places, CapacityUnit.FullTimeEquivalents }, mc.LostCapacityShareByUnit.Keys.Order());
        Assert.Equal(0.0, mc.LostCapacityShareByUnit[CapacityUnit.Places].P95);   // no Kita place is cut
        var fte = mc.LostCapacityShareByUnit[CapacityUnit.FullTimeEquivalents];
        Assert.True(fte.P05 > 0 && fte.P95 <= 9.0 / 37 + 1e-12, $"{fte.P05} … {fte.P95}");   // at most the two centres' 9 of 37 FTE
    }

    [Fact]
    public void A_norm_without_offerings_has_a_row_with_an_undefined_loss_share()
    {
        var r = Run();
        var sucht = r.ByDomain.Single(g => g.Domain == ServiceDomain.Sucht);   // the fixture's Sucht FTE norm, no Sucht offering here
        Assert.Equal(CapacityUnit.FullTimeEquivalents, sucht.Unit);
        Assert.Equal(0, sucht.Offerings);
        Assert.Equal(Capacity.Zero(CapacityUnit.FullTimeEquivalents), sucht.CapacityBefore);
        Assert.Null(sucht.LostCapacityShare);
        Assert.Contains("\nSucht,fte,0,0,0,0,0,0,0,,0,", Sozialindikatoren.Reporting.CutsOutput.DomainsCsv(r), StringComparison.Ordinal);
    }
}
