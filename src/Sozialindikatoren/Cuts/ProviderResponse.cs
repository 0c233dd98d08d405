using System.Globalization;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Cuts;

/// <summary>
/// The response parameters of one offering (<em>Reaktionsparameter des Trägers</em>): absorbable share a, elasticity e and
/// viability threshold v.
/// </summary>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly struct ResponseParameters : IEquatable<ResponseParameters>
{
    /// <summary>Creates parameters.</summary>
    /// <param name="absorbableShare">a ∈ [0, 1]: share of the loss the provider can cover from own funds (<em>Eigenmittel</em>).</param>
    /// <param name="elasticity">e ≥ 0: capacity reduction per unit of unabsorbed loss share (1 = proportional).</param>
    /// <param name="viabilityThreshold">v ∈ [0, 1]: the offering closes when its remaining capacity share falls below v.</param>
    /// <exception cref="ArgumentOutOfRangeException">Names the parameter and the value.</exception>
    public ResponseParameters(double absorbableShare, double elasticity, double viabilityThreshold)
    {
        if (!(absorbableShare >= 0 && absorbableShare <= 1))
            throw new ArgumentOutOfRangeException(nameof(absorbableShare), absorbableShare, $"absorbableShare: must be in [0, 1], was {absorbableShare.ToString(CultureInfo.InvariantCulture)}.");
        if (!(elasticity >= 0) || !double.IsFinite(elasticity))
            throw new ArgumentOutOfRangeException(nameof(elasticity), elasticity, $"elasticity: must be finite and >= 0, was {elasticity.ToString(CultureInfo.InvariantCulture)}.");
        if (!(viabilityThreshold >= 0 && viabilityThreshold <= 1))
            throw new ArgumentOutOfRangeException(nameof(viabilityThreshold), viabilityThreshold, $"viabilityThreshold: must be in [0, 1], was {viabilityThreshold.ToString(CultureInfo.InvariantCulture)}.");
        AbsorbableShare = absorbableShare;
        Elasticity = elasticity;
        ViabilityThreshold = viabilityThreshold;
    }

    /// <summary>The defaults: a = 0.2, e = 1, v = 0.5.</summary>
    public static ResponseParameters Default => new(0.2, 1.0, 0.5);

    /// <summary>a: share of the loss the provider can absorb.</summary>
    public double AbsorbableShare { get; }

    /// <summary>e: elasticity of capacity to the unabsorbed loss share.</summary>
    public double Elasticity { get; }

    /// <summary>v: viability threshold on the remaining capacity share.</summary>
    public double ViabilityThreshold { get; }

    /// <inheritdoc />
    public bool Equals(ResponseParameters other) => AbsorbableShare.Equals(other.AbsorbableShare) && Elasticity.Equals(other.Elasticity) && ViabilityThreshold.Equals(other.ViabilityThreshold);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResponseParameters p && Equals(p);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AbsorbableShare, Elasticity, ViabilityThreshold);

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(ResponseParameters left, ResponseParameters right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ResponseParameters left, ResponseParameters right) => !left.Equals(right);

    /// <summary>e.g. <c>a=0.2, e=1, v=0.5</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"a={AbsorbableShare}, e={Elasticity}, v={ViabilityThreshold}");
}

/// <summary>
/// Options of the provider response model (<em>Reaktionsmodell der Träger</em>): nominal parameters, overrides per association
/// and per provider, the co-financing rule and whether provider statements override the model.
/// </summary>
/// <threadsafety>Immutable after construction; thread-safe.</threadsafety>
public sealed class ProviderResponseOptions
{
    /// <summary>The defaults.</summary>
    public static ProviderResponseOptions Default { get; } = new();

    /// <summary>Nominal parameters for every offering; default a = 0.2, e = 1, v = 0.5.</summary>
    public ResponseParameters Parameters { get; init; } = ResponseParameters.Default;

    /// <summary>Overrides per umbrella association (<em>Spitzenverband</em>).</summary>
    public IReadOnlyDictionary<ProviderAssociation, ResponseParameters> ByAssociation { get; init; } = new Dictionary<ProviderAssociation, ResponseParameters>();

    /// <summary>Overrides per provider id (take precedence over the association).</summary>
    public IReadOnlyDictionary<string, ResponseParameters> ByProvider { get; init; } = new Dictionary<string, ResponseParameters>(StringComparer.Ordinal);

    /// <summary>Whether absorption is capped at the offering's own funds at the date (the provider can at most double its own
    /// contribution); default true.</summary>
    public bool CapAbsorptionAtOwnFunds { get; init; } = true;

    /// <summary>Co-financing rule (<em>Kofinanzierungsbedingung</em>): an offering with a <em>Fehlbedarfsfinanzierung</em> line
    /// closes, and loses that line too, when another external line of it is cut by at least this share; default 0.5.
    /// 1 means only a full cut of a co-funder triggers it.</summary>
    public double CoFinancingFailureShare { get; init; } = 0.5;

    /// <summary>Whether provider statements (<em>Träger-Abfrage</em>) override the model for offerings the scenario cuts; default true.</summary>
    public bool UseProviderStatements { get; init; } = true;

    /// <summary>The parameters for a provider: provider override, else association override, else <see cref="Parameters"/>.</summary>
    /// <param name="provider">The provider, or null.</param>
    /// <returns>The parameters.</returns>
    public ResponseParameters For(Provider? provider)
    {
        if (provider is null) return Parameters;
        if (ByProvider.TryGetValue(provider.Id, out var p)) return p;
        if (ByAssociation.TryGetValue(provider.Association, out var a)) return a;
        return Parameters;
    }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Names the field and the value.</exception>
    public void Validate()
    {
        if (!(CoFinancingFailureShare > 0 && CoFinancingFailureShare <= 1))
            throw new ArgumentOutOfRangeException(nameof(CoFinancingFailureShare), CoFinancingFailureShare, $"CoFinancingFailureShare: must be in (0, 1], was {CoFinancingFailureShare.ToString(CultureInfo.InvariantCulture)}.");
        ArgumentNullException.ThrowIfNull(ByAssociation, nameof(ByAssociation));
        ArgumentNullException.ThrowIfNull(ByProvider, nameof(ByProvider));
    }
}

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
