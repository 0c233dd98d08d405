using System.Globalization;

namespace Sozialindikatoren.FollowUpCosts;

/// <summary>Discounted totals over the horizon for one payer or for all (<em>Barwerte über den Horizont</em>), EUR.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class FollowUpTotal
{
    internal FollowUpTotal(Payer? payer, double saving, double costLow, double costCentral, double costHigh, int? breakEvenYear)
    {
        Payer = payer;
        Saving = saving;
        CostLow = costLow;
        CostCentral = costCentral;
        CostHigh = costHigh;
        BreakEvenYear = breakEvenYear;
    }

    /// <summary>The payer, or null for all payers together.</summary>
    public Payer? Payer { get; }

    /// <summary>Discounted savings, EUR.</summary>
    public double Saving { get; }

    /// <summary>Discounted follow-up costs, low parameters, EUR.</summary>
    public double CostLow { get; }

    /// <summary>Discounted follow-up costs, central parameters, EUR.</summary>
    public double CostCentral { get; }

    /// <summary>Discounted follow-up costs, high parameters, EUR.</summary>
    public double CostHigh { get; }

    /// <summary>Net cost (central costs − savings), EUR: positive when the cut costs more than it saves.</summary>
    public double NetCentral => CostCentral - Saving;

    /// <summary>The first calendar year in which cumulative discounted central costs exceed cumulative discounted savings, or null within the horizon.</summary>
    public int? BreakEvenYear { get; }

    /// <summary>e.g. <c>kreis: saving 120000, cost 30000/80000/200000, break-even 2028</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Payer?.ToCode() ?? "all"}: saving {Saving:0}, cost {CostLow:0}/{CostCentral:0}/{CostHigh:0}, break-even {BreakEvenYear?.ToString(CultureInfo.InvariantCulture) ?? "none"}");
}
