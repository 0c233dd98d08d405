using System.Globalization;

namespace Sozialindikatoren.Composite;

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
