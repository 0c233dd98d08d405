using System.Globalization;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Cuts;

/// <summary>The rescue planner (<em>Rettungsplanung</em>): back-fill choices for a budget; see <see cref="RescuePlan"/>.</summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class RescuePlanner
{
    /// <summary>Plans back-fills for a budget per year, optionally by net public cost avoided per euro.</summary>
    /// <param name="cuts">The cut analysis.</param>
    /// <param name="budgetPerYear">The budget, EUR per year, ≥ 0.</param>
    /// <param name="options">Options; default <c>new RescueOptions()</c>.</param>
    /// <param name="valuePerCapacityUnit">Per offering id, the public follow-up cost avoided per unit of capacity kept, EUR per
    /// year (offerings missing count 0). Required for <see cref="RescueObjective.NetPublicCostAvoided"/>: option k of
    /// offering o is then worth value × capacity kept − back-fill (EUR per year), and the greedy ranks by that per euro.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Negative budget or step outside (0, 0.1].</exception>
    /// <exception cref="ArgumentException">The net-cost objective without a value vector.</exception>
    public static RescuePlan Plan(CutResult cuts, decimal budgetPerYear, RescueOptions? options = null, IReadOnlyDictionary<string, double>? valuePerCapacityUnit = null)
    {
        ArgumentNullException.ThrowIfNull(cuts);
        options ??= new RescueOptions();
        if (options.Objective == RescueObjective.NetPublicCostAvoided && valuePerCapacityUnit is null)
            throw new ArgumentException("rescue planner: the objective NetPublicCostAvoided needs a value per unit of capacity (FollowUpCostResult.ValuePerCapacityUnit).", nameof(valuePerCapacityUnit));
        if (budgetPerYear < 0) throw new ArgumentOutOfRangeException(nameof(budgetPerYear), budgetPerYear, $"budgetPerYear: must be >= 0 EUR, was {budgetPerYear.ToString(CultureInfo.InvariantCulture)}.");
        options.Validate();
        var table = Options(cuts.Model, options.Step, valuePerCapacityUnit);
        var byNet = options.Objective == RescueObjective.NetPublicCostAvoided;
        var objective = byNet ? table.Select(c => new Candidate { Offering = c.Offering, Share = c.Share, Cost = c.Cost, Value = c.Net!, Remaining = c.Remaining }).ToList() : table;
        var method = options.Method == RescueMethod.Auto
            ? (table.Count <= options.ExactMaxCandidates ? RescueMethod.Exact : RescueMethod.Greedy)
            : options.Method;
        var pick = method == RescueMethod.Exact ? Exact(objective, budgetPerYear) : Greedy(objective, budgetPerYear);
        var m = cuts.Model;
        var remaining = (double[])m.RemainingNominal.Clone();
        var choices = new List<RescueChoice>();
        for (var j = 0; j < table.Count; j++)
        {
            var k = pick[j];
            if (k == 0) continue;
            var c = table[j];
            remaining[c.Offering] = c.Remaining[k];
            choices.Add(new RescueChoice(m.Off[c.Offering].Id, c.Share[k], c.Cost[k], c.Value[k], method, c.Net?[k]));
        }
        var recomputed = m.NeedWeightedUnmet(m.SupplyAfter(remaining));
        return new RescuePlan(budgetPerYear, method, choices, m.NeedWeightedUnmet(m.SupplyBefore), m.NeedWeightedUnmet(m.SupplyAfterNominal), recomputed);
    }

    /// <summary>One candidate offering: options k = 0 … K with share, cost, value and remaining capacity share.</summary>
    internal sealed class Candidate
    {
        public required int Offering { get; init; }
        public required double[] Share { get; init; }
        public required decimal[] Cost { get; init; }
        public required double[] Value { get; init; }
        public required double[] Remaining { get; init; }
        /// <summary>Net public cost avoided per option, EUR per year (value × capacity kept − cost), when a value vector was given.</summary>
        public double[]? Net { get; init; }
    }

    internal static List<Candidate> Options(CutModel m, double step, IReadOnlyDictionary<string, double>? valuePerUnit = null)
    {
        var steps = (int)Math.Ceiling(1 / step - 1e-9);
        var result = new List<Candidate>();
        var after = m.SupplyAfterNominal;
        for (var i = 0; i < m.Off.Length; i++)
        {
            var e = m.Exposures[i];
            if (e.ScenarioLoss == 0 || m.RemainingNominal[i] >= 1) continue;
            var share = new double[steps + 1];
            var cost = new decimal[steps + 1];
            var value = new double[steps + 1];
            var rem = new double[steps + 1];
            rem[0] = m.RemainingNominal[i];
            var baseU = LocalUnmet(m, i, after, 0);
            var cuts = m.LineCuts[i];
            var scaled = new LineCut[cuts.Length];
            var p = m.Parameters[i];
            var st = m.Statements[i];
            for (var k = 1; k <= steps; k++)
            {
                var f = Math.Min(1.0, k * step);
                share[k] = f;
                var keepShare = 1m - (decimal)f;
                for (var j = 0; j < cuts.Length; j++)
                    scaled[j] = new LineCut(cuts[j].ScenarioLine, Math.Round(cuts[j].AmountPerYear * keepShare, 2, MidpointRounding.ToEven));
                var ex = CutExposure.Build(m.Off[i], m.AsOf, scaled, p, m.Options.Response, st);
                ex.Respond(p, m.Options.Response.CapAbsorptionAtOwnFunds, out var r, out _);
                r = Math.Max(r, rem[k - 1]);
                rem[k] = r;
                cost[k] = Math.Round(e.ScenarioLoss * (decimal)f, 2, MidpointRounding.ToEven);
                value[k] = Math.Max(0, baseU - LocalUnmet(m, i, after, (r - m.RemainingNominal[i]) * m.Capacity[i]));
            }
            double[]? net = null;
            if (valuePerUnit is not null)
            {
                var v = valuePerUnit.TryGetValue(m.Off[i].Id, out var x) ? x : 0;
                net = new double[steps + 1];
                for (var k = 1; k <= steps; k++) net[k] = v * (rem[k] - rem[0]) * m.Capacity[i] - (double)cost[k];
            }
            result.Add(new Candidate { Offering = i, Share = share, Cost = cost, Value = value, Remaining = rem, Net = net });
        }
        return result;
    }

    /// <summary>Need-weighted unmet demand in offering i's cells when it gets <paramref name="extra"/> capacity on top of <paramref name="after"/>.</summary>
    private static double LocalUnmet(CutModel m, int i, double[] after, double extra)
    {
        double u = 0;
        for (var k = m.OffStart[i]; k < m.OffStart[i + 1]; k++)
        {
            var c = m.OffCell[k];
            u += m.NeedWeight[c] * Math.Max(0, m.Demand[c] - (after[c] + extra * m.OffWeight[k]));
        }
        return u;
    }

    internal static int[] Greedy(IReadOnlyList<Candidate> table, decimal budget)
    {
        var level = new int[table.Count];
        var left = budget;
        while (true)
        {
            int bestJ = -1, bestK = -1;
            double bestRatio = 0;
            for (var j = 0; j < table.Count; j++)
            {
                var c = table[j];
                var k0 = level[j];
                for (var k = k0 + 1; k < c.Cost.Length; k++)
                {
                    var dc = c.Cost[k] - c.Cost[k0];
                    var dv = c.Value[k] - c.Value[k0];
                    if (dc > left || dv <= 0) continue;
                    var ratio = dc > 0 ? dv / (double)dc : double.PositiveInfinity;
                    if (ratio > bestRatio) { bestRatio = ratio; bestJ = j; bestK = k; }
                }
            }
            if (bestJ < 0) return level;
            left -= table[bestJ].Cost[bestK] - table[bestJ].Cost[level[bestJ]];
            level[bestJ] = bestK;
        }
    }

    internal static int[] Exact(IReadOnlyList<Candidate> table, decimal budget)
    {
        // States: Pareto frontier of (cost, value) with back-pointers; sorted by cost, value strictly increasing.
        var frontier = new List<(decimal Cost, double Value, int Parent, int Choice)> { (0m, 0.0, -1, 0) };
        var history = new List<List<(decimal Cost, double Value, int Parent, int Choice)>>();
        for (var j = 0; j < table.Count; j++)
        {
            var c = table[j];
            var next = new List<(decimal Cost, double Value, int Parent, int Choice)>();
            for (var s = 0; s < frontier.Count; s++)
                for (var k = 0; k < c.Cost.Length; k++)
                {
                    var cost = frontier[s].Cost + c.Cost[k];
                    if (cost > budget) continue;
                    next.Add((cost, frontier[s].Value + c.Value[k], s, k));
                }
            next.Sort((a, b) => a.Cost != b.Cost ? a.Cost.CompareTo(b.Cost) : b.Value.CompareTo(a.Value));
            var pruned = new List<(decimal Cost, double Value, int Parent, int Choice)>();
            foreach (var st in next)
                if (pruned.Count == 0 || st.Value > pruned[^1].Value) pruned.Add(st);
            history.Add(frontier);
            frontier = pruned;
        }
        var pick = new int[table.Count];
        var best = frontier.Count - 1;
        for (var j = table.Count - 1; j >= 0; j--)
        {
            pick[j] = frontier[best].Choice;
            best = frontier[best].Parent;
            frontier = history[j];
        }
        return pick;
    }
}
