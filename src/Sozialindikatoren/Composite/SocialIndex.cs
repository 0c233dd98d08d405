using System.Globalization;
using System.Text;
using NodaTime;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Composite;

/// <summary>
/// One indicator slot of a social index: alternative indicator ids in order of preference (the first present in
/// the panel is used), whether the slot is required, and its weight.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class IndicatorSlot
{
    /// <summary>Creates a slot.</summary>
    /// <param name="alternatives">Indicator ids in order of preference (at least one).</param>
    /// <param name="required">Whether the index fails when none is present (else the slot is skipped and the skip is reported).</param>
    /// <param name="weight">Relative weight, finite and &gt; 0 (default 1).</param>
    /// <exception cref="ArgumentException">No alternative, an empty id, or an invalid weight.</exception>
    public IndicatorSlot(IReadOnlyList<string> alternatives, bool required = true, double weight = 1)
    {
        ArgumentNullException.ThrowIfNull(alternatives);
        if (alternatives.Count == 0 || alternatives.Any(string.IsNullOrWhiteSpace))
            throw new ArgumentException("alternatives: need at least one non-empty indicator id.", nameof(alternatives));
        if (!double.IsFinite(weight) || weight <= 0)
            throw new ArgumentException($"weight: must be finite and > 0, was {weight.ToString(CultureInfo.InvariantCulture)}.", nameof(weight));
        Alternatives = alternatives.ToArray();
        Required = required;
        Weight = weight;
    }

    /// <summary>Indicator ids in order of preference.</summary>
    public IReadOnlyList<string> Alternatives { get; }

    /// <summary>Whether the slot is required.</summary>
    public bool Required { get; }

    /// <summary>Relative weight.</summary>
    public double Weight { get; }

    /// <summary>The alternatives joined by " | ".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(" | ", Alternatives) + (Required ? "" : " (optional)");
}

