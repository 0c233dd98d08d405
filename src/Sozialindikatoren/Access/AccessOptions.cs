using System.Globalization;
using System.Text;

namespace Sozialindikatoren.Access;

/// <summary>What a demand zone without access gets (<em>Orte ohne Erreichbarkeit</em>).</summary>
/// <remarks>A zone has no access when no pair within the radius has a positive weight (for cumulative: no pair within the
/// cutoff). A site with capacity 0 inside the catchment still counts as reachable (the zone gets 0, not "no access"), as in
/// pysal/access.</remarks>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum NoAccessPolicy
{
    /// <summary>Not a number (pysal/access; the CSV output shows an empty cell). Default.</summary>
    NaN = 0,
    /// <summary>Zero (R accessibility, <c>fill_missing_ids = TRUE</c>).</summary>
    Zero = 1,
}

/// <summary>Over which pairs the 3SFCA selection weights G_ij are normalised (<em>Auswahlwahrscheinlichkeit</em>).</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum SelectionScope
{
    /// <summary>G_ij = W_ij / Σ_k W_ik over the sites k within the catchment of zone i (Wan, Zou &amp; Sternberg 2012). Default.</summary>
    Catchment = 0,
    /// <summary>G_ij = W_ij / Σ_k f(t_ik) over every stored pair of zone i, also pairs beyond the radius (pysal/access
    /// <c>three_stage_fca</c>, which computes G before the <c>max_cost</c> filter).</summary>
    AllSites = 1,
}

/// <summary>
/// Options shared by the accessibility measures (<em>Erreichbarkeitsmaße</em>): catchment radius, no-access policy and
/// normalisation.
/// </summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class AccessOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="radius">Inclusive catchment radius d0: only pairs with cost ≤ d0 take part (default +∞: every stored pair).</param>
    /// <param name="noAccess">What zones without access get (default <see cref="NoAccessPolicy.NaN"/>).</param>
    /// <param name="normalise">Divide by the population-weighted mean (pysal <c>normalize=True</c>):
    /// A_i / (Σ_{i with access} P_i A_i / Σ_i P_i); zones without access count in the denominator population.</param>
    /// <exception cref="ArgumentOutOfRangeException">The radius is negative or NaN, or the policy is unknown.</exception>
    public AccessOptions(double radius = double.PositiveInfinity, NoAccessPolicy noAccess = NoAccessPolicy.NaN, bool normalise = false)
    {
        TravelCosts.ValidateRadius(radius, nameof(radius));
        if (!Enum.IsDefined(noAccess)) throw new ArgumentOutOfRangeException(nameof(noAccess), noAccess, "noAccess: unknown policy.");
        Radius = radius;
        NoAccess = noAccess;
        Normalise = normalise;
    }

    /// <summary>The defaults: no radius, NaN for no access, no normalisation.</summary>
    public static AccessOptions Default { get; } = new();

    /// <summary>The inclusive catchment radius (+∞ = none).</summary>
    public double Radius { get; }

    /// <summary>What zones without access get.</summary>
    public NoAccessPolicy NoAccess { get; }

    /// <summary>Whether results are divided by their population-weighted mean.</summary>
    public bool Normalise { get; }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"radius {Radius}, no access {NoAccess}, normalise {Normalise}");
}

/// <summary>
/// The result of an accessibility measure (<em>Erreichbarkeitswert</em>) per demand zone, in zone order.
/// </summary>
/// <remarks>
/// <para><see cref="Values"/> holds NaN or 0 for zones without access as <see cref="NoAccessPolicy"/> says
/// (cost measures — cost to the n-th closest supply, balancing cost — always give NaN when unreachable, because 0 would
/// read as "no cost"). <see cref="HasAccess"/> tells them apart from real zeros.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class AccessibilityResult
{
    private readonly double[] _values;
    private readonly bool[] _hasAccess;
    private readonly double[] _siteValues;

    internal AccessibilityResult(string measure, IReadOnlyList<string> zoneIds, double[] values, bool[] hasAccess, double[] siteValues, NoAccessPolicy noAccess, bool normalised)
    {
        Measure = measure;
        ZoneIds = zoneIds;
        _values = values;
        _hasAccess = hasAccess;
        _siteValues = siteValues;
        NoAccess = noAccess;
        Normalised = normalised;
        int n = 0;
        foreach (var h in hasAccess) if (!h) n++;
        NoAccessCount = n;
    }

    internal AccessibilityResult Rename(string measure) => new(measure, ZoneIds, _values, _hasAccess, _siteValues, NoAccess, Normalised);

    /// <summary>The measure and its parameters, e.g. <c>2SFCA gaussian(sigma=10), radius 30</c>.</summary>
    public string Measure { get; }

    /// <summary>The zone ids, aligned with <see cref="Values"/>.</summary>
    public IReadOnlyList<string> ZoneIds { get; }

    /// <summary>The value per zone.</summary>
    public IReadOnlyList<double> Values => Array.AsReadOnly(_values);

    /// <summary>The values as a span (no copy).</summary>
    /// <returns>A read-only span over the values.</returns>
    public ReadOnlySpan<double> AsSpan() => _values;

    /// <summary>Whether each zone has access (some pair in reach with positive weight).</summary>
    public IReadOnlyList<bool> HasAccess => Array.AsReadOnly(_hasAccess);

    /// <summary>Per site, where the measure has one: the supply-to-demand ratio R_j of the floating-catchment measures
    /// (NaN for a site without weighted demand in reach); empty otherwise.</summary>
    public IReadOnlyList<double> SiteRatios => Array.AsReadOnly(_siteValues);

    /// <summary>The no-access policy applied.</summary>
    public NoAccessPolicy NoAccess { get; }

    /// <summary>Whether values were normalised by the population-weighted mean.</summary>
    public bool Normalised { get; }

    /// <summary>The number of zones without access.</summary>
    public int NoAccessCount { get; }

    /// <summary>The value of a zone.</summary>
    /// <param name="zone">The zone index.</param>
    /// <returns>The value.</returns>
    public double this[int zone] => _values[zone];

    /// <inheritdoc />
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{Measure}: {_values.Length} zones, {NoAccessCount} without access");
        if (Normalised) sb.Append(", normalised");
        return sb.ToString();
    }
}
