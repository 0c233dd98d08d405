using Sozialindikatoren.Common;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Tests.Cuts;

namespace Sozialindikatoren.Tests.Gaps;

/// <summary>Issue 12.6 and 12.7: certainty includes the norm's status; the conference table has one row per statement.</summary>
public sealed class NormStatusTests
{
    private static SupplyNorms WithKinderJugend(Provenance provenance) => new(CutsFixture.Norms.Norms.Select(n =>
        n.Domain == ServiceDomain.KinderJugend ? n.WithAmount(n.Amount, provenance) : n));

    [Fact]
    public void A_finding_on_an_assumed_norm_is_never_certain()
    {
        // KinderJugend FTE in B: demand 5 (10 per 100 under 18 × 50), supply o3's 3 FTE → 60 % < 75 %, no demand interval.
        var data = CutsFixture.Data();
        var sourced = GapAnalysis.Run(data, WithKinderJugend(Provenance.Sourced("Test", new NodaTime.LocalDate(2020, 1, 1))), CutsFixture.AsOf).Row("B", ServiceDomain.KinderJugend, CapacityUnit.FullTimeEquivalents);
        var assumed = GapAnalysis.Run(data, WithKinderJugend(Provenance.Assumption("Test")), CutsFixture.AsOf).Row("B", ServiceDomain.KinderJugend, CapacityUnit.FullTimeEquivalents);
        Assert.Equal(60.0, sourced!.CoveragePercent!.Value, 9);
        Assert.Equal(GapCertainty.Certain, sourced.Certainty);
        Assert.Equal(GapCertainty.Probable, assumed!.Certainty);
    }

    [Theory]
    [InlineData(GapCertainty.Certain, true, GapCertainty.Probable)]
    [InlineData(GapCertainty.Certain, false, GapCertainty.Certain)]
    [InlineData(GapCertainty.Probable, true, GapCertainty.Probable)]
    [InlineData(GapCertainty.Possible, true, GapCertainty.Possible)]
    [InlineData(GapCertainty.None, true, GapCertainty.None)]
    public void Certainty_is_capped_at_probable_by_an_assumed_norm(GapCertainty interval, bool assumption, GapCertainty expected)
    {
        var norm = CutsFixture.Norms.Norms[0].WithAmount(1, assumption ? Provenance.Assumption("a") : Provenance.Sourced("s"));
        Assert.Equal(expected, CoverageRow.CapByNorm(interval, norm));
    }

    [Theory]
    [InlineData(new[] { StatementAgreement.Agrees, StatementAgreement.Agrees }, StatementAgreement.Agrees)]
    [InlineData(new[] { StatementAgreement.Disagrees, StatementAgreement.Disagrees }, StatementAgreement.Disagrees)]
    [InlineData(new[] { StatementAgreement.Agrees, StatementAgreement.Disagrees }, StatementAgreement.PartlyAgrees)]
    [InlineData(new[] { StatementAgreement.PartlyAgrees }, StatementAgreement.PartlyAgrees)]
    [InlineData(new[] { StatementAgreement.Agrees, StatementAgreement.NotComparable }, StatementAgreement.Agrees)]
    [InlineData(new[] { StatementAgreement.NotComparable }, StatementAgreement.NotComparable)]
    public void Combined_agreement_over_the_norms_of_a_statement(StatementAgreement[] byNorm, StatementAgreement expected) =>
        Assert.Equal(expected, ConferenceAssessment.Combine(byNorm));

    [Fact]
    public void Sample_conference_table_has_one_row_per_statement_with_every_norm_of_its_domain()
    {
        var data = Sozialindikatoren.Samples.SiegenWittgenstein.Load();
        var r = GapAnalysis.Run(data, SupplyNorms.Default, Sozialindikatoren.Samples.SiegenWittgenstein.AsOf);
        var conference = r.Conference;
        Assert.Equal(data.ConferenceStatements.Count(s => s.Date <= Sozialindikatoren.Samples.SiegenWittgenstein.AsOf), conference.Count);
        Assert.Equal(conference.Count, conference.Select(c => c.Index).Distinct().Count());
        Assert.All(conference, c => Assert.Same(data.ConferenceStatements[c.Index], c.Statement));
        Assert.Equal(r.Statements.Count, conference.Sum(c => c.ByNorm.Count));
        // Kreuztal, KinderJugend: compared with the three norms of the domain (places, FTE, cases/year) in one row.
        var kreuztal = conference.Single(c => c.Statement.Space.Value == "05970024");
        Assert.Equal(3, kreuztal.ByNorm.Count);
    }
}

/// <summary>Issue 12.8: a funding period that ended before the Stichtag does not count as supply.</summary>
public sealed class EndedFundingTests
{
    [Fact]
    public void An_offering_whose_funding_all_ended_before_the_Stichtag_is_not_supply()
    {
        var data = Sozialindikatoren.Samples.SiegenWittgenstein.Load();
        var asOf = Sozialindikatoren.Samples.SiegenWittgenstein.AsOf;
        var r = GapAnalysis.Run(data, SupplyNorms.Default, asOf, new GapOptions(supply: SupplyMode.Located));
        var ended = Assert.Single(r.OfferingsFundingEnded);
        Assert.Equal("mi-sprachcafe-kreuztal", ended.Id);
        Assert.All(ended.Funding.Lines, l => Assert.True(l.Period.End < asOf));
        // Located supply of Kreuztal's migration FTE = the capacities of the other counted offerings located there.
        var row = r.Row(ended.Location, ended.Domain, ended.Capacity.Unit);
        var expected = data.Offerings.Where(o => o.Location == ended.Location && o.Domain == ended.Domain && o.Capacity.Unit == ended.Capacity.Unit && o.Id != ended.Id
            && SupplyNorms.Default.Norms.Any(n => n.Counts(o))).Sum(o => o.Capacity.Amount);
        Assert.Equal(expected, row.Supply, 9);
        // A day before the end of its last period it still counts.
        var last = ended.Funding.Lines.Max(l => l.Period.End);
        Assert.DoesNotContain(GapAnalysis.Run(data, SupplyNorms.Default, last, new GapOptions(supply: SupplyMode.Located)).OfferingsFundingEnded, o => o.Id == ended.Id);
    }
}
