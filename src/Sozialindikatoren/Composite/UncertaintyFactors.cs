using System.Globalization;

namespace Sozialindikatoren.Composite;

/// <summary>
/// The uncertain choices of an uncertainty or sensitivity analysis (<em>Unsicherheitsfaktoren</em>): each non-trivial
/// member is one factor. Weight noise, the normaliser, the aggregator, the imputation and the outlier treatment
/// are all factors alongside each other (OECD/JRC Handbook step 7; COINr <c>get_sensitivity</c>).
/// </summary>
/// <remarks>
/// A factor is sampled as u ~ U(0, 1) and mapped to alternative ⌊u·m⌋ of its m alternatives. Weight noise maps u to
/// one of <see cref="WeightSets"/> pre-drawn noisy weight sets w·(1 + f·U(−1, 1)) around the nominal run's weights.
/// Treatment on/off has the alternatives "nominal treatment" and "none".
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class UncertaintyFactors
{
    /// <summary>Creates the factors.</summary>
    /// <param name="weightNoise">Noise factor f in [0, 1) on every weight (0 = weights fixed).</param>
    /// <param name="normalisers">Alternative normalisers (empty or one = fixed at the nominal).</param>
    /// <param name="aggregators">Alternative aggregators (empty or one = fixed).</param>
    /// <param name="imputations">Alternative imputation methods, e.g. none and group mean (empty or one = fixed).</param>
    /// <param name="treatmentOnOff">Whether outlier treatment is switched on and off.</param>
    /// <param name="weightSets">Number of pre-drawn noisy weight sets (default 100).</param>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public UncertaintyFactors(double weightNoise = 0.25, IReadOnlyList<Normaliser>? normalisers = null, IReadOnlyList<Aggregator>? aggregators = null,
        IReadOnlyList<ImputationMethod>? imputations = null, bool treatmentOnOff = false, int weightSets = 100)
    {
        if (!(weightNoise >= 0 && weightNoise < 1))
            throw new ArgumentException($"weightNoise: must be in [0, 1), was {weightNoise.ToString(CultureInfo.InvariantCulture)}.", nameof(weightNoise));
        if (weightSets < 1) throw new ArgumentException($"weightSets: must be ≥ 1, was {weightSets}.", nameof(weightSets));
        WeightNoise = weightNoise;
        Normalisers = (normalisers ?? []).ToArray();
        Aggregators = (aggregators ?? []).ToArray();
        Imputations = (imputations ?? []).ToArray();
        TreatmentOnOff = treatmentOnOff;
        WeightSets = weightSets;
    }

    /// <summary>Noise factor on the weights.</summary>
    public double WeightNoise { get; }

    /// <summary>Alternative normalisers.</summary>
    public IReadOnlyList<Normaliser> Normalisers { get; }

    /// <summary>Alternative aggregators.</summary>
    public IReadOnlyList<Aggregator> Aggregators { get; }

    /// <summary>Alternative imputation methods.</summary>
    public IReadOnlyList<ImputationMethod> Imputations { get; }

    /// <summary>Whether treatment is a factor (on/off).</summary>
    public bool TreatmentOnOff { get; }

    /// <summary>Number of noisy weight sets.</summary>
    public int WeightSets { get; }

    /// <summary>The factor names in sampling order: any of <c>weights</c>, <c>normalisation</c>, <c>aggregation</c>,
    /// <c>imputation</c>, <c>treatment</c>.</summary>
    public IReadOnlyList<string> FactorNames
    {
        get
        {
            var names = new List<string>();
            if (WeightNoise > 0) names.Add("weights");
            if (Normalisers.Count > 1) names.Add("normalisation");
            if (Aggregators.Count > 1) names.Add("aggregation");
            if (Imputations.Count > 1) names.Add("imputation");
            if (TreatmentOnOff) names.Add("treatment");
            return names;
        }
    }
}
