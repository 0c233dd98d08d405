using System.Globalization;

namespace Sozialindikatoren.FollowUpCosts;

/// <summary>One line of <c>folgekosten.csv</c> (<em>Einsparung und Folgekosten je Angebot, Kostenträger und Jahr</em>):
/// EUR in the calendar year, undiscounted; cost low ≤ central ≤ high.</summary>
/// <param name="OfferingId">The offering.</param>
/// <param name="Service">The offering type code.</param>
/// <param name="Payer">The payer.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Saving">The saving in that year, EUR (the lost funding of this payer).</param>
/// <param name="CostLow">Follow-up cost with all parameters low, EUR.</param>
/// <param name="CostCentral">Follow-up cost with central parameters, EUR.</param>
/// <param name="CostHigh">Follow-up cost with all parameters high, EUR.</param>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed record FollowUpCostRow(string OfferingId, string Service, Payer Payer, int Year, double Saving, double CostLow, double CostCentral, double CostHigh)
{
    /// <summary>The CSV header: <c>offering_id,service,payer,year,saving,cost_low,cost_central,cost_high</c>.</summary>
    public const string CsvHeader = "offering_id,service,payer,year,saving,cost_low,cost_central,cost_high";

    /// <summary>e.g. <c>sb-si kreis 2026: 12000 vs 0/4800/9000</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{OfferingId} {Payer.ToCode()} {Year}: {Saving:R} vs {CostLow:R}/{CostCentral:R}/{CostHigh:R}");
}
