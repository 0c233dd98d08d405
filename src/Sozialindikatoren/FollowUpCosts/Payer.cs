namespace Sozialindikatoren.FollowUpCosts;

/// <summary>Who bears a saving or a follow-up cost (<em>Kostenträger</em>).</summary>
/// <remarks>Codes in files: <c>kreis</c>, <c>kommune</c>, <c>land</c>, <c>bund</c>, <c>sozialversicherung</c>,
/// <c>sonstige</c>. Follow-up costs are split over the five public payers only; <see cref="Other"/> carries savings of
/// funding that is not public money of those five (EU/ESF, foundations, own funds, donations).</remarks>
public enum Payer
{
    /// <summary>The county (<em>Kreis</em>: Jugendamt, Hilfe zur Pflege, KdU share).</summary>
    Kreis = 0,
    /// <summary>The municipality (<em>Kommune</em>: ordnungsrechtliche Unterbringung; Stadt Siegen's own Jugendamt).</summary>
    Kommune = 1,
    /// <summary>The Land (<em>Land NRW</em>: police, justice, Land programmes).</summary>
    Land = 2,
    /// <summary>The federal level and the Jobcenter (<em>Bund/Jobcenter</em>: SGB II benefits, federal programmes).</summary>
    Bund = 3,
    /// <summary>Social insurance (<em>Sozialversicherung</em>: health, pension, long-term care insurance).</summary>
    SocialInsurance = 4,
    /// <summary>Others (<em>Sonstige</em>): EU/ESF, foundations, own funds, donations — savings only.</summary>
    Other = 5,
}

/// <summary>Codes and labels of <see cref="Payer"/>.</summary>
/// <threadsafety>Pure; thread-safe.</threadsafety>
public static class PayerExtensions
{
    /// <summary>The five public payers that follow-up costs are split over, in report order (Kreis first).</summary>
    public static IReadOnlyList<Payer> Public { get; } = [Payer.Kreis, Payer.Kommune, Payer.Land, Payer.Bund, Payer.SocialInsurance];

    /// <summary>The file code: <c>kreis</c>, <c>kommune</c>, <c>land</c>, <c>bund</c>, <c>sozialversicherung</c>, <c>sonstige</c>.</summary>
    /// <param name="payer">The payer.</param>
    /// <returns>The code.</returns>
    public static string ToCode(this Payer payer) => payer switch
    {
        Payer.Kreis => "kreis",
        Payer.Kommune => "kommune",
        Payer.Land => "land",
        Payer.Bund => "bund",
        Payer.SocialInsurance => "sozialversicherung",
        Payer.Other => "sonstige",
        _ => throw new ArgumentOutOfRangeException(nameof(payer), payer, "payer: unknown value."),
    };
}
