using System.Globalization;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Cuts;

/// <summary>The method of a rescue plan (<em>Verfahren</em>).</summary>
public enum RescueMethod
{
    /// <summary>Exact when the instance is small (at most <see cref="RescueOptions.ExactMaxCandidates"/> candidates), else greedy.</summary>
    Auto = 0,
    /// <summary>Greedy by impact avoided per euro (upgrades along the upper convex hull of each offering's options).</summary>
    Greedy = 1,
    /// <summary>Exact multiple-choice knapsack by dynamic programming over Pareto-optimal (cost, value) states.</summary>
    Exact = 2,
}

/// <summary>What the rescue planner maximises (<em>Zielgröße</em>).</summary>
public enum RescueObjective
{
    /// <summary>Need-weighted unmet demand avoided per euro (the default).</summary>
    ImpactAvoided = 0,
    /// <summary>Net public cost avoided per euro: follow-up costs avoided (EUR per year, from a value per unit of capacity
    /// kept, e.g. <c>FollowUpCosts.FollowUpCostResult.ValuePerCapacityUnit</c>) minus the back-fill.</summary>
    NetPublicCostAvoided = 1,
}

/// <summary>Options of the rescue planner (<em>Optionen der Rettungsplanung</em>).</summary>
/// <threadsafety>Immutable after construction; thread-safe.</threadsafety>
public sealed class RescueOptions
{
    /// <summary>Back-fill step as a share of an offering's cut, in (0, 0.1] [0.1]: back-fills are k·step, k = 1 … ⌈1/step⌉ (the last is 100 %).</summary>
    public double Step { get; init; } = 0.1;

    /// <summary>The method [Auto].</summary>
    public RescueMethod Method { get; init; } = RescueMethod.Auto;

    /// <summary>The objective [<see cref="RescueObjective.ImpactAvoided"/>].</summary>
    public RescueObjective Objective { get; init; } = RescueObjective.ImpactAvoided;

    /// <summary>Largest number of candidate offerings for which Auto uses the exact method, ≥ 0 [30].</summary>
    public int ExactMaxCandidates { get; init; } = 30;

    /// <summary>Checks the options (called by every entry point: <see cref="RescuePlanner.Plan"/>, <c>Analysis.PlanningAnalysisOptions</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A step outside (0, 0.1], an unknown method or a negative candidate limit.</exception>
    public void Validate()
    {
        if (!(Step > 0 && Step <= 0.1)) throw new ArgumentOutOfRangeException(nameof(Step), Step, $"RescueOptions.Step: must be in (0, 0.1], was {Step.ToString(CultureInfo.InvariantCulture)}.");
        if (!Enum.IsDefined(Objective)) throw new ArgumentOutOfRangeException(nameof(Objective), Objective, "RescueOptions.Objective: unknown objective.");
        if (!Enum.IsDefined(Method)) throw new ArgumentOutOfRangeException(nameof(Method), Method, "RescueOptions.Method: unknown method.");
        if (ExactMaxCandidates < 0) throw new ArgumentOutOfRangeException(nameof(ExactMaxCandidates), ExactMaxCandidates, $"RescueOptions.ExactMaxCandidates: must be >= 0, was {ExactMaxCandidates.ToString(CultureInfo.InvariantCulture)}.");
    }
}

