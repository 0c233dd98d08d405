using System.Globalization;
using System.Text;

namespace Sozialindikatoren.Access;

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
