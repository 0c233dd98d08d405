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