/// <summary>One back-fill decision (<em>Ausgleichsentscheidung</em>).</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class RescueChoice
{
    internal RescueChoice(string offeringId, double share, decimal backfill, double impactAvoided, RescueMethod method, double? netCostAvoided = null)
    {
        NetPublicCostAvoided = netCostAvoided;
        OfferingId = offeringId;
        Share = share;
        BackfillPerYear = backfill;
        ImpactAvoided = impactAvoided;
        Method = method;
    }

    /// <summary>The offering.</summary>
    public string OfferingId { get; }

    /// <summary>The back-filled share of its cut, in (0, 1].</summary>
    public double Share { get; }

    /// <summary>The back-fill in EUR per year (share × scenario cut, rounded to cents).</summary>
    public decimal BackfillPerYear { get; }

    /// <summary>Need-weighted unmet demand avoided (the planner's objective; unit-free, see <see cref="RescuePlan"/>).</summary>
    public double ImpactAvoided { get; }

    /// <summary>Impact avoided per euro per year.</summary>
    public double ImpactAvoidedPerEuro => BackfillPerYear > 0 ? ImpactAvoided / (double)BackfillPerYear : 0;

    /// <summary>The method that chose it (greedy or exact).</summary>
    public RescueMethod Method { get; }

    /// <summary>Net public cost avoided, EUR per year (follow-up costs avoided − back-fill), when the plan had a value per
    /// unit of capacity; null otherwise.</summary>
    public double? NetPublicCostAvoided { get; }

    /// <summary>e.g. <c>sb-si: 60 % = 7,200 EUR/a, avoids 0.031</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{OfferingId}: {Share * 100:0} % = {BackfillPerYear:0.##} EUR/a, avoids {ImpactAvoided:0.####}");
}

/// <summary>
/// A rescue plan (<em>Ausgleichsplan</em>): which cut offerings to back-fill, fully or partly, within a budget per year, to
/// minimise need-weighted unmet demand.
/// </summary>
/// <remarks>
/// <para>Objective: need-weighted unmet demand U = Σ_cells 2Φ(z)·max(0, demand − supply) / (the domain's total demand), a
/// unit-free measure in which each domain counts by its share of unmet demand and a space of average need has weight 1.</para>
/// <para>Options: back-filling share f of offering o's scenario cut costs f·cut (cents) and re-runs o's response with its line
/// cuts scaled by (1 − f) (so a co-financing condition can hold again; a provider statement stands unless f = 1). Its value
/// vₒ(f) is the reduction of U in o's cells with all other offerings at their cut state. The plan maximises Σ vₒ(fₒ) subject
/// to Σ cost ≤ budget: an additive model that ignores interactions between offerings serving the same cell;
/// <see cref="RemainingRecomputed"/> evaluates the chosen plan jointly as a check.</para>
/// <para>Greedy: from f = 0 everywhere, repeatedly take the upgrade (o, f → f′) with the highest value gain per euro that fits
/// (ties: data order, then the smaller f′). Exact: dynamic programming over offerings keeping the Pareto-optimal (cost, value)
/// states; exact for the additive model. Greedy is not guaranteed to be monotone in the budget; exact is.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class RescuePlan
{
    internal RescuePlan(decimal budget, RescueMethod method, IReadOnlyList<RescueChoice> choices, double before, double after, double recomputed)
    {
        BudgetPerYear = budget;
        Method = method;
        Choices = choices;
        ImpactAfterCut = after;
        ImpactBeforeCut = before;
        RemainingRecomputed = recomputed;
    }

    /// <summary>The budget, EUR per year.</summary>
    public decimal BudgetPerYear { get; }

    /// <summary>The method used (greedy or exact).</summary>
    public RescueMethod Method { get; }

    /// <summary>The choices, in data order.</summary>
    public IReadOnlyList<RescueChoice> Choices { get; }

    /// <summary>Money spent, EUR per year.</summary>
    public decimal Spent => Choices.Aggregate(0m, (s, c) => s + c.BackfillPerYear);

    /// <summary>Need-weighted unmet demand before the cut.</summary>
    public double ImpactBeforeCut { get; }

    /// <summary>Need-weighted unmet demand after the cut without rescue.</summary>
    public double ImpactAfterCut { get; }

    /// <summary>Impact avoided in the additive model: Σ of the choices.</summary>
    public double ImpactAvoided => Choices.Sum(c => c.ImpactAvoided);

    /// <summary>Remaining impact in the additive model: after cut − avoided (≥ 0).</summary>
    public double RemainingImpact => Math.Max(0, ImpactAfterCut - ImpactAvoided);

    /// <summary>Remaining need-weighted unmet demand with all choices applied together (the check of the additive model).</summary>
    public double RemainingRecomputed { get; }
}

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
