using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using Sozialindikatoren.Analysis;
using Sozialindikatoren.Composite;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>
/// The committee report (<em>Bericht: Soziale Angebotslandschaft erhalten</em>) built from one
/// <see cref="PlanningAnalysisResult"/> (social index → gaps → cut scenario with Monte Carlo → rescue plan, run by
/// <see cref="PlanningAnalysis.Run"/>).
/// </summary>
/// <remarks>
/// The report answers the council's questions with data: which offerings the cuts affect, by domain; where under-supply
/// already shows, by space and domain; the social index with status and dynamics classes; how voll-, teil- and
/// trägerfinanzierte offerings differ in risk and impact; what the providers reported; which offerings a budget should
/// protect first; next steps; and method notes with sources. Every section based on illustrative figures carries a
/// visible label. The result is deterministic for the same inputs and seed.
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static partial class CommitteeReport
{
    /// <summary>Builds the report from a planning analysis that ran at least to the cuts.</summary>
    /// <param name="analysis">The analysis (<see cref="PlanningAnalysis.Run"/>).</param>
    /// <param name="options">Options; null = defaults.</param>
    /// <returns>The result with the report.</returns>
    /// <exception cref="ArgumentException">The analysis stopped before the cut scenario.</exception>
    public static CommitteeReportResult Build(PlanningAnalysisResult analysis, CommitteeReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        options ??= new CommitteeReportOptions();
        options.Validate();
        if (analysis.Cuts is null)
            throw new ArgumentException("committee report: the analysis stopped before the cut scenario (stopAfter must be Cuts or later).", nameof(analysis));
        var mapDomain = options.MapDomain ?? DefaultMapDomain(analysis.Gaps);
        var document = new Builder(analysis, options, mapDomain).Build();
        return new CommitteeReportResult(analysis, options, mapDomain, document);
    }

    /// <summary>The domain with the most under-supplied municipalities (ties: taxonomy order).</summary>
    /// <param name="gaps">The gap analysis.</param>
    /// <returns>The domain.</returns>
    public static ServiceDomain DefaultMapDomain(GapAnalysisResult gaps)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        var counts = gaps.Rows.Where(r => !r.IsAggregate && r.Class.IsUnderSupply())
            .GroupBy(r => r.Domain).Select(g => (Domain: g.Key, Spaces: g.Select(r => r.Space.Id).Distinct().Count()))
            .OrderByDescending(x => x.Spaces).ThenBy(x => x.Domain).ToArray();
        return counts.Length > 0 ? counts[0].Domain : ServiceDomain.Schulden;
    }
}
