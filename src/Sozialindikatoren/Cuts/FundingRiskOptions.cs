using System.Globalization;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Cuts;

/// <summary>The named components of the funding risk score (<em>Bestandsrisiko</em>); each lies in [0, 1], higher = riskier.</summary>
public enum FundingRiskComponent
{
    /// <summary><em>Zuwendungsanteil</em>: discretionary grants (<em>Zuwendungen</em>) over grants plus claim-backed fees
    /// (<em>Leistungsentgelte</em>); own funds are not counted on either side. 0 when there are neither grants nor fees.</summary>
    DiscretionaryGrantShare = 0,
    /// <summary><em>Verbindlichkeit</em>: the score of the offering's obligation grade (<see cref="FundingRiskOptions.ObligationScores"/>).</summary>
    ObligationGrade = 1,
    /// <summary><em>Förderende</em>: amount-weighted mean over external grant lines of max(0, 1 − months remaining / horizon).</summary>
    PeriodEnd = 2,
    /// <summary><em>Instrumentenrisiko</em>: amount-weighted mean over external lines of the instrument's fragility
    /// (<see cref="FundingRiskOptions.InstrumentFragility"/>; Fehlbedarf collapses when a co-funder leaves, Festbetrag loses value to inflation).</summary>
    InstrumentFragility = 3,
    /// <summary><em>Konzentration</em>: Herfindahl index Σ sᵢ² of the external sources' shares of external funding (1 = a single funder).</summary>
    Concentration = 4,
    /// <summary><em>Eigenanteil als Puffer</em>: 1 − min(1, own share / buffer target): a low own share leaves no buffer.</summary>
    OwnShareBuffer = 5,
}

/// <summary>
/// Options of the funding risk score (<em>Gewichte und Parameter des Bestandsrisikos</em>): weights of the six components,
/// the score per obligation grade and per instrument, the period horizon and the own-share buffer target.
/// </summary>
/// <remarks>Validated by <see cref="Validate"/> (called by every calculation): weights finite and ≥ 0 with a positive sum,
/// scores in [0, 1], horizon ≥ 1 month, buffer target in (0, 1].</remarks>
/// <threadsafety>Immutable after construction; thread-safe.</threadsafety>
public sealed class FundingRiskOptions
{
    /// <summary>The defaults (weights 0.25, 0.20, 0.15, 0.15, 0.10, 0.15; horizon 24 months; buffer target 0.20).</summary>
    public static FundingRiskOptions Default { get; } = new();

    /// <summary>Weight of <see cref="FundingRiskComponent.DiscretionaryGrantShare"/>; default 0.25.</summary>
    public double GrantShareWeight { get; init; } = 0.25;

    /// <summary>Weight of <see cref="FundingRiskComponent.ObligationGrade"/>; default 0.20.</summary>
    public double ObligationWeight { get; init; } = 0.20;

    /// <summary>Weight of <see cref="FundingRiskComponent.PeriodEnd"/>; default 0.15.</summary>
    public double PeriodEndWeight { get; init; } = 0.15;

    /// <summary>Weight of <see cref="FundingRiskComponent.InstrumentFragility"/>; default 0.15.</summary>
    public double InstrumentWeight { get; init; } = 0.15;

    /// <summary>Weight of <see cref="FundingRiskComponent.Concentration"/>; default 0.10.</summary>
    public double ConcentrationWeight { get; init; } = 0.10;

    /// <summary>Weight of <see cref="FundingRiskComponent.OwnShareBuffer"/>; default 0.15.</summary>
    public double OwnShareBufferWeight { get; init; } = 0.15;

    /// <summary>Months ahead within which an ending grant counts as risky (the PeriodEnd component is 1 for a line ending now,
    /// 0 for one ending at or beyond the horizon); default 24.</summary>
    public int HorizonMonths { get; init; } = 24;

    /// <summary>The own share at which the provider's buffer is considered sufficient; default 0.20 (20 %).</summary>
    public double OwnShareBufferTarget { get; init; } = 0.20;

    /// <summary>Score per obligation grade, indexed by <see cref="Obligation"/>. Default after reference/domain.md §5.2
    /// ("voluntary &gt; programme-funded with end dates &gt; objective duties &gt; individual claims"): claim 0, objective duty 0.25,
    /// duty for a target group 0.5, voluntary 1.0, time-limited programme 0.75.</summary>
    public IReadOnlyList<double> ObligationScores { get; init; } = [0.0, 0.25, 0.5, 1.0, 0.75];

    /// <summary>Fragility per instrument, indexed by <see cref="FundingInstrument"/>. Default: Vollfinanzierung 0.3,
    /// Anteilfinanzierung 0.5, Fehlbedarfsfinanzierung 1.0, Festbetragsfinanzierung 0.6, Leistungsentgelt 0.0, Eigenmittel 0.0.</summary>
    public IReadOnlyList<double> InstrumentFragility { get; init; } = [0.3, 0.5, 1.0, 0.6, 0.0, 0.0];

    /// <summary>The weights in <see cref="FundingRiskComponent"/> order.</summary>
    /// <returns>Six weights.</returns>
    public double[] Weights() => [GrantShareWeight, ObligationWeight, PeriodEndWeight, InstrumentWeight, ConcentrationWeight, OwnShareBufferWeight];

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Names the field and the value.</exception>
    public void Validate()
    {
        var w = Weights();
        string[] names = ["GrantShareWeight", "ObligationWeight", "PeriodEndWeight", "InstrumentWeight", "ConcentrationWeight", "OwnShareBufferWeight"];
        for (var i = 0; i < w.Length; i++)
            if (!double.IsFinite(w[i]) || w[i] < 0) throw new ArgumentOutOfRangeException(names[i], w[i], $"funding risk {names[i]}: must be finite and >= 0, was {w[i].ToString(CultureInfo.InvariantCulture)}.");
        if (w.Sum() <= 0) throw new ArgumentOutOfRangeException(nameof(GrantShareWeight), 0.0, "funding risk weights: their sum must be > 0.");
        if (HorizonMonths < 1) throw new ArgumentOutOfRangeException(nameof(HorizonMonths), HorizonMonths, $"funding risk HorizonMonths: must be >= 1, was {HorizonMonths.ToString(CultureInfo.InvariantCulture)}.");
        if (!(OwnShareBufferTarget > 0 && OwnShareBufferTarget <= 1))
            throw new ArgumentOutOfRangeException(nameof(OwnShareBufferTarget), OwnShareBufferTarget, $"funding risk OwnShareBufferTarget: must be in (0, 1], was {OwnShareBufferTarget.ToString(CultureInfo.InvariantCulture)}.");
        CheckScores(ObligationScores, Enum.GetValues<Obligation>().Length, nameof(ObligationScores));
        CheckScores(InstrumentFragility, Enum.GetValues<FundingInstrument>().Length, nameof(InstrumentFragility));
    }

    private static void CheckScores(IReadOnlyList<double> scores, int count, string name)
    {
        if (scores is null || scores.Count != count) throw new ArgumentOutOfRangeException(name, scores?.Count, $"funding risk {name}: must hold {count} scores.");
        for (var i = 0; i < scores.Count; i++)
            if (!(scores[i] >= 0 && scores[i] <= 1)) throw new ArgumentOutOfRangeException(name, scores[i], $"funding risk {name}[{i}]: must be in [0, 1], was {scores[i].ToString(CultureInfo.InvariantCulture)}.");
    }
}
