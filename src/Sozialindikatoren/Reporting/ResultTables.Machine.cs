using Sozialindikatoren.Cuts;
using Sozialindikatoren.FollowUpCosts;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Statistics;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Monitoring;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

// The machine-readable result tables (English column names, codes, invariant culture, round-trip doubles): the one
// place each CSV of `cuts --out`, `monitor --out` and `report --out` is laid out. The CSV files are these tables
// written through the one CSV writer (Table.ToCsv → Text.Csv).
public static partial class ResultTables
{
    private static string R(double v) => Invariant.Number(v);

    private static string R(double? v) => Invariant.Number(v);

    private static string D(decimal v) => Invariant.Number(v);

    private static string I(int v) => Invariant.Number((long)v);

    private static string B(bool v) => v ? "true" : "false";

    private static ColumnAlignment[] Align(int columns, params int[] left)
    {
        var a = Enumerable.Repeat(ColumnAlignment.Right, columns).ToArray();
        foreach (var i in left) a[i] = ColumnAlignment.Left;
        return a;
    }

    /// <summary>The offerings of a cut analysis (<c>offerings.csv</c> of <c>cuts</c>, <c>angebote.csv</c> of <c>report</c>),
    /// one row per offering of the data set in data order, affected or not: <c>offering_id</c>; <c>domain</c> the bare
    /// domain code; <c>unit</c> the capacity unit code (<c>places</c>, <c>fte</c>, <c>cases_per_year</c>,
    /// <c>hours_per_week</c>) of <c>capacity_before</c> and <c>capacity_after</c>; <c>category</c> the funding category
    /// code; <c>risk</c> the risk score 0–1; <c>lost_funding</c> in EUR per year; <c>closed</c> <c>true</c>/<c>false</c>;
    /// <c>impact</c>; <c>response</c> the nominal response code; <c>legal_claim</c> <c>true</c> when the offering fulfils
    /// an individual legal claim (<see cref="Offering.IsLegalClaim"/>); <c>scenario_cut</c>, <c>consequential_loss</c>
    /// (co-funder withdrawal, 0 unless assumed) and <c>provider_reported_loss</c> (stated beyond the model) in EUR per
    /// year, whose sum is <c>lost_funding</c> (<see cref="LossAttribution"/>). Missing numbers are empty cells, never NaN.</summary>
    /// <param name="result">The cut analysis.</param>
    /// <returns>The table (machine column names and codes, invariant culture, round-trip doubles, amounts without trailing zeros).</returns>
    public static Table CutOfferings(CutResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new Table(
            CutsOutput.OfferingsHeader.Split(','),
            result.Offerings.Select(o => (IReadOnlyList<string>)
            [
                o.Offering.Id, o.Offering.Domain.Code, o.CapacityBefore.Unit.ToCode(), o.Category.ToCode(), R(o.Risk.Score), D(o.LostFunding),
                R(o.CapacityBefore.Amount), R(o.CapacityAfter.Amount), B(o.Closed), R(o.Impact), o.Response.ToString().ToLowerInvariant(),
                B(o.Offering.IsLegalClaim), D(o.Exposure.ScenarioLoss), D(o.Exposure.CoFinancingLoss), D(o.Exposure.ProviderReportedLoss),
            ]),
            Align(15, 0, 1, 2, 3, 8, 10, 11));
    }

    /// <summary>The header of <see cref="Coverage"/>: <c>versorgung.csv</c> of <c>report</c> and the CSV of <c>gaps</c>.</summary>
    public const string CoverageHeader = "space_id,space,domain,target_population,demand,supply,unit,coverage_pct,class,gap";

    /// <summary>The coverage rows of a gap analysis (<em>Versorgungsgrad</em>; the CSV of <c>gaps</c> and
    /// <c>versorgung.csv</c> of <c>report</c>), in <see cref="GapAnalysisResult.Rows"/> order: <c>space_id</c>,
    /// <c>space</c> (name), <c>domain</c> (code), <c>target_population</c> (persons), <c>demand</c> and <c>supply</c> in
    /// the row's <c>unit</c> (code), <c>coverage_pct</c> = supply / demand × 100 in percent (empty when demand is 0 or
    /// unknown, or the domain is not surveyed), <c>class</c> (coverage class code), <c>gap</c> = demand − supply in the
    /// unit; unknown values empty.</summary>
    /// <param name="result">The gap analysis.</param>
    /// <returns>The table.</returns>
    public static Table Coverage(GapAnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new Table(
            CoverageHeader.Split(','),
            result.Rows.Select(r => (IReadOnlyList<string>)
            [
                r.Space.Id.Value, r.Space.Name, r.Domain.Code, R(r.TargetPopulation), R(r.Demand), R(r.Supply), r.Unit.ToCode(),
                R(r.CoveragePercent), r.Class.ToCode(), R(r.Gap),
            ]),
            Align(10, 0, 1, 2, 6, 8));
    }

