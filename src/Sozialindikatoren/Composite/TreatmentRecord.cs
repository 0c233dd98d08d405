using System.Globalization;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Composite;

/// <summary>What outlier treatment did to one indicator (the columns of COINr's treatment log).</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class TreatmentRecord
{
    internal TreatmentRecord(string code) => Code = code;

    /// <summary>The indicator.</summary>
    public string Code { get; }

    /// <summary>Skew before treatment (NaN when undefined, n &lt; 3 or zero variance).</summary>
    public double SkewBefore { get; internal set; } = double.NaN;

    /// <summary>Excess kurtosis before treatment (NaN when undefined, n &lt; 4 or zero variance).</summary>
    public double KurtosisBefore { get; internal set; } = double.NaN;

    /// <summary>The outcome.</summary>
    public TreatmentOutcome Outcome { get; internal set; }

    /// <summary>Whether the untreated column passed (true also when not testable).</summary>
    public bool PassedInitially => Outcome is TreatmentOutcome.NotNeeded or TreatmentOutcome.NotTestable;

    /// <summary>The winsorisation tally (COINr's count; 0 when not winsorised; also kept when the winsorisation was discarded for a log).</summary>
    public int WinsorisedPointsTotal { get; internal set; }

    /// <summary>Points winsorised at the high end in the final column.</summary>
    public int WinsorisedHigh => Points.Count(p => p.High);

    /// <summary>Points winsorised at the low end in the final column.</summary>
    public int WinsorisedLow => Points.Count(p => !p.High);

    /// <summary>Skew after winsorisation (NaN when not winsorised).</summary>
    public double SkewAfterWinsorisation { get; internal set; } = double.NaN;

    /// <summary>Kurtosis after winsorisation (NaN when not winsorised).</summary>
    public double KurtosisAfterWinsorisation { get; internal set; } = double.NaN;

    /// <summary>Whether the winsorised column passed (null when not winsorised).</summary>
    public bool? PassedAfterWinsorisation { get; internal set; }

    /// <summary>Whether a log transform replaced the column.</summary>
    public bool LogTransformApplied => Outcome == TreatmentOutcome.LogTransformed;

    /// <summary>Whether the log-transformed column passed (null when no log).</summary>
    public bool? PassedAfterLog { get; internal set; }

    /// <summary>Skew of the final column.</summary>
    public double SkewFinal { get; internal set; } = double.NaN;

    /// <summary>Kurtosis of the final column.</summary>
    public double KurtosisFinal { get; internal set; } = double.NaN;

    /// <summary>The winsorised cells of the final column (empty when the log replaced the winsorisation).</summary>
    public IReadOnlyList<WinsorisedPoint> Points { get; internal set; } = [];

    /// <summary>Code and outcome.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code}: {Outcome} ({WinsorisedPointsTotal} points)");
}
