namespace Sozialindikatoren.Statistics;

/// <summary>Why a cell is not published (<em>Sperrgrund</em>).</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum CellSuppression
{
    /// <summary>Published.</summary>
    None = 0,
    /// <summary>Primary suppression (<em>primäre Geheimhaltung</em>): the cell itself is below the minimum count, or had no number on input.</summary>
    Primary = 1,
    /// <summary>Secondary suppression (<em>sekundäre Geheimhaltung</em>): suppressed so that a primary cell cannot be recovered by differencing.</summary>
    Secondary = 2,
}

/// <summary>Which audits of a suppression pattern run (<em>Prüfung des Sperrmusters</em>).</summary>
/// <remarks>The exact interval audit (<see cref="DisclosureControl.FeasibleIntervals"/>: every primary cell's feasible
/// interval under non-negativity must be at least <see cref="DisclosureOptions.Protection"/> wide) runs in
/// <see cref="Auto"/> and <see cref="Always"/> for every table that is a network (<see cref="AdditiveTable.IsNetwork"/>).
/// The linear audit (<see cref="DisclosureControl.FindDeterminedCells"/>: no suppressed cell follows exactly from the
/// relations) runs as described per member.</remarks>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum DisclosureAudit
{
    /// <summary>Interval audit on network tables; linear audit for every table that is not a single hierarchy (<see cref="AdditiveTable.IsHierarchy"/>), where the pattern rule already excludes exactly determined cells.</summary>
    Auto = 0,
    /// <summary>Interval audit on network tables and the linear audit always (also for hierarchies; cost grows with the size of connected groups of suppressed cells).</summary>
    Always = 1,
    /// <summary>Never: only the rule "no relation has exactly one suppressed cell" (fast, but cells can stay recoverable or narrowed to a few values).</summary>
    Never = 2,
}

/// <summary>
/// Options of statistical disclosure control (<em>Geheimhaltungsregeln</em>): minimum count, zero handling, rounding,
/// minimum denominator for rates.
/// </summary>
/// <remarks>Defaults follow the BA and municipal practice (reference/domain.md §4): minimum count 3 (presets 5 and 10
/// are common), zeros published, no rounding, rates on fewer than 300 inhabitants marked "nicht aussagekräftig",
/// and a protection interval of 3 for every primary cell.</remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class DisclosureOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="minimumCount">Cells with 0 &lt; value &lt; minimumCount are suppressed (primary); ≥ 1, default 3.</param>
    /// <param name="suppressZeros">Whether zero cells are also primary-suppressed when the minimum is above 0 (default false: a zero reveals nothing about a person).</param>
    /// <param name="roundingBase">0 (no rounding), 5 (Destatis <em>5er-Rundung</em>) or 10 (BA web products).</param>
    /// <param name="minimumDenominator">Rates on denominators below this are not meaningful; ≥ 0, default 300.</param>
    /// <param name="smallDenominatorStatus"><see cref="ValueStatus.Unreliable"/> (<c>/</c>, default: no number) or <see cref="ValueStatus.Uncertain"/> (<c>( )</c>: number kept, flagged).</param>
    /// <param name="audit">Which audits run (default <see cref="DisclosureAudit.Auto"/>).</param>
    /// <param name="protection">The minimum width max − min of the interval in which an attacker who knows every published
    /// cell, the relations and that counts are ≥ 0 can place a primary cell (<em>Schutzintervall</em>, in counts); ≥ 0,
    /// default 3; 0 switches the interval requirement off.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public DisclosureOptions(int minimumCount = 3, bool suppressZeros = false, int roundingBase = 0, double minimumDenominator = 300,
        ValueStatus smallDenominatorStatus = ValueStatus.Unreliable, DisclosureAudit audit = DisclosureAudit.Auto, int protection = 3)
    {
        if (protection < 0) throw new ArgumentOutOfRangeException(nameof(protection), protection, "protection: must be ≥ 0.");
        if (minimumCount < 1) throw new ArgumentOutOfRangeException(nameof(minimumCount), minimumCount, "minimumCount: must be ≥ 1.");
        if (roundingBase is not (0 or 5 or 10)) throw new ArgumentOutOfRangeException(nameof(roundingBase), roundingBase, "roundingBase: must be 0, 5 or 10.");
        if (!(minimumDenominator >= 0) || !double.IsFinite(minimumDenominator)) throw new ArgumentOutOfRangeException(nameof(minimumDenominator), minimumDenominator, "minimumDenominator: must be finite and ≥ 0.");
        if (smallDenominatorStatus is not (ValueStatus.Unreliable or ValueStatus.Uncertain)) throw new ArgumentOutOfRangeException(nameof(smallDenominatorStatus), smallDenominatorStatus, "smallDenominatorStatus: must be Unreliable or Uncertain.");
        if (!Enum.IsDefined(audit)) throw new ArgumentOutOfRangeException(nameof(audit), audit, "audit: unknown audit mode.");
        MinimumCount = minimumCount;
        SuppressZeros = suppressZeros;
        RoundingBase = roundingBase;
        MinimumDenominator = minimumDenominator;
        SmallDenominatorStatus = smallDenominatorStatus;
        Audit = audit;
        Protection = protection;
    }

    /// <summary>The default options (minimum count 3, no rounding, minimum denominator 300).</summary>
    public static DisclosureOptions Default { get; } = new();

    /// <summary>The minimum published count.</summary>
    public int MinimumCount { get; }

    /// <summary>Whether zeros are suppressed too.</summary>
    public bool SuppressZeros { get; }

    /// <summary>The rounding base (0 = none, 5 or 10).</summary>
    public int RoundingBase { get; }

    /// <summary>The minimum denominator for a meaningful rate.</summary>
    public double MinimumDenominator { get; }

    /// <summary>The status of a rate on a too small denominator.</summary>
    public ValueStatus SmallDenominatorStatus { get; }

    /// <summary>Which audits run.</summary>
    public DisclosureAudit Audit { get; }

    /// <summary>The minimum width of a primary cell's feasible interval (0 = no interval requirement).</summary>
    public int Protection { get; }
}
