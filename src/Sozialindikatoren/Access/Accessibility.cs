using System.Globalization;

namespace Sozialindikatoren.Access;

/// <summary>
/// Spatial accessibility measures (<em>Erreichbarkeitsmaße</em>): the floating-catchment family (2SFCA, E2SFCA,
/// kernel/Gaussian 2SFCA, 3SFCA, M2SFCA, BFCA), spatial availability, Hansen potential, cumulative opportunities, cost
/// to the n-th closest supply and balancing cost.
/// </summary>
/// <remarks>
/// <para>Notation: zone i with demand P_i (persons or clients; finite, ≥ 0), site j with
/// capacity S_j (finite, ≥ 0), cost t_ij from <see cref="TravelCosts"/> (zone → site, so asymmetric costs are read in
/// the direction of travel to the service in both steps), decay f, radius d0 from <see cref="AccessOptions.Radius"/>
/// (inclusive: t ≤ d0). W_ij = f(t_ij) for stored pairs with t_ij ≤ d0, else 0. Formulas and sources:
/// docs/methodology.md, section "Erreichbarkeit".</para>
/// <para>A site without weighted demand in reach (D_j = 0) has no ratio (R_j = NaN in <see cref="AccessibilityResult.SiteRatios"/>)
/// and adds nothing. Sums run over each zone's pairs in site order (deterministic).</para>
/// </remarks>
/// <threadsafety>All members are pure and thread-safe.</threadsafety>
public static partial class Accessibility
{
    /// <summary>
    /// Two-step floating catchment area (2SFCA; Luo &amp; Wang 2003), generalised with a decay:
    /// D_j = Σ_k P_k W_kj, R_j = S_j / D_j, A_i = Σ_j W_ij R_j (supply per person within reach).
    /// With <see cref="DecayFunction.Steps"/> it is the E2SFCA (Luo &amp; Qi 2009), with <see cref="DecayFunction.Gaussian"/>
    /// or <see cref="DecayFunction.GaussianKernel"/> the kernel-density 2SFCA (Dai 2010).
    /// </summary>
    /// <param name="costs">Travel costs.</param>
    /// <param name="demand">P_i per zone (length <see cref="TravelCosts.ZoneCount"/>).</param>
    /// <param name="capacity">S_j per site (length <see cref="TravelCosts.SiteCount"/>).</param>
    /// <param name="decay">f (e.g. <see cref="DecayFunction.Binary()"/>).</param>
    /// <param name="options">Radius, no-access policy, normalisation (default: <see cref="AccessOptions.Default"/>).</param>
    /// <returns>A_i per zone; site ratios R_j.</returns>
    /// <exception cref="ArgumentException">Lengths do not match, or a demand or capacity is negative, NaN or infinite.</exception>
    public static AccessibilityResult TwoStep(TravelCosts costs, ReadOnlySpan<double> demand, ReadOnlySpan<double> capacity, DecayFunction decay, AccessOptions? options = null)
    {
        options ??= AccessOptions.Default;
        Validate(costs, demand, capacity, decay);
        var (a, r, hasAccess) = FcaFused(costs, demand, capacity, decay, options.Radius, squareSecondStep: false);
        return Finish($"2SFCA {decay.Name}", costs, demand, a, hasAccess, r, options, costMeasure: false);
    }

    /// <summary>
    /// Enhanced 2SFCA (E2SFCA; Luo &amp; Qi 2009): the 2SFCA with stepped band weights; the band edge closure is part
    /// of the step function (<see cref="DecayFunction.Steps"/>, <see cref="DecayFunction.LuoQi2009"/>).
    /// </summary>
    /// <param name="costs">Travel costs.</param>
    /// <param name="demand">P_i per zone.</param>
    /// <param name="capacity">S_j per site.</param>
    /// <param name="steps">A stepped decay.</param>
    /// <param name="options">Radius, no-access policy, normalisation.</param>
    /// <returns>A_i per zone.</returns>
    /// <exception cref="ArgumentException"><paramref name="steps"/> is not a stepped decay, or invalid inputs.</exception>
    public static AccessibilityResult EnhancedTwoStep(TravelCosts costs, ReadOnlySpan<double> demand, ReadOnlySpan<double> capacity, DecayFunction steps, AccessOptions? options = null)
    {
        if (steps is not DecayFunction.StepDecay)
            throw new ArgumentException($"steps: E2SFCA needs stepped weights (DecayFunction.Steps or LuoQi2009), was {steps?.Name}.", nameof(steps));
        var r = TwoStep(costs, demand, capacity, steps, options);
        return r.Rename("E2SFCA" + r.Measure[5..]);
    }

