using System.Globalization;
using System.Text;
using NodaTime;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Composite;

/// <summary>
/// The social index (<em>Sozialindex</em>, <em>Statusindex</em> and <em>Dynamikindex</em>, Berlin MSS / Hamburg RISE
/// style): where is need high, and where is it growing.
/// </summary>
/// <remarks>
/// <para><b>Orientation (fixed):</b> a <em>need</em> index — higher means more need (<em>Belastung</em>). Indicators with
/// <see cref="Polarity.LessNeed"/> enter with a minus sign; <see cref="Polarity.Context"/> indicators cannot be used.
/// Status class 1 "hoch" is the best social status (lowest need), 4 "sehr niedrig" the worst; dynamics "positiv"
/// means need is falling relative to the other spaces.</para>
/// <para><b>Method:</b> (1) spaces with population below the minimum are excluded and marked; (2) each indicator is
/// z-standardised over the included spaces (mean and sample SD) and multiplied by its polarity; (3) the status index is
/// the weighted mean of the available z values (weights renormalised over available slots; a space below the
/// availability threshold gets none); (4) that mean is standardised again over the included spaces, giving the
/// status z; (5) the same for the dynamics from the change of each indicator between status date − N years and the
/// status date (percentage points for percentages, absolute otherwise); (6) classes by
/// <see cref="Classification.ClassifyStatus"/> and <see cref="Classification.ClassifyDynamics"/>; the 12 groups
/// combine both. Sources: Berlin MSS 2013–2021 (z-standardised shares, 4 status × 3 dynamics classes, 300-inhabitant
/// rule); Hamburg RISE; composite-and-rates.md §b5.</para>
/// </remarks>
/// <threadsafety>Pure static functions; thread-safe.</threadsafety>
public static class SocialIndex
{
    /// <summary>
    /// Computes the social index of a planning data set (e.g. <c>Samples.SiegenWittgenstein.Load()</c>): the panel is
    /// built from the data set's indicator records (<see cref="IndicatorPanel.FromRecords"/>) for the spaces that have
    /// at least one of the options' indicators, and the populations come from the region's spaces.
    /// </summary>
    /// <param name="data">The planning data set.</param>
    /// <param name="options">The options (e.g. <see cref="SocialIndexOptions.StatusAndDynamics"/>).</param>
    /// <returns>The immutable result.</returns>
    /// <exception cref="ArgumentException">As for <see cref="Compute(IndicatorPanel, SocialIndexOptions, IReadOnlyDictionary{SpaceId, double}?)"/>.</exception>
    public static SocialIndexResult Compute(PlanningData data, SocialIndexOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var ids = new HashSet<string>(options.StatusIndicators.Concat(options.DynamicsIndicators).SelectMany(s => s.Alternatives), StringComparer.Ordinal);
        var spaces = new HashSet<SpaceId>(data.Indicators.Where(r => ids.Contains(r.IndicatorId)).Select(r => r.Space));
        var records = data.Indicators.Where(r => spaces.Contains(r.Space) && (ids.Contains(r.IndicatorId) || r.IndicatorId == options.PopulationIndicator));
        var populations = new Dictionary<SpaceId, double>();
        foreach (var s in data.Region.Spaces)
            if (spaces.Contains(s.Id) && s.Population is { } p) populations[s.Id] = p.Total;
        return Compute(IndicatorPanel.FromRecords(records), options, populations.Count > 0 ? populations : null);
    }

