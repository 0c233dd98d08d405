using System.Globalization;
using NodaTime;

namespace Sozialindikatoren.Funding;

/// <summary>
/// The funding category of an offering (<em>Finanzierungskategorie</em>) as the county council asked for it:
/// fully, partly or provider-financed.
/// </summary>
public enum FundingCategory
{
    /// <summary><em>vollfinanziert</em>: public and third-party money covers (almost) everything; own share at most the
    /// rule's threshold (default 2 %).</summary>
    Full = 0,
    /// <summary><em>teilfinanziert</em>: a mix; own share above the voll threshold and below the träger threshold.</summary>
    Partial = 1,
    /// <summary><em>trägerfinanziert</em>: the provider carries at least the rule's threshold (default 50 %) itself.</summary>
    ProviderFinanced = 2,
    /// <summary><em>nicht klassifizierbar</em>: no funding line is active at the date.</summary>
    NotClassifiable = 3,
}

/// <summary>Codes and labels for <see cref="FundingCategory"/>.</summary>
/// <threadsafety>Pure; thread-safe.</threadsafety>
public static class FundingCategoryCodes
{
    /// <summary>The machine code: <c>voll</c>, <c>teil</c>, <c>traeger</c>, <c>none</c>.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The code.</returns>
    public static string ToCode(this FundingCategory category) => category switch
    {
        FundingCategory.Full => "voll",
        FundingCategory.Partial => "teil",
        FundingCategory.ProviderFinanced => "traeger",
        FundingCategory.NotClassifiable => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "funding category: unknown value."),
    };

    /// <summary>Parses <c>voll</c>, <c>teil</c>, <c>traeger</c>/<c>träger</c>, <c>none</c> (also <c>vollfinanziert</c>, <c>teilfinanziert</c>, <c>trägerfinanziert</c>).</summary>
    /// <param name="code">The code.</param>
    /// <param name="category">The category on success.</param>
    /// <returns>Whether known.</returns>
    public static bool TryParseCode(string? code, out FundingCategory category)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "voll" or "vollfinanziert" or "full": category = FundingCategory.Full; return true;
            case "teil" or "teilfinanziert" or "partial": category = FundingCategory.Partial; return true;
            case "traeger" or "träger" or "traegerfinanziert" or "trägerfinanziert" or "provider": category = FundingCategory.ProviderFinanced; return true;
            case "none" or "nicht klassifizierbar": category = FundingCategory.NotClassifiable; return true;
            default: category = default; return false;
        }
    }


}

/// <summary>
/// The explicit, configurable rule that derives an offering's <see cref="FundingCategory"/> from its plan at a date
/// (<em>Zuordnungsregel Finanzierungskategorie</em>).
/// </summary>
/// <remarks>
/// <para>budget = all lines active at the date; own share = lines whose source is <see cref="FundingSource.OwnFunds"/> or
/// <see cref="FundingSource.Donations"/>, whatever their instrument, divided by the budget.</para>
/// <para>own share ≤ <see cref="FullMaxOwnShare"/> (default 0.02) → voll; own share ≥ <see cref="ProviderMinOwnShare"/>
/// (default 0.50) → träger; otherwise teil; no active line → not classifiable. The rule is total (exactly one category),
/// invariant under scaling all amounts by a positive factor, and adding own funds never moves a plan towards voll.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class FundingCategoryRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="fullMaxOwnShare">Own share up to which an offering is vollfinanziert, in [0, 1).</param>
    /// <param name="providerMinOwnShare">Own share from which an offering is trägerfinanziert, in (fullMaxOwnShare, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">Thresholds out of range or not increasing.</exception>
    public FundingCategoryRule(decimal fullMaxOwnShare = 0.02m, decimal providerMinOwnShare = 0.5m)
    {
        if (fullMaxOwnShare < 0 || fullMaxOwnShare >= 1)
            throw new ArgumentOutOfRangeException(nameof(fullMaxOwnShare), fullMaxOwnShare, $"fullMaxOwnShare: must be in [0, 1), was {fullMaxOwnShare.ToString(CultureInfo.InvariantCulture)}.");
        if (providerMinOwnShare <= fullMaxOwnShare || providerMinOwnShare > 1)
            throw new ArgumentOutOfRangeException(nameof(providerMinOwnShare), providerMinOwnShare, $"providerMinOwnShare: must be in (fullMaxOwnShare, 1], was {providerMinOwnShare.ToString(CultureInfo.InvariantCulture)}.");
        FullMaxOwnShare = fullMaxOwnShare;
        ProviderMinOwnShare = providerMinOwnShare;
    }

    /// <summary>The default rule: voll ≤ 2 % own share, träger ≥ 50 %.</summary>
    public static FundingCategoryRule Default { get; } = new();

    /// <summary>Own share up to which an offering is vollfinanziert (inclusive).</summary>
    public decimal FullMaxOwnShare { get; }

    /// <summary>Own share from which an offering is trägerfinanziert (inclusive).</summary>
    public decimal ProviderMinOwnShare { get; }

    /// <summary>Classifies a plan at a date.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="date">The date.</param>
    /// <returns>The category.</returns>
    public FundingCategory Classify(FundingPlan plan, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.OwnShareAt(date) is not { } own) return FundingCategory.NotClassifiable;
        if (own <= FullMaxOwnShare) return FundingCategory.Full;
        if (own >= ProviderMinOwnShare) return FundingCategory.ProviderFinanced;
        return FundingCategory.Partial;
    }
}