    /// <summary>
    /// Three-step floating catchment area (3SFCA; Wan, Zou &amp; Sternberg 2012): selection weights
    /// G_ij = W_ij / Σ_k W_ik (scope chosen explicitly), then R_j = S_j / Σ_k G_kj W_kj P_k and A_i = Σ_j G_ij W_ij R_j.
    /// </summary>
    /// <param name="costs">Travel costs.</param>
    /// <param name="demand">P_i per zone.</param>
    /// <param name="capacity">S_j per site.</param>
    /// <param name="decay">f, used for W and for G.</param>
    /// <param name="selection"><see cref="SelectionScope.Catchment"/> (paper) or <see cref="SelectionScope.AllSites"/>
    /// (pysal: G normalised over every stored pair, also beyond the radius).</param>
    /// <param name="options">Radius, no-access policy, normalisation.</param>
    /// <returns>A_i per zone.</returns>
    public static AccessibilityResult ThreeStep(TravelCosts costs, ReadOnlySpan<double> demand, ReadOnlySpan<double> capacity, DecayFunction decay, SelectionScope selection, AccessOptions? options = null)
    {
        options ??= AccessOptions.Default;
        Validate(costs, demand, capacity, decay);
        if (!Enum.IsDefined(selection)) throw new ArgumentOutOfRangeException(nameof(selection), selection, "selection: unknown scope.");
        var w = Weights(costs, decay, options.Radius, out var hasAccess);
        var rs = costs.RowStartArray;
        var c = costs.CostArray;
        var gw = new double[w.Length];
        for (int i = 0; i < costs.ZoneCount; i++)
        {
            int a = rs[i], b = rs[i + 1];
            double sum = 0;
            if (selection == SelectionScope.Catchment)
            {
                for (int p = a; p < b; p++) sum += w[p];
            }
            else
            {
                for (int p = a; p < b; p++) sum += decay.Weight(c[p]);
            }
            if (sum > 0)
            {
                for (int p = a; p < b; p++) gw[p] = w[p] / sum * w[p];
            }
            else
            {
                hasAccess[i] = false;
            }
        }
        var (av, r) = Fca(costs, demand, capacity, gw, gw);
        return Finish($"3SFCA {decay.Name}, selection {(selection == SelectionScope.Catchment ? "catchment" : "all")}", costs, demand, av, hasAccess, r, options, costMeasure: false);
    }

    /// <summary>
    /// Modified 2SFCA (M2SFCA; Delamater 2013): R_j as in the 2SFCA, A_i = Σ_j W_ij² R_j (the weight enters the second
    /// step twice, accounting for sub-optimal distance).
    /// </summary>
    /// <param name="costs">Travel costs.</param>
    /// <param name="demand">P_i per zone.</param>
    /// <param name="capacity">S_j per site.</param>
    /// <param name="decay">f.</param>
    /// <param name="options">Radius, no-access policy, normalisation.</param>
    /// <returns>A_i per zone.</returns>
    public static AccessibilityResult ModifiedTwoStep(TravelCosts costs, ReadOnlySpan<double> demand, ReadOnlySpan<double> capacity, DecayFunction decay, AccessOptions? options = null)
    {
        options ??= AccessOptions.Default;
        Validate(costs, demand, capacity, decay);
        var (a, r, hasAccess) = FcaFused(costs, demand, capacity, decay, options.Radius, squareSecondStep: true);
        return Finish($"M2SFCA {decay.Name}", costs, demand, a, hasAccess, r, options, costMeasure: false);
    }

