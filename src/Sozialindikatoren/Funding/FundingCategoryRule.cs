using System.Globalization;
using NodaTime;

namespace Sozialindikatoren.Funding;

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
