using System.Globalization;
using System.Text;
using System.Text.Json;
using Sozialindikatoren.Analysis;
using Sozialindikatoren.Common;
using Sozialindikatoren.Cuts;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>
/// The outputs of the <c>cuts</c> command as a library API (<em>Ausgaben der Kürzungsanalyse</em>): <c>offerings.csv</c>,
/// <c>spaces.csv</c>, <c>domains.csv</c>, <c>categories.csv</c>, <c>rescue.csv</c>, <c>summary.json</c> and the German
/// terminal summary. The report writes the same tables through the same writers (<c>angebote.csv</c>,
/// <c>raeume_nach_kuerzung.csv</c>, <c>kuerzungen_handlungsfelder.csv</c>, <c>finanzierungskategorien.csv</c>,
/// <c>rettungsplan.csv</c>, and the shared members of <c>result.json</c>).
/// Invariant culture, doubles round-trip, amounts without trailing zeros, LF line ends, no timestamps.
/// </summary>
/// <threadsafety>Pure; thread-safe.</threadsafety>
public static class CutsOutput
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Where the need of the cut analysis came from, for <c>summary.json</c>.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>e.g. <c>Sozialindex (Status-z, 11 Räume)</c>.</returns>
    public static string NeedNote(PlanningAnalysisResult analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.NeedIndex is { Values.Count: > 0 } ni
            ? $"Sozialindex (Status-z, {ni.Values.Count.ToString(CultureInfo.InvariantCulture)} Räume)"
            : "kein Sozialindex berechenbar: durchschnittlicher Bedarf (z = 0) für alle Räume";
    }

    /// <summary>Writes <c>offerings.csv</c>, <c>spaces.csv</c>, <c>domains.csv</c>, <c>categories.csv</c>, <c>rescue.csv</c> (with a rescue plan)
    /// and <c>summary.json</c> into a folder (created if missing).</summary>
    /// <param name="analysis">The analysis (run at least to the cuts).</param>
    /// <param name="directory">The folder.</param>
    /// <param name="scale">The factor the scenario was scaled by (written to <c>summary.json</c>).</param>
    /// <returns>The files written, in order.</returns>
    /// <exception cref="ArgumentException">The analysis stopped before the cuts.</exception>
    public static IReadOnlyList<string> WriteTo(PlanningAnalysisResult analysis, string directory, decimal scale = 1m)
    {
        var files = Files(analysis, scale);
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        foreach (var (name, content) in files)
        {
            var path = Path.Combine(directory, name);
            File.WriteAllText(path, content, Utf8);
            paths.Add(path);
        }
        return paths;
    }

    /// <summary>The files of the cuts output (name and text), in order: <c>offerings.csv</c>, <c>spaces.csv</c>,
    /// <c>domains.csv</c>, <c>categories.csv</c>, <c>rescue.csv</c> (with a rescue plan) and <c>summary.json</c>.</summary>
    /// <param name="analysis">The analysis (it must have run the cut stage).</param>
    /// <param name="scale">The factor the scenario was scaled by (written to <c>summary.json</c>).</param>
    /// <returns>The files.</returns>
    /// <exception cref="ArgumentException">The analysis stopped before the cuts.</exception>
    public static IReadOnlyList<(string Name, string Content)> Files(PlanningAnalysisResult analysis, decimal scale = 1m)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var r = analysis.Cuts ?? throw new ArgumentException("cuts output: the analysis stopped before the cut scenario.", nameof(analysis));
        var files = new List<(string, string)>
        {
            ("offerings.csv", OfferingsCsv(r)),
            ("spaces.csv", SpacesCsv(r)),
            ("domains.csv", DomainsCsv(r)),
            ("categories.csv", CategoriesCsv(r)),
        };
        if (analysis.Rescue is { } plan) files.Add(("rescue.csv", RescueCsv(plan)));
        files.Add(("summary.json", SummaryJson(r, analysis.Rescue, scale, NeedNote(analysis), analysis.Warnings)));
        return files;
    }

    /// <summary>Drops trailing zeros (18600.00 → 18600) so the text does not depend on how an amount was computed.</summary>
    private static decimal N(decimal v) => v / 1.000000000000000000000000000000000m;

    /// <summary>Header of <see cref="OfferingsCsv"/> (<c>offerings.csv</c> of <c>cuts</c>, <c>angebote.csv</c> of <c>report</c>).</summary>
    public const string OfferingsHeader = "offering_id,domain,unit,category,risk,lost_funding,capacity_before,capacity_after,closed,impact,response,legal_claim,scenario_cut,consequential_loss,provider_reported_loss";

    /// <summary>Header of <see cref="SpacesCsv"/> (<c>spaces.csv</c> of <c>cuts</c>, <c>raeume_nach_kuerzung.csv</c> of <c>report</c>).</summary>
    public const string SpacesHeader = "space_id,domain,unit,coverage_before,coverage_after,class_before,class_after,p_undersupplied,people_affected,unmet_before,unmet_after";

    /// <summary>Header of <see cref="DomainsCsv"/> (<c>domains.csv</c> of <c>cuts</c>, <c>kuerzungen_handlungsfelder.csv</c> of <c>report</c>).</summary>
    public const string DomainsHeader = "domain,unit,offerings,affected,closed,budget,lost_funding,capacity_before,capacity_after,lost_capacity_share,newly_undersupplied,unmet_before,unmet_after";

    /// <summary>Header of <see cref="CategoriesCsv"/> (<c>categories.csv</c> of <c>cuts</c>, <c>finanzierungskategorien.csv</c> of <c>report</c>).</summary>
    public const string CategoriesHeader = "category,offerings,affected,closed,budget,lost_funding,mean_risk,mean_impact,share_of_total_cut,share_of_closures";

    /// <summary>Header of <see cref="RescueCsv"/> (<c>rescue.csv</c> of <c>cuts</c>, <c>rettungsplan.csv</c> of <c>report</c>).</summary>
    public const string RescueHeader = "offering_id,backfill_eur,impact_avoided,impact_avoided_per_eur,method";

    /// <summary><c>offerings.csv</c> / <c>angebote.csv</c>: the table <see cref="ResultTables.CutOfferings"/> (columns
    /// <see cref="OfferingsHeader"/>) written through the one CSV writer.</summary>
    /// <param name="r">The cut analysis.</param>
    /// <returns>The CSV text (invariant culture, LF).</returns>
    public static string OfferingsCsv(CutResult r) => ResultTables.CutOfferings(r).ToCsv();

    /// <summary><c>spaces.csv</c> / <c>raeume_nach_kuerzung.csv</c>: the table <see cref="ResultTables.CutSpaces"/>
    /// (columns <see cref="SpacesHeader"/>) written through the one CSV writer.</summary>
    /// <param name="r">The cut analysis.</param>
    /// <returns>The CSV text.</returns>
    public static string SpacesCsv(CutResult r) => ResultTables.CutSpaces(r).ToCsv();

    /// <summary><c>domains.csv</c> / <c>kuerzungen_handlungsfelder.csv</c>: the table <see cref="ResultTables.CutDomains"/>
    /// (columns <see cref="DomainsHeader"/>) written through the one CSV writer.</summary>
    /// <param name="r">The cut analysis.</param>
    /// <returns>The CSV text (invariant culture, LF).</returns>
    public static string DomainsCsv(CutResult r) => ResultTables.CutDomains(r).ToCsv();

    /// <summary><c>categories.csv</c> / <c>finanzierungskategorien.csv</c>: the table <see cref="ResultTables.CutCategories"/>
    /// (columns <see cref="CategoriesHeader"/>) written through the one CSV writer.</summary>
    /// <param name="r">The cut analysis.</param>
    /// <returns>The CSV text.</returns>
    public static string CategoriesCsv(CutResult r) => ResultTables.CutCategories(r).ToCsv();

    /// <summary><c>rescue.csv</c> / <c>rettungsplan.csv</c>: the table <see cref="ResultTables.Rescue"/> (columns
    /// <see cref="RescueHeader"/>) written through the one CSV writer.</summary>
    /// <param name="p">The rescue plan.</param>
    /// <returns>The CSV text.</returns>
    public static string RescueCsv(RescuePlan p) => ResultTables.Rescue(p).ToCsv();

    /// <summary>The cuts <c>summary.json</c> (<c>format: sozialindikatoren/cuts-summary</c>, version 1): the members
    /// <see cref="WriteSharedMembers"/> writes, which the report's <c>result.json</c> carries too.</summary>
    /// <param name="r">The cut analysis.</param>
    /// <param name="plan">The rescue plan, or null.</param>
    /// <param name="scale">The factor the scenario was scaled by.</param>
    /// <param name="needNote">Where the need came from.</param>
    /// <returns>Indented JSON text.</returns>
    /// <param name="warnings">The warnings of the run (<see cref="PlanningAnalysisResult.Warnings"/>), written as
    /// <c>warnings</c>; null or empty writes an empty array.</param>
    public static string SummaryJson(CutResult r, RescuePlan? plan, decimal scale, string needNote, IReadOnlyList<DataProblem>? warnings = null) =>
        Json("sozialindikatoren/cuts-summary", w => WriteSharedMembers(w, r, plan, scale, needNote, warnings));

    /// <summary>The <c>warnings</c> array: one object per warning with <c>source</c>, <c>line</c> and <c>column</c> (when
    /// known), <c>field</c> and <c>value</c> (when there are), and <c>message</c> — the one JSON form of
    /// <see cref="DataProblem"/>.</summary>
    internal static void WriteWarnings(Utf8JsonWriter w, IReadOnlyList<DataProblem>? warnings)
    {
        w.WriteStartArray("warnings");
        foreach (var p in warnings ?? [])
        {
            w.WriteStartObject();
            w.WriteString("severity", p.Severity switch { ProblemSeverity.Error => "error", ProblemSeverity.Warning => "warning", _ => "note" });
            w.WriteString("source", p.Source);
            if (p.Line > 0) w.WriteNumber("line", p.Line);
            if (p.Column > 0) w.WriteNumber("column", p.Column);
            if (p.Field is not null) w.WriteString("field", p.Field);
            if (p.Value is not null) w.WriteString("value", p.Value);
            w.WriteString("message", p.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>An indented JSON document (relaxed escaping, LF-terminated) with <c>format</c>, <c>version: 1</c> and the
    /// members written by <paramref name="members"/>: the one JSON writer of <c>summary.json</c> and <c>result.json</c>.</summary>
    internal static string Json(string format, Action<Utf8JsonWriter> members)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("format", format);
            w.WriteNumber("version", 1);
            members(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray()) + "\n";
    }

    /// <summary>The members a category row and a domain row share in the JSON (counts, budget, cut, cuttable funds).</summary>
    private static void WriteGroupTotals(Utf8JsonWriter w, int offerings, int affected, int closed, decimal budget, decimal lostFunding,
        decimal cuttableBudget, double? cutShareOfCuttable)
    {
        w.WriteNumber("offerings", offerings);
        w.WriteNumber("affected", affected);
        w.WriteNumber("closed", closed);
        w.WriteNumber("budget", N(budget));
        w.WriteNumber("lostFunding", N(lostFunding));
        w.WriteNumber("cuttableBudget", N(cuttableBudget));
        Num(w, "cutShareOfCuttable", cutShareOfCuttable ?? double.NaN);
    }

    private static void Num(Utf8JsonWriter w, string name, double v)
    {
        if (double.IsFinite(v)) w.WriteNumber(name, v); else w.WriteNull(name);
    }

    /// <summary>The members shared by <c>summary.json</c> and <c>result.json</c>, in order: <c>dataSet</c>,
    /// <c>dataSetHasIllustrativeFigures</c>, <c>parameters</c>, <c>scenario</c>, <c>totals</c> (with <c>capacityBefore</c>
    /// and <c>capacityAfter</c> per unit code), <c>categories</c>, <c>domains</c> (one per domain and unit),
    /// <c>monteCarlo</c> (with draws), <c>rescue</c> (with a plan) and <c>warnings</c> (always; see <see cref="WriteWarnings"/>).</summary>
    internal static void WriteSharedMembers(Utf8JsonWriter w, CutResult r, RescuePlan? plan, decimal scale, string needNote, IReadOnlyList<DataProblem>? warnings)
    {
        ArgumentNullException.ThrowIfNull(r);
        w.WriteString("dataSet", r.Data.Name);
        w.WriteBoolean("dataSetHasIllustrativeFigures", r.Data.HasIllustrativeFigures);
        w.WriteStartObject("parameters");
        w.WriteString("asOf", r.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteNumber("scale", N(scale));
        w.WriteNumber("draws", r.Options.Draws);
        w.WriteNumber("seed", r.Options.Seed);
        if (plan is not null) w.WriteNumber("budget", N(plan.BudgetPerYear)); else w.WriteNull("budget");
        w.WriteString("absorbableShare", r.Options.AbsorbableShare.ToString());
        w.WriteString("elasticity", r.Options.Elasticity.ToString());
        w.WriteString("viabilityThreshold", r.Options.ViabilityThreshold.ToString());
        w.WriteString("nominalResponse", r.Options.Response.Parameters.ToString());
        w.WriteNumber("coFinancingFailureShare", r.Options.Response.CoFinancingFailureShare);
        w.WriteBoolean("assumeCofunderWithdrawal", r.Options.Response.AssumeCofunderWithdrawal);
        w.WriteString("supply", r.Gaps.Options.Supply.ToCode());
        w.WriteString("need", needNote);
        w.WriteString("unmetDemand", r.UnmetDemandMethod.ToCode());
        if (r.UnmetDemandMethod == UnmetDemandMethod.CapacityAllocation && r.Options.AllocationRadiusKm is { } radius) w.WriteNumber("allocationRadiusKm", radius);
        w.WriteEndObject();
        w.WriteStartObject("scenario");
        w.WriteString("name", r.Scenario.Name);
        if (r.Scenario.Description is { } desc) w.WriteString("description", desc);
        w.WriteBoolean("hasAssumptions", r.Scenario.HasAssumptions);
        w.WriteStartArray("lines");
        for (var i = 0; i < r.Scenario.Lines.Count; i++)
        {
            var l = r.Scenario.Lines[i];
            w.WriteStartObject();
            w.WriteString("label", l.Label);
            if (l.Source is { } s) w.WriteString("source", s.ToCode());
            if (l.Kind == CutKind.Share) w.WriteNumber("percent", N(l.Value * 100m)); else w.WriteNumber("amountPerYear", N(l.Value));
            w.WriteString("effectiveFrom", l.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("status", l.IsAssumption ? "assumption" : "sourced");
            if (l.Note is { } note) w.WriteString("note", note);
            var hit = r.Offerings.Where(o => o.ScenarioLines.Contains(i)).ToArray();
            w.WriteNumber("offeringsHit", hit.Length);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("totals");
        w.WriteNumber("offerings", r.Offerings.Count);
        w.WriteNumber("offeringsAffected", r.Offerings.Count(o => o.LostFunding > 0));
        w.WriteNumber("offeringsClosed", r.Offerings.Count(o => o.Closed));
        w.WriteNumber("offeringsByProviderStatement", r.Offerings.Count(o => o.Response == ResponseKind.ProviderStatement));
        w.WriteNumber("budget", N(r.Offerings.Aggregate(0m, (s, o) => s + o.Exposure.Budget)));
        w.WriteNumber("lostFunding", N(r.TotalLostFunding));
        w.WriteNumber("cuttableBudgetPerYear", N(r.TotalCuttableBudget));
        w.WriteNumber("scenarioCutPerYear", N(r.TotalScenarioCut));
        w.WriteNumber("consequentialLossPerYear", N(r.TotalConsequentialLoss));
        w.WriteNumber("providerReportedLossPerYear", N(r.TotalProviderReportedLoss));
        var attribution = r.Attribution;
        w.WriteStartObject("lossesByFunderLevel");
        foreach (var level in FunderLevels.All)
        {
            w.WriteStartObject(level.ToCode());
            w.WriteNumber("scenarioCut", N(attribution.ScenarioCutBy(level)));
            w.WriteNumber("consequentialLoss", N(attribution.ConsequentialLossBy(level)));
            w.WriteNumber("providerReportedLoss", N(attribution.ProviderReportedLossBy(level)));
            w.WriteEndObject();
        }
        w.WriteEndObject();
        Num(w, "cutShareOfBudget", r.CutShareOfBudget ?? double.NaN);
        Num(w, "cutShareOfCuttable", r.CutShareOfCuttable ?? double.NaN);
        PerUnit(w, "capacityBefore", CapacityTotals.Of(r.Offerings.Select(o => o.CapacityBefore)));
        PerUnit(w, "capacityAfter", CapacityTotals.Of(r.Offerings.Select(o => o.CapacityAfter)));
        w.WriteNumber("cells", r.Cells.Count);
        w.WriteNumber("cellsUnderSuppliedBefore", r.Cells.Count(c => c.ClassBefore.IsUnderSupply()));
        w.WriteNumber("cellsUnderSuppliedAfter", r.Cells.Count(c => c.ClassAfter.IsUnderSupply()));
        w.WriteNumber("cellsNewlyUnderSupplied", r.Cells.Count(c => c.NewlyUnderSupplied));
        Num(w, "peopleAffected", r.PeopleAffected);
        var legal = r.LegalClaimReduced;
        w.WriteNumber("legalClaimOfferingsReduced", legal.Count);
        w.WriteNumber("legalClaimOfferingsClosed", legal.Count(o => o.Closed));
        w.WriteNumber("legalClaimLostFunding", N(legal.Aggregate(0m, (s, o) => s + o.LostFunding)));
        Num(w, "unmetShareBefore", r.UnmetShareBefore);
        Num(w, "unmetShareAfter", r.UnmetShareAfter);
        Num(w, "needWeightedUnmetBefore", r.NeedWeightedUnmetBefore);
        Num(w, "needWeightedUnmetAfter", r.NeedWeightedUnmetAfter);
        w.WriteEndObject();
        w.WriteStartArray("categories");
        foreach (var g in r.ByFundingCategory)
        {
            w.WriteStartObject();
            w.WriteString("category", g.Category.ToCode());
            WriteGroupTotals(w, g.Offerings, g.Affected, g.Closed, g.Budget, g.LostFunding, g.CuttableBudget, g.CutShareOfCuttable);
            Num(w, "meanRisk", g.MeanRisk);
            Num(w, "meanImpact", g.MeanImpact);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("domains");
        foreach (var g in r.ByDomain)
        {
            w.WriteStartObject();
            w.WriteString("domain", g.Domain.Code);
            w.WriteString("unit", g.Unit.ToCode());
            WriteGroupTotals(w, g.Offerings, g.Affected, g.Closed, g.Budget, g.LostFunding, g.CuttableBudget, g.CutShareOfCuttable);
            Num(w, "capacityBefore", g.CapacityBefore.Amount);
            Num(w, "capacityAfter", g.CapacityAfter.Amount);
            Num(w, "lostCapacityShare", g.LostCapacityShare ?? double.NaN);
            Num(w, "meanRisk", g.MeanRisk);
            Num(w, "meanImpact", g.MeanImpact);
            w.WriteNumber("newlyUnderSupplied", g.NewlyUnderSupplied);
            Num(w, "unmetBefore", g.UnmetBefore);
            Num(w, "unmetAfter", g.UnmetAfter);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (r.MonteCarlo is { } mc)
        {
            w.WriteStartObject("monteCarlo");
            w.WriteNumber("draws", mc.Draws);
            w.WriteNumber("seed", mc.Seed);
            w.WriteString("unmetDemand", mc.UnmetDemandMethod.ToCode());
            w.WriteBoolean("cellPercentilesKept", mc.CellPercentilesKept);
            foreach (var (name, p) in new[] { ("lostFunding", mc.LostFunding), ("unabsorbedLoss", mc.UnabsorbedLoss), ("closures", mc.Closures), ("locatedGaps", mc.LocatedGaps), ("unmetShare", mc.UnmetDemand) })
            {
                w.WriteStartObject(name);
                Num(w, "p05", p.P05); Num(w, "p50", p.P50); Num(w, "p95", p.P95); Num(w, "mean", p.Mean);
                w.WriteEndObject();
            }
            w.WriteStartObject("lostCapacityShareByUnit");
            foreach (var (unit, p) in mc.LostCapacityShareByUnit.OrderBy(x => x.Key))
            {
                w.WriteStartObject(unit.ToCode());
                Num(w, "p05", p.P05); Num(w, "p50", p.P50); Num(w, "p95", p.P95); Num(w, "mean", p.Mean);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        if (plan is not null)
        {
            w.WriteStartObject("rescue");
            w.WriteNumber("budget", N(plan.BudgetPerYear));
            w.WriteNumber("spent", N(plan.Spent));
            w.WriteString("method", plan.Method == RescueMethod.Exact ? "exact" : "greedy");
            w.WriteNumber("choices", plan.Choices.Count);
            Num(w, "impactAfterCut", plan.ImpactAfterCut);
            Num(w, "impactAvoided", plan.ImpactAvoided);
            Num(w, "remainingImpact", plan.RemainingImpact);
            Num(w, "remainingRecomputed", plan.RemainingRecomputed);
            w.WriteEndObject();
        }
        WriteWarnings(w, warnings);
    }

    /// <summary>An object with one member per unit code present (e.g. <c>{"places": 2867, "fte": 37}</c>).</summary>
    private static void PerUnit(Utf8JsonWriter w, string name, CapacityTotals totals)
    {
        w.WriteStartObject(name);
        foreach (var t in totals) Num(w, t.Unit.ToCode(), t.Amount);
        w.WriteEndObject();
    }
}
