using System.Globalization;
using System.Text;
using System.Text.Json;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Gaps;
using Sozialindikatoren.Text;

namespace Sozialindikatoren.Reporting;

/// <summary>Writes <c>result.json</c> through the one JSON writer of <see cref="CutsOutput"/>: first the members shared with
/// the cuts <c>summary.json</c> (identical for the same analysis), then the report's own members in the separate object
/// <c>report</c>. AOT-safe (<see cref="Utf8JsonWriter"/>, no reflection); doubles in round-trip form.</summary>
internal static class CommitteeReportJson
{
    public static string Write(CommitteeReportResult r) => CutsOutput.Json("sozialindikatoren/report-result", w =>
    {
        CutsOutput.WriteSharedMembers(w, r.Cuts, r.Rescue, 1m, CutsOutput.NeedNote(r.Analysis), r.Analysis.Warnings);
        var o = r.Analysis.Options;
        w.WriteStartObject("report");
        w.WriteBoolean("illustrative", r.Data.HasIllustrativeFigures);
        w.WriteStartObject("parameters");
        w.WriteString("asOf", o.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("scenario", o.Scenario.Name);
        w.WriteNumber("draws", r.Cuts.Options.Draws);
        w.WriteNumber("seed", r.Cuts.Options.Seed);
        if (o.BudgetPerYear is { } b) w.WriteNumber("budgetPerYear", b); else w.WriteNull("budgetPerYear");
        w.WriteString("mapDomain", r.MapDomain.Code);
        w.WriteString("language", r.Options.Language == Language.English ? "en" : "de");
        w.WriteEndObject();

        w.WriteStartArray("scenarioLines");
        foreach (var l in o.Scenario.Lines)
        {
            w.WriteStartObject();
            w.WriteString("label", l.Label);
            w.WriteString("kind", l.Kind.ToString().ToLowerInvariant());
            w.WriteNumber("value", l.Value);
            w.WriteString("effectiveFrom", l.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("status", l.IsAssumption ? "assumption" : "sourced");
            if (l.Note is not null) w.WriteString("note", l.Note);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartObject("summary");
        w.WriteNumber("offerings", r.Data.Offerings.Count);
        w.WriteNumber("budgetPerYear", r.Data.Offerings.Sum(x => x.Funding.TotalAt(o.AsOf)));
        w.WriteNumber("affectedOfferings", r.Cuts.Offerings.Count(x => x.LostFunding > 0));
        w.WriteNumber("closedOfferings", r.Cuts.Offerings.Count(x => x.Closed));
        w.WriteNumber("lostFundingPerYear", r.Cuts.TotalLostFunding);
        w.WriteNumber("cuttableBudgetPerYear", r.Cuts.TotalCuttableBudget);
        w.WriteNumber("scenarioCutPerYear", r.Cuts.TotalScenarioCut);
        w.WriteNumber("consequentialLossPerYear", r.Cuts.TotalConsequentialLoss);
        w.WriteNumber("providerReportedLossPerYear", r.Cuts.TotalProviderReportedLoss);
        w.WriteBoolean("cofunderWithdrawalAssumed", r.Cuts.AssumesCofunderWithdrawal);
        Nullable(w, "cutShareOfCuttable", r.Cuts.CutShareOfCuttable);
        w.WriteNumber("underSuppliedCellsBefore", r.Gaps.Rows.Count(x => !x.IsAggregate && x.Class.IsUnderSupply()));
        w.WriteNumber("newlyUnderSuppliedCells", r.Cuts.Cells.Count(x => x.NewlyUnderSupplied));
        Number(w, "unmetShareBefore", r.Cuts.UnmetShareBefore);
        Number(w, "unmetShareAfter", r.Cuts.UnmetShareAfter);
        w.WriteEndObject();

        w.WriteStartArray("socialIndex");
        foreach (var e in r.Index?.Entries ?? [])
        {
            w.WriteStartObject();
            w.WriteString("spaceId", e.Space.Value);
            Number(w, "population", e.Population);
            Number(w, "statusZ", e.StatusZ);
            if (e.Status == Composite.StatusClass.Unclassified) w.WriteNull("statusClass"); else w.WriteNumber("statusClass", (int)e.Status); // no class is null, never 0
            Number(w, "dynamicsZ", e.DynamicsZ);
            w.WriteString("dynamicsClass", e.Dynamics.ToString().ToLowerInvariant());
            if (e.Group is { } g) w.WriteString("group", g.Code); else w.WriteNull("group");
            w.WriteBoolean("excluded", e.Excluded);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("coverage");
        foreach (var row in r.Gaps.Rows)
        {
            w.WriteStartObject();
            w.WriteString("spaceId", row.Space.Id.Value);
            w.WriteBoolean("aggregate", row.IsAggregate);
            w.WriteString("domain", row.Domain.Code);
            w.WriteString("unit", Offerings.CapacityUnitExtensions.ToCode(row.Unit));
            Nullable(w, "demand", row.Demand);
            Number(w, "supply", row.Supply);
            Nullable(w, "coveragePct", row.CoveragePercent);
            w.WriteString("class", row.Class.ToCode());
            Nullable(w, "gap", row.Gap);
            w.WriteString("certainty", row.Certainty.ToCode());
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("offerings");
        foreach (var x in r.Cuts.Offerings)
        {
            w.WriteStartObject();
            w.WriteString("offeringId", x.Offering.Id);
            w.WriteString("domain", x.Offering.Domain.Code);
            w.WriteString("unit", Offerings.CapacityUnitExtensions.ToCode(x.CapacityBefore.Unit));
            w.WriteString("category", x.Category.ToCode());
            Number(w, "risk", x.Risk.Score);
            w.WriteNumber("lostFunding", x.LostFunding);
            Number(w, "capacityBefore", x.CapacityBefore.Amount);
            Number(w, "capacityAfter", x.CapacityAfter.Amount);
            w.WriteBoolean("closed", x.Closed);
            w.WriteString("response", x.Response.ToString().ToLowerInvariant());
            Number(w, "impact", x.Impact);
            w.WriteBoolean("legalClaim", x.Offering.IsLegalClaim);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("rescue");
        foreach (var c in r.Rescue is { } plan ? plan.Choices : [])
        {
            w.WriteStartObject();
            w.WriteString("offeringId", c.OfferingId);
            w.WriteNumber("backfillEur", c.BackfillPerYear);
            Number(w, "share", c.Share);
            Number(w, "impactAvoided", c.ImpactAvoided);
            Number(w, "impactAvoidedPerEur", c.ImpactAvoidedPerEuro);
            w.WriteString("method", c.Method.ToString().ToLowerInvariant());
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (r.Analysis.FollowUp is { } f) FollowUpJson(w, f);
        w.WriteEndObject();
    });

    /// <summary>The <c>followUpCosts</c> object inside <c>report</c>: horizon, discounted totals per payer and overall, Monte Carlo range.</summary>
    private static void FollowUpJson(Utf8JsonWriter w, FollowUpCosts.FollowUpCostResult f)
    {
        w.WriteStartObject("followUpCosts");
        w.WriteNumber("startYear", f.StartYear);
        w.WriteNumber("horizonYears", f.Options.HorizonYears);
        Number(w, "discountRate", f.Options.DiscountRate);
        w.WriteNumber("offerings", f.Offerings.Count);
        w.WriteStartArray("withoutParameters");
        foreach (var id in f.WithoutParameters) w.WriteStringValue(id);
        w.WriteEndArray();
        Number(w, "savingWithoutParametersPerYear", f.SavingWithoutParameters);
        w.WriteStartArray("byPayer");
        foreach (var t in f.ByPayer.Append(f.Total))
        {
            w.WriteStartObject();
            w.WriteString("payer", t.Payer is { } p ? FollowUpCosts.PayerExtensions.ToCode(p) : "all");
            Number(w, "savingDiscounted", t.Saving);
            Number(w, "costLowDiscounted", t.CostLow);
            Number(w, "costCentralDiscounted", t.CostCentral);
            Number(w, "costHighDiscounted", t.CostHigh);
            Number(w, "netCentralDiscounted", t.NetCentral);
            if (t.BreakEvenYear is { } y) w.WriteNumber("breakEvenYear", y); else w.WriteNull("breakEvenYear");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (f.MonteCarlo is { } m)
        {
            w.WriteStartObject("monteCarlo");
            w.WriteNumber("draws", m.Draws);
            w.WriteNumber("seed", m.Seed);
            Number(w, "costP05Discounted", m.CostP05);
            Number(w, "costP50Discounted", m.CostP50);
            Number(w, "costP95Discounted", m.CostP95);
            Number(w, "probabilityCostsExceedSavings", m.ProbabilityCostsExceedSavings);
            w.WriteEndObject();
        }
        else w.WriteNull("monteCarlo");
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value)) w.WriteNumber(name, value);
        else w.WriteNull(name);
    }

    private static void Nullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v)) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
