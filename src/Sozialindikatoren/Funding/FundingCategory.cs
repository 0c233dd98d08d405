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
