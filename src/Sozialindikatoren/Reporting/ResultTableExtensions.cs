using Sozialindikatoren.Gaps;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.FollowUpCosts;
using Sozialindikatoren.Monitoring;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>
/// Table export of the results (<em>Ergebnis als Tabelle</em>): <c>ToTable()</c>/<c>ToTables()</c> on the result types
/// of the lower layers, which cannot see <c>Reporting</c>. Each returns the machine-readable table the CLI writes as CSV
/// (English column names, codes, invariant culture, round-trip doubles; the functions of <see cref="ResultTables"/>),
/// so <c>plan.ToTable().ToCsv()</c> is byte for byte the <c>rescue.csv</c> of <c>cuts --out</c>; render it with
/// <see cref="Table.ToText"/> or <see cref="Table.ToMarkdown"/>, or write it with <see cref="Csv.Write"/>.
/// </summary>
/// <example><code>
/// var plan = RescuePlanner.Plan(cuts, 100_000m);
/// Console.Write(plan.ToTable().ToText());
/// File.WriteAllText("rescue.csv", plan.ToTable().ToCsv());
/// </code></example>
/// <threadsafety>Pure; thread-safe.</threadsafety>
public static class ResultTableExtensions
{
    /// <summary>The rescue plan as the table of <c>rescue.csv</c> / <c>rettungsplan.csv</c> (<see cref="ResultTables.Rescue"/>).</summary>
    /// <param name="plan">The rescue plan.</param>
    /// <returns>The table.</returns>
    public static Table ToTable(this RescuePlan plan) => ResultTables.Rescue(plan);

    /// <summary>The gap analysis as the table of the <c>gaps</c> CSV / <c>versorgung.csv</c> (<see cref="ResultTables.Coverage"/>).</summary>
    /// <param name="result">The gap analysis.</param>
    /// <returns>The table.</returns>
    public static Table ToTable(this GapAnalysisResult result) => ResultTables.Coverage(result);

    /// <summary>The follow-up cost estimate as the table of <c>folgekosten.csv</c> (<see cref="ResultTables.FollowUpCosts"/>).</summary>
    /// <param name="result">The follow-up cost estimate.</param>
    /// <returns>The table.</returns>
    public static Table ToTable(this FollowUpCostResult result) => ResultTables.FollowUpCosts(result);

    /// <summary>The tables of a cut analysis with the file names <c>cuts --out</c> writes them under, in that order:
    /// <c>offerings.csv</c> (<see cref="ResultTables.CutOfferings"/>), <c>spaces.csv</c> (<see cref="ResultTables.CutSpaces"/>),
    /// <c>domains.csv</c> (<see cref="ResultTables.CutDomains"/>), <c>categories.csv</c> (<see cref="ResultTables.CutCategories"/>).</summary>
    /// <param name="result">The cut analysis.</param>
    /// <returns>File name and table, four entries.</returns>
    public static IReadOnlyList<(string Name, Table Table)> ToTables(this CutResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return
        [
            ("offerings.csv", ResultTables.CutOfferings(result)),
            ("spaces.csv", ResultTables.CutSpaces(result)),
            ("domains.csv", ResultTables.CutDomains(result)),
            ("categories.csv", ResultTables.CutCategories(result)),
        ];
    }

    /// <summary>The tables of a monitoring run with the file names <c>monitor --out</c> writes them under, in that order:
    /// <c>zeitreihen.csv</c> (<see cref="ResultTables.MonitoringSeries"/>), <c>trends.csv</c>
    /// (<see cref="ResultTables.MonitoringTrends"/>), <c>warnungen.csv</c> (<see cref="ResultTables.MonitoringWarnings"/>).</summary>
    /// <param name="result">The monitoring result.</param>
    /// <param name="language">The language of the warnings' <c>text</c> column (the only text column).</param>
    /// <returns>File name and table, three entries.</returns>
    public static IReadOnlyList<(string Name, Table Table)> ToTables(this MonitoringResult result, Language language = Language.German)
    {
        ArgumentNullException.ThrowIfNull(result);
        return
        [
            ("zeitreihen.csv", ResultTables.MonitoringSeries(result)),
            ("trends.csv", ResultTables.MonitoringTrends(result)),
            ("warnungen.csv", ResultTables.MonitoringWarnings(result, language)),
        ];
    }
}
