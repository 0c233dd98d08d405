using System.Globalization;

namespace Sozialindikatoren.Composite;

/// <summary>
/// The input of a composite-index run (<em>Eingangsdaten</em>, COINr's <c>iData</c>): indicator values, optional
/// denominator columns and optional group columns, all for the same units in the same order.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class CompositeData
{
    private readonly Dictionary<string, string?[]> _groups;

    /// <summary>Creates the input.</summary>
    /// <param name="indicators">Indicator values (NaN = missing).</param>
    /// <param name="denominators">Denominator columns (same units), or null.</param>
    /// <param name="groups">Group columns by code: one label per unit (null/empty = no group), or null.</param>
    /// <exception cref="ArgumentException">Units differ or a group column has the wrong length.</exception>
    public CompositeData(IndicatorTable indicators, IndicatorTable? denominators = null, IReadOnlyDictionary<string, IReadOnlyList<string?>>? groups = null)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        if (denominators is not null && !denominators.Units.SequenceEqual(indicators.Units))
            throw new ArgumentException("denominators: units must equal the indicator table's units, in the same order.", nameof(denominators));
        _groups = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        if (groups is not null)
        {
            foreach (var (code, labels) in groups)
            {
                if (labels.Count != indicators.UnitCount)
                    throw new ArgumentException($"groups: column '{code}' has {labels.Count} labels for {indicators.UnitCount} units.", nameof(groups));
                _groups[code] = labels.ToArray();
            }
        }
        Indicators = indicators;
        Denominators = denominators;
    }

    /// <summary>Indicator values.</summary>
    public IndicatorTable Indicators { get; }

    /// <summary>Denominator columns, or null.</summary>
    public IndicatorTable? Denominators { get; }

    /// <summary>Group column codes.</summary>
    public IReadOnlyCollection<string> GroupCodes => _groups.Keys;

    /// <summary>The labels of a group column.</summary>
    /// <param name="code">The group code.</param>
    /// <returns>One label per unit.</returns>
    /// <exception cref="KeyNotFoundException">No such group column.</exception>
    public IReadOnlyList<string?> Group(string code) =>
        _groups.TryGetValue(code, out var g) ? g : throw new KeyNotFoundException($"group: no group column '{code}' in the data.");
}

/// <summary>
/// The choices of a composite-index run. Steps always run in the order denominate → impute → screen → treat →
/// normalise → weight → aggregate; a step is off when its option says so (the defaults: no denomination, no
/// imputation, no screening, no treatment, min-max 0–100, framework weights, arithmetic mean).
/// </summary>
/// <remarks>Validated on assignment (init accessors throw naming the option and value).</remarks>
/// <threadsafety>Immutable after initialisation; thread-safe.</threadsafety>
public sealed class CompositeOptions
{
    private readonly double? _screen;
    private readonly double _threshold;
    private readonly double _scale = 1;

    /// <summary>The CLI defaults: no denomination, imputation, screening or treatment; min-max 0–100; framework weights; arithmetic mean.</summary>
    public static CompositeOptions Default { get; } = new();

    /// <summary>COINr's example pipeline for the ASEM data (<c>build_example_coin()</c>): denominate; group-mean
    /// imputation by <c>EurAsia_group</c>; screening by missing data at 0.9; default treatment; min-max 0–100;
    /// arithmetic mean.</summary>
    public static CompositeOptions CoinrExample { get; } = new()
    {
        Denominate = true,
        Imputation = ImputationMethod.GroupMean,
        ImputationGroup = "EurAsia_group",
        ScreeningThreshold = 0.9,
        Treatment = TreatmentOptions.Default,
    };

    /// <summary>Divide indicators by the denominators named in the framework.</summary>
    public bool Denominate { get; init; }

    /// <summary>Scale factor of denomination (1 = plain ratio), finite and &gt; 0.</summary>
    public double DenominationScale
    {
        get => _scale;
        init => _scale = double.IsFinite(value) && value > 0 ? value
            : throw new ArgumentOutOfRangeException(nameof(DenominationScale), value, $"DenominationScale: must be finite and > 0, was {value.ToString(CultureInfo.InvariantCulture)}.");
    }

    /// <summary>Imputation method (default none).</summary>
    public ImputationMethod Imputation { get; init; }

    /// <summary>Group column for group imputation methods.</summary>
    public string? ImputationGroup { get; init; }

