using System.Globalization;
using Sozialindikatoren.Indicators;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Composite;

/// <summary>Cross-sectional imputation methods (COINr's <c>i_mean</c>, <c>i_median</c>, <c>i_mean_grp</c>, <c>i_median_grp</c>).</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum ImputationMethod
{
    /// <summary>No imputation; missing cells stay missing.</summary>
    None = 0,
    /// <summary>Column mean of the non-missing values.</summary>
    Mean = 1,
    /// <summary>Column median of the non-missing values (mean of the two middle values for an even count).</summary>
    Median = 2,
    /// <summary>Mean of the non-missing values of units in the same group.</summary>
    GroupMean = 3,
    /// <summary>Median of the non-missing values of units in the same group.</summary>
    GroupMedian = 4,
}

/// <summary>Panel (time-series) imputation methods, per unit and indicator over periods (COINr's <c>impute_panel</c>).</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum PanelImputationMethod
{
    /// <summary>Last observation carried forward; a gap before the first observation stays missing.</summary>
    Latest = 0,
    /// <summary>Step function: a gap takes the previous observation; before the first observation the first one (R <c>approx(method = "constant", rule = 2)</c>).</summary>
    Constant = 1,
    /// <summary>Linear interpolation between the neighbouring observations; outside the observed range stays missing (<c>rule = 1</c>).</summary>
    Linear = 2,
    /// <summary>Linear inside the observed range, constant (nearest observation) outside it (<c>rule = 2</c>).</summary>
    LinearConstant = 3,
}

/// <summary>The outcome of an imputation: the table and how many cells were filled.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ImputationResult
{
    internal ImputationResult(IndicatorTable table, int imputed, int remaining)
    {
        Table = table;
        ImputedCount = imputed;
        RemainingMissingCount = remaining;
    }

    /// <summary>The imputed table (values that were present are never changed).</summary>
    public IndicatorTable Table { get; }

    /// <summary>Number of cells filled.</summary>
    public int ImputedCount { get; }

    /// <summary>Cells still missing (e.g. a whole group missing an indicator); never silently set to a number.</summary>
    public int RemainingMissingCount { get; }
}