    /// <summary>Computes the social index of a panel.</summary>
    /// <param name="panel">The indicator panel (definitions give the polarity).</param>
    /// <param name="options">The options (e.g. <see cref="SocialIndexOptions.StatusAndDynamics"/>).</param>
    /// <param name="populations">Population per space for the minimum-size rule; when null, the panel's population
    /// indicator at the status period is used; spaces missing from the dictionary are not excluded (and noted).</param>
    /// <returns>The immutable result.</returns>
    /// <exception cref="ArgumentException">A required slot has no indicator in the panel, an indicator has no
    /// definition or is a context indicator, or a needed period is missing (messages name them).</exception>
    public static SocialIndexResult Compute(IndicatorPanel panel, SocialIndexOptions options, IReadOnlyDictionary<SpaceId, double>? populations = null)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(options);
        var notes = new List<SocialIndexNote>();
        var statusDate = options.StatusPeriod ?? panel.LatestPeriod;
        var sp = panel.IndexOfPeriod(statusDate);
        if (sp < 0) throw new ArgumentException($"options: status period {statusDate:yyyy-MM-dd} is not in the panel.", nameof(options));
        var n = panel.Spaces.Count;

        // Population and exclusion.
        var population = new double[n];
        Array.Fill(population, double.NaN);
        var include = new bool[n];
        Array.Fill(include, true);
        var popIndex = panel.IndexOfIndicator(options.PopulationIndicator);
        if (populations is not null)
        {
            for (var s = 0; s < n; s++)
            {
                if (populations.TryGetValue(panel.Spaces[s], out var pop)) population[s] = pop;
                else if (options.MinimumPopulation > 0) notes.Add(new SocialIndexNote(SocialIndexNoteKind.NoPopulation, Space: panel.Spaces[s]));
            }
        }
        else if (popIndex >= 0)
        {
            panel.Values(popIndex, sp).CopyTo(population);
        }
        if (populations is not null || popIndex >= 0)
        {
            if (options.MinimumPopulation > 0)
            {
                for (var s = 0; s < n; s++)
                {
                    if (population[s] < options.MinimumPopulation)
                    {
                        include[s] = false;
                        notes.Add(new SocialIndexNote(SocialIndexNoteKind.ExcludedSmall, Space: panel.Spaces[s], Value: population[s], Threshold: options.MinimumPopulation));
                    }
                }
            }
        }
        else if (options.MinimumPopulation > 0)
        {
            notes.Add(new SocialIndexNote(SocialIndexNoteKind.PopulationIndicatorMissing, Indicator: options.PopulationIndicator));
        }

        var (statusIds, statusW) = Resolve(panel, options.StatusIndicators, SocialIndexPart.Status, notes);
        var statusCols = statusIds.Select(id => NeedColumn(panel, id, sp)).ToArray();
        var statusZ = Index(statusCols, statusW, include, options.AvailabilityThreshold, panel.Spaces, SocialIndexPart.Status, notes);

        var dynamicsZ = new double[n];
        Array.Fill(dynamicsZ, double.NaN);
        string[] dynIds = [];
        LocalDate? from = null;
        if (options.DynamicsIndicators.Count > 0)
        {
            var fromDate = statusDate.PlusYears(-options.DynamicsYears);
            var fp = panel.IndexOfPeriod(fromDate);
            if (fp < 0)
                throw new ArgumentException($"options: dynamics over {options.DynamicsYears} years need the period {fromDate:yyyy-MM-dd}, which is not in the panel (use SocialIndexOptions.StatusOnly or another status period).", nameof(options));
            from = fromDate;
            (dynIds, var dynW) = Resolve(panel, options.DynamicsIndicators, SocialIndexPart.Dynamics, notes);
            var dynCols = new double[dynIds.Length][];
            for (var k = 0; k < dynIds.Length; k++)
            {
                var def = panel.Definition(dynIds[k])!;
                var kind = def.IsPercentage ? ChangeKind.PercentagePoints : ChangeKind.Absolute;
                var change = IndicatorChange.Between(panel, dynIds[k], fromDate, statusDate, kind);
                var sign = (int)def.Polarity;
                dynCols[k] = change.Select(c => c.HasValue ? sign * c.Value : double.NaN).ToArray();
            }
            dynamicsZ = Index(dynCols, dynW, include, options.AvailabilityThreshold, panel.Spaces, SocialIndexPart.Dynamics, notes);
        }

