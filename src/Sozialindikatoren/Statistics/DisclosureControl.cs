using System.Globalization;

namespace Sozialindikatoren.Statistics;

/// <summary>Why a cell is not published (<em>Sperrgrund</em>).</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum CellSuppression
{
    /// <summary>Published.</summary>
    None = 0,
    /// <summary>Primary suppression (<em>primäre Geheimhaltung</em>): the cell itself is below the minimum count, or had no number on input.</summary>
    Primary = 1,
    /// <summary>Secondary suppression (<em>sekundäre Geheimhaltung</em>): suppressed so that a primary cell cannot be recovered by differencing.</summary>
    Secondary = 2,
}

/// <summary>When the linear-algebra audit of a suppression pattern runs.</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum DisclosureAudit
{
    /// <summary>For every table that is not a single hierarchy (<see cref="AdditiveTable.IsHierarchy"/>); hierarchies are protected by construction.</summary>
    Auto = 0,
    /// <summary>Always (also for hierarchies; cost grows with the size of connected groups of suppressed cells).</summary>
    Always = 1,
    /// <summary>Never: only the rule "no relation has exactly one suppressed cell" (fast, but two-way tables can stay attackable).</summary>
    Never = 2,
}

/// <summary>
/// Options of statistical disclosure control (<em>Geheimhaltungsregeln</em>): minimum count, zero handling, rounding,
/// minimum denominator for rates.
/// </summary>
/// <remarks>Defaults follow the BA and municipal practice (reference/domain.md §4): minimum count 3 (presets 5 and 10
/// are common), zeros published, no rounding, rates on fewer than 300 inhabitants marked "nicht aussagekräftig".</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class DisclosureOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="minimumCount">Cells with 0 &lt; value &lt; minimumCount are suppressed (primary); ≥ 1, default 3.</param>
    /// <param name="suppressZeros">Whether zero cells are also primary-suppressed when the minimum is above 0 (default false: a zero reveals nothing about a person).</param>
    /// <param name="roundingBase">0 (no rounding), 5 (Destatis <em>5er-Rundung</em>) or 10 (BA web products).</param>
    /// <param name="minimumDenominator">Rates on denominators below this are not meaningful; ≥ 0, default 300.</param>
    /// <param name="smallDenominatorStatus"><see cref="ValueStatus.Unreliable"/> (<c>/</c>, default: no number) or <see cref="ValueStatus.Uncertain"/> (<c>( )</c>: number kept, flagged).</param>
    /// <param name="audit">When to run the linear audit (default <see cref="DisclosureAudit.Auto"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public DisclosureOptions(int minimumCount = 3, bool suppressZeros = false, int roundingBase = 0, double minimumDenominator = 300,
        ValueStatus smallDenominatorStatus = ValueStatus.Unreliable, DisclosureAudit audit = DisclosureAudit.Auto)
    {
        if (minimumCount < 1) throw new ArgumentOutOfRangeException(nameof(minimumCount), minimumCount, "minimumCount: must be ≥ 1.");
        if (roundingBase is not (0 or 5 or 10)) throw new ArgumentOutOfRangeException(nameof(roundingBase), roundingBase, "roundingBase: must be 0, 5 or 10.");
        if (!(minimumDenominator >= 0) || !double.IsFinite(minimumDenominator)) throw new ArgumentOutOfRangeException(nameof(minimumDenominator), minimumDenominator, "minimumDenominator: must be finite and ≥ 0.");
        if (smallDenominatorStatus is not (ValueStatus.Unreliable or ValueStatus.Uncertain)) throw new ArgumentOutOfRangeException(nameof(smallDenominatorStatus), smallDenominatorStatus, "smallDenominatorStatus: must be Unreliable or Uncertain.");
        if (!Enum.IsDefined(audit)) throw new ArgumentOutOfRangeException(nameof(audit), audit, "audit: unknown audit mode.");
        MinimumCount = minimumCount;
        SuppressZeros = suppressZeros;
        RoundingBase = roundingBase;
        MinimumDenominator = minimumDenominator;
        SmallDenominatorStatus = smallDenominatorStatus;
        Audit = audit;
    }

    /// <summary>The default options (minimum count 3, no rounding, minimum denominator 300).</summary>
    public static DisclosureOptions Default { get; } = new();

    /// <summary>The minimum published count.</summary>
    public int MinimumCount { get; }

    /// <summary>Whether zeros are suppressed too.</summary>
    public bool SuppressZeros { get; }

    /// <summary>The rounding base (0 = none, 5 or 10).</summary>
    public int RoundingBase { get; }

    /// <summary>The minimum denominator for a meaningful rate.</summary>
    public double MinimumDenominator { get; }

    /// <summary>The status of a rate on a too small denominator.</summary>
    public ValueStatus SmallDenominatorStatus { get; }

    /// <summary>When the linear audit runs.</summary>
    public DisclosureAudit Audit { get; }
}

