using System.Globalization;

namespace Sozialindikatoren.Statistics;

/// <summary>
/// Statistical disclosure control for tables of counts (<em>statistische Geheimhaltung</em>): primary suppression,
/// secondary suppression over additive relations until a linear audit and an exact interval audit pass, rounding, and
/// small-denominator flags for rates.
/// </summary>
/// <remarks>
/// <para>Primary: a cell with 0 &lt; x &lt; minimum (default 3) is suppressed (BA rule, § 16 BStatG). Secondary: as
/// long as some relation (total = Σ parts) has exactly one suppressed cell, that cell could be recovered by
/// subtraction, so a second cell of the relation is suppressed: the smallest positive unsuppressed part (ties: lowest
/// index), else a zero part, else the total. Every new suppression re-examines the relations containing that cell —
/// across all levels, so a suppressed total is protected in its own parent relation too — until a fixed point.</para>
/// <para>Linear audit: the suppressed cells form unknowns of the linear system "published cells and relations"; a
/// suppressed cell is determined exactly when every vector of the null space of the relations restricted to the
/// suppressed cells is zero there. Determined cells get an additional suppression in one of their relations.</para>
/// <para>Interval audit (tables that are networks, <see cref="AdditiveTable.IsNetwork"/>): an attacker who also uses
/// that counts are ≥ 0 can narrow a suppressed cell to [min, max] (<see cref="FeasibleIntervals"/>, network simplex).
/// Every primary cell needs max − min ≥ <see cref="DisclosureOptions.Protection"/> (default 3); a narrower cell gets
/// the cheapest cycle of complementary cells through it. Fixed point and audits repeat until both pass; cells that no
/// suppression can protect are listed in <see cref="SuppressionResult.Unprotected"/>.</para>
/// <para>Rounding: to the nearest multiple of 5 or 10, halves up (5er-Rundung: deviation at most 2). Rates: computed
/// with status propagation (a rate on a suppressed count is suppressed) and marked "nicht aussagekräftig" when the
/// denominator is below the minimum. Sources: reference/domain.md §4, composite-and-rates.md §b7; docs/methodology.md.</para>
/// </remarks>
/// <threadsafety>All members are pure and thread-safe.</threadsafety>
public static partial class DisclosureControl
{
    /// <summary>Primary and secondary suppression of a table of counts.</summary>
    /// <param name="table">The table structure.</param>
    /// <param name="counts">The counts per cell, each ≥ 0; the relations must hold (total = Σ parts) for the interval audit.</param>
    /// <param name="options">The options (minimum count, protection, audit mode); e.g. <see cref="DisclosureOptions.Default"/>.</param>
    /// <returns>The state of every cell.</returns>
    /// <exception cref="ArgumentException">The number of counts differs from the cell count, or (interval audit) the counts contradict the relations.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static SuppressionResult Suppress(AdditiveTable table, ReadOnlySpan<long> counts, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        if (counts.Length != table.CellCount) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"counts: {counts.Length} values for {table.CellCount} cells."), nameof(counts));
        var states = new CellSuppression[counts.Length];
        var known = new bool[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            var x = counts[i];
            if (x < 0) throw new ArgumentOutOfRangeException(nameof(counts), x, string.Create(CultureInfo.InvariantCulture, $"counts[{i}]: negative count ({x})."));
            known[i] = true;
            if ((x > 0 || options.SuppressZeros) && x < options.MinimumCount) states[i] = CellSuppression.Primary;
        }
        return Complete(table, counts, known, states, options);
    }

    /// <summary>Suppression of a table of observations: cells without a number (already <c>.</c>, <c>x</c>, …) count as
    /// primary-suppressed; the interval audit protects the cells with a number (the others are not this table's to protect).</summary>
    /// <param name="table">The table structure.</param>
    /// <param name="cells">The cells; numbers must be non-negative integers.</param>
    /// <param name="options">The options.</param>
    /// <returns>The state of every cell.</returns>
    /// <exception cref="ArgumentException">The number of cells differs from the cell count, or (interval audit) the published cells contradict the relations.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative or not an integer.</exception>
    public static SuppressionResult Suppress(AdditiveTable table, ReadOnlySpan<Observation> cells, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        if (cells.Length != table.CellCount) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"cells: {cells.Length} values for {table.CellCount} cells."), nameof(cells));
        var counts = new long[cells.Length];
        var known = new bool[cells.Length];
        var states = new CellSuppression[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            var c = cells[i];
            if (!c.HasValue) { states[i] = CellSuppression.Primary; continue; }
            if (c.Value < 0 || c.Value != Math.Floor(c.Value) || c.Value > long.MaxValue)
                throw new ArgumentOutOfRangeException(nameof(cells), c.Value, string.Create(CultureInfo.InvariantCulture, $"cells[{i}]: must be a non-negative integer count, was {c.Value:R}."));
            var x = (long)c.Value;
            counts[i] = x;
            known[i] = true;
            if ((x > 0 || options.SuppressZeros) && x < options.MinimumCount) states[i] = CellSuppression.Primary;
        }
        return Complete(table, counts, known, states, options);
    }

    /// <summary>
    /// The linear audit: the suppressed cells whose value follows from the published cells and the relations (computed
    /// exactly by Gaussian elimination per connected group of suppressed cells). Empty for a safe pattern.
    /// Non-negativity is not used; see <see cref="FeasibleIntervals"/> for the stronger audit.
    /// </summary>
    /// <param name="table">The table structure.</param>
    /// <param name="suppressed">Whether each cell is suppressed.</param>
    /// <returns>The determined (unsafe) suppressed cells, ascending.</returns>
    public static int[] FindDeterminedCells(AdditiveTable table, ReadOnlySpan<bool> suppressed)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (suppressed.Length != table.CellCount) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"suppressed: {suppressed.Length} flags for {table.CellCount} cells."), nameof(suppressed));
        return LinearAudit.Determined(table, suppressed);
    }

    /// <summary>
    /// The exact interval audit (<em>Intervallprüfung</em>): for every suppressed cell the smallest and largest value it
    /// can take in a table of non-negative counts that agrees with every published cell and satisfies every relation —
    /// what an attacker who knows the published table, its relations and that counts are ≥ 0 can deduce. Computed per
    /// cell as two minimum-cost flows on the table network (network simplex).
    /// </summary>
    /// <param name="table">The table structure; must be a network (<see cref="AdditiveTable.IsNetwork"/>).</param>
    /// <param name="counts">The counts per cell, each ≥ 0 (only the published ones are used).</param>
    /// <param name="suppressed">Whether each cell is suppressed.</param>
    /// <returns>One interval per cell: [value, value] for a published cell; a suppressed cell in no relation is [0, ∞).</returns>
    /// <exception cref="ArgumentException">Lengths differ, the table is not a network, or the published cells contradict the relations.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static FeasibleInterval[] FeasibleIntervals(AdditiveTable table, ReadOnlySpan<long> counts, ReadOnlySpan<bool> suppressed)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (counts.Length != table.CellCount) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"counts: {counts.Length} values for {table.CellCount} cells."), nameof(counts));
        if (suppressed.Length != table.CellCount) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"suppressed: {suppressed.Length} flags for {table.CellCount} cells."), nameof(suppressed));
        var net = table.Network ?? throw new ArgumentException("table: not a network (a cell lies in three or more relations, e.g. a nested two-way table); only the linear audit FindDeterminedCells applies.", nameof(table));
        var cells = new List<int>();
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] < 0) throw new ArgumentOutOfRangeException(nameof(counts), counts[i], string.Create(CultureInfo.InvariantCulture, $"counts[{i}]: negative count ({counts[i]})."));
            if (suppressed[i]) cells.Add(i);
        }
        var result = IntervalAudit.Intervals(net, counts, suppressed, cells);
        for (var i = 0; i < counts.Length; i++)
            if (!suppressed[i]) result[i] = new FeasibleInterval(counts[i], counts[i]);
        return result;
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

    private static SuppressionResult Complete(AdditiveTable table, ReadOnlySpan<long> counts, ReadOnlySpan<bool> known, CellSuppression[] states, DisclosureOptions options)
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
        var runLinear = options.Audit == DisclosureAudit.Always || (options.Audit == DisclosureAudit.Auto && !table.IsHierarchy);
        var network = options.Audit != DisclosureAudit.Never && options.Protection > 0 ? table.Network : null;
        // The cells the interval audit protects: primary ones with a known count.
        var guarded = new List<int>();
        for (var i = 0; i < states.Length; i++) if (states[i] == CellSuppression.Primary && known[i]) guarded.Add(i);
        var rounds = 0;
        List<int> linearUnprotected = [], intervalUnprotected = [];
        var suppressed = new bool[states.Length];
        while (true)
        {
            FixedPoint(table, counts, states, nsup, queue);
            if (!runLinear && network is null) break;
            rounds++;
            for (var i = 0; i < states.Length; i++) suppressed[i] = states[i] != CellSuppression.None;
            var added = false;
            if (runLinear)
            {
                linearUnprotected.Clear();
                added = LinearStep(table, counts, states, nsup, queue, suppressed, linearUnprotected);
            }
            if (!added && network is not null)
            {
                intervalUnprotected.Clear();
                added = IntervalStep(table, network, counts, known, states, nsup, queue, suppressed, guarded, options.Protection, intervalUnprotected);
            }
            if (!added) break;
        }
        var unprotected = linearUnprotected.Concat(intervalUnprotected).Distinct().Order().ToArray();
        return new SuppressionResult(states, unprotected, rounds, network is not null);
    }

    /// <summary>One round of the linear audit: protects the first determined cell of every connected group.</summary>
    private static bool LinearStep(AdditiveTable table, ReadOnlySpan<long> counts, CellSuppression[] states, int[] nsup, Queue<int> queue, bool[] suppressed, List<int> unprotected)
    {
        var added = false;
        foreach (var group in LinearAudit.Components(table, suppressed))
        {
            var determined = LinearAudit.DeterminedInComponent(table, suppressed, group.Cells, group.Relations);
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
        return added;
    }

    /// <summary>One round of the interval audit: every guarded cell narrower than the protection gets its cheapest protecting cycle.</summary>
    private static bool IntervalStep(AdditiveTable table, TableNetwork network, ReadOnlySpan<long> counts, ReadOnlySpan<bool> known, CellSuppression[] states,
        int[] nsup, Queue<int> queue, bool[] suppressed, List<int> guarded, int protection, List<int> unprotected)
    {
        if (guarded.Count == 0) return false;
        var intervals = IntervalAudit.Intervals(network, counts, suppressed, guarded);
        var added = false;
        foreach (var cell in guarded)
        {
            var interval = intervals[cell];
            if (interval.Protects(protection)) continue;
            var delta = protection - (counts[cell] - interval.Minimum);
            var cycle = IntervalAudit.ProtectingCells(network, counts, known, suppressed, cell, delta);
            if (cycle is null || cycle.Count == 0)
            {
                unprotected.Add(cell);
                continue;
            }
            foreach (var c in cycle)
            {
                if (states[c] != CellSuppression.None) continue;
                Mark(table, states, nsup, queue, c);
                suppressed[c] = true;
                added = true;
            }
        }
        return added;
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
}
