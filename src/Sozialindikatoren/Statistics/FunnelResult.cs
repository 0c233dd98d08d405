using System.Globalization;
using MathNet.Numerics.Distributions;

namespace Sozialindikatoren.Statistics;

/// <summary>Funnel-plot result per space: observed values, 95 % and 99.8 % control limits and classes (columnar, read-only arrays).</summary>
/// <threadsafety>Immutable after construction (do not write to the arrays); thread-safe for reading.</threadsafety>
public sealed class FunnelResult
{
    internal FunnelResult(FunnelKind kind, double reference, double[] values, double[] lower95, double[] upper95, double[] lower998, double[] upper998, FunnelClass[] class95, FunnelClass[] class998)
    {
        Kind = kind;
        Reference = reference;
        Values = values;
        Lower95 = lower95;
        Upper95 = upper95;
        Lower998 = lower998;
        Upper998 = upper998;
        Class95 = class95;
        Class998 = class998;
    }

    /// <summary>Proportion or rate.</summary>
    public FunnelKind Kind { get; }

    /// <summary>The reference value θ₀ (given or pooled).</summary>
    public double Reference { get; }

    /// <summary>Observed values per space (NaN where not assessed).</summary>
    public double[] Values { get; }

    /// <summary>Lower 95 % control limits (NaN where not assessed).</summary>
    public double[] Lower95 { get; }

    /// <summary>Upper 95 % control limits (NaN where not assessed).</summary>
    public double[] Upper95 { get; }

    /// <summary>Lower 99.8 % control limits (NaN where not assessed).</summary>
    public double[] Lower998 { get; }

    /// <summary>Upper 99.8 % control limits (NaN where not assessed).</summary>
    public double[] Upper998 { get; }

    /// <summary>Classification at 95 %.</summary>
    public FunnelClass[] Class95 { get; }

    /// <summary>Classification at 99.8 %.</summary>
    public FunnelClass[] Class998 { get; }
}