/// <summary>The outcome of cell suppression on a table: the state of every cell (columnar).</summary>
/// <threadsafety>Immutable after construction (do not write to the arrays); thread-safe for reading.</threadsafety>
public sealed class SuppressionResult
{
    internal SuppressionResult(CellSuppression[] states, int[] unprotected, int auditRounds)
    {
        States = states;
        Unprotected = unprotected;
        AuditRounds = auditRounds;
        foreach (var s in states)
        {
            if (s == CellSuppression.Primary) PrimaryCount++;
            else if (s == CellSuppression.Secondary) SecondaryCount++;
        }
    }

    /// <summary>The suppression state per cell.</summary>
    public CellSuppression[] States { get; }

    /// <summary>The number of primary-suppressed cells.</summary>
    public int PrimaryCount { get; }

    /// <summary>The number of secondary-suppressed cells.</summary>
    public int SecondaryCount { get; }

    /// <summary>Suppressed cells that the audit still found determined and that no further suppression could protect (normally empty).</summary>
    public int[] Unprotected { get; }

    /// <summary>The number of audit rounds run (0 when no audit ran).</summary>
    public int AuditRounds { get; }

    /// <summary>Whether a cell is suppressed.</summary>
    /// <param name="cell">The cell index.</param>
    /// <returns><c>true</c> for primary and secondary suppression.</returns>
    public bool IsSuppressed(int cell) => States[cell] != CellSuppression.None;

    /// <summary>
    /// The publishable table: suppressed cells become <c>.</c> (<see cref="ValueStatus.Suppressed"/>), zeros <c>-</c>,
    /// others exact, optionally rounded to a multiple of 5 or 10 (a positive count rounded to 0 becomes a rounded zero <c>0</c>).
    /// </summary>
    /// <param name="counts">The original counts, one per cell.</param>
    /// <param name="roundingBase">0, 5 or 10.</param>
    /// <returns>One observation per cell.</returns>
    public Observation[] ToObservations(ReadOnlySpan<long> counts, int roundingBase = 0)
    {
        if (counts.Length != States.Length) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"counts: {counts.Length} values for {States.Length} cells."), nameof(counts));
        if (roundingBase is not (0 or 5 or 10)) throw new ArgumentOutOfRangeException(nameof(roundingBase), roundingBase, "roundingBase: must be 0, 5 or 10.");
        var result = new Observation[counts.Length];
        for (var i = 0; i < counts.Length; i++)
            result[i] = States[i] != CellSuppression.None ? Observation.Suppressed : DisclosureControl.RoundCount(counts[i], roundingBase);
        return result;
    }
}

