using System.Globalization;
using NodaTime;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;

namespace Sozialindikatoren.Cuts;

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

    /// <summary>Co-financing rule (<em>Kofinanzierungsbedingung</em>), used only with <see cref="AssumeCofunderWithdrawal"/>:
    /// an offering with a <em>Fehlbedarfsfinanzierung</em> line closes, and loses that line too, when another external line
    /// of it is cut by at least this share; default 0.5. 1 means only a full cut of a co-funder triggers it.</summary>
    public double CoFinancingFailureShare { get; init; } = 0.5;

    /// <summary>Whether a deficit funder (<em>Fehlbedarfsfinanzierung</em>, often the county or a municipality) is assumed
    /// to withdraw when another line of the offering falls (the co-financing rule, <see cref="CoFinancingFailureShare"/>);
    /// default false. The withdrawal is a decision of that body, not a fact: reports label it as an assumption
    /// (<em>Annahme</em>) when on, and the loss is reported as consequential loss, apart from the scenario's cut
    /// (<see cref="LossAttribution"/>). CLI: <c>--assume-cofunder-withdrawal</c>.</summary>
    public bool AssumeCofunderWithdrawal { get; init; }

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