    /// <summary>Supply per base space, domain and unit before and after the cuts (<c>spaces.csv</c> of <c>cuts</c>,
    /// <c>raeume_nach_kuerzung.csv</c> of <c>report</c>), in the gap analysis' row order: <c>space_id</c>, <c>domain</c>,
    /// <c>unit</c>; <c>coverage_before</c> (= the gap analysis' <c>coverage_pct</c>) and <c>coverage_after</c> in percent
    /// (empty without demand); <c>class_before</c>, <c>class_after</c> (coverage class codes); <c>p_undersupplied</c> the
    /// probability of under-supply 0–1 (empty when demand is unknown); <c>people_affected</c>; <c>unmet_before</c>,
    /// <c>unmet_after</c> unmet demand in the row's unit.</summary>
    /// <param name="result">The cut analysis.</param>
    /// <returns>The table.</returns>
    public static Table CutSpaces(CutResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new Table(
            CutsOutput.SpacesHeader.Split(','),
            result.Cells.Select(c => (IReadOnlyList<string>)
            [
                c.Space.Value, c.Domain.Code, c.Unit.ToCode(), R(c.CoverageBefore), R(c.CoverageAfter), c.ClassBefore.ToCode(), c.ClassAfter.ToCode(),
                R(c.ProbabilityUnderSupplied), R(c.PeopleAffected), R(c.UnmetBefore), R(c.UnmetAfter),
            ]),
            Align(11, 0, 1, 2, 5, 6));
    }

    /// <summary>The cut impact per domain and capacity unit (<c>domains.csv</c> of <c>cuts</c>,
    /// <c>kuerzungen_handlungsfelder.csv</c> of <c>report</c>), in <see cref="CutResult.ByDomain"/> order: <c>domain</c>
    /// the bare domain code, <c>unit</c> the unit code of <c>capacity_before</c>, <c>capacity_after</c>,
    /// <c>unmet_before</c> and <c>unmet_after</c>; counts <c>offerings</c>, <c>affected</c>, <c>closed</c>,
    /// <c>newly_undersupplied</c>; <c>budget</c> and <c>lost_funding</c> in EUR per year; <c>lost_capacity_share</c> =
    /// 1 − Σ capacity_after / Σ capacity_before as a fraction 0–1, empty when capacity_before is 0.</summary>
    /// <param name="result">The cut analysis.</param>
    /// <returns>The table.</returns>
    public static Table CutDomains(CutResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new Table(
            CutsOutput.DomainsHeader.Split(','),
            result.ByDomain.Select(g => (IReadOnlyList<string>)
            [
                g.Domain.Code, g.Unit.ToCode(), I(g.Offerings), I(g.Affected), I(g.Closed), D(g.Budget), D(g.LostFunding), R(g.CapacityBefore.Amount),
                R(g.CapacityAfter.Amount), R(g.LostCapacityShare), I(g.NewlyUnderSupplied), R(g.UnmetBefore), R(g.UnmetAfter),
            ]),
            Align(13, 0, 1));
    }

    /// <summary>The cut impact per funding category (<c>categories.csv</c> of <c>cuts</c>,
    /// <c>finanzierungskategorien.csv</c> of <c>report</c>): voll, teil, traeger, then none when present. <c>budget</c>
    /// and <c>lost_funding</c> in EUR per year; <c>mean_risk</c>, <c>mean_impact</c>; <c>share_of_total_cut</c> and
    /// <c>share_of_closures</c> as fractions 0–1 (empty when there is nothing to share). No capacity column: a category
    /// mixes units (see <see cref="CategoryImpact"/>).</summary>
    /// <param name="result">The cut analysis.</param>
    /// <returns>The table.</returns>
    public static Table CutCategories(CutResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new Table(
            CutsOutput.CategoriesHeader.Split(','),
            result.ByFundingCategory.Select(g => (IReadOnlyList<string>)
            [
                g.Category.ToCode(), I(g.Offerings), I(g.Affected), I(g.Closed), D(g.Budget), D(g.LostFunding), R(g.MeanRisk), R(g.MeanImpact),
                R(g.ShareOfTotalCut), R(g.ShareOfClosures),
            ]),
            Align(10, 0));
    }

    /// <summary>A rescue plan (<em>Rettungsplan</em>; <c>rescue.csv</c> of <c>cuts</c>, <c>rettungsplan.csv</c> of
    /// <c>report</c>): one row per choice in the plan's order, <c>offering_id</c>, <c>backfill_eur</c> (EUR per year),
    /// <c>impact_avoided</c>, <c>impact_avoided_per_eur</c>, <c>method</c> (<c>exact</c> or <c>greedy</c>). A plan without
    /// choices is the header alone.</summary>
    /// <param name="plan">The rescue plan.</param>
    /// <returns>The table.</returns>
    public static Table Rescue(RescuePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new Table(CutsOutput.RescueHeader.Split(','),
            plan.Choices.Select(c => (IReadOnlyList<string>)
                [c.OfferingId, D(c.BackfillPerYear), R(c.ImpactAvoided), R(c.ImpactAvoidedPerEuro), c.Method == RescueMethod.Exact ? "exact" : "greedy"]),
            Align(5, 0, 4));
    }

