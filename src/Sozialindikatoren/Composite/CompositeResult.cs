using System.Globalization;

namespace Sozialindikatoren.Composite;

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
