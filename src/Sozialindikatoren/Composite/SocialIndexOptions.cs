using System.Globalization;
using System.Text;
using NodaTime;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Composite;

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

    /// <summary>Class cut-offs (used with <see cref="ClassMethod.Mss"/>).</summary>
    public ClassCutoffs Cutoffs { get; }

    /// <summary>How the status and dynamics classes are formed [<see cref="ClassMethod.Mss"/>: the fixed
    /// <see cref="Cutoffs"/>]; <see cref="ClassMethod.Quantile"/>: quartiles of status z, terciles of dynamics z.</summary>
    public ClassMethod Classes { get; init; } = ClassMethod.Mss;

    /// <summary>These options with another class method.</summary>
    /// <param name="classes">The class method.</param>
    /// <returns>A copy (or this instance when the method is the same).</returns>
    public SocialIndexOptions WithClasses(ClassMethod classes) => classes == Classes ? this
        : new SocialIndexOptions(StatusIndicators, DynamicsIndicators, StatusPeriod, DynamicsYears, MinimumPopulation, PopulationIndicator, AvailabilityThreshold, Cutoffs) { Classes = classes };
}