    /// <summary>Availability threshold for screening in [0, 1], or null for no screening.</summary>
    public double? ScreeningThreshold
    {
        get => _screen;
        init => _screen = value is null || (value >= 0 && value <= 1) ? value
            : throw new ArgumentOutOfRangeException(nameof(ScreeningThreshold), value, $"ScreeningThreshold: must be in [0, 1], was {value.Value.ToString(CultureInfo.InvariantCulture)}.");
    }

    /// <summary>Screening rule (default by missing data).</summary>
    public ScreeningRule ScreeningRule { get; init; }

    /// <summary>Outlier treatment options, or null for no treatment.</summary>
    public TreatmentOptions? Treatment { get; init; }

    /// <summary>The normaliser (default min-max 0–100).</summary>
    public Normaliser Normaliser { get; init; } = Normaliser.MinMax(0, 100);

    /// <summary>Per-indicator normalisers overriding <see cref="Normaliser"/>.</summary>
    public IReadOnlyDictionary<string, Normaliser>? NormaliserPerIndicator { get; init; }

    /// <summary>Where weights come from (default: the framework).</summary>
    public WeightingMethod Weighting { get; init; }

    /// <summary>Explicit weights by code applied on top of the chosen weighting (e.g. noisy weights), or null.</summary>
    public IReadOnlyDictionary<string, double>? WeightOverrides { get; init; }

    /// <summary>The aggregator (default arithmetic mean).</summary>
    public Aggregator Aggregator { get; init; } = Aggregator.ArithmeticMean;

    /// <summary>Aggregators per level (2…L) overriding <see cref="Aggregator"/>.</summary>
    public IReadOnlyDictionary<int, Aggregator>? AggregatorPerLevel { get; init; }

    /// <summary>Minimum share of available children for an aggregate, in [0, 1] (default 0).</summary>
    public double AvailabilityThreshold
    {
        get => _threshold;
        init => _threshold = value >= 0 && value <= 1 ? value
            : throw new ArgumentOutOfRangeException(nameof(AvailabilityThreshold), value, $"AvailabilityThreshold: must be in [0, 1], was {value.ToString(CultureInfo.InvariantCulture)}.");
    }

    /// <summary>Availability thresholds per aggregate code overriding <see cref="AvailabilityThreshold"/> (values in [0, 1]).</summary>
    public IReadOnlyDictionary<string, double>? AvailabilityThresholdPerAggregate
    {
        get => _thresholds;
        init => _thresholds = value is null || value.Values.All(v => v >= 0 && v <= 1) ? value
            : throw new ArgumentOutOfRangeException(nameof(AvailabilityThresholdPerAggregate), "AvailabilityThresholdPerAggregate: every threshold must be in [0, 1].");
    }

    private readonly IReadOnlyDictionary<string, double>? _thresholds;

    /// <summary>A copy with some members changed (used by uncertainty analysis).</summary>
    internal CompositeOptions With(ImputationMethod? imputation = null, bool clearTreatment = false, TreatmentOptions? treatment = null,
        Normaliser? normaliser = null, Aggregator? aggregator = null, IReadOnlyDictionary<string, double>? weights = null, bool setWeights = false) => new()
        {
            Denominate = Denominate,
            DenominationScale = DenominationScale,
            Imputation = imputation ?? Imputation,
            ImputationGroup = ImputationGroup,
            ScreeningThreshold = ScreeningThreshold,
            ScreeningRule = ScreeningRule,
            Treatment = clearTreatment ? null : treatment ?? Treatment,
            Normaliser = normaliser ?? Normaliser,
            NormaliserPerIndicator = normaliser is null ? NormaliserPerIndicator : null,
            Weighting = Weighting,
            WeightOverrides = setWeights ? weights : WeightOverrides,
            Aggregator = aggregator ?? Aggregator,
            AggregatorPerLevel = aggregator is null ? AggregatorPerLevel : null,
            AvailabilityThreshold = AvailabilityThreshold,
            AvailabilityThresholdPerAggregate = AvailabilityThresholdPerAggregate,
        };
}