    /// <summary>
    /// Balanced floating catchment area (BFCA; Paez, Higgins &amp; Vivona 2019): row-standardised W^i_ij = W_ij / Σ_j W_ij and
    /// column-standardised W^j_ij = W_ij / Σ_i W_ij; R_j = S_j / Σ_i P_i W^i_ij, A_i = Σ_j W^j_ij R_j. Demand is not inflated:
    /// Σ_j Σ_i P_i W^i_ij = Σ_i P_i over zones with access.
    /// </summary>
    /// <param name="costs">Travel costs.</param>
    /// <param name="demand">P_i per zone.</param>
    /// <param name="capacity">S_j per site.</param>
    /// <param name="decay">f.</param>
    /// <param name="options">Radius, no-access policy, normalisation.</param>
    /// <returns>A_i per zone; R_j per site.</returns>
    public static AccessibilityResult Balanced(TravelCosts costs, ReadOnlySpan<double> demand, ReadOnlySpan<double> capacity, DecayFunction decay, AccessOptions? options = null)
    {
        options ??= AccessOptions.Default;
        Validate(costs, demand, capacity, decay);
        var w = Weights(costs, decay, options.Radius, out var hasAccess);
        var rs = costs.RowStartArray;
        var site = costs.SiteArray;
        int nz = costs.ZoneCount, ns = costs.SiteCount;
        var col = new double[ns];
        var d = new double[ns];
        for (int i = 0; i < nz; i++)
        {
            double row = 0;
            for (int p = rs[i]; p < rs[i + 1]; p++) row += w[p];
            if (row <= 0) continue;
            double pi = demand[i] / row;
            for (int p = rs[i]; p < rs[i + 1]; p++)
            {
                col[site[p]] += w[p];
                d[site[p]] += pi * w[p];
            }
        }
        var r = new double[ns];
        var rc = new double[ns]; // R_j / colsum_j
        for (int j = 0; j < ns; j++)
        {
            r[j] = d[j] > 0 ? capacity[j] / d[j] : double.NaN;
            rc[j] = d[j] > 0 && col[j] > 0 ? r[j] / col[j] : 0;
        }
        var a = new double[nz];
        for (int i = 0; i < nz; i++)
        {
            double s = 0;
            for (int p = rs[i]; p < rs[i + 1]; p++) s += w[p] * rc[site[p]];
            a[i] = s;
        }
        return Finish($"BFCA {decay.Name}", costs, demand, a, hasAccess, r, options, costMeasure: false);
    }

