namespace Sozialindikatoren.Funding;

/// <summary>Who pays a funding line (<em>Mittelgeber</em>, <em>Finanzierungsquelle</em>).</summary>
public enum FundingSource
{
    /// <summary>Federal government (<em>Bund</em>), e.g. BAMF, BMFSFJ programmes.</summary>
    Bund = 0,
    /// <summary>The Land (<em>Land NRW</em>), e.g. Landeszuweisung Freie Wohlfahrtspflege.</summary>
    Land = 1,
    /// <summary>The county (<em>Kreis</em>), e.g. Zuwendungsverträge, Betriebskostenzuschüsse.</summary>
    Kreis = 2,
    /// <summary>The municipality (<em>Kommune</em>, <em>Stadt</em>, <em>Gemeinde</em>).</summary>
    Kommune = 3,
    /// <summary>The EU, mostly the ESF+ (<em>EU / ESF</em>).</summary>
    EuEsf = 4,
    /// <summary>Social insurance (<em>Sozialversicherung</em>: Pflegekassen, Krankenkassen, Rentenversicherung).</summary>
    SocialInsurance = 5,
    /// <summary>Foundations and lotteries (<em>Stiftungen / Lotterie</em>: Stiftung Wohlfahrtspflege NRW, Aktion Mensch).</summary>
    FoundationLottery = 6,
    /// <summary>The provider's own funds (<em>Eigenmittel des Trägers</em>: church tax, membership fees).</summary>
    OwnFunds = 7,
    /// <summary>Donations (<em>Spenden</em>).</summary>
    Donations = 8,
}

/// <summary>How a funding line finances the offering (<em>Finanzierungsart</em>), reference/domain.md §5.1.</summary>
public enum FundingInstrument
{
    /// <summary><em>Vollfinanzierung</em>: all eligible costs.</summary>
    FullFunding = 0,
    /// <summary><em>Anteilfinanzierung</em>: a fixed percentage of eligible costs, usually capped.</summary>
    ShareFunding = 1,
    /// <summary><em>Fehlbedarfsfinanzierung</em>: covers the gap after own and third-party money; collapses when a co-funder leaves.</summary>
    DeficitFunding = 2,
    /// <summary><em>Festbetragsfinanzierung</em>: a fixed amount (per post, case or year); loses real value to inflation.</summary>
    FixedAmount = 3,
    /// <summary><em>Leistungsentgelt</em>: fees per case, day or hour, backed by individual legal claims (SGB VIII §§ 78a ff., SGB IX, SGB XI, SGB XII).</summary>
    ServiceFee = 4,
    /// <summary><em>Eigenmittel</em>: the provider's own money.</summary>
    OwnResources = 5,
}

/// <summary>Helpers for <see cref="FundingSource"/> and <see cref="FundingInstrument"/>.</summary>
/// <threadsafety>Pure; thread-safe.</threadsafety>
public static class FundingCodes
{
    /// <summary>The machine code of a source, as in scenario JSON files and <c>summary.json</c>: the member name in
    /// camelCase (<c>bund</c>, <c>land</c>, <c>euEsf</c>, <c>ownFunds</c>, …). Not a display label (see <c>Text.Labels</c>).</summary>
    /// <param name="source">The source.</param>
    /// <returns>The code.</returns>
    public static string ToCode(this FundingSource source)
    {
        var name = source.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Whether the source is the provider's own money (own funds or donations): the basis of the own share.</summary>
    /// <param name="source">The source.</param>
    /// <returns>Whether it counts as own share.</returns>
    public static bool IsOwnShare(this FundingSource source) => source is FundingSource.OwnFunds or FundingSource.Donations;


}