/// <summary>
/// Options of <see cref="SocialIndex.Compute(IndicatorPanel, SocialIndexOptions, IReadOnlyDictionary{SpaceId, double}?)"/>: which indicators form the status and dynamics indices, the reference
/// period, the span of the dynamics, the minimum population and the class cut-offs.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class SocialIndexOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="statusIndicators">Slots of the status index (at least one).</param>
    /// <param name="dynamicsIndicators">Slots of the dynamics index (default: the status slots); empty = no dynamics.</param>
    /// <param name="statusPeriod">Reference date of the status (default: the panel's latest period).</param>
    /// <param name="dynamicsYears">Years between the earlier period and the status period (default 2, MSS); the
    /// earlier period is the status date minus this many years and must be in the panel.</param>
    /// <param name="minimumPopulation">Spaces with fewer inhabitants are excluded from standardisation and marked (default 300; 0 = no rule).</param>
    /// <param name="populationIndicator">Panel indicator holding the population (default <c>einwohner</c>).</param>
    /// <param name="availabilityThreshold">Minimum share (by weight) of slots with a value for a space to get an index, in (0, 1] (default 1: all).</param>
    /// <param name="cutoffs">Class cut-offs (default <see cref="ClassCutoffs.Default"/>).</param>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public SocialIndexOptions(IReadOnlyList<IndicatorSlot> statusIndicators, IReadOnlyList<IndicatorSlot>? dynamicsIndicators = null,
        LocalDate? statusPeriod = null, int dynamicsYears = 2, double minimumPopulation = 300, string populationIndicator = IndicatorCatalogue.Population,
        double availabilityThreshold = 1, ClassCutoffs? cutoffs = null)
    {
        ArgumentNullException.ThrowIfNull(statusIndicators);
        if (statusIndicators.Count == 0) throw new ArgumentException("statusIndicators: need at least one slot.", nameof(statusIndicators));
        if (dynamicsYears < 1) throw new ArgumentException($"dynamicsYears: must be ≥ 1, was {dynamicsYears}.", nameof(dynamicsYears));
        if (!double.IsFinite(minimumPopulation) || minimumPopulation < 0)
            throw new ArgumentException($"minimumPopulation: must be finite and ≥ 0, was {minimumPopulation.ToString(CultureInfo.InvariantCulture)}.", nameof(minimumPopulation));
        if (!(availabilityThreshold > 0 && availabilityThreshold <= 1))
            throw new ArgumentException($"availabilityThreshold: must be in (0, 1], was {availabilityThreshold.ToString(CultureInfo.InvariantCulture)}.", nameof(availabilityThreshold));
        if (string.IsNullOrWhiteSpace(populationIndicator)) throw new ArgumentException("populationIndicator: must not be empty.", nameof(populationIndicator));
        StatusIndicators = statusIndicators.ToArray();
        DynamicsIndicators = (dynamicsIndicators ?? statusIndicators).ToArray();
        StatusPeriod = statusPeriod;
        DynamicsYears = dynamicsYears;
        MinimumPopulation = minimumPopulation;
        PopulationIndicator = populationIndicator;
        AvailabilityThreshold = availabilityThreshold;
        Cutoffs = cutoffs ?? ClassCutoffs.Default;
    }

    /// <summary>
    /// The default social index (Berlin MSS style, equal weights): unemployment share (<c>arbeitslosenanteil</c>, else
    /// <c>arbeitslosenquote</c>), long-term unemployment (<c>langzeitarbeitslosenanteil</c>, optional), transfer receipt
    /// (<c>transferbezug</c>, else <c>sgb2_quote</c>, else <c>mindestsicherungsquote</c>) and child poverty
    /// (<c>kinderarmut</c>, else <c>kinderarmut_u18</c>); status = latest period, dynamics = change in percentage
    /// points over two years; spaces under 300 inhabitants excluded; default cut-offs.
    /// </summary>
    public static SocialIndexOptions StatusAndDynamics { get; } = new(
    [
        new IndicatorSlot(["arbeitslosenanteil", "arbeitslosenquote"]),
        new IndicatorSlot(["langzeitarbeitslosenanteil"], required: false),
        new IndicatorSlot(["transferbezug", "sgb2_quote", "mindestsicherungsquote"]),
        new IndicatorSlot(["kinderarmut", "kinderarmut_u18"]),
    ]);

    /// <summary>The default without dynamics (for panels with a single period).</summary>
    public static SocialIndexOptions StatusOnly { get; } = new(StatusAndDynamics.StatusIndicators, dynamicsIndicators: []);

    /// <summary>Slots of the status index.</summary>
    public IReadOnlyList<IndicatorSlot> StatusIndicators { get; }

    /// <summary>Slots of the dynamics index (empty = no dynamics).</summary>
    public IReadOnlyList<IndicatorSlot> DynamicsIndicators { get; }

    /// <summary>Status reference date, or null for the latest period.</summary>
    public LocalDate? StatusPeriod { get; }

    /// <summary>Span of the dynamics in years.</summary>
    public int DynamicsYears { get; }

    /// <summary>Minimum population (0 = no rule).</summary>
    public double MinimumPopulation { get; }

    /// <summary>Population indicator id.</summary>
    public string PopulationIndicator { get; }

    /// <summary>Minimum weight share of available slots.</summary>
    public double AvailabilityThreshold { get; }

    /// <summary>Class cut-offs.</summary>
    public ClassCutoffs Cutoffs { get; }
}

/// <summary>The social index of one space.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class SocialIndexEntry
{
    internal SocialIndexEntry(SpaceId space, double population, bool excluded, double statusZ, double dynamicsZ, StatusClass status, DynamicsClass dynamics)
    {
        Space = space;
        Population = population;
        Excluded = excluded;
        StatusZ = statusZ;
        DynamicsZ = dynamicsZ;
        Status = status;
        Dynamics = dynamics;
    }

    /// <summary>The space.</summary>
    public SpaceId Space { get; }

    /// <summary>Population used for the minimum-size rule (NaN when unknown).</summary>
    public double Population { get; }

    /// <summary>Whether the space was excluded from standardisation (population below the minimum).</summary>
    public bool Excluded { get; }

    /// <summary>Standardised status need index (higher = more need); NaN when excluded or without data — check <see cref="HasStatus"/>.</summary>
    public double StatusZ { get; }

    /// <summary>Standardised dynamics index (higher = need growing faster); NaN when not computed — check <see cref="HasDynamics"/>.</summary>
    public double DynamicsZ { get; }

    /// <summary>Whether a status index exists.</summary>
    public bool HasStatus => !double.IsNaN(StatusZ);

    /// <summary>Whether a dynamics index exists.</summary>
    public bool HasDynamics => !double.IsNaN(DynamicsZ);

    /// <summary>Status class (1 hoch … 4 sehr niedrig).</summary>
    public StatusClass Status { get; }

    /// <summary>Dynamics class (positiv, stabil, negativ).</summary>
    public DynamicsClass Dynamics { get; }

    /// <summary>The combined group, or null when either class is missing.</summary>
    public MssGroup? Group => Status != StatusClass.Unclassified && Dynamics != DynamicsClass.Unclassified ? new MssGroup(Status, Dynamics) : null;

    /// <summary>E.g. <c>05970040: status z 1.23 (3), dynamics z -0.4 (±) → 3±</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Space}: status z {StatusZ:0.##} ({(int)Status}), dynamics z {DynamicsZ:0.##} ({Dynamics}){(Group is { } g ? " → " + g.Code : "")}{(Excluded ? " [excluded]" : "")}");
}

