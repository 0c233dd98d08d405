using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Cuts;

/// <summary>Whether a provider statement applies under the scenario (<em>Geltung der Träger-Angabe</em>).</summary>
public enum StatementStatus
{
    /// <summary><em>gilt</em>: the scenario cuts the offering, the condition holds, the statement covers part of the
    /// Stichtag year; it replaces the modelled response.</summary>
    Applies = 0,
    /// <summary><em>nicht im Szenario</em>: the scenario does not cut the funder or programme of the condition by at least
    /// its share (e.g. a federal MBE cut under a Land scenario).</summary>
    ConditionNotMet = 1,
    /// <summary><em>nicht im Szenario</em>: the scenario cuts none of the offering's funding lines.</summary>
    OfferingNotCut = 2,
    /// <summary><em>ersetzt</em>: a statement for the same offering reported later applies.</summary>
    Superseded = 3,
    /// <summary><em>nach dem Stichtagsjahr</em>: the change starts after the year of the Stichtag.</summary>
    AfterStichtagYear = 4,
    /// <summary><em>nicht verwendet</em>: provider statements are switched off (<see cref="ProviderResponseOptions.UseProviderStatements"/>).</summary>
    Disabled = 5,
}

/// <summary>
/// How the cut analysis used one provider statement (<em>Träger-Angabe im Szenario</em>): whether it applies, and if not
/// why; the cut share of its condition; the share of the Stichtag year it covers.
/// </summary>
/// <remarks>
/// <para>Rule, per offering, over its statements from the latest reported (ties: later in the data set first): provider
/// statements off → disabled; a condition whose matching lines are not cut, or cut by less than its minimum share →
/// condition not met (e.g. a federal MBE cut under a Land scenario); the scenario cuts nothing of the offering
/// (scenario cut + consequential loss = 0) → offering not cut; a change starting after the Stichtag year → after the year; else the first one applies and later ones in this
/// order are superseded.</para>
/// <para>Year share (pro rata): a change effective in the Stichtag year on day d of month m counts for the months it
/// covers, (12 − m + (days in m − d + 1) ÷ days in m) ÷ 12, e.g. 01.07. → 6/12 = 0.5, 01.08. → 5/12; effective before
/// that year → 1. The applied capacity reduction is the stated reduction × year share, so a closure from 01.07. keeps
/// half the capacity as the average of the Stichtag year (and counts as a closure). Funding amounts stay annual rates.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class StatementOutcome
{
    internal StatementOutcome(ProviderStatement statement, int index, StatementStatus status, double? conditionCutShare, double yearShare)
    {
        Statement = statement;
        Index = index;
        Status = status;
        ConditionCutShare = conditionCutShare;
        YearShare = yearShare;
    }

    /// <summary>The statement.</summary>
    public ProviderStatement Statement { get; }

    /// <summary>Its position in <see cref="Planning.PlanningData.ProviderStatements"/> (0-based), a stable id.</summary>
    public int Index { get; }

    /// <summary>Whether it applies, and if not why.</summary>
    public StatementStatus Status { get; }

    /// <summary>The share by which the scenario cuts the lines its condition names (Σ cuts ÷ Σ amounts), or null without a
    /// condition or when the offering has no such line.</summary>
    public double? ConditionCutShare { get; }

    /// <summary>The share of the Stichtag year the statement covers, in [0, 1].</summary>
    public double YearShare { get; }

    /// <summary>Whether the statement applies.</summary>
    public bool Applies => Status == StatementStatus.Applies;

    /// <summary>Whether the scenario does not contain the cut it is about (<em>nicht im Szenario</em>).</summary>
    public bool NotInScenario => Status is StatementStatus.ConditionNotMet or StatementStatus.OfferingNotCut;

    /// <summary>The applied capacity reduction in the Stichtag year: stated reduction × year share when it applies, else 0.</summary>
    public double AppliedReduction => Applies ? Statement.CapacityReduction * YearShare : 0;

    /// <summary>The share of a year a change effective at <paramref name="effective"/> covers in <paramref name="year"/> (see remarks).</summary>
    internal static double YearShareOf(LocalDate effective, int year)
    {
        if (effective.Year < year) return 1;
        if (effective.Year > year) return 0;
        var days = CalendarSystem.Iso.GetDaysInMonth(year, effective.Month);
        return (12 - effective.Month + (days - effective.Day + 1) / (double)days) / 12;
    }

    /// <summary>The cut share of a condition on an offering's active lines, or null when no line matches.</summary>
    internal static double? ConditionShare(StatementCondition condition, IReadOnlyList<FundingLine> lines, ReadOnlySpan<LineCut> cuts, LocalDate date)
    {
        decimal amount = 0, cut = 0;
        for (var j = 0; j < lines.Count; j++)
        {
            if (!lines[j].IsActiveAt(date) || !condition.Matches(lines[j])) continue;
            amount += lines[j].AmountPerYear;
            cut += cuts[j].AmountPerYear;
        }
        return amount > 0 ? (double)(cut / amount) : null;
    }

    /// <summary>Statuses of an offering's statements (aligned with <paramref name="statements"/>) and the index of the one
    /// that applies (−1 = none).</summary>
    internal static (StatementStatus[] Status, double?[] Share, double[] YearShare, int Applied) Evaluate(IReadOnlyList<ProviderStatement> statements,
        IReadOnlyList<FundingLine> lines, ReadOnlySpan<LineCut> cuts, LocalDate date, decimal modelLoss, bool enabled)
    {
        var n = statements.Count;
        var status = new StatementStatus[n];
        var share = new double?[n];
        var yearShare = new double[n];
        var order = Enumerable.Range(0, n).OrderByDescending(k => statements[k].ReportedOn).ThenByDescending(k => k).ToArray();
        var applied = -1;
        foreach (var k in order)
        {
            var st = statements[k];
            yearShare[k] = YearShareOf(st.EffectiveFrom, date.Year);
            if (st.Condition is { } c) share[k] = ConditionShare(c, lines, cuts, date);
            if (!enabled) status[k] = StatementStatus.Disabled;
            else if (st.Condition is { } cond && (share[k] is not { } s || s <= 0 || s < cond.MinShare - 1e-9)) status[k] = StatementStatus.ConditionNotMet;
            else if (modelLoss == 0) status[k] = StatementStatus.OfferingNotCut;
            else if (yearShare[k] <= 0) status[k] = StatementStatus.AfterStichtagYear;
            else if (applied >= 0) status[k] = StatementStatus.Superseded;
            else { status[k] = StatementStatus.Applies; applied = k; }
        }
        return (status, share, yearShare, applied);
    }
}