    /// <summary>Savings and follow-up costs (<em>Folgekosten</em>; <c>folgekosten.csv</c> of <c>report</c>), one row per
    /// line of <see cref="FollowUpCostResult.Rows"/> (<see cref="FollowUpCostRow.CsvHeader"/>): <c>offering_id</c>,
    /// <c>service</c> (offering type code), <c>payer</c> (code), <c>year</c>, then <c>saving</c>, <c>cost_low</c>,
    /// <c>cost_central</c>, <c>cost_high</c> in EUR in that year, undiscounted.</summary>
    /// <param name="result">The follow-up cost estimate.</param>
    /// <returns>The table.</returns>
    public static Table FollowUpCosts(FollowUpCostResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new Table(FollowUpCostRow.CsvHeader.Split(','),
            result.Rows.Select(x => (IReadOnlyList<string>)
                [x.OfferingId, x.Service, x.Payer.ToCode(), I(x.Year), R(x.Saving), R(x.CostLow), R(x.CostCentral), R(x.CostHigh)]),
            Align(8, 0, 1, 2));
    }

    /// <summary>The monitoring's values with their intervals (<c>zeitreihen.csv</c>): <c>space_id</c> (or <c>nrw</c> /
    /// <c>de</c> for the reference values), <c>indicator</c>, <c>period</c> (yyyy-MM-dd), <c>value</c>, <c>lower</c>,
    /// <c>upper</c> (empty when there is no value or interval), <c>status</c> (<see cref="ValueStatusExtensions.ToCode"/>).</summary>
    /// <param name="result">The monitoring result.</param>
    /// <returns>The table.</returns>
    public static Table MonitoringSeries(MonitoringResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new Table(["space_id", "indicator", "period", "value", "lower", "upper", "status"],
            result.Series.Select(p => (IReadOnlyList<string>)
                [p.SeriesId, p.IndicatorId, Invariant.Date(p.Period), R(p.Value.HasValue ? p.Value.Value : double.NaN), R(p.Lower), R(p.Upper), p.Value.Status.ToCode()]),
            Align(7, 0, 1, 2, 6));
    }

    /// <summary>The monitoring's changes and trends (<c>trends.csv</c>): <c>space_id</c>, <c>indicator</c>, <c>from</c>,
    /// <c>to</c> (yyyy-MM-dd), <c>change</c> = value(to) − value(from), <c>slope</c> with <c>slope_lower</c> and
    /// <c>slope_upper</c> in the indicator's units per year, <c>p_value</c> (empty without a fit), <c>direction</c>
    /// (<see cref="MonitoringCodes.ToCode(TrendDirection)"/>).</summary>
    /// <param name="result">The monitoring result.</param>
    /// <returns>The table.</returns>
    public static Table MonitoringTrends(MonitoringResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new Table(["space_id", "indicator", "from", "to", "change", "slope", "slope_lower", "slope_upper", "p_value", "direction"],
            result.Trends.Select(t => (IReadOnlyList<string>)
            [
                t.Space.Value, t.IndicatorId, Invariant.Date(t.From), Invariant.Date(t.To), R(t.Change.HasValue ? t.Change.Value : double.NaN),
                R(t.Slope), R(t.SlopeLower), R(t.SlopeUpper), R(t.PValue), t.Direction.ToCode(),
            ]),
            Align(10, 0, 1, 2, 3, 9));
    }

    /// <summary>The monitoring's early-warning flags (<c>warnungen.csv</c>): <c>space_id</c>, <c>indicator</c>,
    /// <c>rule</c> (<see cref="WarningRule.Code"/>), <c>period</c>, <c>value</c>, <c>reference</c>, <c>certainty</c>
    /// (<see cref="MonitoringCodes.ToCode(WarningCertainty)"/>), <c>text</c> (a sentence in <paramref name="language"/>,
    /// <see cref="MonitoringReport.Text"/>).</summary>
    /// <param name="result">The monitoring result.</param>
    /// <param name="language">The language of the <c>text</c> column.</param>
    /// <returns>The table.</returns>
    public static Table MonitoringWarnings(MonitoringResult result, Language language = Language.German)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new Table(["space_id", "indicator", "rule", "period", "value", "reference", "certainty", "text"],
            result.Warnings.Select(w => (IReadOnlyList<string>)
            [
                w.Space.Value, w.IndicatorId, w.Rule.Code, Invariant.Date(w.Period), R(w.Value), R(w.Reference), w.Certainty.ToCode(),
                MonitoringReport.Text(result, w, language),
            ]),
            Align(8, 0, 1, 2, 3, 6, 7));
    }
}
