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

/// <summary>
/// The funding risk of one offering at a date, before any scenario (<em>Finanzierungsrisiko</em>, <em>Bestandsgefährdung</em>):
/// six named components in [0, 1] and their weighted mean, score = Σ wₖ·cₖ / Σ wₖ (higher = riskier).
/// </summary>
/// <remarks>
/// <para>Lines counted: those active at the date. <em>External</em> lines are lines whose source is not own funds or donations.
/// <em>Grants</em> are external lines whose instrument is not <see cref="FundingInstrument.ServiceFee"/>; <em>fees</em> are
/// external service-fee lines (claim-backed <em>Leistungsentgelte</em>).</para>
/// <para>Components: grant share g = grants / (grants + fees) (0 if both 0); obligation = score of the grade;
/// period = Σ_grants a·max(0, 1 − m/H) / Σ_grants a with m the whole months remaining and H the horizon (0 without grants);
/// instrument = Σ_ext a·f(instrument) / Σ_ext a (0 without external lines); concentration = Σ_source (a_source/Σ_ext a)²
/// (0 without external lines); buffer = 1 − min(1, own share / target).</para>
/// <para>Missing values: an offering with no active line at the date has no secured funding: <see cref="HasActiveFunding"/>
/// is false and the grant, period, instrument, concentration and buffer components are set to 1 (documented convention,
/// not NaN).</para>
/// <para>Source of the heuristics: reference/domain.md §5.1–5.2 (Zuwendung vs. Leistungsentgelt; Verbindlichkeit; Fehlbedarf and
/// Festbetrag risks); the weights are planning judgements to be set by the user.</para>
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class FundingRisk
{
    private static readonly int SourceCount = Enum.GetValues<FundingSource>().Length;
    private readonly double[] _components;
    private readonly double[] _weights;

    private FundingRisk(string offeringId, LocalDate date, double[] components, double[] weights, bool hasActiveFunding)
    {
        OfferingId = offeringId;
        Date = date;
        _components = components;
        _weights = weights;
        HasActiveFunding = hasActiveFunding;
        double s = 0, ws = 0;
        for (var i = 0; i < components.Length; i++)
        {
            s += weights[i] * components[i];
            ws += weights[i];
        }
        Score = s / ws;
    }

    /// <summary>The offering.</summary>
    public string OfferingId { get; }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>Whether any funding line is active at the date.</summary>
    public bool HasActiveFunding { get; }

    /// <summary>The components in <see cref="FundingRiskComponent"/> order, each in [0, 1].</summary>
    public IReadOnlyList<double> Components => _components;

    /// <summary>The weights used, in <see cref="FundingRiskComponent"/> order.</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>The risk score Σ wₖ·cₖ / Σ wₖ in [0, 1].</summary>
    public double Score { get; }

    /// <summary>One component.</summary>
    /// <param name="component">The component.</param>
    /// <returns>Its value in [0, 1].</returns>
    public double this[FundingRiskComponent component] => _components[(int)component];

    /// <summary>Computes the risk of an offering at a date.</summary>
    /// <param name="offering">The offering.</param>
    /// <param name="date">The date (<em>Stichtag</em>).</param>
    /// <param name="options">Options; default <see cref="FundingRiskOptions.Default"/>.</param>
    /// <returns>The risk with all components.</returns>
    public static FundingRisk Compute(Offering offering, LocalDate date, FundingRiskOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(offering);
        options ??= FundingRiskOptions.Default;
        options.Validate();
        return ComputeValidated(offering, date, options, options.Weights());
    }

    internal static FundingRisk ComputeValidated(Offering offering, LocalDate date, FundingRiskOptions options, double[] weights)
    {
        decimal total = 0, own = 0, grants = 0, fees = 0, external = 0;
        double periodNum = 0, periodDen = 0, instrNum = 0;
        Span<decimal> bySource = stackalloc decimal[SourceCount];
        foreach (var line in offering.Funding.Lines)
        {
            if (!line.IsActiveAt(date)) continue;
            var a = line.AmountPerYear;
            total += a;
            if (line.Source.IsOwnShare())
            {
                own += a;
                continue;
            }
            external += a;
            bySource[(int)line.Source] += a;
            instrNum += (double)a * options.InstrumentFragility[(int)line.Instrument];
            if (line.Instrument == FundingInstrument.ServiceFee)
            {
                fees += a;
            }
            else
            {
                grants += a;
                var months = line.MonthsRemaining(date);
                periodNum += (double)a * Math.Max(0.0, 1.0 - (double)months / options.HorizonMonths);
                periodDen += (double)a;
            }
        }
        var c = new double[6];
        c[(int)FundingRiskComponent.ObligationGrade] = options.ObligationScores[(int)offering.Obligation];
        if (total == 0)
        {
            c[0] = c[2] = c[3] = c[4] = c[5] = 1.0;
            return new FundingRisk(offering.Id, date, c, weights, false);
        }
        c[(int)FundingRiskComponent.DiscretionaryGrantShare] = grants + fees == 0 ? 0.0 : (double)(grants / (grants + fees));
        c[(int)FundingRiskComponent.PeriodEnd] = periodDen == 0 ? 0.0 : periodNum / periodDen;
        if (external > 0)
        {
            c[(int)FundingRiskComponent.InstrumentFragility] = instrNum / (double)external;
            double h = 0;
            foreach (var s in bySource)
            {
                var share = (double)(s / external);
                h += share * share;
            }
            c[(int)FundingRiskComponent.Concentration] = Math.Min(1.0, h);
        }
        var ownShare = (double)(own / total);
        c[(int)FundingRiskComponent.OwnShareBuffer] = 1.0 - Math.Min(1.0, ownShare / options.OwnShareBufferTarget);
        return new FundingRisk(offering.Id, date, c, weights, true);
    }

    /// <summary>e.g. <c>sb-siegen: risk 0.512 (grant 1, obligation 0.5, period 0.25, instrument 0.6, concentration 0.62, buffer 0.5)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{OfferingId}: risk {Score:0.###} (grant {_components[0]:0.###}, obligation {_components[1]:0.###}, period {_components[2]:0.###}, instrument {_components[3]:0.###}, concentration {_components[4]:0.###}, buffer {_components[5]:0.###})");
}
