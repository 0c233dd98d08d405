using System.Globalization;
using Sozialindikatoren.Statistics;

namespace Sozialindikatoren.Monitoring;

/// <summary>
/// Options of <see cref="SocialMonitoring"/> (<em>Einstellungen des Sozialmonitorings</em>): the period window, the
/// confidence levels, overdispersion, the minimum relevant change per year, the change spans, the rule table and the
/// reference values. Every setter validates its value.
/// </summary>
/// <threadsafety>Immutable after initialisation; thread-safe.</threadsafety>
public sealed class MonitoringOptions
{
    private readonly int? _from;
    private readonly int? _to;
    private readonly ConfidenceLevel _level = ConfidenceLevel.Percent95;
    private readonly ConfidenceLevel _highLevel = new(0.99);
    private readonly double _minimumRelative = 0.02;
    private readonly IReadOnlyDictionary<string, double> _minimumAbsolute = new Dictionary<string, double>(StringComparer.Ordinal);
    private readonly int _minimumPeriods = 3;
    private readonly double _breakJump = 0.10;
    private readonly IReadOnlyList<int> _spans = [1, 3, 5];
    private readonly IReadOnlyList<WarningRule> _rules = WarningRules.Default;
    private readonly IReadOnlyList<ReferenceValue> _references = ReferenceValues.Default;
    private readonly DispersionHandling _dispersion = DispersionHandling.QuasiAtLeastOne;

    /// <summary>The default options.</summary>
    public static MonitoringOptions Default { get; } = new();

    /// <summary>First calendar year of the window (periods in earlier years are left out); null = the first period in the data.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1900–2200.</exception>
    public int? FromYear
    {
        get => _from;
        init => _from = value is null or (>= 1900 and <= 2200) ? value : throw new ArgumentOutOfRangeException(nameof(FromYear), value, "FromYear: expected a calendar year 1900–2200.");
    }

    /// <summary>Last calendar year of the window; null = the last period in the data.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1900–2200.</exception>
    public int? ToYear
    {
        get => _to;
        init => _to = value is null or (>= 1900 and <= 2200) ? value : throw new ArgumentOutOfRangeException(nameof(ToYear), value, "ToYear: expected a calendar year 1900–2200.");
    }

    /// <summary>Confidence level of the value intervals, slope intervals and rules (default 95 %); a warning holding at
    /// this level has certainty <see cref="WarningCertainty.Medium"/>.</summary>
    /// <exception cref="ArgumentException">The default (invalid) level.</exception>
    public ConfidenceLevel Level
    {
        get => _level;
        init
        {
            value.EnsureValid(nameof(Level));
            _level = value;
        }
    }

    /// <summary>The stricter level (default 99 %): a warning that also holds here has certainty <see cref="WarningCertainty.High"/>.</summary>
    /// <exception cref="ArgumentException">The default (invalid) level.</exception>
    public ConfidenceLevel HighCertaintyLevel
    {
        get => _highLevel;
        init
        {
            value.EnsureValid(nameof(HighCertaintyLevel));
            _highLevel = value;
        }
    }

    /// <summary>How overdispersion enters the trend's interval (default φ = max(1, φ̂), quasi-likelihood).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Unknown value.</exception>
    public DispersionHandling Dispersion
    {
        get => _dispersion;
        init => _dispersion = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Dispersion), value, "Dispersion: unknown value.");
    }

    /// <summary>
    /// Minimum relevant change per year (<em>Relevanzschwelle</em>), relative to the level (default 0.02 = 2 % of the
    /// value per year, e.g. 0.16 percentage points per year at an SGB II-Quote of 8 %). A trend counts as rising or
    /// falling only when its whole interval lies beyond it; a significant but smaller drift is "stable".
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Not finite or negative, or ≥ 1.</exception>
    public double MinimumRelativeChangePerYear
    {
        get => _minimumRelative;
        init => _minimumRelative = double.IsFinite(value) && value >= 0 && value < 1 ? value
            : throw new ArgumentOutOfRangeException(nameof(MinimumRelativeChangePerYear), value, "MinimumRelativeChangePerYear: expected a share in [0, 1), e.g. 0.02.");
    }

    /// <summary>Per-indicator minimum relevant change per year in the indicator's own units (e.g. <c>sgb2_quote</c> →
    /// 0.1 percentage points); overrides <see cref="MinimumRelativeChangePerYear"/> for that indicator.</summary>
    /// <exception cref="ArgumentException">A value is not finite or negative.</exception>
    public IReadOnlyDictionary<string, double> MinimumAbsoluteChangePerYear
    {
        get => _minimumAbsolute;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            foreach (var (id, v) in value)
                if (!double.IsFinite(v) || v < 0)
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"MinimumAbsoluteChangePerYear: '{id}' needs a finite value >= 0, was {v}."), nameof(MinimumAbsoluteChangePerYear));
            _minimumAbsolute = new Dictionary<string, double>(value, StringComparer.Ordinal);
        }
    }

    /// <summary>Minimum relative jump for a statistical series break (default 0.10): the value must differ from the one
    /// expected from the trend of the earlier periods by at least this share, besides lying outside the prediction interval.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not finite, negative or ≥ 10.</exception>
    public double MinimumBreakJump
    {
        get => _breakJump;
        init => _breakJump = double.IsFinite(value) && value >= 0 && value < 10 ? value
            : throw new ArgumentOutOfRangeException(nameof(MinimumBreakJump), value, "MinimumBreakJump: expected a share in [0, 10), e.g. 0.1.");
    }

    /// <summary>Minimum number of periods with a value for a trend over the whole window (default 3); the 1-year change
    /// uses two periods regardless.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 2.</exception>
    public int MinimumPeriods
    {
        get => _minimumPeriods;
        init => _minimumPeriods = value >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(MinimumPeriods), value, "MinimumPeriods: must be >= 2.");
    }

    /// <summary>Spans in whole years of the changes reported besides the whole window (default 1, 3, 5).</summary>
    /// <exception cref="ArgumentException">A span below 1 or above 100, or a duplicate.</exception>
    public IReadOnlyList<int> ChangeSpans
    {
        get => _spans;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Any(s => s is < 1 or > 100) || value.Distinct().Count() != value.Count)
                throw new ArgumentException("ChangeSpans: distinct whole years 1–100 expected.", nameof(ChangeSpans));
            _spans = value.OrderBy(s => s).ToArray();
        }
    }

    /// <summary>The rule table (default <see cref="WarningRules.Default"/>).</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public IReadOnlyList<WarningRule> Rules
    {
        get => _rules;
        init => _rules = (value ?? throw new ArgumentNullException(nameof(Rules))).ToArray();
    }

    /// <summary>NRW and Germany reference values (default <see cref="ReferenceValues.Default"/>).</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public IReadOnlyList<ReferenceValue> References
    {
        get => _references;
        init => _references = (value ?? throw new ArgumentNullException(nameof(References))).ToArray();
    }

    /// <summary>The minimum relevant change per year of an indicator at a level, in the indicator's units.</summary>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="level">The level (e.g. the fitted value at the window's centre).</param>
    /// <returns>The absolute override, else <see cref="MinimumRelativeChangePerYear"/> × |level|.</returns>
    public double MinimumChangePerYear(string indicatorId, double level) =>
        _minimumAbsolute.TryGetValue(indicatorId, out var a) ? a : _minimumRelative * Math.Abs(level);
}