/// <summary>
/// Statistical disclosure control for tables of counts (<em>statistische Geheimhaltung</em>): primary suppression,
/// secondary suppression over additive relations to a fixed point, a linear-algebra audit, rounding, and
/// small-denominator flags for rates.
/// </summary>
/// <remarks>
/// <para>Primary: a cell with 0 &lt; x &lt; minimum (default 3) is suppressed (BA rule, § 16 BStatG). Secondary: as
/// long as some relation (total = Σ parts) has exactly one suppressed cell, that cell could be recovered by
/// subtraction, so a second cell of the relation is suppressed: the smallest positive unsuppressed part (ties: lowest
/// index), else a zero part, else the total. Every new suppression re-examines the relations containing that cell —
/// across all levels, so a suppressed total is protected in its own parent relation too — until a fixed point.</para>
/// <para>Audit: the suppressed cells form unknowns of the linear system "published cells and relations"; a suppressed
/// cell is determined exactly when every vector of the null space of the relations restricted to the suppressed cells
/// is zero there. Determined cells get an additional suppression in one of their relations, and the fixed point and
/// audit repeat. In a single hierarchy no cell can be determined once no relation has exactly one suppressed cell
/// (proof in docs/methodology.md), so the audit is skipped there by default.</para>
/// <para>Rounding: to the nearest multiple of 5 or 10, halves up (5er-Rundung: deviation at most 2). Rates: computed
/// with status propagation (a rate on a suppressed count is suppressed) and marked "nicht aussagekräftig" when the
/// denominator is below the minimum. Sources: reference/domain.md §4, composite-and-rates.md §b7.</para>
/// </remarks>
/// <threadsafety>All members are pure and thread-safe.</threadsafety>
public static class DisclosureControl
{
    /// <summary>Primary and secondary suppression of a table of counts.</summary>
    /// <param name="table">The table structure.</param>
    /// <param name="counts">The counts per cell, each ≥ 0; the relations should hold (total = Σ parts).</param>
    /// <param name="options">The options (minimum count, audit mode); e.g. <see cref="DisclosureOptions.Default"/>.</param>
    /// <returns>The state of every cell.</returns>
    /// <exception cref="ArgumentException">The number of counts differs from the cell count.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static SuppressionResult Suppress(AdditiveTable table, ReadOnlySpan<long> counts, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        if (counts.Length != table.CellCount) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"counts: {counts.Length} values for {table.CellCount} cells."), nameof(counts));
        var states = new CellSuppression[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            var x = counts[i];
            if (x < 0) throw new ArgumentOutOfRangeException(nameof(counts), x, string.Create(CultureInfo.InvariantCulture, $"counts[{i}]: negative count ({x})."));
            if ((x > 0 || options.SuppressZeros) && x < options.MinimumCount) states[i] = CellSuppression.Primary;
        }
        return Complete(table, counts, states, options);
    }

    /// <summary>Suppression of a table of observations: cells without a number (already <c>.</c>, <c>x</c>, …) count as primary-suppressed.</summary>
    /// <param name="table">The table structure.</param>
    /// <param name="cells">The cells; numbers must be non-negative integers.</param>
    /// <param name="options">The options.</param>
    /// <returns>The state of every cell.</returns>
    public static SuppressionResult Suppress(AdditiveTable table, ReadOnlySpan<Observation> cells, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        if (cells.Length != table.CellCount) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"cells: {cells.Length} values for {table.CellCount} cells."), nameof(cells));
        var counts = new long[cells.Length];
        var states = new CellSuppression[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            var c = cells[i];
            if (!c.HasValue) { states[i] = CellSuppression.Primary; continue; }
            if (c.Value < 0 || c.Value != Math.Floor(c.Value) || c.Value > long.MaxValue)
                throw new ArgumentOutOfRangeException(nameof(cells), c.Value, string.Create(CultureInfo.InvariantCulture, $"cells[{i}]: must be a non-negative integer count, was {c.Value:R}."));
            var x = (long)c.Value;
            counts[i] = x;
            if ((x > 0 || options.SuppressZeros) && x < options.MinimumCount) states[i] = CellSuppression.Primary;
        }
        return Complete(table, counts, states, options);
    }

    /// <summary>
    /// The linear audit: the suppressed cells whose value follows from the published cells and the relations (computed
    /// exactly by Gaussian elimination per connected group of suppressed cells). Empty for a safe pattern.
    /// </summary>
    /// <param name="table">The table structure.</param>
    /// <param name="suppressed">Whether each cell is suppressed.</param>
    /// <returns>The determined (unsafe) suppressed cells, ascending.</returns>
    public static int[] FindDeterminedCells(AdditiveTable table, ReadOnlySpan<bool> suppressed)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (suppressed.Length != table.CellCount) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"suppressed: {suppressed.Length} flags for {table.CellCount} cells."), nameof(suppressed));
        var result = new List<int>();
        foreach (var group in Components(table, suppressed))
            result.AddRange(DeterminedInComponent(table, suppressed, group.Cells, group.Relations));
        result.Sort();
        return result.ToArray();
    }

    /// <summary>Whether any relation has exactly one suppressed cell (then that cell is recoverable by subtraction).</summary>
    /// <param name="table">The table structure.</param>
    /// <param name="suppressed">Whether each cell is suppressed.</param>
    /// <returns>The index of the first such relation, or −1.</returns>
    public static int FirstRelationWithSingleSuppression(AdditiveTable table, ReadOnlySpan<bool> suppressed)
    {
        ArgumentNullException.ThrowIfNull(table);
        for (var r = 0; r < table.Relations.Count; r++)
        {
            var rel = table.Relations[r];
            var n = suppressed[rel.Total] ? 1 : 0;
            foreach (var p in rel.Parts) if (suppressed[p]) n++;
            if (n == 1) return r;
        }
        return -1;
    }

    /// <summary>Rounds a count to the nearest multiple of a base, halves up (5 → 5, 2 → 0, 3 → 5 for base 5).</summary>
    /// <param name="value">The count, ≥ 0.</param>
    /// <param name="roundingBase">5 or 10 (0 returns the value).</param>
    /// <returns>The rounded count.</returns>
    public static long RoundToMultiple(long value, int roundingBase)
    {
        if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), value, "value: negative count.");
        if (roundingBase is not (0 or 5 or 10)) throw new ArgumentOutOfRangeException(nameof(roundingBase), roundingBase, "roundingBase: must be 0, 5 or 10.");
        if (roundingBase == 0) return value;
        var r = value % roundingBase;
        return 2 * r >= roundingBase ? value - r + roundingBase : value - r;
    }

    /// <summary>Rounds published observations to multiples of 5 or 10; cells without a number stay as they are, an exact zero stays <c>-</c>, a positive value rounded to 0 becomes <c>0</c> (rounded zero). Flags are kept.</summary>
    /// <param name="cells">The cells; numbers must be non-negative integers.</param>
    /// <param name="roundingBase">5 or 10 (0 copies).</param>
    /// <returns>The rounded cells.</returns>
    public static Observation[] Round(ReadOnlySpan<Observation> cells, int roundingBase)
    {
        var result = new Observation[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            var c = cells[i];
            if (!c.HasValue || roundingBase == 0) { result[i] = c; continue; }
            if (c.Value < 0 || c.Value != Math.Floor(c.Value))
                throw new ArgumentOutOfRangeException(nameof(cells), c.Value, string.Create(CultureInfo.InvariantCulture, $"cells[{i}]: rounding needs a non-negative integer count, was {c.Value:R}."));
            var rounded = RoundCount((long)c.Value, roundingBase);
            result[i] = c.Status is ValueStatus.Exact or ValueStatus.ExactZero or ValueStatus.RoundedZero ? rounded : new Observation(rounded.Value, c.Status);
        }
        return result;
    }

    /// <summary>
    /// Rates for publication: count / denominator × per with status propagation (a rate from a suppressed count is
    /// suppressed), and "nicht aussagekräftig" (<see cref="DisclosureOptions.SmallDenominatorStatus"/>) when the
    /// denominator is below <see cref="DisclosureOptions.MinimumDenominator"/> (default 300).
    /// </summary>
    /// <param name="counts">The counts (e.g. after <see cref="SuppressionResult.ToObservations"/>).</param>
    /// <param name="denominators">The denominators (population), same length.</param>
    /// <param name="per">The multiplier, &gt; 0.</param>
    /// <param name="options">The options.</param>
    /// <returns>One rate per cell.</returns>
    public static Observation[] Rates(ReadOnlySpan<Observation> counts, ReadOnlySpan<Observation> denominators, double per, DisclosureOptions? options = null)
    {
        options ??= DisclosureOptions.Default;
        if (counts.Length != denominators.Length) throw new ArgumentException("denominators: length differs from counts.", nameof(denominators));
        var result = new Observation[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            var r = Observation.Rate(counts[i], denominators[i], per);
            if (r.HasValue && denominators[i].Value < options.MinimumDenominator)
                r = options.SmallDenominatorStatus == ValueStatus.Unreliable ? new Observation(double.NaN, ValueStatus.Unreliable) : r.WithFlag(ValueStatus.Uncertain);
            result[i] = r;
        }
        return result;
    }

    internal static Observation RoundCount(long x, int roundingBase)
    {
        if (x == 0) return Observation.ExactZero;
        var r = RoundToMultiple(x, roundingBase);
        return r == 0 ? new Observation(0, ValueStatus.RoundedZero) : Observation.Of(r);
    }

    private static SuppressionResult Complete(AdditiveTable table, ReadOnlySpan<long> counts, CellSuppression[] states, DisclosureOptions options)
    {
        var relations = table.Relations;
        var nsup = new int[relations.Count];
        var queue = new Queue<int>();
        for (var r = 0; r < relations.Count; r++)
        {
            var rel = relations[r];
            var n = states[rel.Total] != CellSuppression.None ? 1 : 0;
            foreach (var p in rel.Parts) if (states[p] != CellSuppression.None) n++;
            nsup[r] = n;
            if (n == 1) queue.Enqueue(r);
        }
        var runAudit = options.Audit == DisclosureAudit.Always || (options.Audit == DisclosureAudit.Auto && !table.IsHierarchy);
        var rounds = 0;
        var unprotected = new List<int>();
        var suppressed = new bool[states.Length];
        while (true)
        {
            FixedPoint(table, counts, states, nsup, queue);
            if (!runAudit) break;
            rounds++;
            for (var i = 0; i < states.Length; i++) suppressed[i] = states[i] != CellSuppression.None;
            var added = false;
            foreach (var group in Components(table, suppressed))
            {
                var determined = DeterminedInComponent(table, suppressed, group.Cells, group.Relations);
                if (determined.Count == 0) continue;
                // Protect the first determined cell of this group; the others are re-examined in the next round.
                var d = determined[0];
                var pick = ChooseAround(table, counts, states, table.RelationsOf(d));
                if (pick < 0) pick = ChooseAround(table, counts, states, group.Relations.ToArray());
                if (pick < 0)
                {
                    unprotected.AddRange(determined);
                    continue;
                }
                Mark(table, states, nsup, queue, pick);
                added = true;
            }
            if (!added) break;
        }
        unprotected.Sort();
        return new SuppressionResult(states, unprotected.Distinct().ToArray(), rounds);
    }

    private static void FixedPoint(AdditiveTable table, ReadOnlySpan<long> counts, CellSuppression[] states, int[] nsup, Queue<int> queue)
    {
        while (queue.Count > 0)
        {
            var r = queue.Dequeue();
            if (nsup[r] != 1) continue;
            var pick = Choose(table.Relations[r], counts, states);
            Mark(table, states, nsup, queue, pick);
        }
    }

    private static void Mark(AdditiveTable table, CellSuppression[] states, int[] nsup, Queue<int> queue, int cell)
    {
        states[cell] = CellSuppression.Secondary;
        foreach (var r2 in table.RelationsOf(cell))
        {
            nsup[r2]++;
            if (nsup[r2] == 1) queue.Enqueue(r2);
        }
    }

    /// <summary>The complementary cell of a relation: smallest positive unsuppressed part, else a zero part, else the total; −1 if none.</summary>
    private static int Choose(AdditiveRelation rel, ReadOnlySpan<long> counts, CellSuppression[] states)
    {
        int best = -1, zero = -1;
        foreach (var p in rel.Parts)
        {
            if (states[p] != CellSuppression.None) continue;
            if (counts[p] > 0) { if (best < 0 || counts[p] < counts[best]) best = p; }
            else if (zero < 0) zero = p;
        }
        if (best >= 0) return best;
        if (zero >= 0) return zero;
        return states[rel.Total] == CellSuppression.None ? rel.Total : -1;
    }

    private static int ChooseAround(AdditiveTable table, ReadOnlySpan<long> counts, CellSuppression[] states, ReadOnlySpan<int> relationIndices)
    {
        var best = -1;
        foreach (var r in relationIndices)
        {
            var c = Choose(table.Relations[r], counts, states);
            if (c < 0) continue;
            if (best < 0 || Better(counts, c, best)) best = c;
        }
        return best;
    }

    private static bool Better(ReadOnlySpan<long> counts, int a, int b)
    {
        var ka = counts[a] > 0 ? counts[a] : long.MaxValue;
        var kb = counts[b] > 0 ? counts[b] : long.MaxValue;
        return ka < kb || (ka == kb && a < b);
    }

    private readonly record struct Component(List<int> Cells, List<int> Relations);

    /// <summary>Connected groups of suppressed cells (linked through shared relations) with the relations touching them.</summary>
    private static List<Component> Components(AdditiveTable table, ReadOnlySpan<bool> suppressed)
    {
        var n = table.CellCount;
        var parent = new int[n];
        for (var i = 0; i < n; i++) parent[i] = i;
        int Find(int x)
        {
            while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
            return x;
        }
        var relations = table.Relations;
        for (var r = 0; r < relations.Count; r++)
        {
            var rel = relations[r];
            var first = suppressed[rel.Total] ? rel.Total : -1;
            foreach (var p in rel.Parts)
            {
                if (!suppressed[p]) continue;
                if (first < 0) { first = p; continue; }
                var a = Find(first);
                var b = Find(p);
                if (a != b) parent[a] = b;
            }
        }
        var byRoot = new Dictionary<int, Component>();
        for (var i = 0; i < n; i++)
        {
            if (!suppressed[i]) continue;
            var root = Find(i);
            if (!byRoot.TryGetValue(root, out var comp)) byRoot[root] = comp = new Component([], []);
            comp.Cells.Add(i);
        }
        for (var r = 0; r < relations.Count; r++)
        {
            var rel = relations[r];
            var cell = suppressed[rel.Total] ? rel.Total : -1;
            if (cell < 0)
                foreach (var p in rel.Parts) if (suppressed[p]) { cell = p; break; }
            if (cell >= 0) byRoot[Find(cell)].Relations.Add(r);
        }
        return byRoot.Values.ToList();
    }

    /// <summary>Gaussian elimination (partial pivoting) of the relations restricted to the group's suppressed cells; a cell is determined when its column is a pivot whose row has no entry in a free column.</summary>
    private static List<int> DeterminedInComponent(AdditiveTable table, ReadOnlySpan<bool> suppressed, List<int> cells, List<int> relationIndices)
    {
        var s = cells.Count;
        var m = relationIndices.Count;
        var column = new Dictionary<int, int>(s);
        for (var j = 0; j < s; j++) column[cells[j]] = j;
        var a = new double[m, s];
        for (var i = 0; i < m; i++)
        {
            var rel = table.Relations[relationIndices[i]];
            if (suppressed[rel.Total]) a[i, column[rel.Total]] = 1;
            foreach (var p in rel.Parts) if (suppressed[p]) a[i, column[p]] = -1;
        }
        const double eps = 1e-9;
        var pivotColOfRow = new int[Math.Min(m, s)];
        var isPivot = new bool[s];
        var row = 0;
        for (var col = 0; col < s && row < m; col++)
        {
            var best = row;
            for (var i = row + 1; i < m; i++) if (Math.Abs(a[i, col]) > Math.Abs(a[best, col])) best = i;
            if (Math.Abs(a[best, col]) < eps) continue;
            if (best != row)
                for (var j = 0; j < s; j++) (a[row, j], a[best, j]) = (a[best, j], a[row, j]);
            var pv = a[row, col];
            for (var j = col; j < s; j++) a[row, j] /= pv;
            for (var i = 0; i < m; i++)
            {
                if (i == row) continue;
                var f = a[i, col];
                if (f == 0) continue;
                for (var j = col; j < s; j++) a[i, j] -= f * a[row, j];
            }
            pivotColOfRow[row] = col;
            isPivot[col] = true;
            row++;
        }
        var determined = new List<int>();
        for (var i = 0; i < row; i++)
        {
            var free = false;
            for (var j = 0; j < s && !free; j++) if (!isPivot[j] && Math.Abs(a[i, j]) > eps) free = true;
            if (!free) determined.Add(cells[pivotColOfRow[i]]);
        }
        return determined;
    }
}
