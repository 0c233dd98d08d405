using System.Globalization;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Cuts;

/// <summary>How an offering responds to its loss (<em>Reaktion</em>).</summary>
public enum ResponseKind
{
    /// <summary><em>nicht betroffen</em>: the scenario cuts none of its lines.</summary>
    NotAffected = 0,
    /// <summary><em>aufgefangen</em>: the provider absorbs the whole loss; capacity unchanged.</summary>
    Absorbed = 1,
    /// <summary><em>reduziert</em>: capacity shrinks by e × unabsorbed loss share.</summary>
    Shrunk = 2,
    /// <summary><em>geschlossen (Tragfähigkeit)</em>: remaining capacity share below the viability threshold.</summary>
    ClosedBelowViability = 3,
    /// <summary><em>geschlossen (Kofinanzierung)</em>: a Fehlbedarf co-financing condition failed.</summary>
    ClosedCoFinancing = 4,
    /// <summary><em>laut Träger-Abfrage</em>: the provider's own statement replaces the model.</summary>
    ProviderStatement = 5,
}

/// <summary>
/// The fixed part of an offering's situation under a scenario (<em>Kürzungsbetroffenheit</em>): budget, own funds, scenario
/// loss, co-financing failure and statement, from which <see cref="Respond"/> computes the response for any parameters.
/// </summary>
/// <remarks>
/// <para>Model (reference/domain.md §5.1): B = budget at the date (all active lines), E = own funds (own funds and donations),
/// L = scenario loss (sum of the line cuts; service fees and own funds are never cut). If the offering has a
/// <em>Fehlbedarfsfinanzierung</em> line and another external line is cut by at least the co-financing failure share, the
/// deficit line is lost too (added to L) and the offering closes. Otherwise absorbed A = min(a·L, E) (or a·L without the cap),
/// unabsorbed U = L − A, unabsorbed loss share u = U / B, capacity reduction r = min(1, e·u), remaining share 1 − r;
/// the offering closes (remaining 0) when 1 − r &lt; v or 1 − r = 0 with L &gt; 0.</para>
/// <para>A provider statement for an offering the scenario cuts (L &gt; 0) replaces the model: remaining share = 1 − stated
/// reduction; closed when the statement says closure. Offerings the scenario does not cut ignore statements, so a zero cut
/// changes nothing.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class CutExposure
{
    internal CutExposure(string offeringId, decimal budget, decimal ownFunds, decimal scenarioLoss, decimal coFinancingLoss, bool coFinancingFailed,
        ProviderStatement? statement, ResponseParameters parameters)
    {
        OfferingId = offeringId;
        Budget = budget;
        OwnFunds = ownFunds;
        ScenarioLoss = scenarioLoss;
        CoFinancingLoss = coFinancingLoss;
        CoFinancingFailed = coFinancingFailed;
        Statement = statement;
        Parameters = parameters;
    }

    /// <summary>The offering.</summary>
    public string OfferingId { get; }

    /// <summary>B: the budget at the date, EUR per year.</summary>
    public decimal Budget { get; }

    /// <summary>E: own funds (own funds and donations) at the date, EUR per year.</summary>
    public decimal OwnFunds { get; }

    /// <summary>The scenario's direct cut of the offering's lines, EUR per year.</summary>
    public decimal ScenarioLoss { get; }

    /// <summary>The deficit-funding lines lost because the co-financing condition failed, EUR per year (0 otherwise).</summary>
    public decimal CoFinancingLoss { get; }

    /// <summary>Whether a co-financing condition failed.</summary>
    public bool CoFinancingFailed { get; }

    /// <summary>L: the total loss of funding, EUR per year (direct cut plus co-financing loss).</summary>
    public decimal LostFunding => ScenarioLoss + CoFinancingLoss;

    /// <summary>The provider statement that overrides the model, if any (only when the scenario cuts the offering).</summary>
    public ProviderStatement? Statement { get; }

    /// <summary>The nominal response parameters for this offering.</summary>
    public ResponseParameters Parameters { get; }

    /// <summary>Computes the response for parameters.</summary>
    /// <param name="parameters">a, e, v.</param>
    /// <param name="capAtOwnFunds">Whether absorption is capped at own funds.</param>
    /// <param name="remainingShare">Remaining capacity share in [0, 1].</param>
    /// <param name="absorbed">Absorbed loss, EUR per year.</param>
    /// <returns>The kind of response.</returns>
    public ResponseKind Respond(ResponseParameters parameters, bool capAtOwnFunds, out double remainingShare, out double absorbed)
    {
        absorbed = 0;
        if (LostFunding == 0) { remainingShare = 1; return ResponseKind.NotAffected; }
        if (Statement is { } st)
        {
            remainingShare = 1 - st.CapacityReduction;
            return ResponseKind.ProviderStatement;
        }
        if (CoFinancingFailed) { remainingShare = 0; return ResponseKind.ClosedCoFinancing; }
        var loss = (double)LostFunding;
        absorbed = parameters.AbsorbableShare * loss;
        if (capAtOwnFunds) absorbed = Math.Min(absorbed, (double)OwnFunds);
        var unabsorbed = loss - absorbed;
        if (unabsorbed <= 0) { remainingShare = 1; return ResponseKind.Absorbed; }
        var r = Math.Min(1.0, parameters.Elasticity * unabsorbed / (double)Budget);
        remainingShare = 1 - r;
        if (remainingShare < parameters.ViabilityThreshold || remainingShare <= 0)
        {
            remainingShare = 0;
            return ResponseKind.ClosedBelowViability;
        }
        return r > 0 ? ResponseKind.Shrunk : ResponseKind.Absorbed;
    }

    /// <summary>Builds the exposure of an offering from its line cuts.</summary>
    /// <param name="offering">The offering.</param>
    /// <param name="date">The evaluation date.</param>
    /// <param name="cuts">The line cuts from <see cref="CutScenario.Apply"/>, in plan order.</param>
    /// <param name="parameters">The nominal parameters.</param>
    /// <param name="options">The response options.</param>
    /// <param name="statement">The provider's statement for this offering, if any.</param>
    /// <returns>The exposure.</returns>
    public static CutExposure Build(Offering offering, LocalDate date, ReadOnlySpan<LineCut> cuts, ResponseParameters parameters,
        ProviderResponseOptions options, ProviderStatement? statement)
    {
        ArgumentNullException.ThrowIfNull(offering);
        ArgumentNullException.ThrowIfNull(options);
        var lines = offering.Funding.Lines;
        if (cuts.Length != lines.Count) throw new ArgumentException($"offering '{offering.Id}': {cuts.Length} line cuts for {lines.Count} funding lines.", nameof(cuts));
        decimal budget = 0, own = 0, loss = 0, deficit = 0;
        var hasDeficit = false;
        var coFunderCut = false;
        var failShare = (decimal)options.CoFinancingFailureShare;
        for (var j = 0; j < lines.Count; j++)
        {
            var l = lines[j];
            if (!l.IsActiveAt(date)) continue;
            budget += l.AmountPerYear;
            if (l.Source.IsOwnShare()) own += l.AmountPerYear;
            loss += cuts[j].AmountPerYear;
            if (l.Instrument == FundingInstrument.DeficitFunding)
            {
                hasDeficit = true;
                deficit += l.AmountPerYear - cuts[j].AmountPerYear;
            }
            else if (!l.Source.IsOwnShare() && cuts[j].AmountPerYear > 0 && cuts[j].AmountPerYear >= failShare * l.AmountPerYear)
            {
                coFunderCut = true;
            }
        }
        var failed = hasDeficit && coFunderCut;
        return new CutExposure(offering.Id, budget, own, loss, failed ? deficit : 0m, failed,
            loss > 0 && options.UseProviderStatements ? statement : null, parameters);
    }
}
