using Sozialindikatoren.Funding;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>Transitional: the two committee-report sections another branch is rewriting (cuts by domain, funding
/// categories) still call these names; they render through <see cref="Labels"/>. Removed once both sections call
/// <see cref="Labels.Of{TEnum}"/> directly.</summary>
internal static class CategoryLabels
{
    public static string ToGermanLabel(this FundingCategory category) => Labels.Of(category, Language.German);

    public static string ToEnglishLabel(this FundingCategory category) => Labels.Of(category, Language.English);
}
