using System.Globalization;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Cuts;

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
