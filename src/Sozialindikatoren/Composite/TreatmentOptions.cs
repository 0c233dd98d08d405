using System.Globalization;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Composite;

/// <summary>The log transform used when winsorisation does not cure a skewed indicator.</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum LogTransform
{
    /// <summary>No log transform: a column that still fails after winsorisation keeps its winsorised values (and is reported as failing).</summary>
    None = 0,
    /// <summary>COINr <c>log_CT</c>: ln(x − min + 0.01·(max − min)). Defined for zeros and negatives.</summary>
    LogCT = 1,
    /// <summary>COINr <c>log_CT_plus</c>: as <see cref="LogCT"/> when skew &gt; 0, else −ln(max + a − x) with a = 0.01·(max − min).</summary>
    LogCTPlus = 2,
    /// <summary>COINr <c>log_CT_orig</c>: ln(x − min + 1).</summary>
    LogCTOriginal = 3,
}

/// <summary>How an indicator came out of outlier treatment.</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum TreatmentOutcome
{
    /// <summary>Passed the skew/kurtosis test; unchanged.</summary>
    NotNeeded = 0,
    /// <summary>Fewer than 4 values or zero variance: skew/kurtosis are undefined, the column is left unchanged (COINr crashes here, issue #45).</summary>
    NotTestable = 1,
    /// <summary>Winsorised and then passed.</summary>
    Winsorised = 2,
    /// <summary>Winsorisation did not pass; the untreated column was log-transformed.</summary>
    LogTransformed = 3,
    /// <summary>Winsorisation did not pass and no log transform was configured; the winsorised column is kept and still fails.</summary>
    StillFailing = 4,
}

/// <summary>
/// Options of the two-stage outlier treatment (<em>Ausreißerbehandlung</em>): the test thresholds, the winsorisation
/// limit and the fallback transform. Defaults are the JRC/COINr audit conventions (skew 2, kurtosis 3.5, 5 points, log_CT).
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class TreatmentOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="skewThreshold">|skew| threshold, &gt; 0 (default 2).</param>
    /// <param name="kurtosisThreshold">Excess-kurtosis threshold (default 3.5).</param>
    /// <param name="winsorisationLimit">Maximum winsorised points (COINr <c>winmax</c>), ≥ 0 (default 5).</param>
    /// <param name="logTransform">The fallback transform (default <see cref="LogTransform.LogCT"/>).</param>
    /// <param name="logOfWinsorised">Apply the log to the winsorised column instead of the original (COINr <c>combine_treat</c>; default false).</param>
    /// <exception cref="ArgumentException">A threshold is not finite or the limit is negative.</exception>
    public TreatmentOptions(double skewThreshold = 2, double kurtosisThreshold = 3.5, int winsorisationLimit = 5,
        LogTransform logTransform = LogTransform.LogCT, bool logOfWinsorised = false)
    {
        if (!double.IsFinite(skewThreshold) || skewThreshold <= 0)
            throw new ArgumentException($"skewThreshold: must be finite and > 0, was {skewThreshold.ToString(CultureInfo.InvariantCulture)}.", nameof(skewThreshold));
        if (!double.IsFinite(kurtosisThreshold))
            throw new ArgumentException($"kurtosisThreshold: must be finite, was {kurtosisThreshold.ToString(CultureInfo.InvariantCulture)}.", nameof(kurtosisThreshold));
        if (winsorisationLimit < 0)
            throw new ArgumentException($"winsorisationLimit: must be ≥ 0, was {winsorisationLimit}.", nameof(winsorisationLimit));
        if (!Enum.IsDefined(logTransform))
            throw new ArgumentException($"logTransform: unknown value {logTransform}.", nameof(logTransform));
        SkewThreshold = skewThreshold;
        KurtosisThreshold = kurtosisThreshold;
        WinsorisationLimit = winsorisationLimit;
        Log = logTransform;
        LogOfWinsorised = logOfWinsorised;
    }

    /// <summary>The default: skew 2, kurtosis 3.5, up to 5 points, then log_CT of the untreated column.</summary>
    public static TreatmentOptions Default { get; } = new();

    /// <summary>|skew| threshold.</summary>
    public double SkewThreshold { get; }

    /// <summary>Excess-kurtosis threshold.</summary>
    public double KurtosisThreshold { get; }

    /// <summary>Maximum number of winsorised points.</summary>
    public int WinsorisationLimit { get; }

    /// <summary>The fallback transform.</summary>
    public LogTransform Log { get; }

    /// <summary>Whether the log is applied to the winsorised rather than the original column.</summary>
    public bool LogOfWinsorised { get; }
}