/// <summary>
/// The result of <see cref="SocialIndex.Compute(IndicatorPanel, SocialIndexOptions, IReadOnlyDictionary{SpaceId, double}?)"/>: status and dynamics indices, classes and groups per space,
/// with the indicators actually used and notes on everything that was skipped or excluded.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class SocialIndexResult
{
    internal SocialIndexResult(SocialIndexEntry[] entries, string[] statusIds, string[] dynamicsIds, LocalDate statusPeriod, LocalDate? dynamicsFrom, string[] notes)
    {
        Entries = entries;
        StatusIndicators = statusIds;
        DynamicsIndicators = dynamicsIds;
        StatusPeriod = statusPeriod;
        DynamicsFrom = dynamicsFrom;
        Notes = notes;
    }

    /// <summary>One entry per space, in panel order.</summary>
    public IReadOnlyList<SocialIndexEntry> Entries { get; }

    /// <summary>Indicator ids used in the status index.</summary>
    public IReadOnlyList<string> StatusIndicators { get; }

    /// <summary>Indicator ids used in the dynamics index (empty when no dynamics).</summary>
    public IReadOnlyList<string> DynamicsIndicators { get; }

    /// <summary>The status reference date.</summary>
    public LocalDate StatusPeriod { get; }

    /// <summary>The earlier date of the dynamics, or null.</summary>
    public LocalDate? DynamicsFrom { get; }

    /// <summary>What was skipped, substituted or excluded (never silently).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The entry of a space.</summary>
    /// <param name="space">The space.</param>
    /// <exception cref="KeyNotFoundException">Unknown space.</exception>
    public SocialIndexEntry this[SpaceId space] => Entries.FirstOrDefault(e => e.Space == space) ?? throw new KeyNotFoundException($"space: '{space}' is not in the result.");

    /// <summary>Count of spaces per group code (all 12 codes, zeros included).</summary>
    /// <returns>Code → count.</returns>
    public IReadOnlyDictionary<string, int> GroupCounts() =>
        MssGroup.All.ToDictionary(g => g.Code, g => Entries.Count(e => e.Group == g), StringComparer.Ordinal);

    /// <summary>A German Markdown table: Sozialraum, Status-z, Statusklasse, Dynamik-z, Dynamikklasse, Gruppe.</summary>
    /// <returns>The table.</returns>
    public string ToMarkdownTable()
    {
        var sb = new StringBuilder();
        sb.Append("| Sozialraum | Status (z) | Statusklasse | Dynamik (z) | Dynamikklasse | Gruppe |\n|---|---:|---|---:|---|---|\n");
        foreach (var e in Entries)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {e.Space} | {(e.HasStatus ? e.StatusZ.ToString("0.00", CultureInfo.InvariantCulture) : "–")} | {StatusName(e.Status)} | ");
            sb.Append(CultureInfo.InvariantCulture, $"{(e.HasDynamics ? e.DynamicsZ.ToString("0.00", CultureInfo.InvariantCulture) : "–")} | {DynamicsName(e.Dynamics)} | {e.Group?.Code ?? (e.Excluded ? "ausgeschlossen" : "–")} |\n");
        }
        return sb.ToString();
    }

    /// <summary>German class name (<c>1 hoch</c> … <c>4 sehr niedrig</c>).</summary>
    /// <param name="c">The class.</param>
    /// <returns>The name.</returns>
    public static string StatusName(StatusClass c) => c switch
    {
        StatusClass.High => "1 hoch",
        StatusClass.Medium => "2 mittel",
        StatusClass.Low => "3 niedrig",
        StatusClass.VeryLow => "4 sehr niedrig",
        _ => "–",
    };

    /// <summary>German class name (<c>+ positiv</c>, <c>± stabil</c>, <c>- negativ</c>).</summary>
    /// <param name="c">The class.</param>
    /// <returns>The name.</returns>
    public static string DynamicsName(DynamicsClass c) => c switch
    {
        DynamicsClass.Positive => "+ positiv",
        DynamicsClass.Stable => "± stabil",
        DynamicsClass.Negative => "- negativ",
        _ => "–",
    };
}

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
        var notes = new List<string>();
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
                else if (options.MinimumPopulation > 0) notes.Add($"{panel.Spaces[s]}: no population given, minimum population rule not applied");
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
                        notes.Add(string.Create(CultureInfo.InvariantCulture, $"{panel.Spaces[s]}: excluded, population {population[s]:0} < {options.MinimumPopulation:0}"));
                    }
                }
            }
        }
        else if (options.MinimumPopulation > 0)
        {
            notes.Add($"minimum population rule not applied: the panel has no '{options.PopulationIndicator}' indicator");
        }

        var (statusIds, statusW) = Resolve(panel, options.StatusIndicators, "status", notes);
        var statusCols = statusIds.Select(id => NeedColumn(panel, id, sp)).ToArray();
        var statusZ = Index(statusCols, statusW, include, options.AvailabilityThreshold, panel.Spaces, "status", notes);

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
            (dynIds, var dynW) = Resolve(panel, options.DynamicsIndicators, "dynamics", notes);
            var dynCols = new double[dynIds.Length][];
            for (var k = 0; k < dynIds.Length; k++)
            {
                var def = panel.Definition(dynIds[k])!;
                var kind = def.IsPercentage ? ChangeKind.PercentagePoints : ChangeKind.Absolute;
                var change = IndicatorChange.Between(panel, dynIds[k], fromDate, statusDate, kind);
                var sign = (int)def.Polarity;
                dynCols[k] = change.Select(c => c.HasValue ? sign * c.Value : double.NaN).ToArray();
            }
            dynamicsZ = Index(dynCols, dynW, include, options.AvailabilityThreshold, panel.Spaces, "dynamics", notes);
        }

        var entries = new SocialIndexEntry[n];
        for (var s = 0; s < n; s++)
        {
            var st = Classification.ClassifyStatus(statusZ[s], options.Cutoffs);
            var dy = Classification.ClassifyDynamics(dynamicsZ[s], options.Cutoffs);
            entries[s] = new SocialIndexEntry(panel.Spaces[s], population[s], !include[s], statusZ[s], dynamicsZ[s], st, dy);
        }
        return new SocialIndexResult(entries, statusIds, dynIds, statusDate, from, notes.ToArray());
    }

    private static (string[] Ids, double[] Weights) Resolve(IndicatorPanel panel, IReadOnlyList<IndicatorSlot> slots, string what, List<string> notes)
    {
        var ids = new List<string>();
        var weights = new List<double>();
        foreach (var slot in slots)
        {
            var id = slot.Alternatives.FirstOrDefault(panel.HasIndicator);
            if (id is null)
            {
                if (slot.Required)
                    throw new ArgumentException($"panel: the {what} index needs one of {string.Join(", ", slot.Alternatives)}, none is in the panel.", nameof(panel));
                notes.Add($"{what}: optional slot {string.Join(" | ", slot.Alternatives)} skipped, not in the panel");
                continue;
            }
            if (id != slot.Alternatives[0]) notes.Add($"{what}: '{id}' used in place of '{slot.Alternatives[0]}'");
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

    private static double[] Index(double[][] cols, double[] weights, bool[] include, double threshold, IReadOnlyList<SpaceId> spaces, string what, List<string> notes)
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
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{spaces[s]}: no {what} index, {available} of {z.Length} indicators have a value (availability threshold {threshold:0.##})"));
            }
        }
        return Classification.Standardise(raw, include);
    }
}