/// <summary>
/// Every stage of a composite-index run (COINr's <c>coin$Data</c>): raw, denominated, imputed, screened, treated,
/// normalised and aggregated, with the logs of each step and the final scores and ranks.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class CompositeResult
{
    internal CompositeResult() { }

    /// <summary>The options of the run.</summary>
    public required CompositeOptions Options { get; init; }

    /// <summary>The framework with the weights actually used.</summary>
    public required IndexFramework Framework { get; init; }

    /// <summary>Stage <em>Raw</em>: the framework's indicators from the input.</summary>
    public required IndicatorTable Raw { get; init; }

    /// <summary>Stage <em>Denominated</em> (equal to <see cref="Raw"/> when denomination is off).</summary>
    public required IndicatorTable Denominated { get; init; }

    /// <summary>The imputation step (table and counts).</summary>
    public required ImputationResult Imputation { get; init; }

    /// <summary>Stage <em>Imputed</em>.</summary>
    public IndicatorTable Imputed => Imputation.Table;

    /// <summary>The screening step, or null when screening is off.</summary>
    public required ScreeningResult? Screening { get; init; }

    /// <summary>Stage <em>Screened</em> (equal to <see cref="Imputed"/> when screening is off).</summary>
    public required IndicatorTable Screened { get; init; }

    /// <summary>The treatment step, or null when treatment is off.</summary>
    public required TreatmentResult? Treatment { get; init; }

    /// <summary>Stage <em>Treated</em> (equal to <see cref="Screened"/> when treatment is off).</summary>
    public required IndicatorTable Treated { get; init; }

    /// <summary>Stage <em>Normalised</em>.</summary>
    public required IndicatorTable Normalised { get; init; }

    /// <summary>Stage <em>Aggregated</em>: normalised indicators, then aggregates level by level.</summary>
    public required IndicatorTable Aggregated { get; init; }

    /// <summary>PCA diagnostics when PCA weights were used, else null.</summary>
    public required PcaWeights? PcaWeights { get; init; }

    /// <summary>The steps that ran, in order, with their parameters (e.g. <c>impute: GroupMean by EurAsia_group, 65 cells</c>).</summary>
    public required IReadOnlyList<string> Steps { get; init; }

    /// <summary>The top aggregate's code.</summary>
    public required string TopCode { get; init; }

    /// <summary>Scores of the top aggregate per unit of <see cref="Aggregated"/> (NaN = missing).</summary>
    public ReadOnlySpan<double> Scores => Aggregated.Column(TopCode);

    /// <summary>Ranks of the top aggregate: 1 = highest score, ties share the lowest rank number, missing = NaN.</summary>
    public required IReadOnlyList<double> Ranks { get; init; }
}