    /// <summary>
    /// Spatial availability (Soukhov, Paez, Higgins &amp; Mohamed 2023): the share of each site's capacity that falls to
    /// each zone, V_i = Σ_j S_j · P_i^α W_ij / Σ_k P_k^α W_kj. Σ_i V_i = Σ_j S_j when every site has weighted demand in
    /// reach; with α = 1, V_i / P_i equals the 2SFCA A_i. 0^0 is taken as 1 (α = 0 ignores demand size).
    /// </summary>
    /// <param name="costs">Travel costs.</param>
    /// <param name="demand">P_i per zone.</param>
    /// <param name="capacity">S_j per site.</param>
    /// <param name="decay">f.</param>
    /// <param name="alpha">α ≥ 0, the demand-competition exponent (1 in the paper's base case).</param>
    /// <param name="options">Radius, no-access policy, normalisation.</param>
    /// <returns>V_i per zone (capacity units, not per person).</returns>
    public static AccessibilityResult SpatialAvailability(TravelCosts costs, ReadOnlySpan<double> demand, ReadOnlySpan<double> capacity, DecayFunction decay, double alpha = 1.0, AccessOptions? options = null)
    {
        options ??= AccessOptions.Default;
        Validate(costs, demand, capacity, decay);
        if (!(alpha >= 0) || !double.IsFinite(alpha))
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, $"alpha: must be finite and ≥ 0, was {TravelCosts.Format(alpha)}.");
        int nz = costs.ZoneCount;
        var q = new double[nz];
        for (int i = 0; i < nz; i++) q[i] = alpha == 1 ? demand[i] : Math.Pow(demand[i], alpha);
        var (a, r, hasAccess) = FcaFused(costs, q, capacity, decay, options.Radius, squareSecondStep: false);
        for (int i = 0; i < nz; i++) a[i] *= q[i];
        return Finish($"spatial availability {decay.Name}, alpha {TravelCosts.Format(alpha)}", costs, demand, a, hasAccess, r, options, costMeasure: false);
    }

    /// <summary>Gravity potential (Hansen 1959; R <c>gravity</c>, pysal <c>weighted_catchment</c>): A_i = Σ_j S_j W_ij. No competition.</summary>
    /// <param name="costs">Travel costs.</param>
    /// <param name="capacity">S_j per site.</param>
    /// <param name="decay">f.</param>
    /// <param name="options">Radius, no-access policy; normalisation needs <paramref name="demand"/>.</param>
    /// <param name="demand">P_i per zone, only used to normalise (may be empty otherwise).</param>
    /// <returns>A_i per zone.</returns>
    public static AccessibilityResult Hansen(TravelCosts costs, ReadOnlySpan<double> capacity, DecayFunction decay, AccessOptions? options = null, ReadOnlySpan<double> demand = default)
    {
        options ??= AccessOptions.Default;
        ValidateSingle(costs, capacity, decay, options, demand);
        var w = Weights(costs, decay, options.Radius, out var hasAccess);
        var a = Potential(costs, capacity, w);
        return Finish($"Hansen potential {decay.Name}", costs, demand, a, hasAccess, [], options, costMeasure: false);
    }

    /// <summary>Cumulative opportunities (R <c>cumulative_cutoff</c>): A_i = Σ_j S_j [t_ij ≤ c] (inclusive).</summary>
    /// <param name="costs">Travel costs.</param>
    /// <param name="capacity">S_j per site.</param>
    /// <param name="cutoff">c ≥ 0 (+∞: every stored pair within the radius).</param>
    /// <param name="options">Radius, no-access policy; normalisation needs <paramref name="demand"/>.</param>
    /// <param name="demand">P_i per zone, only used to normalise.</param>
    /// <returns>A_i per zone; zones with no pair within the cutoff have no access and count 0 opportunities, whatever the
    /// no-access policy (a count, not a ratio).</returns>
    public static AccessibilityResult Cumulative(TravelCosts costs, ReadOnlySpan<double> capacity, double cutoff, AccessOptions? options = null, ReadOnlySpan<double> demand = default)
    {
        options ??= AccessOptions.Default;
        TravelCosts.ValidateRadius(cutoff, nameof(cutoff));
        ValidateSingle(costs, capacity, DecayFunction.Binary(), options, demand);
        var w = Weights(costs, DecayFunction.Binary(), Math.Min(cutoff, options.Radius), out var hasAccess);
        var a = Potential(costs, capacity, w);
        return Finish($"cumulative opportunities, cutoff {TravelCosts.Format(cutoff)}", costs, demand, a, hasAccess, [], options, costMeasure: false, countMeasure: true);
    }

    /// <summary>
    /// Cost to the n-th closest supply (R <c>cost_to_closest</c>): the smallest cost t with Σ_{j: t_ij ≤ t} S_j ≥ n over
    /// the pairs within the radius; NaN when the capacity in reach is below n (whatever the no-access policy).
    /// </summary>
    /// <param name="costs">Travel costs.</param>
    /// <param name="capacity">S_j per site.</param>
    /// <param name="n">n &gt; 0 capacity units (1 = the closest site with any capacity ≥ 1).</param>
    /// <param name="options">Radius; normalisation needs <paramref name="demand"/>.</param>
    /// <param name="demand">P_i per zone, only used to normalise.</param>
    /// <returns>The cost per zone.</returns>
    public static AccessibilityResult CostToClosest(TravelCosts costs, ReadOnlySpan<double> capacity, double n = 1, AccessOptions? options = null, ReadOnlySpan<double> demand = default)
    {
        options ??= AccessOptions.Default;
        if (!(n > 0) || !double.IsFinite(n)) throw new ArgumentOutOfRangeException(nameof(n), n, $"n: must be finite and > 0, was {TravelCosts.Format(n)}.");
        ValidateSingle(costs, capacity, DecayFunction.Binary(), options, demand);
        var a = new double[costs.ZoneCount];
        var has = new bool[costs.ZoneCount];
        var cap = capacity.ToArray();
        SortedRowScan(costs, options.Radius, (i, sortedCost, sortedSite) =>
        {
            double cum = 0;
            for (int k = 0; k < sortedCost.Length; k++)
            {
                cum += cap[sortedSite[k]];
                if (cum >= n)
                {
                    a[i] = sortedCost[k];
                    has[i] = true;
                    return;
                }
            }
            a[i] = double.NaN;
        });
        return Finish($"cost to closest, n {TravelCosts.Format(n)}", costs, demand, a, has, [], options, costMeasure: true);
    }

    /// <summary>
    /// Balancing cost (Barboza et al. 2021; R <c>balancing_cost</c>): the smallest cost c on the grid 0, Δ, 2Δ, … with
    /// Σ_{j: t_ij ≤ c} S_j &gt; P_i (strictly greater); 0 when P_i = 0; NaN when the capacity within the radius never
    /// exceeds P_i. Grid values are m·Δ computed in double precision, compared with t_ij directly.
    /// </summary>
    /// <param name="costs">Travel costs.</param>
    /// <param name="demand">P_i per zone.</param>
    /// <param name="capacity">S_j per site.</param>
    /// <param name="increment">Δ &gt; 0.</param>
    /// <param name="options">Radius; normalisation.</param>
    /// <returns>The cost per zone.</returns>
    public static AccessibilityResult BalancingCost(TravelCosts costs, ReadOnlySpan<double> demand, ReadOnlySpan<double> capacity, double increment = 1, AccessOptions? options = null)
    {
        options ??= AccessOptions.Default;
        if (!(increment > 0) || !double.IsFinite(increment)) throw new ArgumentOutOfRangeException(nameof(increment), increment, $"increment: must be finite and > 0, was {TravelCosts.Format(increment)}.");
        Validate(costs, demand, capacity, DecayFunction.Binary());
        var a = new double[costs.ZoneCount];
        var has = new bool[costs.ZoneCount];
        var cap = capacity.ToArray();
        var dem = demand.ToArray();
        SortedRowScan(costs, options.Radius, (i, sortedCost, sortedSite) =>
        {
            if (dem[i] == 0)
            {
                a[i] = 0;
                has[i] = true;
                return;
            }
            double cum = 0;
            for (int k = 0; k < sortedCost.Length; k++)
            {
                cum += cap[sortedSite[k]];
                // all pairs with the same cost enter together
                if (k + 1 < sortedCost.Length && sortedCost[k + 1] == sortedCost[k]) continue;
                if (cum > dem[i])
                {
                    double t = sortedCost[k];
                    double m = Math.Ceiling(t / increment);
                    while (m > 0 && (m - 1) * increment >= t) m--;
                    while (m * increment < t) m++;
                    a[i] = m * increment;
                    has[i] = true;
                    return;
                }
            }
            a[i] = double.NaN;
        });
        return Finish($"balancing cost, increment {TravelCosts.Format(increment)}", costs, demand, a, has, [], options, costMeasure: true);
    }

    /// <summary>
    /// Divides values by their population-weighted mean (pysal <c>normalized_access</c>): A_i / (Σ_{i: A_i not NaN} P_i A_i / Σ_i P_i).
    /// NaN values stay NaN and drop from the numerator only. When the mean is 0 or undefined every value becomes NaN.
    /// </summary>
    /// <param name="values">A_i per zone.</param>
    /// <param name="demand">P_i per zone.</param>
    /// <returns>The normalised values (a new array).</returns>
    public static double[] NormaliseByWeightedMean(ReadOnlySpan<double> values, ReadOnlySpan<double> demand)
    {
        if (values.Length != demand.Length)
            throw new ArgumentException($"demand: {values.Length} values but {demand.Length} demands.", nameof(demand));
        double num = 0, den = 0;
        for (int i = 0; i < values.Length; i++)
        {
            den += demand[i];
            if (!double.IsNaN(values[i])) num += demand[i] * values[i];
        }
        double mean = num / den;
        var result = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
            result[i] = mean > 0 && double.IsFinite(mean) ? values[i] / mean : double.NaN;
        return result;
    }

    // ------------------------------------------------------------------------------------------------------------

    internal static void Validate(TravelCosts costs, ReadOnlySpan<double> demand, ReadOnlySpan<double> capacity, DecayFunction decay)
    {
        ArgumentNullException.ThrowIfNull(costs);
        ArgumentNullException.ThrowIfNull(decay);
        CheckVector(demand, costs.ZoneCount, "demand", "zone", costs.ZoneIds);
        CheckVector(capacity, costs.SiteCount, "capacity", "site", costs.SiteIds);
    }

    private static void ValidateSingle(TravelCosts costs, ReadOnlySpan<double> capacity, DecayFunction decay, AccessOptions options, ReadOnlySpan<double> demand)
    {
        ArgumentNullException.ThrowIfNull(costs);
        ArgumentNullException.ThrowIfNull(decay);
        CheckVector(capacity, costs.SiteCount, "capacity", "site", costs.SiteIds);
        if (options.Normalise || demand.Length > 0)
        {
            if (demand.Length == 0) throw new ArgumentException("demand: normalisation needs the demand per zone.", nameof(demand));
            CheckVector(demand, costs.ZoneCount, "demand", "zone", costs.ZoneIds);
        }
    }

    internal static void CheckVector(ReadOnlySpan<double> v, int n, string name, string what, IReadOnlyList<string> ids)
    {
        if (v.Length != n) throw new ArgumentException($"{name}: expected {n} values (one per {what}), got {v.Length}.", name);
        for (int k = 0; k < v.Length; k++)
        {
            if (!double.IsFinite(v[k]) || v[k] < 0)
                throw new ArgumentOutOfRangeException(name, v[k], $"{name}: {what} '{ids[k]}' must have a finite value ≥ 0, was {TravelCosts.Format(v[k])}.");
        }
    }

    /// <summary>Applies the no-access policy and normalisation. A ratio measure (<paramref name="costMeasure"/> and
    /// <paramref name="countMeasure"/> false) follows the policy: NaN (empty) or 0 for a zone without access. A cost measure
    /// is always NaN there (no cost exists); a count (cumulative opportunities) is always 0 (nothing is in reach).</summary>
    private static AccessibilityResult Finish(string measure, TravelCosts costs, ReadOnlySpan<double> demand, double[] a, bool[] hasAccess, double[] siteValues, AccessOptions options, bool costMeasure, bool countMeasure = false)
    {
        for (int i = 0; i < a.Length; i++) if (!hasAccess[i]) a[i] = countMeasure ? 0 : double.NaN;
        if (options.Normalise) a = NormaliseByWeightedMean(a, demand);
        if (!costMeasure && options.NoAccess == NoAccessPolicy.Zero)
            for (int i = 0; i < a.Length; i++) if (!hasAccess[i]) a[i] = 0;
        string m = double.IsPositiveInfinity(options.Radius) ? measure : measure + ", radius " + TravelCosts.Format(options.Radius);
        return new AccessibilityResult(m, costs.ZoneIds, a, hasAccess, siteValues, costMeasure ? NoAccessPolicy.NaN : countMeasure ? NoAccessPolicy.Zero : options.NoAccess, options.Normalise);
    }
}
