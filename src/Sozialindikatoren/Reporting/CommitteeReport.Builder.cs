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

public static partial class CommitteeReport
{
    // The state and shared helpers of the report builder and the order of its sections; each section, with its CSVs,
    // is in its own file CommitteeReport.Section.*.cs.
    private sealed partial class Builder(PlanningAnalysisResult analysis, CommitteeReportOptions options, ServiceDomain mapDomain)
    {
        private readonly PlanningData data = analysis.Data;
        private readonly SocialIndexResult? index = analysis.Index;
        private readonly GapAnalysisResult gaps = analysis.Gaps;
        private readonly CutResult cuts = analysis.Cuts!;
        private readonly RescuePlan? rescue = analysis.Rescue;
        private string? IndexProblem => analysis.IndexProblem is null ? null
            : analysis.Index is null && analysis.Data.Indicators.Count == 0 ? L("Der Datensatz enthält keine Indikatordaten.", "The data set holds no indicator data.")
            : analysis.IndexProblem;
        private CutScenario Scenario => analysis.Options.Scenario;
        private LocalDate AsOf => analysis.Options.AsOf;
        private int Draws => cuts.Options.Draws;
        private ulong Seed => cuts.Options.Seed;
        private readonly Language _lang = options.Language;
        private bool De => _lang == Language.German;
        private string L(string de, string en) => De ? de : en;
        private string N(double v, int d = 1) => NumberFormat.Number(v, d, _lang);
        private string P(double v, int d = 0) => NumberFormat.Percent(v, d, _lang);
        private string E(decimal v) => NumberFormat.Euro(v, _lang);
        private string Date(LocalDate d) => NumberFormat.Date(d, _lang);
        private string DomainName(ServiceDomain d) => De ? d.GermanName : d.EnglishName;
        private string UnitName(CapacityUnit u) => Labels.Of(u, _lang);
        private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        /// <summary>Invariant text without trailing zeros (18600.00 → 18600), so equal amounts print alike whatever their scale.</summary>
        private static string R(decimal v) => (v / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
        private bool Illustrative => data.HasIllustrativeFigures;

        /// <summary>The base spaces of the gap analysis (municipalities, or Stadtteile/Quartiere where the data set has them).</summary>
        private IReadOnlyList<SocialSpace> Municipalities =>
            gaps.Rows.Where(r => !r.IsAggregate).Select(r => r.Space).DistinctBy(s => s.Id).ToArray();

        /// <summary>Whether some base spaces are not municipalities (Stadtteile, Quartiere): the report then says
        /// „Sozialraum“ instead of „Gemeinde“ in every heading, column and sentence.</summary>
        private bool BelowMunicipality => Municipalities.Any(s => s.Level != SpaceLevel.Municipality);

        /// <summary>The base space noun, capitalised: „Gemeinde“ / „Sozialraum“ (column headers, „je …“, „nach …“).</summary>
        private string SpaceNoun => BelowMunicipality ? L("Sozialraum", "Social space") : L("Gemeinde", "Municipality");

        /// <summary>The base space noun in running text: „Gemeinde“ / „Sozialraum“, „municipality“ / „social space“.</summary>
        private string SpaceWord => BelowMunicipality ? L("Sozialraum", "social space") : L("Gemeinde", "municipality");

        /// <summary>The plural (nominative/accusative): „Gemeinden“ / „Sozialräume“.</summary>
        private string SpacesWord => BelowMunicipality ? L("Sozialräume", "social spaces") : L("Gemeinden", "municipalities");

        /// <summary>The dative plural („in 4 …“): „Gemeinden“ / „Sozialräumen“.</summary>
        private string SpacesDative => BelowMunicipality ? L("Sozialräumen", "social spaces") : L("Gemeinden", "municipalities");

        private ReportNote? IllustrativeNote(string what) => Illustrative
            ? new ReportNote(L($"illustrativ – {what}: Grundlage sind illustrative (nicht reale) Beispieldaten; keine Aussage über den Kreis.",
                               $"illustrative – {what}: based on illustrative (not real) sample data; no statement about the county."), isWarning: true)
            : null;

        public ReportDocument Build()
        {
            var sections = new List<ReportSection?>
            {
                Summary(), SocialIndexSection(), analysis.Monitoring is { } monitoring ? MonitoringReport.Section(monitoring, _lang) : null, CaseCountsSection(), GapsSection(), CutsByDomainSection(), CategoriesSection(), AfterCutsSection(),
                ProviderSection(), ParticipationSection(), ConferenceSection(), FollowUpCostsSection.Build(analysis, _lang), RescueSection(), NextStepsSection(), MethodSection(),
            };
            var title = L("Soziale Angebotslandschaft erhalten: Versorgungslücken und Folgen der Kürzungen",
                          "Keeping the landscape of social services: gaps and the impact of funding cuts");
            var subtitle = L($"{data.Name} · Szenario „{Scenario.Name}“ · Stichtag {Date(AsOf)} · {NumberFormat.Number(Draws, 0, _lang)} Monte-Carlo-Ziehungen, Seed {Seed.ToString(CultureInfo.InvariantCulture)}",
                             $"{data.Name} · scenario \"{Scenario.Name}\" · as of {Date(AsOf)} · {NumberFormat.Number(Draws, 0, _lang)} Monte Carlo draws, seed {Seed.ToString(CultureInfo.InvariantCulture)}");
            return new ReportDocument(title, subtitle, sections.OfType<ReportSection>(), _lang);
        }

        private static IEnumerable<ReportBlock> With(params ReportBlock?[] blocks) => blocks.Where(b => b is not null)!;

        private GeoPolygon? CountyOutline() => data.Region.AtLevel(SpaceLevel.County) is { Count: > 0 } c ? c[0].Boundary : null;

        private string ClassLabel(CoverageClass c) => Labels.Of(c, _lang);

        private static bool IsUnder<T>(T cls) where T : struct, Enum => cls.ToString() is "Under" or "Severe";

        private string Name(SpaceId id) => data.Region.TryGet(id, out var s) ? s.Name : id.Value;

        private static string Num(double v) => double.IsNaN(v) ? "" : R(v);
    }
}
