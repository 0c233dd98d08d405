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
using Sozialindikatoren.Statistics;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>Options of the committee report (<em>Bericht für den Ausschuss</em>): how to present a
/// <see cref="PlanningAnalysisResult"/>; every option is named and has a default.</summary>
/// <threadsafety>Immutable after construction; thread-safe.</threadsafety>
public sealed class CommitteeReportOptions
{
    /// <summary>The language of the report [German].</summary>
    public Language Language { get; init; } = Language.German;

    /// <summary>The domain whose coverage the maps show; null = the domain with the most under-supplied municipalities.</summary>
    public ServiceDomain? MapDomain { get; init; }

    /// <summary>The disclosure control of the counts of confidential indicators (<see cref="PlanningData.ConfidentialIndicators"/>,
    /// section „Fallzahlen“): <see cref="DisclosureOptions.MinimumCount"/> (CLI <c>--min</c>, default 3) and
    /// <see cref="DisclosureOptions.Protection"/> (CLI <c>--protection</c>, default 3) [<see cref="DisclosureOptions.Default"/>].</summary>
    public DisclosureOptions Disclosure { get; init; } = DisclosureOptions.Default;

    /// <summary>Checks the options (called by <see cref="CommitteeReport.Build"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An unknown language.</exception>
    /// <exception cref="ArgumentNullException"><see cref="Disclosure"/> is null.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Disclosure, nameof(Disclosure));
        if (!Enum.IsDefined(Language)) throw new ArgumentOutOfRangeException(nameof(Language), Language, "CommitteeReportOptions.Language: unknown language.");
    }
}
