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
/// The fixed part of an offering's situation under a scenario (<em>Kürzungsbetroffenheit</em>): budget, own funds, the
/// attribution of the lost funding (scenario cut, consequential loss, provider-reported loss by funder level),
/// co-financing failure and the statement that applies, from which <see cref="Respond"/> computes the response for any
/// parameters.
/// </summary>
/// <remarks>
/// <para>Model (reference/domain.md §5.1): B = budget at the date (all active lines), E = own funds (own funds and donations),
/// L = scenario loss (sum of the line cuts; service fees and own funds are never cut). Co-funder withdrawal
/// (<em>Folgeverlust</em>) is an assumption about another body's decision and is modelled only with
/// <see cref="ProviderResponseOptions.AssumeCofunderWithdrawal"/>: then, if the offering has a
/// <em>Fehlbedarfsfinanzierung</em> line and another external line is cut by at least the co-financing failure share, the
/// deficit line is lost too (the consequential loss, added to L) and the offering closes. Otherwise absorbed
/// A = min(a·L, E) (or a·L without the cap), unabsorbed U = L − A, unabsorbed loss share u = U / B, capacity reduction
/// r = min(1, e·u), remaining share 1 − r; the offering closes (remaining 0) when 1 − r &lt; v or 1 − r = 0 with L &gt; 0.</para>
/// <para>A provider statement that applies (<see cref="StatementOutcome"/>: the scenario cuts the offering, its condition
/// holds, it starts within the Stichtag year) replaces the model: remaining share = 1 − stated reduction × year share;
/// a stated closure counts as a closure. Its stated expected loss beyond the model is the provider-reported loss
/// (<see cref="LossAttribution"/>). Offerings the scenario does not cut ignore statements, so a zero cut changes
/// nothing.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class CutExposure
{
    internal CutExposure(string offeringId, decimal budget, decimal ownFunds, LossAttribution attribution, bool coFinancingFailed,
        ProviderStatement? statement, double statementYearShare, ResponseParameters parameters)
    {
        OfferingId = offeringId;
        Budget = budget;
        OwnFunds = ownFunds;
        Attribution = attribution;
        CoFinancingFailed = coFinancingFailed;
        Statement = statement;
        StatementYearShare = statement is null ? 0 : statementYearShare;
        Parameters = parameters;
    }

    /// <summary>The offering.</summary>
    public string OfferingId { get; }

    /// <summary>B: the budget at the date, EUR per year.</summary>
    public decimal Budget { get; }

    /// <summary>E: own funds (own funds and donations) at the date, EUR per year.</summary>
    public decimal OwnFunds { get; }

    /// <summary>The lost funding by part (scenario cut, consequential loss, provider-reported loss) and funder level.</summary>
    public LossAttribution Attribution { get; }

    /// <summary>The scenario's direct cut of the offering's lines, EUR per year.</summary>
    public decimal ScenarioLoss => Attribution.ScenarioCut;

    /// <summary>The deficit-funding lines lost because the co-financing condition failed (consequential loss), EUR per
    /// year; 0 unless <see cref="ProviderResponseOptions.AssumeCofunderWithdrawal"/>.</summary>
    public decimal CoFinancingLoss => Attribution.ConsequentialLoss;

    /// <summary>The loss the applying statement reports beyond scenario cut and consequential loss, EUR per year.</summary>
    public decimal ProviderReportedLoss => Attribution.ProviderReportedLoss;

    /// <summary>Whether a co-financing condition failed (only with the co-funder withdrawal assumed).</summary>
    public bool CoFinancingFailed { get; }

    /// <summary>L: the total loss of funding, EUR per year (scenario cut + consequential loss + provider-reported loss).</summary>
    public decimal LostFunding => Attribution.Total;

    /// <summary>The provider statement that overrides the model, if one applies.</summary>
    public ProviderStatement? Statement { get; }

    /// <summary>The share of the Stichtag year the applying statement covers (0 without one).</summary>
    public double StatementYearShare { get; }

    /// <summary>The nominal response parameters for this offering.</summary>
    public ResponseParameters Parameters { get; }

    /// <summary>Whether the response is fixed (a statement or a co-financing closure) rather than modelled from a, e, v.</summary>
    internal bool IsFixed => Statement is not null || CoFinancingFailed;

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
            remainingShare = 1 - st.CapacityReduction * StatementYearShare;
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
    /// <param name="date">The evaluation date (the Stichtag; its year is the year statements are pro-rated over).</param>
    /// <param name="cuts">The line cuts from <see cref="CutScenario.Apply"/>, in plan order.</param>
    /// <param name="parameters">The nominal parameters.</param>
    /// <param name="options">The response options.</param>
    /// <param name="statements">The provider's statements for this offering (any order; none = empty or null).</param>
    /// <returns>The exposure.</returns>
    public static CutExposure Build(Offering offering, LocalDate date, ReadOnlySpan<LineCut> cuts, ResponseParameters parameters,
        ProviderResponseOptions options, IReadOnlyList<ProviderStatement>? statements) =>
        Build(offering, date, cuts, parameters, options, statements, out _);

    internal static CutExposure Build(Offering offering, LocalDate date, ReadOnlySpan<LineCut> cuts, ResponseParameters parameters,
        ProviderResponseOptions options, IReadOnlyList<ProviderStatement>? statements,
        out (StatementStatus[] Status, double?[] Share, double[] YearShare, int Applied) outcome)
    {
        ArgumentNullException.ThrowIfNull(offering);
        ArgumentNullException.ThrowIfNull(options);
        var lines = offering.Funding.Lines;
        if (cuts.Length != lines.Count) throw new ArgumentException($"offering '{offering.Id}': {cuts.Length} line cuts for {lines.Count} funding lines.", nameof(cuts));
        decimal budget = 0, own = 0;
        var scenario = new decimal[FunderLevels.All.Count];
        var consequential = new decimal[FunderLevels.All.Count];
        var reported = new decimal[FunderLevels.All.Count];
        var hasDeficit = false;
        var coFunderCut = false;
        var failShare = (decimal)options.CoFinancingFailureShare;
        for (var j = 0; j < lines.Count; j++)
        {
            var l = lines[j];
            if (!l.IsActiveAt(date)) continue;
            budget += l.AmountPerYear;
            if (l.Source.IsOwnShare()) own += l.AmountPerYear;
            scenario[(int)l.Source.LevelOf()] += cuts[j].AmountPerYear;
            if (l.Instrument == FundingInstrument.DeficitFunding) hasDeficit = true;
            else if (!l.Source.IsOwnShare() && cuts[j].AmountPerYear > 0 && cuts[j].AmountPerYear >= failShare * l.AmountPerYear) coFunderCut = true;
        }
        var failed = options.AssumeCofunderWithdrawal && hasDeficit && coFunderCut;
        if (failed)
            for (var j = 0; j < lines.Count; j++)
                if (lines[j].IsActiveAt(date) && lines[j].Instrument == FundingInstrument.DeficitFunding)
                    consequential[(int)lines[j].Source.LevelOf()] += lines[j].AmountPerYear - cuts[j].AmountPerYear;
        var modelLoss = scenario.Sum() + consequential.Sum();
        outcome = StatementOutcome.Evaluate(statements ?? [], lines, cuts, date, modelLoss, options.UseProviderStatements);
        ProviderStatement? applied = null;
        double yearShare = 0;
        if (outcome.Applied >= 0)
        {
            applied = statements![outcome.Applied];
            yearShare = outcome.YearShare[outcome.Applied];
            if (applied.ExpectedFundingLossPerYear is { } stated && stated > modelLoss)
                reported[(int)(applied.Condition?.Source.LevelOf() ?? FunderLevel.Other)] += stated - modelLoss;
        }
        return new CutExposure(offering.Id, budget, own, new LossAttribution(scenario, consequential, reported), failed, applied, yearShare, parameters);
    }
}
