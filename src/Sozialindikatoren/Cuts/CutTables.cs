using System.Globalization;
using System.Text;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;

namespace Sozialindikatoren.Cuts;

/// <summary>Markdown rendering of cut analysis tables (<em>Tabellen</em>), German headers.</summary>
/// <threadsafety>Pure; thread-safe.</threadsafety>
public static class CutTables
{
    private static readonly NumberFormatInfo German = new()
    {
        NumberDecimalSeparator = ",", NumberGroupSeparator = ".", NegativeSign = "−", NaNSymbol = "–",
    };

    /// <summary>A Markdown table of group rows (category or domain): Gruppe, Angebote, betroffen, geschlossen, Budget, Kürzung, Kapazitätsverlust, Risiko, Folgen.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdownTable(this IReadOnlyList<GroupImpact> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sb = new StringBuilder();
        sb.Append("| Gruppe | Angebote | betroffen | geschlossen | Budget (EUR/a) | Kürzung (EUR/a) | Kapazitätsverlust | mittl. Risiko | mittl. Folgen |\n");
        sb.Append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        var de = German;
        foreach (var r in rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {r.Label} | {r.Offerings} | {r.Affected} | {r.Closed} | ")
              .Append(r.Budget.ToString("N0", de)).Append(" | ")
              .Append(r.LostFunding.ToString("N0", de)).Append(" | ")
              .Append((r.LostCapacityShare * 100).ToString("0.0", de)).Append(" % | ")
              .Append(r.MeanRisk.ToString("0.000", de)).Append(" | ")
              .Append(r.MeanImpact.ToString("0.000", de)).Append(" |\n");
        }
        return sb.ToString();
    }
}