        var entries = new SocialIndexEntry[n];
        // Quantile classes (ClassMethod.Quantile): quartiles of status z, terciles of dynamics z, over the classified spaces.
        var statusQ = options.Classes == ClassMethod.Quantile ? Classification.QuantileClasses(statusZ, 4) : null;
        var dynamicsQ = options.Classes == ClassMethod.Quantile ? Classification.QuantileClasses(dynamicsZ, 3) : null;
        for (var s = 0; s < n; s++)
        {
            var st = statusQ is null ? Classification.ClassifyStatus(statusZ[s], options.Cutoffs) : (StatusClass)statusQ[s];
            var dy = dynamicsQ is null ? Classification.ClassifyDynamics(dynamicsZ[s], options.Cutoffs) : (DynamicsClass)dynamicsQ[s];
            entries[s] = new SocialIndexEntry(panel.Spaces[s], population[s], !include[s], statusZ[s], dynamicsZ[s], st, dy);
        }
        return new SocialIndexResult(entries, statusIds, dynIds, statusDate, from, notes.ToArray());
    }

    private static (string[] Ids, double[] Weights) Resolve(IndicatorPanel panel, IReadOnlyList<IndicatorSlot> slots, SocialIndexPart what, List<SocialIndexNote> notes)
    {
        var ids = new List<string>();
        var weights = new List<double>();
        foreach (var slot in slots)
        {
            var id = slot.Alternatives.FirstOrDefault(panel.HasIndicator);
            if (id is null)
            {
                if (slot.Required)
                    throw new ArgumentException($"panel: the {what.ToString().ToLowerInvariant()} index needs one of {string.Join(", ", slot.Alternatives)}, none is in the panel.", nameof(panel));
                notes.Add(new SocialIndexNote(SocialIndexNoteKind.SlotSkipped, what, Indicator: string.Join(" | ", slot.Alternatives)));
                continue;
            }
            if (id != slot.Alternatives[0]) notes.Add(new SocialIndexNote(SocialIndexNoteKind.Substituted, what, Indicator: id, Replaced: slot.Alternatives[0]));
            var def = panel.Definition(id) ?? throw new ArgumentException($"panel: indicator '{id}' has no definition (polarity unknown); add it to the catalogue.", nameof(panel));
            if (def.Polarity == Polarity.Context) throw new ArgumentException($"panel: indicator '{id}' is a context indicator (polarity 0) and cannot enter a need index.", nameof(panel));
            ids.Add(id);
            weights.Add(slot.Weight);
        }
        return (ids.ToArray(), weights.ToArray());
    }

    private static double[] NeedColumn(IndicatorPanel panel, string id, int period)
    {
        var sign = (int)panel.Definition(id)!.Polarity;
        var v = panel.Values(panel.IndexOfIndicator(id), period);
        var col = new double[v.Length];
        for (var s = 0; s < v.Length; s++) col[s] = sign * v[s];
        return col;
    }

    private static double[] Index(double[][] cols, double[] weights, bool[] include, double threshold, IReadOnlyList<SpaceId> spaces, SocialIndexPart what, List<SocialIndexNote> notes)
    {
        var n = include.Length;
        var z = cols.Select(c => Classification.Standardise(c, include)).ToArray();
        var total = weights.Sum();
        var raw = new double[n];
        for (var s = 0; s < n; s++)
        {
            double sum = 0, w = 0;
            for (var k = 0; k < z.Length; k++)
            {
                if (double.IsNaN(z[k][s])) continue;
                sum += weights[k] * z[k][s];
                w += weights[k];
            }
            raw[s] = w > 0 && w / total >= threshold - 1e-12 ? sum / w : double.NaN;
            if (include[s] && double.IsNaN(raw[s]))
            {
                var available = z.Count(c => !double.IsNaN(c[s]));
                notes.Add(new SocialIndexNote(SocialIndexNoteKind.NoIndex, what, spaces[s], Available: available, Total: z.Length, Threshold: threshold));
            }
        }
        return Classification.Standardise(raw, include);
    }
}
