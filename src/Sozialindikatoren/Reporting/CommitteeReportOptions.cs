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

/// <summary>Options of the committee report (<em>Bericht für den Ausschuss</em>): how to present a
/// <see cref="PlanningAnalysisResult"/>; every option is named and has a default.</summary>
/// <threadsafety>Immutable after construction; thread-safe.</threadsafety>
public sealed class CommitteeReportOptions
{
    /// <summary>The language of the report [German].</summary>
    public Language Language { get; init; } = Language.German;

    /// <summary>The domain whose coverage the maps show; null = the domain with the most under-supplied municipalities.</summary>
    public ServiceDomain? MapDomain { get; init; }

    /// <summary>Checks the options (called by <see cref="CommitteeReport.Build"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An unknown language.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(Language)) throw new ArgumentOutOfRangeException(nameof(Language), Language, "CommitteeReportOptions.Language: unknown language.");
    }
}
