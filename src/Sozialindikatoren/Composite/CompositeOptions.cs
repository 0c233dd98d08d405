using System.Globalization;

namespace Sozialindikatoren.Composite;

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
