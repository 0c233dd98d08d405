using Sozialindikatoren.Funding;

namespace Sozialindikatoren.Cuts;

/// <summary>
/// Where an offering's (or a group's) lost funding comes from (<em>Zurechnung der wegfallenden Mittel</em>), EUR per
/// year, split three ways and by funder level: the scenario's own cut of a funding line (<em>Kürzung des Szenarios</em>),
/// the consequential loss of a co-funder withdrawing because another line fell (<em>Folgeverlust</em>, e.g. a
/// <em>Fehlbedarfsfinanzierung</em>; only with <see cref="ProviderResponseOptions.AssumeCofunderWithdrawal"/>), and the
/// loss a provider reports beyond both (<em>laut Träger-Abfrage</em>).
/// </summary>
/// <remarks>
/// <para>Total = scenario cut + consequential loss + provider-reported loss; each part is the sum over the funder levels
/// (<see cref="FunderLevels.All"/>). The scenario cut and the consequential loss sit at the level of the funding line
/// they hit; the provider-reported loss at the level of the statement's condition source
/// (<see cref="Offerings.StatementCondition.Source"/>), or <see cref="FunderLevel.Other"/> when it names none.</para>
/// <para>Provider-reported loss = max(0, stated expected loss − scenario cut − consequential loss) of the statement that
/// applies (<see cref="CutExposure.Statement"/>); 0 without one or without a stated loss. So the total is
/// max(model loss, stated loss) when a statement applies.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class LossAttribution
{
    private const int Levels = 5;
    private readonly decimal[] _scenario;
    private readonly decimal[] _consequential;
    private readonly decimal[] _reported;

    internal LossAttribution(decimal[] scenario, decimal[] consequential, decimal[] reported)
    {
        _scenario = scenario;
        _consequential = consequential;
        _reported = reported;
        ScenarioCut = scenario.Sum();
        ConsequentialLoss = consequential.Sum();
        ProviderReportedLoss = reported.Sum();
    }

    /// <summary>No loss.</summary>
    public static LossAttribution None { get; } = new(new decimal[Levels], new decimal[Levels], new decimal[Levels]);

    /// <summary>The scenario's own cut, EUR per year.</summary>
    public decimal ScenarioCut { get; }

    /// <summary>The consequential loss (co-funder withdrawal), EUR per year; 0 unless the withdrawal is assumed.</summary>
    public decimal ConsequentialLoss { get; }

    /// <summary>The provider-reported loss beyond the model, EUR per year.</summary>
    public decimal ProviderReportedLoss { get; }

    /// <summary>The lost funding, EUR per year: the sum of the three parts.</summary>
    public decimal Total => ScenarioCut + ConsequentialLoss + ProviderReportedLoss;

    /// <summary>The scenario's cut of lines at a funder level, EUR per year.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The amount.</returns>
    public decimal ScenarioCutBy(FunderLevel level) => _scenario[Index(level)];

    /// <summary>The consequential loss of lines at a funder level, EUR per year.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The amount.</returns>
    public decimal ConsequentialLossBy(FunderLevel level) => _consequential[Index(level)];

    /// <summary>The provider-reported loss attributed to a funder level, EUR per year.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The amount.</returns>
    public decimal ProviderReportedLossBy(FunderLevel level) => _reported[Index(level)];

    /// <summary>All three parts at a funder level, EUR per year.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The amount.</returns>
    public decimal TotalBy(FunderLevel level) => ScenarioCutBy(level) + ConsequentialLossBy(level) + ProviderReportedLossBy(level);

    /// <summary>The sum of attributions (e.g. over the offerings of a domain or the county), part by part and level by level.</summary>
    /// <param name="items">The attributions.</param>
    /// <returns>The sum.</returns>
    public static LossAttribution Sum(IEnumerable<LossAttribution> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var s = new decimal[Levels];
        var c = new decimal[Levels];
        var r = new decimal[Levels];
        foreach (var a in items)
            for (var k = 0; k < Levels; k++)
            {
                s[k] += a._scenario[k];
                c[k] += a._consequential[k];
                r[k] += a._reported[k];
            }
        return new LossAttribution(s, c, r);
    }

    private static int Index(FunderLevel level) =>
        (int)level is >= 0 and < Levels ? (int)level : throw new ArgumentOutOfRangeException(nameof(level), level, "funder level: unknown value.");
}