/// <summary>
/// The composite-index pipeline (<em>Indexberechnung</em>): runs denominate → impute → screen → treat → normalise →
/// weight → aggregate with the chosen options, each step being the separate public function of its class
/// (<see cref="Denomination"/>, <see cref="Composite.Imputation"/>, <see cref="Composite.Screening"/>,
/// <see cref="OutlierTreatment"/>, <see cref="Normalisation"/>, <see cref="Composite.Weighting"/>,
/// <see cref="Aggregation"/>).
/// </summary>
/// <remarks>A step that was requested but cannot run fails loudly (missing denominators, unknown group column);
/// it is never skipped silently (COINr issue #60).</remarks>
/// <threadsafety>Pure static functions; thread-safe.</threadsafety>
public static class CompositePipeline
{
    /// <summary>Runs the pipeline.</summary>
    /// <param name="data">The input.</param>
    /// <param name="framework">The hierarchy, directions and weights.</param>
    /// <param name="options">The choices (default <see cref="CompositeOptions.Default"/>).</param>
    /// <returns>All stages.</returns>
    /// <exception cref="ArgumentException">A requested step cannot run (the message says why).</exception>
    public static CompositeResult Run(CompositeData data, IndexFramework framework, CompositeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(framework);
        options ??= CompositeOptions.Default;
        var steps = new List<string>();
        var raw = data.Indicators.SelectCodes(framework.Indicators.Where(c => data.Indicators.IndexOf(c) >= 0 || Missing(c)).ToArray());
        var denominated = raw;
        if (options.Denominate)
        {
            if (data.Denominators is null)
                throw new ArgumentException("data: denomination was requested but the data has no denominator columns.", nameof(data));
            denominated = Denomination.Apply(raw, data.Denominators, framework, options.DenominationScale);
            steps.Add(string.Create(CultureInfo.InvariantCulture, $"denominate: {framework.Elements.Count(e => e.Denominator is not null)} indicators, scale {options.DenominationScale:R}, {denominated.MissingCount} missing cells after"));
        }
        IReadOnlyList<string?>? groups = null;
        if (options.Imputation is ImputationMethod.GroupMean or ImputationMethod.GroupMedian)
        {
            if (options.ImputationGroup is null)
                throw new ArgumentException($"options: {options.Imputation} needs ImputationGroup.", nameof(options));
            groups = data.Group(options.ImputationGroup);
        }
        var imputation = Imputation.Apply(denominated, options.Imputation, groups);
        if (options.Imputation != ImputationMethod.None)
            steps.Add(string.Create(CultureInfo.InvariantCulture, $"impute: {options.Imputation}{(groups is null ? "" : " by " + options.ImputationGroup)}, {imputation.ImputedCount} cells imputed, {imputation.RemainingMissingCount} still missing"));
        ScreeningResult? screening = null;
        var screened = imputation.Table;
        if (options.ScreeningThreshold is { } t)
        {
            screening = Screening.Apply(imputation.Table, t, options.ScreeningRule);
            screened = screening.Table;
            steps.Add(string.Create(CultureInfo.InvariantCulture, $"screen: {options.ScreeningRule} ≥ {t:R}, {screening.Removed.Count} units removed{(screening.Removed.Count > 0 ? " (" + string.Join(", ", screening.Removed) + ")" : "")}"));
        }
        TreatmentResult? treatment = null;
        var treated = screened;
        if (options.Treatment is { } to)
        {
            treatment = OutlierTreatment.Apply(screened, to);
            treated = treatment.Table;
            steps.Add(string.Create(CultureInfo.InvariantCulture,
                $"treat: skew {to.SkewThreshold:R} / kurtosis {to.KurtosisThreshold:R}, winsorise ≤ {to.WinsorisationLimit}, then {to.Log}; {treatment.Records.Count(r => r.Outcome == TreatmentOutcome.Winsorised)} winsorised, {treatment.Records.Count(r => r.Outcome == TreatmentOutcome.LogTransformed)} log-transformed, {treatment.Records.Count(r => r.Outcome == TreatmentOutcome.NotTestable)} not testable"));
        }
        var normalised = Normalisation.Apply(treated, framework, options.Normaliser, options.NormaliserPerIndicator);
        steps.Add("normalise: " + options.Normaliser + (options.NormaliserPerIndicator is { Count: > 0 } p ? $" ({p.Count} per-indicator)" : ""));
        PcaWeights? pca = null;
        var fw = framework;
        switch (options.Weighting)
        {
            case WeightingMethod.Equal:
                fw = fw.WithWeights(Weighting.Equal(fw));
                break;
            case WeightingMethod.Pca:
                var pre = Aggregation.Aggregate(normalised, fw, options.Aggregator, options.AggregatorPerLevel, options.AvailabilityThreshold, options.AvailabilityThresholdPerAggregate);
                pca = Weighting.Pca(pre, fw);
                fw = fw.WithWeights(pca.Weights);
                break;
        }
        if (options.WeightOverrides is { } wo) fw = fw.WithWeights(wo);
        steps.Add("weights: " + options.Weighting + (options.WeightOverrides is null ? "" : " with overrides"));
        var aggregated = Aggregation.Aggregate(normalised, fw, options.Aggregator, options.AggregatorPerLevel, options.AvailabilityThreshold, options.AvailabilityThresholdPerAggregate);
        steps.Add(string.Create(CultureInfo.InvariantCulture, $"aggregate: {options.Aggregator}, availability ≥ {options.AvailabilityThreshold:R}"));
        var top = fw.TopCodes[0];
        var ranks = Ranking.Rank(aggregated.Column(top), TieMethod.Min, descending: true);
        return new CompositeResult
        {
            Options = options,
            Framework = fw,
            Raw = raw,
            Denominated = denominated,
            Imputation = imputation,
            Screening = screening,
            Screened = screened,
            Treatment = treatment,
            Treated = treated,
            Normalised = normalised,
            Aggregated = aggregated,
            PcaWeights = pca,
            Steps = steps,
            TopCode = top,
            Ranks = ranks,
        };

        static bool Missing(string code) => throw new ArgumentException($"data: indicator '{code}' of the framework is not in the data.", nameof(data));
    }
}
