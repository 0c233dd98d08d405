using Sozialindikatoren.Cuts;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.FollowUpCosts;

/// <summary>
/// The follow-up cost model (<em>Folgekostenrechnung</em>): for each offering a cut scenario reduces, the saving now
/// against the expected public follow-up costs later, per payer and year over a horizon.
/// </summary>
/// <remarks>
/// <para>Per cut offering o with a parameter set of its type and capacity unit, horizon year t = 0 … H − 1 (calendar year
/// start + t), payer q and bound b ∈ {low, central, high}:</para>
/// <para>capacity lost ΔK = K_before − K_after (nominal cut result, in the parameter's unit); cases lost n_b = ΔK ×
/// cases per unit_b; follow-up cost C_{q,b}(t) = n_b × p_b × c_b × share_q when t ≥ lag_b, else 0 (the cut recurs every
/// year, each year's lost cases escalate lag years later; costs that would arrive after the horizon are not counted);
/// the youth-office share of the payer shares goes to the Kommune where the offering's municipality has its own Jugendamt
/// (<see cref="Spaces.SocialSpace.OwnYouthOffice"/>), else to the Kreis; saving S_q(t) = the lost funding of the lines whose source is payer q (direct cut, plus the deficit-funding lines lost
/// when co-financing fails), the same every year. The low bound takes every parameter low and the lag high, the high
/// bound the reverse, so C_low ≤ C_central ≤ C_high in every year.</para>
/// <para>Discounted totals: PV = Σ_t x(t) / (1 + r)^t. Break-even year: the first year in which Σ_{s ≤ t} PV C_central(s)
/// &gt; Σ_{s ≤ t} PV S(s). Funding sources map to payers as Kreis → Kreis, Kommune → Kommune, Land → Land, Bund → Bund,
/// social insurance → Sozialversicherung, EU/ESF, foundations, own funds and donations → Sonstige.</para>
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class FollowUpCostModel
{
    private const int PayerCount = 6;

    /// <summary>Runs the model on a cut analysis.</summary>
    /// <param name="cuts">The cut analysis (its nominal result).</param>
    /// <param name="options">Options; null = defaults.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public static FollowUpCostResult Run(CutResult cuts, FollowUpCostOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cuts);
        options ??= new FollowUpCostOptions();
        options.Validate();
        var byType = options.Parameters.ToDictionary(p => p.Type);
        var start = options.StartYear ?? cuts.AsOf.Year;
        var h = options.HorizonYears;
        var discount = Enumerable.Range(0, h).Select(t => 1 / Math.Pow(1 + options.DiscountRate, t)).ToArray();
        var lineCuts = cuts.Scenario.Apply(cuts.Data.Offerings, cuts.AsOf);
        var index = cuts.Data.Offerings.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        var offerings = new List<OfferingFollowUp>();
        var ownYouthOffice = new List<bool>();
        var savings = new List<double[]>();
        var without = new List<string>();
        double savingWithout = 0;
        foreach (var o in cuts.Offerings)
        {
            if (o.LostFunding <= 0) continue;
            if (o.Offering.Type is not { } type || !byType.TryGetValue(type, out var p) || p.Unit != o.CapacityBefore.Unit)
            {
                without.Add(o.Offering.Id);
                savingWithout += (double)o.LostFunding;
                continue;
            }
            var s = Savings(o, lineCuts[index[o.Offering.Id]], cuts.AsOf);
            offerings.Add(new OfferingFollowUp(o.Offering.Id, p, Math.Max(0, o.CapacityBefore.Amount - o.CapacityAfter.Amount), s.Sum(),
                BreakEven(start, discount, t => s.Sum(), t => Cost(p, Math.Max(0, o.CapacityBefore.Amount - o.CapacityAfter.Amount), FollowUpBound.Central, t))));
            savings.Add(s);
            ownYouthOffice.Add(HasOwnYouthOffice(cuts.Data.Region, o.Offering.Location));
        }

        var rows = new List<FollowUpCostRow>();
        for (var k = 0; k < offerings.Count; k++)
        {
            var of = offerings[k];
            for (var q = 0; q < PayerCount; q++)
            {
                var payer = (Payer)q;
                var share = of.Parameters.Shares.Share(payer, ownYouthOffice[k]);
                if (share == 0 && savings[k][q] == 0) continue;
                for (var t = 0; t < h; t++)
                    rows.Add(new FollowUpCostRow(of.OfferingId, of.Parameters.Type.Code, payer, start + t, savings[k][q],
                        share * Cost(of.Parameters, of.CapacityLost, FollowUpBound.Low, t), share * Cost(of.Parameters, of.CapacityLost, FollowUpBound.Central, t),
                        share * Cost(of.Parameters, of.CapacityLost, FollowUpBound.High, t)));
            }
        }

        var byPayer = new List<FollowUpTotal>();
        for (var q = 0; q < PayerCount; q++)
        {
            var payer = (Payer)q;
            if (payer == Payer.Other && savings.All(s => s[q] == 0)) continue;
            byPayer.Add(Total(payer, rows.Where(r => r.Payer == payer).ToArray(), start, discount));
        }
        var total = Total(null, rows, start, discount);
        var mc = options.Draws > 0 ? MonteCarlo(options, offerings, discount, total.Saving) : null;
        var annuity = discount.Sum();
        var value = offerings.ToDictionary(o => o.OfferingId,
            o => Enumerable.Range(0, h).Sum(t => discount[t] * Cost(o.Parameters, 1, FollowUpBound.Central, t)) / annuity, StringComparer.Ordinal);
        return new FollowUpCostResult(options, start, offerings, rows, byPayer, total, without, savingWithout, mc, value);
    }

    /// <summary>Whether the municipality that holds a space (the space itself or its nearest municipality ancestor) has its
    /// own Jugendamt; false when the space lies above the municipality level or outside the region.</summary>
    private static bool HasOwnYouthOffice(Spaces.Region region, Spaces.SpaceId location)
    {
        if (!region.TryGet(location, out var space)) return false;
        if (space.Level == Spaces.SpaceLevel.Municipality) return space.OwnYouthOffice;
        return region.AncestorsOf(location).FirstOrDefault(a => a.Level == Spaces.SpaceLevel.Municipality)?.OwnYouthOffice ?? false;
    }

    /// <summary>Follow-up cost of all public payers in horizon year t at a bound, EUR: ΔK × cases × p × c when t ≥ lag.</summary>
    internal static double Cost(FollowUpCostParameters p, double capacityLost, FollowUpBound bound, int t) =>
        t >= p.Lag(bound) ? capacityLost * p.CasesPerUnit.At(bound) * p.CostPerCase(bound) : 0;

    /// <summary>Savings per payer (index = (int)Payer), EUR per year: the cut of each active line by its source, plus the
    /// remaining deficit-funding lines when co-financing failed.</summary>
    private static double[] Savings(OfferingImpact o, LineCut[] cuts, NodaTime.LocalDate date)
    {
        var s = new double[PayerCount];
        var lines = o.Offering.Funding.Lines;
        for (var j = 0; j < lines.Count; j++)
        {
            var l = lines[j];
            if (!l.IsActiveAt(date)) continue;
            var lost = cuts[j].AmountPerYear;
            if (o.Exposure.CoFinancingFailed && l.Instrument == FundingInstrument.DeficitFunding) lost = l.AmountPerYear;
            s[(int)PayerOf(l.Source)] += (double)lost;
        }
        return s;
    }

    private static Payer PayerOf(FundingSource source) => source switch
    {
        FundingSource.Kreis => Payer.Kreis,
        FundingSource.Kommune => Payer.Kommune,
        FundingSource.Land => Payer.Land,
        FundingSource.Bund => Payer.Bund,
        FundingSource.SocialInsurance => Payer.SocialInsurance,
        _ => Payer.Other,
    };

    private static FollowUpTotal Total(Payer? payer, IReadOnlyList<FollowUpCostRow> rows, int start, double[] discount)
    {
        double s = 0, lo = 0, c = 0, hi = 0;
        var savingByYear = new double[discount.Length];
        var costByYear = new double[discount.Length];
        foreach (var r in rows)
        {
            var t = r.Year - start;
            s += discount[t] * r.Saving;
            lo += discount[t] * r.CostLow;
            c += discount[t] * r.CostCentral;
            hi += discount[t] * r.CostHigh;
            savingByYear[t] += r.Saving;
            costByYear[t] += r.CostCentral;
        }
        return new FollowUpTotal(payer, s, lo, c, hi, BreakEven(start, discount, t => savingByYear[t], t => costByYear[t]));
    }

    private static int? BreakEven(int start, double[] discount, Func<int, double> saving, Func<int, double> cost)
    {
        double cs = 0, cc = 0;
        for (var t = 0; t < discount.Length; t++)
        {
            cs += discount[t] * saving(t);
            cc += discount[t] * cost(t);
            if (cc > cs) return start + t;
        }
        return null;
    }

    private static FollowUpMonteCarlo MonteCarlo(FollowUpCostOptions options, IReadOnlyList<OfferingFollowUp> offerings, double[] discount, double savingPv)
    {
        var types = offerings.Select(o => o.Parameters).Distinct().ToArray();
        var slot = types.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var values = new double[options.Draws];
        var exceed = 0;
        var perCapacity = new double[types.Length];
        var lag = new int[types.Length];
        for (var d = 0; d < options.Draws; d++)
        {
            var rng = new SplitMix64(options.Seed, (ulong)d);
            for (var i = 0; i < types.Length; i++)
            {
                var p = types[i];
                var cases = Triangular(p.CasesPerUnit).Sample(rng.NextDouble());
                var prob = Triangular(p.EscalationProbability).Sample(rng.NextDouble());
                var cost = Triangular(p.EscalationCost).Sample(rng.NextDouble());
                var u = rng.NextDouble();
                lag[i] = (int)(u < 0.25 ? p.LagYears.Low : u < 0.75 ? p.LagYears.Central : p.LagYears.High);
                perCapacity[i] = cases * prob * cost;
            }
            double pv = 0;
            foreach (var o in offerings)
            {
                var i = slot[o.Parameters];
                for (var t = lag[i]; t < discount.Length; t++) pv += discount[t] * o.CapacityLost * perCapacity[i];
            }
            values[d] = pv;
            if (pv > savingPv) exceed++;
        }
        Array.Sort(values);
        return new FollowUpMonteCarlo(options.Draws, options.Seed, Quantile(values, 0.05), Quantile(values, 0.5), Quantile(values, 0.95), (double)exceed / options.Draws);
    }

    private static ParameterDistribution Triangular(FollowUpParameter p) => ParameterDistribution.Triangular(p.Low, p.Central, p.High);

    /// <summary>Quantile of sorted values by linear interpolation between order statistics (type 7).</summary>
    private static double Quantile(double[] sorted, double q)
    {
        var h = (sorted.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
